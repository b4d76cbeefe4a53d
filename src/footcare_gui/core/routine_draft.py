"""The routine editor's model (no Qt): a routine being edited, checked by the loader's own
rules (:func:`footcare_gui.core.routines.routine_problems`), and what the editor shows of it:
a step's words as the session page shows them, and the whole session's length.

A draft holds typed values (the editor's controls cannot hold a wrong type), so a draft is
turned into a routine file's data and checked exactly like a file. Step ids are stable: a new
step gets its id from its title when the routine is saved, and keeps it after that, so the
durations a user set in Preferences stay with their step.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Any

from footcare_gui.core.i18n import translate
from footcare_gui.core.plan import Phase, build_plan
from footcare_gui.core.routine_fields import (
    STEP_TEXTS,
    Per,
    RoutineError,
    Step,
    StepView,
    Technique,
)
from footcare_gui.core.routine_library import derive_id
from footcare_gui.core.routines import (
    Problems,
    Routine,
    foot_span,
    routine_from_data,
    routine_problems,
)
from footcare_gui.core.session_view import EYEBROWS, StepWords, step_words
from footcare_gui.core.settings import total_of
from footcare_gui.core.zones import Foot

FILE = "this routine"  # how the checks name a routine that is not a file yet
SWITCH_ID = "switch-feet"


@dataclass
class StepDraft:
    """One step being edited; ``id`` is "" until the routine is first saved."""

    id: str = ""
    texts: dict[str, str] = field(default_factory=dict)  # title, instruction, say, why
    technique: Technique = Technique.PRESS
    view: StepView = StepView.SOLE
    zones: list[str] = field(default_factory=list)
    duration: int = 60
    lo: int = 20
    hi: int = 300
    per: Per = Per.FOOT
    optional: bool = False

    def text(self, key: str) -> str:
        return self.texts.get(key, "")

    def toggle(self, zone: str) -> None:
        """Add a zone (at the end, so the legend lists zones in the order picked) or remove it."""
        if zone in self.zones:
            self.zones.remove(zone)
        else:
            self.zones.append(zone)

    def copy(self) -> StepDraft:
        """The same step as a new one (it gets its own id when saved)."""
        return replace(self, id="", texts=dict(self.texts), zones=list(self.zones))


def default_switch() -> StepDraft:
    """A new routine's switch between the feet, worded in the app's language (the user's own
    routine keeps the words it is saved with)."""
    return StepDraft(
        id=SWITCH_ID,
        texts={
            "title": translate("RoutineDraft", "Switch to the other foot"),
            "instruction": translate(
                "RoutineDraft", "Lower this foot and bring the other one up onto your knee."
            ),
            "why": translate(
                "RoutineDraft", "A few seconds to change sides before repeating the steps."
            ),
        },
        technique=Technique.REST,
        zones=[],
        duration=15,
        lo=5,
        hi=120,
        per=Per.SESSION,
    )


@dataclass
class RoutineDraft:
    """A routine being edited; ``id`` is "" for one never saved."""

    id: str = ""
    title: str = ""
    summary: str = ""
    intro: str = ""
    steps: list[StepDraft] = field(default_factory=lambda: [StepDraft()])
    switch: StepDraft = field(default_factory=default_switch)


def step_draft(step: Step) -> StepDraft:
    return StepDraft(
        id=step.id,
        texts={k: v for k in STEP_TEXTS if (v := getattr(step, k))},
        technique=step.technique,
        view=step.view,
        zones=list(step.zones),
        duration=step.duration,
        lo=step.min_duration,
        hi=step.max_duration,
        per=step.per,
        optional=step.optional,
    )


def draft_of(routine: Routine) -> RoutineDraft:
    """A routine opened in the editor."""
    return RoutineDraft(
        id=routine.id,
        title=routine.title,
        summary=routine.summary,
        intro=routine.intro,
        steps=[step_draft(s) for s in routine.steps],
        switch=step_draft(routine.switch),
    )


def copy_of(routine: Routine, title: str) -> RoutineDraft:
    """A new routine made from another (Duplicate): the same steps, a new title and id."""
    draft = draft_of(routine)
    draft.id, draft.title = "", title
    return draft


def step_ids(draft: RoutineDraft) -> list[str]:
    """The ids the steps (then the switch) are saved with: a step's own, else one made
    from its title that no other step uses."""
    every = [*draft.steps, draft.switch]
    taken = {s.id for s in every if s.id}
    ids = []
    for s in every:
        if s.id:
            ids.append(s.id)
        else:
            new = derive_id(s.text("title"), taken, fallback="step")
            taken.add(new)
            ids.append(new)
    return ids


def _step_data(step: StepDraft, step_id: str) -> dict[str, Any]:
    data: dict[str, Any] = {"id": step_id}
    for key, (required, _most) in STEP_TEXTS.items():
        if required or step.text(key).strip():
            data[key] = step.text(key)
    data |= {
        "technique": step.technique.value,
        "view": step.view.value,
        "zones": list(step.zones),
        "duration": step.duration,
        "min": step.lo,
        "max": step.hi,
        "per": step.per.value,
    }
    if step.optional:
        data["optional"] = True
    return data


def draft_data(draft: RoutineDraft, routine_id: str) -> dict[str, Any]:
    """The draft as a routine file's decoded data."""
    ids = step_ids(draft)
    data: dict[str, Any] = {"id": routine_id, "title": draft.title, "summary": draft.summary}
    if draft.intro.strip():
        data["intro"] = draft.intro
    data["steps"] = [_step_data(s, i) for s, i in zip(draft.steps, ids[:-1], strict=True)]
    data["switch"] = _step_data(draft.switch, ids[-1])
    return data


@dataclass(frozen=True, slots=True)
class Checked:
    """A draft checked with the loader's rules: the routine it makes, or what is wrong."""

    routine: Routine | None
    problems: Problems


def check(draft: RoutineDraft, routine_id: str) -> Checked:
    data = draft_data(draft, routine_id)
    problems = routine_problems(data, FILE)
    if problems:
        return Checked(None, problems)
    return Checked(routine_from_data(data, FILE), problems)


def by_field(errors: Collection[RoutineError]) -> dict[str, str]:
    """The first message for each field ("" for problems of the whole routine or step)."""
    out: dict[str, str] = {}
    for e in errors:
        out.setdefault(e.field or "", e.message)
    return out


def _step(step: StepDraft, step_id: str) -> Step:
    """A step object for the editor's own views, even while some of its fields are wrong."""
    return Step(
        id=step_id,
        title=step.text("title"),
        instruction=step.text("instruction"),
        why=step.text("why"),
        technique=step.technique,
        view=step.view,
        zones=tuple(step.zones),
        duration=step.duration,
        min_duration=step.lo,
        max_duration=step.hi,
        per=step.per,
        optional=step.optional,
        say=step.text("say"),
    )


def sketch(draft: RoutineDraft) -> Routine:
    """The draft as a Routine *without* checking it: for the preview and the total only."""
    ids = step_ids(draft)
    steps = tuple(_step(s, i) for s, i in zip(draft.steps, ids[:-1], strict=True))
    switch = _step(draft.switch, ids[-1])
    return Routine(draft.id or "draft", draft.title, draft.summary, steps, switch)


def total_seconds(draft: RoutineDraft, *, include_optional: bool = True) -> int:
    """The whole session's length with every step at its default (the loader's rule)."""
    routine = sketch(draft)
    defaults = {s.id: s.duration for s in routine.all_steps}
    return total_of(routine, defaults, include_optional=include_optional)


def preview(draft: RoutineDraft, index: int | None, first: Foot = Foot.RIGHT) -> StepWords:
    """Step ``index`` (None: the switch) as the session page words it, on the first foot."""
    routine = sketch(draft)
    step = routine.switch if index is None else routine.steps[index]
    if foot_span(routine.steps) is not None:
        plan = build_plan(routine, first)
        at = next(i for i, p in enumerate(plan) if p.step is step)
        return step_words(plan, at)
    # No step is done on each foot yet: the session cannot be planned, so say it plainly.
    eyebrow = EYEBROWS[Phase.SWITCH if index is None else Phase.PREPARE]
    return StepWords(eyebrow, step.title, step.instruction, step.why, "", step.title)
