"""Massage routines as validated data, read from TOML files with the standard ``tomllib``
(later starts read a JSON copy instead: :mod:`footcare_gui.core.routine_cache`).

A routine file holds a title, a summary, an optional ``intro`` (one or two sentences for the
start page), its steps in order, and a ``[switch]`` table for the short pause between the
feet. Steps done ``per = "session"`` before the first per-foot step are the preparation, those
after the last one the finish. A step marked ``optional = true`` (a soak, say) may be skipped;
it still runs unless the user moves on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from footcare_gui.core.i18n import translate
from footcare_gui.core.routine_cache import read_cache, stamp, write_cache
from footcare_gui.core.routine_fields import MAX_ID_CHARS as MAX_ID_CHARS
from footcare_gui.core.routine_fields import MAX_STEP_SECONDS as MAX_STEP_SECONDS
from footcare_gui.core.routine_fields import MAX_TITLE_CHARS as MAX_TITLE_CHARS
from footcare_gui.core.routine_fields import MIN_STEP_SECONDS as MIN_STEP_SECONDS
from footcare_gui.core.routine_fields import Checks, Fail, check_step, checked_id, text
from footcare_gui.core.routine_fields import Per as Per
from footcare_gui.core.routine_fields import RoutineError as RoutineError
from footcare_gui.core.routine_fields import Step as Step
from footcare_gui.core.routine_fields import StepView as StepView
from footcare_gui.core.routine_fields import Technique as Technique
from footcare_gui.core.routine_fields import is_id as is_id
from footcare_gui.core.routine_fields import step_problems as step_problems

MAX_FILE_BYTES = 256 * 1024  # a routine is a few KiB; anything far larger is not one
MAX_INTRO_CHARS = 240  # one or two sentences under the start page's heading
MAX_SUMMARY_CHARS = 300
MAX_STEPS = 50  # an evening's routine; a file with more is not one
_ROUTINE_KEYS = frozenset({"id", "title", "summary", "intro", "steps", "switch"})


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


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The routines that loaded, by id in file-name order, and an error per broken file."""

    routines: dict[str, Routine]
    errors: tuple[RoutineError, ...]


@dataclass(frozen=True, slots=True)
class Problems:
    """Every problem of a routine's data, by where it lies, so that an editor can mark each
    field: the routine's own fields, each step's (by position), and the switch's."""

    routine: tuple[RoutineError, ...] = ()
    steps: tuple[tuple[RoutineError, ...], ...] = ()
    switch: tuple[RoutineError, ...] = ()

    def all(self) -> tuple[RoutineError, ...]:
        return (*self.routine, *(e for s in self.steps for e in s), *self.switch)

    def __bool__(self) -> bool:
        return bool(self.all())


def _span(per: Sequence[Per | None]) -> tuple[int, int] | None:
    if Per.FOOT not in per:
        return None
    return per.index(Per.FOOT), len(per) - list(reversed(per)).index(Per.FOOT)


def foot_span(steps: tuple[Step, ...]) -> tuple[int, int] | None:
    """Where the per-foot steps lie, as a slice ``(start, stop)``: the steps before it are
    the preparation, those after it the finish. None when no step is done on each foot."""
    return _span([s.per for s in steps])


def parse_routine(text: str, file: str = "<routine>") -> Routine:
    """Parse and validate one routine file's text; raise RoutineError on any problem."""
    return routine_from_data(decode_toml(text, file), file)


def decode_toml(text: str, file: str = "<routine>") -> dict[str, Any]:
    """The TOML text of a routine file as plain data; RoutineError if it is not TOML."""
    import tomllib  # here, not at the top: a start with a warm routine cache never needs it

    if len(text) > MAX_FILE_BYTES:
        line = translate("RoutineRules", "is too large for a routine ({count} characters)")
        raise RoutineError(file, line.format(count=len(text)))
    try:
        # Some editors start a UTF-8 file with a byte order mark, which tomllib refuses.
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        # tomllib's own detail stays English: it names a line and column, for a text editor.
        line = translate("RoutineRules", "is not valid TOML ({detail})")
        raise RoutineError(file, line.format(detail=exc)) from None
    except RecursionError:
        line = translate("RoutineRules", "is not valid TOML (nested too deeply)")
        raise RoutineError(file, line) from None


def _raw(step: Any, key: str, default: Any = None) -> Any:
    return step.get(key, default) if isinstance(step, dict) else None


def _raw_per(step: Any, default: str | None = None) -> Per | None:
    try:
        return Per(_raw(step, "per", default))
    except ValueError:
        return None


def _check(data: Mapping[str, Any], file: str, collect: bool) -> tuple[Routine | None, Problems]:
    """The routine's rules over its decoded data: raising the first problem, or collecting
    them all with the routine (None when there is any)."""
    top, fail = Checks(collect), Fail(file)
    for key in sorted(set(data) - _ROUTINE_KEYS):
        top.add(fail(key, translate("RoutineRules", "is not a known field")))
    rid = top(lambda: checked_id(data, fail))
    raw = data.get("steps")
    if not isinstance(raw, list) or not raw:
        top.add(fail("steps", translate("RoutineRules", "must list at least one [[steps]] table")))
        raw = []
    elif len(raw) > MAX_STEPS:
        line = translate("RoutineRules", "has {count} steps; at most {most} fit in a routine")
        top.add(fail("steps", line.format(count=len(raw), most=MAX_STEPS)))
        raw = []
    per_step = [Checks(collect) for _ in raw]
    steps = [check_step(s, file, f"#{i + 1}", per_step[i]) for i, s in enumerate(raw)]
    on_switch = Checks(collect)
    switch = None
    if "switch" not in data:
        line = translate("RoutineRules", "is missing (the [switch] table between the feet)")
        on_switch.add(fail("switch", line))
    else:
        switch = check_step(data["switch"], file, "switch", on_switch, switch=True)
    # Rules across the steps read what each step says, even where its other fields are wrong.
    seen: set[str] = set()
    raw_all = [*raw, data.get("switch")]
    for where, s in zip([*per_step, on_switch], raw_all, strict=True):
        sid = _raw(s, "id")
        if not is_id(sid):
            continue
        if sid in seen:
            line = translate("RoutineRules", "is used by more than one step")
            where.add(RoutineError(file, line, sid, "id"))
        seen.add(sid)
    per = [_raw_per(s) for s in raw]
    span = _span(per)
    if span is None and raw and None not in per:
        line = translate("RoutineRules", 'needs at least one step done on each foot (per = "foot")')
        top.add(fail("steps", line))
    for i in range(*span) if span else ():
        if per[i] is Per.SESSION:
            sid = _raw(raw[i], "id")
            per_step[i].add(
                RoutineError(
                    file,
                    translate(
                        "RoutineRules",
                        "a once-per-session step must come before or after the foot steps",
                    ),
                    sid if is_id(sid) else f"#{i + 1}",
                    "per",
                )
            )
    title = top(lambda: text(data, "title", fail, most=MAX_TITLE_CHARS))
    summary = top(lambda: text(data, "summary", fail, most=MAX_SUMMARY_CHARS))
    intro = top(lambda: text(data, "intro", fail, optional=True, most=MAX_INTRO_CHARS))
    problems = Problems(
        tuple(top.problems),
        tuple(tuple(c.problems) for c in per_step),
        tuple(on_switch.problems),
    )
    if problems:
        return None, problems
    assert rid is not None and title is not None and summary is not None and intro is not None
    assert switch is not None and None not in steps
    routine = Routine(
        id=rid,
        title=title,
        summary=summary,
        steps=tuple(s for s in steps if s is not None),
        switch=switch,
        intro=intro,
    )
    return routine, problems


def routine_from_data(data: Mapping[str, Any], file: str = "<routine>") -> Routine:
    """Validate a routine file's decoded data; raise RoutineError on the first problem."""
    routine, _ = _check(data, file, collect=False)
    assert routine is not None  # without collecting, a problem raises
    return routine


def routine_problems(data: Mapping[str, Any], file: str = "<routine>") -> Problems:
    """Every problem of a routine's decoded data (none: it would load), by where it lies."""
    return _check(data, file, collect=True)[1]


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:  # the file is there, but it is not a routine's text
        line = translate("RoutineRules", "cannot be read ({detail})").format(detail=exc)
        raise RoutineError(path.name, line) from None
    except OSError as exc:
        line = translate("RoutineRules", "cannot be read ({detail})").format(detail=exc)
        raise RoutineError(path.name, line, in_content=False) from None


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
            line = translate("RoutineRules", "repeats the routine id {id}")
            errors.append(
                RoutineError(path.name, line.format(id=repr(routine.id)), in_content=False)
            )
            continue
        routines[routine.id] = routine
    if cache is not None and fresh != cached:
        write_cache(cache, fresh)
    return LoadResult(routines, tuple(errors))
