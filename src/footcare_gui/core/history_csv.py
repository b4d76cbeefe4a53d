"""The history as CSV: one row per session, oldest first, UTF-8 (no Qt).

The columns are documented in docs/data.md; keep the two in step.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from footcare_gui.core.history_record import SessionRecord
from footcare_gui.core.history_schema import iso_utc
from footcare_gui.core.settings_file import write_atomic

CSV_COLUMNS = (
    "id",
    "evening",
    "started_utc",
    "ended_utc",
    "utc_offset_minutes",
    "routine_id",
    "routine_title",
    "first_foot",
    "planned_seconds",
    "done_seconds",
    "steps_done",
    "steps_total",
    "outcome",
    "feel_before",
    "feel_after",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    # A spreadsheet would run a cell that starts like a formula: make it plain text.
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_row(r: SessionRecord) -> tuple[object, ...]:
    """One session as the values of :data:`CSV_COLUMNS`."""
    return (
        r.id if r.id is not None else "",
        r.evening.isoformat(),
        iso_utc(r.started),
        iso_utc(r.ended),
        r.utc_offset_min,
        _text(r.routine_id),
        _text(r.routine_title),
        r.first_foot.value,
        r.planned_s,
        r.done_s,
        r.steps_done,
        r.steps_total,
        r.outcome.value,
        "" if r.feel_before is None else r.feel_before,
        "" if r.feel_after is None else r.feel_after,
    )


def csv_text(records: Iterable[SessionRecord]) -> str:
    """A header line, then the sessions, oldest first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in sorted(records, key=lambda r: (r.started, r.id or 0)):
        writer.writerow(csv_row(r))
    return out.getvalue()


def export_csv(path: Path, records: Iterable[SessionRecord]) -> int:
    """Write the CSV file atomically (never half a file); returns the number of sessions.
    Raises OSError."""
    rows = list(records)
    write_atomic(path, csv_text(rows).encode("utf-8"))
    return len(rows)
