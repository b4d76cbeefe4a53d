"""Preferences → General → Language: the system's or a chosen one, from the next start, or
at once with Restart now (not while a session is under way)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from footcare_gui.core import i18n
from footcare_gui.core.i18n import LANGUAGES, translate
from footcare_gui.core.settings import Settings
from footcare_gui.ui.preferences_widgets import describe, form_box
from footcare_gui.ui.settings_controller import SettingsController

if TYPE_CHECKING:
    from footcare_gui.ui.restart import Restart


class LanguageBox:
    """The language list (each language named in itself) and a note on when it applies."""

    def __init__(self, controller: SettingsController, restart: Restart | None = None) -> None:
        self.box, form = form_box(translate("GeneralTab", "Language"), "languageGroup")
        self.combo = QComboBox()
        self.combo.addItem(translate("GeneralTab", "Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        describe(
            self.combo,
            "languageCombo",
            translate("GeneralTab", "Language"),
            translate("GeneralTab", "The language of the window, the routines and the voice"),
        )
        self.combo.activated.connect(
            lambda _i: controller.update(language=self.combo.currentData())
        )
        form.addRow(translate("GeneralTab", "L&anguage:"), self.combo)
        label = form.labelForField(self.combo)
        if isinstance(label, QLabel):
            label.setBuddy(self.combo)
        self.note = QLabel(
            translate("GeneralTab", "A new language applies the next time the app starts.")
        )
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(False)  # a wrapped label in a form's field column gets cut
        self.note.setProperty("role", "muted")
        self._restart = restart
        self.restart_button = QPushButton(translate("GeneralTab", "&Restart now"))
        describe(
            self.restart_button,
            "restartButton",
            translate("GeneralTab", "Restart now"),
            translate("GeneralTab", "Close footcare-gui and open it again in the chosen language"),
        )
        self.restart_button.setAutoDefault(False)
        self.restart_button.setVisible(False)
        if restart is not None:
            self.restart_button.clicked.connect(restart.now)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.note)
        line.addWidget(self.restart_button)
        line.addStretch(1)
        form.addRow(QLabel(), row)

    def sync(self, settings: Settings) -> None:
        was = self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(settings.language)))
        self.combo.blockSignals(was)
        self._sync_restart(settings.language)

    def _sync_restart(self, chosen: str) -> None:
        """Offer Restart now when the chosen language is not the one shown; during a session
        it waits (restarting would end the session)."""
        shown = i18n.language()
        wanted = i18n.pick_language(chosen, QLocale.system().uiLanguages())
        self.restart_button.setVisible(self._restart is not None and wanted != shown)
        ready = self._restart is not None and self._restart.available()
        self.restart_button.setEnabled(ready)
        if not ready:
            self.restart_button.setToolTip(
                translate("GeneralTab", "After the session: restarting now would end it")
            )
