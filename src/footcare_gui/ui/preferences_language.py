"""Preferences → General → Language: the system's or a chosen one, from the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from footcare_gui.core.i18n import LANGUAGES, translate
from footcare_gui.core.settings import Settings
from footcare_gui.ui.preferences_widgets import describe, form_box
from footcare_gui.ui.settings_controller import SettingsController


class LanguageBox:
    """The language list (each language named in itself) and a note on when it applies."""

    def __init__(self, controller: SettingsController) -> None:
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
        form.addRow(QLabel(), self.note)

    def sync(self, settings: Settings) -> None:
        was = self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(settings.language)))
        self.combo.blockSignals(was)
