"""How the hands move in a step, and where that motion is at any moment (no Qt).

A step's motion is read from its technique, its zones and the way its words say the hands
travel ("from the toes toward the heel", "from the heel up to the toes", "and back"). Where
the motion is at a moment is a pure function of the time it has been running: the diagrams
ask for a :class:`Pose` on every frame and never keep any state of their own, so a paused
motion resumes exactly where it stopped and tests need no clock at all.

Every loop is calm: 1.5-3.2 s long, eased (no sudden starts or stops), and a marker that
leaves at one end fades out before it reappears at the other (nothing flashes).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from footcare_gui.core.routines import Step, Technique
from footcare_gui.core.zones import GROUPS

Travel = Literal["toward-heel", "toward-toes", "both-ways", "circuit", "in-place"]
"""Which way the hands travel along the foot. ``circuit``: up the sole toward the toes, then
down the top toward the ankle (one continuous stroke round the foot)."""


class Motion(StrEnum):
    """The motions the diagrams can play."""

    STROKE = "stroke"  # a soft marker glides along the foot
    THUMB_WALK = "thumb-walk"  # press, slide a little, press again: small steps along the foot
    CIRCLES = "circles"  # markers turn in small circles on the spot
    PRESS = "press"  # a thumb sinks in and eases out, one spot after another
    STRETCH = "stretch"  # one toe at a time eased gently outward and let go
    TOE_JOINTS = "toe-joints"  # finger and thumb pinch each toe joint in turn
    KNEAD = "knead"  # two hands squeeze together and release
    ROLL = "roll"  # a ball rolls along under the foot
    REST = "rest"  # a slow warm glow, swelling and fading like a calm breath


LOOP_SECONDS: dict[Motion, float] = {
    Motion.STROKE: 2.6,
    Motion.THUMB_WALK: 3.2,
    Motion.CIRCLES: 1.8,
    Motion.PRESS: 2.2,
    Motion.STRETCH: 2.0,
    Motion.TOE_JOINTS: 1.6,
    Motion.KNEAD: 1.5,
    Motion.ROLL: 3.0,
    Motion.REST: 3.0,
}
"""One loop of each motion: a glide, a turn, one press, one toe, one squeeze, one breath."""

WALK_STEPS = 5  # presses in one thumb-walk loop
KNEAD_LOOPS_PER_PASS = 6  # squeezes while the hands move once along the foot


@dataclass(frozen=True, slots=True)
class MotionSpec:
    """A step's motion and the way its hands travel."""

    motion: Motion
    travel: Travel = "in-place"

    @property
    def loop(self) -> float:
        return LOOP_SECONDS[self.motion]

    def toward_toes(self, top: bool) -> bool:
        """Whether the hands travel toward the toes on this view (else toward the heel)."""
        if self.travel == "circuit":
            return not top
        return self.travel == "toward-toes"


@dataclass(frozen=True, slots=True)
class Pose:
    """Where a motion is at a moment.

    ``along``: 0 at the toe end of the motion's path, 1 at its heel end. ``turn``: how far
    round a circle, in turns. ``depth``: 0..1, how far a thumb presses in, a toe is pulled,
    the hands squeeze or the glow swells. ``spot``: which spot, toe or joint is worked now.
    ``alpha``: 0..1, how visible the marker is (it fades at the ends of a glide).
    """

    along: float = 0.5
    turn: float = 0.0
    depth: float = 0.0
    spot: int = 0
    alpha: float = 1.0


# ---------------------------------------------------------------- reading a step

# The ways are read in English, German and Spanish: a translated routine replaces the words
# (tests/test_motion.py checks every shipped step plays the same motion in each language).
_TOWARD_HEEL = re.compile(
    r"from the toes|toes (?:to|toward) the heel|toward the heel|to the heel|down the arch"
    r"|von den zehen|richtung ferse|zur ferse"
    r"|de los dedos|hacia el tal[oó]n|al tal[oó]n"
)
_TOWARD_TOES = re.compile(
    r"from the heel|heel (?:up )?to (?:the )?toes|up to the toes"
    r"|von der ferse|zu den zehen"
    r"|del tal[oó]n|a los dedos"
)
_ANKLE = re.compile(r"toward the ankle|zum kn[oö]chel|hacia el tobillo")
_AND_BACK = re.compile(r"and back|und zur[uü]ck|y (?:vuelve|de vuelta)\b(?! a\b)|ida y vuelta")
_WALK = re.compile(r"\bwalk\b|\bwander|schritt|\bpasitos?\b|\bpasos?\b")
_TOE_ZONES = frozenset(GROUPS["toes"]) | {"toe-tops"}


def travel_of(words: str) -> Travel:
    """The way a step's words say the hands travel along the foot."""
    text = " ".join(words.lower().split())
    to_heel, to_toes = _TOWARD_HEEL.search(text), _TOWARD_TOES.search(text)
    if _AND_BACK.search(text) and (to_heel or to_toes):
        return "both-ways"
    if to_toes and (_ANKLE.search(text) and not to_heel):
        return "circuit"  # up the sole to the toes, then over the top toward the ankle
    if to_heel and to_toes:  # both named: the first one said is the way the hands go
        return "toward-heel" if to_heel.start() < to_toes.start() else "toward-toes"
    if to_toes:
        return "toward-toes"
    if to_heel or _ANKLE.search(text):
        return "toward-heel"
    return "in-place"


def motion_of(step: Step) -> MotionSpec | None:
    """The motion a step's diagram plays (None for preparation: nothing to show)."""
    return motion_for(step.technique, step.zones, step.instruction)


def motion_for(technique: Technique, zones: Iterable[str], words: str) -> MotionSpec | None:
    """The motion for a technique on some zones, travelling the way ``words`` say."""
    travel = travel_of(words)
    if technique is Technique.PRESS:
        zone_set = set(zones)
        if zone_set and zone_set <= _TOE_ZONES:
            return MotionSpec(Motion.TOE_JOINTS)
        if travel != "in-place" or _WALK.search(words.lower()):
            return MotionSpec(Motion.THUMB_WALK, "toward-heel" if travel == "in-place" else travel)
        return MotionSpec(Motion.PRESS)
    simple = {
        Technique.STROKE: Motion.STROKE,
        Technique.CIRCLES: Motion.CIRCLES,
        Technique.STRETCH: Motion.STRETCH,
        Technique.KNEAD: Motion.KNEAD,
        Technique.ROLL: Motion.ROLL,
        Technique.REST: Motion.REST,
    }
    motion = simple.get(technique)
    if motion is None:
        return None
    if motion is Motion.STROKE and travel == "in-place":
        travel = "toward-heel"
    if motion in (Motion.CIRCLES, Motion.STRETCH, Motion.REST):
        travel = "in-place"
    return MotionSpec(motion, travel)


# ---------------------------------------------------------------- time to pose


def ease(t: float) -> float:
    """Smooth start and stop: 0 at 0, 1 at 1, with zero speed at both ends."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def ramp(t: float, start: float, end: float) -> float:
    """0 before ``start``, 1 after ``end``, eased in between."""
    return ease((t - start) / (end - start))


def _swell(t: float, rise: float, hold: float, fall: float) -> float:
    """0 -> 1 by ``rise``, held until ``hold``, back to 0 by ``fall`` (fractions of a loop)."""
    return ramp(t, 0.0, rise) - ramp(t, hold, fall)


def phase(elapsed: float, loop: float) -> tuple[int, float]:
    """Which loop is running and how far into it (0 <= fraction < 1)."""
    n = math.floor(max(0.0, elapsed) / loop)
    frac = max(0.0, elapsed) / loop - n
    return n, min(max(frac, 0.0), math.nextafter(1.0, 0.0))


def pose(spec: MotionSpec, elapsed: float, *, top: bool = False, spots: int = 1) -> Pose:
    """Where a motion is ``elapsed`` seconds after it began (``spots``: how many spots, toes
    or joints the diagram offers it; ``top``: on the top view rather than the sole)."""
    n, t = phase(elapsed, spec.loop)
    spots = max(1, spots)
    m = spec.motion
    if m in (Motion.STROKE, Motion.ROLL):
        glide = 0.85 if m is Motion.STROKE else 0.8  # then a pause while the hands go back
        s = t / glide
        return _directed(spec, top, n, ease(s), _fade(s) if s < 1.0 else 0.0)
    if m is Motion.THUMB_WALK:
        k, u = phase(t * WALK_STEPS, 1.0)
        press = _swell(u, 0.3, 0.4, 0.7)  # press in, hold, ease off while sliding on
        slide = ramp(u, 0.4, 1.0)
        alpha = ramp(t, 0.0, 0.1) * (1.0 - ramp(t, 0.9, 1.0))
        return _directed(spec, top, n, (k + slide) / WALK_STEPS, alpha, depth=press)
    if m is Motion.CIRCLES:
        return Pose(turn=t + 0.035 * math.sin(2 * math.pi * t))
    if m in (Motion.PRESS, Motion.STRETCH, Motion.TOE_JOINTS):
        depth = _swell(t, 0.35, 0.6, 0.88)
        return Pose(depth=depth, spot=n % spots, alpha=ramp(t, 0.0, 0.15) * (1 - ramp(t, 0.85, 1)))
    if m is Motion.KNEAD:
        squeeze = 0.5 - 0.5 * math.cos(2 * math.pi * t)
        if spec.travel == "in-place":
            return Pose(depth=squeeze)
        # Along the foot (and back) over several squeezes, eased at each end.
        k, u = phase(elapsed, spec.loop * KNEAD_LOOPS_PER_PASS)
        return _directed(spec, top, k, ease(u), _fade(u), depth=squeeze)
    return Pose(depth=0.5 - 0.5 * math.cos(2 * math.pi * t))  # rest: one calm breath a loop


def _fade(s: float) -> float:
    """Fade in over the first tenth of a glide and out over its last sixth."""
    return ramp(s, 0.0, 0.1) * (1.0 - ramp(s, 0.84, 1.0))


def _directed(
    spec: MotionSpec, top: bool, loop: int, progress: float, alpha: float, depth: float = 0.0
) -> Pose:
    """A pose ``progress`` of the way along a pass, in the direction the step travels. Both
    ways: every other pass comes back, and the marker stays in view at the turns."""
    if spec.travel == "both-ways":
        back = loop % 2 == 1
        return Pose(along=1.0 - progress if back else progress, depth=depth)
    along = 1.0 - progress if spec.toward_toes(top) else progress
    return Pose(along=along, alpha=alpha, depth=depth)
