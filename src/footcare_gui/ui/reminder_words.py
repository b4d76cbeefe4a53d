"""What the app says about the next reminder, in the user's language and locale (one rule
for the Reminder tab and the tray's tooltip)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QTime

from footcare_gui.core.i18n import translate
from footcare_gui.core.reminder import Schedule, next_fire
from footcare_gui.core.settings import Settings

CONTEXT = "Reminder"


def next_reminder_text(settings: Settings, now: datetime) -> str:
    """ "Next reminder: Tuesday at 21:30.", or why there is none."""
    if not settings.reminder:
        return translate("Reminder", "The reminder is off.")
    fire = next_fire(Schedule.of(settings.reminder_time, settings.reminder_days), now)
    if fire is None:
        return translate("Reminder", "Choose at least one day for the reminder.")
    locale = QLocale()
    day = locale.dayName(fire.isoweekday(), QLocale.FormatType.LongFormat)
    at = locale.toString(QTime(fire.hour, fire.minute), QLocale.FormatType.ShortFormat)
    return translate("Reminder", "Next reminder: %1 at %2.").replace("%1", day).replace("%2", at)


def reminder_time_text(settings: Settings) -> str:
    """The reminder's time as the locale writes it (e.g. 21:30, or 9:30 PM)."""
    at = QTime.fromString(settings.reminder_time, "HH:mm")
    return QLocale().toString(at, QLocale.FormatType.ShortFormat)
