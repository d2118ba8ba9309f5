"""Reporters: the JSON contract (v1), SARIF 2.1.0 and the human text report.

Reports are built by a real run (`run_scan`) over known texts, restricted to the CPR and e-mail
rules, and rendered into strings.
"""

from __future__ import annotations

import io
import json

import pytest

from promptlint import __version__
from promptlint.checking import make_console as _make_console
from promptlint.config import Config
from promptlint.reporters import json_report, sarif_report, text_report
from promptlint.scan import run_scan

CPR = "010190-1234"
EMAIL = "mette.hansen@kommune.dk"
TEXT = f"Æble 😀 notat\nBorgerens CPR-nr.: {CPR}, mail {EMAIL}\nCPR: 010190-xxxx\n"
SELECT = ("ID001", "ID002", "CT001")

FINDING_KEYS = {
    "path",
    "rule",
    "entity",
    "start",
    "end",
    "line",
    "column",
    "end_line",
    "end_column",
    "severity",
    "confidence",
    "guideline",
    "message",
}
SUMMARY_KEYS = {
    "findings",
    "files_scanned",
    "files_with_findings",
    "files_skipped",
    "by_entity",
    "by_severity",
    "by_rule",
    "errors",
    "notes",
}


def scan(text: str = TEXT, *, lang="da", show_values=False, name=None, paths=("-",)):
    cfg = Config(select=SELECT, lang=lang, show_values=show_values, plugins=False)
    return run_scan(cfg, list(paths), stdin=io.BytesIO(text.encode("utf-8")), stdin_filename=name)


def as_json(report) -> dict:
    out = io.StringIO()
    json_report.render(report, out)
    return json.loads(out.getvalue())


def as_sarif(report) -> dict:
    out = io.StringIO()
    sarif_report.render(report, out)
    return json.loads(out.getvalue())


def as_text(report, quiet=False) -> str:
    out = io.StringIO()
    text_report.render(report, _make_console("never", out), quiet=quiet)
    return out.getvalue()


# --- JSON -----------------------------------------------------------------------------------


def test_json_contract():
    doc = as_json(scan())
    assert set(doc) == {"version", "findings", "summary"}
    assert doc["version"] == 1
    assert [f["rule"] for f in doc["findings"]] == ["ID001", "CT001", "ID002"]
    for f in doc["findings"]:
        assert set(f) == FINDING_KEYS
        assert f["path"] == "-"
        assert f["severity"] in ("error", "warning", "info")
        assert isinstance(f["confidence"], float) and 0 <= f["confidence"] <= 1
        for key in ("start", "end", "line", "column", "end_line", "end_column", "guideline"):
            assert isinstance(f[key], int) and not isinstance(f[key], bool)
        assert f["start"] < f["end"]
    cpr = doc["findings"][0]
    assert (cpr["entity"], cpr["severity"], cpr["guideline"]) == ("cpr", "error", 2)
    assert (cpr["line"], cpr["column"]) == (2, len("Borgerens CPR-nr.: ") + 1)
    assert cpr["message"].startswith("CPR-nummer")
    assert doc["findings"][2]["severity"] == "info"


def test_json_summary():
    summary = as_json(scan())["summary"]
    assert set(summary) == SUMMARY_KEYS
    assert summary["findings"] == 3
    assert (summary["files_scanned"], summary["files_with_findings"]) == (1, 1)
    assert summary["by_entity"] == {"cpr": 2, "email": 1}
    assert summary["by_severity"] == {"error": 2, "info": 1}
    assert summary["by_rule"] == {"CT001": 1, "ID001": 1, "ID002": 1}
    assert summary["errors"] == [] and summary["notes"] == []


def test_json_values_only_when_asked_and_offsets_match():
    without = as_json(scan())
    assert all("value" not in f for f in without["findings"])
    with_values = as_json(scan(show_values=True))
    for f in with_values["findings"]:
        assert set(f) == FINDING_KEYS | {"value"}
        assert TEXT[f["start"] : f["end"]] == f["value"]
    assert [f["value"] for f in with_values["findings"]] == [CPR, EMAIL, "010190-xxxx"]


def test_json_stdin_filename_and_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = as_json(scan(name="prompt.txt", paths=("-", "missing.txt")))
    assert {f["path"] for f in doc["findings"]} == {"prompt.txt"}
    [error] = doc["summary"]["errors"]
    assert error["path"] == "missing.txt" and "missing.txt" in error["message"]


def test_json_keeps_danish_letters_readable():
    out = io.StringIO()
    json_report.render(scan(), out)
    assert "Retningslinje" not in out.getvalue()  # messages only, no guideline prose
    assert "identificerer" in out.getvalue() and "\\u" not in out.getvalue()


# --- SARIF ----------------------------------------------------------------------------------


def test_sarif_required_fields():
    doc = as_sarif(scan())
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-2.1.0.json")
    [run] = doc["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "promptlint"
    assert driver["version"] == __version__
    assert run["columnKind"] == "unicodeCodePoints"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == ["CT001", "ID001", "ID002"]
    for r in rules:
        assert r["shortDescription"]["text"]
        assert r["fullDescription"]["text"]
        assert r["help"]["text"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert r["properties"]["guideline"] == 2
    assert len(run["results"]) == 3
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note", "none")
        assert result["message"]["text"]
        [location] = result["locations"]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == "-"
        region = location["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert (region["endLine"], region["endColumn"]) >= (
            region["startLine"],
            region["startColumn"],
        )
        start, length = region["charOffset"], region["charLength"]
        assert length > 0
        line_start = TEXT.rfind("\n", 0, start) + 1
        assert region["startColumn"] == start - line_start + 1
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {"ID001": "error", "CT001": "error", "ID002": "note"}


def test_sarif_masks_values_in_messages():
    doc = as_sarif(scan())
    messages = [r["message"]["text"] for r in doc["runs"][0]["results"]]
    assert any("010190-****" in m for m in messages)
    assert not any(CPR in m or EMAIL in m for m in messages)
    shown = as_sarif(scan(show_values=True))
    messages = [r["message"]["text"] for r in shown["runs"][0]["results"]]
    assert any(CPR in m for m in messages) and any(EMAIL in m for m in messages)


def test_sarif_without_findings_is_still_valid():
    doc = as_sarif(scan("Intet at se her.\n"))
    [run] = doc["runs"]
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []


def test_sarif_help_text_in_english():
    doc = as_sarif(scan(lang="en"))
    rule = doc["runs"][0]["tool"]["driver"]["rules"][1]
    assert rule["id"] == "ID001"
    assert rule["shortDescription"]["text"].startswith("CPR number")


# --- text -----------------------------------------------------------------------------------


def _lines(out: str) -> list[str]:
    return out.splitlines()


def test_text_shows_location_code_severity_message_and_guideline():
    out = as_text(scan(name="notat.txt"))
    assert out.startswith("notat.txt\n")  # grouped under the file name
    assert "notat.txt:2:20: ID001 [fejl] CPR-nummer: identificerer en person entydigt" in out
    assert "notat.txt:3:6: ID002 [info]" in out
    assert "Retningslinje 2: Del ikke personoplysninger" in out


def test_text_masks_values_and_marks_them():
    out = as_text(scan())
    assert CPR not in out and EMAIL not in out
    assert "010190-****" in out
    lines = _lines(out)
    head = next(i for i, line in enumerate(lines) if ": ID001 " in line)
    source, marker = lines[head + 2], lines[head + 3]
    assert "│ Borgerens CPR-nr.: 010190-****, mail m****.h*****@k******.dk" in source
    at = source.index("010190-****")
    assert marker.index("^") == at
    assert marker.count("^") == len(CPR)


def test_text_with_show_values_prints_the_line_as_it_is():
    out = as_text(scan(show_values=True))
    assert f"Borgerens CPR-nr.: {CPR}, mail {EMAIL}" in out
    assert "--show-values" not in out


def test_text_summary_counts_and_reminder():
    out = as_text(scan())
    assert "3 fund i 1 af 1 fil(er)" in out
    assert "Fund pr. type: cpr 2 · email 1" in out
    assert "Værdierne er maskeret; brug --show-values" in out
    reminder = next(line for line in _lines(out) if line.startswith("Husk også:"))
    # the guidelines that always apply: responsibility, critical reading, openness
    assert "1. Du er ansvarlig" in reminder
    assert "3. Vær kritisk" in reminder
    assert "5. Vær åben" in reminder
    assert "2." not in reminder


def test_text_summary_in_english():
    out = as_text(scan(lang="en"))
    assert "3 finding(s) in 1 of 1 file(s)" in out
    assert "Guideline 2: Do not share personal" in out
    assert "[error]" in out and "Remember too: 1. You are responsible" in out


def test_text_without_findings_has_no_reminder_line():
    out = as_text(scan("Intet at se her.\n"))
    assert "Ingen fund i 1 fil(er)" in out
    assert "Husk også" not in out


def test_text_quiet_is_one_line_per_finding():
    out = as_text(scan(), quiet=True)
    assert _lines(out) == [
        "-:2:20: ID001 [fejl] CPR-nummer: identificerer en person entydigt",
        "-:2:38: CT001 [fejl] E-mailadresse: en personoplysning, der identificerer en person",
        "-:3:6: ID002 [info] Delvist maskeret CPR-nummer: "
        "afslører stadig fødselsdato eller løbenummer",
    ]


def test_text_long_lines_are_cut_around_the_finding():
    text = "x" * 300 + f" CPR-nr.: {CPR} " + "y" * 300 + "\n"
    out = as_text(scan(text))
    lines = _lines(out)
    head = next(i for i, line in enumerate(lines) if ": ID001 " in line)
    source, marker = lines[head + 2], lines[head + 3]
    assert "…" in source and len(source) < 200
    assert marker.index("^") == source.index("010190-****")


def test_text_notes_and_skipped_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "win.txt").write_bytes(f"Søren CPR-nr.: {CPR}\n".encode("cp1252"))
    (tmp_path / "d" / "x.bin").write_bytes(b"\x00\x01\x02")
    cfg = Config(select=SELECT, plugins=False)
    out = as_text(run_scan(cfg, ["d"]))
    assert "d/win.txt: note: " in out and "cp1252" in out
    assert "1 fil(er) sprunget over" in out


@pytest.mark.parametrize("fmt", [as_json, as_sarif, as_text])
def test_no_format_leaks_values_by_default(fmt):
    secret = "karen.kirstine@eksempel-kommune.dk"
    report = scan(f"CPR-nr.: 211062-5629, {secret}\n")
    rendered = json.dumps(fmt(report), ensure_ascii=False) if fmt is not as_text else fmt(report)
    for raw in ("211062-5629", "5629", secret, "karen", "kirstine", "eksempel-kommune"):
        assert raw not in rendered, raw


def test_json_lines_equal_plain_json_dumps_of_each_finding():
    # The report encodes repeated strings once; each finding must still read exactly as
    # json.dumps of its dictionary (the documented contract), with and without values.
    import io
    import json as json_module

    from promptlint.config import Config
    from promptlint.reporters import json_report
    from promptlint.scan import run_scan

    text = 'Mette "M" Hansen, CPR-nr.: 010190-1234, mail søren@æblegården.dk, tlf. 21 43 65 87\n'
    for show in (False, True):
        cfg = Config(show_values=show)
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, 'a b"c.txt')
            path.write_text(text * 3, encoding="utf-8")
            report = run_scan(cfg, [str(path)], jobs=1)
        out = io.StringIO()
        json_report.render(report, out)
        document = json_module.loads(out.getvalue())
        assert document["findings"] == [json_report.finding_dict(report, f) for f in report.findings]
        assert len(document["findings"]) >= 9


def test_extraction_notes_follow_the_report_language(tmp_path):
    from typer.testing import CliRunner

    from promptlint.cli import app

    path = tmp_path / "windows.txt"
    path.write_bytes("Søren skrev 010190-1234\n".encode("cp1252"))
    runner = CliRunner()
    da = runner.invoke(app, ["check", str(path), "--isolated"])
    en = runner.invoke(app, ["check", str(path), "--isolated", "--lang", "en"])
    assert "ikke gyldig UTF-8; læst som cp1252" in da.stdout
    assert "not valid UTF-8; read as cp1252" in en.stdout
    js = runner.invoke(app, ["check", str(path), "--isolated", "--format", "json"])
    assert "læst som cp1252" in js.stdout


def test_text_report_masks_each_line_from_the_findings_on_it_only():
    # Many findings on many lines: each shown line is masked from the findings that touch it
    # (a finding spanning two lines masks both), not by a pass over every finding per finding.
    import io
    import tempfile
    from pathlib import Path

    from promptlint.config import Config
    from promptlint.reporters import text_report
    from promptlint.scan import run_scan

    lines = [f"Borger {i}: CPR-nr. 0101{i % 90 + 10:02d}-1234, tlf. 33 92 33 {i % 90 + 10:02d}" for i in range(300)]
    report_text = "\n".join(lines) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "mange.txt")
        path.write_text(report_text, encoding="utf-8")
        report = run_scan(
            Config(), [str(path)], stdin=None, stdin_filename=None, allow_empty=False, jobs=1,
            progress=None, collect_lines=True,
        )
    by_line = text_report._findings_by_line(report)
    assert len(report.findings) >= 600
    assert all(len(found) <= 3 for found in by_line.values())
    out = io.StringIO()
    text_report.render(report, text_report.PlainConsole(out))
    shown = out.getvalue()
    assert "0101" in shown and "-1234" not in shown  # every CPR masked on its line
    assert "92 33" not in shown  # and every phone number
    assert shown.count("│ Borger") == len(report.findings)  # each finding shows its line


def test_plain_report_reads_as_the_rich_one_without_colours():
    # The piped report is written without rich; it must say exactly what rich would print.
    text = TEXT + "Skriv til mette.hansen@kommune.dk\n" * 3 + "CPR " + "x" * 200 + " " + CPR + "\n"
    for quiet in (False, True):
        report = scan(text)
        out = io.StringIO()
        text_report.render(report, text_report.PlainConsole(out), quiet=quiet)
        assert out.getvalue() == as_text(report, quiet=quiet)
        assert out.getvalue().count("CT001") == 4
