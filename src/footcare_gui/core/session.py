"""The session engine: runs a plan of timed steps over an injected monotonic clock.

Time left is always computed from the clock, never by counting ticks, so a late or dropped
tick cannot make the session drift: each step ends exactly ``duration`` seconds of running
time after it began, and the next one begins at that same instant. Paused time does not count.
If two updates are much further apart than they should be (the laptop slept, the process was
frozen), the session pauses itself where the gap began instead of racing through the steps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from footcare_gui.core.plan import PlannedStep, plan_total

Clock = Callable[[], float]

DEFAULT_GAP_LIMIT = 5.0  # seconds; the UI updates every quarter second


class State(StrEnum):
    """Where the session is."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class PauseReason(StrEnum):
    """Why a paused session is paused."""

    USER = "user"
    SLEEP = "sleep"  # the machine slept or the app was frozen
    WAITING = "waiting"  # "wait at each step": the step is ready, waiting for the user


@dataclass(frozen=True, slots=True)
class StepStarted:
    """A step became current at ``at`` (session clock time); ``index`` into the plan."""

    index: int
    at: float


@dataclass(frozen=True, slots=True)
class StepEnding:
    """The current step ends in ``seconds_left`` whole seconds."""

    index: int
    seconds_left: int
    at: float


@dataclass(frozen=True, slots=True)
class StepFinished:
    """A step ran to its end."""

    index: int
    at: float


@dataclass(frozen=True, slots=True)
class SessionFinished:
    """The last step ended (or was skipped)."""

    at: float


@dataclass(frozen=True, slots=True)
class PausedBySleep:
    """The session paused itself: no update came for ``gap`` seconds after ``at``."""

    gap: float
    at: float


Event = StepStarted | StepEnding | StepFinished | SessionFinished | PausedBySleep
Listener = Callable[[Event], None]


class Session:
    """One run through a plan. Call :meth:`update` often (every tick) while running."""

    def __init__(
        self,
        plan: tuple[PlannedStep, ...],
        clock: Clock,
        *,
        warn_seconds: int = 3,
        auto_advance: bool = True,
        gap_limit: float = DEFAULT_GAP_LIMIT,
    ) -> None:
        if not plan:
            raise ValueError("a session needs at least one step")
        self._plan = plan
        self._clock = clock
        self.warn_seconds = warn_seconds
        self.auto_advance = auto_advance
        self.gap_limit = gap_limit
        self._listeners: list[Listener] = []
        self._pending: list[Event] = []
        self._reset()

    def _reset(self) -> None:
        self._state = State.READY
        self._reason: PauseReason | None = None
        self._index = 0
        self._origin = 0.0  # clock time the current step began, paused time excluded
        self._frozen = 0.0  # elapsed time of the current step while not running
        self._last_update = 0.0
        self._warned = 0  # smallest seconds-left already announced for this step (0: none)
        self._active = 0.0  # running time banked before the current run
        self._run_since = 0.0
        self._completed: set[int] = set()

    # -- observing -----------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every event, after the command that caused it returns."""
        self._listeners.append(listener)

    @property
    def plan(self) -> tuple[PlannedStep, ...]:
        return self._plan

    @property
    def state(self) -> State:
        return self._state

    @property
    def running(self) -> bool:
        """Whether time is passing (started, not paused, not finished)."""
        return self._state is State.RUNNING

    @property
    def pause_reason(self) -> PauseReason | None:
        return self._reason if self._state is State.PAUSED else None

    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> PlannedStep:
        return self._plan[self._index]

    @property
    def next_step(self) -> PlannedStep | None:
        i = self._index + 1
        return self._plan[i] if i < len(self._plan) else None

    @property
    def elapsed(self) -> float:
        """Running time spent in the current step, within 0 and its duration."""
        if self._state is State.FINISHED:
            return self.current.duration
        raw = self._clock() - self._origin if self._state is State.RUNNING else self._frozen
        return min(max(raw, 0.0), self.current.duration)

    @property
    def remaining(self) -> float:
        """Time left in the current step."""
        return self.current.duration - self.elapsed

    @property
    def total_remaining(self) -> float:
        """Time left in the whole session."""
        if self._state is State.FINISHED:
            return 0.0
        return self.remaining + sum(p.duration for p in self._plan[self._index + 1 :])

    @property
    def total(self) -> float:
        return plan_total(self._plan)

    @property
    def active_seconds(self) -> float:
        """Running time spent in the session so far, pauses excluded."""
        if self._state is State.RUNNING:
            return self._active + max(0.0, self._clock() - self._run_since)
        return self._active

    @property
    def completed(self) -> int:
        """How many steps ran to their end."""
        return len(self._completed)

    # -- commands ------------------------------------------------------------------------
    def start(self) -> None:
        """Start from READY (or resume when paused)."""
        if self._state is State.READY:
            self._run(self._clock() - self._frozen)
            self._emit(StepStarted(self._index, self._origin))
        elif self._state is State.PAUSED:
            self.resume()
        self._flush()

    def pause(self) -> None:
        """Pause a running session; the time left freezes."""
        if self._state is State.RUNNING:
            self._tick()
            if self._state is State.RUNNING:
                self._pause_at(self._clock(), PauseReason.USER)
        self._flush()

    def resume(self) -> None:
        """Carry on from where the session was paused."""
        if self._state is State.PAUSED:
            self._run(self._clock() - self._frozen)
        self._flush()

    def toggle(self) -> None:
        """Start, pause or resume, whichever fits: what the Space key does."""
        if self._state is State.RUNNING:
            self.pause()
        else:
            self.start()

    def next(self) -> None:
        """Skip to the next step; on the last step this ends the session."""
        self._tick()
        if self._state is State.FINISHED:
            pass
        elif self._index == len(self._plan) - 1:
            if self._state is not State.READY:
                self._finish(self._clock())
        else:
            self._go(self._index + 1)
        self._flush()

    def previous(self) -> None:
        """Go back one step (from the first step: start it over)."""
        self._tick()
        if self._state is not State.FINISHED:
            self._go(max(0, self._index - 1))
        self._flush()

    def jump(self, index: int) -> None:
        """Make step ``index`` current, from its beginning, keeping running or paused."""
        if not 0 <= index < len(self._plan):
            raise IndexError(f"step {index} is not in a plan of {len(self._plan)} steps")
        self._tick()
        if self._state is not State.FINISHED:
            self._go(index)
        self._flush()

    def restart(self) -> None:
        """Back to READY at the first step, as if new."""
        self._reset()
        self._flush()

    def set_durations(self, durations: Mapping[str, float]) -> None:
        """New durations by step id; they apply from the next step on (all steps if READY)."""
        first = 0 if self._state is State.READY else self._index + 1
        self._plan = tuple(
            replace(p, duration=float(p.step.clamp(durations[p.step.id])))
            if i >= first and p.step.id in durations
            else p
            for i, p in enumerate(self._plan)
        )

    def update(self) -> None:
        """Bring the session up to the clock: end steps, start the next, warn, detect gaps."""
        self._tick()
        self._flush()

    # -- internals -----------------------------------------------------------------------
    def _run(self, origin: float) -> None:
        now = self._clock()
        self._state, self._reason = State.RUNNING, None
        self._origin = origin
        self._last_update = self._run_since = now

    def _pause_at(self, t: float, reason: PauseReason) -> None:
        self._frozen = min(max(t - self._origin, 0.0), self.current.duration)
        self._active += max(0.0, t - self._run_since)
        self._state, self._reason = State.PAUSED, reason

    def _finish(self, t: float) -> None:
        if self._state is State.RUNNING:
            self._active += max(0.0, t - self._run_since)
        self._state, self._reason = State.FINISHED, None
        self._emit(SessionFinished(t))

    def _go(self, index: int) -> None:
        self._index, self._warned = index, 0
        if self._state is State.RUNNING:
            self._origin = self._clock()
        else:
            self._frozen = 0.0
        if self._state is not State.READY:
            self._emit(StepStarted(index, self._clock()))

    def _tick(self) -> None:
        if self._state is not State.RUNNING:
            return
        now = self._clock()
        gap = now - self._last_update
        if gap > self.gap_limit:
            # Everything up to the last update was handled then; stop the clock there.
            self._pause_at(self._last_update, PauseReason.SLEEP)
            self._emit(PausedBySleep(gap, self._last_update))
            return
        self._last_update = now
        self._advance(now)

    def _advance(self, now: float) -> None:
        while self._state is State.RUNNING:
            step = self.current
            end = self._origin + step.duration
            if now >= end:
                self._emit(StepFinished(self._index, end))
                self._completed.add(self._index)
                if self._index == len(self._plan) - 1:
                    self._finish(end)
                    return
                self._index, self._warned, self._origin = self._index + 1, 0, end
                self._emit(StepStarted(self._index, end))
                if not self.auto_advance:
                    self._pause_at(end, PauseReason.WAITING)
                continue
            self._warn(end, now, step.duration)
            return

    def _warn(self, end: float, now: float, duration: float) -> None:
        # Announce only the latest threshold crossed: a late tick must not fire a burst.
        for seconds_left in range(1, self.warn_seconds + 1):
            if seconds_left >= duration:
                break
            if now >= end - seconds_left:
                if self._warned == 0 or seconds_left < self._warned:
                    self._warned = seconds_left
                    self._emit(StepEnding(self._index, seconds_left, end - seconds_left))
                return

    def _emit(self, event: Event) -> None:
        self._pending.append(event)

    def _flush(self) -> None:
        # Listeners run after the command finished, so they may call commands themselves.
        while self._pending:
            event = self._pending.pop(0)
            for listener in list(self._listeners):
                listener(event)
