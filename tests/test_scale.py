"""Large inputs stream in chunks, many files run in parallel: same findings either way."""

from __future__ import annotations

import io
import json
import os
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from promptlint import extract
from promptlint.cli import app
from promptlint.config import Config
from promptlint.extract import Document, StreamedDocument, iter_chunks, read_file, read_stream
from promptlint.scan import build_engine, run_scan, scan_document

runner = CliRunner()
VALUES = ["CPR-nr.: 010190-1234", "mette.hansen@kommune.dk", "personnummer 2110625629"]


@pytest.fixture(scope="module")
def engine():
    return build_engine(Config(select=("ID001", "CT001")))[1]


def mixed_text(seed: int, size: int) -> str:
    rng = random.Random(seed)
    words = ["og", "borgeren", "sagen", "kommunen", "æble", "Østergade", "12", "\n", "kl. 14.30"]
    parts, total = [], 0
    while total < size:
        part = rng.choice(VALUES) if rng.random() < 0.05 else rng.choice(words)
        parts.append(part)
        total += len(part) + 1
    return " ".join(parts)


def as_tuples(findings):
    return [(f.rule.code, f.start, f.end, f.line, f.column, f.end_line, f.end_column) for f in findings]


def streamed(text: str, tmp_path) -> StreamedDocument:
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_file(path, "big.txt", max_size=10**9, explicit=True, threshold=1000)
    assert isinstance(doc, StreamedDocument)
    return doc


def test_chunks_cover_the_text_once(tmp_path):
    text = mixed_text(1, 50_000)
    doc = streamed(text, tmp_path)
    kept = []
    for chunk in iter_chunks(doc, size=3000, overlap=200):
        assert text[chunk.start : chunk.start + len(chunk.text)] == chunk.text
        end = len(chunk.text) if chunk.keep_to is None else chunk.keep_to
        kept.append((chunk.start + chunk.keep_from, chunk.start + end))
    assert kept[0][0] == 0 and kept[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(kept, kept[1:], strict=False))


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), size=st.integers(500, 5000), overlap=st.integers(64, 400))
def test_chunked_scan_equals_whole_scan(engine, tmp_path_factory, seed, size, overlap):
    text = mixed_text(seed, 20_000)
    whole = engine.scan(text, "big.txt")
    doc = streamed(text, tmp_path_factory.mktemp("s"))
    chunked = []
    for chunk in iter_chunks(doc, size=size, overlap=overlap):
        chunked += engine.scan(
            chunk.text,
            "big.txt",
            origin=(chunk.start, chunk.line, chunk.column),
            keep=(chunk.keep_from, chunk.keep_to),
        )
    assert as_tuples(chunked) == as_tuples(whole)


def test_stream_over_threshold_is_not_loaded_whole(engine, monkeypatch, tmp_path):
    monkeypatch.setattr(extract, "STREAM_THRESHOLD", 4096)
    monkeypatch.setattr(extract, "CHUNK_CHARS", 2048)
    monkeypatch.setattr(extract, "CHUNK_OVERLAP", 128)
    text = mixed_text(7, 40_000)
    doc = read_stream(io.BytesIO(text.encode("utf-8")), "-", max_size=10**9)
    assert isinstance(doc, StreamedDocument)
    result = scan_document(engine, doc)
    assert as_tuples(result.findings) == as_tuples(engine.scan(text, "-"))
    for f in result.findings:
        offset, line_text = result.line_texts[(f.path, f.line)]
        assert text[offset : offset + len(line_text)] == line_text


def test_streamed_cp1252_switches_encoding_with_a_note(engine, monkeypatch, tmp_path):
    monkeypatch.setattr(extract, "CHUNK_CHARS", 1000)
    head = "ren tekst " * 300
    path = tmp_path / "mixed.txt"
    path.write_bytes(head.encode("utf-8") + "Søren CPR-nr.: 010190-1234\n".encode("cp1252"))
    doc = read_file(path, "mixed.txt", max_size=10**9, explicit=True, threshold=1000)
    result = scan_document(engine, doc)
    assert [f.value for f in result.findings] == ["010190-1234"]
    assert any("cp1252" in note for note in result.notes)


def test_small_documents_are_one_chunk():
    assert [c.text for c in iter_chunks(Document("x", "abc"))] == ["abc"]


def _tree(root, count: int) -> None:
    for i in range(count):
        sub = root / f"d{i % 5}"
        sub.mkdir(exist_ok=True)
        body = VALUES[i % len(VALUES)] if i % 3 else "intet at se her"
        (sub / f"f{i:03d}.txt").write_text(f"Linje {i}\n{body}\n", encoding="utf-8")


def test_parallel_and_serial_give_identical_reports(tmp_path):
    _tree(tmp_path, 60)
    serial = run_scan(Config(), [str(tmp_path)], jobs=1)
    parallel = run_scan(Config(), [str(tmp_path)], jobs=2)
    assert serial.files_scanned == parallel.files_scanned == 60
    key = lambda r: [(f.path, f.start, f.rule.code) for f in r.findings]  # noqa: E731
    assert key(serial) == key(parallel)
    assert key(serial) == sorted(key(serial))


def test_cli_jobs_option(tmp_path, monkeypatch):
    _tree(tmp_path, 40)
    monkeypatch.chdir(tmp_path)
    one = runner.invoke(app, ["check", ".", "--format", "json", "-j", "1", "--isolated"])
    two = runner.invoke(app, ["check", ".", "--format", "json", "-j", "2", "--isolated"])
    assert one.exit_code == two.exit_code == 1
    assert json.loads(one.stdout)["findings"] == json.loads(two.stdout)["findings"]


def test_symlink_loop_and_deep_nesting_finish(tmp_path):
    deep = tmp_path
    for i in range(60):
        deep = deep / f"n{i}"
    deep.mkdir(parents=True)
    (deep / "x.txt").write_text("CPR-nr.: 010190-1234\n", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")
    report = run_scan(Config(), [str(tmp_path)], jobs=1)
    assert report.files_scanned == 1
    assert [f.rule.code for f in report.findings] == ["ID001"]


def test_pathological_inputs_complete(engine):
    # A megabyte of digits and a long single line: no findings explode, no hang.
    assert engine.scan("1" * 1_000_000) == []
    line = ("abc 0101901234x " * 20_000)
    assert engine.scan(line) == []
