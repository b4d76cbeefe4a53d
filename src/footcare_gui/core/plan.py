"""Turn a routine and a foot order into the ordered list of timed steps of one session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from footcare_gui.core.routines import Routine, Step, foot_span
from footcare_gui.core.zones import Foot


class Phase(StrEnum):
    """Where in the session a planned step falls."""

    PREPARE = "prepare"
    FIRST_FOOT = "first-foot"
    SWITCH = "switch"
    SECOND_FOOT = "second-foot"
    FINISH = "finish"


@dataclass(frozen=True, slots=True)
class PlannedStep:
    """A step as it runs in this session: on which foot, in which phase, for how long."""

    step: Step
    phase: Phase
    foot: Foot | None  # None for steps done once for the whole session
    duration: float  # seconds

    @property
    def key(self) -> str:
        """A key unique within the plan, e.g. ``stretch-toes@left``."""
        return f"{self.step.id}@{self.foot.value}" if self.foot else self.step.id


def build_plan(
    routine: Routine, first_foot: Foot, durations: Mapping[str, float] | None = None
) -> tuple[PlannedStep, ...]:
    """Preparation, the first foot's steps, the switch, the second foot's, then the finish.

    ``durations`` maps step ids to seconds; each is clamped to the step's allowed range and a
    missing one uses the step's default.
    """
    durations = durations or {}

    def planned(step: Step, phase: Phase, foot: Foot | None) -> PlannedStep:
        seconds = step.clamp(durations[step.id]) if step.id in durations else step.duration
        return PlannedStep(step, phase, foot, float(seconds))

    span = foot_span(routine.steps)
    assert span is not None  # the loader refuses a routine without per-foot steps
    start, stop = span
    prepare, feet, finish = routine.steps[:start], routine.steps[start:stop], routine.steps[stop:]
    second_foot = first_foot.other
    return (
        *(planned(s, Phase.PREPARE, None) for s in prepare),
        *(planned(s, Phase.FIRST_FOOT, first_foot) for s in feet),
        planned(routine.switch, Phase.SWITCH, None),
        *(planned(s, Phase.SECOND_FOOT, second_foot) for s in feet),
        *(planned(s, Phase.FINISH, None) for s in finish),
    )


def plan_total(plan: tuple[PlannedStep, ...]) -> float:
    """The whole session's length in seconds."""
    return sum(p.duration for p in plan)
