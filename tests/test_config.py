"""Configuration: `[tool.promptlint]` in pyproject.toml or `.promptlint.toml`.

Every key is checked; unknown keys and bad values are one-line errors that name the file, and
through the CLI they end the run with exit code 2.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from promptlint.cli import app
from promptlint.config import Config, find_config, load_config, load_config_file, parse_config
from promptlint.errors import ConfigError
from promptlint.model import Severity

runner = CliRunner()
DIRTY = "Borgerens CPR-nr.: 010190-1234\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_is_read(tmp_path):
    path = write(
        tmp_path / ".promptlint.toml",
        """
select = ["ID", "email"]
ignore = "CT002"
fail-on = "error"
show-values = true
lang = "en"
format = "json"
exclude = ["build", "*.log"]
allow = ["33 92 33 00"]
allow-regex = ['.*@kommune\\.dk']
pattern-dirs = ["our-packs"]
guidelines = "rules/own.toml"
min-confidence = 0.5
max-file-size = 1000
plugins = false

[severity]
id001 = "warning"
""",
    )
    cfg = load_config_file(path)
    assert cfg.select == ("ID", "email")
    assert cfg.ignore == ("CT002",)  # a single string is a list of one
    assert cfg.fail_on is Severity.ERROR
    assert cfg.show_values is True
    assert (cfg.lang, cfg.format) == ("en", "json")
    assert cfg.exclude == ("build", "*.log")
    assert cfg.allow == ("33 92 33 00",)
    assert cfg.allow_regex[0].fullmatch("post@kommune.dk")
    # Paths are relative to the config file, not to the current directory.
    assert cfg.pattern_dirs == (tmp_path / "our-packs",)
    assert cfg.guidelines == tmp_path / "rules" / "own.toml"
    assert cfg.min_confidence == 0.5
    assert cfg.max_file_size == 1000
    assert cfg.plugins is False
    assert cfg.severity == {"ID001": Severity.WARNING}
    assert cfg.source == path


def test_defaults():
    cfg = Config()
    assert cfg.fail_on is Severity.WARNING
    assert (cfg.lang, cfg.format, cfg.show_values) == ("da", "text", False)
    assert cfg.max_file_size == 4 * 1024 * 1024 * 1024


def test_overrides_ignore_none():
    cfg = Config(lang="en").with_overrides(lang=None, format="json")
    assert (cfg.lang, cfg.format) == ("en", "json")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("colour = true", "unknown key 'colour'"),
        ('lang = "de"', "'lang'"),
        ('format = "xml"', "'format'"),
        ('fail-on = "fatal"', "'fail-on'"),
        ('show-values = "yes"', "'show-values'"),
        ("plugins = 1", "'plugins'"),
        ("select = [1, 2]", "'select'"),
        ("exclude = 3", "'exclude'"),
        ("allow-regex = ['(unclosed']", "allow-regex"),
        ("min-confidence = 2", "'min-confidence'"),
        ("min-confidence = true", "'min-confidence'"),
        ("max-file-size = 0", "'max-file-size'"),
        ("max-file-size = 1.5", "'max-file-size'"),
        ("guidelines = 3", "'guidelines'"),
        ('severity = "error"', "'severity'"),
        ('[severity]\nID001 = "loud"', "severity.ID001"),
    ],
)
def test_bad_keys_and_values_name_the_file(tmp_path, body, needle):
    path = write(tmp_path / ".promptlint.toml", body + "\n")
    with pytest.raises(ConfigError) as err:
        load_config_file(path)
    message = str(err.value)
    assert str(path) in message
    assert needle in message
    assert "\n" not in message


def test_invalid_toml_names_the_file(tmp_path):
    path = write(tmp_path / ".promptlint.toml", "lang = \n")
    with pytest.raises(ConfigError, match="invalid TOML") as err:
        load_config_file(path)
    assert str(path) in str(err.value)


def test_pyproject_without_our_table_is_the_default(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    assert load_config_file(path) == Config(source=path)


def test_pyproject_table_is_read(tmp_path):
    path = write(tmp_path / "pyproject.toml", '[tool.promptlint]\nlang = "en"\n')
    assert load_config_file(path).lang == "en"


def test_pyproject_table_must_be_a_table(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool]\npromptlint = 3\n")
    with pytest.raises(ConfigError, match="must be a table"):
        load_config_file(path)


def test_nearest_config_wins_and_dotfile_beats_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.promptlint]\nlang = "en"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "pyproject.toml", "[project]\nname = 'x'\n")  # no table: skipped
    assert find_config(deep) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / ".promptlint.toml", 'lang = "da"\n')
    assert find_config(deep) == tmp_path / "a" / ".promptlint.toml"
    write(tmp_path / ".promptlint.toml", "")
    assert find_config(tmp_path) == tmp_path / ".promptlint.toml"


def test_load_config_explicit_isolated_and_missing(tmp_path):
    write(tmp_path / ".promptlint.toml", 'lang = "en"\n')
    other = write(tmp_path / "other.toml", 'format = "json"\n')
    assert load_config(None, cwd=tmp_path).lang == "en"
    assert load_config(other, cwd=tmp_path).format == "json"
    assert load_config(other, cwd=tmp_path).lang == "da"  # explicit file replaces discovery
    assert load_config(None, isolated=True, cwd=tmp_path) == Config()
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_parse_config_accepts_an_empty_table(tmp_path):
    assert parse_config({}, tmp_path / "x.toml") == Config(source=tmp_path / "x.toml")


# --- through the CLI ------------------------------------------------------------------------


def _error_line(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("promptlint: error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("name", "body", "needle"),
    [
        (".promptlint.toml", "lang = \n", "invalid TOML"),
        (".promptlint.toml", "colour = true\n", "unknown key 'colour'"),
        (".promptlint.toml", 'fail-on = "fatal"\n', "fail-on"),
        ("pyproject.toml", '[tool.promptlint]\nlang = "sv"\n', "'lang'"),
        ("pyproject.toml", "[tool.promptlint]\nspeed = 11\n", "unknown key 'speed'"),
    ],
)
def test_broken_config_exits_2_naming_the_file(work, name, body, needle):
    write(work / name, body)
    for command in (["check", "-"], ["rules"], ["explain", "ID001"]):
        line = _error_line(runner.invoke(app, command, input=DIRTY))
        assert name in line and needle in line


def test_broken_explicit_config_exits_2(work):
    write(work / "elsewhere" / "cfg.toml", "select = 7\n")
    line = _error_line(
        runner.invoke(app, ["check", "-", "--config", "elsewhere/cfg.toml"], input=DIRTY)
    )
    assert "cfg.toml" in line and "'select'" in line


def test_isolated_ignores_a_broken_config(work):
    write(work / ".promptlint.toml", "lang = \n")
    result = runner.invoke(app, ["check", "-", "--isolated"], input=DIRTY)
    assert result.exit_code == 1, result.output


def test_config_applies_and_the_command_line_overrides_it(work):
    write(work / ".promptlint.toml", 'lang = "en"\nformat = "json"\nselect = ["CT001"]\n')
    result = runner.invoke(app, ["check", "-"], input=DIRTY + "mail: jens@privat.dk\n")
    assert '"rule": "CT001"' in result.stdout and '"rule": "ID001"' not in result.stdout
    assert "E-mail address" in result.stdout
    result = runner.invoke(
        app, ["check", "-", "--lang", "da", "--format", "text", "--select", "ID001"], input=DIRTY
    )
    assert "CPR-nummer" in result.stdout


def test_config_found_from_a_subdirectory(work, monkeypatch):
    write(work / "pyproject.toml", '[tool.promptlint]\nselect = ["CT001"]\n')
    sub = work / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    result = runner.invoke(app, ["check", "-"], input=DIRTY)
    assert result.exit_code == 0, result.output  # only e-mails selected; the CPR is not checked


def test_unknown_severity_code_in_config_exits_2(work):
    write(work / ".promptlint.toml", '[severity]\nZZ999 = "info"\n')
    line = _error_line(runner.invoke(app, ["check", "-"], input=DIRTY))
    assert "ZZ999" in line


def test_own_guideline_set(work):
    write(
        work / "g.toml",
        """
[source]
id = "own"
title.da = "Vores regler"
title.en = "Our rules"

[[guideline]]
id = 2
always = true
title.da = "Ingen persondata i chatbots"
title.en = "No personal data in chatbots"
""",
    )
    write(work / ".promptlint.toml", 'guidelines = "g.toml"\n')
    result = runner.invoke(app, ["check", "-", "--select", "ID001"], input=DIRTY)
    assert "Ingen persondata i chatbots" in result.stdout


def test_broken_guideline_set_exits_2(work):
    write(work / "g.toml", "[source]\nid = 'own'\n")
    write(work / ".promptlint.toml", 'guidelines = "g.toml"\n')
    line = _error_line(runner.invoke(app, ["check", "-"], input=DIRTY))
    assert "g.toml" in line
