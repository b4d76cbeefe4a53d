"""Report lines that ask Qt: versions, audio outputs, speech engines, the screen-hold service.

Each import is tried on its own, so a missing optional library (libpulse for QtMultimedia,
say) becomes a line of the report, not a traceback. Qt's messages while asking are
collected instead of printed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from footcare_gui.doctor.check import Check

SCREEN_SAVER = "org.freedesktop.ScreenSaver"
NOISE = ("qt.multimedia.symbolsresolver", "qt.multimedia.ffmpeg")  # optional codecs, versions


def qt_check() -> Check:
    """PySide6 and Qt versions; an error if QtCore cannot load."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        advice = "reinstall footcare-gui (pip install --force-reinstall footcare-gui)"
        data: dict[str, str | None] = {"pyside6": None, "qt": None}
        return Check("qt", "Qt", "error", f"PySide6 cannot load ({exc})", advice, data)
    data = {"pyside6": PySide6.__version__, "qt": qVersion()}
    return Check("qt", "Qt", "ok", f"PySide6 {PySide6.__version__}, Qt {qVersion()}", data=data)


@contextmanager
def ensure_core_app() -> Iterator[None]:
    """A QCoreApplication for the probes (D-Bus and multimedia want one) if none exists,
    shut down afterwards so that a QApplication can still be made in this process."""
    from PySide6.QtCore import QCoreApplication

    made = None if QCoreApplication.instance() else QCoreApplication(sys.argv[:1])
    try:
        yield
    finally:
        if made is not None:
            made.shutdown()


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """Collect Qt's log messages (except known noise) instead of printing them."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    caught: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category not in NOISE:
            caught.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield caught
    finally:
        qInstallMessageHandler(previous)


def audio_check() -> Check:
    """The audio outputs QtMultimedia sees (it needs libpulse.so.0 on Linux)."""
    key, label = "audio", "Audio outputs"
    with qt_messages() as messages:
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:
            data = {"outputs": None, "qt_messages": [str(exc)]}
            advice = "the session runs without sound; for sound install libpulse0 (Debian)"
            advice += " or pulseaudio-libs (Fedora)"
            return Check(key, label, "warning", f"QtMultimedia cannot load ({exc})", advice, data)
        outputs = [device.description() for device in QMediaDevices.audioOutputs()]
    data = {"outputs": outputs, "qt_messages": messages}
    if outputs:
        return Check(key, label, "ok", ", ".join(outputs), data=data)
    advice = "the session runs without sound; start the sound server (PulseAudio or PipeWire)"
    advice += " or connect a speaker"
    return Check(key, label, "warning", "none found", advice, data)


def speech_check() -> Check:
    """The text-to-speech engines, and the voices the first one has for the app's language
    (opened in a child process with a time limit: an engine may never answer)."""
    from footcare_gui.core.spoken import LANGUAGE

    key, label = "speech", "Speech engines"
    advice = "voice guidance stays off; on Linux install speech-dispatcher and espeak-ng"
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        data: dict[str, object] = {"engines": None, "used": True, "voices": None}
        return Check(key, label, "warning", f"QtTextToSpeech cannot load ({exc})", advice, data)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]  # mock: Qt's test one
    if not engines:
        data = {"engines": engines, "used": True, "voices": None}
        return Check(key, label, "warning", "none found", advice, data)
    voices, problem = _voices_of(engines[0], LANGUAGE)
    data = {"engines": engines, "used": True, "voices": voices}
    found = ", ".join(engines)
    if voices:
        return Check(key, label, "ok", f"{found}; {voices} voices for '{LANGUAGE}'", data=data)
    return Check(key, label, "warning", f"{found}; {problem}", advice, data)


def _voices_of(engine: str, language: str) -> tuple[int | None, str]:
    """How many voices ``engine`` has for ``language``, or None and what went wrong."""
    import json
    import subprocess

    cmd = [sys.executable, "-m", "footcare_gui.doctor.try_speech", engine, language]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=6, check=False)
    except subprocess.TimeoutExpired:
        return None, f"{engine} did not answer within 6 s (is speech-dispatcher stuck?)"
    try:
        result = json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return None, f"{engine} could not be opened"
    if "error" in result:
        return None, f"{engine}: {result['error']}"
    count = int(result.get("voices", 0))
    return (count, "") if count else (None, f"no voice for '{language}'")


def screen_hold_check() -> Check:
    """The service that keeps the screen awake during a session."""
    key, label = "screen_hold", "Screen hold"
    if sys.platform == "win32":
        data = {"method": "SetThreadExecutionState", "available": True}
        return Check(key, label, "ok", "Windows SetThreadExecutionState", data=data)
    if sys.platform == "darwin":
        data = {"method": "caffeinate", "available": True}
        return Check(key, label, "ok", "macOS caffeinate", data=data)
    data: dict[str, object] = {"method": SCREEN_SAVER, "available": False}
    advice = "the screen may blank during a session; lengthen the screen-blank delay in your "
    advice += "desktop's settings"
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError as exc:
        return Check(key, label, "warning", f"QtDBus cannot load ({exc})", advice, data)
    with qt_messages():
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return Check(key, label, "warning", "no D-Bus session bus", advice, data)
        interface = bus.interface()
        data["available"] = bool(interface.isServiceRegistered(SCREEN_SAVER).value()) or (
            SCREEN_SAVER in (interface.activatableServiceNames().value() or [])
        )
    if data["available"]:
        return Check(key, label, "ok", f"{SCREEN_SAVER} on the session bus", data=data)
    return Check(key, label, "warning", f"no {SCREEN_SAVER} service", advice, data)


def not_used_yet(key: str, label: str) -> Check:
    """A line for a feature the app does not have yet."""
    return Check(key, label, "info", "not used yet", data={"used": False})
