"""A process killed in the middle of saving leaves the old settings or the new, never a mix."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from footcare_gui.core.settings import Settings, Theme, settings_to_dict
from footcare_gui.core.settings_file import load_settings

KILLS = 200

# One `python -c` process imports the code once, then forks a saver per run: a fresh
# interpreter per kill would spend ~100 ms starting up, 200 times over. Each saver is its own
# process, saving in a loop until the test kills it with SIGKILL.
ZYGOTE = """
import itertools, os, sys
from pathlib import Path
from footcare_gui.core.settings import Settings, Theme
from footcare_gui.core.settings_file import save_settings

a = Settings(volume=10, theme=Theme.LIGHT)
b = Settings(volume=90, theme=Theme.NIGHT, durations={"r": {"s": 120}}, sound=False)
for line in sys.stdin:
    path = Path(line.strip())
    pid = os.fork()
    if pid == 0:
        try:
            save_settings(path, a)
            os.write(1, f"ready {os.getpid()}\\n".encode())
            for s in itertools.cycle((b, a)):
                save_settings(path, s)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    os.write(1, f"dead {os.waitstatus_to_exitcode(status)}\\n".encode())
"""

A = settings_to_dict(Settings(volume=10, theme=Theme.LIGHT))
B = settings_to_dict(
    Settings(volume=90, theme=Theme.NIGHT, durations={"r": {"s": 120}}, sound=False)
)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_kill_during_save_never_tears_the_file(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    seen: dict[int, int] = {10: 0, 90: 0}
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert zygote.stdin is not None
    assert zygote.stdout is not None
    try:
        for run in range(KILLS):
            path = tmp_path / f"run{run}" / "settings.json"
            zygote.stdin.write(f"{path}\n".encode())
            zygote.stdin.flush()
            word, pid = zygote.stdout.readline().split()
            assert word == b"ready"
            time.sleep(rng.uniform(0, 0.02))  # a real, random moment in the save loop
            os.kill(int(pid), signal.SIGKILL)
            assert zygote.stdout.readline() == f"dead {-signal.SIGKILL}\n".encode()
            data = json.loads(path.read_text(encoding="utf-8"))
            assert data in (A, B)
            seen[data["volume"]] += 1
            outcome = load_settings(path)  # also clears the killed save's temp file
            assert outcome.messages == ()
            assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=10)
        zygote.stdout.close()
    # Both states showed up, so the kills really landed at different points of the loop.
    assert seen[10] > 0
    assert seen[90] > 0
