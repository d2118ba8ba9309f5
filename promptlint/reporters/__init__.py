"""Reporters render a finished :class:`Report`; they never detect, filter or decide anything."""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

from promptlint.guidelines import GuidelineSet
from promptlint.messages import note_text
from promptlint.model import Finding, Rule

_ENTITY, _SEVERITY, _CODE = (
    attrgetter("rule.entity"),
    attrgetter("severity"),
    attrgetter("rule.code"),
)


class Report:
    """Everything a reporter renders: the findings, the rules and guidelines they point to, and
    what happened to the inputs."""

    def __init__(
        self,
        findings: list[Finding],
        rules: dict[str, Rule],
        guidelines: GuidelineSet,
        lang: str = "da",
        show_values: bool = False,
        files_scanned: int = 0,
        files_skipped: int = 0,
        notes: dict[str, list[str]] | None = None,
        problems: list[tuple[str, str]] | None = None,
        line_texts: dict[tuple[str, int], str] | None = None,
    ) -> None:
        self.findings = findings
        self.rules = rules
        self.guidelines = guidelines
        self.lang = lang
        self.show_values = show_values
        self.files_scanned = files_scanned
        self.files_skipped = files_skipped
        self.notes = {} if notes is None else notes
        self.problems = [] if problems is None else problems
        self.line_texts = {} if line_texts is None else line_texts

    # Counted with C getters (a dense report has tens of thousands of findings).
    def by_entity(self) -> dict[str, int]:
        return dict(sorted(Counter(map(_ENTITY, self.findings)).items()))

    def by_severity(self) -> dict[str, int]:
        return dict(sorted((str(s), n) for s, n in Counter(map(_SEVERITY, self.findings)).items()))

    def by_rule(self) -> dict[str, int]:
        return dict(sorted(Counter(map(_CODE, self.findings)).items()))

    def files_with_findings(self) -> int:
        return len({f.path for f in self.findings})

    def summary(self) -> dict:
        return {
            "findings": len(self.findings),
            "files_scanned": self.files_scanned,
            "files_with_findings": self.files_with_findings(),
            "files_skipped": self.files_skipped,
            "by_entity": self.by_entity(),
            "by_severity": self.by_severity(),
            "by_rule": self.by_rule(),
            "errors": [{"path": p, "message": m} for p, m in self.problems],
            "notes": [
                {"path": p, "message": note_text(m, self.lang)}
                for p, ms in self.notes.items()
                for m in ms
            ],
        }

    def used_rules(self) -> list[Rule]:
        codes = sorted({f.rule.code for f in self.findings})
        return [self.rules[c] for c in codes]
