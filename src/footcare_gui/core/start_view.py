"""What the start page shows (no Qt): the routine's intro and length, a tip for the evening,
and whether Start can be pressed."""

from __future__ import annotations

from dataclasses import dataclass

from footcare_gui.core.routines import Routine
from footcare_gui.core.settings import Settings, session_total
from footcare_gui.core.texts import TIPS
from footcare_gui.core.zones import Foot


@dataclass(frozen=True, slots=True)
class StartInfo:
    """The start page's words for a routine, a foot choice and a day."""

    intro: str
    routine_line: str  # the summary and how long it takes
    tip: str
    start_label: str
    can_start: bool


def minutes(seconds: float) -> int:
    """Whole minutes for "about N minutes": never less than one."""
    return max(1, round(seconds / 60))


def length_text(settings: Settings, routine: Routine) -> str:
    """``About 22 minutes.``, or with an optional step ``About 32 minutes, 42 with the soak.``"""
    full = minutes(session_total(settings, routine))
    core = minutes(session_total(settings, routine, include_optional=False))
    unit = "minute" if core == 1 else "minutes"
    optional = [s for s in routine.all_steps if s.optional]
    if core == full or not optional:
        return f"About {full} {unit}."
    # The step's id names it shortly: "warm-soak" -> "the soak".
    noun = optional[0].id.rsplit("-", 1)[-1] if len(optional) == 1 else "the optional steps"
    return f"About {core} {unit}, {full} with {'the ' + noun if len(optional) == 1 else noun}."


def tip_of_the_day(day: int) -> str:
    """One preparation tip, a different one each day (``day``: days since the epoch)."""
    return TIPS[day % len(TIPS)]


def start_info(settings: Settings, routine: Routine, foot: Foot | None, day: int) -> StartInfo:
    """Everything the start page says, for the routine that will run."""
    return StartInfo(
        intro=routine.intro,
        routine_line=f"{routine.summary} {length_text(settings, routine)}",
        tip=tip_of_the_day(day),
        start_label="Start" if foot else "Choose a foot to start",
        can_start=foot is not None,
    )
