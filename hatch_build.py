"""Wheel build hook: ship the patterns pre-compiled and the TOML pre-parsed (see
promptlint/_prebuilt.py).

Runs ``python -m promptlint._prebuilt build`` against the source tree with the build environment's
Python (which has the runtime dependencies: ``require-runtime-dependencies`` in pyproject.toml)
and adds the table to the wheel as ``promptlint/_patterns.cache``. If that fails the wheel is
built without it: promptlint then compiles and parses at start-up, slower but the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class PatternCacheHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="promptlint-build-")
        out = Path(self._tmp.name) / "_patterns.cache"
        # Keep the build environment's own PYTHONPATH (pip's isolated build puts the build
        # dependencies there) and put the source tree first.
        path = os.pathsep.join(p for p in (self.root, os.environ.get("PYTHONPATH", "")) if p)
        env = dict(os.environ, PYTHONPATH=path, PYTHONDONTWRITEBYTECODE="1")
        result = subprocess.run(
            [sys.executable, "-m", "promptlint._prebuilt", "build", str(out)],
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not out.is_file():
            self.app.display_warning(
                "promptlint: no pre-compiled pattern table (start-up will be slower): "
                + (result.stderr.strip().splitlines() or ["unknown error"])[-1]
            )
            return
        self.app.display_info(result.stdout.strip())
        build_data["force_include"][str(out)] = "promptlint/_patterns.cache"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()
