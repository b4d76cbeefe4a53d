"""The history database: layout, writes, and every way the file or its folder can be wrong."""

from __future__ import annotations

import csv
import os
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from footcare_gui.core import history_open, history_schema
from footcare_gui.core.history_csv import CSV_COLUMNS, csv_text, export_csv
from footcare_gui.core.history_open import open_history
from footcare_gui.core.history_record import Outcome, SessionRecord
from footcare_gui.core.history_store import Access, HistoryError, HistoryStore, Problem
from footcare_gui.core.zones import Foot
from footcare_gui.paths import history_path

T0 = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)


def record(n: int = 0, **changes: object) -> SessionRecord:
    fields: dict[str, object] = {
        "started": T0 + timedelta(days=n),
        "ended": T0 + timedelta(days=n, minutes=22),
        "utc_offset_min": 60,
        "evening": date(2026, 3, 10) + timedelta(days=n),
        "routine_id": "evening-reflexology",
        "routine_title": "Evening reflexology",
        "first_foot": Foot.LEFT,
        "planned_s": 1320,
        "done_s": 1300,
        "steps_done": 19,
        "steps_total": 19,
        "outcome": Outcome.FINISHED,
        "feel_before": 2,
        "feel_after": 4,
    }
    fields.update(changes)
    return SessionRecord(**fields)  # type: ignore[arg-type]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[HistoryStore]:
    s = open_history(path)
    yield s
    s.close()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def make_file(path: Path, sessions: int = 3) -> None:
    with open_history(path) as s:
        for n in range(sessions):
            s.save(record(n))


# --- a healthy file -------------------------------------------------------------------------


def test_a_new_history_has_the_current_layout(store: HistoryStore, path: Path) -> None:
    assert store.access is Access.WRITE
    assert store.notices == []
    conn = store._conn
    assert conn is not None
    assert conn.execute("PRAGMA user_version").fetchone()[0] == history_schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    columns = [r[1] for r in conn.execute("PRAGMA table_info(sessions)")]
    assert columns == ["id", *history_schema.COLUMNS]
    assert path.is_file()


def test_migration_from_version_0_makes_version_1(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "h.sqlite3", isolation_level=None)
    try:
        history_open.migrate(conn, 0, 1)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):  # the CHECKs are part of version 1
            conn.execute(history_schema.INSERT, history_schema.record_values(record(feel_after=9)))
        conn.execute(history_schema.INSERT, history_schema.record_values(record()))
        assert conn.execute("SELECT evening FROM sessions").fetchall() == [("2026-03-10",)]
    finally:
        conn.close()


def test_save_update_read_back(store: HistoryStore) -> None:
    first = store.save(record(0, outcome=Outcome.IN_PROGRESS, steps_done=3, done_s=200))
    assert first.id is not None
    done = store.save(record(0, id=first.id))
    second = store.save(record(1, feel_before=None, feel_after=None))
    assert store.count() == 2
    assert store.sessions() == [second, done]  # newest first
    assert store.sessions(limit=1) == [second]
    store.set_feel_after(second.id or 0, 5)
    assert store.sessions(limit=1)[0].feel_after == 5
    with pytest.raises(ValueError, match="1 to 5"):
        store.set_feel_after(second.id or 0, 6)
    evenings = store.evenings()
    assert [(e.evening, e.sessions, e.feel_before) for e in evenings] == [
        (date(2026, 3, 10), 1, 2.0),
        (date(2026, 3, 11), 1, None),
    ]
    assert done.started_local.hour == 21  # 20:00 UTC at +01:00


def test_a_failed_write_raises_one_error_type_and_keeps_the_data(store: HistoryStore) -> None:
    store.save(record(0))
    assert store._conn is not None
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # as good as a full disk
    failures: list[HistoryError] = []
    for n in range(1, 200):
        try:
            store.save(record(n, routine_title="x" * 2000))
        except HistoryError as exc:
            failures.append(exc)
    assert failures
    assert failures[0].notice.problem is Problem.WRITE
    assert "full" in failures[0].notice.detail
    assert store.count() >= 1
    assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_session_left_in_progress_by_a_crash_is_marked_left(path: Path) -> None:
    with open_history(path) as s:
        s.save(record(0, outcome=Outcome.IN_PROGRESS, steps_done=4))
    with open_history(path) as s:
        (r,) = s.sessions()
        assert (r.outcome, r.steps_done) == (Outcome.LEFT, 4)


def test_delete_all_leaves_no_trace_in_the_files(path: Path) -> None:
    with open_history(path) as s:
        for n in range(30):
            s.save(record(n, routine_title="Secret routine name"))
        s.delete_all()
        assert s.count() == 0
        assert s.writable
        files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
        assert all(b"Secret routine name" not in p.read_bytes() for p in files)
        s.save(record(99))  # still usable afterwards
        assert s.count() == 1


def test_two_config_folders_never_share_a_history(tmp_path: Path) -> None:
    a, b = history_path(str(tmp_path / "a")), history_path(str(tmp_path / "b"))
    assert a != b
    assert a.parent == tmp_path / "a"
    make_file(a, 2)
    make_file(b, 5)
    with open_history(a) as sa, open_history(b) as sb:
        assert (sa.count(), sb.count()) == (2, 5)


def test_without_a_chosen_folder_the_history_is_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOOTCARE_GUI_CONFIG_DIR")
    assert history_path() == tmp_path / "xdg-data" / "footcare-gui" / "history.sqlite3"


# --- a damaged file ------------------------------------------------------------------------


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(8192))


def _truncated(path: Path) -> None:
    make_file(path, 400)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _text(path: Path) -> None:
    path.write_text("evening,minutes\n2026-03-10,22\n")


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("kept")


def _another_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()


def _garbled_header(path: Path) -> None:
    make_file(path, 50)
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 64] = b"\xff" * 64  # the sessions table's first page
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [_random_bytes, _truncated, _text, _folder, _another_programs_database, _garbled_header],
)
def test_a_damaged_file_is_moved_aside_and_a_fresh_one_made(path: Path, damage: object) -> None:
    path.parent.mkdir(parents=True)
    damage(path)  # type: ignore[operator]
    before = path.read_bytes() if path.is_file() else None
    with open_history(path, stamp=lambda: "20260310-210000") as s:
        assert s.access is Access.WRITE
        (notice,) = s.take_notices()
        assert notice.problem is Problem.DAMAGED
        assert notice.backup == path.with_name("history.sqlite3.corrupt-20260310-210000")
        assert s.count() == 0
        s.save(record(0))
        assert s.count() == 1
    kept = path.with_name("history.sqlite3.corrupt-20260310-210000")
    if before is None:
        assert (kept / "inside.txt").read_text() == "kept"
    else:
        assert kept.read_bytes() == before


def test_a_second_damaged_file_the_same_second_gets_its_own_name(path: Path) -> None:
    path.parent.mkdir(parents=True)
    for _ in range(2):
        _text(path)
        open_history(path, stamp=lambda: "20260310-210000").close()
    assert "history.sqlite3.corrupt-20260310-210000-2" in siblings(path)


def test_a_damaged_file_that_cannot_be_moved_is_left_alone(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path.parent.mkdir(parents=True)
    _text(path)
    before = path.read_bytes()

    def refuse(*_a: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    with open_history(path) as s:
        assert s.access is Access.OFF
        assert [n.problem for n in s.notices] == [Problem.DAMAGED_KEPT]
        assert s.sessions() == []
        with pytest.raises(HistoryError):
            s.save(record())
    assert path.read_bytes() == before
    assert siblings(path) == ["history.sqlite3"]


# --- a newer version, an older version ------------------------------------------------------


def test_a_newer_file_is_shown_but_never_written(path: Path) -> None:
    make_file(path, 3)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.execute("ALTER TABLE sessions ADD COLUMN mood_colour TEXT")  # what 7 might add
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with open_history(path) as s:
        assert s.access is Access.READ_ONLY
        (notice,) = s.notices
        assert (notice.problem, notice.version) == (Problem.NEWER, 7)
        assert len(s.sessions()) == 3
        with pytest.raises(HistoryError):
            s.save(record(5))
        with pytest.raises(HistoryError):
            s.delete_all()
    assert path.read_bytes() == before
    assert raw(path, "PRAGMA user_version") == [(7,)]


def _pretend_version_2(monkeypatch: pytest.MonkeyPatch, step: history_schema.Migration) -> None:
    monkeypatch.setattr(history_schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(history_schema.MIGRATIONS, 1, step)


def test_an_older_file_is_backed_up_then_migrated(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_file(path, 2)

    def add_index(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE INDEX sessions_by_routine ON sessions (routine_id)")

    _pretend_version_2(monkeypatch, add_index)
    with open_history(path) as s:
        assert s.writable
        (notice,) = s.notices
        assert (notice.problem, notice.version) == (Problem.MIGRATED, 1)
        assert notice.backup == path.with_name("history.sqlite3.v1-backup")
        assert s.count() == 2
    assert raw(path, "PRAGMA user_version") == [(2,)]
    backup = path.with_name("history.sqlite3.v1-backup")
    assert raw(backup, "PRAGMA user_version") == [(1,)]
    assert raw(backup, "SELECT COUNT(*) FROM sessions") == [(2,)]


def test_a_failed_migration_keeps_the_old_layout_and_writes_nothing(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_file(path, 2)

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE sessions ADD COLUMN extra TEXT")
        conn.execute("THIS IS NOT SQL")

    _pretend_version_2(monkeypatch, half_done)
    with open_history(path) as s:
        assert s.access is Access.READ_ONLY
        assert [n.problem for n in s.notices] == [Problem.MIGRATION_FAILED]
        assert s.count() == 2
    monkeypatch.undo()
    columns = [r[1] for r in raw(path, "PRAGMA table_info(sessions)")]
    assert "extra" not in columns  # rolled back with the failed step
    assert raw(path, "PRAGMA user_version") == [(1,)]


# --- folders that cannot be written ---------------------------------------------------------


def test_a_read_only_folder_turns_history_off(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where chmod does not stop writes: pretend the check says no.
    path.parent.mkdir(parents=True)
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    with open_history(path) as s:
        assert s.access is Access.OFF
        assert [n.problem for n in s.notices] == [Problem.FOLDER]
    assert siblings(path) == []


def test_a_read_only_folder_with_a_history_shows_it(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_file(path, 4)
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    with open_history(path) as s:
        assert s.access is Access.READ_ONLY
        assert s.count() == 4
        with pytest.raises(HistoryError):
            s.save(record())


def test_a_folder_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with open_history(blocker / "data" / "history.sqlite3") as s:
        assert s.access is Access.OFF
        assert s.notices[0].problem is Problem.FOLDER
        assert s.evenings() == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_really_read_only_folder(path: Path) -> None:
    make_file(path, 1)
    path.parent.chmod(0o555)
    try:
        with open_history(path) as s:
            assert s.access is Access.READ_ONLY
            assert s.count() == 1
    finally:
        path.parent.chmod(0o755)


def test_a_locked_file_turns_history_off_without_moving_it(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_file(path, 1)
    monkeypatch.setattr(history_open, "BUSY_TIMEOUT_S", 0.01)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with open_history(path) as s:
            assert s.access is Access.OFF
            assert [n.problem for n in s.notices] == [Problem.UNREADABLE]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not any(".corrupt-" in name for name in siblings(path))


# --- CSV ------------------------------------------------------------------------------------


def test_csv_export(store: HistoryStore, tmp_path: Path) -> None:
    store.save(record(1, feel_before=None))
    store.save(record(0, routine_title="=HYPERLINK(1)", first_foot=Foot.RIGHT))
    out = tmp_path / "export" / "history.csv"
    assert export_csv(out, store.sessions()) == 2
    text = out.read_bytes().decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert tuple(rows[0]) == CSV_COLUMNS
    first, second = (dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:])
    assert first["evening"] == "2026-03-10"  # oldest first
    assert first["routine_title"] == "'=HYPERLINK(1)"
    assert first["first_foot"] == "right"
    assert first["started_utc"] == "2026-03-10T20:00:00Z"
    assert (second["feel_before"], second["feel_after"]) == ("", "4")
    assert (second["outcome"], second["done_seconds"]) == ("finished", "1300")
    assert csv_text([]).strip() == ",".join(CSV_COLUMNS)
