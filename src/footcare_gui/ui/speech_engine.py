"""The platform's speech engine: QTextToSpeech on a thread of its own (see
:mod:`footcare_gui.ui.voice` for why), driven by queued calls only."""

from __future__ import annotations

import atexit
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal, Slot

from footcare_gui.ui.voice import (
    BackendListener,
    VoiceInfo,
    engine_error_message,
    no_engine_message,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QThread
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

log = logging.getLogger(__name__)


class QtSpeechBackend(QObject):
    """QTextToSpeech on a thread of its own, driven by queued calls only."""

    def __init__(self, parent: QObject | None = None, engine: str | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._listener: BackendListener | None = None
        self._thread: QThread | None = None
        self._tts: QTextToSpeech | None = None
        self._voices: dict[str, QVoice] = {}
        self._maker: _Maker | None = None

    def open(self, listener: BackendListener) -> None:
        self._listener = listener
        try:
            from PySide6.QtCore import QThread
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # e.g. no libpulse.so.0, or a Qt without QtTextToSpeech
            log.warning("QtTextToSpeech unavailable: %s", exc)
            listener.backend_failed(no_engine_message())
            return
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]  # mock: tests
        engine = self._engine or (engines[0] if engines else None)
        if engine is None or engine not in QTextToSpeech.availableEngines():
            listener.backend_failed(no_engine_message())
            return
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self._thread.start()
        # A QThread destroyed while it runs aborts the process: end it before Python exits,
        # even when nobody closed this backend (a script, a test, a crash in a slot).
        atexit.register(self._close_at_exit)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        if engine == "mock":  # Qt's test engine never blocks: made on the thread by Python
            self._maker = _Maker()
            self._maker.moveToThread(self._thread)
            self._maker.made.connect(self._adopt, Qt.ConnectionType.QueuedConnection)
            self._invoke_on(self._maker, "make")
            return
        # Any other engine may block while it opens: the thread opens it in Qt's own code, so
        # Python's lock stays free. A placeholder (the test engine) is moved there first.
        self._adopt(QTextToSpeech("mock"), opened=False)
        self._invoke("setEngine", (str, engine))

    def _adopt(self, tts: QTextToSpeech, opened: bool = True) -> None:
        if self._thread is None:  # closed meanwhile
            return
        self._tts = tts
        if tts.thread() is not self._thread:
            tts.moveToThread(self._thread)
        tts.stateChanged.connect(self._state_changed, Qt.ConnectionType.QueuedConnection)
        tts.errorOccurred.connect(self._error, Qt.ConnectionType.QueuedConnection)
        if opened:
            self._engine_changed()
        else:
            tts.engineChanged.connect(self._engine_changed, Qt.ConnectionType.QueuedConnection)

    def voices(self, language: str) -> list[VoiceInfo]:
        if self._tts is None:
            return []
        # Read on this thread while the engine's thread idles: the engines list voices from
        # what they learnt when they opened.
        found = language_voices(self._tts, language)
        self._voices = {v.name(): v for v in found}
        return [VoiceInfo(v.name(), v.locale().name()) for v in found]

    def configure(self, voice: str, rate: float, volume: float) -> None:
        from PySide6.QtTextToSpeech import QVoice

        if voice in self._voices:
            self._invoke("setVoice", (QVoice, self._voices[voice]))
        self._invoke("setRate", (float, rate))
        self._invoke("setVolume", (float, volume))

    def say(self, text: str) -> None:
        self._invoke("say", (str, text))

    def stop(self) -> None:
        self._invoke("stop")

    def _close_at_exit(self) -> None:
        with contextlib.suppress(RuntimeError):  # the Qt object may already be gone
            self.close()

    def close(self) -> None:
        atexit.unregister(self._close_at_exit)
        tts, thread, maker = self._tts, self._thread, self._maker
        self._tts = self._thread = self._maker = None
        if maker is not None:
            maker.deleteLater()
        self._listener = None
        if tts is not None:
            self._invoke_on(tts, "stop")
            tts.deleteLater()  # on its own thread, when that thread's loop runs
        if thread is not None:
            thread.quit()
            if not thread.wait(50):  # still busy in the engine: never block the window on it
                _RETIRED.append(thread)

    # -- internals ---------------------------------------------------------------------------
    def _invoke(self, method: str, *args: tuple[type, Any]) -> None:
        if self._tts is not None:
            self._invoke_on(self._tts, method, *args)

    @staticmethod
    def _invoke_on(target: QObject, method: str, *args: tuple[type, Any]) -> None:
        from PySide6.QtCore import Q_ARG, QMetaObject

        queued = Qt.ConnectionType.QueuedConnection
        QMetaObject.invokeMethod(target, method, queued, *(Q_ARG(t, v) for t, v in args))

    def _engine_changed(self, _name: str = "") -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts, listener = self._tts, self._listener
        if tts is None or listener is None:
            return
        if tts.state() == QTextToSpeech.State.Error:
            listener.backend_failed(engine_error_message(tts.errorString()))
        else:
            listener.backend_ready()

    def _state_changed(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._listener is None:
            return
        if state == QTextToSpeech.State.Error:
            self._listener.backend_failed(engine_error_message(self._error_text()))
        else:
            self._listener.backend_speaking(state == QTextToSpeech.State.Speaking)

    def _error(self, _reason: Any, text: str) -> None:
        if self._listener is not None:
            self._listener.backend_failed(engine_error_message(text))

    def _error_text(self) -> str:
        return self._tts.errorString() if self._tts is not None else ""


def language_voices(tts: QTextToSpeech, language: str) -> list[QVoice]:
    """Every voice of ``language`` (``en``), whatever its country, by locale name.

    ``allVoices(QLocale("en"))`` lists only en_US voices: a British user never saw the
    British ones, and an engine with only en_GB (or es_MX) voices seemed to have none.
    """
    want = QLocale(language).language()
    locales = sorted(
        (loc for loc in tts.availableLocales() if loc.language() == want), key=QLocale.name
    )
    return [voice for loc in locales for voice in tts.allVoices(loc)]


class _Maker(QObject):
    """Makes Qt's test engine on the speech thread (it lives where it is made)."""

    made = Signal(object)

    @Slot()
    def make(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.made.emit(QTextToSpeech("mock"))


_RETIRED: list[QThread] = []  # threads still inside an engine; kept alive until Python exits


def threads_stuck(wait_ms: int = 300) -> bool:
    """Whether a speech thread is still inside an engine after waiting ``wait_ms`` for it."""
    stuck = False
    for thread in _RETIRED:
        with contextlib.suppress(RuntimeError):
            stuck = stuck or not thread.wait(wait_ms)
    return stuck


@atexit.register
def _end_retired_threads() -> None:
    """A QThread destroyed while it runs aborts the process: wait for each a little, then end
    the one that is stuck in an engine that never answered."""
    for thread in _RETIRED:
        with contextlib.suppress(RuntimeError):
            if not thread.wait(1000):
                log.warning("the speech thread did not stop; ending it")
                thread.terminate()
                thread.wait(1000)
