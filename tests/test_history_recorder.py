"""Recording a session as it happens: when a row is written, and what it says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from footcare_gui.core.history_open import open_history
from footcare_gui.core.history_record import Outcome
from footcare_gui.core.history_recorder import SessionRecorder
from footcare_gui.core.history_store import HistoryStore, Notice, Problem
from footcare_gui.core.plan import build_plan
from footcare_gui.core.session import Session, State
from footcare_gui.core.zones import Foot
from tests.conftest import FakeClock
from tests.plans import make_routine

ROUTINE = make_routine((60, 90, 45))  # prep 30, 3 steps per foot, switch 20, end 40
BERLIN = ZoneInfo("Europe/Berlin")


class Wall:
    """A local wall clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 21, 30, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = open_history(tmp_path / "history.sqlite3")
    yield s
    s.close()


def run(session: Session, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        session.update()


def started(recorder: SessionRecorder, clock: FakeClock, feel: int | None = None) -> Session:
    session = Session(build_plan(ROUTINE, Foot.RIGHT), clock)
    recorder.begin(session, ROUTINE, Foot.RIGHT, feel)
    session.start()
    return session


def test_nothing_is_recorded_before_a_whole_step(store: HistoryStore, clock: FakeClock) -> None:
    recorder = SessionRecorder(lambda: store, now=Wall())
    session = started(recorder, clock)
    run(session, clock, 29)
    session.next()  # skipped, not done
    assert store.count() == 0
    assert recorder.leave() is None
    assert store.count() == 0
    assert not recorder.recording


def test_a_session_skipped_to_its_end_is_not_an_evening(
    store: HistoryStore, clock: FakeClock
) -> None:
    recorder = SessionRecorder(lambda: store, now=Wall())
    session = started(recorder, clock)
    while session.state is not State.FINISHED:
        clock.advance(1)
        session.next()  # Next, Next, Next...: no massage in it
    assert session.completed == 0
    assert recorder.finish() is None
    assert store.count() == 0
    assert recorder.last is None and not recorder.recording


def test_a_row_appears_after_the_first_step_and_is_kept_up_to_date(
    store: HistoryStore, clock: FakeClock
) -> None:
    wall = Wall()
    recorder = SessionRecorder(lambda: store, now=wall)
    session = started(recorder, clock, feel=2)
    run(session, clock, 30)
    (row,) = store.sessions()
    assert (row.outcome, row.steps_done, row.done_s, row.feel_before) == (
        Outcome.IN_PROGRESS,
        1,
        30,
        2,
    )
    run(session, clock, 60)
    assert store.sessions()[0].steps_done == 2
    wall.now += timedelta(minutes=2)
    left = recorder.leave()
    assert left is not None
    (row,) = store.sessions()
    assert row == left
    assert (row.outcome, row.steps_done, row.steps_total) == (Outcome.LEFT, 2, len(session.plan))
    assert row.started == datetime(2026, 3, 10, 20, 30, tzinfo=UTC)
    assert row.ended == datetime(2026, 3, 10, 20, 32, tzinfo=UTC)
    assert (row.utc_offset_min, row.evening) == (60, date(2026, 3, 10))
    assert (row.routine_id, row.routine_title, row.first_foot) == ("test", "Test", Foot.RIGHT)
    assert row.planned_s == round(session.total)


def test_a_finished_session_and_the_feel_after(store: HistoryStore, clock: FakeClock) -> None:
    wall = Wall()
    wall.now = datetime(2026, 3, 11, 1, 15, tzinfo=BERLIN)  # after midnight: last evening
    recorder = SessionRecorder(lambda: store, now=wall)
    session = started(recorder, clock, feel=1)
    run(session, clock, int(session.total) + 1)
    done = recorder.finish()
    assert done is not None
    assert done.outcome is Outcome.FINISHED
    assert done.evening == date(2026, 3, 10)
    assert done.steps_done == done.steps_total == len(session.plan)
    recorder.set_feel_after(4)
    (row,) = store.sessions()
    assert (row.feel_before, row.feel_after, row.id) == (1, 4, done.id)
    assert recorder.last is not None
    assert recorder.last.feel_after == 4
    recorder.set_feel_after(None)  # changed their mind: skipped
    assert store.sessions()[0].feel_after is None


def test_a_restarted_session_is_two_sessions_and_events_are_not_doubled(
    store: HistoryStore, clock: FakeClock
) -> None:
    recorder = SessionRecorder(lambda: store, now=Wall())
    session = started(recorder, clock)
    run(session, clock, 31)
    recorder.leave()  # Restart: the first run is left ...
    session.restart()
    recorder.begin(session, ROUTINE, Foot.RIGHT)  # ... and the same engine runs again
    session.start()
    run(session, clock, 31)
    assert recorder.leave() is not None
    rows = store.sessions()
    assert [r.outcome for r in rows] == [Outcome.LEFT, Outcome.LEFT]
    assert [r.steps_done for r in rows] == [1, 1]


def test_a_crash_leaves_a_row_in_progress_that_the_next_start_closes(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "history.sqlite3"
    store = open_history(path)
    recorder = SessionRecorder(lambda: store, now=Wall())
    session = started(recorder, clock)
    run(session, clock, 125)
    store.close()  # the process ends without leave(): as a kill would
    with open_history(path) as again:
        (row,) = again.sessions()
        assert (row.outcome, row.steps_done) == (Outcome.LEFT, 2)


def test_without_a_store_the_record_is_still_returned(clock: FakeClock) -> None:
    recorder = SessionRecorder(lambda: None, now=Wall())
    session = started(recorder, clock, feel=3)
    run(session, clock, int(session.total) + 1)
    done = recorder.finish()
    assert done is not None
    assert (done.id, done.feel_before, done.outcome) == (None, 3, Outcome.FINISHED)


def test_a_failing_store_is_reported_once(store: HistoryStore, clock: FakeClock) -> None:
    told: list[Notice] = []
    recorder = SessionRecorder(lambda: store, now=Wall(), on_error=told.append)
    assert store._conn is not None
    store._conn.execute("PRAGMA query_only = ON")  # every write now fails
    session = started(recorder, clock)
    run(session, clock, 200)
    recorder.leave()
    assert [n.problem for n in told] == [Problem.WRITE]
    with pytest.raises(ValueError, match="1 to 5"):
        recorder.begin(session, ROUTINE, Foot.RIGHT, 0)
