"""What the summary and History pages show of the history, as frozen values (no Qt).

Numbers and choices only: the pages put them into (translated) words and local dates.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from footcare_gui.core.history_record import EveningRow
from footcare_gui.core.history_stats import (
    WEEK,
    current_streak,
    evenings_in_last,
    longest_streak,
    week_start,
)

CALENDAR_WEEKS = 26
RECENT_SESSIONS = 50
SHADE_MINUTES = (10, 20, 30)  # a shade for under 10 minutes, under 20, under 30, and more


class Cheer(StrEnum):
    """The summary's one line of encouragement (it never nags)."""

    FIRST = "first"  # the very first evening
    AGAIN_TONIGHT = "again-tonight"  # a second session this evening
    FULL_WEEK = "full-week"  # every one of the last seven evenings
    STREAK = "streak"  # three or more evenings in a row
    WELCOME_BACK = "welcome-back"  # tonight, after an evening or more without
    STEADY = "steady"  # any other evening


class FeelChange(StrEnum):
    """How the feet felt after, next to before."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"
    UNKNOWN = "unknown"  # a face was skipped


def feel_change(before: int | None, after: int | None) -> FeelChange:
    if before is None or after is None:
        return FeelChange.UNKNOWN
    if after > before:
        return FeelChange.BETTER
    return FeelChange.SAME if after == before else FeelChange.WORSE


@dataclass(frozen=True, slots=True)
class EveningSummary:
    """The summary page's lines about the history, after tonight's session is recorded."""

    streak: int  # evenings in a row, tonight included
    week: int  # evenings with a session among the last seven
    cheer: Cheer
    week_days: int = WEEK


def evening_summary(rows: Sequence[EveningRow], today: date) -> EveningSummary:
    """The streak, the week and the encouragement for tonight (``rows``: every evening)."""
    days = [r.evening for r in rows]
    tonight = next((r for r in rows if r.evening == today), None)
    earlier = [d for d in days if d < today]
    streak = current_streak(days, today)
    week = evenings_in_last(days, today)
    if tonight is not None and tonight.sessions > 1:
        cheer = Cheer.AGAIN_TONIGHT
    elif not earlier:
        cheer = Cheer.FIRST
    elif week == WEEK:
        cheer = Cheer.FULL_WEEK
    elif streak >= 3:
        cheer = Cheer.STREAK
    elif (today - max(earlier)).days >= 2:
        cheer = Cheer.WELCOME_BACK
    else:
        cheer = Cheer.STEADY
    return EveningSummary(streak=streak, week=week, cheer=cheer)


def shade_level(done_s: int) -> int:
    """0 for no session; 1 to 4 for more minutes done (see :data:`SHADE_MINUTES`)."""
    if done_s <= 0:
        return 0
    minutes = done_s / 60
    return 1 + sum(minutes >= m for m in SHADE_MINUTES)


@dataclass(frozen=True, slots=True)
class Totals:
    evenings: int
    sessions: int
    minutes: int
    longest_streak: int
    current_streak: int


@dataclass(frozen=True, slots=True)
class WeekFeel:
    """The mean of the faces chosen in one calendar week (None: none chosen)."""

    start: date
    before: float | None
    after: float | None


@dataclass(frozen=True, slots=True)
class HistoryOverview:
    """The History page's calendar, totals and feel plot."""

    today: date
    first_day: date  # the calendar's first day: a week start, ``weeks`` weeks back
    weeks: int
    days: dict[date, EveningRow]  # evenings with a session within the calendar
    totals: Totals
    feel: tuple[EveningRow, ...]  # evenings within the calendar that have a face chosen
    weekly_feel: tuple[WeekFeel, ...]  # one per calendar week, oldest first

    def day(self, day: date) -> EveningRow | None:
        return self.days.get(day)

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(weeks=self.weeks) - timedelta(days=1)


def _mean(values: list[float]) -> float | None:
    # Not statistics.fmean: that module pulls in decimal, fractions and random (0.6 MiB and
    # 11 ms at the first summary) for one division.
    return math.fsum(values) / len(values) if values else None


def history_overview(
    rows: Sequence[EveningRow], today: date, first_weekday: int, weeks: int = CALENDAR_WEEKS
) -> HistoryOverview:
    """Everything the History page draws, from every evening (``rows``, any order)."""
    first = week_start(today, first_weekday) - timedelta(weeks=weeks - 1)
    shown = {r.evening: r for r in rows if first <= r.evening <= today}
    days = [r.evening for r in rows]
    totals = Totals(
        evenings=len(set(days)),
        sessions=sum(r.sessions for r in rows),
        minutes=round(sum(r.done_s for r in rows) / 60),
        longest_streak=longest_streak(days),
        current_streak=current_streak(days, today),
    )
    feel = tuple(
        r for _, r in sorted(shown.items()) if r.feel_before is not None or r.feel_after is not None
    )
    per_week: list[tuple[list[float], list[float]]] = [([], []) for _ in range(weeks)]
    for r in feel:
        before, after = per_week[(r.evening - first).days // WEEK]
        if r.feel_before is not None:
            before.append(r.feel_before)
        if r.feel_after is not None:
            after.append(r.feel_after)
    weekly = tuple(
        WeekFeel(first + timedelta(weeks=i), _mean(b), _mean(a))
        for i, (b, a) in enumerate(per_week)
    )
    return HistoryOverview(today, first, weeks, shown, totals, feel, weekly)
