"""User-facing strings of the reports and the CLI, in Danish (default) and English."""

from __future__ import annotations

from promptlint import _rx as rx

MESSAGES: dict[str, dict[str, str]] = {
    "guideline": {"da": "Retningslinje", "en": "Guideline"},
    "confidence": {"da": "sikkerhed", "en": "confidence"},
    "severity.error": {"da": "fejl", "en": "error"},
    "severity.warning": {"da": "advarsel", "en": "warning"},
    "severity.info": {"da": "info", "en": "info"},
    "summary.none": {
        "da": "Ingen fund i {files} fil(er). Husk alligevel retningslinjerne, når du bruger AI.",
        "en": "No findings in {files} file(s). The guidelines still apply when you use AI.",
    },
    "summary.found": {
        "da": "{count} fund i {with_findings} af {files} fil(er)",
        "en": "{count} finding(s) in {with_findings} of {files} file(s)",
    },
    "summary.entities": {"da": "Fund pr. type", "en": "Findings per type"},
    "summary.suppressed": {"da": "{n} skjult under --fail-on/--quiet", "en": "{n} hidden by --quiet"},
    "summary.skipped": {
        "da": "{n} fil(er) sprunget over (binære eller tomme)",
        "en": "{n} file(s) skipped (binary or empty)",
    },
    "summary.reminder": {
        "da": "Husk også: {items}.",
        "en": "Remember too: {items}.",
    },
    "summary.values_hidden": {
        "da": "Værdierne er maskeret; brug --show-values for at se dem.",
        "en": "Values are masked; use --show-values to see them.",
    },
    "note": {"da": "note", "en": "note"},
    "explain.what": {"da": "Hvad den finder", "en": "What it does"},
    "explain.why": {"da": "Hvorfor (retningslinje {n})", "en": "Why (guideline {n})"},
    "explain.example": {"da": "Eksempel", "en": "Example"},
    "explain.counter": {"da": "Ikke et fund", "en": "Not a finding"},
    "explain.instead": {"da": "Gør i stedet", "en": "Use instead"},
    "explain.meta": {
        "da": "Type: {entity} · standardniveau: {severity} · kilde: {source}",
        "en": "Entity: {entity} · default severity: {severity} · source: {source}",
    },
    "rules.code": {"da": "Kode", "en": "Code"},
    "rules.name": {"da": "Navn", "en": "Name"},
    "rules.entity": {"da": "Type", "en": "Entity"},
    "rules.severity": {"da": "Niveau", "en": "Severity"},
    "rules.guideline": {"da": "Retningslinje", "en": "Guideline"},
    "usage.no_input": {
        "da": "ingen input: angiv en fil, en mappe eller '-' for stdin (se promptlint check --help)",
        "en": "no input: give a file, a directory or '-' for stdin (see promptlint check --help)",
    },
    "error.unknown_rule": {
        "da": "ukendt regelkode '{code}' (se promptlint rules)",
        "en": "unknown rule code '{code}' (see promptlint rules)",
    },
    "error.unknown_selector": {
        "da": "--select/--ignore: '{sel}' passer ikke på nogen regel (se promptlint rules)",
        "en": "--select/--ignore: '{sel}' matches no rule (see promptlint rules)",
    },
}


# Notes from text extraction are written in English where they arise; Danish reports say them in
# Danish.
_NOTES_DA = (
    (
        rx.compile_re(r"^not valid UTF-8; read as cp1252 \(Windows-1252\)$"),
        "ikke gyldig UTF-8; læst som cp1252 (Windows-1252)",
    ),
    (
        rx.compile_re(r"^not valid UTF-8 from about byte (\d+); read as cp1252 from there$"),
        r"ikke gyldig UTF-8 fra omkring byte \1; læst som cp1252 derfra",
    ),
)


# Input problems too ("<path>: <what>"); the path stays as it is, the rest is said in Danish.
_PROBLEMS_DA = (
    (rx.compile_re(r"^no such file or directory$"), "filen eller mappen findes ikke"),
    (rx.compile_re(r"^is a directory$"), "er en mappe"),
    (rx.compile_re(r"^permission denied$"), "adgang nægtet"),
    (rx.compile_re(r"^cannot read: (.*)$"), r"kan ikke læses: \1"),
    (rx.compile_re(r"^no standard input$"), "intet standardinput"),
    (rx.compile_re(r"^empty input, nothing to check$"), "tomt input, intet at tjekke"),
    (
        rx.compile_re(r"^empty file, nothing to check \(--allow-empty skips it\)$"),
        "tom fil, intet at tjekke (--allow-empty springer den over)",
    ),
    (rx.compile_re(r"^binary input, not text$"), "binært input, ikke tekst"),
    (rx.compile_re(r"^binary file, not text$"), "binær fil, ikke tekst"),
    (rx.compile_re(r"^not valid UTF-8 or cp1252 text$"), "ikke gyldig tekst i UTF-8 eller cp1252"),
    (rx.compile_re(r"^not valid (\S+) text$"), r"ikke gyldig \1-tekst"),
    (
        rx.compile_re(r"^input is larger than the limit of (\d+) bytes \(--max-file-size\)$"),
        r"input er større end grænsen på \1 bytes (--max-file-size)",
    ),
    (
        rx.compile_re(
            r"^file is (\d+) bytes, larger than the limit of (\d+) bytes \(--max-file-size\)$"
        ),
        r"filen er \1 bytes, større end grænsen på \2 bytes (--max-file-size)",
    ),
)


def _danish(table: tuple[tuple[object, str], ...], text: str) -> str:
    for pattern, danish in table:
        if pattern.match(text):  # type: ignore[attr-defined]
            return pattern.sub(danish, text)  # type: ignore[attr-defined]
    return text


def note_text(note: str, lang: str) -> str:
    return _danish(_NOTES_DA, note) if lang == "da" else note


def problem_text(path: str, message: str, lang: str) -> str:
    """An input problem ("<path>: <what>") in the report's language; unknown ones stay as they are."""
    head = f"{path}: "
    if lang != "da" or not message.startswith(head):
        return message
    return head + _danish(_PROBLEMS_DA, message[len(head) :])


def t(key: str, lang: str, **fields: object) -> str:
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["da"]
    return text.format(**fields) if fields else text


def severity_label(severity: object, lang: str) -> str:
    return t(f"severity.{severity}", lang)
