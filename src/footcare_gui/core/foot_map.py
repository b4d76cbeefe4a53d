"""The foot map's questions and answers (no Qt): which zones match a search, what a zone is said
to reflect and on which feet, which steps of a routine work it, the calm colour each zone is
drawn in, and where labels go in a column so that none overlaps another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from footcare_gui.core.i18n import translate
from footcare_gui.core.routines import Routine, Step
from footcare_gui.core.zones import BOTH_FEET, GROUPS, ZONES, Foot, View, Zone, zones_on

# Groups by the words a person would type (the ids have dashes).
GROUP_WORDS: dict[str, str] = {name: name.replace("-", " ") for name in GROUPS}

# Each zone's colour, one of six calm tints. Neighbouring zones differ (tests/test_foot_map.py
# checks every pair that touches in the art), so each reads as its own area.
TINTS: dict[str, int] = {
    "head-brain": 0,
    "sinuses": 1,
    "neck-throat": 2,
    "eyes": 3,
    "ears": 4,
    "lungs-chest": 5,
    "heart": 2,
    "shoulder": 0,
    "solar-plexus": 3,
    "stomach": 0,
    "pancreas": 3,
    "liver": 1,
    "gallbladder": 3,
    "spleen": 1,
    "kidneys-adrenals": 5,
    "knee-hip": 3,
    "colon": 2,
    "small-intestine": 0,
    "bladder": 1,
    "spine": 4,
    "pelvis-sciatic": 5,
    "toe-tops": 0,
    "chest-upper-back": 1,
    "lower-back": 2,
    "lymph": 3,
}
TINT_COUNT = 6


@dataclass(frozen=True, slots=True)
class ZoneFacts:
    """What the map says about one zone."""

    name: str
    where: str
    reflects: str  # "Said to reflect: ..." (reflexology's claim, hedged)
    feet: str  # "Both feet" or "Right foot only"
    view: str  # "Sole" or "Top of the foot"


def facts(zone_id: str) -> ZoneFacts:
    """The zone's name, place, hedged body area, feet and view, in plain words."""
    z = ZONES[zone_id]
    where = translate("Zones", z.where)
    reflects = translate("FootMap", "In reflexology this area is said to reflect the {reflects}.")
    return ZoneFacts(
        name=translate("Zones", z.name),
        where=where[:1].upper() + where[1:],
        reflects=reflects.format(reflects=translate("Zones", z.reflects)),
        feet=feet_words(z),
        view=translate("FootMap", "Sole")
        if z.view is View.SOLE
        else translate("FootMap", "Top of the foot"),
    )


def feet_words(z: Zone) -> str:
    """ "Both feet", or the one foot a one-sided zone is on."""
    if z.feet == BOTH_FEET:
        return translate("FootMap", "Both feet")
    if next(iter(z.feet)) is Foot.LEFT:
        return translate("FootMap", "Left foot only")
    return translate("FootMap", "Right foot only")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())  # letters of any language, and digits


def search(query: str) -> tuple[str, ...]:
    """The zones a search finds, in map order: every word typed must start a word of the
    zone's name, of what it is said to reflect, of where it is, or of a group it belongs to
    ("arch", "toes", "outer edge")."""
    typed = _words(query)
    if not typed:
        return ()
    found = []
    for zid, z in ZONES.items():
        groups = " ".join(GROUP_WORDS[g] for g, members in GROUPS.items() if zid in members)
        shown = " ".join(translate("Zones", t) for t in (z.name, z.reflects, z.where))
        words = _words(f"{z.name} {z.reflects} {z.where} {groups} {shown}")
        if all(any(w.startswith(t) for w in words) for t in typed):
            found.append(zid)
    return tuple(found)


def steps_working(routine: Routine, zone_id: str) -> tuple[Step, ...]:
    """The steps of a routine that work a zone, in the routine's order (the switch between
    the feet works none)."""
    return tuple(s for s in routine.steps if zone_id in s.zones)


def drawn_on(foot: Foot, view: View) -> tuple[str, ...]:
    """The zone ids drawn on one foot's view, in map order."""
    return tuple(z.id for z in zones_on(foot, view))


def spread(
    wanted: Sequence[float], heights: Sequence[float], top: float, bottom: float, gap: float
) -> list[float]:
    """Label tops for a column: each as near its wanted centre as it can be, in the same
    order, none overlapping (``gap`` apart), all between ``top`` and ``bottom`` when they fit.

    ``wanted`` must be sorted. Labels are pushed down past the one above, then, if the last
    runs past the bottom, pulled back up; a column taller than the room starts at the top.
    """
    tops: list[float] = []
    for c, h in zip(wanted, heights, strict=True):
        y = c - h / 2
        if tops:
            y = max(y, tops[-1] + heights[len(tops) - 1] + gap)
        tops.append(max(y, top))
    limit = bottom
    for i in range(len(tops) - 1, -1, -1):
        if tops[i] + heights[i] > limit:
            tops[i] = limit - heights[i]
        limit = tops[i] - gap
    if tops and tops[0] < top:  # taller than the room: no overlap beats staying inside
        y = top
        for i, h in enumerate(heights):
            tops[i] = y
            y += h + gap
    return tops
