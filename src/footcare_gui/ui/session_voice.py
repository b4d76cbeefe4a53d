"""The voice of a running session: what the speaker says at each event, and when.

Sounds and voice do not talk over each other: after the chime the voice waits for the chime
to fade, the last-seconds ticks are skipped while the voice speaks, and a step change cuts the
current sentence off at once. The speaker itself (:mod:`footcare_gui.ui.voice`, and with it
QtTextToSpeech) is made only when something is to be said with voice on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from footcare_gui.core.session import Session
from footcare_gui.core.settings import Settings
from footcare_gui.core.spoken import (
    Utterance,
    closing_utterance,
    next_due,
    next_utterance,
    step_utterance,
    user_toggle_utterance,
)
from footcare_gui.ui.settings_controller import SettingsController

if TYPE_CHECKING:
    from footcare_gui.ui.voice import Speaker

AFTER_CHIME_MS = 600  # the chime has faded by 10 dB: the voice can start over its tail
AFTER_FINISH_MS = 1200  # the finishing sound is longer


class SessionVoice(QObject):
    """Turns session events into speech, following the voice settings."""

    status = Signal(str)  # why the voice is silent (once), for the status bar

    def __init__(
        self,
        settings: SettingsController,
        parent: QObject | None = None,
        speaker_factory: Callable[[QObject], Speaker] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.speaker_factory = speaker_factory  # None: the platform's engine
        self._speaker: Speaker | None = None
        self._waiting: Utterance | None = None  # said when the cue sound has faded
        self._next_said_for = -1  # the plan index whose "Next: ..." was said
        self.after_chime_ms = AFTER_CHIME_MS
        self.after_finish_ms = AFTER_FINISH_MS
        self._gap = QTimer(self)
        self._gap.setSingleShot(True)
        self._gap.setTimerType(Qt.TimerType.CoarseTimer)
        self._gap.timeout.connect(self._say_waiting)
        settings.changed.connect(self._apply)

    @property
    def speaker(self) -> Speaker:
        """The speaker (made, and its engine opened, on first use)."""
        if self._speaker is None:
            if self.speaker_factory is not None:
                self._speaker = self.speaker_factory(self)
            else:
                from footcare_gui.ui.voice import Speaker

                self._speaker = Speaker(self)
            self._speaker.unavailable.connect(self.status)
            self._apply(self.settings.settings)
            self._speaker.open()
        return self._speaker

    @property
    def made(self) -> bool:
        """Whether the speaker exists yet (nothing has needed it until then)."""
        return self._speaker is not None

    @property
    def on(self) -> bool:
        return self.settings.settings.voice

    @property
    def busy(self) -> bool:
        """Whether the voice speaks or is about to: the ticks keep quiet then."""
        if self._waiting is not None:
            return True
        return self._speaker is not None and self._speaker.busy

    def announcement(self, s: Session) -> str:
        """What the current step says (a screen reader hears the same words)."""
        return step_utterance(s.plan, s.index, self.settings.settings.voice_detail).text

    # -- events ----------------------------------------------------------------------------
    def step_started(self, s: Session, after_sound: bool) -> None:
        """A step began (after a chime if ``after_sound``): stop, then say the new step."""
        self._next_said_for = -1
        utterance = step_utterance(s.plan, s.index, self.settings.settings.voice_detail)
        self._say(utterance, self.after_chime_ms if after_sound else 0)

    def user_toggled(self, now_running: bool) -> None:
        """The user paused or carried on (a key or a click)."""
        self._say(user_toggle_utterance(now_running), 0)

    def finished(self, wind_down: str, after_sound: bool) -> None:
        """The session ended: the summary's wind-down line."""
        self._say(closing_utterance(wind_down), self.after_finish_ms if after_sound else 0)

    def tick(self, s: Session) -> None:
        """Each second of a running step: "Next: ..." near its end, if asked for."""
        if not self.on or not self.settings.settings.voice_next or not s.running:
            return
        if self._next_said_for == s.index or not next_due(s.remaining, s.current.duration):
            return
        self._next_said_for = s.index
        utterance = next_utterance(s.plan, s.index)
        if utterance is not None and not self.busy:  # never cut the step's own words off
            self._say(utterance, 0)

    def stop(self) -> None:
        """Silence at once (the session was left, restarted or the voice turned off)."""
        self._gap.stop()
        self._waiting = None
        if self._speaker is not None:
            self._speaker.stop()

    def close(self) -> None:
        """The app is closing: let the engine go."""
        self.stop()
        if self._speaker is not None:
            self._speaker.close()

    # -- internals ---------------------------------------------------------------------------
    def _say(self, utterance: Utterance, delay_ms: int) -> None:
        self.stop()
        if not self.on:
            return
        speaker = self.speaker
        if speaker.failure:
            return
        if delay_ms <= 0:
            speaker.speak(utterance)
            return
        self._waiting = utterance
        self._gap.start(delay_ms)

    def _say_waiting(self) -> None:
        utterance, self._waiting = self._waiting, None
        if utterance is not None and self.on and self._speaker is not None:
            self._speaker.speak(utterance)

    def _apply(self, s: Settings) -> None:
        if not s.voice:
            self.stop()
        if self._speaker is not None:
            self._speaker.set_options(s.voice_name, s.voice_rate / 10, s.voice_volume / 100)
