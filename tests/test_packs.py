"""Pattern packs (TOML), the registry and entry-point plugins.

A pack is how an organisation adds its own formats without code, so the tests include one that
adds an office's own case-number format from a configured `pattern-dirs` directory and finds it
through the CLI. Broken packs and plugins must be one-line errors naming the file or plugin.
"""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from promptlint.cli import app
from promptlint.config import Config
from promptlint.detectors import _keywords
from promptlint.errors import PackError
from promptlint.model import Rule, Severity, Span
from promptlint.packs import PackDetector, load_pack, load_pack_dir
from promptlint.registry import ENTRY_POINT_GROUP, _load_plugins, build_registry, builtin_modules
from promptlint.resources import patterns_dir

runner = CliRunner()

OUR_PACK = r"""
[pack]
name = "vores-kommune"
description = "Sagsnumre fra vores ESDH"

[[rule]]
code = "ORG001"
name = "our-case-number"
entity = "case_number"
severity = "warning"
guideline = 2
confidence = 0.6
message.da = "Sagsnummer fra vores ESDH"
message.en = "Case number from our records system"
what.da = "Finder vores sagsnumre (KK-åååå-nnnnnn)."
what.en = "Finds our case numbers (KK-yyyy-nnnnnn)."
patterns = ['(?<![\w-])KK-(?:19|20)\d\d-\d{6}(?![\w-])']
keywords = ["kk-"]
context.positive = ["sagsnr", "sag"]
context.negative = ["eksempel"]
examples.positive = ["Sagsnr. KK-2024-000123", "se KK-2019-123456"]
examples.negative = ["KK-24-0001", "XKK-2024-000123", "KK-2024-0001234"]
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def spans_of(detector, text: str, code: str | None = None) -> list[tuple[str, str, float]]:
    return [
        (s.rule, text[s.start : s.end], s.confidence)
        for s in detector.find(text)
        if code is None or s.rule == code
    ]


# --- a valid pack ---------------------------------------------------------------------------


def test_pack_loads_and_finds_with_context(tmp_path):
    pack = load_pack(write(tmp_path / "ours.toml", OUR_PACK))
    assert isinstance(pack, PackDetector)
    assert pack.name == "vores-kommune"
    [rule] = pack.rules
    assert (rule.code, rule.entity, rule.severity, rule.guideline) == (
        "ORG001",
        "case_number",
        Severity.WARNING,
        2,
    )
    assert rule.text("message", "en") == "Case number from our records system"
    assert rule.source == str(tmp_path / "ours.toml")
    assert spans_of(pack, "Sagsnr. KK-2024-000123") == [("ORG001", "KK-2024-000123", 0.75)]
    assert spans_of(pack, "Fx KK-2024-000123") == [("ORG001", "KK-2024-000123", 0.6)]
    assert spans_of(pack, "Eksempel: KK-2024-000123") == [("ORG001", "KK-2024-000123", 0.2)]
    for negative in ("KK-24-0001", "XKK-2024-000123", "KK-2024-0001234", "no literal here"):
        assert spans_of(pack, negative) == []


def test_pack_options_group_validator_required_ignorecase(tmp_path):
    pack = load_pack(
        write(
            tmp_path / "cards.toml",
            r"""
[[rule]]
code = "XC001"
name = "card"
entity = "payment_card"
message = "Kortnummer"
patterns = ['kort(?:nr)?\.?\s*(?P<value>\d{4}(?: ?\d{4}){3})']
group = "value"
validator = "luhn"
ignorecase = true
context.positive = ["dankort"]
context.required = true
""",
        )
    )
    [rule] = pack.rules
    assert rule.text("message", "da") == rule.text("message", "en") == "Kortnummer"
    assert pack.name == "cards"  # defaults to the file name
    good = "Dankort KORTNR. 4571 0000 0000 0001"  # Luhn-valid
    assert spans_of(pack, good) == [("XC001", "4571 0000 0000 0001", 0.95)]
    assert spans_of(pack, "Dankort kortnr. 4571 0000 0000 0002") == []  # fails Luhn
    assert spans_of(pack, "kortnr. 4571 0000 0000 0001") == []  # no required context


def test_stdnum_validator_in_a_pack(tmp_path):
    pack = load_pack(
        write(
            tmp_path / "cvr.toml",
            r"""
[[rule]]
code = "XV001"
name = "cvr"
entity = "cvr"
message = "CVR"
patterns = ['\b\d{8}\b']
validator = "stdnum:dk.cvr"
""",
        )
    )
    assert spans_of(pack, "CVR 13585628") == [("XV001", "13585628", 0.8)]
    assert spans_of(pack, "CVR 13585627") == []


# --- broken packs ---------------------------------------------------------------------------

_RULE = """
[[rule]]
code = "X001"
name = "x"
entity = "case_number"
message = "m"
patterns = ['X-\\d+']
"""


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (_RULE.replace("'X-\\d+'", "'X-(\\d+'"), "bad regex"),
        (_RULE.replace('name = "x"\n', ""), "'name' is required"),
        (_RULE.replace('entity = "case_number"\n', ""), "'entity' is required"),
        (_RULE.replace('message = "m"\n', ""), "message is required"),
        (_RULE.replace("patterns = ['X-\\d+']\n", ""), "'patterns'"),
        (_RULE + "colour = 'red'\n", "unknown key(s): colour"),
        ("[packs]\nname = 'x'\n" + _RULE, "unknown top-level key(s): packs"),
        ("[pack]\nname = 'x'\n", "at least one [[rule]]"),
        (_RULE.replace('code = "X001"', 'code = "x-1"'), "code must look like"),
        (_RULE + "severity = 'fatal'\n", "unknown severity"),
        (_RULE + "confidence = 1.5\n", "confidence"),
        (_RULE + "guideline = 'two'\n", "guideline"),
        (_RULE + "group = 'value'\n", "no group 'value'"),
        (_RULE + "validator = 'crc32'\n", "unknown validator 'crc32'"),
        (_RULE + "validator = 'stdnum:xx.nope'\n", "no module"),
        (_RULE + "context.positive = 'cpr'\n", "context.positive"),
        (_RULE + "context.windows = 3\n", "unknown context key(s): windows"),
        (_RULE + "context.required = true\n", "context.required needs"),
        (_RULE + "examples = ['x']\n", "examples"),
        (_RULE + "keywords = ['']\n", "keywords"),
        (_RULE + "skip_quoted = 'yes'\n", "skip_quoted must be true or false"),
        (_RULE + "keywords = ['x-']\nreach = 'page'\n", "reach must be 'text', 'line' or 'sentence'"),
        (_RULE + "reach = 'line'\n", "reach = 'line' needs keywords"),
        (_RULE + "keywords_also = ['x']\n", "keywords_also needs keywords"),
        (_RULE + "keywords = ['x-']\nkeywords_also = ['']\n", "keywords_also must not be empty"),
        ("this is = not toml\n", "invalid TOML"),
    ],
)
def test_broken_pack_names_the_file_and_the_problem(tmp_path, body, needle):
    path = write(tmp_path / "broken.toml", body)
    with pytest.raises(PackError) as err:
        load_pack(path)
    message = str(err.value)
    assert message.startswith(str(path)), message
    assert needle in message, message
    assert "\n" not in message


def test_skip_quoted_leaves_a_quoted_match_alone(tmp_path):
    body = OUR_PACK.replace('keywords = ["kk-"]', 'keywords = ["kk-"]\nskip_quoted = true')
    pack = load_pack(write(tmp_path / "ours.toml", body))
    text = 'Sagsnr. KK-2024-000123 og formatet "KK-2024-000456" i vejledningen'
    assert [value for _, value, _ in spans_of(pack, text)] == ["KK-2024-000123"]
    plain = load_pack(write(tmp_path / "plain.toml", OUR_PACK))
    assert len(spans_of(plain, text)) == 2


def test_skip_examples_leaves_a_quoted_example_of_what_not_to_write_alone(tmp_path):
    body = OUR_PACK.replace('keywords = ["kk-"]', 'keywords = ["kk-"]\nskip_examples = true')
    pack = load_pack(write(tmp_path / "ours.toml", body))
    example = 'Skriv aldrig sagsnumre i en prompt. Forkert:\n"Sagsnr. KK-2024-000123 er min sag"'
    assert spans_of(pack, example) == []
    # A quotation without such words, and a match before the quote, are still found.
    quoted = 'Borgeren skrev:\n"Sagsnr. KK-2024-000123 er min sag"'
    assert len(spans_of(pack, quoted)) == 1
    assert len(spans_of(load_pack(write(tmp_path / "plain.toml", OUR_PACK)), example)) == 1


def test_a_quoted_example_needs_the_quote_and_the_words_that_introduce_it():
    text = 'Eksempel på en prompt, du ikke må bruge:\n"Min kollega er syg – skal hun have en advarsel?"'
    assert _keywords.quoted_example(text, text.index("skal"))
    assert not _keywords.quoted_example(text, text.index("prompt"))  # not inside the quote
    tested = 'Prompt jeg vil teste:\n"Afgør om ansøgeren skal have bevilget enkeltydelsen."'
    assert not _keywords.quoted_example(tested, tested.index("Afgør"))
    inline = 'Eksempler på spørgsmål, der ikke må stilles: "skal vi afskedige medarbejderen?"'
    assert _keywords.quoted_example(inline, inline.index('"skal'))
    far = 'Eksempel:\n\n\n\n\n"Skal hun have en advarsel?"'
    assert not _keywords.quoted_example(far, far.index("Skal"))  # four lines up: out of reach


def test_a_guides_faq_question_is_found_only_in_a_guide():
    guide = (
        "Sådan foregår en sikkerhedsgodkendelse – information til ansøgere\n\n"
        "Hvem skal sikkerhedsgodkendes?\n"
        "Medarbejdere, der skal have adgang til klassificerede informationer, skal godkendes.\n\n"
        "Hvem behandler sagen?\n"
        "For personel i Forsvaret foretages undersøgelsen af Forsvarets Efterretningstjeneste.\n"
    )
    assert _keywords.faq_question(guide, guide.index("Hvem skal"))
    # The same lines in a prompt that is no guide are questions to the AI.
    prompt = guide.replace("Sådan foregår en sikkerhedsgodkendelse – information til ansøgere",
                           "Hjælp mig med Oles sag")
    assert not _keywords.faq_question(prompt, prompt.index("Hvem skal"))
    # One question alone is no FAQ.
    single = guide[: guide.index("Hvem behandler")]
    assert not _keywords.faq_question(single, single.index("Hvem skal"))


def test_missing_pattern_directory(tmp_path):
    with pytest.raises(PackError, match="not found"):
        load_pack_dir(tmp_path / "nope")


def test_pack_directory_is_read_recursively_in_order(tmp_path):
    write(tmp_path / "b.toml", _RULE.replace("X001", "X002"))
    write(tmp_path / "a" / "z.toml", _RULE)
    write(tmp_path / "README.md", "not a pack")
    assert [p.path.name for p in load_pack_dir(tmp_path)] == ["z.toml", "b.toml"]


def test_duplicate_codes_name_both_sources(tmp_path):
    write(tmp_path / "one.toml", _RULE)
    write(tmp_path / "two.toml", _RULE)
    with pytest.raises(PackError) as err:
        build_registry([tmp_path], plugins=False)
    assert "two.toml" in str(err.value) and "one.toml" in str(err.value)
    with pytest.raises(PackError, match="ID001"):
        build_registry([write(tmp_path / "d" / "x.toml", _RULE.replace("X001", "ID001")).parent])


# --- through the CLI ------------------------------------------------------------------------


def _config(work: Path) -> None:
    write(work / ".promptlint.toml", 'pattern-dirs = ["packs"]\n')


def test_a_pattern_too_slow_on_one_file_is_that_files_problem(work):
    # A catastrophic pattern: the file it hangs on is reported in one line (exit code 2), and
    # the other files are still checked.
    _config(work)
    slow = OUR_PACK.replace(
        "patterns = ['(?<![\\w-])KK-(?:19|20)\\d\\d-\\d{6}(?![\\w-])']",
        "patterns = ['(?:a|aa)+b']",
    ).replace('keywords = ["kk-"]', "")
    write(work / "packs" / "slow.toml", slow)
    write(work / "hang.txt", "a" * 40 + "c\n")
    write(work / "fine.txt", "CPR-nr.: 010190-1234\n")
    result = runner.invoke(app, ["check", "hang.txt", "fine.txt", "--format", "json"])
    assert result.exit_code == 2, result.output
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("promptlint: error: hang.txt: rule ORG001") and "took longer" in line
    assert "fine.txt" in {f["path"] for f in json.loads(result.stdout)["findings"]}


def test_configured_pack_produces_findings(work):
    _config(work)
    write(work / "packs" / "ours.toml", OUR_PACK)
    text = "Vedr. sagsnr. KK-2024-000123 og CPR-nr.: 010190-1234\n"
    result = runner.invoke(
        app, ["check", "-", "--format", "json", "--select", "ORG001,ID001"], input=text
    )
    assert result.exit_code == 1, result.output
    found = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["entity"], f["severity"]) for f in found] == [
        ("ORG001", "case_number", "warning"),
        ("ID001", "cpr", "error"),
    ]
    assert text[found[0]["start"] : found[0]["end"]] == "KK-2024-000123"
    assert found[0]["message"] == "Sagsnummer fra vores ESDH"
    listed = runner.invoke(app, ["rules", "--format", "json"])
    assert "ORG001" in {r["code"] for r in json.loads(listed.stdout)}
    explained = runner.invoke(app, ["explain", "ORG001", "--lang", "en"])
    assert explained.exit_code == 0
    assert "Finds our case numbers" in explained.stdout
    assert "Sagsnr. KK-2024-000123" in explained.stdout


def test_configured_pack_respects_select_by_entity(work):
    _config(work)
    write(work / "packs" / "ours.toml", OUR_PACK)
    result = runner.invoke(
        app,
        ["check", "-", "--select", "case_number", "--format", "json"],
        input="Sagsnr. KK-2024-000123\n",
    )
    assert {f["rule"] for f in json.loads(result.stdout)["findings"]} >= {"ORG001"}


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (OUR_PACK.replace("-\\d{6}", "-(\\d{6}"), "bad regex"),
        (OUR_PACK.replace('entity = "case_number"\n', ""), "'entity' is required"),
        (OUR_PACK.replace("keywords", "keywordz"), "unknown key(s): keywordz"),
    ],
    ids=["bad-regex", "missing-key", "unknown-key"],
)
def test_broken_configured_pack_exits_2_naming_the_file(work, body, needle):
    _config(work)
    write(work / "packs" / "ours.toml", body)
    for command in (["check", "-"], ["rules"], ["explain", "ID001"]):
        result = runner.invoke(app, command, input="tekst\n")
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        [line] = result.stderr.strip().splitlines()
        assert line.startswith("promptlint: error: ")
        assert "ours.toml" in line and needle in line


def test_missing_configured_pattern_dir_exits_2(work):
    _config(work)
    result = runner.invoke(app, ["check", "-"], input="tekst\n")
    assert result.exit_code == 2
    assert "packs" in result.stderr and "not found" in result.stderr


# --- the registry and every rule in it ------------------------------------------------------


def test_builtin_detectors_are_discovered():
    modules = builtin_modules()
    assert "promptlint.detectors.cpr" in modules
    assert "promptlint.detectors.email" in modules
    # Every public module of the package, and no private helper ("_labels").
    import pkgutil

    import promptlint.detectors as package

    assert modules == sorted(
        f"promptlint.detectors.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
        if not info.name.startswith("_")
    )
    registry = build_registry(plugins=False)
    assert {"ID001", "ID002", "CT001"} <= set(registry.rules)
    assert registry.rule("id001") is registry.rules["ID001"]
    assert registry.rule("NOPE") is None


def _all_rules() -> list[tuple[object, Rule]]:
    registry = build_registry(plugins=False)
    return [(d, r) for d in registry.detectors for r in d.rules]


@pytest.mark.parametrize(("detector", "rule"), _all_rules(), ids=lambda v: getattr(v, "code", ""))
def test_every_rule_is_documented_in_danish_and_english(detector, rule):
    for attr in ("message", "what", "why", "instead"):
        for lang in ("da", "en"):
            assert rule.text(attr, lang) == getattr(rule, attr).get(lang), (rule.code, attr, lang)
            assert getattr(rule, attr).get(lang), (rule.code, attr, lang)
    assert rule.examples, rule.code
    assert 1 <= rule.guideline <= 5


@pytest.mark.parametrize(("detector", "rule"), _all_rules(), ids=lambda v: getattr(v, "code", ""))
def test_every_rule_proves_itself_with_its_examples(detector, rule):
    for example in rule.examples:
        assert spans_of(detector, example, rule.code), (rule.code, example)
    for counter in rule.counter_examples:
        assert not spans_of(detector, counter, rule.code), (rule.code, counter)


@pytest.mark.parametrize(
    "path", sorted((patterns_dir() / "packs").rglob("*.toml")), ids=lambda p: p.name
)
def test_shipped_pack_loads(path):
    pack = load_pack(path)
    assert pack.rules


# --- entry-point plugins --------------------------------------------------------------------

PLUGIN_RULE = Rule(
    code="PL001",
    name="plugin-thing",
    entity="secret",
    severity=Severity.ERROR,
    guideline=2,
    message={"da": "Hemmelighed fra plugin", "en": "Secret from a plugin"},
)


class PluginDetector:
    rules = (PLUGIN_RULE,)

    def find(self, text):
        at = text.find("HEMMELIG")
        if at != -1:
            yield Span("PL001", at, at + len("HEMMELIG"), 0.9)


class FakeEntryPoint:
    def __init__(self, name: str, value: str, load):
        self.name = name
        self.value = value
        self._load = load
        self.group = ENTRY_POINT_GROUP

    def load(self):
        return self._load()


def _install(monkeypatch, *eps):
    def entry_points(group=None, **_):
        return [ep for ep in eps if group in (None, ep.group)]

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    # The fast declared-anywhere scan reads real files; these fakes live only in memory.
    monkeypatch.setattr("promptlint.registry.plugins_declared", lambda: True)


def test_plugin_detector_is_loaded(monkeypatch):
    _install(monkeypatch, FakeEntryPoint("ours", "our_pkg:PluginDetector", lambda: PluginDetector))
    [detector] = _load_plugins()
    assert isinstance(detector, PluginDetector)
    registry = build_registry(plugins=True)
    assert "PL001" in registry.rules
    assert "PL001" not in build_registry(plugins=False).rules


def test_plugin_factory_may_return_a_list(monkeypatch):
    _install(
        monkeypatch,
        FakeEntryPoint(
            "many", "our_pkg:make", lambda: lambda: [PluginDetector(), PluginDetector()]
        ),
    )
    assert len(_load_plugins()) == 2


def test_plugin_findings_through_the_cli(work, monkeypatch):
    _install(monkeypatch, FakeEntryPoint("ours", "our_pkg:PluginDetector", lambda: PluginDetector))
    result = runner.invoke(
        app, ["check", "-", "--select", "PL001", "--format", "json"], input="Det er HEMMELIG.\n"
    )
    assert result.exit_code == 1, result.output
    assert [f["rule"] for f in json.loads(result.stdout)["findings"]] == ["PL001"]
    write(work / ".promptlint.toml", "plugins = false\n")
    result = runner.invoke(app, ["check", "-", "--select", "PL001"], input="HEMMELIG\n")
    assert result.exit_code == 2  # PL001 is unknown without plugins


def _boom():
    raise ImportError("No module named 'our_pkg'")


class NotADetector:
    rules = (PLUGIN_RULE,)  # but no find()


@pytest.mark.parametrize(
    ("load", "needle"),
    [
        (_boom, "failed to load: No module named 'our_pkg'"),
        (lambda: lambda: 1 / 0, "failed to load"),
        (lambda: NotADetector, "not a detector"),
        (lambda: lambda: [PluginDetector(), "oops"], "not a detector"),
    ],
    ids=["import-error", "factory-raises", "no-find", "bad-item"],
)
def test_broken_plugin_names_the_plugin(monkeypatch, load, needle):
    _install(monkeypatch, FakeEntryPoint("broken", "our_pkg:thing", load))
    with pytest.raises(PackError) as err:
        _load_plugins()
    message = str(err.value)
    assert "broken" in message and "our_pkg:thing" in message and needle in message


def test_broken_plugin_is_exit_2_in_the_cli(work, monkeypatch):
    _install(monkeypatch, FakeEntryPoint("broken", "our_pkg:thing", _boom))
    result = runner.invoke(app, ["check", "-"], input="tekst\n")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "plugin broken" in line and "Traceback" not in result.output


def test_every_shipped_pack_regex_compiles():
    # Shipped packs compile lazily (start-up time), so prove here that every pattern compiles
    # and every rule has the named group it reports.
    from promptlint.packs import load_pack_dir
    from promptlint.resources import patterns_dir

    packs = load_pack_dir(patterns_dir() / "packs", lazy=True)
    assert packs
    for pack in packs:
        for pack_rule in pack.pack_rules:
            assert pack_rule._compiled is None
            assert len(pack_rule.patterns) == len(pack_rule.sources)
            if pack_rule.column is not None:
                assert pack_rule.column_pattern() is not None


def test_lazy_pack_reports_a_bad_regex_when_first_used(tmp_path):
    from promptlint.errors import PackError
    from promptlint.packs import load_pack

    path = write(tmp_path / "lazy.toml", OUR_PACK.replace("KK-(?:19|20)", "KK-(?:19|20"))
    pack = load_pack(path, lazy=True)
    with pytest.raises(PackError, match="bad regex"):
        list(pack.find("Sagsnr. KK-2024-000123"))
    with pytest.raises(PackError, match="lazy.toml"):
        load_pack(path)


def test_installed_plugin_is_found_through_its_entry_point(tmp_path, monkeypatch):
    # A real (if tiny) installed distribution: a module plus a .dist-info with entry_points.txt.
    import sys

    from promptlint.registry import plugins_declared

    site = tmp_path / "site"
    (site / "office_plugin.py").parent.mkdir(parents=True)
    (site / "office_plugin.py").write_text(
        "from promptlint.model import Rule, Severity, Span\n"
        "RULE = Rule('ZZ001', 'office-id', 'office_id', Severity.WARNING, 2,"
        " {'da': 'Kontor-id', 'en': 'Office id'})\n"
        "class OfficeDetector:\n"
        "    rules = (RULE,)\n"
        "    def find(self, text):\n"
        "        i = text.find('KONTOR-')\n"
        "        if i != -1:\n"
        "            yield Span('ZZ001', i, i + 11, 0.9)\n",
        encoding="utf-8",
    )
    info = site / "office_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: office-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        f"[{ENTRY_POINT_GROUP}]\noffice = office_plugin:OfficeDetector\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))
    assert plugins_declared()
    registry = build_registry()
    assert "ZZ001" in registry.rules
    result = runner.invoke(app, ["check", "-", "--select", "ZZ001", "--format", "json", "--isolated"],
                           input="Se KONTOR-1234 her\n")
    assert result.exit_code == 1, result.output
    assert [f["rule"] for f in json.loads(result.stdout)["findings"]] == ["ZZ001"]
    sys.modules.pop("office_plugin", None)


def test_keyword_windows_give_the_same_findings_as_a_whole_scan(monkeypatch):
    # Long texts are scanned only around each rule's keywords; the findings must not change.
    from promptlint import corpus, packs
    from promptlint.config import Config
    from promptlint.scan import build_engine

    documents = corpus.load([Path(__file__).resolve().parent / "corpus"])
    text = "\n\n".join(d.text for d in documents)
    assert len(text) > packs.WINDOW_MIN
    _, engine = build_engine(Config())
    windowed = [(f.entity, f.start, f.end) for f in engine.scan(text)]
    monkeypatch.setattr(packs, "WINDOW_MIN", 10**12)
    whole = [(f.entity, f.start, f.end) for f in engine.scan(text)]
    assert windowed == whole


_FILLER = "En linje uden noget at melde.\n" * 1200  # makes a text long: > packs.WINDOW_MIN


def test_reach_line_scans_a_long_text_only_on_its_keywords_lines(tmp_path):
    from promptlint import packs

    body = OUR_PACK.replace(
        "patterns = ['(?<![\\w-])KK-(?:19|20)\\d\\d-\\d{6}(?![\\w-])']",
        "patterns = ['(?<![\\w-])KK-(?:19|20)\\d\\d-\\d{6}(?![\\w-])', 'Ref:[^a-z]*?\\d+']",
    ).replace('keywords = ["kk-"]', 'keywords = ["sagsnr", "ref:"]\nreach = "line"')
    pack = load_pack(write(tmp_path / "ours.toml", body))
    assert pack.pack_rules[0].line_reach
    text = _FILLER + (
        "Sagsnr.\nKK-2024-000001\n"  # the keyword's line and the next: found
        "Noget andet\nSagsnr. KK-2024-000002 og KK-2024-000003\n"  # the same line: found
        "KK-2024-000004\n"  # the line after the keyword's line: found
        "en tom linje\nKK-2024-000005\n"  # two lines after: outside the rule's reach
        "Ref:\n---\n"  # a match may not run on from this stretch (this line and the next) ...
    ) + _FILLER + "4711 sagsnr\n" + _FILLER + "Ref: 4712 er ikke et sagsnummer\n"
    assert len(text) > packs.WINDOW_MIN
    found = [text[s.start : s.end] for s in pack.find(text)]
    assert found == ["KK-2024-000001", "KK-2024-000002", "KK-2024-000003", "KK-2024-000004",
                     "Ref: 4712"]  # ... into the next one ("4711"): a whole scan sees no match
    # A short text is scanned whole, as every rule's: reach promises where matches lie.
    short = "Sagsnr.\nx\ny\nKK-2024-000005"
    assert [short[s.start : s.end] for s in pack.find(short)] == ["KK-2024-000005"]


def test_reach_line_windows_cover_keyword_lines_and_the_next():
    index = _keywords.KEYWORDS
    index.add(("sagsnr",))
    lines = ["a\n"] * 20000
    for at in (5, 6, 100, 101, 102, 19999):
        lines[at] = "Sagsnr.\n"
    text = "".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))  # starts[i]: where line i starts
    # Lines 5-6 and the one after; 100-102 and the one after; the last line alone.
    expected = [(starts[5], starts[8]), (starts[100], starts[104]), (starts[19999], len(text))]
    assert index.line_windows(text, ("sagsnr",)) == expected
    # A keyword on the last line of a text without its "\n" ends the window at the text's end.
    assert index.line_windows(text + "sagsnr", ("sagsnr",))[-1] == (starts[19999], len(text) + 6)
    # Keywords everywhere: the lines would cover more than half the text, so scan it whole.
    assert index.line_windows("Sagsnr.\n" * 8000, ("sagsnr",)) is None


_CASE_PIECES = [
    "Sagsnr.", "Sagsnr.:", "SAGSNR.", "Sags-nr.", "J.nr.", "Journalnr.", "Dok.:", "Dok.nr.",
    "Sag:", "Sagsnumre:", "Vores ref.", "Deres ref.:", "Ref.:", "Case no.", "Journal no.",
    "Ticket #", "sagen", "Akt-id:", "2024-2216", "24/01234", "S2024-123", "2024 - 2216",
    "INC0012345", "00.22.04-P35-12-24", "88875", "03.11.2025", " ", " ", "\n", "\n", "\n\n",
    ": ", ", ", " og ", "\t", "|", "(ESDH)", "tekst", "Borger",
]


@given(st.lists(st.sampled_from(_CASE_PIECES), max_size=30).map("".join))
@settings(max_examples=60, deadline=None)
def test_reach_line_finds_what_a_whole_scan_of_a_long_text_finds(piece):
    # The shipped case-number rules promise reach = "line". On a long text they are scanned only
    # on their keywords' lines; every span a whole scan finds must still be found (by that rule
    # or, where two rules read one label, by another rule of the same entity).
    pack = load_pack(patterns_dir() / "packs" / "case_numbers.toml")
    text = _FILLER + piece + "\n" + _FILLER
    lined = list(pack.find(text))
    for pr in pack.pack_rules:
        pr.line_reach = False
    whole = list(pack.find(text))
    assert set(lined) <= set(whole)
    for span in whole:
        assert any(s.start < span.end and span.start < s.end for s in lined), (
            span, text[span.start - 40 : span.end]
        )


def test_reach_line_rules_find_every_example_in_a_long_text():
    # reach = "line" trusts the keywords to stand on a value's line or the one before: every
    # positive example of such a rule must still be found in a long text.
    checked = 0
    for path in sorted((patterns_dir() / "packs").glob("*.toml")):
        pack = load_pack(path)
        for pr in pack.pack_rules:
            if not pr.line_reach:
                continue
            for example in pr.examples[0]:
                text = _FILLER + example + "\n" + _FILLER
                where = (len(_FILLER), len(_FILLER) + len(example))
                spans = [s for s in pack.find(text) if s.rule == pr.rule.code]
                assert any(s.start < where[1] and where[0] < s.end for s in spans), (
                    pr.rule.code, example
                )
                checked += 1
    assert checked > 50


def test_keywords_also_must_stand_in_the_keywords_sentence_too(tmp_path):
    body = OUR_PACK.replace(
        'keywords = ["kk-"]',
        'keywords = ["kk-"]\nreach = "sentence"\nkeywords_also = ["sagsnr"]',
    )
    pack = load_pack(write(tmp_path / "ours.toml", body))
    short = "Se KK-2024-000123 her."
    assert list(pack.find(short)) == []  # a short text: "sagsnr" is nowhere in it
    assert len(list(pack.find("Sagsnr. KK-2024-000123."))) == 1
    # A long text: only the sentence with both words is read.
    text = _FILLER + "Se KK-2024-000124 her. Sagsnr. KK-2024-000125.\n" + _FILLER
    assert [text[s.start : s.end] for s in pack.find(text)] == ["KK-2024-000125"]


def test_reach_sentence_windows_are_the_keywords_sentences():
    index = _keywords.KEYWORDS
    index.add(("?",))
    filler = "En linje uden noget. " * 2000  # a long text: the index has the keyword's places
    text = filler + "Hun er syg. Skal vi bevilge, ca. 10 timer, eller ej? Ja tak.\n" + filler
    windows = index.sentence_windows(text, ("?",))
    assert [text[a:b] for a, b in windows] == [
        "Skal vi bevilge, ca. 10 timer, eller ej?"  # "ca. 10" is no sentence's end
    ]


def _shipped_keywords():
    from promptlint.scan import build_engine

    build_engine(Config())
    return sorted(_keywords.KEYWORDS._keywords)


@given(
    st.lists(
        st.sampled_from(_shipped_keywords())
        | st.sampled_from(["Sags", "NR.", "Ø", "ı", "ſ", "İ", "K", "\u212a", " ", "\n", "é"]),
        max_size=12,
    )
)
def test_short_texts_find_every_keyword_the_automaton_finds(pieces):
    # Up to 4 KB, keywords are found by substring tests in text.lower(); longer texts use the
    # automaton over the lowered view. The short way may find more (it only decides which rules
    # run), never less.
    index = _keywords.KEYWORDS
    text = "".join(pieces)
    short = index.hits(text)
    padded = text + "\x00" * (_keywords._SHORT_TEXT + 1)
    long = index.hits(padded)
    assert index.windows(text, ("sagsnr",)) is None  # no positions: scan it whole
    assert index.positions(text, "sagsnr") is None
    assert long <= short
    if text.isascii():
        assert short == long


@pytest.mark.parametrize(
    ("source", "flags", "literal"),
    [
        (r"nr(?<=sags)", 0, "nr"),
        (r"\|[ ]*(?=\w)", 0, "|"),
        (r"\t(?=x)", 0, "\t"),
        (r"  (?<=\w  )", 0, "  "),
        (r"ab?c", 0, "a"),
        (r"ab+c", 0, "ab"),
        (r"a{2}b", 0, ""),
        (r"\.\-x", 0, ".-x"),
        (r"x(?:a|b)", 0, "x"),
        (r"a|b", 0, ""),
        (r"x(a)|y", 0, ""),
        (r"[|]x|y", 0, ""),
        (r"[|]x", 0, ""),
        (r"(?i)abc", 0, ""),
        (r"ab(?i)c", 0, ""),
        (r"ab(?x) c", 0, ""),
        (r"ab(?s).", 0, "ab"),
        (r"abc", regex.IGNORECASE, ""),
        (r"abc", regex.VERBOSE, ""),
        (r"\dabc", 0, ""),
        (r"^abc", 0, ""),
        (r"x[^]|]", 0, "x"),  # "]" first in a class is a member, so the "|" is one too
        (r"x[]|(]", 0, "x"),
        (r"x(a|b", 0, ""),  # unbalanced: nothing claimed
        (r"x)|(a", 0, ""),
    ],
)
def test_leading_literal(source, flags, literal):
    from promptlint.packs import leading_literal

    assert leading_literal(source, flags) == literal


_PIECES = [
    "a", "b", "ab", "|", "(", ")", "?", "*", "+", "{2}", "[ab]", r"\.", r"\|", ".", " ", "(?:",
    r"\d", "1", "[", "]", "[^", "[]", "^",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8), st.text(alphabet="ab. |1", max_size=30))
def test_a_pattern_never_matches_a_text_without_its_leading_literal(pieces, text):
    from promptlint.packs import leading_literal

    source = "".join(pieces)
    try:
        pattern = regex.compile(source)
    except regex.error:
        return
    literal = leading_literal(source)
    for match in pattern.finditer(text):
        assert text.startswith(literal, match.start()), (source, text)


def test_a_short_text_compiles_only_the_patterns_it_can_match(tmp_path):
    pack = tmp_path / "p.toml"
    pack.write_text(
        """
[pack]
name = "anchors"

[[rule]]
code = "X001"
name = "anchored"
entity = "case_number"
severity = "warning"
guideline = 2
message.da = "a"
message.en = "a"
patterns = ['ABC-(?P<v>\\d{4})', 'XYZ-(?P<v>\\d{4})']
group = "v"
""",
        encoding="utf-8",
    )
    detector = load_pack(pack, lazy=True)
    (rule,) = detector.pack_rules
    assert [s.start for s in detector.find("se ABC-1234 her")] == [7]
    assert rule._compiled[0] is not None and rule._compiled[1] is None  # XYZ- is not in it
    assert [s.start for s in detector.find("og XYZ-9876")] == [7]
    assert rule._compiled[1] is not None


_COLUMN_PACK = OUR_PACK.replace(
    'keywords = ["kk-"]', "keywords = [\"bilag\"]\ncolumn = '(?i:bilagsnr\\.?)'"
).replace(
    "patterns = ['(?<![\\w-])KK-(?:19|20)\\d\\d-\\d{6}(?![\\w-])']",
    "patterns = ['[ ]*(?P<v>B-\\d{4})[ ]*']\ngroup = \"v\"",
).replace('examples.positive = ["Sagsnr. KK-2024-000123", "se KK-2019-123456"]',
          'examples.positive = ["Bilagsnr.  Dato\\nB-1234    1. maj\\n"]'
).replace('examples.negative = ["KK-24-0001", "XKK-2024-000123", "KK-2024-0001234"]',
          'examples.negative = ["Se bilagsnr. B-1234"]')


@pytest.mark.parametrize(
    ("table", "found"),
    [
        # Every kind of table: "|", tabs, ";", aligned with spaces (any column).
        ("| Dato | Bilagsnr. |\n|---|---|\n| 1/5 | B-1234 |\n| 2/5 | B-5678 |\n",
         ["B-1234", "B-5678"]),
        ("Dato\tBilagsnr\n1/5\tB-1234\n", ["B-1234"]),
        ("Dato;Bilagsnr;Beløb\n1/5;B-1234;12\n", ["B-1234"]),
        ("Dato        Bruger   Bilagsnr\n2025-01-02  AKJ      B-1234\n"
         "2025-01-03  PBN      B-5678\n\nB-9999 efter tabellen\n", ["B-1234", "B-5678"]),
        ("Bilagsnr  Dato   Tekst\n--------  -----  -----\nB-1234    1/5    Faktura\n", ["B-1234"]),
        # The cell must hold the value and nothing else; the header must fill its cell.
        ("Dato;Bilagsnr;Beløb\n1/5;se B-1234;12\n", []),
        ("Dato;Bilagsnr og dato;Beløb\n1/5;B-1234;12\n", []),
        # The header must head its table: a label in a row below is no header.
        ("Dato;Tekst;Beløb\n1/5;Bilagsnr;12\n2/5;B-1234;13\n", []),
        # Not a table: a label in prose.
        ("Bilagsnr B-1234 er betalt.\n", []),
    ],
)
def test_column_reads_the_cells_under_a_matching_header(tmp_path, table, found):
    pack = load_pack(write(tmp_path / "ours.toml", _COLUMN_PACK))
    assert [table[s.start : s.end] for s in pack.find(table)] == found


def test_column_is_checked_when_the_pack_is_loaded(tmp_path):
    from promptlint.errors import PackError

    bad = _COLUMN_PACK.replace("column = '(?i:bilagsnr\\.?)'", "column = '(?i:bilagsnr'")
    with pytest.raises(PackError, match="bad regex"):
        load_pack(write(tmp_path / "bad.toml", bad))
    for value in ("''", "3"):
        broken = _COLUMN_PACK.replace("column = '(?i:bilagsnr\\.?)'", f"column = {value}")
        with pytest.raises(PackError, match="column must be a regex"):
            load_pack(write(tmp_path / "broken.toml", broken))
    reach = _COLUMN_PACK.replace('keywords = ["bilag"]', 'keywords = ["bilag"]\nreach = "line"')
    with pytest.raises(PackError, match="no reach"):
        load_pack(write(tmp_path / "reach.toml", reach))


def test_column_finds_the_same_in_a_long_text(tmp_path):
    # A long text is read only on the keywords' table lines; a table there is still read.
    from promptlint import packs

    pack = load_pack(write(tmp_path / "ours.toml", _COLUMN_PACK))
    table = "Dato        Bruger   Bilagsnr\n2025-01-02  AKJ      B-1234\n"
    text = _FILLER + table + _FILLER
    assert len(text) > packs.WINDOW_MIN
    assert [text[s.start : s.end] for s in pack.find(text)] == ["B-1234"]


def test_the_shipped_packs_scan_their_own_files():
    # A pack's own TOML is dense with its keywords: quoted phrases between '", "' runs. A
    # sentence window that could split such a run many ways ran for minutes on one 314-character
    # line of decisions.toml (AD008's "same sentence" look-ahead); it now reads word by word.
    result = runner.invoke(app, ["check", str(patterns_dir() / "packs"), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    line = ", ".join(f'"{w}"' for w in ["du afgøre", "skal du", "om hun", "dig til at"] * 12)
    result = runner.invoke(app, ["check", "-", "--format", "json"], input=f"  {line},\n")
    assert result.exit_code in (0, 1), result.output
