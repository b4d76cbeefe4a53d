"""Report lines that ask Qt: versions, audio outputs, speech engines, the screen-hold service.

Each import is tried on its own, so a missing optional library (libpulse for QtMultimedia,
say) becomes a line of the report, not a traceback. Qt's messages while asking are
collected instead of printed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from footcare_gui.core.i18n import Context, language, translate
from footcare_gui.doctor.check import Check

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

Doctor = Context("Doctor")  # its counted phrases

SCREEN_SAVER = "org.freedesktop.ScreenSaver"
NOISE = ("qt.multimedia.symbolsresolver", "qt.multimedia.ffmpeg")  # optional codecs, versions


def qt_check() -> Check:
    """PySide6 and Qt versions; an error if QtCore cannot load."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        advice = translate(
            "Doctor", "reinstall footcare-gui (pip install --force-reinstall footcare-gui)"
        )
        data: dict[str, str | None] = {"pyside6": None, "qt": None}
        detail = translate("Doctor", "PySide6 cannot load ({why})").format(why=exc)
        return Check("qt", "Qt", "error", detail, advice, data)
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
    key, label = "audio", translate("Doctor", "Audio outputs")
    with qt_messages() as messages:
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:
            data = {"outputs": None, "qt_messages": [str(exc)]}
            advice = translate(
                "Doctor",
                "the session runs without sound; for sound install libpulse0 (Debian) or "
                "pulseaudio-libs (Fedora)",
            )
            detail = translate("Doctor", "QtMultimedia cannot load ({why})").format(why=exc)
            return Check(key, label, "warning", detail, advice, data)
        outputs = [device.description() for device in QMediaDevices.audioOutputs()]
    data = {"outputs": outputs, "qt_messages": messages}
    if outputs:
        return Check(key, label, "ok", ", ".join(outputs), data=data)
    advice = translate(
        "Doctor",
        "the session runs without sound; start the sound server (PulseAudio or PipeWire) or "
        "connect a speaker",
    )
    return Check(key, label, "warning", translate("Doctor", "none found"), advice, data)


def speech_check(spoken: str | None = None) -> Check:
    """The text-to-speech engines, and the voices the first one has for ``spoken``, the
    language the app speaks (default: its words' language), opened in a child process with
    a time limit: an engine may never answer."""
    spoken = spoken or language()
    key, label = "speech", translate("Doctor", "Speech engines")
    advice = translate(
        "Doctor", "voice guidance stays off; on Linux install speech-dispatcher and espeak-ng"
    )
    data: dict[str, object] = {"engines": None, "used": True, "language": spoken, "voices": None}
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        detail = translate("Doctor", "QtTextToSpeech cannot load ({why})").format(why=exc)
        return Check(key, label, "warning", detail, advice, data)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]  # mock: Qt's test one
    data["engines"] = engines
    if not engines:
        return Check(key, label, "warning", translate("Doctor", "none found"), advice, data)
    voices, problem = _voices_of(engines[0], spoken)
    data["voices"] = voices
    found = ", ".join(engines)
    if voices:
        detail = Doctor.tr("{engines}; %n voice(s) for '{language}'", "", voices)
        return Check(key, label, "ok", detail.format(engines=found, language=spoken), data=data)
    detail = translate("Doctor", "{engines}; {problem}").format(engines=found, problem=problem)
    return Check(key, label, "warning", detail, advice, data)


def _voices_of(engine: str, language: str) -> tuple[int | None, str]:
    """How many voices ``engine`` has for ``language``, or None and what went wrong."""
    import json
    import subprocess

    cmd = [sys.executable, "-m", "footcare_gui.doctor.try_speech", engine, language]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=6, check=False)
    except subprocess.TimeoutExpired:
        late = translate(
            "Doctor", "{engine} did not answer within 6 s (is speech-dispatcher stuck?)"
        )
        return None, late.format(engine=engine)
    try:
        result = json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return None, translate("Doctor", "{engine} could not be opened").format(engine=engine)
    if "error" in result:
        return None, f"{engine}: {result['error']}"
    count = int(result.get("voices", 0))
    none = translate("Doctor", "no voice for '{language}'").format(language=language)
    return (count, "") if count else (None, none)


def screen_hold_check() -> Check:
    """The service that keeps the screen awake during a session."""
    key, label = "screen_hold", translate("Doctor", "Screen hold")
    if sys.platform == "win32":
        data = {"method": "SetThreadExecutionState", "available": True}
        return Check(key, label, "ok", "Windows SetThreadExecutionState", data=data)
    if sys.platform == "darwin":
        data = {"method": "caffeinate", "available": True}
        return Check(key, label, "ok", "macOS caffeinate", data=data)
    data: dict[str, object] = {"method": SCREEN_SAVER, "available": False}
    advice = translate(
        "Doctor",
        "the screen may blank during a session; lengthen the screen-blank delay in your "
        "desktop's settings",
    )
    return bus_service_check(key, label, SCREEN_SAVER, advice, data)


def bus_service_check(
    key: str,
    label: str,
    service: str,
    advice: str,
    data: dict[str, object],
    bus: QDBusConnection | None = None,
) -> Check:
    """Whether ``service`` is (or can be started) on ``bus``, default the session bus; sets
    ``data["available"]`` when the bus could be asked."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError as exc:
        detail = translate("Doctor", "QtDBus cannot load ({why})").format(why=exc)
        return Check(key, label, "warning", detail, advice, data)
    with qt_messages():
        bus = bus if bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            data["available"] = False
            no_bus = translate("Doctor", "no D-Bus session bus")
            return Check(key, label, "warning", no_bus, advice, data)
        interface = bus.interface()
        data["available"] = bool(interface.isServiceRegistered(service).value()) or (
            service in (interface.activatableServiceNames().value() or [])
        )
    if data["available"]:
        found = translate("Doctor", "{service} on the session bus").format(service=service)
        return Check(key, label, "ok", found, data=data)
    missing = translate("Doctor", "no {service} service").format(service=service)
    return Check(key, label, "warning", missing, advice, data)
