"""Helpers for the measuring children that need Qt (imported only inside child processes)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bench.child import diagram_canvas, watch_first_paint, write_settings


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (one precise wake-up to end it)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start(ms)
    loop.exec()


def show_and_wait_paint(widget: QWidget, watched: list[QWidget], timeout_ms: int = 10000) -> bool:
    """Show ``widget`` and run the event loop until every watched widget was painted."""
    loop = QEventLoop()
    painted = {"done": False}

    def done() -> None:
        painted["done"] = True
        loop.quit()

    keep = watch_first_paint(watched, done)
    QTimer.singleShot(timeout_ms, loop.quit)
    widget.show()
    loop.exec()
    del keep
    return painted["done"]


def real_app(folder: str, **settings: Any) -> tuple[QApplication, Any, Any]:
    """The app's QApplication, window and controller exactly as ``build()`` makes them, on a
    settings file in ``folder`` holding ``settings`` (precautions already acknowledged).

    The voice is off unless ``voice=True`` is asked for, and even then it speaks through Qt's
    ``mock`` engine: no figure may depend on the machine's speech engine (speech-dispatcher
    can block its client for good, which hung a child of the quick run once)."""
    settings.setdefault("voice", False)
    from footcare_gui.assets import asset_path
    from footcare_gui.cli import parse_args
    from footcare_gui.core.routines import load_routines
    from footcare_gui.paths import routine_cache_path
    from footcare_gui.ui.application import build, make_application

    config = write_settings(folder, precautions_acknowledged=True, **settings)
    app = make_application(sys.argv[:1])
    options = parse_args(["--config-dir", config, "--foot", "right"])
    window, controller = build(
        options, load_routines(asset_path("routines"), cache=routine_cache_path()), app
    )
    controller.runner.speaker_factory = _mock_speaker
    return app, window, controller


def _mock_speaker(parent: Any) -> Any:
    from footcare_gui.ui.voice import Speaker  # with the first session, as in the app

    return Speaker(parent, engine="mock")


def show_real_window(window: Any) -> bool:
    """Show the main window and wait for its first paint, diagrams included."""
    return show_and_wait_paint(window, [window, diagram_canvas(window.start_page.feet)])


def after_first_paint(controller: Any) -> None:
    """What the app does once its window is up (``ui.application.run``), before anyone can
    press Start: open the history (``HISTORY_AFTER_MS`` after the first paint). ``build()``
    alone leaves it to the first session, which would charge its opening (and, in a fresh
    folder, creating the database) to the session's first step change."""
    controller.history.open()


def process_cpu_seconds() -> float:
    """User plus system CPU time of the whole process (all threads)."""
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main_thread_switches() -> int:
    """Context switches of the calling (GUI) thread: each one is a sleep and a wake-up."""
    import threading

    total = 0
    text = Path(f"/proc/self/task/{threading.get_native_id()}/status").read_text()
    for line in text.splitlines():
        if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
            total += int(line.split()[1])
    return total


def thread_count() -> int:
    return len(os.listdir("/proc/self/task"))
