"""Small routines and plans built in code, for tests that should not depend on shipped files."""

from __future__ import annotations

from collections.abc import Sequence

from footcare_gui.core.plan import PlannedStep, build_plan
from footcare_gui.core.routines import Per, Routine, Step, StepView, Technique
from footcare_gui.core.zones import Foot


def make_step(
    sid: str, duration: int = 60, per: Per = Per.FOOT, zones: Sequence[str] = ("arch",)
) -> Step:
    return Step(
        id=sid,
        title=sid.replace("-", " ").capitalize(),
        instruction=f"Do {sid}.",
        why="It feels good.",
        technique=Technique.PRESS,
        view=StepView.SOLE,
        zones=tuple(zones),
        duration=duration,
        min_duration=5,
        max_duration=max(duration, 600),
        per=per,
    )


def make_routine(foot_durations: Sequence[int] = (60, 90, 45), switch: int = 20) -> Routine:
    steps = tuple(make_step(f"s{i}", d) for i, d in enumerate(foot_durations))
    return Routine(
        id="test",
        title="Test",
        summary="A test routine.",
        steps=(
            make_step("prep", 30, Per.SESSION, ()),
            *steps,
            make_step("end", 40, Per.SESSION, ()),
        ),
        switch=make_step("switch", switch, Per.SESSION, ()),
    )


def make_plan(
    foot_durations: Sequence[int] = (60, 90, 45), first: Foot = Foot.RIGHT
) -> tuple[PlannedStep, ...]:
    return build_plan(make_routine(foot_durations), first)
