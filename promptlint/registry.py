"""Collects every detector: built-in ones, pattern packs and entry-point plugins.

Third-party packages add detectors through the entry-point group ``promptlint.detectors``; the
entry point names a class or a function that returns a detector (an object with ``rules`` and
``find(text)``), or a list of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from promptlint.detectors import Detector
from promptlint.errors import PackError
from promptlint.model import Rule
from promptlint.resources import patterns_dir

ENTRY_POINT_GROUP = "promptlint.detectors"



def builtin_modules() -> list[str]:
    """Every module in ``promptlint.detectors``; each one that defines ``DETECTORS`` contributes.

    Adding a built-in detector is adding a module: no list to edit here.
    """
    import os

    import promptlint.detectors as package

    # A listing of the package's directory, not pkgutil.iter_modules, which imports inspect
    # (6 ms of every start-up).
    names: set[str] = set()
    for directory in package.__path__:
        try:
            entries = os.listdir(directory)
        except OSError:  # pragma: no cover - a package not on a file system
            import pkgutil

            return sorted(
                f"{package.__name__}.{info.name}"
                for info in pkgutil.iter_modules(package.__path__)
                if not info.name.startswith("_")
            )
        for entry in entries:
            stem, dot, suffix = entry.partition(".")
            if dot and suffix == "py" and stem.isidentifier() and not stem.startswith("_"):
                names.add(stem)
    return sorted(f"{package.__name__}.{name}" for name in names)


class Registry:
    def __init__(self, detectors: list[Detector], rules: dict[str, Rule]) -> None:
        self.detectors = detectors
        self.rules = rules

    def rule(self, code: str) -> Rule | None:
        return self.rules.get(code.upper())


def _load_builtin(module_name: str) -> list[Detector]:
    module = importlib.import_module(module_name)
    return [factory() for factory in getattr(module, "DETECTORS", ())]


def plugins_declared() -> bool:
    """Whether any installed distribution declares a ``promptlint.detectors`` entry point.

    A plain scan of the ``entry_points.txt`` files on ``sys.path`` costs a fraction of
    ``importlib.metadata``'s full discovery, which only runs when a plugin is really there.
    """
    import os
    import sys

    needle = ENTRY_POINT_GROUP.encode()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(entry or ".", name, "entry_points.txt"), "rb") as fh:
                    if needle in fh.read():
                        return True
            except OSError:
                continue
    return False


def _load_plugins() -> list[Detector]:
    from importlib.metadata import entry_points

    detectors: list[Detector] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            factory = ep.load()
            made = factory()
        except Exception as exc:  # a plugin's failure must not become a traceback
            raise PackError(f"plugin {ep.name} ({ep.value}): failed to load: {exc}") from None
        items = made if isinstance(made, (list, tuple)) else [made]
        for item in items:
            if not isinstance(item, Detector):
                raise PackError(
                    f"plugin {ep.name} ({ep.value}): not a detector (needs 'rules' and 'find(text)')"
                )
            detectors.append(item)
    return detectors


def build_registry(
    pattern_dirs: Sequence[Path] = (), plugins: bool = True, builtin: Iterable[str] | None = None
) -> Registry:
    from promptlint.packs import ORGANISATION_PRIORITY, load_pack_dir

    detectors: list[Detector] = []
    for module_name in builtin_modules() if builtin is None else builtin:
        detectors += _load_builtin(module_name)
    shipped = patterns_dir() / "packs"
    # git and wheels drop empty directories: a release without shipped packs is still whole.
    if shipped.is_dir():
        detectors += load_pack_dir(shipped, lazy=True)
    for directory in pattern_dirs:
        detectors += load_pack_dir(directory, ORGANISATION_PRIORITY)
    if plugins and plugins_declared():
        detectors += _load_plugins()

    rules: dict[str, Rule] = {}
    for detector in detectors:
        for rule in detector.rules:
            if rule.code in rules:
                first = rules[rule.code].source
                raise PackError(
                    f"{rule.source}: rule code {rule.code} is already defined by {first}"
                )
            rules[rule.code] = rule
    return Registry(detectors, rules)
