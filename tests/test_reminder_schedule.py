"""The reminder's schedule over an injected wall clock: DST gaps and overlaps, midnight, sleep
and time-zone changes (zoneinfo; Europe/Berlin and America/New_York)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from footcare_gui.core.history_record import evening_of
from footcare_gui.core.reminder import (
    LATE_LIMIT,
    Schedule,
    due,
    format_time,
    next_fire,
    occurrence_on,
    parse_time,
    system_zone,
)
from footcare_gui.core.reminder_fields import WEEKDAYS, check_days, check_time

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
ZONES = {"Berlin": BERLIN, "New York": NEW_YORK}
ALL = WEEKDAYS


def local(zone: str, text: str, fold: int = 0) -> datetime:
    """'2025-03-10 20:00' on the wall clock of a zone (fold=1: the second of two)."""
    return datetime.fromisoformat(text).replace(tzinfo=ZONES[zone], fold=fold)


# zone, after (wall time, fold), reminder time, days, expected (ISO with the offset) or None
NEXT_FIRE_TABLE = [
    # ordinary evenings (2025-03-10 is a Monday)
    ("Berlin", "2025-03-10 20:00", 0, "21:30", ALL, "2025-03-10T21:30:00+01:00"),
    ("Berlin", "2025-03-10 21:30", 0, "21:30", ALL, "2025-03-11T21:30:00+01:00"),
    ("Berlin", "2025-03-10 21:29:59", 0, "21:30", ALL, "2025-03-10T21:30:00+01:00"),
    ("Berlin", "2025-03-10 21:31", 0, "21:30", ("mon",), "2025-03-17T21:30:00+01:00"),
    ("Berlin", "2025-03-12 12:00", 0, "21:30", ("sat", "sun"), "2025-03-15T21:30:00+01:00"),
    ("Berlin", "2025-03-16 22:00", 0, "21:30", ("sat", "sun"), "2025-03-22T21:30:00+01:00"),
    ("Berlin", "2025-03-10 20:00", 0, "21:30", (), None),
    # 23:59 -> 00:00: the day is the calendar day of the reminder time
    ("Berlin", "2025-03-10 23:59", 0, "00:00", ALL, "2025-03-11T00:00:00+01:00"),
    ("Berlin", "2025-03-10 23:59", 0, "00:00", ("tue",), "2025-03-11T00:00:00+01:00"),
    ("Berlin", "2025-03-10 23:59", 0, "00:00", ("mon",), "2025-03-17T00:00:00+01:00"),
    ("Berlin", "2025-03-10 23:59:30", 0, "23:59", ALL, "2025-03-11T23:59:00+01:00"),
    ("Berlin", "2025-03-10 23:58:59", 0, "23:59", ALL, "2025-03-10T23:59:00+01:00"),
    ("New York", "2025-12-31 23:59:59", 0, "00:00", ALL, "2026-01-01T00:00:00-05:00"),
    # Berlin springs forward on 2025-03-30: 02:00-02:59 does not exist
    ("Berlin", "2025-03-29 22:00", 0, "02:30", ALL, "2025-03-30T03:00:00+02:00"),
    ("Berlin", "2025-03-29 22:00", 0, "02:00", ALL, "2025-03-30T03:00:00+02:00"),
    ("Berlin", "2025-03-29 22:00", 0, "02:59", ALL, "2025-03-30T03:00:00+02:00"),
    ("Berlin", "2025-03-29 22:00", 0, "03:00", ALL, "2025-03-30T03:00:00+02:00"),
    ("Berlin", "2025-03-29 22:00", 0, "01:59", ALL, "2025-03-30T01:59:00+01:00"),
    ("Berlin", "2025-03-30 03:00", 0, "02:30", ALL, "2025-03-31T02:30:00+02:00"),
    ("Berlin", "2025-03-29 21:30", 0, "21:30", ALL, "2025-03-30T21:30:00+02:00"),
    # Berlin falls back on 2025-10-26: 02:00-02:59 happens twice; the first one fires
    ("Berlin", "2025-10-25 22:00", 0, "02:30", ALL, "2025-10-26T02:30:00+02:00"),
    ("Berlin", "2025-10-26 02:30", 0, "02:30", ALL, "2025-10-27T02:30:00+01:00"),
    ("Berlin", "2025-10-26 02:45", 0, "02:30", ALL, "2025-10-27T02:30:00+01:00"),
    ("Berlin", "2025-10-26 02:20", 1, "02:30", ALL, "2025-10-27T02:30:00+01:00"),
    ("Berlin", "2025-10-26 02:20", 0, "02:30", ALL, "2025-10-26T02:30:00+02:00"),
    ("Berlin", "2025-10-25 21:30", 0, "21:30", ALL, "2025-10-26T21:30:00+01:00"),
    # New York springs forward on 2025-03-09 (02:00 -> 03:00), falls back on 2025-11-02
    ("New York", "2025-03-08 22:00", 0, "02:30", ALL, "2025-03-09T03:00:00-04:00"),
    ("New York", "2025-03-08 22:00", 0, "02:30", ("sun",), "2025-03-09T03:00:00-04:00"),
    ("New York", "2025-03-08 21:30", 0, "21:30", ALL, "2025-03-09T21:30:00-04:00"),
    ("New York", "2025-11-01 22:00", 0, "01:30", ALL, "2025-11-02T01:30:00-04:00"),
    ("New York", "2025-11-02 01:10", 1, "01:30", ALL, "2025-11-03T01:30:00-05:00"),
    ("New York", "2025-11-02 01:40", 0, "01:30", ALL, "2025-11-03T01:30:00-05:00"),
    ("New York", "2025-11-01 21:30", 0, "21:30", ALL, "2025-11-02T21:30:00-05:00"),
    ("New York", "2025-11-02 02:30", 0, "02:30", ALL, "2025-11-03T02:30:00-05:00"),
]


@pytest.mark.parametrize(("zone", "after", "fold", "at", "days", "expected"), NEXT_FIRE_TABLE)
def test_next_fire(
    zone: str, after: str, fold: int, at: str, days: tuple[str, ...], expected: str | None
) -> None:
    fire = next_fire(Schedule.of(at, days), local(zone, after, fold))
    if expected is None:
        assert fire is None
        return
    assert fire is not None
    assert fire.isoformat() == expected
    assert fire.tzinfo is ZONES[zone]  # shown in the local zone, with the right fold
    assert fire.astimezone(UTC) > local(zone, after, fold).astimezone(UTC)


def test_a_time_in_the_gap_fires_at_the_first_instant_after_it() -> None:
    fire = occurrence_on(date(2025, 3, 30), time(2, 30), BERLIN)
    assert fire.astimezone(UTC) == datetime(2025, 3, 30, 1, 0, tzinfo=UTC)
    just_before = fire.astimezone(UTC) - timedelta(seconds=1)
    assert just_before.astimezone(BERLIN).strftime("%H:%M:%S") == "01:59:59"


def test_a_repeated_time_is_the_first_of_the_two() -> None:
    fire = occurrence_on(date(2025, 11, 2), time(1, 30), NEW_YORK)
    assert fire.astimezone(UTC) == datetime(2025, 11, 2, 5, 30, tzinfo=UTC)  # EDT, not EST


def test_next_fire_needs_an_aware_datetime() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_fire(Schedule.of("21:30", ALL), datetime(2025, 3, 10, 20, 0))


# -- due: what a timer checking every so often announces ----------------------------------

DAILY = Schedule.of("21:30", ALL)

# last check, now (Berlin wall times), what fires (or None)
DUE_TABLE = [
    ("2025-03-10 21:29:30", "2025-03-10 21:30:10", "2025-03-10T21:30:00+01:00"),
    ("2025-03-10 21:29:30", "2025-03-10 21:30:00", "2025-03-10T21:30:00+01:00"),
    ("2025-03-10 21:30:00", "2025-03-10 21:30:40", None),  # given at the last check
    ("2025-03-10 21:28:00", "2025-03-10 21:29:00", None),  # not yet
    # asleep from 20:00: on waking less than an hour late it fires once, else not at all
    ("2025-03-10 20:00", "2025-03-10 22:10", "2025-03-10T21:30:00+01:00"),
    ("2025-03-10 20:00", "2025-03-10 22:29:59", "2025-03-10T21:30:00+01:00"),
    ("2025-03-10 20:00", "2025-03-10 22:30", None),
    ("2025-03-10 20:00", "2025-03-11 07:00", None),
    # asleep for days: only tonight's, if it is recent
    ("2025-03-10 20:00", "2025-03-13 21:45", "2025-03-13T21:30:00+01:00"),
    ("2025-03-10 20:00", "2025-03-13 21:00", None),
]


@pytest.mark.parametrize(("last", "now", "expected"), DUE_TABLE)
def test_due(last: str, now: str, expected: str | None) -> None:
    fire = due(DAILY, local("Berlin", last), local("Berlin", now))
    assert (fire.isoformat() if fire else None) == expected


def test_due_across_the_spring_gap() -> None:
    schedule = Schedule.of("02:30", ALL)
    last = local("Berlin", "2025-03-30 01:59:30")
    now = local("Berlin", "2025-03-30 03:00:10")
    fire = due(schedule, last, now)
    assert fire is not None
    assert fire.isoformat() == "2025-03-30T03:00:00+02:00"


@pytest.mark.parametrize(
    ("zone", "at", "start", "hours"),
    [
        ("Berlin", "02:30", datetime(2025, 10, 25, 22, 0, tzinfo=UTC), 6),  # fall back
        ("Berlin", "02:30", datetime(2025, 3, 29, 22, 0, tzinfo=UTC), 6),  # spring forward
        ("New York", "01:30", datetime(2025, 11, 2, 3, 0, tzinfo=UTC), 6),
        ("New York", "02:30", datetime(2025, 3, 9, 4, 0, tzinfo=UTC), 6),
    ],
)
def test_checks_every_30_seconds_through_a_dst_night_fire_exactly_once(
    zone: str, at: str, start: datetime, hours: int
) -> None:
    schedule = Schedule.of(at, ALL)
    fired = []
    last = start.astimezone(ZONES[zone])
    for step in range(1, hours * 120 + 1):
        now = (start + timedelta(seconds=30 * step)).astimezone(ZONES[zone])
        fire = due(schedule, last, now)
        if fire is not None:
            fired.append(fire)
        last = now
    assert len(fired) == 1


@pytest.mark.parametrize("zone", ["Berlin", "New York"])
def test_a_year_of_checks_each_minute_fires_once_a_day_at_the_wall_time(zone: str) -> None:
    schedule = Schedule.of("21:30", ALL)
    fired: list[datetime] = []
    start = datetime(2025, 1, 1, tzinfo=UTC)
    last = start.astimezone(ZONES[zone])
    # Every evening's minute around 21:30 local is enough to cross both DST changes.
    for day in range(365):
        for minute in range(-3, 4):
            wall = datetime.combine(date(2025, 1, 1) + timedelta(days=day), time(21, 30))
            now = (wall + timedelta(minutes=minute)).replace(tzinfo=ZONES[zone])
            fire = due(schedule, last, now)
            if fire is not None:
                fired.append(fire)
            last = now
    assert len(fired) == 365
    assert {f.strftime("%H:%M") for f in fired} == {"21:30"}
    assert len({f.date() for f in fired}) == 365


def test_a_change_of_time_zone_neither_repeats_nor_skips() -> None:
    # Flying west at 20:00 in Berlin (14:00 in New York): tonight's reminder is New York's.
    last = local("Berlin", "2025-06-02 20:00")
    now = last.astimezone(NEW_YORK) + timedelta(seconds=30)
    assert due(DAILY, last, now) is None
    evening = local("New York", "2025-06-02 21:30:20")
    fire = due(DAILY, local("New York", "2025-06-02 21:29:50"), evening)
    assert fire is not None
    assert fire.isoformat() == "2025-06-02T21:30:00-04:00"
    # Flying east at 21:00 in New York (03:00 in Berlin): Berlin's 21:30 is long past.
    last = local("New York", "2025-06-02 21:00")
    now = last.astimezone(BERLIN) + timedelta(seconds=30)
    assert due(DAILY, last, now) is None


def test_late_limit_is_an_hour() -> None:
    assert timedelta(hours=1) == LATE_LIMIT


# -- the evening a moment belongs to, and the settings' values ------------------------------


@pytest.mark.parametrize(
    ("moment", "evening"),
    [
        ("2025-03-10 21:30", "2025-03-10"),
        ("2025-03-10 23:59", "2025-03-10"),
        ("2025-03-11 00:00", "2025-03-10"),
        ("2025-03-11 03:59", "2025-03-10"),
        ("2025-03-11 04:00", "2025-03-11"),
    ],
)
def test_evening_of(moment: str, evening: str) -> None:
    assert evening_of(local("Berlin", moment)) == date.fromisoformat(evening)


@pytest.mark.parametrize("text", ["21:30", "00:00", "23:59", "09:05"])
def test_times_that_are_kept(text: str) -> None:
    assert check_time(text) == text
    assert format_time(parse_time(text)) == text


@pytest.mark.parametrize("bad", ["24:00", "9:30", "21:60", "21.30", "", " 21:30", 2130, None])
def test_times_that_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="HH:MM"):
        check_time(bad)


def test_days_are_kept_in_week_order_once() -> None:
    assert check_days(["sun", "mon", "sun"]) == ("mon", "sun")
    assert check_days(()) == ()
    assert Schedule.of("21:30", ["sun", "mon"]).days == frozenset({0, 6})


@pytest.mark.parametrize("bad", ["mon", ["monday"], [1], None, {"mon": True}])
def test_days_that_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="reminder_days"):
        check_days(bad)


def test_system_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert system_zone() == NEW_YORK
    monkeypatch.setenv("TZ", ":Europe/Berlin")
    assert system_zone() == BERLIN
    monkeypatch.setenv("TZ", "Not/A_Zone")
    zone = system_zone()  # falls back to the machine's zone, never raises
    assert datetime(2025, 1, 1, tzinfo=zone).utcoffset() is not None
