"""What the Durations tab shows (no Qt): step lengths as ``m:ss``, each step's row, the
session's total and what "set the whole routine to N minutes" did."""

from __future__ import annotations

import re
from dataclasses import dataclass

from footcare_gui.core.i18n import translate
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
        each = routine.on_each_foot(step)
        often = (
            translate("DurationsView", "each foot") if each else translate("DurationsView", "once")
        )
        lo, hi = step.min_duration, step.max_duration
        rows.append(
            DurationRow(
                step_id=step.id,
                title=step.title,
                often=often,
                lo=lo,
                hi=hi,
                allowed=_between(lo, hi),
                tip=translate(
                    "DurationsView", "{step} ({often}): {lo} to {hi}, default {default}. Type m:ss."
                ).format(
                    step=step.title, often=often, lo=mss(lo), hi=mss(hi), default=mss(step.duration)
                ),
            )
        )
    return tuple(rows)


def heading(routine: Routine | None) -> str:
    """The line above the rows."""
    if routine is None:
        return translate("DurationsView", "No routine is installed, so there is nothing to time.")
    line = translate(
        "DurationsView", "Step lengths for “{routine}”. Steps marked “each foot” run twice."
    )
    return line.format(routine=routine.title)


def total_line(total: float) -> str:
    """The whole session's length."""
    return translate("DurationsView", "Whole session: {time}").format(time=format_clock(total))


def scale_note(result: ScaleResult, allowed: tuple[int, int]) -> str:
    """What scaling the routine to a target length did, when it could not be exact."""
    target, lo, hi = result.target, *allowed
    if result.exact:
        line = translate("DurationsView", "Every step was scaled to make {target}.")
        return line.format(target=format_clock(target))
    if target < lo or target > hi:
        line = translate(
            "DurationsView",
            "The steps' allowed lengths give a session of {lo} to {hi}, so it is now {total}.",
        )
        return line.format(
            lo=format_clock(lo), hi=format_clock(hi), total=format_clock(result.total)
        )
    line = translate(
        "DurationsView", "Whole seconds cannot make exactly {target}; the closest is {total}."
    )
    return line.format(target=format_clock(target), total=format_clock(result.total))


def out_of_range_hint(title: str, typed: int, lo: int, hi: int, kept: int | None) -> str:
    """What the duration editor says about a typed value outside the step's range:
    while typing (``kept`` None), or once it was left and the old value ``kept``."""
    if kept is None:
        line = translate("DurationsView", "{step}: choose a time from {lo} to {hi}.")
        return line.format(step=title, lo=mss(lo), hi=mss(hi))
    line = translate(
        "DurationsView",
        "{step}: {typed} is outside the allowed {lo} to {hi}, so it stays at {kept}.",
    )
    return line.format(step=title, typed=mss(typed), lo=mss(lo), hi=mss(hi), kept=mss(kept))


def _between(lo: int, hi: int) -> str:
    """``0:20 to 5:00``."""
    return translate("DurationsView", "{lo} to {hi}").format(lo=mss(lo), hi=mss(hi))
