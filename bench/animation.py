"""Animation: what the technique's motion costs while a session runs, and while it is paused.

``child`` runs the real window from ``build()`` with the real clock and real Qt timers
(offscreen) at a given size, starts a session, presses Next once (the evening routine's
"Stroke the whole foot": a marker glides down two lanes on the sole and the top; the step is
set to 5 minutes so that no step change falls inside the measurement), waits 2 s and measures
a running stretch, then pauses through the window's Start/Pause action and measures a paused
stretch. CPU and wake-ups are measured as in ``bench/idle.py``; ``frames`` counts the overlay's
frames. The voice is off (it would speak at the step change). ``frame_ms`` (diagnosis) sets the
frame interval before the overlay is made, to compare frame rates; ``animations`` False
measures the same step with the still glyphs only.
"""

from __future__ import annotations

from typing import Any

from bench.idle import _measure
from bench.proc import run_child

SIZES = ((1280, 800), (1920, 1080))
STEP = "stroke-whole-foot"


def child(args: dict[str, Any]) -> dict[str, Any]:
    from bench.qt import after_first_paint, real_app, show_real_window, spin, thread_count
    from footcare_gui.core.session import State
    from footcare_gui.ui import foot_motion

    if args.get("frame_ms"):
        foot_motion.FRAME_MS = int(args["frame_ms"])
    durations = {"evening-reflexology": {STEP: 300}}
    # The voice is off: it speaks at each step, and this measures the motion alone.
    _app, window, controller = real_app(
        args["folder"], animations=args.get("animations", True), durations=durations, voice=False
    )
    window.resize(*args["size"])
    show_real_window(window)
    after_first_paint(controller)
    controller.begin()
    spin(300)
    window.next_action.trigger()  # the stroke, with its motion
    session = controller.session
    assert session is not None and session.current.step.id == STEP
    spin(args["warmup_ms"])
    feet = window.session_page.feet
    motion = feet.motion
    frames0 = motion.frames if motion is not None else 0
    running = _measure(args["running_s"])
    running["frames"] = (motion.frames if motion is not None else 0) - frames0
    running["fps"] = round(running["frames"] / running["wall_s"], 2)
    running["animating"] = motion is not None and motion.running()
    window.toggle_action.trigger()  # Space: pause
    assert session.state is State.PAUSED
    spin(200)
    frames0 = motion.frames if motion is not None else 0
    paused = _measure(args["paused_s"])
    paused["frames"] = (motion.frames if motion is not None else 0) - frames0
    canvas = feet.canvas
    return {
        "size": list(args["size"]),
        "canvas": [canvas.width(), canvas.height()],
        "frame_ms": foot_motion.FRAME_MS,
        "running": running,
        "paused": paused,
        "threads": thread_count(),
    }


def run(quick: bool, log: Any = print) -> dict[str, Any]:
    base = {
        "warmup_ms": 300 if quick else 2000,
        "running_s": 2.0 if quick else 60.0,
        "paused_s": 2.0 if quick else 30.0,
    }
    out: dict[str, Any] = {"running_s": base["running_s"], "paused_s": base["paused_s"]}
    for w, h in SIZES:
        moving, paused = base["running_s"], base["paused_s"]
        log(f"  animation: {w}x{h}, {moving:.0f} s moving + {paused:.0f} s paused")
        out[f"{w}x{h}"] = run_child("animation:child", {**base, "size": [w, h]}, timeout=300)
    if quick:
        return out
    short = {**base, "running_s": 30.0, "paused_s": 2.0, "size": [1920, 1080]}
    log("  animation: the same step with animations off, 30 s")
    out["still_1920x1080"] = run_child("animation:child", {**short, "animations": False})
    rates: dict[str, Any] = {}
    for ms in (66, 50, 40, 33):
        log(f"  animation: frame interval {ms} ms at 1920x1080, 30 s (diagnosis)")
        rates[str(ms)] = run_child("animation:child", {**short, "frame_ms": ms}, timeout=300)
    out["frame_rates"] = rates
    return out
