"""Speech through Qt's QTextToSpeech: the platform's engine (speech-dispatcher on Linux, the
system voices on Windows and macOS), behind a small backend protocol so tests use a stand-in.

Imported only when the first session starts with voice on (or the Voice preferences are
shown): QtTextToSpeech and the engine cost start-up time and memory that a silent user should
never pay.

The engine lives on its own thread and is driven only by queued calls. Opening Linux's engine
connects to (and may first start) the speech-dispatcher daemon, a blocking call inside Qt that
holds Python's lock: a daemon that never answers would freeze the whole window. On its own
thread only that thread waits, and the :class:`Speaker` gives up after two seconds. Speech is
a nice-to-have here: like the sound player, the speaker says once why it cannot speak, then
stays silent; no method raises.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal

from footcare_gui.core.i18n import translate
from footcare_gui.core.spoken import Utterance, choose_voice, text_language

log = logging.getLogger(__name__)

READY_TIMEOUT_MS = 2000
"""An engine that is not ready this long after it was asked to open is given up."""

CONTEXT = "Speaker"  # translation context of the messages below


def sentence_limit_ms(text: str) -> int:
    """How long one sentence may take before the engine counts as stuck: 15 s plus 1.5 s a
    word, twice what the slowest rate (about 80 words a minute) needs and more, so a slow
    voice is never cut off."""
    return 15_000 + 1_500 * len(text.split())


def no_engine_message() -> str:
    return translate(
        "Speaker",
        "No speech engine was found, so the steps are not spoken (chimes only). "
        "On Linux, install speech-dispatcher and espeak-ng.",
    )


def no_voice_message(language: str) -> str:
    return translate(
        "Speaker",
        "The speech engine has no voice for this language ({language}), so the steps are not "
        "spoken. On Linux, install espeak-ng.",
    ).format(language=language)


def no_answer_message() -> str:
    return translate(
        "Speaker",
        "The speech engine did not answer within two seconds, so the steps are not spoken "
        "(chimes only). On Linux, check that speech-dispatcher runs.",
    )


def stopped_answering_message() -> str:
    return translate(
        "Speaker",
        "The speech engine stopped answering, so the steps are no longer spoken (chimes "
        "only). On Linux, restarting speech-dispatcher may help.",
    )


def engine_error_message(detail: str) -> str:
    return translate(
        "Speaker",
        "The speech engine failed ({detail}), so the steps are not spoken (chimes only). "
        "On Linux, check that speech-dispatcher and espeak-ng are installed.",
    ).format(detail=detail or translate("Speaker", "no reason given"))


@dataclass(frozen=True, slots=True)
class VoiceInfo:
    """One voice an engine offers: its name and its locale (``en_GB``)."""

    name: str
    locale: str


class BackendListener(Protocol):
    """What a backend reports, always on the GUI thread."""

    def backend_ready(self) -> None: ...

    def backend_failed(self, message: str) -> None: ...

    def backend_speaking(self, speaking: bool) -> None: ...


class SpeechBackend(Protocol):
    """An engine the speaker drives: QTextToSpeech on its thread in the app, a recorder in
    tests. Every call returns at once; answers come through the listener given to open."""

    def open(self, listener: BackendListener) -> None: ...

    def voices(self, language: str) -> list[VoiceInfo]:
        """The voices for a language (BCP 47 code), once ready."""

    def configure(self, voice: str, rate: float, volume: float) -> None:
        """Use a voice (one of :meth:`voices`), a rate in -1..1 and a volume in 0..1."""

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


class Speaker(QObject):
    """Says utterances one at a time; a new one cuts the current one off."""

    unavailable = Signal(str)  # why nothing will be said (once)
    ready = Signal()  # the engine is open and has a voice: voices() lists them
    said = Signal(str)  # the text just handed to the engine
    speaking_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        backend_factory: Callable[[], SpeechBackend] | None = None,
        *,
        engine: str | None = None,
        timeout_ms: int = READY_TIMEOUT_MS,
        limit_ms: Callable[[str], int] = sentence_limit_ms,
    ) -> None:
        super().__init__(parent)
        self._factory = backend_factory or (lambda: _qt_backend(self, engine))
        self._backend: SpeechBackend | None = None
        self._ready = False
        self._failed = ""
        self._pending: Utterance | None = None
        self._awaiting = False  # handed to the engine, not yet heard to start
        self._speaking = False
        self._voice_name = ""
        self._rate = 0.0
        self._volume = 0.8
        self._configured: tuple[str, float, float] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._gave_up)
        # An engine can hang mid-sentence (speech-dispatcher with no sound device stays in
        # Speaking for good): the ticks would keep quiet for the rest of the session.
        self._limit_ms = limit_ms
        self._sentence = QTimer(self)
        self._sentence.setSingleShot(True)
        self._sentence.setTimerType(Qt.TimerType.CoarseTimer)
        self._sentence.timeout.connect(self._stuck)

    # -- what others read ------------------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        return self._ready and not self._failed

    @property
    def failure(self) -> str:
        """Why this speaker cannot speak ("" while it can, or may yet)."""
        return self._failed

    @property
    def busy(self) -> bool:
        """Whether something is being said, or waits to be said."""
        if self._failed:
            return False
        return self._pending is not None or self._awaiting or self._speaking

    def voices(self, language: str | None = None) -> list[VoiceInfo]:
        """The engine's voices for ``language`` (default: the language the texts are in)."""
        if not self.is_ready or self._backend is None:
            return []
        language = language or text_language()
        found: list[VoiceInfo] = self._call(lambda b: b.voices(language), [])
        return found

    def voice_for(self, language: str | None = None) -> str | None:
        """The voice that speaks ``language``: the chosen one if it can, else the best one."""
        language = language or text_language()
        found = self.voices(language)
        pairs = [(v.name, v.locale) for v in found]
        return choose_voice(pairs, language, self._voice_name, QLocale.system().name())

    # -- commands --------------------------------------------------------------------------
    def open(self) -> None:
        """Start the engine (at most once); ``ready`` or ``unavailable`` follows."""
        if self._backend is not None or self._failed:
            return
        try:
            self._backend = self._factory()
            self._timer.start()
            self._backend.open(self)
        except Exception as exc:
            log.exception("could not open the speech engine")
            self._fail(engine_error_message(str(exc)))

    def set_options(self, voice_name: str, rate: float, volume: float) -> None:
        """The voice's name ("" for the best one), rate -1..1 and volume 0..1."""
        self._voice_name = voice_name
        self._rate = max(-1.0, min(1.0, rate))
        self._volume = max(0.0, min(1.0, volume))

    def speak(self, utterance: Utterance) -> None:
        """Say ``utterance`` now, cutting off anything being said; never raises."""
        if self._failed:
            return
        self.stop()
        self._pending = utterance
        self.open()
        if self.is_ready:
            self._send()

    def stop(self) -> None:
        """Stop speaking at once and forget what waited to be said."""
        self._pending = None
        if (self._awaiting or self._speaking) and self._backend is not None:
            self._awaiting = False
            self._call(lambda b: b.stop(), None)

    def close(self) -> None:
        """Let the engine go (the app is closing)."""
        self._timer.stop()
        self._sentence.stop()
        self._pending = None
        backend, self._backend = self._backend, None
        self._ready = False
        if backend is not None:
            try:
                backend.close()
            except Exception:
                log.exception("could not close the speech engine")

    # -- the backend's reports -------------------------------------------------------------
    def backend_ready(self) -> None:
        if self._failed or self._backend is None:
            return
        self._timer.stop()
        self._ready = True
        if self.voice_for() is None:
            self._fail(no_voice_message(text_language()))
            return
        self.ready.emit()
        if self._pending is not None:
            self._send()

    def backend_failed(self, message: str) -> None:
        self._fail(message)

    def backend_speaking(self, speaking: bool) -> None:
        if speaking:
            self._awaiting = False
        else:
            self._sentence.stop()
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)

    # -- internals ---------------------------------------------------------------------------
    def _send(self) -> None:
        utterance, self._pending = self._pending, None
        if utterance is None:
            return
        voice = self.voice_for(utterance.language)
        if voice is None:
            log.warning("no voice for %s: not said: %s", utterance.language, utterance.text)
            return
        wanted = (voice, self._rate, self._volume)
        if wanted != self._configured:
            self._configured = wanted
            self._call(lambda b: b.configure(*wanted), None)
        self._awaiting = True
        self._sentence.start(self._limit_ms(utterance.text))
        self._call(lambda b: b.say(utterance.text), None)
        self.said.emit(utterance.text)

    def _call(self, action: Callable[[SpeechBackend], Any], default: Any) -> Any:
        backend = self._backend
        if backend is None:
            return default
        try:
            return action(backend)
        except Exception as exc:
            log.exception("the speech engine failed")
            self._fail(engine_error_message(str(exc)))
            return default

    def _gave_up(self) -> None:
        if not self._ready:
            self._fail(no_answer_message())

    def _stuck(self) -> None:
        if self._awaiting or self._speaking:
            self._fail(stopped_answering_message())

    def _fail(self, message: str) -> None:
        """Say nothing more for the rest of the run, and tell the user once."""
        if self._failed:
            return
        self._failed = message
        self._timer.stop()
        self._sentence.stop()
        self._pending = None
        self._awaiting = self._speaking = False
        log.warning("voice off: %s", message)
        self.close()
        self.unavailable.emit(message)


def _qt_backend(parent: QObject, engine: str | None) -> SpeechBackend:
    from footcare_gui.ui.speech_engine import QtSpeechBackend

    return QtSpeechBackend(parent, engine)
