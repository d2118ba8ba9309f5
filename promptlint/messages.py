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


def note_text(note: str, lang: str) -> str:
    if lang == "da":
        for pattern, danish in _NOTES_DA:
            if pattern.match(note):
                return pattern.sub(danish, note)
    return note


def t(key: str, lang: str, **fields: object) -> str:
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["da"]
    return text.format(**fields) if fields else text


def severity_label(severity: object, lang: str) -> str:
    return t(f"severity.{severity}", lang)
