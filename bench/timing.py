"""Timing accuracy of step changes, against the wall clock and in a fake-clock simulation.

``child``: a routine of short steps built in code runs with the real clock through the real
AppController (its real single-shot PreciseTimer) in the real window, with stand-ins for
sound and the screen hold. Each ``step_changed`` emission is stamped with ``time.monotonic()``
and compared with the step's planned boundary: session start + the durations before it.

``simulate``: the pure engine over a fake clock, a 30-minute session with 50 random pauses and
irregular updates; every StepStarted and the SessionFinished must land exactly on their planned
instants (start + running time before them + paused time before them).
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.proc import run_child
from bench.stats import median
from footcare_gui.core.plan import PlannedStep, build_plan
from footcare_gui.core.routines import Per, Routine, Step, StepView, Technique
from footcare_gui.core.zones import Foot


def make_step(
    sid: str, duration: int, per: Per = Per.FOOT, zones: Sequence[str] = ("arch",)
) -> Step:
    """A step built in code (as tests/plans.py does): durations below the file minimum are
    allowed here, so the quick run can use 1-second steps."""
    return Step(
        id=sid,
        title=sid.replace("-", " ").capitalize(),
        instruction=f"Do {sid}.",
        why="It feels good.",
        technique=Technique.PRESS,
        view=StepView.SOLE,
        zones=tuple(zones),
        duration=duration,
        min_duration=1,
        max_duration=max(duration, 600),
        per=per,
    )


def make_routine(
    foot: Sequence[int], switch: int, prep: int | None = None, end: int | None = None
) -> Routine:
    zones = ("arch", "heel", "toes")
    steps = tuple(make_step(f"s{i}", d, zones=(zones[i % 3],)) for i, d in enumerate(foot))
    before = (make_step("prep", prep, Per.SESSION, ()),) if prep else ()
    after = (make_step("end", end, Per.SESSION, ()),) if end else ()
    return Routine(
        id="bench",
        title="Benchmark",
        summary="Short steps for the timing benchmark.",
        steps=(*before, *steps, *after),
        switch=make_step("switch", switch, Per.SESSION, ()),
    )


class _StandInSound:
    def play(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def is_ok(self) -> bool:
        return True


class _StandInAwake:
    def inhibit(self, reason: str) -> object:
        return 1

    def uninhibit(self, cookie: object) -> None: ...


def stand_in_app(folder: str, routine: Routine, **fields: Any) -> tuple[Any, Any, Any]:
    """The real window and AppController on one routine, with stand-ins for sound and the
    screen hold, its settings in ``folder`` (precautions seen, plus ``fields``)."""
    from bench.child import write_settings
    from footcare_gui.ui.app_controller import AppController
    from footcare_gui.ui.application import make_application
    from footcare_gui.ui.awake import ScreenAwake
    from footcare_gui.ui.main_window import MainWindow
    from footcare_gui.ui.settings_controller import SettingsController
    from footcare_gui.ui.sound import SoundPlayer

    fields.setdefault("voice", False)  # never the machine's speech engine: it can hang
    config = write_settings(folder, precautions_acknowledged=True, routine=routine.id, **fields)
    app = make_application([])
    window = MainWindow()
    settings = SettingsController(Path(config) / "settings.json", app)
    controller = AppController(
        window,
        {routine.id: routine},
        settings,
        sound=SoundPlayer(window, lambda path: _StandInSound()),
        awake=ScreenAwake(_StandInAwake()),
        foot=Foot.RIGHT,
    )
    return app, window, controller


def child(args: dict[str, Any]) -> dict[str, Any]:
    from bench.qt import show_and_wait_paint, spin
    from footcare_gui.core.session import Session, StepStarted

    routine = make_routine(args["foot"], args["switch"], args["prep"], args["end"])
    _app, window, controller = stand_in_app(args["folder"], routine)
    show_and_wait_paint(window, [window])
    spin(300)
    emitted: list[tuple[int, float]] = []
    finished: list[float] = []
    controller.runner.step_changed.connect(lambda i: emitted.append((i, time.monotonic())))
    controller.runner.finished.connect(lambda: finished.append(time.monotonic()))
    controller.begin()
    now = time.monotonic()
    session: Session | None = controller.session
    assert session is not None
    t0 = now - session.elapsed  # the instant the session started, on the same clock
    engine: list[float] = []
    session.subscribe(lambda e: engine.append(e.at) if isinstance(e, StepStarted) else None)
    deadline = time.monotonic() + session.total + 5
    while not finished and time.monotonic() < deadline:
        spin(200)
    plan = session.plan
    boundaries = [t0 + sum(p.duration for p in plan[:k]) for k in range(len(plan) + 1)]
    errors = [(t - boundaries[i]) * 1000 for i, t in emitted if i > 0]
    if finished:
        errors.append((finished[0] - boundaries[-1]) * 1000)
    return {
        "steps": len(plan),
        "durations": [p.duration for p in plan],
        "session_s": session.total,
        "changes": len(errors),
        "errors_ms": [round(e, 3) for e in errors],
        "engine_errors_ms": [
            round((at - boundaries[k + 1]) * 1000, 6) for k, at in enumerate(engine)
        ],
        "finished": bool(finished),
    }


def simulate(seed: int = 20261122) -> dict[str, Any]:
    """The 30-minute session with 50 random pauses on a fake clock (pure engine, no Qt)."""
    from footcare_gui.core.session import Event, Session, SessionFinished, State, StepStarted

    class Clock:
        now = 5000.0

        def __call__(self) -> float:
            return self.now

    rng = random.Random(seed)
    clock = Clock()
    plan: tuple[PlannedStep, ...] = build_plan(
        make_routine((100, 120, 90, 150, 100, 130, 165), 20, 30, 40), Foot.RIGHT
    )
    events: list[Event] = []
    session = Session(plan, clock, warn_seconds=3)
    session.subscribe(events.append)
    session.start()
    t0 = clock.now
    pause_at = sorted(rng.uniform(1, 1790) for _ in range(50))
    paused_total, running = 0.0, 0.0
    paused_before: list[tuple[float, float]] = []
    while session.state is not State.FINISHED:
        step = rng.uniform(0.01, 0.5)
        clock.now += step
        running += step
        session.update()
        if pause_at and running >= pause_at[0] and session.state is State.RUNNING:
            pause_at.pop(0)
            session.pause()
            pause = rng.uniform(0.5, 4.0)
            for _ in range(8):
                clock.now += pause / 8
                session.update()
            paused_total += pause
            paused_before.append((running, paused_total))
            session.resume()

    def paused_up_to(run_time: float) -> float:
        return max((p for r, p in paused_before if r <= run_time), default=0.0)

    starts = [e.at for e in events if isinstance(e, StepStarted)]
    planned, errors = 0.0, []
    for at, p in zip(starts, plan, strict=True):
        errors.append(at - (t0 + planned + paused_up_to(planned)))
        planned += p.duration
    end = next(e.at for e in events if isinstance(e, SessionFinished))
    end_error = end - (t0 + planned + paused_total)
    return {
        "session_s": planned,
        "pauses": len(paused_before),
        "paused_s": round(paused_total, 3),
        "end_error_ms": end_error * 1000,
        "worst_step_error_ms": max(abs(e) for e in errors) * 1000,
        "steps": len(starts),
    }


def run(quick: bool, log: Any = print) -> dict[str, Any]:
    if quick:
        args: dict[str, Any] = {"foot": [1], "switch": 1, "prep": None, "end": None}
    else:  # 5 s steps: 5 + 5 x 5 + 5 + 5 x 5 + 5 = 65 s
        args = {"foot": [5, 5, 5, 5, 5], "switch": 5, "prep": 5, "end": 5}
    log("  timing: real session" + (" (3 x 1 s)" if quick else " (13 x 5 s)"))
    real = run_child("timing:child", args, timeout=300)
    errors = real["errors_ms"]
    log("  timing: 30-minute simulation")
    sim = simulate()
    return {
        "real": {
            **real,
            "median_ms": round(median(errors), 3),
            "worst_ms": round(max(errors, key=abs), 3),
            "median_abs_ms": round(median([abs(e) for e in errors]), 3),
        },
        "simulation": sim,
    }
