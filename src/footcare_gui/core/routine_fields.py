"""The rules for a routine's fields and steps, and their messages: the one source that both
the routine loader (:mod:`footcare_gui.core.routines`) and the routine editor use (no Qt).

Every rule runs through :class:`Checks`, which either raises the first problem (a file being
loaded) or collects them all (the editor marks each field in error), so the two can never
disagree about what is allowed or how a problem is worded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import Any, TypeVar

from footcare_gui.core.i18n import translate
from footcare_gui.core.zones import ZONES, UnknownZoneError, View, expand

_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")

MIN_STEP_SECONDS = 5
MAX_STEP_SECONDS = 60 * 60
MAX_ID_CHARS = 64
_ID = re.compile(rf"[a-z0-9][a-z0-9-]{{0,{MAX_ID_CHARS - 1}}}")
MAX_TITLE_CHARS = 60  # a routine's or a step's title: one line on the session page
STEP_TEXTS: dict[str, tuple[bool, int]] = {
    # field: (required, most characters). "say" is the spoken line of voice guidance.
    "title": (True, MAX_TITLE_CHARS),
    "instruction": (True, 600),
    "say": (False, 300),
    "why": (True, 300),
}


class Technique(StrEnum):
    """How the hands (or a tool) work: the foot view draws a motion for some of these."""

    STROKE = "stroke"
    PRESS = "press"
    STRETCH = "stretch"
    CIRCLES = "circles"
    KNEAD = "knead"
    ROLL = "roll"
    PREPARE = "prepare"
    REST = "rest"


class Per(StrEnum):
    """Whether a step is done on each foot or once in the session."""

    FOOT = "foot"
    SESSION = "session"


class StepView(StrEnum):
    """Which side of the foot a step works on."""

    SOLE = "sole"
    TOP = "top"
    BOTH = "both"

    @property
    def views(self) -> tuple[View, ...]:
        if self is StepView.BOTH:
            return (View.SOLE, View.TOP)
        return (View(self.value),)


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a routine, as written in its file."""

    id: str
    title: str
    instruction: str
    why: str
    technique: Technique
    view: StepView
    zones: tuple[str, ...]  # expanded zone ids, groups already resolved
    duration: int  # default seconds
    min_duration: int
    max_duration: int
    per: Per
    optional: bool = False  # may be skipped (the soak); session totals can leave it out
    say: str = ""  # what to do, for the ear (see core.spoken); empty: the first sentence

    def clamp(self, seconds: float) -> int:
        """A duration in whole seconds, kept inside this step's allowed range."""
        return int(min(self.max_duration, max(self.min_duration, round(seconds))))


class RoutineError(ValueError):
    """A problem in a routine file, named by file, step and field.

    ``in_content`` is False when the file itself is fine but could not be read, or repeats
    another file's id: such a file is skipped but never set aside as damaged.
    """

    def __init__(
        self,
        file: str,
        message: str,
        step: str | None = None,
        fld: str | None = None,
        *,
        in_content: bool = True,
    ):
        self.file, self.step, self.field, self.message = file, step, fld, message
        self.in_content = in_content
        # One whole sentence per shape, in the app's language: a translation may reorder.
        if step is not None and fld is not None:
            line = translate("RoutineRules", "{file}, step '{step}', field '{field}': {problem}")
        elif step is not None:
            line = translate("RoutineRules", "{file}, step '{step}': {problem}")
        elif fld is not None:
            line = translate("RoutineRules", "{file}, field '{field}': {problem}")
        else:
            line = translate("RoutineRules", "{file}: {problem}")
        super().__init__(line.format(file=file, step=step, field=fld, problem=message))


class Fail:
    """Builds errors that name the file and step being read."""

    def __init__(self, file: str, step: str | None = None):
        self.file, self.step = file, step

    def __call__(self, fld: str | None, message: str) -> RoutineError:
        return RoutineError(self.file, message, self.step, fld)


class Checks:
    """Runs rules one way or the other: raising the first problem, or (``collect``) noting
    every problem and carrying on, each failed rule giving None."""

    def __init__(self, collect: bool = False) -> None:
        self.problems: list[RoutineError] = []
        self.collect = collect

    def __call__(self, rule: Callable[[], _T]) -> _T | None:
        if not self.collect:
            return rule()
        try:
            return rule()
        except RoutineError as exc:
            self.problems.append(exc)
            return None

    def add(self, error: RoutineError) -> None:
        if not self.collect:
            raise error
        self.problems.append(error)


def is_id(value: object) -> bool:
    """Whether a value is a routine or step id: 1 to 64 lower-case letters, digits and dashes,
    not starting with a dash (the one rule for routine files and settings alike)."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def text(
    data: Mapping[str, Any], key: str, fail: Fail, *, optional: bool = False, most: int = 0
) -> str:
    """A text field, its spaces and line breaks folded into single spaces."""
    if key not in data:
        if optional:
            return ""
        raise fail(key, translate("RoutineRules", "is missing"))
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise fail(key, translate("RoutineRules", "must be a non-empty text"))
    folded = " ".join(value.split())
    if most and len(folded) > most:
        line = translate("RoutineRules", "has {count} characters; at most {most} fit")
        raise fail(key, line.format(count=len(folded), most=most))
    return folded


def _shown(value: object) -> str:
    """A value as the file spells it: TOML's true and false, not Python's True and False."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def _flag(data: Mapping[str, Any], key: str, fail: Fail) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise fail(
            key,
            translate(
                "RoutineRules",
                "must be true or false, not {value}",
            ).format(value=repr(value)),
        )
    return value


def _int(data: Mapping[str, Any], key: str, fail: Fail) -> int:
    if key not in data:
        raise fail(key, translate("RoutineRules", "is missing"))
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int):
        line = translate("RoutineRules", "must be a whole number of seconds, not {value}")
        raise fail(key, line.format(value=_shown(value)))
    return value


def _bound(data: Mapping[str, Any], key: str, fail: Fail) -> int:
    value = _int(data, key, fail)
    if not MIN_STEP_SECONDS <= value <= MAX_STEP_SECONDS:
        line = translate("RoutineRules", "{value} s must lie within {lo}..{hi} s")
        raise fail(key, line.format(value=value, lo=MIN_STEP_SECONDS, hi=MAX_STEP_SECONDS))
    return value


def choice(data: Mapping[str, Any], key: str, enum: type[_E], fail: Fail) -> _E:
    value = data.get(key)
    if value is None:
        raise fail(key, translate("RoutineRules", "is missing"))
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(e.value for e in enum)
        line = translate("RoutineRules", "{value} is not one of: {known}")
        raise fail(key, line.format(value=_shown(value), known=known)) from None


def checked_id(data: Mapping[str, Any], fail: Fail) -> str:
    value = text(data, "id", fail)
    if not is_id(value):
        line = translate(
            "RoutineRules",
            "{value} must be at most {most} lower-case letters, digits and dashes "
            "(a-z, 0-9, -), not starting with a dash",
        )
        raise fail("id", line.format(value=repr(value), most=MAX_ID_CHARS))
    return value


def _zones(data: Mapping[str, Any], view: StepView | None, fail: Fail) -> tuple[str, ...]:
    raw = data.get("zones", [])
    if not isinstance(raw, list) or not all(isinstance(z, str) for z in raw):
        raise fail("zones", translate("RoutineRules", "must be a list of zone ids"))
    try:
        zones = expand(raw)
    except UnknownZoneError as exc:
        line = translate("RoutineRules", "unknown zone {zone}")
        raise fail("zones", line.format(zone=repr(exc.args[0]))) from None
    off_view = [z for z in zones if view is not None and ZONES[z].view not in view.views]
    if off_view:
        # Only a one-sided view leaves zones off it; the side is a word, not a file's value.
        if view is StepView.SOLE:
            line = translate("RoutineRules", "zone {zone} is not on the sole view")
        else:
            line = translate("RoutineRules", "zone {zone} is not on the top view")
        raise fail("zones", line.format(zone=repr(off_view[0])))
    return zones


STEP_KEYS = frozenset(
    {"id", "technique", "view", "zones", "duration", "min", "max", "per", "optional"}
    | set(STEP_TEXTS)
)
SWITCH_DEFAULTS: dict[str, Any] = {
    "technique": "rest",
    "view": "sole",
    "zones": [],
    "per": "session",
}


def check_step(
    data: Any, file: str, position: str, checks: Checks, *, switch: bool = False
) -> Step | None:
    """A step's table checked field by field; None when ``checks`` collected a problem."""
    if not isinstance(data, dict):
        checks.add(RoutineError(file, translate("RoutineRules", "must be a table"), position))
        return None
    if switch:
        data = {**SWITCH_DEFAULTS, **data}
    sid = data.get("id")
    fail = Fail(file, sid if isinstance(sid, str) and sid else position)
    before = len(checks.problems)
    for key in sorted(set(data) - STEP_KEYS):
        checks.add(fail(key, translate("RoutineRules", "is not a known field")))
    step_id = checks(lambda: checked_id(data, fail))
    view = checks(lambda: choice(data, "view", StepView, fail))
    zones = checks(lambda: _zones(data, view, fail))
    duration = checks(lambda: _int(data, "duration", fail))
    lo = checks(lambda: _bound(data, "min", fail))
    hi = checks(lambda: _bound(data, "max", fail))
    if lo is not None and hi is not None and lo > hi:
        line = translate("RoutineRules", "{hi} s is below the minimum of {lo} s")
        checks.add(fail("max", line.format(hi=hi, lo=lo)))
    elif duration is not None and lo is not None and hi is not None and not lo <= duration <= hi:
        line = translate("RoutineRules", "{value} s is outside the allowed range {lo}..{hi} s")
        checks.add(fail("duration", line.format(value=duration, lo=lo, hi=hi)))
    texts: dict[str, str | None] = {}
    for key, (required, most) in STEP_TEXTS.items():
        texts[key] = checks(partial(text, data, key, fail, optional=not required, most=most))
    technique = checks(lambda: choice(data, "technique", Technique, fail))
    per = checks(lambda: choice(data, "per", Per, fail))
    optional = checks(lambda: _flag(data, "optional", fail))
    if switch and per is not None and per is not Per.SESSION:
        checks.add(fail("per", translate("RoutineRules", "the switch happens once per session")))
    if switch and optional:
        line = translate("RoutineRules", "the switch between the feet cannot be skipped")
        checks.add(fail("optional", line))
    if len(checks.problems) > before:
        return None
    assert step_id is not None and view is not None and zones is not None
    assert duration is not None and lo is not None and hi is not None
    assert technique is not None and per is not None and optional is not None
    return Step(
        id=step_id,
        title=texts["title"] or "",
        instruction=texts["instruction"] or "",
        why=texts["why"] or "",
        technique=technique,
        view=view,
        zones=zones,
        duration=duration,
        min_duration=lo,
        max_duration=hi,
        per=per,
        optional=optional,
        say=texts["say"] or "",
    )


def step_problems(
    data: Mapping[str, Any], *, switch: bool = False, file: str = "<step>"
) -> tuple[RoutineError, ...]:
    """Every problem of one step's fields, each naming its field: what the editor shows."""
    checks = Checks(collect=True)
    check_step(dict(data), file, "step", checks, switch=switch)
    return tuple(checks.problems)
