"""The real pre-commit framework running promptlint's hook (`.pre-commit-hooks.yaml`).

pre-commit needs the hook repository to be a git repository with a commit, so the test commits
a snapshot of this checkout's tracked files into a temporary repository. pre-commit then builds
its own virtualenv and pip-installs promptlint from that snapshot, which needs the package index
and takes a while: hence `slow`. Both tests share one PRE_COMMIT_HOME, so that environment is
built once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CPR_TEXT = "Notat om borgeren.\nBorgerens CPR-nr.: 010190-1234\n"
CLEAN_TEXT = "Referat af teammødet: vi aftalte at opdatere vejledningen om brug af AI.\n"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
    pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs a git checkout of promptlint"),
]


def _git(*args: str, cwd: Path, env: dict[str, str], check: bool = True):
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, check=check, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    base = tmp_path_factory.mktemp("precommit")
    empty_config = base / "gitconfig"
    empty_config.write_text("", encoding="utf-8")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(base / "cache"),
        # A user's global git config (core.hooksPath, templates) must not change the result.
        "GIT_CONFIG_GLOBAL": str(empty_config),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }
    for var in ("NO_COLOR", "FORCE_COLOR", "PROMPTLINT_DEBUG", "GIT_DIR", "GIT_INDEX_FILE"):
        env.pop(var, None)
    # The hook repository: this checkout's tracked files as they are on disk, committed into a
    # fresh repository (like a clone, but it tests the code about to be committed, not HEAD).
    hook_repo = base / "promptlint"
    tracked = _git("ls-files", "-z", cwd=ROOT, env=env).stdout.split("\0")
    for rel in filter(None, tracked):
        source = ROOT / rel
        if source.is_file():
            target = hook_repo / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git("init", "--quiet", "-b", "main", cwd=hook_repo, env=env)
    _git("add", "-A", cwd=hook_repo, env=env)
    _git("commit", "--quiet", "-m", "snapshot", cwd=hook_repo, env=env)
    rev = _git("rev-parse", "HEAD", cwd=hook_repo, env=env).stdout.strip()
    return base, env, hook_repo, rev


def _new_repo(base: Path, name: str, env) -> Path:
    repo = base / name
    repo.mkdir()
    _git("init", "--quiet", "-b", "main", cwd=repo, env=env)
    return repo


def _pre_commit(*args: str, cwd: Path, env):
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_try_repo_blocks_a_cpr_number_and_passes_clean_text(setup):
    base, env, hook_repo, rev = setup
    repo = _new_repo(base, "try", env)
    (repo / "notat.txt").write_text(CPR_TEXT, encoding="utf-8")
    (repo / "referat.md").write_text(CLEAN_TEXT, encoding="utf-8")
    _git("add", "notat.txt", "referat.md", cwd=repo, env=env)

    dirty = _pre_commit(
        "try-repo",
        str(hook_repo),
        "promptlint",
        "--ref",
        rev,
        "--files",
        "notat.txt",
        cwd=repo,
        env=env,
    )
    output = dirty.stdout + dirty.stderr
    assert dirty.returncode == 1, output
    assert "notat.txt:2:20: ID001" in output
    assert "010190-1234" not in output  # the hook never prints the value

    clean = _pre_commit(
        "try-repo",
        str(hook_repo),
        "promptlint",
        "--ref",
        rev,
        "--files",
        "referat.md",
        cwd=repo,
        env=env,
    )
    assert clean.returncode == 0, clean.stdout + clean.stderr


def test_installed_hook_blocks_the_commit(setup):
    base, env, hook_repo, rev = setup
    repo = _new_repo(base, "commit", env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_posix()}\n    rev: {rev}\n"
        "    hooks:\n      - id: promptlint\n",
        encoding="utf-8",
    )
    installed = _pre_commit("install", cwd=repo, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    _git("add", ".pre-commit-config.yaml", cwd=repo, env=env)
    _git("commit", "--quiet", "-m", "config", cwd=repo, env=env)
    first = _git("rev-parse", "HEAD", cwd=repo, env=env).stdout.strip()

    # A staged file with a CPR number: the commit is refused and HEAD does not move.
    (repo / "notat.txt").write_text(CPR_TEXT, encoding="utf-8")
    _git("add", "notat.txt", cwd=repo, env=env)
    blocked = _git("commit", "-m", "notat", cwd=repo, env=env, check=False)
    assert blocked.returncode != 0, blocked.stdout + blocked.stderr
    assert "ID001" in blocked.stdout + blocked.stderr
    assert _git("rev-parse", "HEAD", cwd=repo, env=env).stdout.strip() == first

    # Clean text (and an empty file, which the hook allows) commits fine.
    _git("rm", "--cached", "--quiet", "notat.txt", cwd=repo, env=env)
    (repo / "referat.md").write_text(CLEAN_TEXT, encoding="utf-8")
    (repo / "tom.txt").write_text("", encoding="utf-8")
    _git("add", "referat.md", "tom.txt", cwd=repo, env=env)
    passed = _git("commit", "-m", "referat", cwd=repo, env=env, check=False)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert _git("rev-parse", "HEAD", cwd=repo, env=env).stdout.strip() != first
