"""Shared fixtures for promptlint's tests. Kept small: helpers belong in the test that uses them."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # Slow tests (the real pre-commit framework, which builds its own venv) still run in CI;
    # `-m "not slow"` skips them locally.
    config.addinivalue_line("markers", "slow: drives external tools; takes tens of seconds")


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A clean working directory with no config above it and no colour settings from outside.

    promptlint looks for `.promptlint.toml` / `pyproject.toml` upwards from the current
    directory, so every CLI test runs in its own empty directory.
    """
    monkeypatch.chdir(tmp_path)
    for var in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "PROMPTLINT_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path
