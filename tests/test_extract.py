"""Text extraction: decoding, binary detection, directory walking, excludes and input errors."""

from __future__ import annotations

import codecs
import io

import pytest

from promptlint.errors import InputError
from promptlint.extract import (
    Document,
    Problem,
    Skipped,
    decode,
    excluded,
    iter_inputs,
    looks_binary,
    read_file,
    read_stream,
    walk,
)

TEXT = "Søren Ærø skrev: “hej” – 010190-1234 €\n"


# --- decoding -------------------------------------------------------------------------------


def test_utf8():
    doc = decode(TEXT.encode("utf-8"), "a.txt")
    assert (doc.text, doc.encoding, doc.notes) == (TEXT, "utf-8", [])


def test_utf8_bom_is_removed():
    doc = decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "a.txt")
    assert doc.text == TEXT
    assert not doc.text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    data = TEXT.encode(codec)
    if codec == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    doc = decode(data, "a.txt")
    assert doc.text == TEXT
    assert not looks_binary(data)


def test_cp1252_fallback_says_so():
    doc = decode(TEXT.encode("cp1252"), "win.txt")
    assert doc.text == TEXT  # æ, ø, “ ” – € all exist in cp1252
    assert doc.encoding == "cp1252"
    assert doc.notes and "cp1252" in doc.notes[0]


def test_bytes_that_are_neither_utf8_nor_cp1252():
    with pytest.raises(InputError, match="x.txt"):
        decode(b"abc \x81 def \xff", "x.txt")


def test_broken_utf8_after_a_bom_is_an_error():
    with pytest.raises(InputError, match="utf-8"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd", "x.txt")


def test_binary_sniffing():
    assert looks_binary(b"PK\x03\x04\x00\x00")
    assert not looks_binary(b"plain text")
    assert not looks_binary("tekst".encode("utf-16"))


# --- streams and files ----------------------------------------------------------------------


def test_read_stream():
    doc = read_stream(io.BytesIO(TEXT.encode()), "-", 1000)
    assert doc.text == TEXT and doc.path == "-"


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (codecs.BOM_UTF8 + b" \n", "empty"),
        (codecs.BOM_UTF16_LE, "empty"),
        (codecs.BOM_UTF16_BE + " \n".encode("utf-16-be"), "empty"),
        (b"\x00\x01\x02abc", "binary"),
        (b"x" * 11, "11"),
    ],
)
def test_read_stream_errors(data, needle):
    with pytest.raises(InputError) as err:
        read_stream(io.BytesIO(data), "notat.txt", 10)
    assert "notat.txt" in str(err.value)
    if needle == "11":
        assert "--max-file-size" in str(err.value)
    else:
        assert needle in str(err.value)


def test_read_file_explicit_versus_walked(tmp_path):
    binary = tmp_path / "a.bin"
    binary.write_bytes(b"\x00\x01" * 50)
    empty = tmp_path / "e.txt"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="binary"):
        read_file(binary, "a.bin", 1000, explicit=True)
    assert read_file(binary, "a.bin", 1000, explicit=False) == Skipped("a.bin", "binary")
    with pytest.raises(InputError, match="empty"):
        read_file(empty, "e.txt", 1000, explicit=True)
    assert read_file(empty, "e.txt", 1000, explicit=True, allow_empty=True) == Skipped(
        "e.txt", "empty"
    )
    assert read_file(empty, "e.txt", 1000, explicit=False) == Skipped("e.txt", "empty")
    bom_only = tmp_path / "bom.txt"
    bom_only.write_bytes(codecs.BOM_UTF16_LE + "\r\n".encode("utf-16-le"))
    with pytest.raises(InputError, match="empty"):
        read_file(bom_only, "bom.txt", 1000, explicit=True)


def test_read_file_size_limit_and_directory(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 101, encoding="utf-8")
    with pytest.raises(InputError, match="--max-file-size"):
        read_file(big, "big.txt", 100, explicit=True)
    assert isinstance(read_file(big, "big.txt", 101, explicit=True), Document)
    with pytest.raises(InputError, match="is a directory"):
        read_file(tmp_path, "d", 10**6, explicit=True)


# --- walking and excludes -------------------------------------------------------------------


def test_excluded_matches_names_paths_and_directories():
    assert excluded("a/b/c.log", ["*.log"])
    assert excluded("build", ["build"])
    assert excluded("build/x.txt", ["build"])
    assert excluded("build/x.txt", ["build/"])
    assert excluded("docs/draft.md", ["docs/*.md"])
    assert not excluded("rebuild/x.txt", ["build"])
    assert not excluded("a/b.txt", ["*.log"])
    assert not excluded("a/b.txt", [])


def _tree(root):
    for rel in (
        "z.txt",
        "a.txt",
        "sub/b.txt",
        "sub/deeper/c.txt",
        ".git/config",
        "sub/.git/HEAD",
        "__pycache__/m.pyc",
        "node/skip.log",
        ".hidden/kept.txt",
    ):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("tekst\n", encoding="utf-8")


def test_walk_is_sorted_and_skips_version_control(tmp_path):
    _tree(tmp_path)
    got = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path, [])]
    assert got == [
        "a.txt",
        "z.txt",
        ".hidden/kept.txt",
        "node/skip.log",
        "sub/b.txt",
        "sub/deeper/c.txt",
    ]


def test_walk_honours_excludes(tmp_path):
    _tree(tmp_path)
    got = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path, ["*.log", "deeper"])]
    assert got == ["a.txt", "z.txt", ".hidden/kept.txt", "sub/b.txt"]
    got = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path, ["sub/deeper"])]
    assert "sub/deeper/c.txt" not in got and "sub/b.txt" in got


def test_iter_inputs_mixes_stdin_files_dirs_and_problems(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "d" / "y.bin").write_bytes(b"\x00" * 10)
    (tmp_path / "f.txt").write_text("f\n", encoding="utf-8")
    (tmp_path / "skip.log").write_text("s\n", encoding="utf-8")
    items = list(
        iter_inputs(
            ["-", "d", "f.txt", "missing.txt", "skip.log"],
            stdin=io.BytesIO(b"stdin\n"),
            stdin_filename="note.txt",
            excludes=["*.log"],
            max_size=1000,
        )
    )
    kinds = [(type(i).__name__, i.path) for i in items]
    assert kinds == [
        ("Document", "note.txt"),
        ("Document", "d/x.txt"),
        ("Skipped", "d/y.bin"),
        ("Document", "f.txt"),
        ("Problem", "missing.txt"),
        ("Skipped", "skip.log"),
    ]
    problem = items[4]
    assert isinstance(problem, Problem) and "no such file" in problem.message


def test_iter_inputs_without_stdin():
    [item] = iter_inputs(["-"], stdin=None, stdin_filename=None, max_size=10)
    assert isinstance(item, Problem) and item.path == "-"
