"""The app's logic between the window's actions and its three parts: the start flow, the
running session and the dialogs. The app's mode is kept here as one explicit value."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from footcare_gui import APP_NAME
from footcare_gui.core.app_mode import Mode
from footcare_gui.core.routine_library import RoutineLibrary
from footcare_gui.core.routines import Routine
from footcare_gui.core.zones import Foot
from footcare_gui.ui.help_actions import HelpActions
from footcare_gui.ui.library_controller import LibraryController
from footcare_gui.ui.main_window import MainWindow, Page
from footcare_gui.ui.page_wiring import wire_built_page
from footcare_gui.ui.restart import Restart
from footcare_gui.ui.routine_actions import RoutineActions
from footcare_gui.ui.session_runner import SessionRunner
from footcare_gui.ui.setting_toggles import SettingToggles
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.start_flow import StartFlow

if TYPE_CHECKING:
    from footcare_gui.core.session import Session
    from footcare_gui.ui.awake import ScreenAwake
    from footcare_gui.ui.history_controller import HistoryController
    from footcare_gui.ui.sound import SoundPlayer
    from footcare_gui.ui.voice import Speaker

PAGES = {
    Mode.CHOOSING: Page.START,
    Mode.SESSION: Page.SESSION,
    Mode.DONE: Page.SUMMARY,
    Mode.HISTORY: Page.HISTORY,
}


class AppController(QObject):
    """Gives the window's actions their meaning in the current mode."""

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
        speaker: Callable[[QObject], Speaker] | None = None,
        history: Path | None = None,
        library: RoutineLibrary | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        # Every routine, built-in and the user's own: one live list for every page.
        self.library = LibraryController(library or RoutineLibrary(routines), self)
        self.routines = self.library.routines
        self.settings = settings
        self.mode = Mode.CHOOSING
        self.start = StartFlow(window.start_page, self.routines, settings, foot, self)
        self.routine_actions = RoutineActions(window, self.library, settings, self)
        self.routine_actions.fill_menu(window.routine_menu)
        self.runner = SessionRunner(
            window, settings, sound=sound, awake=awake, clock=clock, speaker=speaker
        )
        self.dialogs = HelpActions(
            window,
            settings,
            self.routines,
            voice=lambda: self.runner.voice,
            routine_actions=self.routine_actions,
            restart=Restart(lambda: self.mode is Mode.SESSION, self.quit),
        )
        self._history_path = history  # None: nothing is recorded
        self._history: HistoryController | None = None  # made after the first paint
        self._before_history = Mode.CHOOSING
        self.toggles = SettingToggles(window, settings)
        self._wire()
        window.show_page(Page.START)

    def _wire(self) -> None:
        w = self.window
        w.toggle_action.triggered.connect(self._on_toggle)
        w.previous_action.triggered.connect(self._on_previous)
        w.next_action.triggered.connect(self._on_next)
        w.restart_action.triggered.connect(self._on_restart)
        w.focus_action.triggered.connect(lambda on: w.set_focus_mode(bool(on)))
        w.leave_focus_action.triggered.connect(lambda: w.set_focus_mode(False))
        w.leave_focus_action.setEnabled(False)
        w.quit_action.triggered.connect(self.quit)
        w.safety_action.triggered.connect(self.dialogs.safety)
        w.preferences_action.triggered.connect(self.dialogs.preferences)
        w.about_action.triggered.connect(self.dialogs.about)
        w.history_action.triggered.connect(self.toggle_history)
        w.start_page.safety.clicked.connect(self.dialogs.safety)
        w.map_action.triggered.connect(self.dialogs.foot_map)
        w.start_page.map_link.clicked.connect(self.dialogs.foot_map)
        w.closing.connect(self.shutdown)
        w.page_built.connect(lambda built: wire_built_page(self, built))
        self.start.begin_requested.connect(self._begin_session)
        self.runner.finished.connect(self._show_summary)
        self.library.changed.connect(self.start.routines_changed)
        for source in (self.start.status, self.runner.status, self.dialogs.status):
            source.connect(self.status)
        self.routine_actions.status.connect(self.status)
        self.settings.message.connect(self.status)
        self.status.connect(w.show_status)

    # -- what other code reads ---------------------------------------------------------------
    @property
    def session(self) -> Session | None:
        return self.runner.session

    @property
    def routine(self) -> Routine:
        """The routine the next session follows."""
        return self.start.routine

    @property
    def first_foot(self) -> Foot | None:
        return self.start.first_foot

    def choose_foot(self, foot: Foot) -> None:
        self.start.choose_foot(foot)

    def begin(self) -> None:
        """Start a session with the chosen routine and foot (after the precautions, once)."""
        self.start.begin()

    def tick(self) -> None:
        self.runner.tick()

    # -- modes -------------------------------------------------------------------------------
    def _set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.window.show_page(PAGES[mode])
        self.window.history_action.setEnabled(mode is not Mode.SESSION)
        self.routine_actions.set_session_running(mode is Mode.SESSION)
        if mode is not Mode.SESSION:
            history = self.tr("History — {0}").format(APP_NAME)
            done = self.tr("All done — {0}").format(APP_NAME)
            titles = {Mode.DONE: done, Mode.HISTORY: history}
            self.window.setWindowTitle(titles.get(mode, APP_NAME))

    def _begin_session(self, routine: Routine, foot: Foot) -> None:
        self._set_mode(Mode.SESSION)
        if self.settings.settings.start_in_focus and not self.window.in_focus_mode():
            self.window.set_focus_mode(True)
        self.runner.start(routine, foot)
        if self.runner.session is not None:
            self.history.session_started(self.runner.session, routine, foot)

    def _show_summary(self) -> None:
        from footcare_gui.core.summary_view import summary_words  # with the first summary

        s = self.runner.session
        if s is None:
            return
        self.history.session_finished()
        words = summary_words(s, int(time.time() // 86400))
        page = self.window.summary_page
        page.stats.setText(words.stats)
        page.line.setText(words.wind_down)
        self._set_mode(Mode.DONE)
        self.runner.speak_closing(words.wind_down)

    def back_to_start(self) -> None:
        """Leave a finished (or abandoned) session for the start page."""
        if self._history is not None:
            self._history.session_left()
        self.runner.stop()
        self._set_mode(Mode.CHOOSING)

    @property
    def history(self) -> HistoryController:
        """The history (its module imported and the object made on first use)."""
        if self._history is None:
            from footcare_gui.ui.history_controller import HistoryController

            self._history = HistoryController(self.window, self._history_path, self)
            self._history.status.connect(self.status)
        return self._history

    def toggle_history(self) -> None:
        """Show the History page (not during a session); again: back to where it came from."""
        if self.mode is Mode.HISTORY:
            self._set_mode(self._before_history)
        elif self.mode is not Mode.SESSION:
            self._before_history = self.mode
            self.history.refresh_page()
            self._set_mode(Mode.HISTORY)

    # -- commands ----------------------------------------------------------------------------
    def _on_toggle(self) -> None:
        if self.mode is Mode.CHOOSING:
            self.start.begin()
        elif self.mode is Mode.SESSION:
            self.runner.toggle()

    def _on_previous(self) -> None:
        if self.mode is Mode.CHOOSING:
            self.start.choose_foot(Foot.LEFT)
        elif self.mode is Mode.SESSION:
            self.runner.previous()

    def _on_next(self) -> None:
        if self.mode is Mode.CHOOSING:
            self.start.choose_foot(Foot.RIGHT)
        elif self.mode is Mode.SESSION:
            self.runner.next()

    def _on_restart(self) -> None:
        if self.mode is Mode.DONE:
            self.back_to_start()
        elif self.mode is Mode.SESSION:
            if self._history is not None:
                self._history.session_restarted()
            self.runner.restart()

    def quit(self) -> None:
        """Close the window for good, also when a tray icon would keep the app running."""
        self.window.keep_running_on_close = False
        self.window.close()

    def shutdown(self) -> None:
        """The window is closing: stop the session, let the screen sleep, save settings."""
        if self._history is not None:
            self._history.session_left()
            self._history.close()
        self.runner.close()
        # The normal window's geometry, not the full screen's: the next start opens as a
        # window, with its menu bar, whatever mode this one ended in.
        geometry = self.window.normal_geometry()
        if self.window.in_focus_mode():
            self.window.set_focus_mode(False)
        self.settings.update(window_geometry=geometry.toBase64().toStdString())
        self.settings.flush()
