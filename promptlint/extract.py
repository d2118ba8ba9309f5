"""Text extraction: turns command-line inputs (files, directories, stdin) into decoded texts.

Kept apart from detection: the engine only ever sees a string. Offsets in findings refer to the
decoded text (after a BOM is removed).
"""

from __future__ import annotations

import codecs
import fnmatch
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from promptlint.errors import InputError
from promptlint.model import Record

# Directories never worth scanning: version control and tool caches.
SKIP_DIRS = frozenset(
    {".git", ".hg", ".svn", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox"}
)
_SNIFF = 8192
# Inputs above this size are not loaded whole: they are decoded and scanned in chunks.
STREAM_THRESHOLD = 8 * 1024 * 1024
CHUNK_CHARS = 1024 * 1024
# Every chunk sees this much text on either side of the part it reports, so a span (or a
# context word) that crosses a chunk edge is found whole, exactly once.
CHUNK_OVERLAP = 16 * 1024
_BLOCK = 1024 * 1024


class Document(Record):
    __slots__ = _fields = ("path", "text", "encoding", "notes")

    def __init__(
        self, path: str, text: str, encoding: str = "utf-8", notes: list[str] | None = None
    ) -> None:
        self.path = path
        self.text = text
        self.encoding = encoding
        self.notes = [] if notes is None else notes


class StreamedDocument(Record):
    """A large input read block by block; ``head`` holds the bytes already read from ``stream``."""

    __slots__ = _fields = ("path", "source", "stream", "head", "encoding", "notes")

    def __init__(
        self,
        path: str,
        source: Path | None,
        stream: BinaryIO | None,
        head: bytes,
        encoding: str,
        notes: list[str] | None = None,
    ) -> None:
        self.path = path
        self.source = source
        self.stream = stream
        self.head = head
        self.encoding = encoding
        self.notes = [] if notes is None else notes


class Chunk(Record):
    """A piece of a text: ``text`` starts at code point ``start`` (line ``line``, column
    ``column``); findings are kept only when they start in ``[keep_from, keep_to)``."""

    __slots__ = _fields = ("text", "start", "line", "column", "keep_from", "keep_to")

    def __init__(
        self,
        text: str,
        start: int = 0,
        line: int = 1,
        column: int = 1,
        keep_from: int = 0,
        keep_to: int | None = None,
    ) -> None:
        self.text = text
        self.start = start
        self.line = line
        self.column = column
        self.keep_from = keep_from
        self.keep_to = keep_to


class Skipped(Record):
    __slots__ = _fields = ("path", "reason")

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason  # "binary" | "empty" | "excluded"


class Problem(Record):
    """An input that could not be read; reported on stderr and turns the exit code into 2."""

    __slots__ = _fields = ("path", "message")

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message


def looks_binary(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def is_blank(data: bytes) -> bool:
    """No text but whitespace, after a byte-order mark if there is one (a lone BOM is empty)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return not data.decode("utf-16", "replace").strip()
    return not data.strip()


def decode(data: bytes, path: str) -> Document:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 (Danish Windows files)."""
    if data.startswith(codecs.BOM_UTF8):
        return Document(path, _strict(data[3:], "utf-8", path), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Document(path, _strict(data, "utf-16", path), "utf-16")
    try:
        return Document(path, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8 or cp1252 text") from None
    return Document(path, text, "cp1252", ["not valid UTF-8; read as cp1252 (Windows-1252)"])


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid {encoding} text") from None


def _bom_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8"


def read_stream(
    stream: BinaryIO, name: str, max_size: int, threshold: int | None = None
) -> Document | StreamedDocument:
    threshold = threshold or STREAM_THRESHOLD
    data = stream.read(min(max_size, threshold) + 1)
    if is_blank(data):
        raise InputError(f"{name}: empty input, nothing to check")
    if looks_binary(data[:_SNIFF]):
        raise InputError(f"{name}: binary input, not text")
    if len(data) > threshold:
        return StreamedDocument(name, None, stream, data, _bom_encoding(data))
    if len(data) > max_size:
        raise InputError(f"{name}: input is larger than the limit of {max_size} bytes (--max-file-size)")
    return decode(data, name)


def read_file(
    path: Path,
    display: str,
    max_size: int,
    explicit: bool,
    allow_empty: bool = False,
    threshold: int | None = None,
) -> Document | StreamedDocument | Skipped:
    """Read one file. Explicit files that cannot be checked raise; walked ones are skipped."""
    threshold = threshold or STREAM_THRESHOLD
    try:
        size = path.stat().st_size
        if size > max_size:
            raise InputError(
                f"{display}: file is {size} bytes, larger than the limit of {max_size} bytes "
                "(--max-file-size)"
            )
        with open(path, "rb") as fh:
            data = fh.read(_SNIFF if size > threshold else -1)
    except PermissionError:
        raise InputError(f"{display}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{display}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{display}: cannot read: {exc.strerror or exc}") from None
    if looks_binary(data[:_SNIFF]):
        if explicit:
            raise InputError(f"{display}: binary file, not text")
        return Skipped(display, "binary")
    if size <= threshold and is_blank(data):
        if explicit and not allow_empty:
            raise InputError(f"{display}: empty file, nothing to check (--allow-empty skips it)")
        return Skipped(display, "empty")
    if size > threshold:
        return StreamedDocument(display, path, None, b"", _bom_encoding(data))
    return decode(data, display)


def _blocks(doc: StreamedDocument) -> Iterator[str]:
    """Decode a streamed input block by block. Invalid UTF-8 switches to cp1252 from there on."""
    if doc.source is not None:
        try:
            raw: BinaryIO = open(doc.source, "rb")  # noqa: SIM115 - closed in finally
        except OSError as exc:
            raise InputError(f"{doc.path}: cannot read: {exc.strerror or exc}") from None
    else:
        assert doc.stream is not None
        raw = doc.stream
    encoding = doc.encoding
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    consumed = 0
    try:
        pending = doc.head
        while True:
            block = pending or raw.read(_BLOCK)
            pending = b""
            final = not block
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError:
                if encoding not in ("utf-8", "utf-8-sig"):
                    raise InputError(f"{doc.path}: not valid {encoding} text") from None
                encoding = "cp1252"
                doc.notes.append(
                    f"not valid UTF-8 from about byte {consumed}; read as cp1252 from there"
                )
                decoder = codecs.getincrementaldecoder("cp1252")("replace")
                text = decoder.decode(block, final=final)
            consumed += len(block)
            if text:
                yield text
            if final:
                return
    finally:
        if doc.source is not None:
            raw.close()


def iter_chunks(
    doc: Document | StreamedDocument,
    size: int | None = None,
    overlap: int | None = None,
) -> Iterator[Chunk]:
    """The chunks to scan: a whole Document is one chunk; a streamed one is cut with overlap."""
    if isinstance(doc, Document):
        yield Chunk(doc.text)
        return
    size = size or CHUNK_CHARS
    overlap = CHUNK_OVERLAP if overlap is None else overlap
    buf = ""  # the text from absolute offset buf_start on
    buf_start = 0
    line, column = 1, 1  # at buf_start
    keep = 0  # absolute offset from which the next chunk reports
    for block in _blocks(doc):
        buf += block
        while buf_start + len(buf) >= keep + size + overlap:
            chunk_start = max(buf_start, keep - overlap)
            rel = chunk_start - buf_start
            c_line, c_col = _advance(buf, 0, rel, line, column)
            text = buf[rel : keep - buf_start + size + overlap]
            yield Chunk(text, chunk_start, c_line, c_col, keep - chunk_start, keep + size - chunk_start)
            keep += size
            drop = keep - overlap - buf_start
            if drop > 0:
                line, column = _advance(buf, 0, drop, line, column)
                buf = buf[drop:]
                buf_start += drop
    chunk_start = max(buf_start, keep - overlap)
    rel = chunk_start - buf_start
    c_line, c_col = _advance(buf, 0, rel, line, column)
    if keep == 0 or len(buf) - rel > keep - chunk_start:
        yield Chunk(buf[rel:], chunk_start, c_line, c_col, keep - chunk_start, None)


def _advance(text: str, start: int, end: int, line: int, column: int) -> tuple[int, int]:
    """Line and column after moving from ``start`` to ``end`` in ``text``."""
    newlines = text.count("\n", start, end)
    if newlines == 0:
        return line, column + (end - start)
    return line + newlines, end - text.rfind("\n", start, end)


def excluded(relpath: str, patterns: Sequence[str]) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return any(
        fnmatch.fnmatchcase(relpath, p) or fnmatch.fnmatchcase(name, p) or relpath.startswith(p.rstrip("/") + "/")
        for p in patterns
    )


def walk(root: Path, excludes: Sequence[str]) -> Iterator[Path]:
    """Files below ``root`` in sorted order, skipping VCS/cache dirs, excludes and symlinked dirs."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if d not in SKIP_DIRS and not excluded(_rel(base / d, root), excludes)
        )
        for name in sorted(filenames):
            path = base / name
            if path.is_symlink() and not path.is_file():
                continue
            if not excluded(_rel(path, root), excludes):
                yield path


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def display_path(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix() if path.is_absolute() else path.as_posix()
    except ValueError:
        return path.as_posix()


class FileInput(Record):
    """A file to read: named on the command line (``explicit``) or found in a directory."""

    __slots__ = _fields = ("path", "display", "explicit")

    def __init__(self, path: Path, display: str, explicit: bool) -> None:
        self.path = path
        self.display = display
        self.explicit = explicit


STDIN = "-"


def plan_inputs(
    paths: Sequence[str], excludes: Sequence[str] = ()
) -> Iterator[FileInput | str | Skipped | Problem]:
    """What each command-line input stands for, without reading anything: ``STDIN``, files
    (directories expanded in sorted order), excluded files and missing paths."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for file in walk(path, excludes):
                yield FileInput(file, display_path(file), explicit=False)
            continue
        display = display_path(path)
        if not path.exists():
            yield Problem(display, f"{display}: no such file or directory")
        elif excludes and excluded(display, excludes):
            yield Skipped(display, "excluded")
        else:
            yield FileInput(path, display, explicit=True)


def read_input(
    item: FileInput, max_size: int, allow_empty: bool = False
) -> Document | StreamedDocument | Skipped | Problem:
    try:
        return read_file(item.path, item.display, max_size, item.explicit, allow_empty)
    except InputError as exc:
        return Problem(item.display, str(exc))


def read_stdin(
    stdin: BinaryIO | None, stdin_filename: str | None, max_size: int
) -> Document | StreamedDocument | Problem:
    name = stdin_filename or STDIN
    try:
        if stdin is None:
            raise InputError("-: no standard input")
        return read_stream(stdin, name, max_size)
    except InputError as exc:
        return Problem(name, str(exc))


def iter_inputs(
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None,
    stdin_filename: str | None,
    excludes: Sequence[str] = (),
    max_size: int,
    allow_empty: bool = False,
) -> Iterator[Document | StreamedDocument | Skipped | Problem]:
    """Yield a Document, Skipped or Problem for every input, in command-line then sorted order."""
    for item in plan_inputs(paths, excludes):
        if item == STDIN:
            yield read_stdin(stdin, stdin_filename, max_size)
        elif isinstance(item, FileInput):
            yield read_input(item, max_size, allow_empty)
        else:
            yield item
