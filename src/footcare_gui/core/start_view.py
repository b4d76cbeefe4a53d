"""What the start page shows (no Qt): the routine's intro and length, a tip for the evening,
and whether Start can be pressed."""

from __future__ import annotations

from dataclasses import dataclass

from footcare_gui.core.i18n import Context, translate
from footcare_gui.core.routines import Routine
from footcare_gui.core.settings import Settings, session_total
from footcare_gui.core.texts import TIPS
from footcare_gui.core.zones import Foot

StartView = Context("StartView")


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
    """``About 22 minutes.``, or with an optional step
    ``About 32 minutes, 42 with the optional step.``"""
    full = minutes(session_total(settings, routine))
    core = minutes(session_total(settings, routine, include_optional=False))
    optional = [s for s in routine.all_steps if s.optional]
    if core == full or not optional:
        return StartView.tr("About %n minute(s).", "", full)
    if len(optional) == 1:
        with_one = StartView.tr("About %n minute(s), {full} with the optional step.", "", core)
        return with_one.format(full=full)
    with_all = StartView.tr("About %n minute(s), {full} with the optional steps.", "", core)
    return with_all.format(full=full)


def tip_of_the_day(day: int) -> str:
    """One preparation tip, a different one each day (``day``: days since the epoch)."""
    return translate("Texts", TIPS[day % len(TIPS)])


def start_info(settings: Settings, routine: Routine, foot: Foot | None, day: int) -> StartInfo:
    """Everything the start page says, for the routine that will run."""
    return StartInfo(
        intro=routine.intro,
        routine_line=translate("StartView", "{summary} {length}").format(
            summary=routine.summary, length=length_text(settings, routine)
        ),
        tip=tip_of_the_day(day),
        start_label=translate("StartView", "Start")
        if foot
        else translate("StartView", "Choose a foot to start"),
        can_start=foot is not None,
    )
