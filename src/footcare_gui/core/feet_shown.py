"""What the foot diagrams show for a step, and the legend under them (no Qt).

The diagrams highlight a step's zones only on the foot being worked; the legend names
exactly those zones, so a left-foot step never lists the liver (a right-foot zone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from footcare_gui.core.i18n import translate
from footcare_gui.core.routines import StepView, Technique
from footcare_gui.core.zones import BOTH_FEET, ZONES, Foot, View, expand

if TYPE_CHECKING:  # the motion is worked out with the first session, not at start-up
    from footcare_gui.core.motion import MotionSpec

LEGEND_LINES = 3
"""More zones than this and the legend lists names only (it stays four lines tall)."""


@dataclass(frozen=True, slots=True)
class FeetShown:
    """The diagrams' state: the step's zones, the views they need, the motion, the foot.

    ``active_foot`` None means no foot is being worked (preparation, finish): both feet are
    drawn alike. ``motion``: how the hands move (the still glyphs' direction, and what the
    animation plays), None when nothing moves.
    """

    zones: tuple[str, ...]
    views: tuple[View, ...]
    technique: Technique | None
    active_foot: Foot | None
    motion: MotionSpec | None = None

    @property
    def highlighted(self) -> tuple[str, ...]:
        """The zones lit on the shown feet: only the active foot's, when one is active."""
        if self.active_foot is None:
            return self.zones
        return tuple(z for z in self.zones if self.active_foot in ZONES[z].feet)


def feet_shown(
    zones: Sequence[str],
    view: StepView,
    technique: Technique | None,
    active_foot: Foot | None,
    motion: MotionSpec | None = None,
) -> FeetShown:
    """The state for a step's zones (groups expanded), view, technique and active foot."""
    expanded = expand(zones)
    wanted = set(view.views) | {ZONES[z].view for z in expanded}
    views = tuple(v for v in (View.SOLE, View.TOP) if v in wanted)
    return FeetShown(expanded, views, technique, active_foot, motion)


def choosing(foot: Foot | None) -> FeetShown:
    """The start page's feet: nothing highlighted, the chosen foot marked."""
    return feet_shown((), StepView.SOLE, None, foot)


@dataclass(frozen=True, slots=True)
class LegendLine:
    """One zone in the legend: "Stomach — said to reflect: stomach, digestion"."""

    name: str
    only_on: Foot | None  # a one-sided zone names its foot
    reflects: str


@dataclass(frozen=True, slots=True)
class Legend:
    """The legend: a line per zone, or (``compact``) just their names and the hint."""

    lines: tuple[LegendLine, ...]
    compact: bool

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(line.name for line in self.lines)


def legend_line(zone_id: str) -> LegendLine:
    """A zone's legend line (also what its tooltip says)."""
    z = ZONES[zone_id]
    only = next(iter(z.feet)) if z.feet != BOTH_FEET else None
    return LegendLine(translate("Zones", z.name), only, translate("Zones", z.reflects))


def legend_for(feet: FeetShown) -> Legend:
    """The legend for the diagrams: exactly the highlighted zones."""
    lines = tuple(legend_line(z) for z in feet.highlighted)
    return Legend(lines, compact=len(lines) > LEGEND_LINES)
