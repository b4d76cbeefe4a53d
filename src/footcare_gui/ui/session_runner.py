"""The running session: the engine on its timer, the cues it sounds, the screen hold, and the
session page that shows it.

One single-shot timer wakes the app exactly when the shown second changes (and so exactly at
each warning and step end, all whole seconds): about one wake-up a second while running, none
while paused.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from footcare_gui.core.i18n import translate
from footcare_gui.core.routines import Routine
from footcare_gui.core.settings import Settings, step_durations
from footcare_gui.core.texts import format_clock
from footcare_gui.core.zones import Foot
from footcare_gui.ui.settings_controller import SettingsController

# Soon after each step change (its picture is on screen by then), the neighbours' feet are
# drawn, so that even a Next or Previous pressed a moment later only copies a picture.
PREPARE_MS = 60

if TYPE_CHECKING:  # the engine, sound, screen hold and page are imported with the first session
    from footcare_gui.core.session import Event, Session
    from footcare_gui.ui.awake import ScreenAwake
    from footcare_gui.ui.main_window import MainWindow
    from footcare_gui.ui.session_voice import SessionVoice
    from footcare_gui.ui.sound import SoundPlayer
    from footcare_gui.ui.voice import Speaker


class SessionRunner(QObject):
    """Runs one session at a time on the window's session page."""

    step_changed = Signal(int)  # the plan index now shown
    finished = Signal()  # the session's last step ended
    status = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        settings: SettingsController,
        *,
        sound: SoundPlayer | None = None,
        awake: ScreenAwake | None = None,
        clock: Callable[[], float] = time.monotonic,
        speaker: Callable[[QObject], Speaker] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.clock = clock
        self._sound = sound  # made with the first session: not needed to show the window
        self._awake = awake
        self._voice: SessionVoice | None = None  # made with the first session
        self.speaker_factory = speaker  # None: the platform's speech engine
        self.session: Session | None = None
        self._routine: Routine | None = None
        self._shown_index = -1
        self._awake_warned = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Precise: it fires once a second at most, exactly on the boundary it was set for.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        # Just after each step change, draw the neighbouring steps' feet.
        self.prepare = QTimer(self)
        self.prepare.setSingleShot(True)
        self.prepare.setTimerType(Qt.TimerType.CoarseTimer)
        self.prepare.setInterval(PREPARE_MS)
        self.prepare.timeout.connect(self._prepare_next)
        if sound is not None:
            sound.unavailable.connect(self.status)
        settings.changed.connect(self._apply_settings)

    @property
    def sound(self) -> SoundPlayer:
        """The sound player (made on first use, with the current settings)."""
        if self._sound is None:
            from footcare_gui.ui.sound import SoundPlayer

            self._sound = SoundPlayer(self)
            self._sound.unavailable.connect(self.status)
            self._apply_sound(self.settings.settings)
        return self._sound

    @property
    def voice(self) -> SessionVoice:
        """The session's voice (made on first use; its speaker only when it must speak)."""
        if self._voice is None:
            from footcare_gui.ui.session_voice import SessionVoice

            self._voice = SessionVoice(self.settings, self, self.speaker_factory)
            self._voice.status.connect(self.status)
        return self._voice

    @property
    def awake(self) -> ScreenAwake:
        """The screen-awake hold (made on first use)."""
        if self._awake is None:
            from footcare_gui.ui.awake import ScreenAwake

            self._awake = ScreenAwake()
        return self._awake

    # -- commands ----------------------------------------------------------------------------
    def start(self, routine: Routine, foot: Foot) -> None:
        """Begin a new session of a routine with the given foot first, and show it."""
        from footcare_gui.core.plan import build_plan
        from footcare_gui.core.session import Session

        s = self.settings.settings
        self._routine = routine
        plan = build_plan(routine, foot, step_durations(s, routine))
        self.session = Session(
            plan, self.clock, warn_seconds=s.warn_seconds, auto_advance=s.auto_advance
        )
        self.session.subscribe(self._on_event)
        self._shown_index = -1
        self.session.start()
        self._after_command()

    def stop(self) -> None:
        """Leave the session: stop the timers and let the screen sleep."""
        self.timer.stop()
        self.prepare.stop()
        if self.session is not None:
            self.session.pause()  # also keeps later settings changes from taking a new hold
        self.session = None
        if self._voice is not None:
            self._voice.stop()
        self._release_awake()
        self._sync_motion()

    def toggle(self) -> None:
        if self.session is not None:
            from footcare_gui.core.session import State

            before = self.session.state
            self.session.toggle()
            after = self.session.state
            if {before, after} == {State.RUNNING, State.PAUSED}:  # said only when asked
                self.voice.user_toggled(after is State.RUNNING)
            self._after_command()

    def previous(self) -> None:
        if self.session is not None:
            self.session.previous()
            self._after_command()

    def next(self) -> None:
        if self.session is not None:
            self.session.next()
            self._after_command()

    def restart(self) -> None:
        if self.session is not None:
            was_running = self.session.running
            self.voice.stop()
            self.session.restart()
            self._shown_index = -1
            if was_running:
                self.session.start()
            self._after_command()

    def tick(self) -> None:
        """Timer slot: bring the session up to the clock and show it."""
        if self.session is None:
            return
        before = self.session.state
        self.session.update()
        self._refresh()
        if self.session is not None and self.session.running:
            self.voice.tick(self.session)
        self._schedule()
        if self.session is not None and self.session.state is not before:
            self._sync_awake()  # not every second: a failed hold would be retried each tick
            self._sync_motion()

    def _after_command(self) -> None:
        self._refresh()
        self._schedule()
        self._sync_awake()
        self._sync_motion()

    def _schedule(self) -> None:
        s = self.session
        if s is None or not s.running:
            self.timer.stop()
            return
        to_next_second = s.remaining - math.floor(s.remaining)
        if to_next_second < 0.001:
            to_next_second = 1.0
        # +1 ms so the boundary has surely passed when the timer fires.
        self.timer.start(min(1000, math.ceil(to_next_second * 1000) + 1))

    # -- events from the engine --------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        from footcare_gui.core.session import (
            PausedBySleep,
            SessionFinished,
            StepEnding,
            StepStarted,
        )
        from footcare_gui.ui.sound import Cue

        if isinstance(event, StepStarted):
            self.sound.play(Cue.CHIME)
            if self.session is not None:
                self.voice.step_started(self.session, after_sound=self.sounding)
        elif isinstance(event, StepEnding):
            if not self.voice.busy:  # the ticks never talk over the voice
                self.sound.play(Cue.TICK)
        elif isinstance(event, SessionFinished):
            self.sound.play(Cue.FINISH)
            self.timer.stop()
            self.finished.emit()
        elif isinstance(event, PausedBySleep):
            gap = format_clock(event.gap)
            line = translate(
                "SessionRunner",
                "Paused: the computer seemed to be asleep for {gap}. Press Space to carry on.",
            )
            self.status.emit(line.format(gap=gap))

    # -- showing -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        from footcare_gui.core.session import State

        s = self.session
        if s is None or s.state is State.FINISHED:
            return  # the summary shows a finished session
        page = self.window.session_page
        if s.index != self._shown_index:
            self._shown_index = s.index
            page.show_step(s, self.voice.announcement(s))
            self.prepare.start()
            self.step_changed.emit(s.index)
        shown = page.show_time(s)
        self.window.setWindowTitle(shown.window_title)

    def _prepare_next(self) -> None:
        if self.session is not None:
            self.window.session_page.prepare_next_step(self.session)

    # -- settings and the screen hold --------------------------------------------------------
    def _apply_settings(self, s: Settings) -> None:
        if self._sound is not None:
            self._apply_sound(s)
        if self.session is not None and self._routine is not None:
            self.session.auto_advance = s.auto_advance
            self.session.warn_seconds = s.warn_seconds
            self.session.set_durations(step_durations(s, self._routine))
        self._sync_awake()
        self._sync_motion()

    @property
    def sounding(self) -> bool:
        """Whether the cue sounds are heard (so the voice waits for them to fade)."""
        s = self.settings.settings
        return s.sound and s.volume > 0 and self.sound.available

    def speak_closing(self, wind_down: str) -> None:
        """The session's last words, after the finishing sound."""
        self.voice.finished(wind_down, after_sound=self.sounding)

    def close(self) -> None:
        """The app is closing: stop, and let the speech engine go."""
        self.stop()
        if self._voice is not None:
            self._voice.close()

    def _apply_sound(self, s: Settings) -> None:
        self.sound.set_volume(s.volume)
        self.sound.set_muted(not s.sound)

    def _sync_awake(self) -> None:
        running = self.session is not None and self.session.running
        if running and self.settings.settings.keep_awake:
            if not self.awake.hold() and not self._awake_warned:
                self._awake_warned = True
                # awake.py words its status in the app's language
                generic = translate("SessionRunner", "Could not keep the screen awake.")
                failed = self.awake.status or generic
                self.status.emit(failed)
        else:
            self._release_awake()

    def _sync_motion(self) -> None:
        """The technique moves on the feet while the session runs, if animations are on."""
        from footcare_gui.ui.main_window import Page

        if self.window.has_page(Page.SESSION):
            s = self.session
            on = s is not None and s.running and self.settings.settings.animations
            self.window.session_page.feet.set_moving(on, self.clock)

    def _release_awake(self) -> None:
        if self._awake is not None and self._awake.held:
            self._awake.release()
