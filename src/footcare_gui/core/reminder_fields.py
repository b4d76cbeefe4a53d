"""The reminder's settings values and their checks (no Qt; only ``re``, so that loading the
settings at start-up does not import the date and time-zone machinery of ``reminder.py``)."""

from __future__ import annotations

import re

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""The names the settings file uses for the days, Monday first (``date.weekday()`` order)."""

DEFAULT_TIME = "21:30"

_TIME_RE = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def check_time(value: object) -> str:
    """``"HH:MM"`` on the 24-hour clock; raise ValueError for anything else."""
    if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
        raise ValueError(f"reminder_time must be HH:MM on the 24-hour clock, not {value!r}")
    return value


def check_days(value: object) -> tuple[str, ...]:
    """The days as a tuple in week order, each once; raise ValueError for an unknown name."""
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValueError(f"reminder_days must be a list of {', '.join(WEEKDAYS)}, not {value!r}")
    unknown = [d for d in value if d not in WEEKDAYS]
    if unknown:
        raise ValueError(f"reminder_days: unknown day {unknown[0]!r} (known: {WEEKDAYS})")
    return tuple(d for d in WEEKDAYS if d in value)


REMINDER_CHECKS = {"reminder_time": check_time, "reminder_days": check_days}
"""The settings' reminder fields that are not plain true/false, with their checks."""
