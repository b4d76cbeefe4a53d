"""Memory: peak RSS after the first paint and after a session has run, app against bare.

``child`` builds the real window (``build()``), waits for its first paint, then starts a session
on a fake clock and drives it through the real controller one second per ``tick()`` (each tick
followed by ``processEvents`` so every repaint happens), through every step to the summary.
``bare_child`` is a QLabel window whose text is changed as many times. Peak RSS is
``ru_maxrss`` of the child (KiB on Linux).

In parts (issue 18): after the first paint, the child loads the sound backend (the first cue:
QtMultimedia and its FFmpeg plugin), then voice (the speaker with Qt's ``mock`` engine, opened
on its thread), then opens the history (sqlite3: the app does it after its first paint, before
any session), then runs the session; each part's growth is its own row.
"""

from __future__ import annotations

from typing import Any

from bench.child import peak_rss_kib
from bench.proc import run_child
from bench.stats import median, ratio, summary


class _Silent:
    def play(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def is_ok(self) -> bool:
        return True


def child(args: dict[str, Any]) -> dict[str, Any]:
    from bench.qt import FakeClock, real_app, show_real_window
    from footcare_gui.core.session import State

    parts = bool(args.get("parts"))
    app, window, controller = real_app(args["folder"], voice=parts)
    painted = show_real_window(window)
    rss_paint = peak_rss_kib()
    if args.get("stand_in_sound"):  # diagnosis: what the window costs without QtMultimedia
        from footcare_gui.ui.sound import SoundPlayer

        controller.runner._sound = SoundPlayer(window, lambda path: _Silent())
    rss_sound = rss_voice = rss_history = rss_paint
    if parts:  # each part loaded on its own, as the first session would load it
        from bench.qt import spin
        from footcare_gui.ui.sound import Cue

        controller.runner.sound.play(Cue.CHIME)  # QtMultimedia and its backend plugin
        app.processEvents()
        rss_sound = peak_rss_kib()
        speaker = controller.runner.voice.speaker  # QtTextToSpeech, its thread, the engine
        for _ in range(50):
            if speaker.is_ready:
                break
            spin(20)
        rss_voice = peak_rss_kib()
    from bench.qt import after_first_paint

    after_first_paint(controller)  # the history, opened after the first paint as in the app
    rss_history = peak_rss_kib()
    clock = FakeClock()
    controller.runner.clock = (
        clock  # the session reads its clock from the controller when it starts
    )
    controller.begin()
    app.processEvents()
    rss_begin = peak_rss_kib()
    steps: set[int] = set()
    controller.runner.step_changed.connect(steps.add)
    ticks = 0
    while controller.session is not None and controller.session.state is not State.FINISHED:
        if ticks >= args["max_ticks"]:
            break
        clock.advance(1.0)
        controller.tick()
        app.processEvents()
        ticks += 1
    app.processEvents()
    return {
        "painted": painted,
        "rss_paint_kib": rss_paint,
        "rss_sound_kib": rss_sound,
        "rss_voice_kib": rss_voice,
        "rss_history_kib": rss_history,
        "rss_begin_kib": rss_begin,
        "rss_session_kib": peak_rss_kib(),
        "ticks": ticks,
        "steps_shown": len(steps) + 1,
        "finished": controller.session is not None and controller.session.state is State.FINISHED,
        "sound_available": controller.runner.sound.available,
    }


def bare_child(args: dict[str, Any]) -> dict[str, Any]:
    import sys

    from PySide6.QtWidgets import QApplication, QLabel

    from bench.qt import show_and_wait_paint

    app = QApplication(sys.argv[:1])
    label = QLabel("footcare-gui benchmark: a bare window")
    label.resize(1200, 780)
    painted = show_and_wait_paint(label, [label])
    rss_paint = peak_rss_kib()
    for i in range(args["max_ticks"]):
        label.setText(f"{i // 60}:{i % 60:02d}")
        app.processEvents()
    return {"painted": painted, "rss_paint_kib": rss_paint, "rss_session_kib": peak_rss_kib()}


def run(quick: bool, log: Any = print) -> dict[str, Any]:
    runs = 1 if quick else 3
    max_ticks = 20 if quick else 3600
    app_runs: list[dict[str, Any]] = []
    bare_runs: list[dict[str, Any]] = []
    for i in range(runs):
        pair = [("app", app_runs), ("bare", bare_runs)]
        for kind, into in pair if i % 2 == 0 else reversed(pair):
            mode = "memory:child" if kind == "app" else "memory:bare_child"
            into.append(run_child(mode, {"max_ticks": max_ticks, "parts": True}, timeout=600))
        log(f"  memory run {i + 1}/{runs}")
    silent: list[dict[str, Any]] = []
    if not quick:  # where the session's growth comes from: the same run, sound a stand-in
        args = {"max_ticks": max_ticks, "stand_in_sound": True}
        silent = [run_child("memory:child", args, timeout=600) for _ in range(runs)]
        log("  memory: with a stand-in sound player")

    def mib(rs: list[dict[str, Any]], key: str) -> float:
        return round(median([r[key] / 1024 for r in rs]), 1)

    out: dict[str, Any] = {
        "runs": runs,
        "bare_paint_mib": mib(bare_runs, "rss_paint_kib"),
        "bare_session_mib": mib(bare_runs, "rss_session_kib"),
        "app_paint_mib": mib(app_runs, "rss_paint_kib"),
        "app_session_mib": mib(app_runs, "rss_session_kib"),
        "app_begin_mib": mib(app_runs, "rss_begin_kib"),
        "app_ticks": app_runs[-1]["ticks"],
        "app_steps_shown": app_runs[-1]["steps_shown"],
        "app_session_finished": app_runs[-1]["finished"],
        "sound_available": app_runs[-1]["sound_available"],
        "app_session_samples_mib": summary([r["rss_session_kib"] / 1024 for r in app_runs], 1),
    }
    # In parts, each against the bare window after its first paint: the window; + the sound
    # backend; + voice (QtTextToSpeech and Qt's mock engine); + the history; + the whole
    # session (the app's own growth, with sound, voice and the history already loaded).
    for part, key, before in (
        ("sound", "rss_sound_kib", "rss_paint_kib"),
        ("voice", "rss_voice_kib", "rss_sound_kib"),
        ("history", "rss_history_kib", "rss_voice_kib"),
        ("session", "rss_session_kib", "rss_history_kib"),
    ):
        out[f"part_{part}_mib"] = round(median([(r[key] - r[before]) / 1024 for r in app_runs]), 1)
    if silent:
        out["stand_in_sound_begin_mib"] = mib(silent, "rss_begin_kib")
        out["stand_in_sound_session_mib"] = mib(silent, "rss_session_kib")
    out["ratio_paint"] = round(ratio(out["app_paint_mib"], out["bare_paint_mib"]), 3)
    out["ratio_session"] = round(ratio(out["app_session_mib"], out["bare_paint_mib"]), 3)
    return out
