"""Wires the session engine to the window, the sounds, the screen-awake hold and the settings.

One single-shot timer wakes the app exactly when the shown second changes (and so exactly at
each warning and step end, all whole seconds): about one wake-up a second while running, none
while paused.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Qt, QTimer, Signal

from footcare_gui import APP_NAME, __version__
from footcare_gui.core.plan import Phase, PlannedStep, build_plan
from footcare_gui.core.routines import Routine, StepView
from footcare_gui.core.session import (
    Event,
    PausedBySleep,
    PauseReason,
    Session,
    SessionFinished,
    State,
    StepEnding,
    StepStarted,
)
from footcare_gui.core.settings import FootChoice, Settings, session_total, step_durations
from footcare_gui.core.texts import ABOUT, SWITCH_HINT, WIND_DOWN_LINES, format_clock
from footcare_gui.core.zones import Foot
from footcare_gui.ui.awake import ScreenAwake
from footcare_gui.ui.main_window import MainWindow, Page
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.sound import Cue, SoundPlayer

EYEBROWS = {
    Phase.PREPARE: "GETTING READY",
    Phase.SWITCH: "SWITCH FEET",
    Phase.FINISH: "WINDING DOWN",
}


def _feet_for(p: PlannedStep, following: PlannedStep | None) -> dict[str, Any]:
    """What the foot diagrams show for a planned step (the switch marks the coming foot)."""
    if p.phase is Phase.SWITCH:
        other = (following.foot if following else None) or Foot.LEFT
        return {"zones": (), "view": StepView.SOLE, "technique": None, "active_foot": other}
    return {
        "zones": p.step.zones,
        "view": p.step.view,
        "technique": p.step.technique,
        "active_foot": p.foot,
    }


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
        self.sound = sound or SoundPlayer(self)
        self.awake = awake or ScreenAwake()
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
        self.sound.unavailable.connect(self.status)
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

    def _start_session(self) -> None:
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
            was_running = self.session.state is State.RUNNING
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
        if s is None or s.state is not State.RUNNING:
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
            self._show_step(s.current, s.next_step, s.index, len(s.plan))
            self.step_changed.emit(s.index)
        caption = {
            State.READY: "press Space to start",
            State.PAUSED: "press Space to begin"
            if s.pause_reason is PauseReason.WAITING
            else "paused",
        }.get(s.state, "")
        page.ring.set_time(
            s.remaining, s.current.duration, caption=caption, dimmed=s.state is not State.RUNNING
        )
        page.play.setText(
            "Pause"
            if s.state is State.RUNNING
            else "Start"
            if s.state is State.READY
            else "Carry on"
        )
        done = s.total - s.total_remaining
        # The bar's range is its width in pixels, so it repaints only when a pixel changes.
        page.progress.setValue(round(page.progress.maximum() * done / s.total) if s.total else 0)
        page.progress_text.setText(
            f"Step {s.index + 1} of {len(s.plan)} · {format_clock(s.total_remaining)} left"
        )
        state = {State.PAUSED: "Paused", State.READY: "Ready"}.get(s.state)
        clock = format_clock(s.remaining)
        self.window.setWindowTitle(
            f"{state + ' · ' if state else ''}{clock} · {s.current.step.title} — {APP_NAME}"
        )

    def _show_step(
        self, p: PlannedStep, following: PlannedStep | None, index: int, count: int
    ) -> None:
        page = self.window.session_page
        feet = _feet_for(p, following)
        page.feet.show_step(**feet)
        if p.phase is Phase.SWITCH:
            eyebrow = "SWITCH FEET"
            title = f"Now the {feet['active_foot'].value} foot"
            instruction = p.step.instruction or SWITCH_HINT
        else:
            eyebrow = p.foot.label.upper() if p.foot else EYEBROWS[p.phase]
            title, instruction = p.step.title, p.step.instruction
        page.eyebrow.setText(eyebrow)
        page.title.setText(title)
        page.instruction.setText(instruction)
        page.why.setText(p.step.why)
        if following is None:
            page.next.setText("Next: all done")
        elif following.phase is Phase.SWITCH:
            page.next.setText("Next: switch feet")
        else:
            page.next.setText(f"Next: {following.step.title}")
        self._prepare.start()
        # Imported here: creating these wrapper types costs start-up time, and no session
        # has started then.
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        announcement = f"Step {index + 1} of {count}: {title}"
        page.title.setAccessibleName(announcement)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(page.title, announcement))

    def _prepare_next(self) -> None:
        s = self.session
        if s is None or s.next_step is None:
            return
        after = s.plan[s.index + 2] if s.index + 2 < len(s.plan) else None
        self.window.session_page.feet.prepare_step(**_feet_for(s.next_step, after))

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
        self.sound.set_volume(s.volume)
        self.sound.set_muted(not s.sound)
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

    def _sync_awake(self) -> None:
        running = self.session is not None and self.session.state is State.RUNNING
        if running and self.settings.settings.keep_awake:
            if not self.awake.hold() and not self._awake_warned:
                self._awake_warned = True
                self.status.emit(self.awake.status or "Could not keep the screen awake.")
        else:
            self._release_awake()

    def _release_awake(self) -> None:
        if self.awake.held:
            self.awake.release()

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
