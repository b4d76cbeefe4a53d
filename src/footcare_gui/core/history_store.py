"""The history database, ``history.sqlite3``, through the standard library's ``sqlite3``
(no Qt, no ORM).

The same care as the settings file:

* every write is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``) in WAL mode with
  ``synchronous=FULL``: a crash, a kill or a power cut leaves the last committed state;
* a damaged file (not SQLite, truncated, failing ``quick_check``, a folder in its place) is
  moved aside as ``history.sqlite3.corrupt-<timestamp>`` (its ``-wal`` beside it) and a fresh
  one is made; if it cannot be moved, history is off and the file is left as it is;
* a file from a newer version (higher ``user_version``) is opened read-only: shown, never
  written;
* an older file is copied to ``history.sqlite3.v<N>-backup``, then migrated a version at a
  time (see :mod:`footcare_gui.core.history_schema`);
* a folder that cannot be written: history is off (or read-only, if a file is there);
* a session still marked in progress (the app was killed or crashed) is marked as left early
  at the next start;
* no ``sqlite3.Error`` or ``OSError`` escapes: opening reports :class:`Notice` values, reads
  return what they can (and add a notice), writes raise :class:`HistoryError` only.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from footcare_gui.core import history_schema as schema
from footcare_gui.core.history_record import EveningRow, Outcome, SessionRecord, is_feel
from footcare_gui.core.i18n import translate


class Access(StrEnum):
    """What this run may do with the history."""

    WRITE = "write"
    READ_ONLY = "read-only"  # shown, never written
    OFF = "off"  # nothing to show, nothing written


class Problem(StrEnum):
    """Why the user is told something about the history."""

    DAMAGED = "damaged"  # moved aside; a fresh, empty history was made
    DAMAGED_KEPT = "damaged-kept"  # damaged, and it could not be moved aside: history off
    NEWER = "newer"  # written by a newer version: read-only
    FOLDER = "folder"  # the folder cannot be written: off, or read-only if a file exists
    UNREADABLE = "unreadable"  # cannot be opened or read (locked, no permission, I/O error)
    MIGRATED = "migrated"  # upgraded from an older layout (backup names the copy)
    MIGRATION_FAILED = "migration-failed"  # the upgrade failed: read-only, old layout kept
    WRITE = "write"  # a write failed (full disk, ...)


@dataclass(frozen=True, slots=True)
class Notice:
    """Something to tell the user, as data: the UI words it (and translates it)."""

    problem: Problem
    path: Path
    backup: Path | None = None  # where a damaged or old file was kept
    detail: str = ""  # the system's reason, e.g. "database or disk is full"
    version: int = 0  # the file's schema version, for NEWER and MIGRATED


class HistoryError(Exception):
    """A write failed or is not allowed; ``notice`` says why."""

    def __init__(self, notice: Notice) -> None:
        super().__init__(notice.detail or notice.problem.value)
        self.notice = notice


def reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return str(exc) or type(exc).__name__


class HistoryStore:
    """An open history: reads, and writes when :attr:`access` is WRITE. Close it."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection | None,
        access: Access,
        notices: list[Notice] | None = None,
        version: int = schema.SCHEMA_VERSION,
    ) -> None:
        self.path = path
        self._conn = conn
        self.access = access if conn is not None else Access.OFF
        self.notices: list[Notice] = list(notices or [])  # the UI takes and shows them
        self.version = version

    # -- life --------------------------------------------------------------------------
    @property
    def writable(self) -> bool:
        return self.access is Access.WRITE

    def close(self) -> None:
        """Close the database (the last close folds the WAL back into the file)."""
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
            self.access = Access.OFF

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def take_notices(self) -> list[Notice]:
        """The notices not yet shown, oldest first; the list is emptied."""
        taken, self.notices = self.notices, []
        return taken

    # -- reading -----------------------------------------------------------------------
    def _read(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        if self._conn is None:
            return []
        try:
            return list(self._conn.execute(sql, args))
        except sqlite3.Error as exc:
            self.notices.append(Notice(Problem.UNREADABLE, self.path, detail=reason(exc)))
            return []

    def sessions(self, limit: int | None = None) -> list[SessionRecord]:
        """Recorded sessions, newest first (rows this version cannot read are skipped)."""
        sql = f"{schema.SELECT} ORDER BY started_utc DESC, id DESC"
        rows = self._read(sql + " LIMIT ?", (limit,)) if limit else self._read(sql)
        out: list[SessionRecord] = []
        for row in rows:
            try:
                out.append(schema.record_from_row(row))
            except (ValueError, TypeError):
                continue
        return out

    def evenings(self) -> list[EveningRow]:
        """Every evening with a session, oldest first, its sessions taken together."""
        rows = self._read(
            "SELECT evening, SUM(done_s), COUNT(*), AVG(feel_before), AVG(feel_after)"
            " FROM sessions GROUP BY evening ORDER BY evening"
        )
        out: list[EveningRow] = []
        day = date.fromisoformat
        for evening, done, count, before, after in rows:  # 3,650 for ten years: keep it lean
            try:
                out.append(
                    EveningRow(
                        day(evening),
                        int(done or 0),
                        int(count),
                        None if before is None else float(before),
                        None if after is None else float(after),
                    )
                )
            except (ValueError, TypeError):
                continue
        return out

    def has_evening(self, evening: date) -> bool:
        """Whether a session is recorded for that evening."""
        return bool(
            self._read("SELECT 1 FROM sessions WHERE evening = ? LIMIT 1", (evening.isoformat(),))
        )

    def count(self) -> int:
        rows = self._read("SELECT COUNT(*) FROM sessions")
        return int(rows[0][0]) if rows else 0

    # -- writing -----------------------------------------------------------------------
    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        if conn is None or self.access is not Access.WRITE:
            problem = Problem.NEWER if self.access is Access.READ_ONLY else Problem.FOLDER
            raise HistoryError(
                Notice(problem, self.path, detail=translate("History", "history is not writable"))
            )
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise HistoryError(Notice(Problem.WRITE, self.path, detail=reason(exc))) from exc

    def save(self, record: SessionRecord) -> SessionRecord:
        """Insert a new record (its ``id`` None) or replace a stored one; returns it with
        its id. Raises :class:`HistoryError`."""
        with self._transaction() as conn:
            values = schema.record_values(record)
            if record.id is None:
                cursor = conn.execute(schema.INSERT, values)
                return replace(record, id=cursor.lastrowid)
            conn.execute(schema.UPDATE, (*values, record.id))
            return record

    def set_feel_after(self, record_id: int, feel: int | None) -> None:
        """How the feet felt after a stored session (None: skipped)."""
        if feel is not None and not is_feel(feel):
            raise ValueError(f"a feeling is 1 to 5, not {feel!r}")
        with self._transaction() as conn:
            conn.execute("UPDATE sessions SET feel_after = ? WHERE id = ?", (feel, record_id))

    def delete_all(self) -> None:
        """Forget every session, and leave no trace of them in the file (VACUUM, and the
        WAL emptied)."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM sessions")
        assert self._conn is not None
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _close_interrupted(self) -> int:
        """Sessions a crash left marked in progress: they were left early."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET outcome = ? WHERE outcome = ?",
                (Outcome.LEFT.value, Outcome.IN_PROGRESS.value),
            )
            return cursor.rowcount
