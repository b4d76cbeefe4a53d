"""The window's dialogs: safety and precautions, Preferences, and About (each imported on first
use: none is needed to show the window, and start-up counts)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from footcare_gui import APP_NAME, __version__
from footcare_gui.core.routines import Routine
from footcare_gui.core.texts import ABOUT
from footcare_gui.ui.settings_controller import SettingsController


class HelpActions(QObject):
    """Opens the dialogs over the window."""

    def __init__(
        self,
        window: QWidget,
        settings: SettingsController,
        routines: Mapping[str, Routine],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.routines = dict(routines)

    def safety(self) -> None:
        from footcare_gui.ui.precautions_dialog import PrecautionsDialog

        dialog = PrecautionsDialog(first_time=False, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def preferences(self) -> None:
        from footcare_gui.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.routines, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self.window, f"About {APP_NAME}", f"{APP_NAME} {__version__}\n\n{ABOUT}")
