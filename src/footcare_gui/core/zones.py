"""The reflexology zone map: where each reflex zone sits and what it is said to reflect.

Routines name zones by these ids; in the SVG art a zone's element has the id ``zone-<id>``.
Everything here is plain data so that routines, art and tests agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate


class Foot(StrEnum):
    """One foot."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Foot:
        return Foot.RIGHT if self is Foot.LEFT else Foot.LEFT

    @property
    def label(self) -> str:
        """``Left foot`` in the app's language."""
        if self is Foot.LEFT:
            return translate("Feet", "Left foot")
        return translate("Feet", "Right foot")


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
        _z(
            "head-brain",
            QT_TRANSLATE_NOOP("Zones", "Head and brain"),
            S,
            QT_TRANSLATE_NOOP("Zones", "pad and tip of the big toe"),
            QT_TRANSLATE_NOOP("Zones", "head, brain"),
        ),
        _z(
            "sinuses",
            QT_TRANSLATE_NOOP("Zones", "Sinuses"),
            S,
            QT_TRANSLATE_NOOP("Zones", "tips and pads of toes 2 to 5"),
            QT_TRANSLATE_NOOP("Zones", "sinuses"),
        ),
        _z(
            "neck-throat",
            QT_TRANSLATE_NOOP("Zones", "Neck and throat"),
            S,
            QT_TRANSLATE_NOOP("Zones", "base of the big toe"),
            QT_TRANSLATE_NOOP("Zones", "neck, throat, thyroid"),
        ),
        _z(
            "eyes",
            QT_TRANSLATE_NOOP("Zones", "Eyes"),
            S,
            QT_TRANSLATE_NOOP("Zones", "base of toes 2 and 3"),
            QT_TRANSLATE_NOOP("Zones", "eyes"),
        ),
        _z(
            "ears",
            QT_TRANSLATE_NOOP("Zones", "Ears"),
            S,
            QT_TRANSLATE_NOOP("Zones", "base of toes 4 and 5"),
            QT_TRANSLATE_NOOP("Zones", "ears"),
        ),
        _z(
            "lungs-chest",
            QT_TRANSLATE_NOOP("Zones", "Lungs and chest"),
            S,
            QT_TRANSLATE_NOOP("Zones", "ball of the foot"),
            QT_TRANSLATE_NOOP("Zones", "lungs, chest, upper back"),
        ),
        _z(
            "heart",
            QT_TRANSLATE_NOOP("Zones", "Heart"),
            S,
            QT_TRANSLATE_NOOP("Zones", "lower inner part of the ball"),
            QT_TRANSLATE_NOOP("Zones", "heart"),
            _L,
        ),
        _z(
            "shoulder",
            QT_TRANSLATE_NOOP("Zones", "Shoulder"),
            S,
            QT_TRANSLATE_NOOP("Zones", "outer edge just below the little toe"),
            QT_TRANSLATE_NOOP("Zones", "shoulder, arm"),
        ),
        _z(
            "solar-plexus",
            QT_TRANSLATE_NOOP("Zones", "Solar plexus"),
            S,
            QT_TRANSLATE_NOOP("Zones", "centre of the sole just below the ball"),
            QT_TRANSLATE_NOOP("Zones", "diaphragm, solar plexus"),
        ),
        _z(
            "liver",
            QT_TRANSLATE_NOOP("Zones", "Liver"),
            S,
            QT_TRANSLATE_NOOP("Zones", "upper arch, outer half"),
            QT_TRANSLATE_NOOP("Zones", "liver"),
            _R,
        ),
        _z(
            "gallbladder",
            QT_TRANSLATE_NOOP("Zones", "Gallbladder"),
            S,
            QT_TRANSLATE_NOOP("Zones", "inside the liver area"),
            QT_TRANSLATE_NOOP("Zones", "gallbladder"),
            _R,
        ),
        _z(
            "spleen",
            QT_TRANSLATE_NOOP("Zones", "Spleen"),
            S,
            QT_TRANSLATE_NOOP("Zones", "upper arch, outer edge"),
            QT_TRANSLATE_NOOP("Zones", "spleen"),
            _L,
        ),
        _z(
            "stomach",
            QT_TRANSLATE_NOOP("Zones", "Stomach"),
            S,
            QT_TRANSLATE_NOOP("Zones", "upper arch, inner half"),
            QT_TRANSLATE_NOOP("Zones", "stomach, digestion"),
        ),
        _z(
            "pancreas",
            QT_TRANSLATE_NOOP("Zones", "Pancreas"),
            S,
            QT_TRANSLATE_NOOP("Zones", "just below the stomach area"),
            QT_TRANSLATE_NOOP("Zones", "pancreas"),
        ),
        _z(
            "kidneys-adrenals",
            QT_TRANSLATE_NOOP("Zones", "Kidneys and adrenals"),
            S,
            QT_TRANSLATE_NOOP("Zones", "middle of the arch at the waistline"),
            QT_TRANSLATE_NOOP("Zones", "kidneys, adrenal glands"),
        ),
        _z(
            "small-intestine",
            QT_TRANSLATE_NOOP("Zones", "Small intestine"),
            S,
            QT_TRANSLATE_NOOP("Zones", "lower arch, centre"),
            QT_TRANSLATE_NOOP("Zones", "small intestine"),
        ),
        _z(
            "colon",
            QT_TRANSLATE_NOOP("Zones", "Colon"),
            S,
            QT_TRANSLATE_NOOP("Zones", "a band around the small intestine"),
            QT_TRANSLATE_NOOP("Zones", "large intestine"),
        ),
        _z(
            "bladder",
            QT_TRANSLATE_NOOP("Zones", "Bladder"),
            S,
            QT_TRANSLATE_NOOP("Zones", "inner lower arch, above the heel"),
            QT_TRANSLATE_NOOP("Zones", "bladder"),
        ),
        _z(
            "pelvis-sciatic",
            QT_TRANSLATE_NOOP("Zones", "Pelvis and sciatic nerve"),
            S,
            QT_TRANSLATE_NOOP("Zones", "the heel"),
            QT_TRANSLATE_NOOP("Zones", "pelvis, lower back, sciatic nerve"),
        ),
        _z(
            "spine",
            QT_TRANSLATE_NOOP("Zones", "Spine"),
            S,
            QT_TRANSLATE_NOOP("Zones", "inner edge, big toe joint to heel"),
            QT_TRANSLATE_NOOP("Zones", "spine"),
        ),
        _z(
            "knee-hip",
            QT_TRANSLATE_NOOP("Zones", "Knee and hip"),
            S,
            QT_TRANSLATE_NOOP("Zones", "middle of the outer edge"),
            QT_TRANSLATE_NOOP("Zones", "knee, leg, hip"),
        ),
        _z(
            "chest-upper-back",
            QT_TRANSLATE_NOOP("Zones", "Chest and upper back"),
            T,
            QT_TRANSLATE_NOOP("Zones", "upper third of the top, near the toes"),
            QT_TRANSLATE_NOOP("Zones", "chest, breast, upper back"),
        ),
        _z(
            "lower-back",
            QT_TRANSLATE_NOOP("Zones", "Lower back"),
            T,
            QT_TRANSLATE_NOOP("Zones", "from below the ankle to the top's highest point"),
            QT_TRANSLATE_NOOP("Zones", "lower back"),
        ),
        _z(
            "lymph",
            QT_TRANSLATE_NOOP("Zones", "Lymph"),
            T,
            QT_TRANSLATE_NOOP("Zones", "a band across the front of the ankle"),
            QT_TRANSLATE_NOOP("Zones", "lymph, groin"),
        ),
        _z(
            "toe-tops",
            QT_TRANSLATE_NOOP("Zones", "Toe tops"),
            T,
            QT_TRANSLATE_NOOP("Zones", "tops of the toes and their joints"),
            QT_TRANSLATE_NOOP("Zones", "head, face, teeth"),
        ),
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
