"""The session engine, driven by a fake monotonic clock: exact timing, pauses, sleep, commands."""

from __future__ import annotations

import random

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from footcare_gui.core.session import (
    Event,
    PausedBySleep,
    PauseReason,
    Session,
    SessionFinished,
    State,
    StepEnding,
    StepFinished,
    StepStarted,
)
from tests.conftest import FakeClock
from tests.plans import make_plan


def run_for(session: Session, clock: FakeClock, seconds: float, tick: float = 0.25) -> None:
    """Advance the clock in tick-sized steps, updating the session as the UI timer would."""
    for _ in range(round(seconds / tick)):
        clock.advance(tick)
        session.update()


def recorder(session: Session) -> list[Event]:
    events: list[Event] = []
    session.subscribe(events.append)
    return events


def test_thirty_minute_session_with_fifty_random_pauses_keeps_exact_time() -> None:
    rng = random.Random(20261122)
    clock = FakeClock(start=5000.0)
    # 2 x 7 foot steps + prep + switch + finish: 30 minutes in all.
    plan = make_plan((100, 120, 90, 150, 100, 130, 165))
    assert sum(p.duration for p in plan) == 1800
    session = Session(plan, clock, warn_seconds=3)
    events = recorder(session)
    session.start()
    t0 = clock.now
    pause_at = sorted(rng.uniform(1, 1790) for _ in range(50))
    paused_total = 0.0
    paused_before: list[tuple[float, float]] = []  # (running time, paused total so far)
    running = 0.0
    while session.state is not State.FINISHED:
        step = rng.uniform(0.01, 0.5)
        clock.advance(step)
        running += step
        session.update()
        if pause_at and running >= pause_at[0] and session.state is State.RUNNING:
            pause_at.pop(0)
            session.pause()
            pause = rng.uniform(0.5, 4.0)
            for _ in range(8):  # a paused session ignores updates
                clock.advance(pause / 8)
                session.update()
            paused_total += pause
            paused_before.append((running, paused_total))
            session.resume()
    assert pause_at == []

    def paused_up_to(run_time: float) -> float:
        """Paused time that had passed when the session had run ``run_time`` seconds."""
        return max((p for r, p in paused_before if r <= run_time), default=0.0)

    starts = [e for e in events if isinstance(e, StepStarted)]
    assert [e.index for e in starts] == list(range(len(plan)))
    planned = 0.0
    for event, p in zip(starts, plan, strict=True):
        assert event.at == pytest.approx(t0 + planned + paused_up_to(planned), abs=1e-6)
        planned += p.duration
    (end,) = [e for e in events if isinstance(e, SessionFinished)]
    assert end.at == pytest.approx(t0 + 1800 + paused_total, abs=1e-6)
    assert session.completed == len(plan)
    assert session.active_seconds == pytest.approx(1800, abs=1e-6)


def test_late_tick_does_not_drift_the_next_step() -> None:
    clock = FakeClock()
    session = Session(make_plan((60, 60)), clock)
    events = recorder(session)
    session.start()
    run_for(session, clock, 29.75)
    clock.advance(0.25 + 0.9)  # prep ends at 30; this tick comes 0.9 s late
    session.update()
    assert session.index == 1
    assert session.remaining == pytest.approx(60 - 0.9)
    changes = [type(e) for e in events if not isinstance(e, StepEnding)]
    assert changes == [StepStarted, StepFinished, StepStarted]
    assert events[-1] == StepStarted(1, 1030.0)  # at the planned instant, not the late tick


def test_warning_counts_down_the_last_seconds_once_each() -> None:
    clock = FakeClock()
    session = Session(make_plan((60,)), clock, warn_seconds=3)
    events = recorder(session)
    session.start()
    for _ in range(30 * 10):
        clock.advance(0.1)
        session.update()
    ending = [e.seconds_left for e in events if isinstance(e, StepEnding) and e.index == 0]
    assert ending == [3, 2, 1]


def test_a_late_tick_in_the_warning_window_fires_no_burst() -> None:
    clock = FakeClock()
    session = Session(make_plan((60,)), clock, warn_seconds=3)
    events = recorder(session)
    session.start()
    run_for(session, clock, 26.5, tick=0.5)
    clock.advance(2.0)  # one slow tick skips the 3 and 2 thresholds
    session.update()
    assert [e.seconds_left for e in events if isinstance(e, StepEnding)] == [2]


def test_pause_freezes_remaining_and_resume_continues() -> None:
    clock = FakeClock()
    session = Session(make_plan(), clock)
    session.start()
    run_for(session, clock, 10)
    session.pause()
    assert session.state is State.PAUSED and session.pause_reason is PauseReason.USER
    clock.advance(30)  # paused time must not count, nor look like a sleep
    session.update()
    assert session.remaining == pytest.approx(20)
    session.resume()
    run_for(session, clock, 5)
    assert session.remaining == pytest.approx(15)


def test_a_long_gap_pauses_where_the_gap_began() -> None:
    clock = FakeClock()
    session = Session(make_plan(), clock, gap_limit=5.0)
    events = recorder(session)
    session.start()
    run_for(session, clock, 12)
    clock.advance(3600)  # the laptop slept for an hour
    session.update()
    assert session.state is State.PAUSED
    assert session.pause_reason is PauseReason.SLEEP
    assert session.index == 0
    assert session.remaining == pytest.approx(18)
    assert isinstance(events[-1], PausedBySleep) and events[-1].gap == pytest.approx(3600)
    session.resume()
    assert session.state is State.RUNNING and session.remaining == pytest.approx(18)


def test_wait_at_each_step_holds_the_next_step_until_resumed() -> None:
    clock = FakeClock()
    session = Session(make_plan(), clock, auto_advance=False)
    session.start()
    run_for(session, clock, 31)
    assert session.index == 1
    assert session.state is State.PAUSED and session.pause_reason is PauseReason.WAITING
    assert session.remaining == session.current.duration
    session.toggle()
    assert session.state is State.RUNNING


def test_next_and_previous_at_the_ends_are_harmless() -> None:
    clock = FakeClock()
    plan = make_plan((10,))
    session = Session(plan, clock)
    session.previous()
    assert (session.state, session.index) == (State.READY, 0)
    session.start()
    session.previous()
    assert (session.state, session.index) == (State.RUNNING, 0)
    session.jump(len(plan) - 1)
    session.next()
    assert session.state is State.FINISHED
    session.next()
    session.previous()
    session.resume()
    assert session.state is State.FINISHED and session.total_remaining == 0
    session.restart()
    assert (session.state, session.index, session.completed) == (State.READY, 0, 0)


def test_changed_durations_apply_from_the_next_step() -> None:
    clock = FakeClock()
    session = Session(make_plan((60, 60)), clock)
    session.start()
    session.set_durations({"prep": 100, "s0": 90})
    assert session.current.duration == 30  # the running step keeps its length
    assert session.plan[1].duration == 90
    assert session.plan[4].duration == 90  # s0 on the second foot


def test_jump_outside_the_plan_is_refused() -> None:
    session = Session(make_plan(), FakeClock())
    with pytest.raises(IndexError):
        session.jump(99)


class SessionMachine(RuleBasedStateMachine):
    """Random command sequences: the invariants below hold after every one."""

    @initialize(durations=st.lists(st.integers(5, 120), min_size=1, max_size=4))
    def setup(self, durations: list[int]) -> None:
        self.clock = FakeClock()
        self.session = Session(make_plan(durations), self.clock, warn_seconds=3)
        self.was_finished = False

    @rule(seconds=st.floats(0, 8, allow_nan=False))
    def tick(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.session.update()

    @rule()
    def start(self) -> None:
        self.session.start()

    @rule()
    def pause(self) -> None:
        self.session.pause()

    @rule()
    def resume(self) -> None:
        self.session.resume()

    @rule()
    def toggle(self) -> None:
        self.session.toggle()

    @rule()
    def next(self) -> None:
        self.session.next()

    @rule()
    def previous(self) -> None:
        before = self.session.state
        self.session.previous()
        if before is not State.FINISHED:
            assert self.session.state in (before, State.PAUSED)

    @rule(data=st.data())
    def jump(self, data: st.DataObject) -> None:
        self.session.jump(data.draw(st.integers(0, len(self.session.plan) - 1)))

    @rule()
    def restart(self) -> None:
        self.session.restart()
        self.was_finished = False
        assert self.session.state is State.READY

    @invariant()
    def remaining_within_the_step(self) -> None:
        s = self.session
        assert 0.0 <= s.remaining <= s.current.duration
        assert 0.0 <= s.total_remaining <= s.total + 1e-9

    @invariant()
    def index_in_range(self) -> None:
        assert 0 <= self.session.index < len(self.session.plan)

    @invariant()
    def finished_stays_finished(self) -> None:
        if self.was_finished:
            assert self.session.state is State.FINISHED
        self.was_finished = self.session.state is State.FINISHED


TestSessionMachine = SessionMachine.TestCase
TestSessionMachine.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
