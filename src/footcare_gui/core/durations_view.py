"""What the Durations tab shows (no Qt): step lengths as ``m:ss``, each step's row, the
session's total and what "set the whole routine to N minutes" did."""

from __future__ import annotations

import re
from dataclasses import dataclass

from footcare_gui.core.routines import Routine
from footcare_gui.core.settings import ScaleResult
from footcare_gui.core.texts import format_clock

_MSS = re.compile(r"\s*(\d{0,3})(?::(\d{0,2}))?\s*")


def mss(seconds: int) -> str:
    """Seconds as ``m:ss``; minutes may pass 59, since one step never reaches hours."""
    return f"{seconds // 60}:{seconds % 60:02d}"


def parse_mss(text: str) -> int | None:
    """``"1:30"`` -> 90 and ``"2"`` -> 120 (a bare number is minutes); None if incomplete."""
    m = _MSS.fullmatch(text)
    if m is None or not m.group(1):
        return None
    minutes, secs = int(m.group(1)), m.group(2)
    if secs is None:
        return minutes * 60
    if len(secs) != 2 or int(secs) > 59:
        return None
    return minutes * 60 + int(secs)


def could_become_mss(text: str) -> bool:
    """Whether typing may still turn ``text`` into an ``m:ss`` value (no letters, no :60)."""
    m = _MSS.fullmatch(text)
    secs = (m.group(2) or "") if m else ""
    return m is not None and not (len(secs) == 2 and int(secs) > 59)


@dataclass(frozen=True, slots=True)
class DurationRow:
    """One step's row: its title, how often it runs, its range and the editor's tooltip."""

    step_id: str
    title: str
    often: str  # "each foot" or "once"
    lo: int
    hi: int
    allowed: str
    tip: str


def duration_rows(routine: Routine) -> tuple[DurationRow, ...]:
    """A row for every step of a routine, the switch included."""
    rows = []
    for step in routine.all_steps:
        often = "each foot" if routine.on_each_foot(step) else "once"
        lo, hi = step.min_duration, step.max_duration
        rows.append(
            DurationRow(
                step_id=step.id,
                title=step.title,
                often=often,
                lo=lo,
                hi=hi,
                allowed=f"{mss(lo)} to {mss(hi)}",
                tip=f"{step.title} ({often}): {mss(lo)} to {mss(hi)}, "
                f"default {mss(step.duration)}. Type m:ss.",
            )
        )
    return tuple(rows)


def heading(routine: Routine | None) -> str:
    """The line above the rows."""
    if routine is None:
        return "No routine is installed, so there is nothing to time."
    return f"Step lengths for “{routine.title}”. Steps marked “each foot” run twice."


def total_line(total: float) -> str:
    """The whole session's length."""
    return f"Whole session: {format_clock(total)}"


def scale_note(result: ScaleResult, allowed: tuple[int, int]) -> str:
    """What scaling the routine to a target length did, when it could not be exact."""
    target, lo, hi = result.target, *allowed
    if result.exact:
        return f"Every step was scaled to make {format_clock(target)}."
    if target < lo or target > hi:
        return (
            f"The steps' allowed lengths give a session of {format_clock(lo)} to "
            f"{format_clock(hi)}, so it is now {format_clock(result.total)}."
        )
    return (
        f"Whole seconds cannot make exactly {format_clock(target)}; "
        f"the closest is {format_clock(result.total)}."
    )


def out_of_range_hint(title: str, typed: int, lo: int, hi: int, kept: int | None) -> str:
    """What the duration editor says about a typed value outside the step's range:
    while typing (``kept`` None), or once it was left and the old value ``kept``."""
    allowed = f"{mss(lo)} to {mss(hi)}"
    if kept is None:
        return f"{title}: choose a time from {allowed}."
    return f"{title}: {mss(typed)} is outside the allowed {allowed}, so it stays at {mss(kept)}."
