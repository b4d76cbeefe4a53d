"""Voice guidance (issue 12): memory after a session with voice on against off, and the delay
from a step boundary to the start of speech, with Qt's ``mock`` speech engine (the same on
every machine; a real engine adds its own synthesis time).

``memory_child`` is ``memory.child``'s run (the real window, a session driven one fake second
per tick to the summary) with voice on or off; it also notes whether QtTextToSpeech was loaded
when the window first painted (it must not be: voice loads with the first session).
``latency_child`` runs a session on a fake clock and, at each step boundary, stamps the tick
that crosses it and the moment the engine reports that it speaks (its state signal, back on
the GUI thread); the tick also redraws the page for the new step, as in the app. With sounds
off (or no audio output) the voice starts at once; after an audible chime it waits
``AFTER_CHIME_MS`` more, by design.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from bench.child import peak_rss_kib
from bench.proc import run_child
from bench.stats import median, summary


def _mock_speaker(controller: Any) -> None:
    from footcare_gui.ui.voice import Speaker

    controller.runner.speaker_factory = lambda parent: Speaker(parent, engine="mock")


def memory_child(args: dict[str, Any]) -> dict[str, Any]:
    from bench.qt import FakeClock, after_first_paint, real_app, show_real_window
    from footcare_gui.core.session import State

    app, window, controller = real_app(args["folder"], voice=args["voice"])
    _mock_speaker(controller)
    painted = show_real_window(window)
    after_first_paint(controller)
    rss_paint = peak_rss_kib()
    tts_at_paint = "PySide6.QtTextToSpeech" in sys.modules
    clock = FakeClock()
    controller.runner.clock = clock
    controller.begin()
    app.processEvents()
    said: list[str] = []
    ticks = 0
    while controller.session is not None and controller.session.state is not State.FINISHED:
        if ticks == 1 and controller.runner.voice.made:
            controller.runner.voice.speaker.said.connect(said.append)
        if ticks >= args["max_ticks"]:
            break
        clock.advance(1.0)
        controller.tick()
        app.processEvents()
        ticks += 1
    app.processEvents()
    result = {
        "painted": painted,
        "rss_paint_kib": rss_paint,
        "rss_session_kib": peak_rss_kib(),
        "tts_loaded_at_paint": tts_at_paint,
        "tts_loaded_after": "PySide6.QtTextToSpeech" in sys.modules,
        "lines_said": len(said),
        "ticks": ticks,
    }
    controller.shutdown()
    return result


def _wait(done: Callable[[], bool], seconds: float, *signals: Any) -> bool:
    """Run the event loop until ``done()`` or ``seconds`` pass; any of ``signals`` wakes it.

    A precise timer, re-armed for the time left: Qt makes a plain ``singleShot`` of 2 s or
    more a coarse timer, which may fire up to 5 % early, and a loop that then waits again on
    nothing would hang (it did, on CI).
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    for signal in signals:
        signal.connect(loop.quit)
    deadline = time.monotonic() + seconds
    try:
        while not done() and (left := deadline - time.monotonic()) > 0:
            timer.start(int(left * 1000) + 1)
            loop.exec()
    finally:
        timer.stop()
        for signal in signals:
            signal.disconnect(loop.quit)
    return done()


def latency_child(args: dict[str, Any]) -> dict[str, Any]:
    from bench.qt import FakeClock, after_first_paint, real_app, show_real_window

    _app, window, controller = real_app(args["folder"], voice=True, sound=args["sound"])
    _mock_speaker(controller)
    show_real_window(window)
    after_first_paint(controller)
    speaker = controller.runner.voice.speaker  # opens the engine before the session
    _wait(lambda: speaker.is_ready, 5, speaker.ready)
    clock = FakeClock()
    controller.runner.clock = clock
    controller.begin()
    started: list[float] = []
    speaker.speaking_changed.connect(lambda on: started.append(time.monotonic()) if on else None)
    delays: list[float] = []
    missed = 0
    for _ in range(args["boundaries"]):
        session = controller.session
        if session is None or session.next_step is None:
            break
        while session.remaining > 1:  # one tick a second, as the app's timer would
            clock.advance(1.0)
            controller.tick()
        # In the app a step lasts far longer than its spoken line: the boundary meets a quiet
        # engine. Here the fake clock races ahead, so let the line end first.
        _wait(lambda: not speaker.busy, 20, speaker.speaking_changed)
        clock.advance(session.remaining)  # the boundary
        started.clear()
        t0 = time.monotonic()
        controller.tick()  # the tick that crosses it, as the app's timer would fire it
        if _wait(lambda: bool(started), 5, speaker.speaking_changed):
            delays.append((started[0] - t0) * 1000)
        else:
            missed += 1
    controller.shutdown()
    return {"delays_ms": [round(d, 2) for d in delays], "missed": missed, "ready": speaker.is_ready}


def run(quick: bool, log: Any = print) -> dict[str, Any]:
    from footcare_gui.ui.session_voice import AFTER_CHIME_MS

    runs = 1 if quick else 3
    max_ticks = 20 if quick else 3600
    on: list[dict[str, Any]] = []
    off: list[dict[str, Any]] = []
    for i in range(runs):
        pair = [(True, on), (False, off)]
        for voice, into in pair if i % 2 == 0 else reversed(pair):
            args = {"voice": voice, "max_ticks": max_ticks}
            into.append(run_child("voice:memory_child", args, timeout=600))
        log(f"  voice memory run {i + 1}/{runs}")
    boundaries = 3 if quick else 17
    silent = run_child("voice:latency_child", {"sound": False, "boundaries": boundaries})
    log("  voice: speech delay at step boundaries")

    def mib(rs: list[dict[str, Any]], key: str) -> float:
        return round(median([r[key] / 1024 for r in rs]), 1)

    return {
        "runs": runs,
        "voice_on_paint_mib": mib(on, "rss_paint_kib"),
        "voice_off_paint_mib": mib(off, "rss_paint_kib"),
        "voice_on_session_mib": mib(on, "rss_session_kib"),
        "voice_off_session_mib": mib(off, "rss_session_kib"),
        "tts_loaded_at_paint": any(r["tts_loaded_at_paint"] for r in on + off),
        "tts_loaded_with_voice_off": any(r["tts_loaded_after"] for r in off),
        "lines_said": on[-1]["lines_said"],
        "delay_ms": summary(silent["delays_ms"], 1) if silent["delays_ms"] else {},
        "boundaries_not_spoken": silent["missed"],
        # With an audible chime the voice waits this much more, on purpose (offscreen children
        # have no audio output, so there the voice starts at once).
        "chime_wait_ms": AFTER_CHIME_MS,
        "engine": "mock",
    }
