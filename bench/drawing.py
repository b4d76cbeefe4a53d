"""Drawing: the time to redraw the foot diagrams on a step change at 1920x1080.

``child`` shows a FootView alone at 1920x1080 and times ``show_step(...)`` + ``repaint()`` (a
synchronous paint) for steps of the shipped evening routine, in three cache states:

* cached: alternating between two steps already drawn once (the composed frames are cached);
* new step: FootView's composed-frame cache emptied before each draw, so the frame is composed
  from the cached plain-foot pixmaps: what a step seen for the first time costs;
* cold: every cache emptied (frames, plain feet), as after a theme change.

``window_child`` shows the real main window at 1920x1080 and walks a whole session with the
Next action, timing ``trigger()`` + ``processEvents()`` (the controller's update and every
repaint it causes, labels and ring included): once pressing Next at once (each new step's
picture composed on the spot), once with the next step prepared first, as the controller's
timer does soon after every step change (it prepares the next and the previous step); then
with the real timers running, a press every 150 ms (Next, Next, Previous, ...), as a person
hurrying through: the frames kept (the shown step and its two neighbours) and their memory.
"""

from __future__ import annotations

import time
from typing import Any

from bench.proc import run_child
from bench.stats import summary

SIZE = (1920, 1080)


def _states() -> list[dict[str, Any]]:
    from footcare_gui.assets import asset_path
    from footcare_gui.core.plan import build_plan
    from footcare_gui.core.routines import load_routines
    from footcare_gui.core.zones import Foot

    routine = load_routines(asset_path("routines")).routines["evening-reflexology"]
    out: list[dict[str, Any]] = []
    for p in build_plan(routine, Foot.RIGHT):
        state = {
            "zones": p.step.zones,
            "view": p.step.view,
            "technique": p.step.technique,
            "active_foot": p.foot,
        }
        if state not in out:
            out.append(state)
    return [s for s in out if s["zones"]]  # steps that highlight something


def child(args: dict[str, Any]) -> dict[str, Any]:
    from bench.qt import show_and_wait_paint
    from footcare_gui.core.feet_shown import feet_shown
    from footcare_gui.ui.application import make_application
    from footcare_gui.ui.foot_view import FootView

    make_application([])
    view = FootView()
    view.resize(*SIZE)
    show_and_wait_paint(view, [view])
    states = _states()
    n = args["draws"]

    def draw(state: dict[str, Any]) -> float:
        t = time.perf_counter()
        view.show_feet(feet_shown(**state))
        view.repaint()
        return (time.perf_counter() - t) * 1000

    def frames_clear() -> None:
        view._frames.clear()

    def all_clear() -> None:
        view._frames.clear()
        view._painter.clear()

    out: dict[str, Any] = {"size": list(SIZE), "distinct_steps": len(states)}
    a, b = states[0], states[1]
    draw(a), draw(b)
    out["cached_ms"] = summary([draw(b if i % 2 else a) for i in range(n)], 3)
    new: list[float] = []
    cold: list[float] = []
    for i in range(n):
        frames_clear()
        new.append(draw(states[i % len(states)]))
    for i in range(n):
        all_clear()
        cold.append(draw(states[i % len(states)]))
    out["new_step_ms"] = summary(new, 3)
    out["cold_ms"] = summary(cold, 3)
    out["canvas"] = [view.canvas.width(), view.canvas.height()]
    return out


def window_child(args: dict[str, Any]) -> dict[str, Any]:
    from bench.qt import FakeClock, after_first_paint, real_app, show_real_window, spin
    from footcare_gui.core.session import State

    app, window, controller = real_app(args["folder"])
    window.resize(*SIZE)
    show_real_window(window)
    after_first_paint(controller)
    controller.runner.clock = FakeClock()
    controller.begin()
    app.processEvents()
    page = window.session_page

    def walk(prepare: bool) -> list[float]:
        times: list[float] = []
        while controller.session.state is State.RUNNING and len(times) < args["steps"]:
            if prepare:  # what the controller's timer does half a second into each step
                page.prepare_next_step(controller.session)
            t = time.perf_counter()
            window.next_action.trigger()
            app.processEvents()
            times.append((time.perf_counter() - t) * 1000)
        return times

    def paced(gap_ms: int) -> list[float]:
        # A person pressing every gap_ms with the real timers running: Next, Next, Previous,
        # ... (the runner prepares both neighbours soon after each change, on its own timer).
        times: list[float] = []
        k = 0
        while controller.session.state is State.RUNNING and len(times) < args["steps"]:
            spin(gap_ms)
            action = window.previous_action if k % 3 == 2 else window.next_action
            k += 1
            t = time.perf_counter()
            action.trigger()
            app.processEvents()
            times.append((time.perf_counter() - t) * 1000)
            frames = page.feet._frames.values()
            kept.append((len(frames), sum(f.pixmap.width() * f.pixmap.height() for f in frames)))
        return times

    def fresh() -> None:
        controller.back_to_start()  # the walk may have finished the session: a new one
        controller.begin()
        app.processEvents()

    rushed = walk(prepare=False)
    fresh()
    prepared = walk(prepare=True)
    fresh()
    kept: list[tuple[int, int]] = []  # after each paced press: frames and their pixels
    quick = paced(args["gap_ms"])
    return {
        "size": [window.width(), window.height()],
        "step_change_ms": summary(rushed, 3),
        "prepared_step_change_ms": summary(prepared, 3),
        "paced_step_change_ms": summary(quick, 3),
        "gap_ms": args["gap_ms"],
        "frames_kept": max(k[0] for k in kept),
        "frames_mib": round(max(k[1] for k in kept) * 4 / 2**20, 1),  # 32-bit pixels
    }


def run(quick: bool, log: Any = print) -> dict[str, Any]:
    log("  drawing: FootView at 1920x1080")
    view = run_child("drawing:child", {"draws": 4 if quick else 60}, timeout=300)
    log("  drawing: main window at 1920x1080")
    window = run_child(
        "drawing:window_child", {"steps": 3 if quick else 100, "gap_ms": 150}, timeout=300
    )
    return {
        "foot_view": {k: v for k, v in view.items() if k != "t_start"},
        "window": {k: v for k, v in window.items() if k != "t_start"},
    }
