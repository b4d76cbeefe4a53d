"""The nightly reminder's schedule, over the local wall clock (no Qt).

The reminder is about "21:30 tonight", not about elapsed time, so everything here takes
time-zone-aware datetimes: the caller injects ``now()`` (the local time in a real zone, e.g.
``datetime.now(system_zone())``), and the rules below decide the rest:

* a time that a DST change skips (02:30 on a spring-forward night) fires at the first instant
  after the gap (03:00); a time that happens twice (02:30 on a fall-back night) fires once, at
  the first of the two;
* the days are the calendar days of the reminder time (a 00:15 reminder on Tuesday is the one
  in the night from Monday to Tuesday);
* a reminder missed while the machine slept fires once on waking if it is less than
  :data:`LATE_LIMIT` late, else not at all (:func:`due`);
* a session already done this evening means no reminder: ``history_record.evening_of``
  (the one rule, shared with the history) names the evening a moment belongs to (before
  04:00 it is still the evening before), and the caller asks its history whether a session
  was done on it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from footcare_gui.core.reminder_fields import WEEKDAYS, check_days, check_time

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


LATE_LIMIT = timedelta(hours=1)
"""A reminder found missed (the machine slept) fires only if it is less late than this."""

"""A moment before this local time belongs to the evening before (the history's rule too)."""


def parse_time(text: str) -> time:
    """The ``time`` of a checked ``"HH:MM"`` text."""
    hours, minutes = check_time(text).split(":")
    return time(int(hours), int(minutes))


def format_time(at: time) -> str:
    """The ``"HH:MM"`` text the settings file keeps for a time (seconds are dropped)."""
    return f"{at.hour:02d}:{at.minute:02d}"


@dataclass(frozen=True, slots=True)
class Schedule:
    """When to remind: a local wall-clock time on some days of the week."""

    at: time
    days: frozenset[int]  # date.weekday() numbers, 0 = Monday

    @classmethod
    def of(cls, at: str, days: tuple[str, ...] | list[str]) -> Schedule:
        """The schedule of the settings' ``reminder_time`` and ``reminder_days``."""
        return cls(parse_time(at), frozenset(WEEKDAYS.index(d) for d in check_days(days)))


def occurrence_on(day: date, at: time, zone: tzinfo) -> datetime:
    """The instant the wall clock in ``zone`` shows ``at`` on ``day``.

    Skipped by a DST change: the first instant after the gap. Shown twice: the first time.
    """
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=zone, fold=0)
    if _wall(first.astimezone(UTC), zone) == wall:
        return first  # exists; fold=0 is the earlier of two in an overlap
    # In a gap: fold=0 reads the time with the offset before the change (an instant after the
    # gap), fold=1 with the offset after it (an instant before). The first instant whose wall
    # time is at least `at` lies between: find it to the second.
    lo = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    hi = first.astimezone(UTC)
    if hi < lo:
        lo, hi = hi, lo
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        if _wall(mid, zone) >= wall:
            hi = mid
        else:
            lo = mid
    return hi.replace(microsecond=0).astimezone(zone)


def _wall(instant: datetime, zone: tzinfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def next_fire(schedule: Schedule, after: datetime) -> datetime | None:
    """The first reminder strictly after ``after``, in ``after``'s zone; None with no days.

    ``after`` must carry a real time zone (a ``ZoneInfo``), not a fixed offset, for DST to
    be right on the days ahead. Instants are compared in UTC: Python compares two datetimes
    of one zone by their wall times, which is wrong in the hour a fall-back night repeats.
    """
    if not schedule.days:
        return None
    zone = after.tzinfo
    if zone is None:
        raise ValueError("next_fire needs a time-zone-aware datetime")
    after_utc = after.astimezone(UTC)
    start = after.date() - timedelta(days=1)  # a gap can push a time past midnight
    for n in range(9):
        day = start + timedelta(days=n)
        if day.weekday() in schedule.days:
            t = occurrence_on(day, schedule.at, zone)
            if t.astimezone(UTC) > after_utc:
                return t
    return None  # unreachable: some day of any 9 in a row is in a non-empty set


def due(schedule: Schedule, last_check: datetime, now: datetime) -> datetime | None:
    """The reminder to give at ``now``, if one fell in ``(last_check, now]`` less than
    :data:`LATE_LIMIT` ago; else None.

    Called on every check of a timer: normally the reminder falls between two checks a
    minute apart; after a suspend, ``last_check`` is hours back and an old reminder is
    dropped. Both are compared as instants, so a change of time zone between two checks
    neither repeats nor skips one: times are read in ``now``'s zone.
    """
    now_utc = now.astimezone(UTC)
    since = max(last_check.astimezone(UTC), now_utc - LATE_LIMIT)
    t = next_fire(schedule, since.astimezone(now.tzinfo))
    return t if t is not None and t.astimezone(UTC) <= now_utc else None


# --- the machine's time zone ------------------------------------------------------------


def system_zone() -> tzinfo:
    """The local time zone as a real zone (DST-aware), read afresh on every call so that a
    change of zone while the app runs is noticed: ``$TZ``, else ``/etc/localtime``; where
    neither names one (Windows), the current fixed offset."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        zone = _zone(name)
        if zone is not None:
            return zone
    localtime = Path("/etc/localtime")
    try:
        target = os.readlink(localtime)
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        zone = _zone(target.split("zoneinfo/", 1)[1])
        if zone is not None:
            return zone
    from zoneinfo import ZoneInfo  # about 2 ms to import: only when the clock is first read

    try:
        with localtime.open("rb") as f:
            return ZoneInfo.from_file(f, key="localtime")
    except (OSError, ValueError):
        pass
    fixed = datetime.now().astimezone().tzinfo
    return fixed if fixed is not None else UTC


def _zone(name: str) -> ZoneInfo | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def local_now() -> datetime:
    """The current time in :func:`system_zone`: the default wall clock."""
    return datetime.now(system_zone())
