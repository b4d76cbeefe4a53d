"""The history database's layout, its migrations, and rows to records and back (no Qt).

``PRAGMA user_version`` holds the schema version (0 is a new, empty file). ``MIGRATIONS[n]``
turns version n into version n + 1; each runs in its own transaction together with the new
``user_version``, so a crash or an error in the middle leaves the file at version n.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from footcare_gui.core.history_record import Outcome, SessionRecord
from footcare_gui.core.zones import Foot

SCHEMA_VERSION = 1

_V1 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_utc TEXT NOT NULL,           -- ISO 8601, e.g. 2026-03-05T20:15:07Z
    ended_utc TEXT NOT NULL,
    utc_offset_min INTEGER NOT NULL,     -- the local clock's offset when it started
    evening TEXT NOT NULL,               -- the local evening, YYYY-MM-DD
    routine_id TEXT NOT NULL,
    routine_title TEXT NOT NULL,
    first_foot TEXT NOT NULL CHECK (first_foot IN ('left', 'right')),
    planned_s INTEGER NOT NULL CHECK (planned_s >= 0),
    done_s INTEGER NOT NULL CHECK (done_s >= 0),
    steps_done INTEGER NOT NULL CHECK (steps_done >= 0),
    steps_total INTEGER NOT NULL CHECK (steps_total >= steps_done),
    outcome TEXT NOT NULL CHECK (outcome IN ('finished', 'left', 'in_progress')),
    feel_before INTEGER CHECK (feel_before BETWEEN 1 AND 5),
    feel_after INTEGER CHECK (feel_after BETWEEN 1 AND 5)
);
CREATE INDEX sessions_by_evening ON sessions (evening);
CREATE INDEX sessions_by_start ON sessions (started_utc);
"""


def _create_v1(conn: sqlite3.Connection) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, Migration] = {0: _create_v1}

COLUMNS = (
    "started_utc",
    "ended_utc",
    "utc_offset_min",
    "evening",
    "routine_id",
    "routine_title",
    "first_foot",
    "planned_s",
    "done_s",
    "steps_done",
    "steps_total",
    "outcome",
    "feel_before",
    "feel_after",
)
SELECT = f"SELECT id, {', '.join(COLUMNS)} FROM sessions"
INSERT = f"INSERT INTO sessions ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
UPDATE = f"UPDATE sessions SET {', '.join(f'{c} = ?' for c in COLUMNS)} WHERE id = ?"


def iso_utc(moment: datetime) -> str:
    """An aware moment as UTC ISO 8601 to the second: ``2026-03-05T20:15:07Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    """The inverse of :func:`iso_utc`; raises ValueError."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def record_values(r: SessionRecord) -> tuple[Any, ...]:
    """A record as the values of :data:`COLUMNS`, in order."""
    return (
        iso_utc(r.started),
        iso_utc(r.ended),
        r.utc_offset_min,
        r.evening.isoformat(),
        r.routine_id,
        r.routine_title,
        r.first_foot.value,
        r.planned_s,
        r.done_s,
        r.steps_done,
        r.steps_total,
        r.outcome.value,
        r.feel_before,
        r.feel_after,
    )


def record_from_row(row: tuple[Any, ...]) -> SessionRecord:
    """A row of :data:`SELECT` as a record; raises ValueError for a value it cannot be."""
    (rid, started, ended, offset, evening, routine_id, title, foot, planned, done) = row[:10]
    steps_done, steps_total, outcome, before, after = row[10:]
    return SessionRecord(
        id=int(rid),
        started=parse_utc(started),
        ended=parse_utc(ended),
        utc_offset_min=int(offset),
        evening=date.fromisoformat(evening),
        routine_id=str(routine_id),
        routine_title=str(title),
        first_foot=Foot(foot),
        planned_s=int(planned),
        done_s=int(done),
        steps_done=int(steps_done),
        steps_total=int(steps_total),
        outcome=Outcome(outcome),
        feel_before=None if before is None else int(before),
        feel_after=None if after is None else int(after),
    )
