"""A process killed at random moments while it records sessions: the database stays whole,
and every session whose commit returned is there."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from footcare_gui.core.history_open import open_history
from footcare_gui.core.history_record import Outcome

KILLS = 200

# As in test_settings_kill: one `python -c` process imports the code once, then forks a
# writer per run, which records sessions in a loop (a row in progress after the first step,
# updated after each step, then finished) until the test kills it with SIGKILL. After every
# commit returns, the writer says so on stdout: "<id> <steps done> <outcome>".
ZYGOTE = """
import os, sys
from datetime import UTC, date, datetime
from pathlib import Path
from footcare_gui.core.history_open import open_history
from footcare_gui.core.history_record import Outcome, SessionRecord
from footcare_gui.core.zones import Foot

for line in sys.stdin:
    path = Path(line.strip())
    pid = os.fork()
    if pid == 0:
        try:
            store = open_history(path)
            assert store.writable, store.notices
            os.write(1, f"ready {os.getpid()}\\n".encode())
            now = datetime.now(UTC)
            while True:
                r = SessionRecord(now, now, 60, date(2026, 3, 10), "evening-reflexology",
                                  "Evening reflexology", Foot.LEFT, 1320, 60, 1, 5,
                                  Outcome.IN_PROGRESS, 3)
                for steps in range(1, 6):
                    r = store.save(r.__class__(**{**{f: getattr(r, f) for f in r.__slots__},
                                                  "steps_done": steps, "done_s": 60 * steps}))
                    os.write(1, f"{r.id} {steps} in_progress\\n".encode())
                r = store.save(r.__class__(**{**{f: getattr(r, f) for f in r.__slots__},
                                              "outcome": Outcome.FINISHED}))
                os.write(1, f"{r.id} 5 finished\\n".encode())
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    os.write(1, f"dead {os.waitstatus_to_exitcode(status)}\\n".encode())
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_kill_while_recording_never_loses_a_committed_session(tmp_path: Path) -> None:
    rng = random.Random(20261129)
    path = tmp_path / "history.sqlite3"
    committed: dict[int, tuple[int, str]] = {}  # id -> the last state its writer saw committed

    def seen(line: str) -> None:
        rid, steps, outcome = line.split()
        committed[int(rid)] = (int(steps), outcome)

    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert zygote.stdin is not None
    assert zygote.stdout is not None
    torn = 0
    try:
        for _ in range(KILLS):
            zygote.stdin.write(f"{path}\n".encode())
            zygote.stdin.flush()
            word, pid = zygote.stdout.readline().split()
            assert word == b"ready"
            # Let the writer commit a random number of times first (0 to 2 sessions' worth), so
            # that how far it gets does not depend on how fast this machine's disk is today
            # (a real sleep alone got 128 sessions in 200 kills on a loaded machine), then kill
            # it a real, random moment later: between commits or in the middle of one.
            for _ in range(rng.randint(0, 12)):
                seen(zygote.stdout.readline().decode())
            time.sleep(rng.uniform(0, 0.01))
            os.kill(int(pid), signal.SIGKILL)
            while (line := zygote.stdout.readline().decode()).split()[0] != "dead":
                seen(line)
            assert line == f"dead {-signal.SIGKILL}\n"
            with open_history(path) as store:  # also closes the killed writer's row
                assert store.writable
                assert store.notices == []
                rows = {r.id: r for r in store.sessions()}
            torn += sum(1 for r in rows.values() if r.outcome is Outcome.LEFT)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=10)
        zygote.stdout.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with open_history(path) as store:
        rows = {r.id: r for r in store.sessions()}
    assert len(committed) > KILLS  # the writers got far enough to matter
    for rid, (steps, outcome) in committed.items():
        row = rows[rid]
        assert row.steps_done >= steps
        if outcome == "finished":
            assert row.outcome is Outcome.FINISHED
        else:
            assert row.outcome in (Outcome.LEFT, Outcome.FINISHED)
    assert not [r for r in rows.values() if r.outcome is Outcome.IN_PROGRESS]
    assert torn > 0  # some kills really landed in the middle of a session
