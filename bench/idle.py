"""Idle cost: CPU seconds per minute of wall time while a session runs and while it is paused.

The app child runs the real window and controller from ``build()`` with the real clock and the
real Qt timers (offscreen). After a warm-up it measures a running stretch, then pauses through
the window's Start/Pause action and measures a paused stretch. The Animations preference is
off here (the session's own cost, diagrams still); ``bench/animation.py`` measures the motion.
CPU is ``getrusage`` user + system of the whole process; wake-ups are the GUI thread's context
switches (each one is a sleep and a wake-up), and ``timer_ticks`` counts the controller's own
timer firing. ``painted`` adds up the area of every paint event (per tick and per widget) over
a further ``paint_s`` of running, measured apart: its event filter sees every event of the
process in Python, which added about 10 % to the app's CPU figure when both ran at once.

The bare children show a QLabel: ``bare_child`` idles; with ``clock=True`` a 1 s PreciseTimer
sets the label's text each second, the least a countdown can do.
"""

from __future__ import annotations

import time
from typing import Any

from bench.proc import run_child
from bench.stats import ratio


def _measure(seconds: float) -> dict[str, float]:
    from bench.qt import main_thread_switches, process_cpu_seconds, spin

    cpu0, wall0, sw0 = process_cpu_seconds(), time.monotonic(), main_thread_switches()
    spin(round(seconds * 1000))
    cpu, wall = process_cpu_seconds() - cpu0, time.monotonic() - wall0
    switches = main_thread_switches() - sw0
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 4),
        "cpu_s_per_min": round(60 * cpu / wall, 4),
        "wakeups_per_s": round(switches / wall, 2),
    }


def _paint_counter() -> Any:  # a class made on first use: Qt only in children
    """An event filter that adds up the area of every widget's paint events: what a running
    second repaints (a widget painted under another counts again: that is work done)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QPaintEvent

    class Counter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.px: dict[str, int] = {}
            self.events: dict[str, int] = {}

        def eventFilter(self, obj: QObject, e: QEvent) -> bool:
            if e.type() == QEvent.Type.Paint and isinstance(e, QPaintEvent):
                name = obj.objectName() or type(obj).__name__
                area = sum(r.width() * r.height() for r in e.region())  # type: ignore[attr-defined]
                self.px[name] = self.px.get(name, 0) + area
                self.events[name] = self.events.get(name, 0) + 1
            return False

        def per_tick(self, ticks: int) -> dict[str, Any]:
            n = max(1, ticks)
            return {
                "px_per_tick": round(sum(self.px.values()) / n),
                "paints_per_tick": round(sum(self.events.values()) / n, 2),
                "by_widget_px": {k: round(v / n) for k, v in sorted(self.px.items())},
            }

    return Counter()


def _painted(app: Any, seconds: float, ticks: dict[str, int]) -> dict[str, Any]:
    """What ``seconds`` more of running repaint, per tick of the ``ticks`` counter."""
    from bench.qt import spin

    counter = _paint_counter()
    app.installEventFilter(counter)
    ticks["n"] = 0
    spin(round(seconds * 1000))
    app.removeEventFilter(counter)
    return dict(counter.per_tick(ticks["n"]))


def child(args: dict[str, Any]) -> dict[str, Any]:
    from bench.qt import after_first_paint, real_app, show_real_window, spin, thread_count
    from footcare_gui.core.session import State

    _app, window, controller = real_app(args["folder"], animations=False)  # see bench/animation
    show_real_window(window)
    after_first_paint(controller)
    ticks = {"n": 0}

    def count() -> None:
        ticks["n"] += 1

    controller.runner.timer.timeout.connect(count)  # diagnostics only: how often the app wakes
    controller.begin()
    spin(args["warmup_ms"])  # first chime: sound set-up, first session-page paint
    assert controller.session is not None
    ticks["n"] = 0
    running = _measure(args["running_s"])
    running["timer_ticks"] = ticks["n"]
    running["painted"] = _painted(_app, args["paint_s"], ticks)
    running["state_after"] = str(controller.session.state)
    window.toggle_action.trigger()  # Space: pause
    assert controller.session.state is State.PAUSED
    spin(200)
    ticks["n"] = 0
    paused = _measure(args["paused_s"])
    paused["timer_ticks"] = ticks["n"]
    return {"running": running, "paused": paused, "threads": thread_count()}


def bare_child(args: dict[str, Any]) -> dict[str, Any]:
    import sys

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from bench.qt import show_and_wait_paint, spin, thread_count

    app = QApplication(sys.argv[:1])
    label = QLabel("0:00")
    label.resize(1200, 780)
    show_and_wait_paint(label, [label])
    spin(200)
    out: dict[str, Any] = {"idle": _measure(args["paused_s"])}
    count = {"n": 0}

    def second() -> None:
        count["n"] += 1
        label.setText(f"{count['n'] // 60}:{count['n'] % 60:02d}")

    timer = QTimer(app)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(second)
    timer.start(1000)
    out["clock"] = _measure(args["running_s"])
    out["clock"]["painted"] = _painted(app, args["paint_s"], count)
    out["threads"] = thread_count()
    return out


def _with_private_bus(args: dict[str, Any], log: Any) -> dict[str, Any] | None:
    """The app again, on a private session bus that has no screensaver service (a desktop
    without org.freedesktop.ScreenSaver): the screen hold then fails on every attempt."""
    import shutil
    import subprocess

    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        log("  idle: dbus-daemon not installed, the session-bus run is skipped")
        return None
    log(f"  idle: app on a session bus without a screensaver, {args['running_s']:.0f} s")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        if not address:
            return None
        short = {**args, "paused_s": 10.0}
        r = run_child(
            "idle:child", short, timeout=300, env_extra={"DBUS_SESSION_BUS_ADDRESS": address}
        )
        return {"running": r["running"], "paused": r["paused"]}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run(quick: bool, log: Any = print) -> dict[str, Any]:
    args = {
        "warmup_ms": 300 if quick else 2000,
        "running_s": 2.0 if quick else 60.0,
        "paused_s": 2.0 if quick else 30.0,
        "paint_s": 1.0 if quick else 10.0,
    }
    log(f"  idle: app {args['running_s']:.0f} s running + {args['paused_s']:.0f} s paused")
    app = run_child("idle:child", args, timeout=300)
    log("  idle: bare window")
    bare = run_child("idle:bare_child", args, timeout=300)
    bus = None if quick else _with_private_bus(args, log)
    return {
        "app_with_bus": bus,
        "running_s": args["running_s"],
        "paused_s": args["paused_s"],
        "app_running": app["running"],
        "app_paused": app["paused"],
        "app_threads": app["threads"],
        "bare_idle": bare["idle"],
        "bare_clock": bare["clock"],
        "bare_threads": bare["threads"],
        "ratio_running_vs_bare_clock": round(
            ratio(app["running"]["cpu_s_per_min"], bare["clock"]["cpu_s_per_min"]), 2
        ),
    }
