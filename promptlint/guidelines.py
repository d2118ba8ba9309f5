"""The guideline set that findings point to (by default Digitaliseringsministeriet's five rules)."""

from __future__ import annotations

from pathlib import Path

from promptlint.errors import ConfigError
from promptlint.model import Record
from promptlint.resources import patterns_dir, read_toml


class Guideline(Record):
    __slots__ = _fields = ("id", "title", "explanation", "always")

    def __init__(
        self, id: int, title: dict[str, str], explanation: dict[str, str], always: bool  # noqa: A002
    ) -> None:
        self.id = id
        self.title = title
        self.explanation = explanation
        self.always = always

    def text(self, attr: str, lang: str) -> str:
        texts = getattr(self, attr)
        return texts.get(lang) or texts.get("da", "")


class GuidelineSet(Record):
    __slots__ = _fields = ("id", "title", "reference", "url", "guidelines")

    def __init__(
        self,
        id: str,  # noqa: A002 - the set's name in its file
        title: dict[str, str],
        reference: str,
        url: str,
        guidelines: dict[int, Guideline],
    ) -> None:
        self.id = id
        self.title = title
        self.reference = reference
        self.url = url
        self.guidelines = guidelines

    def get(self, gid: int) -> Guideline | None:
        return self.guidelines.get(gid)

    def always_applying(self) -> list[Guideline]:
        return [g for g in self.guidelines.values() if g.always]


DEFAULT_GUIDELINES = "digst-2025.toml"


def load_guidelines(path: Path | None = None) -> GuidelineSet:
    path = path or patterns_dir() / "guidelines" / DEFAULT_GUIDELINES
    data = read_toml(path, ConfigError)
    try:
        source = data["source"]
        items = data["guideline"]
        guidelines = {}
        for item in items:
            gid = int(item["id"])
            guidelines[gid] = Guideline(
                id=gid,
                title=dict(item["title"]),
                explanation=dict(item.get("explanation", {})),
                always=bool(item.get("always", False)),
            )
        return GuidelineSet(
            id=str(source["id"]),
            title=dict(source["title"]),
            reference=str(source.get("reference", "")),
            url=str(source.get("url", "")),
            guidelines=guidelines,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: not a guideline set: missing or bad key {exc}") from None
