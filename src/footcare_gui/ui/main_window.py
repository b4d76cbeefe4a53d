"""The main window: menus and shortcuts, the three pages, a status bar, and focus mode.

Only the start page is built with the window; the session and summary pages are built (and
their modules imported) the first time they are needed, because start-up time counts.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from footcare_gui import APP_NAME
from footcare_gui.core.i18n import translate
from footcare_gui.ui.start_page import StartPage

if TYPE_CHECKING:
    from footcare_gui.ui.foot_view import FootView
    from footcare_gui.ui.history_page import HistoryPage
    from footcare_gui.ui.session_page import SessionPage
    from footcare_gui.ui.summary_page import SummaryPage

FOCUS_SCALE = 1.3


class Page(Enum):
    """The window's pages."""

    START = "start"
    SESSION = "session"
    SUMMARY = "summary"
    HISTORY = "history"


class MainWindow(QMainWindow):
    """Holds the pages and the actions; the controller gives them meaning."""

    closing = Signal()
    hidden_to_tray = Signal()  # closed while the tray keeps the app running: only hidden
    page_built = Signal(object)  # a Page, just built: the controller wires it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(800, 600)
        self.keep_running_on_close = False  # True while a tray icon keeps the app at hand
        self._normal_geometry: QByteArray | None = None  # saved on entering focus mode
        screen = self.screen().availableGeometry()
        # A roomy first size that still fits a small laptop screen with its title bar.
        self.resize(min(1200, int(screen.width() * 0.92)), min(780, int(screen.height() * 0.88)))
        self.start_page = StartPage()
        self._session_page: SessionPage | None = None
        self._summary_page: SummaryPage | None = None
        self._history_page: HistoryPage | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.setCentralWidget(self.pages)

        def act(text: str, keys: list[str], tip: str) -> QAction:
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            shown = translate("MainWindow", " or ").join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
            )
            a.setToolTip(f"{tip} ({shown})" if keys else tip)
            a.setStatusTip(tip)
            self.addAction(a)  # shortcuts work in focus mode too, with the menu bar hidden
            return a

        self.toggle_action = act(
            translate("MainWindow", "&Start / Pause"),
            ["Space"],
            translate("MainWindow", "Start, pause or carry on"),
        )
        self.previous_action = act(
            translate("MainWindow", "&Previous step"),
            ["Left"],
            translate("MainWindow", "Go back one step"),
        )
        self.next_action = act(
            translate("MainWindow", "&Next step"),
            ["Right"],
            translate("MainWindow", "Skip to the next step"),
        )
        self.restart_action = act(
            translate("MainWindow", "&Restart"),
            ["R"],
            translate("MainWindow", "Start the session over"),
        )
        self.wait_action = act(
            translate("MainWindow", "&Wait for me at each step"),
            ["W"],
            translate("MainWindow", "Hold each new step until you press Space"),
        )
        self.wait_action.setCheckable(True)
        self.voice_action = act(
            self.tr("Speak the steps &aloud"), ["V"], self.tr("Voice guidance: say each step aloud")
        )
        self.voice_action.setCheckable(True)
        self.focus_action = act(
            translate("MainWindow", "&Focus mode"),
            ["F11", "F"],
            translate("MainWindow", "Full screen with larger type"),
        )
        self.focus_action.setCheckable(True)
        self.leave_focus_action = act(
            translate("MainWindow", "Leave focus mode"),
            ["Esc"],
            translate("MainWindow", "Leave focus mode"),
        )
        self.history_action = act(
            self.tr("&History"), ["Ctrl+H"], self.tr("Your evenings: calendar and feelings")
        )
        self.map_action = act(
            self.tr("Foot &map"), ["F2"], self.tr("Explore the reflex zones of both feet")
        )
        self.preferences_action = act(
            translate("MainWindow", "&Preferences…"),
            ["Ctrl+,"],
            translate("MainWindow", "Change durations, sound and look"),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = act(
            translate("MainWindow", "&Quit"),
            ["Ctrl+Q"],
            translate("MainWindow", "Quit footcare-gui"),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.safety_action = act(
            translate("MainWindow", "&Safety and precautions"),
            ["F1"],
            translate("MainWindow", "Who should ask a doctor first"),
        )
        self.about_action = act(
            translate("MainWindow", "&About {app}").format(app=APP_NAME),
            [],
            translate("MainWindow", "Version and credits"),
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        bar = self.menuBar()
        session = bar.addMenu(translate("MainWindow", "&Session"))
        for a in (self.toggle_action, self.previous_action, self.next_action, self.restart_action):
            session.addAction(a)
        session.addSeparator()
        session.addAction(self.wait_action)
        session.addAction(self.voice_action)
        session.addSeparator()
        session.addAction(self.quit_action)
        view = bar.addMenu(translate("MainWindow", "&View"))
        view.addAction(self.focus_action)
        view.addAction(self.history_action)
        view.addAction(self.map_action)
        view.addSeparator()
        view.addAction(self.preferences_action)
        self.routine_menu = bar.addMenu(self.tr("&Routine"))  # filled by RoutineActions
        self.routine_menu.setObjectName("routineMenu")
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.safety_action)
        help_menu.addAction(self.about_action)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().messageChanged.connect(self._message_changed)

    # -- pages ---------------------------------------------------------------------------
    @property
    def session_page(self) -> SessionPage:
        """The page of a running session (built on first use)."""
        if self._session_page is None:
            from footcare_gui.ui.session_page import SessionPage

            self._session_page = SessionPage()
            self._session_page.focus_scale = FOCUS_SCALE if self.in_focus_mode() else 1.0
            self.pages.addWidget(self._session_page)
            self.page_built.emit(Page.SESSION)
        return self._session_page

    @property
    def summary_page(self) -> SummaryPage:
        """The page shown when a session is done (built on first use)."""
        if self._summary_page is None:
            from footcare_gui.ui.summary_page import SummaryPage

            self._summary_page = SummaryPage()
            self.pages.addWidget(self._summary_page)
            self.page_built.emit(Page.SUMMARY)
        return self._summary_page

    @property
    def history_page(self) -> HistoryPage:
        """The History page (built on first use)."""
        if self._history_page is None:
            from footcare_gui.ui.history_page import HistoryPage

            self._history_page = HistoryPage()
            self.pages.addWidget(self._history_page)
            self.page_built.emit(Page.HISTORY)
        return self._history_page

    def has_page(self, page: Page) -> bool:
        """Whether a page has been built yet (the start page always is)."""
        if page is Page.SESSION:
            return self._session_page is not None
        if page is Page.SUMMARY:
            return self._summary_page is not None
        if page is Page.HISTORY:
            return self._history_page is not None
        return True

    def show_page(self, page: Page) -> None:
        """Bring a page to the front, building it first if needed."""
        if page is Page.SESSION:
            self.pages.setCurrentWidget(self.session_page)
        elif page is Page.SUMMARY:
            self.pages.setCurrentWidget(self.summary_page)
            # Not the first face: its focus frame looks like an answer already given.
            self.summary_page.again.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is Page.HISTORY:
            self.pages.setCurrentWidget(self.history_page)
        else:
            self.pages.setCurrentWidget(self.start_page)

    def current_page(self) -> Page:
        """The page in front."""
        shown = self.pages.currentWidget()
        if shown is not None and shown is self._session_page:
            return Page.SESSION
        if shown is not None and shown is self._summary_page:
            return Page.SUMMARY
        if shown is not None and shown is self._history_page:
            return Page.HISTORY
        return Page.START

    def foot_views(self) -> list[FootView]:
        """The foot diagrams of the pages built so far."""
        views = [self.start_page.feet]
        if self._session_page is not None:
            views.append(self._session_page.feet)
        return views

    # -- focus mode ----------------------------------------------------------------------
    def in_focus_mode(self) -> bool:
        return self.focus_action.isChecked()

    def set_focus_mode(self, on: bool) -> None:
        """Full screen, no menu or status bar, and larger type; or back to a normal window."""
        if on and not self.windowState() & Qt.WindowState.WindowFullScreen:
            self._normal_geometry = self.saveGeometry()
        self.focus_action.setChecked(on)
        self.leave_focus_action.setEnabled(on)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)  # in focus mode, only while a message is up
        if self._session_page is not None:
            self._session_page.focus_scale = FOCUS_SCALE if on else 1.0
            self._session_page.rescale()
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def show_status(self, message: str) -> None:
        """A message for the user in the status bar for 30 s; in focus mode the bar shows
        while it is up (an error, no sound), then hides again."""
        self.statusBar().showMessage(message, 30000)
        if self.in_focus_mode():
            self.statusBar().setVisible(bool(message))

    def _message_changed(self, message: str) -> None:
        if self.in_focus_mode() and not message:  # its time is up, or it was cleared
            self.statusBar().hide()

    def normal_geometry(self) -> QByteArray:
        """The geometry to keep for the next start: a normal window's, also in focus mode
        (on X11 the window manager gives the window its normal size back only later)."""
        if self.in_focus_mode() and self._normal_geometry is not None:
            return self._normal_geometry
        return self.saveGeometry()

    def bring_forward(self) -> None:
        """Show the window in front: from the tray, a reminder or a second launch."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        if self.keep_running_on_close:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
