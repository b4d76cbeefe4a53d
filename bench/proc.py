"""Run one measuring child process and read back its result line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from typing import Any

from bench import REPO
from bench.child import MARK

PYCACHE = os.path.join(tempfile.gettempdir(), "footcare-bench-pycache")


class ChildError(RuntimeError):
    """A child process failed or printed no result."""


def child_env(folder: str) -> dict[str, str]:
    """The environment of a child: offscreen Qt, every app file inside ``folder``."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.multimedia*=false;qt.qpa.*=false",
        FOOTCARE_GUI_CONFIG_DIR=os.path.join(folder, "config"),
        XDG_CONFIG_HOME=os.path.join(folder, "xdg-config"),
        XDG_DATA_HOME=os.path.join(folder, "xdg-data"),
        XDG_CACHE_HOME=os.path.join(folder, "xdg-cache"),
        XDG_RUNTIME_DIR=folder,
    )
    # Byte-code caches as an installed app has them (pip compiles them at install time), kept
    # out of the work tree; some environments set PYTHONDONTWRITEBYTECODE, which would make
    # every child compile the app's sources again (about 85 ms here).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    # No session bus: the screen-awake hold fails fast, as on a machine without a desktop.
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


# The longest any child may take (``python -m bench --quick`` lowers it: every child of a quick
# run is done in seconds, and tests/test_bench_quick.py must fail, not hang, when one is not).
TIMEOUT_CAP = 600.0


def run_child(
    mode: str,
    args: dict[str, Any] | None = None,
    timeout: float = 600,
    env_extra: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Start ``python -m bench.child mode``, wait, and return its result plus ``t_start``.

    ``t_start`` is ``time.monotonic()`` taken just before the process is created: the child
    reports its own moments on the same clock (CLOCK_MONOTONIC is system-wide on Linux).
    """
    timeout = min(timeout, TIMEOUT_CAP)
    with tempfile.TemporaryDirectory(prefix="footcare-bench-") as folder:
        payload = dict(args or {})
        payload["folder"] = folder
        payload.setdefault("time_limit", max(1.0, timeout - 5))
        cmd = [sys.executable, "-m", "bench.child", mode, json.dumps(payload)]
        env = child_env(folder)
        env.update(env_extra or {})
        t_start = time.monotonic()
        proc = subprocess.Popen(
            cmd,
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            raise ChildError(f"{mode}: timed out after {timeout} s\n{err[-2000:]}") from None
    for line in out.splitlines():
        if line.startswith(MARK):
            result: dict[str, Any] = json.loads(line[len(MARK) :])
            result["t_start"] = t_start
            return result
    raise ChildError(f"{mode}: exit status {proc.returncode}, no result\n{err[-3000:]}")
