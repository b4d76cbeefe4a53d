"""The window's dialogs: safety and precautions, Preferences, About and the foot map (each
imported on first use: none is needed to show the window, and start-up counts)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from footcare_gui import APP_NAME, __version__
from footcare_gui.core.i18n import translate
from footcare_gui.core.routines import Routine
from footcare_gui.core.texts import ABOUT
from footcare_gui.ui.settings_controller import SettingsController

if TYPE_CHECKING:
    from footcare_gui.ui.foot_map_dialog import FootMapDialog
    from footcare_gui.ui.restart import Restart
    from footcare_gui.ui.routine_actions import RoutineActions
    from footcare_gui.ui.session_voice import SessionVoice


class HelpActions(QObject):
    """Opens the dialogs over the window."""

    status = Signal(str)

    def __init__(
        self,
        window: QWidget,
        settings: SettingsController,
        routines: Mapping[str, Routine],
        voice: Callable[[], SessionVoice] | None = None,
        routine_actions: RoutineActions | None = None,
        restart: Restart | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.routines = routines  # a live view: the user's own routines come and go
        self.voice = voice  # the session's voice, for the Voice tab (made when it is shown)
        self.routine_actions = routine_actions  # Preferences can open the routine editor
        self.restart = restart  # Preferences can start the app again in a new language
        self._map: FootMapDialog | None = None

    def safety(self) -> None:
        from footcare_gui.ui.precautions_dialog import PrecautionsDialog

        dialog = PrecautionsDialog(first_time=False, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def preferences(self) -> None:
        from footcare_gui.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self.settings,
            self.routines,
            self.window,
            voice=self.voice,
            routine_actions=self.routine_actions,
            restart=self.restart,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def foot_map(self) -> None:
        """The foot map, beside the window (one at a time: asked again, it comes forward)."""
        if self._map is None:
            from footcare_gui.core.settings import chosen_routine
            from footcare_gui.ui.foot_map_dialog import FootMapDialog

            routine = chosen_routine(self.settings.settings, self.routines)
            self._map = FootMapDialog(self.routines, routine.id if routine else None, self.window)
            self._map.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._map.finished.connect(self._map_closed)
        self._map.show()
        self._map.raise_()
        self._map.activateWindow()

    def _map_closed(self) -> None:
        self._map = None

    def about(self) -> None:
        """Version and credits, with a button that copies the system report for bug reports."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        box.setText(f"{APP_NAME} {__version__}\n\n{translate('Texts', ABOUT)}")
        copy = box.addButton(self.tr("Copy system information"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copySystemInfoButton")
        copy.setToolTip(self.tr("Copy what footcare-gui --doctor reports, for a bug report"))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        copy.clicked.connect(self.copy_system_information)
        box.open()

    def copy_system_information(self) -> None:
        """Put the ``--doctor`` report on the clipboard and say so."""
        from PySide6.QtGui import QCursor, QGuiApplication

        from footcare_gui.doctor import report_text

        # The report asks the speech engine in a child process: a second, or up to 6 s when
        # the engine is stuck. The busy cursor says the click was heard.
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            text = report_text(str(self.settings.path.parent))
        finally:
            QGuiApplication.restoreOverrideCursor()
        QGuiApplication.clipboard().setText(text)
        self.status.emit(self.tr("System information copied: paste it into your bug report."))
