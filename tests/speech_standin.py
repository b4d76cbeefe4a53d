"""A stand-in speech engine: records what the app says, answers as a test tells it to."""

from __future__ import annotations

from dataclasses import dataclass, field

from footcare_gui.core.spoken import locale_language
from footcare_gui.ui.voice import BackendListener, VoiceInfo

VOICES = (
    VoiceInfo("Anna", "en_GB"),
    VoiceInfo("Anna+whisper", "en_GB"),
    VoiceInfo("Bert", "en_US"),
    VoiceInfo("Greta", "de_DE"),
)


@dataclass
class StandInSpeech:
    """A SpeechBackend. ``opens``: "ready" (at once), "never" (no answer), "fail" (an error),
    "later" (ready when the test calls :meth:`answer`). ``hold``: a sentence goes on until
    :meth:`finish`; otherwise each is over as soon as it is said."""

    opens: str = "ready"
    hold: bool = False
    voice_list: tuple[VoiceInfo, ...] = VOICES
    said: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # "say: ...", "stop", "configure ..."
    configured: list[tuple[str, float, float]] = field(default_factory=list)
    listener: BackendListener | None = None
    speaking: bool = False
    closed: int = 0

    def open(self, listener: BackendListener) -> None:
        self.listener = listener
        self.events.append("open")
        if self.opens == "ready":
            listener.backend_ready()
        elif self.opens == "fail":
            listener.backend_failed("The speech engine failed (stand-in error).")

    def answer(self) -> None:
        assert self.listener is not None
        self.listener.backend_ready()

    def voices(self, language: str) -> list[VoiceInfo]:
        return [v for v in self.voice_list if locale_language(v.locale) == language]

    def configure(self, voice: str, rate: float, volume: float) -> None:
        self.configured.append((voice, rate, volume))
        self.events.append(f"configure {voice}")

    def say(self, text: str) -> None:
        assert self.listener is not None
        self.said.append(text)
        self.events.append(f"say: {text}")
        self.speaking = True
        self.listener.backend_speaking(True)
        if not self.hold:
            self.finish()

    def finish(self) -> None:
        if self.speaking and self.listener is not None:
            self.speaking = False
            self.listener.backend_speaking(False)

    def stop(self) -> None:
        self.events.append("stop")
        self.finish()

    def close(self) -> None:
        self.closed += 1
