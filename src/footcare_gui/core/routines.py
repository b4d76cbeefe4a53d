"""Massage routines as validated data, read from TOML files with the standard ``tomllib``
(later starts read a JSON copy instead: :mod:`footcare_gui.core.routine_cache`).

A routine file holds a title, a summary, an optional ``intro`` (one or two sentences for the
start page), its steps in order, and a ``[switch]`` table for the short pause between the
feet. Steps done ``per = "session"`` before the first per-foot step are the preparation, those
after the last one the finish. A step marked ``optional = true`` (a soak, say) may be skipped;
it still runs unless the user moves on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from footcare_gui.core.routine_cache import read_cache, stamp, write_cache
from footcare_gui.core.zones import ZONES, UnknownZoneError, View, expand

_E = TypeVar("_E", bound=StrEnum)

MIN_STEP_SECONDS = 5
MAX_STEP_SECONDS = 60 * 60
MAX_FILE_BYTES = 256 * 1024  # a routine is a few KiB; anything far larger is not one
MAX_ID_CHARS = 64
_ID = re.compile(rf"[a-z0-9][a-z0-9-]{{0,{MAX_ID_CHARS - 1}}}")
MAX_INTRO_CHARS = 240  # one or two sentences under the start page's heading
_ROUTINE_KEYS = frozenset({"id", "title", "summary", "intro", "steps", "switch"})


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


@dataclass(frozen=True, slots=True)
class Routine:
    """A whole routine: its steps in file order plus the switch-feet step."""

    id: str
    title: str
    summary: str
    steps: tuple[Step, ...]
    switch: Step
    intro: str = ""  # shown on the start page; every shipped routine has one
    path: Path | None = field(default=None, compare=False)

    @property
    def all_steps(self) -> tuple[Step, ...]:
        """Every distinct step, the switch included: what a durations editor lists."""
        return (*self.steps, self.switch)

    def on_each_foot(self, step: Step) -> bool:
        """Whether a step runs once for each foot (the switch runs once, between them)."""
        return step.per is Per.FOOT and step is not self.switch

    def step(self, step_id: str) -> Step:
        for s in self.all_steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)


class RoutineError(ValueError):
    """A problem in a routine file, named by file, step and field."""

    def __init__(self, file: str, message: str, step: str | None = None, fld: str | None = None):
        self.file, self.step, self.field, self.message = file, step, fld, message
        where = [file]
        if step is not None:
            where.append(f"step '{step}'")
        if fld is not None:
            where.append(f"field '{fld}'")
        super().__init__(f"{', '.join(where)}: {message}")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The routines that loaded, by id in file-name order, and an error per broken file."""

    routines: dict[str, Routine]
    errors: tuple[RoutineError, ...]


def _text(data: Mapping[str, Any], key: str, fail: _Fail, *, optional: bool = False) -> str:
    if key not in data:
        if optional:
            return ""
        raise fail(key, "is missing")
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise fail(key, "must be a non-empty text")
    return " ".join(value.split())


def _flag(data: Mapping[str, Any], key: str, fail: _Fail) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise fail(key, f"must be true or false, not {value!r}")
    return value


def _int(data: Mapping[str, Any], key: str, fail: _Fail) -> int:
    if key not in data:
        raise fail(key, "is missing")
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(key, f"must be a whole number of seconds, not {value!r}")
    return value


def _choice(data: Mapping[str, Any], key: str, enum: type[_E], fail: _Fail) -> _E:
    value = data.get(key)
    if value is None:
        raise fail(key, "is missing")
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(e.value for e in enum)
        raise fail(key, f"{value!r} is not one of: {known}") from None


class _Fail:
    """Builds errors that name the file and step being read."""

    def __init__(self, file: str, step: str | None = None):
        self.file, self.step = file, step

    def __call__(self, fld: str | None, message: str) -> RoutineError:
        return RoutineError(self.file, message, self.step, fld)


_STEP_KEYS = frozenset(
    {"id", "title", "instruction", "why", "technique", "view", "zones", "duration", "min", "max"}
    | {"per", "optional", "say"}
)
_SWITCH_DEFAULTS: dict[str, Any] = {
    "technique": "rest",
    "view": "sole",
    "zones": [],
    "per": "session",
}


def is_id(value: object) -> bool:
    """Whether a value is a routine or step id: 1 to 64 lower-case letters, digits and dashes,
    not starting with a dash (the one rule for routine files and settings alike)."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def _checked_id(data: Mapping[str, Any], fail: _Fail) -> str:
    value = _text(data, "id", fail)
    if not is_id(value):
        raise fail(
            "id",
            f"{value!r} must be at most {MAX_ID_CHARS} lower-case letters, digits and dashes "
            "(a-z, 0-9, -), not starting with a dash",
        )
    return value


def _parse_step(data: Any, file: str, position: str, *, switch: bool = False) -> Step:
    if not isinstance(data, dict):
        raise RoutineError(file, "must be a table", position)
    if switch:
        data = {**_SWITCH_DEFAULTS, **data}
    sid = data.get("id")
    fail = _Fail(file, sid if isinstance(sid, str) and sid else position)
    unknown = sorted(set(data) - _STEP_KEYS)
    if unknown:
        raise fail(unknown[0], "is not a known field")
    step_id = _checked_id(data, fail)
    view = _choice(data, "view", StepView, fail)
    zones_raw = data.get("zones", [])
    if not isinstance(zones_raw, list) or not all(isinstance(z, str) for z in zones_raw):
        raise fail("zones", "must be a list of zone ids")
    try:
        zones = expand(zones_raw)
    except UnknownZoneError as exc:
        raise fail("zones", f"unknown zone {exc.args[0]!r}") from None
    off_view = [z for z in zones if ZONES[z].view not in view.views]
    if off_view:
        raise fail("zones", f"zone {off_view[0]!r} is not on the {view.value} view")
    duration, lo, hi = (_int(data, k, fail) for k in ("duration", "min", "max"))
    limits = f"{MIN_STEP_SECONDS}..{MAX_STEP_SECONDS} s"
    if not MIN_STEP_SECONDS <= lo <= MAX_STEP_SECONDS:
        raise fail("min", f"{lo} s must lie within {limits}")
    if not MIN_STEP_SECONDS <= hi <= MAX_STEP_SECONDS:
        raise fail("max", f"{hi} s must lie within {limits}")
    if lo > hi:
        raise fail("max", f"{hi} s is below the minimum of {lo} s")
    if not lo <= duration <= hi:
        raise fail("duration", f"{duration} s is outside the allowed range {lo}..{hi} s")
    step = Step(
        id=step_id,
        title=_text(data, "title", fail),
        instruction=_text(data, "instruction", fail),
        why=_text(data, "why", fail),
        technique=_choice(data, "technique", Technique, fail),
        view=view,
        zones=zones,
        duration=duration,
        min_duration=lo,
        max_duration=hi,
        per=_choice(data, "per", Per, fail),
        optional=_flag(data, "optional", fail),
        say=_text(data, "say", fail, optional=True),
    )
    if switch and step.per is not Per.SESSION:
        raise fail("per", "the switch happens once per session")
    if switch and step.optional:
        raise fail("optional", "the switch between the feet cannot be skipped")
    return step


def foot_span(steps: tuple[Step, ...]) -> tuple[int, int] | None:
    """Where the per-foot steps lie, as a slice ``(start, stop)``: the steps before it are
    the preparation, those after it the finish. None when no step is done on each foot."""
    per = [s.per for s in steps]
    if Per.FOOT not in per:
        return None
    return per.index(Per.FOOT), len(per) - per[::-1].index(Per.FOOT)


def parse_routine(text: str, file: str = "<routine>") -> Routine:
    """Parse and validate one routine file's text; raise RoutineError on any problem."""
    return routine_from_data(decode_toml(text, file), file)


def decode_toml(text: str, file: str = "<routine>") -> dict[str, Any]:
    """The TOML text of a routine file as plain data; RoutineError if it is not TOML."""
    import tomllib  # here, not at the top: a start with a warm routine cache never needs it

    if len(text) > MAX_FILE_BYTES:
        raise RoutineError(file, f"is too large for a routine ({len(text)} characters)")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineError(file, f"is not valid TOML ({exc})") from None
    except RecursionError:
        raise RoutineError(file, "is not valid TOML (nested too deeply)") from None


def routine_from_data(data: Mapping[str, Any], file: str = "<routine>") -> Routine:
    """Validate a routine file's decoded data; raise RoutineError on any problem."""
    fail = _Fail(file)
    unknown = sorted(set(data) - _ROUTINE_KEYS)
    if unknown:
        raise fail(unknown[0], "is not a known field")
    rid = _checked_id(data, fail)
    steps_raw = data.get("steps")
    if not isinstance(steps_raw, list) or not steps_raw:
        raise fail("steps", "must list at least one [[steps]] table")
    steps = tuple(_parse_step(s, file, f"#{i + 1}") for i, s in enumerate(steps_raw))
    if "switch" not in data:
        raise fail("switch", "is missing (the [switch] table between the feet)")
    switch = _parse_step(data["switch"], file, "switch", switch=True)
    seen: set[str] = set()
    for s in (*steps, switch):
        if s.id in seen:
            raise RoutineError(file, "is used by more than one step", s.id, "id")
        seen.add(s.id)
    span = foot_span(steps)
    if span is None:
        raise fail("steps", 'needs at least one step done on each foot (per = "foot")')
    for s in steps[span[0] : span[1]]:
        if s.per is Per.SESSION:
            raise RoutineError(
                file,
                "a once-per-session step must come before or after the foot steps",
                s.id,
                "per",
            )
    title, summary = _text(data, "title", fail), _text(data, "summary", fail)
    intro = _text(data, "intro", fail, optional=True)
    if len(intro) > MAX_INTRO_CHARS:
        raise fail("intro", f"has {len(intro)} characters; at most {MAX_INTRO_CHARS} fit")
    return Routine(
        id=rid,
        title=title,
        summary=summary,
        steps=steps,
        switch=switch,
        intro=intro,
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RoutineError(path.name, f"cannot be read ({exc})") from None


def _with_source(routine: Routine, path: Path) -> Routine:
    return replace(routine, path=path)


def load_routine(path: Path) -> Routine:
    """Read one routine file."""
    return _with_source(parse_routine(_read_text(path), path.name), path)


def load_routines(folder: Path, cache: Path | None = None) -> LoadResult:
    """Load every ``*.toml`` in a folder; a broken file is reported and skipped.

    With ``cache`` (see :mod:`footcare_gui.core.routine_cache`), files that have not changed
    since the last start are taken from there instead of being decoded again.
    """
    cached = read_cache(cache) if cache is not None else {}
    fresh: dict[str, dict[str, Any]] = {}
    routines: dict[str, Routine] = {}
    errors: list[RoutineError] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            entry = cached.get(path.name)
            try:
                current = stamp(path)
            except OSError:
                current = []
            if entry is None or not current or entry["stamp"] != current:
                entry = {"stamp": current, "data": decode_toml(_read_text(path), path.name)}
            routine = _with_source(routine_from_data(entry["data"], path.name), path)
        except RoutineError as exc:
            errors.append(exc)
            continue
        if current:
            fresh[path.name] = entry
        if routine.id in routines:
            errors.append(RoutineError(path.name, f"repeats the routine id {routine.id!r}"))
            continue
        routines[routine.id] = routine
    if cache is not None and fresh != cached:
        write_cache(cache, fresh)
    return LoadResult(routines, tuple(errors))
