"""Input problems and extraction notes are written in English where they arise and said in Danish
in Danish reports."""

from __future__ import annotations

import codecs
import io

import pytest

from promptlint.errors import InputError
from promptlint.extract import decode, read_file, read_stream
from promptlint.messages import _PROBLEMS_DA, note_text, problem_text


def _problem(make) -> str:
    with pytest.raises(InputError) as err:
        make()
    return str(err.value)


def test_every_problem_extraction_raises_has_a_danish_text(tmp_path):
    (tmp_path / "tom.txt").write_text(" \n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"a\x00b")
    (tmp_path / "stor.txt").write_text("x" * 50, encoding="utf-8")
    raised = [
        _problem(lambda: read_stream(io.BytesIO(b""), "-", 10)),
        _problem(lambda: read_stream(io.BytesIO(b"\x00\x01"), "-", 10)),
        _problem(lambda: read_stream(io.BytesIO(b"x" * 20), "-", 10)),
        _problem(lambda: read_file(tmp_path / "tom.txt", "tom.txt", 100, explicit=True)),
        _problem(lambda: read_file(tmp_path / "bin.txt", "bin.txt", 100, explicit=True)),
        _problem(lambda: read_file(tmp_path / "stor.txt", "stor.txt", 10, explicit=True)),
        _problem(lambda: read_file(tmp_path, "mappe", 100, explicit=True)),
        _problem(lambda: decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "u16.txt")),
    ]
    for message in raised:
        path = message.split(": ", 1)[0]
        danish = problem_text(path, message, "da")
        assert danish != message, message
        assert danish.startswith(f"{path}: ")
        assert problem_text(path, message, "en") == message


@pytest.mark.parametrize(
    ("english", "danish"),
    [
        ("no such file or directory", "filen eller mappen findes ikke"),
        ("cannot read: Input/output error", "kan ikke læses: Input/output error"),
        ("not valid utf-16 text", "ikke gyldig utf-16-tekst"),
        (
            "file is 200 bytes, larger than the limit of 100 bytes (--max-file-size)",
            "filen er 200 bytes, større end grænsen på 100 bytes (--max-file-size)",
        ),
    ],
)
def test_problem_texts(english, danish):
    assert problem_text("a: b.txt", f"a: b.txt: {english}", "da") == f"a: b.txt: {danish}"


def test_unknown_problems_and_foreign_paths_are_left_as_they_are():
    assert problem_text("x.txt", "x.txt: something new", "da") == "x.txt: something new"
    # The path is not the message's head: nothing is rewritten.
    assert problem_text("y.txt", "x.txt: is a directory", "da") == "x.txt: is a directory"


def test_the_table_has_no_pattern_twice():
    patterns = [pattern.pattern for pattern, _ in _PROBLEMS_DA]
    assert len(patterns) == len(set(patterns))


def test_notes_in_danish():
    note = "not valid UTF-8 from about byte 4096; read as cp1252 from there"
    assert note_text(note, "da") == "ikke gyldig UTF-8 fra omkring byte 4096; læst som cp1252 derfra"
    assert note_text(note, "en") == note
