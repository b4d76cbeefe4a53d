"""Evenings, streaks and weekly counts: examples, and Hypothesis against a plain reference
across time zones, DST changes, the midnight and 04:00 boundaries and gaps."""

from __future__ import annotations

import itertools
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footcare_gui.core.history_open import open_history
from footcare_gui.core.history_record import EveningRow, evening_of
from footcare_gui.core.history_recorder import SessionRecorder
from footcare_gui.core.history_stats import (
    current_streak,
    evenings_in_last,
    longest_streak,
    week_start,
    weekly_counts,
)
from footcare_gui.core.history_view import (
    Cheer,
    FeelChange,
    evening_summary,
    feel_change,
    history_overview,
    shade_level,
)
from footcare_gui.core.plan import build_plan
from footcare_gui.core.session import Session
from footcare_gui.core.zones import Foot
from tests.conftest import FakeClock
from tests.plans import make_routine

D = date(2026, 3, 10)  # a Tuesday


def days_back(*ns: int) -> list[date]:
    return [D - timedelta(days=n) for n in ns]


# --- examples ------------------------------------------------------------------------------


def test_evening_rule_at_the_boundaries() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert evening_of(datetime(2026, 3, 10, 23, 59, tzinfo=berlin)) == date(2026, 3, 10)
    assert evening_of(datetime(2026, 3, 11, 0, 0, tzinfo=berlin)) == date(2026, 3, 10)
    assert evening_of(datetime(2026, 3, 11, 3, 59, 59, tzinfo=berlin)) == date(2026, 3, 10)
    assert evening_of(datetime(2026, 3, 11, 4, 0, tzinfo=berlin)) == date(2026, 3, 11)
    with pytest.raises(ValueError, match="aware"):
        evening_of(datetime(2026, 3, 11, 4, 0))


def test_the_evening_follows_the_local_clock_not_utc() -> None:
    moment = datetime(2026, 3, 11, 2, 30, tzinfo=UTC)  # 02:30 UTC
    assert evening_of(moment.astimezone(ZoneInfo("UTC"))) == date(2026, 3, 10)
    assert evening_of(moment.astimezone(ZoneInfo("Asia/Tokyo"))) == date(2026, 3, 11)  # 11:30
    assert evening_of(moment.astimezone(ZoneInfo("America/New_York"))) == date(2026, 3, 10)


def test_streaks() -> None:
    assert current_streak([], D) == 0
    assert current_streak(days_back(0, 1, 2, 4), D) == 3
    assert current_streak(days_back(1, 2), D) == 2  # tonight not yet: still alive
    assert current_streak(days_back(2, 3), D) == 0
    assert current_streak(days_back(0, 0, 0), D) == 1  # three sessions, one evening
    assert current_streak(days_back(-1, 0), D) == 1  # tomorrow is not counted
    assert longest_streak(days_back(0, 1, 5, 6, 7, 8, 20)) == 4
    assert longest_streak([]) == 0


def test_weeks() -> None:
    assert evenings_in_last(days_back(0, 1, 3, 6, 7, -1), D) == 4
    assert week_start(D, 1) == date(2026, 3, 9)  # Monday
    assert week_start(D, 7) == date(2026, 3, 8)  # Sunday
    assert week_start(date(2026, 3, 8), 7) == date(2026, 3, 8)
    with pytest.raises(ValueError, match="1 to 7"):
        week_start(D, 0)
    assert weekly_counts(days_back(0, 1, 2, 7, 8, 30), D, 3, 1) == (0, 3, 2)


def rows(*days: date, sessions: int = 1) -> list[EveningRow]:
    return [EveningRow(d, 20 * 60, sessions, None, None) for d in days]


def test_the_summary_cheers_without_nagging() -> None:
    assert evening_summary(rows(D), D).cheer is Cheer.FIRST
    assert evening_summary(rows(D, sessions=2), D).cheer is Cheer.AGAIN_TONIGHT
    assert evening_summary(rows(*days_back(*range(7))), D).cheer is Cheer.FULL_WEEK
    streak = evening_summary(rows(*days_back(0, 1, 2)), D)
    assert (streak.cheer, streak.streak, streak.week) == (Cheer.STREAK, 3, 3)
    assert evening_summary(rows(*days_back(0, 5)), D).cheer is Cheer.WELCOME_BACK
    assert evening_summary(rows(*days_back(0, 1)), D).cheer is Cheer.STEADY


def test_feel_change_and_shades() -> None:
    assert feel_change(2, 4) is FeelChange.BETTER
    assert feel_change(3, 3) is FeelChange.SAME
    assert feel_change(4, 2) is FeelChange.WORSE
    assert feel_change(None, 2) is FeelChange.UNKNOWN
    assert [shade_level(m * 60) for m in (0, 1, 9, 10, 19, 20, 29, 30, 90)] == [
        0,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]


def test_overview_window_totals_and_weekly_feel() -> None:
    old = date(2024, 1, 1)
    data = [
        EveningRow(old, 600, 1, 1.0, 2.0),
        EveningRow(D - timedelta(days=1), 1320, 2, 2.0, 4.0),
        EveningRow(D, 480, 1, None, 5.0),
    ]
    o = history_overview(data, D, first_weekday=1)
    assert o.first_day == date(2026, 3, 9) - timedelta(weeks=25)
    assert o.first_day.isoweekday() == 1
    assert o.last_day == date(2026, 3, 15)
    assert set(o.days) == {D, D - timedelta(days=1)}  # 2024 is outside the calendar
    assert (o.totals.evenings, o.totals.sessions, o.totals.minutes) == (3, 4, 40)
    assert (o.totals.longest_streak, o.totals.current_streak) == (2, 2)
    assert [r.evening for r in o.feel] == [D - timedelta(days=1), D]
    last_week = o.weekly_feel[-1]
    assert last_week.start == date(2026, 3, 9)
    assert (last_week.before, last_week.after) == (2.0, 4.5)
    assert o.weekly_feel[0].after is None


# --- Hypothesis against a reference ----------------------------------------------------------

ZONES = (
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "America/St_Johns",  # -03:30 / -02:30
    "Australia/Lord_Howe",  # a half-hour DST change
    "Pacific/Chatham",  # +12:45 / +13:45
    "Asia/Kolkata",
    "Pacific/Kiritimati",  # +14
    "Pacific/Pago_Pago",  # -11
    "Europe/London",
)
START = datetime(2025, 1, 1, tzinfo=UTC)


def ref_evening(ts: float, zone: str) -> date:
    """A plain restatement of the rule: the local date, minus a day before 4 o'clock."""
    local = datetime.fromtimestamp(ts, ZoneInfo(zone))
    day = local.date()
    return date.fromordinal(day.toordinal() - 1) if local.hour < 4 else day


def ref_current(evenings: set[date], today: date) -> int:
    """Walk the sorted evenings down from tonight (or last night) while they touch."""
    past = sorted((d for d in evenings if d <= today), reverse=True)
    if not past or (today - past[0]).days > 1:
        return 0
    count = 1
    for a, b in itertools.pairwise(past):
        if (a - b).days != 1:
            break
        count += 1
    return count


def ref_longest(evenings: set[date]) -> int:
    """For every evening, how far a run goes on from it."""
    best = 0
    for d in evenings:
        n = 0
        while date.fromordinal(d.toordinal() + n) in evenings:
            n += 1
        best = max(best, n)
    return best


def ref_week(evenings: set[date], today: date) -> int:
    return sum(date.fromordinal(today.toordinal() - k) in evenings for k in range(7))


def ref_weekly(evenings: set[date], today: date, weeks: int, first_weekday: int) -> list[int]:
    start = today
    while start.isoweekday() != first_weekday:
        start = date.fromordinal(start.toordinal() - 1)
    first = start.toordinal() - 7 * (weeks - 1)
    counts = [0] * weeks
    for d in evenings:
        if first <= d.toordinal() <= today.toordinal():
            counts[(d.toordinal() - first) // 7] += 1
    return counts


@st.composite
def moments(draw: st.DrawFn) -> tuple[float, str]:
    """A UTC instant and the zone of the computer then, often near midnight, near 04:00 or
    near a DST change (the last days of March and October, early March and November)."""
    zone = draw(st.sampled_from(ZONES))
    kind = draw(st.sampled_from(["any", "boundary", "dst"]))
    if kind == "any":
        seconds = draw(st.integers(0, 2 * 365 * 86400))
        return (START + timedelta(seconds=seconds)).timestamp(), zone
    year = draw(st.sampled_from([2025, 2026]))
    if kind == "dst":
        month, day = draw(st.sampled_from([(3, 8), (3, 29), (4, 5), (10, 4), (10, 25), (11, 1)]))
        when = date(year, month, day) + timedelta(days=draw(st.integers(-1, 1)))
    else:
        when = date(year, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    hour = draw(st.sampled_from([23, 0, 1, 2, 3, 4, 5]))
    minute = draw(st.sampled_from([0, 1, 29, 30, 59]))
    second = draw(st.sampled_from([0, 59]))
    local = datetime(when.year, when.month, when.day, hour, minute, second, tzinfo=ZoneInfo(zone))
    local = local.replace(fold=draw(st.integers(0, 1)))
    return local.timestamp(), zone


def our_evening(ts: float, zone: str) -> date:
    return evening_of(datetime.fromtimestamp(ts, UTC).astimezone(ZoneInfo(zone)))


@settings(max_examples=400, deadline=None)
@given(
    sessions=st.lists(moments(), max_size=40),
    now=moments(),
    first_weekday=st.integers(1, 7),
    weeks=st.integers(1, 30),
)
def test_streaks_and_weeks_match_the_reference(
    sessions: list[tuple[float, str]], now: tuple[float, str], first_weekday: int, weeks: int
) -> None:
    evenings = [our_evening(ts, zone) for ts, zone in sessions]
    assert evenings == [ref_evening(ts, zone) for ts, zone in sessions]
    today = our_evening(*now)
    assert today == ref_evening(*now)
    unique = set(evenings)
    assert current_streak(evenings, today) == ref_current(unique, today)
    assert longest_streak(evenings) == ref_longest(unique)
    assert evenings_in_last(evenings, today) == ref_week(unique, today)
    assert list(weekly_counts(evenings, today, weeks, first_weekday)) == ref_weekly(
        unique, today, weeks, first_weekday
    )


def _a_nightly_run(start: datetime, nights: int, skip: set[int]) -> list[datetime]:
    return [start + timedelta(days=n) for n in range(nights) if n not in skip]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    zone=st.sampled_from(ZONES),
    hour=st.sampled_from([21, 23, 0, 2, 3]),
    minute=st.sampled_from([0, 30, 59]),
    nights=st.integers(1, 20),
    skip=st.sets(st.integers(0, 19), max_size=5),
    first=st.sampled_from([date(2026, 3, 20), date(2026, 10, 20), date(2026, 6, 1)]),
)
def test_recorded_sessions_give_the_reference_streak(
    zone: str, hour: int, minute: int, nights: int, skip: set[int], first: date
) -> None:
    """Sessions recorded through the recorder into a real database, every evening around a
    DST change at a fixed local hour, read back as evenings: the reference agrees."""
    tz = ZoneInfo(zone)
    local_start = datetime(first.year, first.month, first.day, hour, minute, tzinfo=tz)
    starts = _a_nightly_run(local_start, nights, skip)  # wall-clock arithmetic: same hour
    with tempfile.TemporaryDirectory() as folder:
        store = open_history(Path(folder) / "history.sqlite3")
        try:
            clock = FakeClock()
            now = {"t": starts[0] if starts else local_start}
            recorder = SessionRecorder(lambda: store, now=lambda: now["t"])
            routine = make_routine((5, 5))
            for moment in starts:
                now["t"] = moment
                session = Session(build_plan(routine, Foot.LEFT), clock)
                recorder.begin(session, routine, Foot.LEFT)
                session.start()
                for _ in range(31):  # the first step (30 s) is done
                    clock.advance(1)
                    session.update()
                now["t"] = moment + timedelta(minutes=20)
                recorder.leave()
            got = [r.evening for r in store.evenings()]
        finally:
            store.close()
    expected = sorted({ref_evening(m.timestamp(), zone) for m in starts})
    assert got == expected
    today = ref_evening((starts[-1] if starts else local_start).timestamp(), zone)
    assert current_streak(got, today) == ref_current(set(expected), today)
    assert longest_streak(got) == ref_longest(set(expected))
