"""The Preferences dialog: every setting, applied at once through the SettingsController.

Tabs: "General" (session, sound, look, screen), "Durations" (each step of the routine the
next session follows), "Voice" and "Reminder" (the nightly reminder, starting at login). The
dialog keeps no state of its own: the tabs write through the controller and redraw from its
``changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.i18n import translate
from footcare_gui.core.routines import Routine
from footcare_gui.core.settings import Settings
from footcare_gui.ui.preferences_durations import DurationsTab
from footcare_gui.ui.preferences_general import GeneralTab
from footcare_gui.ui.preferences_reminder import ReminderTab
from footcare_gui.ui.preferences_voice import VoiceTab
from footcare_gui.ui.preferences_widgets import describe
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.widgets import natural_size

if TYPE_CHECKING:
    from footcare_gui.ui.restart import Restart
    from footcare_gui.ui.routine_actions import RoutineActions
    from footcare_gui.ui.session_voice import SessionVoice


class _Scrolled(QScrollArea):
    """The tabs, scrolled up and down only on a screen too low for them (800x600)."""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.setObjectName("preferencesScroll")
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:  # the tabs' own, not QScrollArea's at most 24 lines
        inner = self.widget()
        hint = inner.sizeHint() if inner is not None else QSize()
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:  # never so narrow that the words are cut
        inner = self.widget()
        least = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(least + self._bar(), 160)


class PreferencesDialog(QDialog):
    """Every setting in one place; each change is applied (and saved) at once."""

    def __init__(
        self,
        controller: SettingsController,
        routines: Mapping[str, Routine],
        parent: QWidget | None = None,
        *,
        voice: Callable[[], SessionVoice] | None = None,
        routine_actions: RoutineActions | None = None,
        restart: Restart | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.general = GeneralTab(
            controller, routines, routine_actions=routine_actions, restart=restart
        )
        self.durations = DurationsTab(controller, routines)
        self.voice = VoiceTab(controller, voice)  # opens the engine when first shown
        self.reminder = ReminderTab(controller)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.general, translate("PreferencesDialog", "&General"))
        self.tabs.addTab(self.durations, translate("PreferencesDialog", "&Durations"))
        self.tabs.addTab(self.voice, self.tr("&Voice"))
        self.tabs.addTab(self.reminder, self.tr("&Reminder"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("preferencesButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        describe(
            close,
            "closeButton",
            translate("PreferencesDialog", "Close"),
            translate("PreferencesDialog", "Close Preferences; changes are already saved"),
        )
        buttons.rejected.connect(self.reject)
        # Enter commits a typed value; it must not also close the dialog or press Apply.
        for b in (close, self.durations.apply_target, self.durations.reset):
            b.setAutoDefault(False)
            b.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(_Scrolled(self.tabs))
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        controller.changed.connect(self._sync)
        if routine_actions is not None:  # the list of routines changes while this is open
            routine_actions.library.changed.connect(self.routines_changed)
        self._sync(controller.settings)
        self._controller = controller
        natural_size(self)  # the widest tab's words whole, on a small screen too

    def routines_changed(self) -> None:
        """A routine was added, changed or removed: show the list and its steps anew."""
        self.general.routines_changed()
        self.durations.routines_changed()
        self._sync(self._controller.settings)

    def _sync(self, settings: Settings) -> None:
        self.general.sync(settings)
        self.durations.sync(settings)
        self.voice.sync(settings)
        self.reminder.sync(settings)
