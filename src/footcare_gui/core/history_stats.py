"""Streaks and weekly counts over evenings, as pure functions (no Qt, no database).

An evening is a local date (see :func:`footcare_gui.core.history_record.evening_of`); several
sessions on one evening count once. ``today`` is the evening it is now, also worked out with
``evening_of``, so at 01:30 "today" is still yesterday's date. Evenings after ``today`` (a
clock set back, a flight west) are counted in totals but never in a streak or a week.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)
WEEK = 7


def current_streak(evenings: Iterable[date], today: date) -> int:
    """Evenings in a row that end tonight, or last night while tonight has none yet: a
    streak stays alive until an evening passes without a session."""
    days = set(evenings)
    day = today if today in days else today - ONE_DAY
    count = 0
    while day in days:
        count += 1
        day -= ONE_DAY
    return count


def longest_streak(evenings: Iterable[date]) -> int:
    """The most evenings in a row, ever."""
    best = run = 0
    previous: date | None = None
    for day in sorted(set(evenings)):
        run = run + 1 if previous is not None and day - previous == ONE_DAY else 1
        best = max(best, run)
        previous = day
    return best


def evenings_in_last(evenings: Iterable[date], today: date, days: int = WEEK) -> int:
    """How many of the ``days`` evenings that end with tonight had a session."""
    first = today - timedelta(days=days - 1)
    return len({d for d in evenings if first <= d <= today})


def week_start(day: date, first_weekday: int) -> date:
    """The first day of the calendar week holding ``day``; ``first_weekday`` is ISO (1 is
    Monday, 7 is Sunday), as the user's locale says."""
    if not 1 <= first_weekday <= WEEK:
        raise ValueError(f"first_weekday must be 1 to 7, not {first_weekday}")
    return day - timedelta(days=(day.isoweekday() - first_weekday) % WEEK)


def weekly_counts(
    evenings: Iterable[date], today: date, weeks: int, first_weekday: int
) -> tuple[int, ...]:
    """Evenings with a session in each of the last ``weeks`` calendar weeks, oldest first;
    the last is the week that holds ``today`` (counted up to today)."""
    last = week_start(today, first_weekday)
    first = last - timedelta(weeks=weeks - 1)
    counts = [0] * weeks
    for day in set(evenings):
        if first <= day <= today:
            counts[(day - first).days // WEEK] += 1
    return tuple(counts)
