"""The history: opening the History page over ten years of nightly sessions, recording a
session, and opening the database after the first paint.

``child`` fills ``history.sqlite3`` with one session every evening for ten years (3,650 rows;
365 in a quick run; the filling is not timed), builds the real window with ``build()`` at
1920x1080, waits for its first paint, then times, with ``time.perf_counter()``:

* *open*: ``controller.history.open()``, what the timer 200 ms after the first paint runs:
  importing ``sqlite3`` and the history modules, opening, ``quick_check``, closing any
  session a crash left open;
* *History page*: the View → History action (``trigger()``) followed by ``repaint()`` of the
  window (a synchronous paint of the whole page): the first opening builds the page and
  imports its modules; then back and forth ``n`` times (each opening reads the database
  again and redraws everything);
* *recording*: a real ``Session`` over a fake clock followed by the real recorder: the row
  written when the first step ends, and ``finish()`` (the write the summary waits for), then
  ``session_finished()`` of the HistoryController, everything the summary waits for (the
  write, the evenings read back, the streak worked out, the words set).
"""

from __future__ import annotations

import os
import tempfile
import time
from typing import Any

from bench.proc import run_child
from bench.stats import summary

SIZE = (1920, 1080)


def fill(path: str, evenings: int) -> None:
    """``evenings`` nightly sessions ending last night (not timed)."""
    import random
    from datetime import UTC, timedelta
    from pathlib import Path

    from footcare_gui.core.history_open import open_history
    from footcare_gui.core.history_record import Outcome, SessionRecord, evening_of, local_now
    from footcare_gui.core.zones import Foot

    rng = random.Random(3650)
    tonight = local_now().replace(hour=21, minute=30, second=0, microsecond=0)
    store = open_history(Path(path))
    for n in range(evenings, 0, -1):
        start = tonight - timedelta(days=n)
        r = SessionRecord(
            started=start.astimezone(UTC),
            ended=(start + timedelta(minutes=23)).astimezone(UTC),
            utc_offset_min=0,
            evening=evening_of(start),
            routine_id="evening-reflexology",
            routine_title="Evening reflexology",
            first_foot=Foot.LEFT,
            planned_s=1320,
            done_s=rng.choice((1320, 1320, 1320, 480, 700)),
            steps_done=19,
            steps_total=19,
            outcome=Outcome.FINISHED,
            feel_before=rng.randint(1, 4),
            feel_after=rng.randint(3, 5),
        )
        store.save(r)
    store.close()


def child(args: dict[str, Any]) -> dict[str, Any]:
    import shutil

    from bench.qt import FakeClock, show_and_wait_paint, spin
    from footcare_gui.assets import asset_path
    from footcare_gui.cli import parse_args
    from footcare_gui.core.routines import load_routines
    from footcare_gui.ui.application import build, make_application

    config = os.path.join(args["folder"], "config")
    os.makedirs(config, exist_ok=True)
    shutil.copy(args["db"], os.path.join(config, "history.sqlite3"))  # filled by fill_child
    app = make_application([])
    options = parse_args(["--config-dir", config, "--foot", "right"])
    window, controller = build(options, load_routines(asset_path("routines")), app)
    window.resize(*SIZE)
    show_and_wait_paint(window, [window])
    spin(100)
    history = controller.history
    t0 = time.perf_counter()
    history.open()
    open_ms = (time.perf_counter() - t0) * 1000
    store = history.store
    assert store is not None and store.writable, store and store.notices
    rows = store.count()

    def open_page() -> float:
        t = time.perf_counter()
        window.history_action.trigger()
        window.repaint()
        return (time.perf_counter() - t) * 1000

    first_ms = open_page()
    page = window.history_page
    assert page.total_evenings.text().replace(",", "").replace(".", "") == str(rows)
    again = []
    for _ in range(args["repeats"]):
        window.history_action.trigger()  # back to the start page
        app.processEvents()
        again.append(open_page())
    window.history_action.trigger()
    app.processEvents()
    return {
        "rows": rows,
        "window": list(SIZE),
        "open_ms": round(open_ms, 2),
        "page_first_ms": round(first_ms, 2),
        "page_ms": summary(again, 2),
        "page_worst_ms": round(max([first_ms, *again]), 2),
        **_recording(controller, FakeClock(), args["repeats"]),
    }


def fill_child(args: dict[str, Any]) -> dict[str, Any]:
    """Fill the database in a process of its own, so the measuring child imports ``sqlite3``
    and the history modules for the first time when it opens the store, as the app does."""
    fill(args["db"], args["evenings"])
    return {"filled": args["evenings"]}


def _recording(controller: Any, clock: Any, repeats: int) -> dict[str, Any]:
    """Sessions recorded through the real recorder and HistoryController."""
    from footcare_gui.core.plan import build_plan
    from footcare_gui.core.session import Session
    from footcare_gui.core.zones import Foot

    history = controller.history
    routine = controller.routine
    controller.window.summary_page  # built once, as by the first summary  # noqa: B018
    first_step: list[float] = []
    finish: list[float] = []
    summary_ms: list[float] = []

    def through_first_step() -> None:
        session = Session(build_plan(routine, Foot.RIGHT), clock)
        history.recorder.begin(session, routine, Foot.RIGHT, 2)
        session.start()
        for _s in range(int(session.plan[0].duration) - 1):
            clock.advance(1)
            session.update()
        clock.advance(1)
        t = time.perf_counter()
        session.update()  # the first step ends: its row is written
        first_step.append((time.perf_counter() - t) * 1000)

    for _ in range(repeats):
        through_first_step()
        t = time.perf_counter()
        history.recorder.finish()
        finish.append((time.perf_counter() - t) * 1000)
        through_first_step()
        t = time.perf_counter()
        history.session_finished()
        summary_ms.append((time.perf_counter() - t) * 1000)
    return {
        "record_first_step_ms": summary(first_step, 3),
        "record_finish_ms": summary(finish, 3),
        "summary_history_ms": summary(summary_ms, 3),
    }


def run(quick: bool, log: Any = print) -> dict[str, Any]:
    evenings, repeats = (365, 3) if quick else (3650, 30)
    log(f"  history: {evenings} evenings, page and recording x {repeats}")
    with tempfile.TemporaryDirectory(prefix="footcare-bench-history-") as folder:
        db = os.path.join(folder, "history.sqlite3")
        run_child("history:fill_child", {"db": db, "evenings": evenings}, timeout=600)
        args = {"db": db, "evenings": evenings, "repeats": repeats}
        return run_child("history:child", args, timeout=600)
