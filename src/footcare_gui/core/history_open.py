"""Opening the history database: checks, upgrades, and what to do when something is wrong
(no Qt). The rules are in :mod:`footcare_gui.core.history_store`'s docstring."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from footcare_gui.core import history_schema as schema
from footcare_gui.core.history_store import (
    Access,
    HistoryError,
    HistoryStore,
    Notice,
    Problem,
    reason,
)
from footcare_gui.core.i18n import translate

BUSY_TIMEOUT_S = 1.0  # one writer per folder (single instance): waiting longer means trouble
_DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


class DamagedError(Exception):
    """The file is not a usable SQLite database."""


def _is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _DAMAGE_CODES


def _connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = path.absolute().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _check(conn: sqlite3.Connection) -> None:
    try:
        result = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        if _is_damage(exc):
            raise DamagedError(reason(exc)) from exc
        raise
    if result != ["ok"]:
        raise DamagedError("; ".join(result[:3]))


def _open_read_only(path: Path) -> sqlite3.Connection | None:
    """A read-only connection, even where no ``-shm`` file can be made; None if none."""
    for immutable in (False, True):
        conn = None
        try:
            conn = _connect(path, read_only=True, immutable=immutable)
            _version(conn)
            return conn
        except sqlite3.Error:
            if conn is not None:
                conn.close()
    return None


def _folder_writable(folder: Path) -> str | None:
    """Why the folder cannot hold the history, or None if it can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return reason(exc)
    if not os.access(folder, os.W_OK | os.X_OK):
        return translate("History", "the folder is not writable")
    return None


def move_aside(path: Path, stamp: str) -> Path:
    """Rename a damaged file (or folder) to ``<name>.corrupt-<stamp>`` (``-2``... if taken),
    its WAL beside it; raises OSError."""
    for n in range(1, 1000):
        target = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{n}" if n > 1 else ""))
        if os.path.lexists(target):
            continue
        os.rename(path, target)
        wal = Path(f"{path}-wal")
        if wal.exists():
            with contextlib.suppress(OSError):
                os.rename(wal, Path(f"{target}-wal"))
        for side in _SIDE_FILES:
            with contextlib.suppress(OSError):
                Path(f"{path}{side}").unlink()
        return target
    raise FileExistsError(f"too many earlier copies of {path.name}")


def _prepare(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")


def migrate(
    conn: sqlite3.Connection,
    version: int,
    target: int | None = None,
    migrations: dict[int, schema.Migration] | None = None,
) -> None:
    """Bring an open database from ``version`` to ``target``, one transaction per step;
    raises sqlite3.Error (the file stays at the last version that succeeded)."""
    steps = schema.MIGRATIONS if migrations is None else migrations
    for v in range(version, schema.SCHEMA_VERSION if target is None else target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            steps[v](conn)
            conn.execute(f"PRAGMA user_version = {v + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    target = path.with_name(f"{path.name}.v{version}-backup")
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target


def open_history(path: Path, *, stamp: Callable[[], str] = _stamp) -> HistoryStore:
    """Open (or make) the history at ``path``; never raises. See the module docstring."""
    problem = _folder_writable(path.parent)
    if problem is not None:
        notice = Notice(Problem.FOLDER, path, detail=problem)
        conn = _open_read_only(path) if path.is_file() else None
        return HistoryStore(path, conn, Access.READ_ONLY, [notice])
    notices: list[Notice] = []
    try:
        return _open_writable(path, notices)
    except (DamagedError, sqlite3.Error, OSError) as exc:
        damaged = isinstance(exc, DamagedError) or (
            isinstance(exc, sqlite3.Error) and _is_damage(exc)
        )
        if not damaged:
            return _off(Notice(Problem.UNREADABLE, path, detail=reason(exc)))
        try:
            kept = move_aside(path, stamp())
        except OSError as move_error:
            detail = f"{reason(exc)}; {reason(move_error)}"
            return _off(Notice(Problem.DAMAGED_KEPT, path, detail=detail))
        notices.append(Notice(Problem.DAMAGED, path, kept, reason(exc)))
    try:  # a fresh file where the damaged one was
        return _open_writable(path, notices)
    except (DamagedError, sqlite3.Error, OSError) as exc:
        return _off(*notices, Notice(Problem.UNREADABLE, path, detail=reason(exc)))


def _off(*notices: Notice) -> HistoryStore:
    return HistoryStore(notices[-1].path, None, Access.OFF, list(notices))


def _open_writable(path: Path, notices: list[Notice]) -> HistoryStore:
    """Open, check, upgrade and tidy the file; raises DamagedError, sqlite3.Error or OSError."""
    if os.path.lexists(path) and not path.is_file():
        raise DamagedError(translate("History", "something that is not a file is in its place"))
    conn = _connect(path)
    try:
        version = _version(conn)
        if version > schema.SCHEMA_VERSION:
            conn.close()
            ro = _open_read_only(path)
            notice = Notice(Problem.NEWER, path, version=version)
            return HistoryStore(path, ro, Access.READ_ONLY, [*notices, notice], version)
        _check(conn)
        if version == 0 and conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
            raise DamagedError(translate("History", "it is an SQLite file of another program"))
        _prepare(conn)
        if 0 < version < schema.SCHEMA_VERSION:
            backup = _backup(conn, path, version)
            try:
                migrate(conn, version)
            except sqlite3.Error as exc:
                failed = Notice(Problem.MIGRATION_FAILED, path, backup, reason(exc), version)
                return HistoryStore(path, conn, Access.READ_ONLY, [*notices, failed], version)
            notices.append(Notice(Problem.MIGRATED, path, backup, version=version))
        elif version == 0:
            migrate(conn, 0)
        store = HistoryStore(path, conn, Access.WRITE, notices)
        try:
            store._close_interrupted()
        except HistoryError as exc:
            store.notices.append(exc.notice)
        return store
    except BaseException:
        conn.close()
        raise
