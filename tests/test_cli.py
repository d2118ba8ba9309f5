"""`promptlint check`, `rules` and `explain` through typer's CliRunner (in-process, fast).

Every exit code, every input kind and every option of the issue's acceptance list. The real
console script and `python -m promptlint` are exercised in test_cli_subprocess.py.
"""

from __future__ import annotations

import codecs
import io
import json
import re

import pytest
from typer.testing import CliRunner

import promptlint
from promptlint import checking
from promptlint.cli import app

runner = CliRunner()

# The rules this suite is about. Other detectors are added in parallel; restricting the
# selection keeps these tests about the backbone, not about what a name detector thinks.
ONLY = ["--select", "ID001,ID002,CT001"]

CPR = "010190-1234"
EMAIL = "mette.hansen@kommune.dk"
DIRTY = f"Borgerens CPR-nr.: {CPR}\nSkriv til {EMAIL} i morgen.\n"
CLEAN = "Hej. Kan du forklare forskellen på en liste og en tuple i Python?\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def invoke(*args: str, input: str | bytes | None = None, env: dict | None = None):
    return runner.invoke(app, list(args), input=input, env=env)


def findings(result) -> list[dict]:
    return json.loads(result.stdout)["findings"]


def assert_error(result, *needles: str) -> str:
    """Exit 2, exactly one line on stderr starting with 'promptlint: error:', no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("promptlint: error: ")
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset, computed independently of the engine."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def assert_offsets(text: str, items: list[dict]) -> None:
    assert items
    for f in items:
        assert text[f["start"] : f["end"]] == f["value"], f
        assert (f["line"], f["column"]) == position(text, f["start"]), f
        assert (f["end_line"], f["end_column"]) == position(text, f["end"]), f


# --- exit codes and standard input ---------------------------------------------------------


def test_clean_text_exits_0(work):
    result = invoke("check", "-", input=CLEAN)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "Ingen fund" in result.stdout


def test_findings_exit_1(work):
    result = invoke("check", "-", *ONLY, input=DIRTY)
    assert result.exit_code == 1, result.output
    assert result.stderr == ""


def test_stdin_is_read_when_no_path_is_given_and_input_is_piped(work):
    result = invoke("check", "--format", "json", *ONLY, input=DIRTY)
    assert result.exit_code == 1, result.output
    assert {f["rule"] for f in findings(result)} == {"ID001", "CT001"}
    assert {f["path"] for f in findings(result)} == {"-"}


def test_no_path_on_a_terminal_prints_usage_and_exits_2(work, monkeypatch):
    monkeypatch.setattr(checking, "stdin_is_terminal", lambda: True)
    result = invoke("check")
    assert result.exit_code == 2
    assert "Usage" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("promptlint: error: ingen input")
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_stdin_filename_names_the_input(work):
    result = invoke(
        "check", "-", "--stdin-filename", "notat.txt", "--format", "json", *ONLY, input=DIRTY
    )
    assert {f["path"] for f in findings(result)} == {"notat.txt"}
    text = invoke("check", "-", "--stdin-filename", "notat.txt", *ONLY, input=DIRTY)
    assert "notat.txt:1:20: ID001" in text.stdout


def test_empty_stdin_is_an_input_error(work):
    assert_error(invoke("check", "-", input=""), "-: tomt input, intet at tjekke")
    assert_error(invoke("check", "-", input="  \n\n"), "tomt input")
    assert_error(invoke("check", "--lang", "en", "-", input=""), "-: empty input, nothing to check")


def test_input_problems_are_said_in_the_reports_language(work):
    """Danish by default and with --lang da, English with --lang en; the path is never changed."""
    (work / "mappe").mkdir()
    (work / "tom fil.txt").write_text("\n", encoding="utf-8")
    danish = invoke("check", "nope.txt", "tom fil.txt").stderr.splitlines()
    assert danish == [
        "promptlint: error: nope.txt: filen eller mappen findes ikke",
        "promptlint: error: tom fil.txt: tom fil, intet at tjekke (--allow-empty springer den over)",
    ]
    english = invoke("check", "--lang", "en", "nope.txt", "tom fil.txt").stderr.splitlines()
    assert english == [
        "promptlint: error: nope.txt: no such file or directory",
        "promptlint: error: tom fil.txt: empty file, nothing to check (--allow-empty skips it)",
    ]


def test_stdin_over_max_file_size_is_an_input_error(work):
    assert_error(invoke("check", "-", "--max-file-size", "10", input=DIRTY), "--max-file-size")


def test_version(work):
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"promptlint {promptlint.__version__}"


# --- files and directories ------------------------------------------------------------------


def test_missing_file_exits_2_and_names_it(work):
    assert_error(invoke("check", "findes-ikke.txt"), "findes-ikke.txt")


def test_missing_file_next_to_a_good_one_still_reports_the_good_one(work):
    (work / "a.txt").write_text(DIRTY, encoding="utf-8")
    result = invoke("check", "a.txt", "nope.txt", "--format", "json", *ONLY)
    assert result.exit_code == 2
    assert {f["path"] for f in findings(result)} == {"a.txt"}
    assert "nope.txt" in result.stderr


def _tree(root):
    (root / "docs" / "sub").mkdir(parents=True)
    (root / "docs" / ".git").mkdir()
    (root / "docs" / "build").mkdir()
    (root / "docs" / "a.txt").write_text(f"CPR-nr.: {CPR}\n", encoding="utf-8")
    (root / "docs" / "sub" / "b.md").write_text(f"Mail: {EMAIL}\n", encoding="utf-8")
    (root / "docs" / ".git" / "c.txt").write_text(f"CPR-nr.: {CPR}\n", encoding="utf-8")
    (root / "docs" / "build" / "d.txt").write_text(f"CPR-nr.: {CPR}\n", encoding="utf-8")
    (root / "docs" / "e.log").write_text(f"CPR-nr.: {CPR}\n", encoding="utf-8")
    (root / "docs" / "f.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + CPR.encode())


def test_directory_is_walked_recursively_skipping_git_binary_and_excludes(work):
    _tree(work)
    result = invoke(
        "check", "docs", "--exclude", "build", "--exclude", "*.log", "--format", "json", *ONLY
    )
    assert result.exit_code == 1, result.output
    assert result.stderr == ""
    assert [f["path"] for f in findings(result)] == ["docs/a.txt", "docs/sub/b.md"]
    summary = json.loads(result.stdout)["summary"]
    assert summary["files_scanned"] == 2
    assert summary["files_skipped"] == 1  # the binary f.png; excluded ones are never visited


def test_configured_exclude_is_honoured(work):
    _tree(work)
    (work / ".promptlint.toml").write_text('exclude = ["build", "*.log"]\n', encoding="utf-8")
    result = invoke("check", "docs", "--format", "json", *ONLY)
    assert [f["path"] for f in findings(result)] == ["docs/a.txt", "docs/sub/b.md"]


def test_without_excludes_everything_but_git_and_binary_is_scanned(work):
    _tree(work)
    result = invoke("check", "docs", "--format", "json", *ONLY)
    paths = [f["path"] for f in findings(result)]
    assert paths == ["docs/a.txt", "docs/build/d.txt", "docs/e.log", "docs/sub/b.md"]


def test_directory_of_binary_files_is_not_an_error(work):
    (work / "bin").mkdir()
    (work / "bin" / "x.dat").write_bytes(b"\x00\x01\x02" + CPR.encode())
    (work / "bin" / "y.pdf").write_bytes(b"%PDF-1.4\x00\x00")
    result = invoke("check", "bin", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert json.loads(result.stdout)["summary"]["files_skipped"] == 2


def test_explicit_binary_file_exits_2(work):
    (work / "x.dat").write_bytes(b"\x00\x01\x02" + CPR.encode())
    assert_error(invoke("check", "x.dat"), "x.dat: binær fil, ikke tekst")


def test_empty_file_exits_2_unless_allow_empty(work):
    (work / "empty.txt").write_text("", encoding="utf-8")
    assert_error(invoke("check", "empty.txt"), "empty.txt", "empty")
    result = invoke("check", "empty.txt", "--allow-empty")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_file_over_max_file_size_exits_2(work):
    (work / "big.txt").write_text("x" * 200, encoding="utf-8")
    assert_error(invoke("check", "big.txt", "--max-file-size", "100"), "big.txt", "--max-file-size")
    assert invoke("check", "big.txt", "--max-file-size", "1000").exit_code == 0


def test_files_are_reported_in_path_then_position_order(work):
    (work / "b.txt").write_text(f"{EMAIL}\nCPR-nr.: {CPR}\n", encoding="utf-8")
    (work / "a.txt").write_text(f"CPR-nr.: {CPR} {EMAIL}\n", encoding="utf-8")
    result = invoke("check", "b.txt", "a.txt", "--format", "json", *ONLY)
    got = [(f["path"], f["start"]) for f in findings(result)]
    assert got == sorted(got)
    assert [p for p, _ in got] == ["a.txt", "a.txt", "b.txt", "b.txt"]


# --- text decoding --------------------------------------------------------------------------

DANISH = f"Søren Ærø 😀 skrev:\nÆblegrød 🎉 CPR-nr.: {CPR}, mail søren@æøå.dk\nslut\n"


def test_cp1252_file_is_decoded_with_a_note_and_correct_offsets(work):
    text = DANISH.replace("😀 ", "").replace("🎉 ", "")  # cp1252 has no emoji
    (work / "win.txt").write_bytes(text.encode("cp1252"))
    result = invoke("check", "win.txt", "--format", "json", "--show-values", *ONLY)
    assert result.exit_code == 1, result.output
    assert_offsets(text, findings(result))
    assert {f["value"] for f in findings(result)} == {CPR, "søren@æøå.dk"}
    notes = json.loads(result.stdout)["summary"]["notes"]
    assert notes and notes[0]["path"] == "win.txt" and "cp1252" in notes[0]["message"]
    plain = invoke("check", "win.txt", *ONLY)
    assert "win.txt: note:" in plain.stdout and "cp1252" in plain.stdout


def test_utf8_offsets_count_code_points_including_emoji(work):
    (work / "u.txt").write_text(DANISH, encoding="utf-8")
    result = invoke("check", "u.txt", "--format", "json", "--show-values", *ONLY)
    assert_offsets(DANISH, findings(result))
    assert findings(result)[0]["column"] == len("Æblegrød 🎉 CPR-nr.: ") + 1
    assert json.loads(result.stdout)["summary"]["notes"] == []


def test_utf8_bom_offsets_refer_to_the_text_after_the_bom(work):
    (work / "bom.txt").write_bytes(codecs.BOM_UTF8 + DANISH.encode("utf-8"))
    result = invoke("check", "bom.txt", "--format", "json", "--show-values", *ONLY)
    assert_offsets(DANISH, findings(result))


@pytest.mark.parametrize(
    "data",
    [
        DANISH.encode("utf-16"),  # platform order, with BOM
        codecs.BOM_UTF16_LE + DANISH.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + DANISH.encode("utf-16-be"),
    ],
    ids=["native", "le", "be"],
)
def test_utf16_with_bom_is_read_as_text(work, data):
    (work / "u16.txt").write_bytes(data)
    result = invoke("check", "u16.txt", "--format", "json", "--show-values", *ONLY)
    assert result.exit_code == 1, result.output
    assert_offsets(DANISH, findings(result))


def test_stdin_cp1252_is_decoded_too(work):
    text = "Søren, CPR-nr.: 010190-1234\n"
    result = invoke(
        "check", "-", "--format", "json", "--show-values", *ONLY, input=text.encode("cp1252")
    )
    assert_offsets(text, findings(result))


# --- selection, severity, suppression -------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "selector", "expected"),
    [
        ("--select", "ID001", {"ID001"}),
        ("--select", "ID", {"ID001"}),
        ("--select", "id001", {"ID001"}),
        ("--select", "email", {"CT001"}),
        ("--select", "ID001,CT001", {"ID001", "CT001"}),
        ("--ignore", "CT", {"ID001"}),
        ("--ignore", "cpr", {"CT001"}),
        ("--ignore", "CT001", {"ID001"}),
    ],
)
def test_select_and_ignore_by_code_prefix_and_entity(work, option, selector, expected):
    args = ["check", "-", "--format", "json"]
    if option == "--ignore":
        args += ONLY
    result = invoke(*args, option, selector, input=DIRTY)
    assert {f["rule"] for f in findings(result)} == expected


def test_select_may_be_repeated(work):
    result = invoke(
        "check", "-", "--format", "json", "--select", "ID001", "--select", "CT001", input=DIRTY
    )
    assert {f["rule"] for f in findings(result)} == {"ID001", "CT001"}


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_selector_exits_2(work, option):
    assert_error(invoke("check", "-", option, "NOPE99", input=DIRTY), "NOPE99")


def test_fail_on_decides_the_exit_code(work):
    # A configured severity turns every e-mail finding into a warning.
    (work / ".promptlint.toml").write_text('[severity]\nCT001 = "warning"\n', encoding="utf-8")
    text = f"Skriv til {EMAIL}\n"
    default = invoke("check", "-", "--select", "CT001", input=text)
    assert default.exit_code == 1
    on_error = invoke(
        "check", "-", "--select", "CT001", "--fail-on", "error", "--format", "json", input=text
    )
    assert on_error.exit_code == 0
    assert [f["severity"] for f in findings(on_error)] == ["warning"]  # still reported


def test_info_findings_fail_only_with_fail_on_info(work):
    text = "CPR: 010190-xxxx\n"  # a masked CPR is info
    assert invoke("check", "-", "--select", "ID002", input=text).exit_code == 0
    assert invoke("check", "-", "--select", "ID002", "--fail-on", "info", input=text).exit_code == 1


def test_inline_ignore_comments(work):
    (work / "notat.md").write_text(
        f"CPR-nr.: {CPR} <!-- promptlint: ignore -->\n"
        f"CPR-nr.: 010190-1235\n"
        f"CPR-nr.: 010190-1236 promptlint: ignore[CT001]\n",
        encoding="utf-8",
    )
    (work / "kode.py").write_text(
        f'cpr = "{CPR}"  # promptlint: ignore[ID001]\n'
        f'mail = "{EMAIL}"  # promptlint: ignore[ID001]\n',
        encoding="utf-8",
    )
    result = invoke("check", "notat.md", "kode.py", "--format", "json", *ONLY)
    got = [(f["path"], f["line"], f["rule"]) for f in findings(result)]
    assert got == [("kode.py", 2, "CT001"), ("notat.md", 2, "ID001"), ("notat.md", 3, "ID001")]


def test_allowlist_literal_and_regex(work):
    (work / ".promptlint.toml").write_text(
        f"allow = [\"{EMAIL}\"]\nallow-regex = ['[a-z.]+@borger\\.dk']\n", encoding="utf-8"
    )
    text = f"{EMAIL}\nanne@borger.dk\njens@privat.dk\n"
    result = invoke("check", "-", "--format", "json", "--show-values", *ONLY, input=text)
    assert [f["value"] for f in findings(result)] == ["jens@privat.dk"]


# --- values, language, colour, quiet --------------------------------------------------------

SECRET_EMAIL = "karen.kirstine@eksempel-kommune.dk"
SECRET = f"CPR-nr.: 211062-5629 og {SECRET_EMAIL}\n"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_values_never_leave_the_process_without_show_values(work, fmt):
    result = invoke("check", "-", "--format", fmt, *ONLY, input=SECRET)
    assert result.exit_code == 1
    for raw in ("211062-5629", "2110625629", SECRET_EMAIL, "karen.kirstine", "5629"):
        assert raw not in result.stdout, (fmt, raw)
        assert raw not in result.stderr, (fmt, raw)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_show_values_prints_them(work, fmt):
    result = invoke("check", "-", "--format", fmt, "--show-values", *ONLY, input=SECRET)
    assert "211062-5629" in result.stdout
    assert SECRET_EMAIL in result.stdout


def test_json_value_key_only_with_show_values(work):
    without = findings(invoke("check", "-", "--format", "json", *ONLY, input=SECRET))
    assert all("value" not in f for f in without)
    with_values = findings(
        invoke("check", "-", "--format", "json", "--show-values", *ONLY, input=SECRET)
    )
    assert [f["value"] for f in with_values] == ["211062-5629", SECRET_EMAIL]


def test_text_report_masks_the_value_in_the_source_line(work):
    result = invoke("check", "-", *ONLY, input=SECRET)
    assert "211062-****" in result.stdout


def test_lang_en_versus_default_danish(work):
    da = invoke("check", "-", *ONLY, input=DIRTY).stdout
    en = invoke("check", "-", "--lang", "en", *ONLY, input=DIRTY).stdout
    assert "CPR-nummer: identificerer en person entydigt" in da
    assert "Retningslinje 2" in da and "Husk også" in da
    assert "CPR number: identifies a person uniquely" in en
    assert "Guideline 2" in en and "Remember too" in en
    assert "CPR-nummer" not in en
    en_json = findings(invoke("check", "-", "--lang", "en", "--format", "json", *ONLY, input=DIRTY))
    assert en_json[0]["message"].startswith("CPR number")


def test_color_always_emits_ansi_codes(work):
    result = invoke("check", "-", "--color", "always", *ONLY, input=DIRTY)
    assert ANSI.search(result.stdout)


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--color", "never"], None), ([], None), ([], {"NO_COLOR": "1"})],
    ids=["never", "not-a-tty", "NO_COLOR"],
)
def test_no_ansi_codes_when_colour_is_off(work, args, env):
    result = invoke("check", "-", *args, *ONLY, input=DIRTY, env=env)
    assert result.exit_code == 1
    assert "\x1b[" not in result.stdout


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("color", "no_color", "styled"),
    [
        ("auto", False, True),
        ("always", False, True),
        ("always", True, True),  # an explicit --color always beats NO_COLOR
        ("never", False, False),
        ("auto", True, False),
    ],
)
def test_console_on_a_terminal(work, monkeypatch, color, no_color, styled):
    from rich.text import Text

    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    out = _Tty()
    checking.make_console(color, out).print(Text("fund", style="bold red"))
    assert bool(ANSI.search(out.getvalue())) is styled, out.getvalue()


def test_quiet_prints_one_line_per_finding(work):
    result = invoke("check", "-", "--quiet", *ONLY, input=DIRTY)
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("-:1:20: ID001")
    assert lines[1].startswith("-:2:11: CT001")
    assert "fund i" not in result.stdout and "Husk" not in result.stdout


def test_quiet_clean_prints_nothing(work):
    result = invoke("check", "-", "--quiet", input=CLEAN)
    assert result.exit_code == 0
    assert result.stdout.strip() == ""


# --- rules and explain ----------------------------------------------------------------------


def test_rules_lists_every_rule(work):
    result = invoke("rules")
    assert result.exit_code == 0
    for code in ("ID001", "ID002", "CT001"):
        assert code in result.stdout
    assert "cpr" in result.stdout and "email" in result.stdout


def test_rules_json(work):
    result = invoke("rules", "--format", "json")
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    by_code = {item["code"]: item for item in items}
    assert {"ID001", "CT001"} <= set(by_code)
    assert [i["code"] for i in items] == sorted(by_code)
    assert by_code["ID001"]["entity"] == "cpr"
    assert by_code["ID001"]["severity"] == "error"
    assert by_code["ID001"]["guideline"] == 2
    assert by_code["CT001"]["entity"] == "email"
    en = {i["code"]: i for i in json.loads(invoke("rules", "-f", "json", "--lang", "en").stdout)}
    assert en["ID001"]["message"].startswith("CPR number")


def test_explain_prints_the_four_sections_in_danish(work):
    result = invoke("explain", "ID001")
    assert result.exit_code == 0
    out = result.stdout
    for heading in ("Hvad den finder", "Hvorfor (retningslinje 2)", "Eksempel", "Gør i stedet"):
        assert f"## {heading}" in out
    assert out.index("Hvad den finder") < out.index("Hvorfor") < out.index("Eksempel")
    assert "Del ikke personoplysninger" in out  # the guideline behind the rule


def test_explain_in_english_and_case_insensitive(work):
    result = invoke("explain", "id001", "--lang", "en")
    assert result.exit_code == 0
    for heading in ("What it does", "Why (guideline 2)", "Example", "Use instead"):
        assert f"## {heading}" in result.stdout
    assert "Hvad den finder" not in result.stdout


def test_explain_unknown_code_exits_2(work):
    assert_error(invoke("explain", "NOPE"), "NOPE")


def test_no_command_prints_help(work):
    result = invoke()
    assert "check" in result.output and "explain" in result.output
