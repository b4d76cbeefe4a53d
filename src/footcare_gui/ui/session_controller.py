"""Wires the session engine to the window, the sounds, the screen-awake hold and the settings.

One single-shot timer wakes the app exactly when the shown second changes (and so exactly at
each warning and step end, all whole seconds): about one wake-up a second while running, none
while paused.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, Qt, QTimer, Signal

from footcare_gui import APP_NAME, __version__
from footcare_gui.core.routines import Routine, StepView
from footcare_gui.core.settings import FootChoice, Settings, session_total, step_durations
from footcare_gui.core.texts import ABOUT, WIND_DOWN_LINES, format_clock
from footcare_gui.core.zones import Foot
from footcare_gui.ui.main_window import MainWindow, Page
from footcare_gui.ui.settings_controller import SettingsController

if TYPE_CHECKING:  # the engine, sound and screen hold are imported with the first session
    from footcare_gui.core.session import Event, Session
    from footcare_gui.ui.awake import ScreenAwake
    from footcare_gui.ui.sound import SoundPlayer


def _minutes(seconds: float) -> str:
    m = max(1, round(seconds / 60))
    return f"{m} minute" + ("" if m == 1 else "s")


class SessionController(QObject):
    """The app's logic between the widgets: private ``_on_...`` slots, no layout."""

    step_changed = Signal(int)  # the plan index now shown
    finished = Signal()
    status = Signal(str)  # user-facing messages for the status bar

    def __init__(
        self,
        window: MainWindow,
        routines: Mapping[str, Routine],
        settings: SettingsController,
        *,
        sound: SoundPlayer | None = None,
        awake: ScreenAwake | None = None,
        clock: Callable[[], float] = time.monotonic,
        foot: Foot | None = None,
        routine: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.routines = dict(routines)
        self.settings = settings
        # Made with the first session: their modules are not needed to show the window.
        self._sound = sound
        self._awake = awake
        self.clock = clock
        self.session: Session | None = None
        self._session_routine: Routine | None = None  # the routine of the running session
        self._foot: Foot | None = foot
        self._shown_index = -1
        self._awake_warned = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: it fires once a second at most, exactly on the boundary it was set for.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        # Half a second into each step, draw the next step's feet while nothing else happens.
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.setTimerType(Qt.TimerType.CoarseTimer)
        self._prepare.setInterval(500)
        self._prepare.timeout.connect(self._prepare_next)
        self._wire()
        self._fill_routines(routine or settings.settings.routine)
        self._apply_settings(settings.settings)
        if foot is None and settings.settings.first_foot is not FootChoice.ASK:
            self._foot = Foot(settings.settings.first_foot.value)
        self._show_foot_choice()
        window.show_page(Page.START)

    # -- wiring ------------------------------------------------------------------------------
    def _wire(self) -> None:
        w, start = self.window, self.window.start_page
        w.toggle_action.triggered.connect(self._on_toggle)
        w.previous_action.triggered.connect(self._on_previous)
        w.next_action.triggered.connect(self._on_next)
        w.restart_action.triggered.connect(self._on_restart)
        w.wait_action.toggled.connect(self._on_wait_toggled)
        w.focus_action.triggered.connect(lambda on: w.set_focus_mode(bool(on)))
        w.leave_focus_action.triggered.connect(lambda: w.set_focus_mode(False))
        w.leave_focus_action.setEnabled(False)
        w.quit_action.triggered.connect(w.close)
        w.safety_action.triggered.connect(self._on_safety)
        w.preferences_action.triggered.connect(self._on_preferences)
        w.about_action.triggered.connect(self._on_about)
        w.closing.connect(self.shutdown)
        start.left.clicked.connect(lambda: self.choose_foot(Foot.LEFT))
        start.right.clicked.connect(lambda: self.choose_foot(Foot.RIGHT))
        start.start.clicked.connect(self.begin)
        start.safety.clicked.connect(self._on_safety)
        start.routine.currentIndexChanged.connect(self._on_routine_chosen)
        w.page_built.connect(self._on_page_built)
        self.settings.changed.connect(self._apply_settings)
        self.settings.message.connect(self.status)
        if self._sound is not None:
            self._sound.unavailable.connect(self.status)
        self.status.connect(lambda text: w.statusBar().showMessage(text, 30000))

    def _on_page_built(self, built: Page) -> None:
        w = self.window
        if built is Page.SESSION:
            page = w.session_page
            page.play.clicked.connect(self._on_toggle)
            page.previous.clicked.connect(self._on_previous)
            page.next_button.clicked.connect(self._on_next)
            page.restart.clicked.connect(self._on_restart)
            page.wait.toggled.connect(self._on_wait_toggled)
            self._apply_to_pages(self.settings.settings)
        elif built is Page.SUMMARY:
            w.summary_page.again.clicked.connect(self.back_to_start)
            w.summary_page.quit.clicked.connect(w.close)

    # -- the start page ----------------------------------------------------------------------
    @property
    def routine(self) -> Routine:
        rid = self.window.start_page.routine.currentData()
        return self.routines[rid] if rid in self.routines else next(iter(self.routines.values()))

    @property
    def first_foot(self) -> Foot | None:
        return self._foot

    def _fill_routines(self, selected: str) -> None:
        combo = self.window.start_page.routine
        combo.blockSignals(True)
        combo.clear()
        for rid, r in self.routines.items():
            combo.addItem(r.title, rid)
        index = combo.findData(selected)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        self._show_routine_info()

    def _show_routine_info(self) -> None:
        r = self.routine
        total = session_total(self.settings.settings, r)
        self.window.start_page.routine_info.setText(f"{r.summary}  About {_minutes(total)}.")

    def _on_routine_chosen(self) -> None:
        self._show_routine_info()
        if self.routine.id != self.settings.settings.routine:
            self.settings.update(routine=self.routine.id)

    def choose_foot(self, foot: Foot) -> None:
        """Pick the foot that goes first this time."""
        self._foot = foot
        self._show_foot_choice()

    def _show_foot_choice(self) -> None:
        page = self.window.start_page
        page.left.setChecked(self._foot is Foot.LEFT)
        page.right.setChecked(self._foot is Foot.RIGHT)
        page.start.setEnabled(self._foot is not None)
        page.start.setText("Start" if self._foot else "Choose a foot to start")
        page.feet.show_step(zones=(), view=StepView.SOLE, technique=None, active_foot=self._foot)

    def begin(self) -> None:
        """Start a session with the chosen routine and foot (after the precautions, once)."""
        if self._foot is None:
            self.status.emit("Choose which foot goes first: the one that feels more tired.")
            return
        if not self.settings.settings.precautions_acknowledged:
            from footcare_gui.ui.precautions_dialog import PrecautionsDialog  # first run only

            dialog = PrecautionsDialog(first_time=True, parent=self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(self._on_precautions_accepted)
            dialog.open()
            return
        self._start_session()

    def _on_precautions_accepted(self) -> None:
        self.settings.update(precautions_acknowledged=True)
        self._start_session()

    @property
    def sound(self) -> SoundPlayer:
        """The sound player (made on first use, with the current settings)."""
        if self._sound is None:
            from footcare_gui.ui.sound import SoundPlayer

            self._sound = SoundPlayer(self)
            self._sound.unavailable.connect(self.status)
            self._apply_sound(self.settings.settings)
        return self._sound

    @sound.setter
    def sound(self, player: SoundPlayer) -> None:
        self._sound = player

    @property
    def awake(self) -> ScreenAwake:
        """The screen-awake hold (made on first use)."""
        if self._awake is None:
            from footcare_gui.ui.awake import ScreenAwake

            self._awake = ScreenAwake()
        return self._awake

    def _start_session(self) -> None:
        from footcare_gui.core.plan import build_plan
        from footcare_gui.core.session import Session

        assert self._foot is not None
        s = self.settings.settings
        routine = self._session_routine = self.routine
        plan = build_plan(routine, self._foot, step_durations(s, routine))
        self.session = Session(
            plan, self.clock, warn_seconds=s.warn_seconds, auto_advance=s.auto_advance
        )
        self.session.subscribe(self._on_event)
        self._shown_index = -1
        self.window.show_page(Page.SESSION)
        if s.start_in_focus and not self.window.in_focus_mode():
            self.window.set_focus_mode(True)
        self.session.start()
        self._after_command()

    def back_to_start(self) -> None:
        """Leave a finished (or abandoned) session for the start page."""
        self._timer.stop()
        self.session = None
        self._release_awake()
        self.window.show_page(Page.START)
        self.window.setWindowTitle(APP_NAME)
        self._show_foot_choice()

    # -- commands ----------------------------------------------------------------------------
    def _on_toggle(self) -> None:
        page = self.window.current_page()
        if page is Page.START:
            self.begin()
        elif page is Page.SESSION and self.session:
            self.session.toggle()
            self._after_command()

    def _on_previous(self) -> None:
        if self.window.current_page() is Page.START:
            self.choose_foot(Foot.LEFT)
        elif self.session and self.window.current_page() is Page.SESSION:
            self.session.previous()
            self._after_command()

    def _on_next(self) -> None:
        if self.window.current_page() is Page.START:
            self.choose_foot(Foot.RIGHT)
        elif self.session and self.window.current_page() is Page.SESSION:
            self.session.next()
            self._after_command()

    def _on_restart(self) -> None:
        page = self.window.current_page()
        if page is Page.SUMMARY:
            self.back_to_start()
        elif page is Page.SESSION and self.session:
            was_running = self.session.running
            self.session.restart()
            self._shown_index = -1
            if was_running:
                self.session.start()
            self._after_command()

    def _on_wait_toggled(self, wait: bool) -> None:
        if self.settings.settings.auto_advance == (not wait):
            return
        self.settings.update(auto_advance=not wait)

    def tick(self) -> None:
        """Timer slot: bring the session up to the clock and show it."""
        if self.session is None:
            return
        before = self.session.state
        self.session.update()
        self._refresh()
        self._schedule()
        if self.session is not None and self.session.state is not before:
            self._sync_awake()  # not every second: a failed hold would be retried each tick

    def _after_command(self) -> None:
        self._refresh()
        self._schedule()
        self._sync_awake()

    def _schedule(self) -> None:
        s = self.session
        if s is None or not s.running:
            self._timer.stop()
            return
        remaining = s.remaining
        to_next_second = remaining - math.floor(remaining)
        if to_next_second < 0.001:
            to_next_second = 1.0
        # +1 ms so the boundary has surely passed when the timer fires.
        self._timer.start(min(1000, math.ceil(to_next_second * 1000) + 1))

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
        elif isinstance(event, StepEnding):
            self.sound.play(Cue.TICK)
        elif isinstance(event, SessionFinished):
            self.sound.play(Cue.FINISH)
            self._show_summary()
        elif isinstance(event, PausedBySleep):
            gap = format_clock(event.gap)
            self.status.emit(
                f"Paused: the computer seemed to be asleep for {gap}. Press Space to carry on."
            )

    # -- showing -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        s = self.session
        if s is None or self.window.current_page() is not Page.SESSION:
            return
        page = self.window.session_page
        if s.index != self._shown_index:
            self._shown_index = s.index
            page.show_step(s)
            self._prepare.start()
            self.step_changed.emit(s.index)
        page.show_time(s)
        self.window.setWindowTitle(page.window_title(s))

    def _prepare_next(self) -> None:
        if self.session is not None:
            self.window.session_page.prepare_next_step(self.session)

    def _show_summary(self) -> None:
        s = self.session
        if s is None:
            return
        page = self.window.summary_page
        steps = f"{s.completed} of {len(s.plan)} steps"
        page.stats.setText(f"{format_clock(s.active_seconds)} of foot care · {steps} done")
        page.line.setText(WIND_DOWN_LINES[int(time.time() // 86400) % len(WIND_DOWN_LINES)])
        self.window.show_page(Page.SUMMARY)
        self.window.setWindowTitle(f"All done — {APP_NAME}")
        self._timer.stop()
        self.finished.emit()

    # -- settings, awake, help ---------------------------------------------------------------
    def _apply_settings(self, s: Settings) -> None:
        if self._sound is not None:
            self._apply_sound(s)
        self._apply_to_pages(s)
        if self.session is not None and self._session_routine is not None:
            self.session.auto_advance = s.auto_advance
            self.session.warn_seconds = s.warn_seconds
            self.session.set_durations(step_durations(s, self._session_routine))
        self._show_routine_info()
        self._sync_awake()

    def _apply_to_pages(self, s: Settings) -> None:
        """The settings that the pages built so far show."""
        w = self.window
        with QSignalBlocker(w.wait_action):
            w.wait_action.setChecked(not s.auto_advance)
        if w.has_page(Page.SESSION):
            with QSignalBlocker(w.session_page.wait):
                w.session_page.wait.setChecked(not s.auto_advance)
        for view in w.foot_views():
            view.set_animations_enabled(s.animations)

    def _apply_sound(self, s: Settings) -> None:
        self.sound.set_volume(s.volume)
        self.sound.set_muted(not s.sound)

    def _sync_awake(self) -> None:
        running = self.session is not None and self.session.running
        if running and self.settings.settings.keep_awake:
            if not self.awake.hold() and not self._awake_warned:
                self._awake_warned = True
                self.status.emit(self.awake.status or "Could not keep the screen awake.")
        else:
            self._release_awake()

    def _release_awake(self) -> None:
        if self._awake is not None and self._awake.held:
            self._awake.release()

    def shutdown(self) -> None:
        """The window is closing: stop the timers, let the screen sleep, save settings."""
        self._timer.stop()
        self._prepare.stop()
        if self.session is not None:
            self.session.pause()  # also keeps later settings changes from taking a new hold
        self._release_awake()
        self.settings.update(window_geometry=self.window.saveGeometry().toBase64().toStdString())
        self.settings.flush()

    def _on_safety(self) -> None:
        from footcare_gui.ui.precautions_dialog import PrecautionsDialog

        dialog = PrecautionsDialog(first_time=False, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_preferences(self) -> None:
        # Imported on first use: it is not needed to show the window, and start-up counts.
        from footcare_gui.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.routines, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # first use only: start-up counts

        QMessageBox.about(self.window, f"About {APP_NAME}", f"{APP_NAME} {__version__}\n\n{ABOUT}")
