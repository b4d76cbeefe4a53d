"""One remembered session, as plain data (no Qt, no database).

Times are kept in UTC; ``evening`` is the local evening the session belongs to, worked out
once, when it started, in the time zone the computer was in then (a session that starts
before 04:00 counts for the evening before). So travelling or a DST change later never moves
an evening that is already recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum

from footcare_gui.core.feel import FEEL_MAX, FEEL_MIN, FEELS, is_feel
from footcare_gui.core.zones import Foot

__all__ = [
    "EVENING_STARTS",
    "FEELS",
    "FEEL_MAX",
    "FEEL_MIN",
    "EveningRow",
    "Outcome",
    "SessionRecord",
    "evening_of",
    "is_feel",
    "local_now",
    "utc_offset_minutes",
]

EVENING_STARTS = timedelta(hours=4)  # a session before 04:00 belongs to the evening before


class Outcome(StrEnum):
    """How a recorded session ended."""

    FINISHED = "finished"  # its last step ended
    LEFT = "left"  # left early (Restart, back to start, quit, or a crash) after a whole step
    IN_PROGRESS = "in_progress"  # still running; a crash leaves it so until the next start


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """What is remembered of one session."""

    started: datetime  # aware, UTC
    ended: datetime  # aware, UTC (for a session in progress: its last recorded moment)
    utc_offset_min: int  # the local clock's offset from UTC when it started
    evening: date
    routine_id: str
    routine_title: str
    first_foot: Foot
    planned_s: int
    done_s: int  # running time, pauses excluded
    steps_done: int  # steps that ran to their end
    steps_total: int
    outcome: Outcome
    feel_before: int | None = None  # 1-5, or None when skipped
    feel_after: int | None = None
    id: int | None = None  # the database's row id, once stored

    @property
    def started_local(self) -> datetime:
        """The start on the local clock of that evening."""
        return self.started.astimezone(timezone(timedelta(minutes=self.utc_offset_min)))


@dataclass(frozen=True, slots=True)
class EveningRow:
    """One evening's sessions taken together."""

    evening: date
    done_s: int  # running time of all its sessions
    sessions: int
    feel_before: float | None  # the mean of the faces chosen, None if none was
    feel_after: float | None


def evening_of(moment: datetime) -> date:
    """The evening a local moment belongs to: its date, or the day before until 04:00.

    ``moment`` must be aware and on the local clock that counts (its own tzinfo); the rule is
    about wall-clock time, so it is applied to the wall-clock reading.
    """
    if moment.tzinfo is None:
        raise ValueError("evening_of needs an aware datetime")
    return (moment.replace(tzinfo=None) - EVENING_STARTS).date()


def local_now() -> datetime:
    """Now, on this computer's local clock (aware)."""
    return datetime.now(UTC).astimezone()


def utc_offset_minutes(moment: datetime) -> int:
    """The offset of an aware moment's clock from UTC, in whole minutes."""
    offset = moment.utcoffset()
    return 0 if offset is None else round(offset.total_seconds() / 60)
