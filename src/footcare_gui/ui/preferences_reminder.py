"""The Reminder tab of Preferences: the nightly reminder's time and days, and starting at
login in the background. Times and day names come from the user's locale (QLocale)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSystemTrayIcon,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.reminder import local_now
from footcare_gui.core.reminder_fields import WEEKDAYS
from footcare_gui.core.settings import Settings
from footcare_gui.ui.preferences_widgets import describe, form_box
from footcare_gui.ui.reminder_words import next_reminder_text
from footcare_gui.ui.settings_controller import SettingsController

# The days are toggles: a chosen day in the accent colour, as the start page's foot buttons.
# While the reminder is off they are disabled: a chosen day keeps a fill of its own (muted words
# on the accent were unreadable), so the days still read and still show which are chosen.
DAY_STYLE = """
QToolButton { border: 1px solid palette(mid); border-radius: 6px; padding: 4px 8px;
              background: palette(base); }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
QToolButton:disabled { color: palette(placeholder-text); }
QToolButton:checked:disabled { background: palette(mid); border-color: palette(mid); }
"""


class ReminderTab(QWidget):
    """Each control writes its setting at once; :meth:`sync` shows the settings."""

    def __init__(
        self,
        controller: SettingsController,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = local_now,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        login_supported: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderPage")
        self._controller = controller
        self._now = now
        self._tray_available = tray_available
        if login_supported is None:
            from footcare_gui.desktop.autostart import supported

            login_supported = supported
        self._login_supported = login_supported()
        col = QVBoxLayout(self)
        col.setSpacing(12)
        box, form = self._build_reminder()
        self._build_background(form)  # one form, so that every control lines up
        col.addWidget(box)
        col.addStretch(1)

    def _set(self, **changes: object) -> None:
        self._controller.update(**changes)

    def _build_reminder(self) -> tuple[QWidget, QFormLayout]:
        box, form = form_box(self.tr("Evening reminder"), "reminderGroup")
        self.enabled = QCheckBox(self.tr("Remind me to do my foot care"))
        describe(
            self.enabled,
            "reminderCheck",
            self.tr("Evening reminder"),
            self.tr("A notification at the time you choose, with a Start button"),
        )
        self.enabled.toggled.connect(lambda on: self._set(reminder=on))
        form.addRow(QLabel(), self.enabled)

        locale = QLocale()
        self.time = QTimeEdit()
        self.time.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        describe(self.time, "reminderTimeEdit", self.tr("Time"), self.tr("When to remind you"))
        self.time.timeChanged.connect(lambda t: self._set(reminder_time=t.toString("HH:mm")))
        form.addRow(self.tr("&Time:"), self.time)

        days = QWidget()
        days.setStyleSheet(DAY_STYLE)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.days: dict[str, QToolButton] = {}
        first = locale.firstDayOfWeek().value - 1  # Qt: 1 = Monday; WEEKDAYS[0] = Monday
        for i in range(7):
            key = WEEKDAYS[(first + i) % 7]
            qt_day = WEEKDAYS.index(key) + 1
            button = QToolButton()
            button.setText(locale.dayName(qt_day, QLocale.FormatType.ShortFormat))
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            name = locale.dayName(qt_day, QLocale.FormatType.LongFormat)
            tip = self.tr("Remind me on %1").replace("%1", name)
            describe(button, f"reminderDay_{key}", name, tip)
            button.toggled.connect(self._on_days)
            row.addWidget(button)
            self.days[key] = button
        row.addStretch(1)
        form.addRow(self.tr("Days:"), days)

        self.next_label = QLabel()
        self.next_label.setObjectName("reminderNextLabel")
        self.next_label.setProperty("role", "muted")
        form.addRow(QLabel(), self.next_label)
        return box, form

    def _build_background(self, form: QFormLayout) -> None:
        self.start_at_login = QCheckBox(self.tr("Start at login, without a window"))
        tip = (
            self.tr("Start footcare-gui when you log in, waiting for the reminder")
            if self._login_supported
            else self.tr("Starting at login is available on Linux desktops only")
        )
        describe(self.start_at_login, "startAtLoginCheck", self.tr("Start at login"), tip)
        self.start_at_login.toggled.connect(lambda on: self._set(start_at_login=on))
        form.addRow(QLabel(), self.start_at_login)

        self.tray_note = QLabel()
        self.tray_note.setObjectName("reminderTrayNote")
        self.tray_note.setProperty("role", "muted")
        self.tray_note.setWordWrap(True)
        form.addRow(self.tray_note)  # the whole width: a form's field column clips wrapped text

    def _on_days(self) -> None:
        chosen = tuple(key for key in WEEKDAYS if self.days[key].isChecked())
        self._set(reminder_days=chosen)

    def sync(self, settings: Settings) -> None:
        """Show ``settings`` in every control without feeding the change back."""
        widgets: list[QWidget] = [self.enabled, self.time, self.start_at_login, *self.days.values()]
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            self.enabled.setChecked(settings.reminder)
            self.time.setTime(QTime.fromString(settings.reminder_time, "HH:mm"))
            for key, button in self.days.items():
                button.setChecked(key in settings.reminder_days)
            self.start_at_login.setChecked(settings.start_at_login)
        finally:
            for w, was in zip(widgets, blocked, strict=True):
                w.blockSignals(was)
        on = settings.reminder
        self.time.setEnabled(on)
        for button in self.days.values():
            button.setEnabled(on)
        self.start_at_login.setEnabled(on and self._login_supported)
        self.next_label.setText(next_reminder_text(settings, self._now()))
        self.tray_note.setText(self._tray_text())

    def _tray_text(self) -> str:
        if self._tray_available():
            return self.tr(
                "While the reminder is on, closing the window keeps footcare-gui in the "
                "system tray; choose Quit to end it."
            )
        return self.tr(
            "This desktop shows no system tray: the reminder comes while footcare-gui runs, "
            "with its window open or started at login."
        )
