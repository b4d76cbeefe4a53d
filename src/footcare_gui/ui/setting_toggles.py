"""The window's own switches for two settings, kept in step with the settings both ways:
"Wait for me at each step" (W, and the session page's checkbox) and the voice (V)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker

from footcare_gui.core.settings import Settings
from footcare_gui.ui.main_window import MainWindow, Page
from footcare_gui.ui.settings_controller import SettingsController


class SettingToggles(QObject):
    """The settings own the choice; the actions and the checkbox write it and show it."""

    def __init__(self, window: MainWindow, settings: SettingsController) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        window.wait_action.toggled.connect(self._on_wait_toggled)
        window.voice_action.toggled.connect(self._on_voice_toggled)
        window.page_built.connect(self._on_page_built)
        settings.changed.connect(self.show)
        self.show(settings.settings)

    def _on_page_built(self, built: Page) -> None:
        if built is Page.SESSION:
            self.window.session_page.wait.toggled.connect(self._on_wait_toggled)
            self.show(self.settings.settings)

    def _on_wait_toggled(self, wait: bool) -> None:
        if self.settings.settings.auto_advance == (not wait):
            return
        self.settings.update(auto_advance=not wait)

    def _on_voice_toggled(self, on: bool) -> None:
        if self.settings.settings.voice != on:
            self.settings.update(voice=on)

    def show(self, s: Settings) -> None:
        """Show the settings in the switches without feeding the change back."""
        w = self.window
        with QSignalBlocker(w.wait_action):
            w.wait_action.setChecked(not s.auto_advance)
        with QSignalBlocker(w.voice_action):
            w.voice_action.setChecked(s.voice)
        if w.has_page(Page.SESSION):
            with QSignalBlocker(w.session_page.wait):
                w.session_page.wait.setChecked(not s.auto_advance)
