"""The reflexology zone map: where each reflex zone sits and what it is said to reflect.

Routines name zones by these ids; in the SVG art a zone's element has the id ``zone-<id>``.
Everything here is plain data so that routines, art and tests agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Foot(StrEnum):
    """One foot."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Foot:
        return Foot.RIGHT if self is Foot.LEFT else Foot.LEFT

    @property
    def label(self) -> str:
        return "Left foot" if self is Foot.LEFT else "Right foot"


class View(StrEnum):
    """A side of the foot as drawn: the sole (plantar) or the top (dorsal)."""

    SOLE = "sole"
    TOP = "top"


BOTH_FEET = frozenset({Foot.LEFT, Foot.RIGHT})


@dataclass(frozen=True, slots=True)
class Zone:
    """One reflex zone."""

    id: str
    name: str
    view: View
    where: str
    reflects: str
    feet: frozenset[Foot] = BOTH_FEET

    @property
    def element_id(self) -> str:
        """The id of this zone's element in the SVG art."""
        return f"zone-{self.id}"


def _z(
    zid: str, name: str, view: View, where: str, reflects: str, feet: Iterable[Foot] = BOTH_FEET
) -> Zone:
    return Zone(zid, name, view, where, reflects, frozenset(feet))


S, T = View.SOLE, View.TOP
_L, _R = (Foot.LEFT,), (Foot.RIGHT,)

ZONES: dict[str, Zone] = {
    z.id: z
    for z in (
        _z("head-brain", "Head and brain", S, "pad and tip of the big toe", "head, brain"),
        _z("sinuses", "Sinuses", S, "tips and pads of toes 2 to 5", "sinuses"),
        _z("neck-throat", "Neck and throat", S, "base of the big toe", "neck, throat, thyroid"),
        _z("eyes", "Eyes", S, "base of toes 2 and 3", "eyes"),
        _z("ears", "Ears", S, "base of toes 4 and 5", "ears"),
        _z("lungs-chest", "Lungs and chest", S, "ball of the foot", "lungs, chest, upper back"),
        _z("heart", "Heart", S, "lower inner part of the ball", "heart", _L),
        _z("shoulder", "Shoulder", S, "outer edge just below the little toe", "shoulder, arm"),
        _z(
            "solar-plexus",
            "Solar plexus",
            S,
            "centre of the sole just below the ball",
            "diaphragm, solar plexus",
        ),
        _z("liver", "Liver", S, "upper arch, outer half", "liver", _R),
        _z("gallbladder", "Gallbladder", S, "inside the liver area", "gallbladder", _R),
        _z("spleen", "Spleen", S, "upper arch, outer edge", "spleen", _L),
        _z("stomach", "Stomach", S, "upper arch, inner half", "stomach, digestion"),
        _z("pancreas", "Pancreas", S, "just below the stomach area", "pancreas"),
        _z(
            "kidneys-adrenals",
            "Kidneys and adrenals",
            S,
            "middle of the arch at the waistline",
            "kidneys, adrenal glands",
        ),
        _z("small-intestine", "Small intestine", S, "lower arch, centre", "small intestine"),
        _z("colon", "Colon", S, "a band around the small intestine", "large intestine"),
        _z("bladder", "Bladder", S, "inner lower arch, above the heel", "bladder"),
        _z(
            "pelvis-sciatic",
            "Pelvis and sciatic nerve",
            S,
            "the heel",
            "pelvis, lower back, sciatic nerve",
        ),
        _z("spine", "Spine", S, "inner edge, big toe joint to heel", "spine"),
        _z("knee-hip", "Knee and hip", S, "middle of the outer edge", "knee, leg, hip"),
        _z(
            "chest-upper-back",
            "Chest and upper back",
            T,
            "upper third of the top, near the toes",
            "chest, breast, upper back",
        ),
        _z(
            "lower-back",
            "Lower back",
            T,
            "from below the ankle to the top's highest point",
            "lower back",
        ),
        _z("lymph", "Lymph", T, "a band across the front of the ankle", "lymph, groin"),
        _z("toe-tops", "Toe tops", T, "tops of the toes and their joints", "head, face, teeth"),
    )
}

_ARCH = (
    "solar-plexus",
    "liver",
    "gallbladder",
    "spleen",
    "stomach",
    "pancreas",
    "kidneys-adrenals",
    "small-intestine",
    "colon",
    "bladder",
)

GROUPS: dict[str, tuple[str, ...]] = {
    "toes": ("head-brain", "sinuses", "neck-throat", "eyes", "ears"),
    "ball": ("lungs-chest", "heart", "shoulder"),
    "arch": _ARCH,
    "heel": ("pelvis-sciatic",),
    "inner-edge": ("spine",),
    "outer-edge": ("shoulder", "knee-hip"),
    "sole": tuple(z.id for z in ZONES.values() if z.view is View.SOLE),
    "top": tuple(z.id for z in ZONES.values() if z.view is View.TOP),
}


class UnknownZoneError(ValueError):
    """A zone or group id that the map does not know."""


def expand(ids: Iterable[str]) -> tuple[str, ...]:
    """Expand group ids into zone ids, keeping first-seen order and dropping repeats."""
    out: dict[str, None] = {}
    for item in ids:
        if item in GROUPS:
            out.update(dict.fromkeys(GROUPS[item]))
        elif item in ZONES:
            out[item] = None
        else:
            raise UnknownZoneError(item)
    return tuple(out)


def zones_on(foot: Foot, view: View) -> tuple[Zone, ...]:
    """The zones drawn on one foot's view."""
    return tuple(z for z in ZONES.values() if z.view is view and foot in z.feet)
