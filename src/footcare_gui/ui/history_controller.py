"""The history at run time: opens the database after the first paint, records sessions as
the AppController reports them, fills the summary's history lines and the History page, and
carries out Export CSV and Delete all history.

Nothing here imports ``sqlite3`` or the history modules until the database is opened, so the
start window costs what it cost before (tests/test_startup_imports.py keeps it so).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from footcare_gui.core.i18n import translate

if TYPE_CHECKING:
    from datetime import date, datetime

    from footcare_gui.core.history_recorder import SessionRecorder
    from footcare_gui.core.history_store import HistoryStore, Notice
    from footcare_gui.core.routines import Routine
    from footcare_gui.core.session import Session
    from footcare_gui.core.zones import Foot
    from footcare_gui.ui.main_window import MainWindow


class HistoryController(QObject):
    """Owns the history store and the session recorder of one window."""

    status = Signal(str)
    changed = Signal()  # something was recorded or deleted

    def __init__(
        self,
        window: MainWindow,
        path: Path | None,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.path = path  # None: no history at all (tools and tests that do not want one)
        self.now = now or _local_now  # the wall clock (tests and tools set their own)
        self._store: HistoryStore | None = None
        self._recorder: SessionRecorder | None = None
        self._opened = False

    # -- the store ---------------------------------------------------------------------
    def open(self) -> None:
        """Open the database (once): called after the first paint, or when first needed."""
        if self._opened or self.path is None:
            return
        self._opened = True
        from footcare_gui.core.history_open import open_history

        self._store = open_history(self.path)
        self._tell()
        # The start page asks how the feet feel only when the answer can be recorded.
        self.window.start_page.show_feel_row(self.writable)

    @property
    def store(self) -> HistoryStore | None:
        """The open store (opening it now if it was not yet)."""
        self.open()
        return self._store

    @property
    def writable(self) -> bool:
        return self._store is not None and self._store.writable

    @property
    def recorder(self) -> SessionRecorder:
        if self._recorder is None:
            from footcare_gui.core.history_recorder import SessionRecorder

            self._recorder = SessionRecorder(
                lambda: self.store, now=lambda: self.now(), on_error=self._tell_one
            )
        return self._recorder

    def _tell(self) -> None:
        if self._store is not None:
            for notice in self._store.take_notices():
                self._tell_one(notice)

    def _tell_one(self, notice: Notice) -> None:
        from footcare_gui.ui.history_words import notice_text

        assert self._store is not None
        self.status.emit(notice_text(notice, self._store.access))

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def done_on(self, evening: date) -> bool:
        """Whether a session was done that evening (the reminder asks): in the history, or
        recorded by this run when the history cannot be read."""
        store = self.store
        if store is not None and store.has_evening(evening):
            return True
        last = self._recorder.last if self._recorder is not None else None
        return last is not None and last.evening == evening

    # -- recording (the AppController calls these) ---------------------------------------
    def session_started(self, session: Session, routine: Routine, foot: Foot) -> None:
        """A session began: follow it, with the face chosen on the start page."""
        if self.path is None:
            return
        row = self.window.start_page.feel
        self.recorder.begin(session, routine, foot, row.value() if row is not None else None)
        if row is not None:
            row.set_value(None)  # asked afresh for the next session

    def session_restarted(self) -> None:
        """The session starts over (call before the engine is reset)."""
        if self._recorder is not None and self._recorder.restart() is not None:
            self.changed.emit()

    def session_left(self) -> None:
        """The session is left early (Restart, back to start, quit)."""
        if self._recorder is not None and self._recorder.leave() is not None:
            self.changed.emit()

    def session_finished(self) -> None:
        """The session ended: record it and fill the summary's history lines."""
        page = self.window.summary_page
        record = self.recorder.finish() if self.path is not None else None
        page.feel.set_value(None)
        shown = record is not None and record.id is not None
        for w in (page.streak, page.cheer, page.feel_question, page.feel):
            w.setVisible(shown)
        page.feel_change.setText("")
        if record is None or not shown:
            return
        from footcare_gui.core.history_view import evening_summary
        from footcare_gui.ui.history_words import cheer_text, feel_text, streak_text

        store = self.store
        assert store is not None
        # Tonight is the session's own evening (one begun at 03:50 and ended after 04:00
        # still counts for the evening before).
        summary = evening_summary(store.evenings(), record.evening)
        self._tell()
        page.streak.setText(streak_text(summary))
        page.cheer.setText(cheer_text(summary.cheer))
        page.feel_change.setText(feel_text(record.feel_before, None))
        self.changed.emit()

    def feel_after_chosen(self, feel: int | None) -> None:
        """The face chosen on the summary page."""
        from footcare_gui.ui.history_words import feel_text

        recorder = self.recorder
        recorder.set_feel_after(feel)
        before = recorder.last.feel_before if recorder.last else None
        self.window.summary_page.feel_change.setText(feel_text(before, feel))
        self.changed.emit()

    # -- the History page ----------------------------------------------------------------
    def refresh_page(self) -> None:
        """Fill the History page from the database."""
        from footcare_gui.core.history_store import Access
        from footcare_gui.core.history_view import RECENT_SESSIONS, history_overview
        from footcare_gui.ui.history_words import notice_text

        page = self.window.history_page
        store = self.store
        first_weekday = page.locale_.firstDayOfWeek().value
        today = _evening(self.now())
        rows = store.evenings() if store is not None else []
        recent = store.sessions(RECENT_SESSIONS) if store is not None else []
        page.show_history(history_overview(rows, today, first_weekday), recent)
        access = store.access if store is not None else Access.OFF
        page.delete.setEnabled(access is Access.WRITE and bool(rows))
        page.export.setEnabled(bool(rows))
        banner = ""
        if self.path is None or access is Access.OFF:
            banner = translate(
                "HistoryPage", "History is off this session, so nothing is shown or recorded."
            )
        elif access is Access.READ_ONLY:
            banner = translate(
                "HistoryPage", "History is shown as it is; nothing is recorded this session."
            )
        page.show_banner(banner)
        for notice in store.take_notices() if store is not None else []:
            self.status.emit(notice_text(notice, access))

    def export_csv(self) -> None:
        """Ask where, then write every session as CSV."""
        from PySide6.QtWidgets import QFileDialog

        from footcare_gui.core.history_csv import export_csv

        page = self.window.history_page
        store = self.store
        if store is None:
            return
        default = Path.home() / f"footcare-history-{_evening(self.now()).isoformat()}.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            page,
            translate("HistoryPage", "Export history"),
            str(default),
            translate("HistoryPage", "CSV files (*.csv)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        try:
            count = export_csv(target, store.sessions())
        except OSError as exc:
            text = translate("HistoryPage", "The history could not be exported: {0} ({1}).")
            self.status.emit(text.format(exc.strerror or exc, target))
            return

        from footcare_gui.ui.history_words import HistoryCounts

        self.status.emit(
            HistoryCounts.tr("%Ln session(s) exported to {0}.", "", count).format(target)
        )

    def delete_all(self) -> None:
        """Ask first; then forget every session."""
        from PySide6.QtWidgets import QMessageBox

        from footcare_gui.core.history_store import HistoryError
        from footcare_gui.ui.history_words import notice_text

        page = self.window.history_page
        store = self.store
        if store is None or not store.writable:
            return
        answer = QMessageBox.question(
            page,
            translate("HistoryPage", "Delete all history?"),
            translate(
                "HistoryPage",
                "Every recorded session and feeling will be forgotten. This cannot be undone. "
                "(Export CSV first to keep a copy.)",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            store.delete_all()
        except HistoryError as exc:
            self.status.emit(notice_text(exc.notice, store.access))
            return
        self.status.emit(translate("HistoryPage", "All history was deleted."))
        self.changed.emit()
        self.refresh_page()


def _local_now() -> datetime:
    from footcare_gui.core.history_record import local_now

    return local_now()


def _evening(moment: datetime) -> date:
    from footcare_gui.core.history_record import evening_of

    return evening_of(moment)
