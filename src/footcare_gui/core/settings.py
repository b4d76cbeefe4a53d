"""The typed settings model: defaults, allowed ranges and duration helpers (no Qt, no files).

A :class:`Settings` is always valid: its constructor checks every field, so code that holds
one never has to re-check. Only durations the user changed are stored, so a better default
in a routine file still reaches everyone who kept the old default.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, TypeVar

from footcare_gui.core.i18n import check_language
from footcare_gui.core.reminder_fields import DEFAULT_TIME, REMINDER_CHECKS, WEEKDAYS
from footcare_gui.core.routines import MAX_STEP_SECONDS, MIN_STEP_SECONDS, Routine, is_id

SCHEMA_VERSION = 5
"""The version of the settings.json layout; separate from the app version."""

DEFAULT_ROUTINE = "evening-reflexology"
MAX_GEOMETRY_CHARS = 8192
MAX_VOICE_NAME_CHARS = 200
_E = TypeVar("_E", bound=StrEnum)


class FootChoice(StrEnum):
    """Which foot a session starts with."""

    LEFT = "left"
    RIGHT = "right"
    ASK = "ask"


class Theme(StrEnum):
    """The colour scheme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    NIGHT = "night"


class VoiceDetail(StrEnum):
    """How much the voice says at a step: the title and what to do, or the title only."""

    FULL = "full"
    TITLE = "title"


INT_RANGES: dict[str, tuple[int, int]] = {
    "warn_seconds": (0, 10),
    "volume": (0, 100),
    "voice_rate": (-10, 10),  # tenths of the engine's rate: -10 slowest, 0 normal, 10 fastest
    "voice_volume": (0, 100),
}
BOOL_FIELDS = frozenset(
    {
        "auto_advance",
        "sound",
        "keep_awake",
        "start_in_focus",
        "precautions_acknowledged",
        "animations",
        "voice",
        "voice_next",
        "reminder",
        "start_at_login",
        "tray_notice_shown",
    }
)

Durations = dict[str, dict[str, int]]


def _is_int(value: object) -> bool:
    # bool is a subclass of int, but `"volume": true` is a broken file, not 1.
    return isinstance(value, int) and not isinstance(value, bool)


def _valid_seconds(value: object) -> bool:
    return _is_int(value) and MIN_STEP_SECONDS <= value <= MAX_STEP_SECONDS  # type: ignore[operator]


def _clean_durations(value: object) -> tuple[Durations, bool]:
    """The valid part of a durations table, and whether anything had to be dropped."""
    if not isinstance(value, Mapping):
        return {}, True
    out: Durations = {}
    dropped = False
    for rid, steps in value.items():
        if not is_id(rid) or not isinstance(steps, Mapping):
            dropped = True
            continue
        kept = {sid: sec for sid, sec in steps.items() if is_id(sid) and _valid_seconds(sec)}
        dropped = dropped or len(kept) != len(steps)
        if kept:
            out[rid] = dict(sorted(kept.items()))
    return dict(sorted(out.items())), dropped


def _valid_geometry(value: object) -> bool:
    if not isinstance(value, str) or len(value) > MAX_GEOMETRY_CHARS:
        return False
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def check_field(name: str, value: Any) -> Any:
    """Return ``value`` converted to the field's type, or raise ValueError saying why."""
    if name in BOOL_FIELDS:
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be true or false, not {value!r}")
        return value
    if name in INT_RANGES:
        lo, hi = INT_RANGES[name]
        if not _is_int(value) or not lo <= value <= hi:
            raise ValueError(f"{name} must be a whole number from {lo} to {hi}, not {value!r}")
        return value
    if name == "first_foot":
        return _enum(FootChoice, name, value)
    if name == "theme":
        return _enum(Theme, name, value)
    if name == "routine":
        if not is_id(value):
            raise ValueError(f"routine must be a routine id, not {value!r}")
        return value
    if name == "voice_detail":
        return _enum(VoiceDetail, name, value)
    if name == "voice_name":  # "" lets the app choose a voice for the text's language
        if not isinstance(value, str) or len(value) > MAX_VOICE_NAME_CHARS:
            raise ValueError(f"voice_name must be a voice's name, not {value!r}")
        if not value.isprintable():
            raise ValueError("voice_name must be printable text")
        return value
    if name == "language":  # "" follows the system's language
        return check_language(value)
    if name in REMINDER_CHECKS:  # "21:30" and ["mon", ...]: see core/reminder.py
        return REMINDER_CHECKS[name](value)
    if name == "window_geometry":
        if not _valid_geometry(value):
            raise ValueError("window_geometry must be base64 text")
        return value
    if name == "durations":
        clean, dropped = _clean_durations(value)
        if dropped:
            raise ValueError(
                f"durations must map routine ids to step ids to {MIN_STEP_SECONDS}.."
                f"{MAX_STEP_SECONDS} seconds"
            )
        return clean
    raise ValueError(f"unknown setting {name!r}")


def _enum(enum: type[_E], name: str, value: object) -> _E:
    try:
        if isinstance(value, str):
            return enum(value)
    except ValueError:
        pass
    known = ", ".join(e.value for e in enum)
    raise ValueError(f"{name} must be one of {known}, not {value!r}")


@dataclass(frozen=True, slots=True)
class Settings:
    """Every user setting, with its default. Construction validates every field."""

    first_foot: FootChoice = FootChoice.ASK
    routine: str = DEFAULT_ROUTINE
    # routine id -> step id -> seconds; only the ones the user changed
    durations: Durations = field(default_factory=dict)
    auto_advance: bool = True
    warn_seconds: int = 3
    sound: bool = True
    volume: int = 70
    theme: Theme = Theme.SYSTEM
    keep_awake: bool = True
    start_in_focus: bool = False
    window_geometry: str = ""
    precautions_acknowledged: bool = False
    animations: bool = True
    voice: bool = True  # speak the steps (where the platform has a speech engine)
    voice_name: str = ""
    voice_rate: int = 0
    voice_volume: int = 80
    voice_detail: VoiceDetail = VoiceDetail.FULL
    voice_next: bool = False  # "Next: ..." near the end of a step
    reminder: bool = False  # the nightly reminder (Preferences -> Reminder)
    reminder_time: str = DEFAULT_TIME  # "HH:MM" on the local wall clock
    reminder_days: tuple[str, ...] = WEEKDAYS
    start_at_login: bool = False  # start in the background at login, for the reminder
    tray_notice_shown: bool = False  # "still running in the tray" has been said once
    language: str = ""  # "de", "es", "en"; "" follows the system (applies at the next start)

    def __post_init__(self) -> None:
        for f in fields(self):
            # Also copies durations, so a caller's dict cannot change a frozen Settings.
            object.__setattr__(self, f.name, check_field(f.name, getattr(self, f.name)))


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Settings))


def settings_from_dict(data: Mapping[str, Any]) -> tuple[Settings, list[str]]:
    """Build Settings from a file's fields: keep every valid one, default and name the rest.

    Missing fields take their defaults quietly (an older file or a hand-written one); a
    present but invalid field is named in the returned list. In ``durations`` the valid
    entries are kept even when others are dropped.
    """
    values: dict[str, Any] = {}
    bad: list[str] = []
    for name in FIELD_NAMES:
        if name not in data:
            continue
        if name == "durations":
            values[name], dropped = _clean_durations(data[name])
            if dropped:
                bad.append(name)
            continue
        try:
            values[name] = check_field(name, data[name])
        except ValueError:
            bad.append(name)
    return Settings(**values), bad


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """The JSON-ready form of the settings, with the schema version."""
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for name in FIELD_NAMES:
        value = getattr(settings, name)
        if isinstance(value, tuple):  # reminder_days: a JSON list
            value = list(value)
        out[name] = value.value if isinstance(value, StrEnum) else value
    return out


def chosen_routine(settings: Settings, routines: Mapping[str, Routine]) -> Routine | None:
    """The routine the next session follows: the one chosen, else the first one known
    (the chosen one may have been removed); None only when no routine is installed."""
    if settings.routine in routines:
        return routines[settings.routine]
    return next(iter(routines.values()), None)


# --- durations -------------------------------------------------------------------------------


def step_count(routine: Routine, step_id: str, per_foot_count: int = 2) -> int:
    """How many times a step runs in one session: per-foot steps once for each foot."""
    return per_foot_count if routine.on_each_foot(routine.step(step_id)) else 1


def step_durations(settings: Settings, routine: Routine) -> dict[str, int]:
    """Effective seconds for every step: the stored override kept in range, else the default."""
    stored = settings.durations.get(routine.id, {})
    return {
        s.id: s.clamp(stored[s.id]) if s.id in stored else s.duration for s in routine.all_steps
    }


def with_durations(settings: Settings, routine: Routine, seconds: Mapping[str, int]) -> Settings:
    """Settings with new durations for some steps of a routine.

    A value equal to the step's default removes the override. Raises ValueError for an unknown
    step or a value outside the step's range.
    """
    table = {rid: dict(steps) for rid, steps in settings.durations.items()}
    mine = table.setdefault(routine.id, {})
    for step_id, value in seconds.items():
        step = routine.step(step_id)  # KeyError for an unknown step
        if not _is_int(value) or not step.min_duration <= value <= step.max_duration:
            raise ValueError(
                f"{step.title}: {value!r} s is outside {step.min_duration}..{step.max_duration} s"
            )
        if value == step.duration:
            mine.pop(step_id, None)
        else:
            mine[step_id] = value
    if not mine:
        del table[routine.id]
    return replace(settings, durations=table)


def with_duration(settings: Settings, routine: Routine, step_id: str, seconds: int) -> Settings:
    """Settings with one step's duration changed (stored only if it differs from the default)."""
    return with_durations(settings, routine, {step_id: seconds})


def reset_durations(settings: Settings, routine: Routine) -> Settings:
    """Settings with every duration of one routine back at its default."""
    table = {rid: steps for rid, steps in settings.durations.items() if rid != routine.id}
    return replace(settings, durations=table)


def total_of(
    routine: Routine,
    seconds: Mapping[str, int],
    per_foot_count: int = 2,
    *,
    include_optional: bool = True,
) -> int:
    """Session length in seconds for the given per-step durations.

    With ``include_optional=False`` the steps marked optional (full foot care's soak) are left
    out: the length of a session that skips them.
    """
    return sum(
        seconds[s.id] * step_count(routine, s.id, per_foot_count)
        for s in routine.all_steps
        if include_optional or not s.optional
    )


def session_total(
    settings: Settings, routine: Routine, per_foot_count: int = 2, *, include_optional: bool = True
) -> int:
    """Whole-session length in seconds: session steps + each foot's steps + the switch.

    ``include_optional=False`` gives the length without the optional steps, so a page can say
    "about 32 minutes, 42 with the soak" from two calls to this one rule.
    """
    durations = step_durations(settings, routine)
    return total_of(routine, durations, per_foot_count, include_optional=include_optional)


@dataclass(frozen=True, slots=True)
class ScaleResult:
    """The outcome of fitting a routine to a target length."""

    durations: dict[str, int]
    total: int
    target: int

    @property
    def exact(self) -> bool:
        return self.total == self.target


def total_range(routine: Routine, per_foot_count: int = 2) -> tuple[int, int]:
    """The shortest and longest session the steps' ranges allow, in seconds."""
    lo = {s.id: s.min_duration for s in routine.all_steps}
    hi = {s.id: s.max_duration for s in routine.all_steps}
    return total_of(routine, lo, per_foot_count), total_of(routine, hi, per_foot_count)


def scale_to_total(routine: Routine, total_seconds: int, per_foot_count: int = 2) -> ScaleResult:
    """Scale every step's default in proportion so the session lasts ``total_seconds``.

    Each step stays within its range, so a target outside :func:`total_range` (or one that
    whole seconds cannot hit) gives the closest reachable total; ``exact`` says which.
    """
    steps = routine.all_steps
    counts = {s.id: step_count(routine, s.id, per_foot_count) for s in steps}

    def at(factor: float) -> dict[str, int]:
        return {s.id: s.clamp(s.duration * factor) for s in steps}

    def total(d: Mapping[str, int]) -> int:
        return sum(d[k] * counts[k] for k in d)

    lo_total, hi_total = total_range(routine, per_foot_count)
    target = max(lo_total, min(hi_total, total_seconds))
    # The total grows monotonically with the factor: find the largest factor not over target.
    lo, hi = 0.0, max(MAX_STEP_SECONDS / max(1, min(s.duration for s in steps)), 1.0) * 2
    for _ in range(80):
        mid = (lo + hi) / 2
        if total(at(mid)) <= target:
            lo = mid
        else:
            hi = mid
    best = at(lo)
    # Rounding leaves a few seconds short: hand them out one at a time, longest steps first.
    remaining = target - total(best)
    order = sorted(steps, key=lambda s: (-s.duration, s.id))
    progress = True
    while remaining > 0 and progress:
        progress = False
        for s in order:
            if counts[s.id] <= remaining and best[s.id] < s.max_duration:
                best[s.id] += 1
                remaining -= counts[s.id]
                progress = True
    return ScaleResult(best, total(best), total_seconds)
