"""The history in the window: recording hooks, the feel rows, the summary's lines, the History
page (keys, export, delete), and the app carrying on whatever the database's state."""

from __future__ import annotations

import csv
import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.core import history_schema
from footcare_gui.core.history_open import open_history
from footcare_gui.core.history_record import Outcome, SessionRecord
from footcare_gui.core.history_store import Access
from footcare_gui.core.zones import Foot
from footcare_gui.ui.first_paint import after_first_paint
from footcare_gui.ui.main_window import Page
from tests.ui_harness import App, make_app

BERLIN = ZoneInfo("Europe/Berlin")
TONIGHT = datetime(2026, 3, 10, 21, 30, tzinfo=BERLIN)


def history_app(qtbot: QtBot, folder: Path, *, open_now: bool = True) -> App:
    """The window with a history on a fake wall clock, opened (as after the first paint)."""
    app = make_app(qtbot, folder, history=True)
    app.controller.history.now = lambda: TONIGHT
    if open_now:
        app.controller.history.open()
    return app


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "cfg"


@pytest.fixture
def app(qtbot: QtBot, folder: Path) -> App:
    return history_app(qtbot, folder)


def rows(folder: Path) -> list[SessionRecord]:
    """The rows as they are (opening a store would close a running session's row)."""
    if not (folder / "history.sqlite3").exists():
        return []
    conn = sqlite3.connect(folder / "history.sqlite3")
    try:
        found = conn.execute(f"{history_schema.SELECT} ORDER BY id DESC").fetchall()
    finally:
        conn.close()
    return [history_schema.record_from_row(r) for r in found]


def earlier(n: int) -> SessionRecord:
    start = TONIGHT - timedelta(days=n)
    return SessionRecord(
        started=start,
        ended=start + timedelta(minutes=8),
        utc_offset_min=60,
        evening=start.date(),
        routine_id="quick-wind-down",
        routine_title="Quick wind-down",
        first_foot=Foot.LEFT,
        planned_s=480,
        done_s=480,
        steps_done=9,
        steps_total=9,
        outcome=Outcome.FINISHED,
        feel_before=2,
        feel_after=3,
    )


def seed(folder: Path, *days_back: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with open_history(folder / "history.sqlite3") as store:
        for n in days_back:
            store.save(earlier(n))


def press(qtbot: QtBot, app: App, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    window = app.window
    if not window.isVisible():
        with qtbot.waitExposed(window):
            window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, modifier or Qt.KeyboardModifier.NoModifier)


def finish(app: App) -> None:
    session = app.controller.session
    assert session is not None
    app.run(session.total_remaining + 1)


def past_first_step(app: App) -> None:
    session = app.controller.session
    assert session is not None
    app.run(session.plan[0].duration + 1)


# --- recording ------------------------------------------------------------------------------


def test_a_finished_session_is_recorded_with_both_feelings(qtbot: QtBot, folder: Path) -> None:
    seed(folder, 1, 2)
    app = history_app(qtbot, folder)
    start = app.window.start_page
    assert start.feel is not None
    press(qtbot, app, Qt.Key.Key_2)  # the start page's row: "Tired"
    assert start.feel.value() == 2
    assert start.feel.word.text() == "Tired"
    app.controller.begin()
    assert start.feel.value() is None  # asked afresh next time
    finish(app)
    summary = app.window.summary_page
    assert app.window.current_page() is Page.SUMMARY
    assert summary.streak.text() == "3 evenings in a row · 3 of the last 7 evenings"
    assert summary.cheer.text() == "Evening after evening, it is becoming a habit."
    assert summary.feel.isVisibleTo(app.window)
    assert summary.feel_change.text() == "Before: Tired"
    press(qtbot, app, Qt.Key.Key_4)  # the summary's row now: "Relaxed"
    assert summary.feel.value() == 4
    assert summary.feel_change.text() == "Before: Tired → now: Relaxed"
    tonight = rows(folder)[0]
    assert (tonight.outcome, tonight.feel_before, tonight.feel_after) == (Outcome.FINISHED, 2, 4)
    assert tonight.evening == date(2026, 3, 10)
    assert tonight.routine_id == app.controller.routine.id
    press(qtbot, app, Qt.Key.Key_4)  # the same face again: skipped after all
    assert summary.feel.value() is None
    assert rows(folder)[0].feel_after is None


def test_a_first_evening_and_a_second_session_tonight(qtbot: QtBot, app: App, folder: Path) -> None:
    app.controller.begin()
    finish(app)
    summary = app.window.summary_page
    assert summary.streak.text() == "1 evening in a row · 1 of the last 7 evenings"
    assert summary.cheer.text() == "Your first evening: a lovely start."
    assert summary.feel_change.text() == ""
    app.controller.back_to_start()
    app.controller.begin()
    finish(app)
    assert summary.cheer.text() == "Another round tonight: your feet are well looked after."
    assert len(rows(folder)) == 2


def test_nothing_is_recorded_before_a_whole_step(app: App, folder: Path) -> None:
    app.controller.begin()
    app.run(5)
    app.window.restart_action.trigger()
    app.run(5)
    app.controller.back_to_start()
    app.controller.begin()
    app.run(5)
    app.window.close()
    assert rows(folder) == []


def test_restart_back_to_start_and_quit_record_a_left_session(app: App, folder: Path) -> None:
    app.controller.begin()
    past_first_step(app)
    row = rows(folder)[0]
    assert (row.outcome, row.steps_done) == (Outcome.IN_PROGRESS, 1)  # safe from a crash
    app.window.restart_action.trigger()
    past_first_step(app)
    app.controller.back_to_start()
    app.controller.begin()
    past_first_step(app)
    app.window.close()  # quitting mid-session
    recorded = rows(folder)
    assert [r.outcome for r in recorded] == [Outcome.LEFT] * 3
    assert all(r.steps_done == 1 for r in recorded)


def test_a_crashed_session_is_closed_at_the_next_start(qtbot: QtBot, folder: Path) -> None:
    app = history_app(qtbot, folder)
    app.controller.begin()
    past_first_step(app)
    store = app.controller.history.store
    assert store is not None
    store.close()  # the process dies here: nothing more is written
    again = history_app(qtbot, folder)
    again.controller.history.open()
    (row,) = rows(folder)
    assert (row.outcome, row.steps_done) == (Outcome.LEFT, 1)


def test_two_config_folders_keep_two_histories(qtbot: QtBot, tmp_path: Path) -> None:
    a, b = history_app(qtbot, tmp_path / "a"), history_app(qtbot, tmp_path / "b")
    for app in (a, b, b):
        app.controller.begin()
        finish(app)
        app.controller.back_to_start()
    assert (len(rows(tmp_path / "a")), len(rows(tmp_path / "b"))) == (1, 2)


def test_the_history_opens_only_after_the_first_paint(qtbot: QtBot, folder: Path) -> None:
    app = make_app(qtbot, folder, history=True)
    c = app.controller
    timer = after_first_paint(app.window, 60_000, lambda: c.history.open())  # as run() does
    QApplication.processEvents()
    assert not timer.isActive()  # not painted yet
    with qtbot.waitExposed(app.window):
        app.window.show()
    qtbot.waitUntil(timer.isActive)  # the first paint started it
    assert c._history is None  # painted, and the history not even made yet
    slot = app.window.start_page.feel_slot
    assert app.window.start_page.feel is None
    assert slot.height() > 20  # the row's room is kept, so nothing moves when it comes
    before = app.window.start_page.feet.geometry()
    timer.start(0)
    qtbot.waitUntil(lambda: c._history is not None and c.history.writable)
    row = app.window.start_page.feel
    assert row is not None
    qtbot.waitUntil(row.isVisible)
    assert row.sizeHint().height() <= slot.height()
    assert app.window.start_page.feet.geometry() == before


# --- when the database is not fine ----------------------------------------------------------


def status_messages(qtbot: QtBot, app: App) -> list[str]:
    seen: list[str] = []
    app.controller.status.connect(seen.append)
    return seen


def test_a_damaged_database_is_moved_aside_with_one_message(qtbot: QtBot, folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    app = history_app(qtbot, folder, open_now=False)
    seen = status_messages(qtbot, app)
    app.controller.history.open()
    assert len(seen) == 1
    assert "damaged" in seen[0]
    assert "history.sqlite3.corrupt-" in seen[0]
    assert app.window.statusBar().currentMessage() == seen[0]
    app.controller.begin()
    finish(app)
    assert len(rows(folder)) == 1
    assert len(seen) == 1


def test_a_newer_database_is_shown_never_written(qtbot: QtBot, folder: Path) -> None:
    seed(folder, 1)
    conn = sqlite3.connect(folder / "history.sqlite3")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    app = history_app(qtbot, folder, open_now=False)
    seen = status_messages(qtbot, app)
    app.controller.history.open()
    assert len(seen) == 1
    assert "newer version" in seen[0]
    assert app.window.start_page.feel is None  # nothing could record the answer
    app.controller.begin()
    finish(app)  # the session runs, the summary shows it, nothing is recorded
    assert app.window.current_page() is Page.SUMMARY
    assert not app.window.summary_page.streak.isVisibleTo(app.window)
    app.controller.back_to_start()
    app.window.history_action.trigger()
    page = app.window.history_page
    assert page.banner.text().startswith("History is shown as it is")
    assert not page.delete.isEnabled()
    assert page.total_evenings.text() == "1"
    assert len(seen) == 1


def test_a_read_only_folder_turns_history_off(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)  # root ignores chmod
    app = history_app(qtbot, folder, open_now=False)
    seen = status_messages(qtbot, app)
    app.controller.history.open()
    assert len(seen) == 1
    assert seen[0].startswith("History is off this session")
    assert app.window.start_page.feel is None
    assert not app.window.start_page.feel_slot.isVisibleTo(app.window)
    app.controller.begin()
    finish(app)
    assert app.window.current_page() is Page.SUMMARY
    assert not app.window.summary_page.feel.isVisibleTo(app.window)
    assert not (folder / "history.sqlite3").exists()


# --- the History page -----------------------------------------------------------------------


def test_ctrl_h_opens_the_history_page_and_goes_back(qtbot: QtBot, folder: Path) -> None:
    seed(folder, 0, 1, 2, 5, 40)
    app = history_app(qtbot, folder)
    press(qtbot, app, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert app.window.current_page() is Page.HISTORY
    assert app.window.windowTitle().startswith("History")
    page = app.window.history_page
    assert (page.total_evenings.text(), page.total_current.text()) == ("5", "3")
    assert page.total_longest.text() == "3"
    assert page.total_minutes.text() == "40"
    assert page.recent.topLevelItemCount() == 5
    assert page.recent.topLevelItem(0).text(2) == "8 min"
    assert page.calendar.selected == date(2026, 3, 10)
    assert page.day_detail.text().endswith(": 8 minutes; feet: Tired → Okay")
    assert not page.plot.empty
    press(qtbot, app, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert app.window.current_page() is Page.START
    app.controller.begin()
    assert not app.window.history_action.isEnabled()  # not during a session
    app.window.history_action.trigger()
    assert app.window.current_page() is Page.SESSION


def test_history_from_the_summary_goes_back_to_the_summary(app: App) -> None:
    app.controller.begin()
    finish(app)
    app.window.history_action.trigger()
    assert app.window.current_page() is Page.HISTORY
    assert app.window.history_page.total_evenings.text() == "1"
    app.window.history_page.back.click()
    assert app.window.current_page() is Page.SUMMARY


def test_the_calendar_moves_with_the_keys(qtbot: QtBot, folder: Path) -> None:
    seed(folder, 7)
    app = history_app(qtbot, folder)
    app.window.history_action.trigger()
    with qtbot.waitExposed(app.window):
        app.window.show()
    cal = app.window.history_page.calendar
    cal.setFocus()
    today = date(2026, 3, 10)
    for key, expected in (
        (Qt.Key.Key_Left, today - timedelta(days=7)),  # a week back: the window's Left is not
        (Qt.Key.Key_Up, today - timedelta(days=8)),  # taken for "previous step" here
        (Qt.Key.Key_Down, today - timedelta(days=7)),
        (Qt.Key.Key_Right, today),
        (Qt.Key.Key_Right, today),  # never past tonight
        (Qt.Key.Key_End, today),
    ):
        qtbot.keyClick(cal, key)
        assert cal.selected == expected, key
    qtbot.keyClick(cal, Qt.Key.Key_Left)
    detail = app.window.history_page.day_detail.text()
    assert "3 March 2026" in detail
    assert detail.endswith(": 8 minutes; feet: Tired → Okay")
    assert cal.accessibleDescription() == detail
    qtbot.keyClick(cal, Qt.Key.Key_Home)
    o = cal._overview
    assert o is not None
    assert cal.selected == o.first_day
    assert app.window.history_page.day_detail.text().endswith(": no session")
    assert cal.day_at(cal.rect().center().toPointF()) is not None


def test_the_page_follows_the_theme(qtbot: QtBot, app: App) -> None:
    from footcare_gui.ui.theme import apply_theme

    seed_app_session(app)
    app.window.history_action.trigger()
    app.window.resize(1280, 800)
    with qtbot.waitExposed(app.window):
        app.window.show()
    cal = app.window.history_page.calendar
    images = []
    for theme in ("light", "night", "dark"):
        apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
        QApplication.processEvents()
        images.append(cal.grab().toImage())
    assert images[0] != images[1] != images[2]
    recent = app.window.history_page.recent  # the list's header grows with its rows
    assert recent.header().viewport().font().pixelSize() == recent.font().pixelSize() > 11
    apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]


def seed_app_session(app: App) -> None:
    app.controller.begin()
    finish(app)
    app.controller.back_to_start()


def test_export_csv(app: App, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_app_session(app)
    seen: list[str] = []
    app.controller.status.connect(seen.append)
    target = folder / "out" / "my history.csv"
    asked: list[str] = []

    def ask(*args: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(target), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    app.window.history_action.trigger()
    app.window.history_page.export.click()
    assert asked[0].endswith("footcare-history-2026-03-10.csv")
    lines = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert lines[0][:3] == ["id", "evening", "started_utc"]
    assert len(lines) == 2
    assert seen[-1] == f"1 session exported to {target}."
    blocker = folder / "a-file"
    blocker.write_text("x")
    target = blocker / "h.csv"
    app.window.history_page.export.click()
    assert seen[-1].startswith("The history could not be exported")


def test_delete_all_asks_first(app: App, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_app_session(app)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    app.window.history_action.trigger()
    page = app.window.history_page
    assert not page.empty.isVisibleTo(page)
    page.delete.click()
    assert len(rows(folder)) == 1
    page.delete.click()
    assert rows(folder) == []
    assert page.empty.isVisibleTo(page)
    assert page.total_evenings.text() == "0"
    assert not page.delete.isEnabled()
    assert app.window.statusBar().currentMessage() == "All history was deleted."


def test_history_controls_are_named_for_assistive_tech(app: App) -> None:
    app.window.history_action.trigger()
    page = app.window.history_page
    for w in (page.calendar, page.plot, page.recent, page.back, page.export, page.delete):
        assert w.accessibleName(), type(w).__name__
    row = app.window.start_page.feel
    assert row is not None
    for face in row.faces:
        assert face.accessibleName().startswith(f"{face.feel}: ")
        assert f"(key {face.feel})" in face.toolTip()
    assert app.window.history_action.shortcut().toString() == "Ctrl+H"
    store = app.controller.history.store
    assert store is not None
    assert store.access is Access.WRITE


def test_the_reminder_learns_whether_tonight_was_done(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(folder, 1)
    app = history_app(qtbot, folder)
    history = app.controller.history
    assert history.done_on(date(2026, 3, 9))
    assert not history.done_on(date(2026, 3, 10))
    app.controller.begin()
    finish(app)
    assert history.done_on(date(2026, 3, 10))
    # History off (a read-only folder): this run's own session still counts.
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    other = history_app(qtbot, folder.parent / "elsewhere")
    assert not other.controller.history.writable
    other.controller.begin()
    finish(other)
    assert other.controller.history.done_on(date(2026, 3, 10))
    assert not other.controller.history.done_on(date(2026, 3, 9))


def test_the_summary_offers_start_again_not_a_face(qtbot: QtBot, folder: Path) -> None:
    app = history_app(qtbot, folder)
    press(qtbot, app, Qt.Key.Key_2)  # shown and active, as a person's window is
    app.controller.begin()
    finish(app)
    summary = app.window.summary_page
    assert summary.feel.isVisibleTo(app.window)
    # a focus frame on the first face ("Sore") looked like an answer already given
    assert QApplication.focusWidget() is summary.again
