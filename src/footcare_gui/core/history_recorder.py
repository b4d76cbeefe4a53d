"""Recording sessions as they happen (no Qt).

A session is written once its first whole step is done, marked *in progress*, and written
again at the end of every later step; when it finishes, or is left (Restart, back to start,
quit), it is marked *finished* or *left*. If the app is killed or crashes meanwhile, the next
start finds the row still in progress and marks it left. A session that never got through a
whole step leaves no row, even when Next skipped it to its end: an evening in the history
(and its streak) is one with some massage in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from footcare_gui.core.history_record import (
    Outcome,
    SessionRecord,
    evening_of,
    is_feel,
    local_now,
    utc_offset_minutes,
)
from footcare_gui.core.history_store import HistoryError, HistoryStore, Notice
from footcare_gui.core.routines import Routine
from footcare_gui.core.session import Event, Session, StepFinished
from footcare_gui.core.zones import Foot


class SessionRecorder:
    """Follows one session at a time and keeps its row in the history up to date."""

    def __init__(
        self,
        store: Callable[[], HistoryStore | None],
        *,
        now: Callable[[], datetime] = local_now,
        on_error: Callable[[Notice], None] = lambda _notice: None,
    ) -> None:
        self._store = store  # called when a row is written: the store may open late
        self._now = now
        self._on_error = on_error
        self._failing = False
        self._session: Session | None = None
        self._subscribed: Session | None = None
        self._routine: Routine | None = None
        self._foot = Foot.LEFT
        self._feel_before: int | None = None
        self._started = now()
        self._record: SessionRecord | None = None
        self.last: SessionRecord | None = None  # the session that ended last (the summary's)

    @property
    def recording(self) -> bool:
        """Whether a session is being followed."""
        return self._session is not None

    def begin(
        self, session: Session, routine: Routine, foot: Foot, feel_before: int | None = None
    ) -> None:
        """Follow a session that starts now (a session still followed is left first)."""
        self.leave()
        if feel_before is not None and not is_feel(feel_before):
            raise ValueError(f"a feeling is 1 to 5, not {feel_before!r}")
        self._session, self._routine, self._foot = session, routine, foot
        self._feel_before = feel_before
        self._started = self._now()
        self._record = None
        if self._subscribed is not session:  # a restarted session is the same object
            self._subscribed = session
            session.subscribe(lambda event: self._on_event(session, event))

    def _on_event(self, session: Session, event: Event) -> None:
        if session is self._session and isinstance(event, StepFinished):
            self._write(Outcome.IN_PROGRESS)

    def restart(self) -> SessionRecord | None:
        """The session starts over: this run is left, and the next one is followed with the
        same routine, foot and feeling before."""
        session, routine = self._session, self._routine
        if session is None or routine is None:
            return None
        foot, feel = self._foot, self._feel_before
        record = self.leave()
        self.begin(session, routine, foot, feel)
        return record

    def leave(self) -> SessionRecord | None:
        """The session is left before its end: recorded (as left) after a whole step."""
        session = self._session
        if session is None:
            return None
        record = self._write(Outcome.LEFT) if session.completed >= 1 else None
        self._session = self._record = None
        if record is not None:
            self.last = record
        return record

    def finish(self) -> SessionRecord | None:
        """The session's last step ended: recorded as finished, after a whole step."""
        session = self._session
        if session is None:
            return None
        if session.completed < 1 and self._record is None:  # every step skipped with Next
            self._session = self.last = None
            return None
        record = self._write(Outcome.FINISHED)
        self._session = self._record = None
        self.last = record
        return record

    def set_feel_after(self, feel: int | None) -> None:
        """How the feet feel after the last session (None: skipped)."""
        last = self.last
        if last is None:
            return
        self.last = replace(last, feel_after=feel)
        store = self._store()
        if last.id is None or store is None or not store.writable:
            return
        try:
            store.set_feel_after(last.id, feel)
        except HistoryError as exc:
            self._failed(exc)

    def _write(self, outcome: Outcome) -> SessionRecord | None:
        s, routine = self._session, self._routine
        if s is None or routine is None:
            return None
        record = SessionRecord(
            started=self._started.astimezone(UTC),
            ended=self._now().astimezone(UTC),
            utc_offset_min=utc_offset_minutes(self._started),
            evening=evening_of(self._started),
            routine_id=routine.id,
            routine_title=routine.title,
            first_foot=self._foot,
            planned_s=round(s.total),
            done_s=round(s.active_seconds),
            steps_done=s.completed,
            steps_total=len(s.plan),
            outcome=outcome,
            feel_before=self._feel_before,
            id=None if self._record is None else self._record.id,
        )
        store = self._store()
        if store is not None and store.writable:
            try:
                record = store.save(record)
                self._failing = False
            except HistoryError as exc:
                self._failed(exc)
        self._record = record
        return record

    def _failed(self, exc: HistoryError) -> None:
        # Say it once; later writes still try (the disk may free up).
        if not self._failing:
            self._failing = True
            self._on_error(exc.notice)
