"""Where the technique's marks are at a moment, on one foot's view of the canvas: the thumb tips
gliding along the lanes, turning in circles, pressing, pulling a toe, pinching a joint,
squeezing, rolling a ball, or the warm glow of a rest. Pure geometry over the poses of
``core.motion``; the overlay (``foot_motion``) paints them."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

from footcare_gui.core.motion import Motion, MotionSpec, pose
from footcare_gui.core.zones import View
from footcare_gui.ui.foot_art import load_art, view_transform
from footcare_gui.ui.motion_tracks import (
    MARKER,
    Tracks,
    circle_centres,
    circle_radius,
    marker_px,
    press_centres,
    toe_joints,
    tracks,
)

if TYPE_CHECKING:
    from footcare_gui.core.feet_shown import FeetShown
    from footcare_gui.ui.foot_layout import Cell

TRAIL = ((0.08, 0.38, 0.8),)  # (seconds behind, alpha, size): one faint ghost behind a glide


@dataclass(frozen=True, slots=True)
class Mark:
    """One thing drawn this frame, in canvas coordinates."""

    style: str  # "dot", "ring", "ball", "glow"
    at: QPointF
    radius: float
    alpha: float
    spin: float = 0.0  # the ball's turn, in radians

    def rect(self) -> QRectF:
        r = self.radius + 3.0  # the sprite's margin and antialiased edge
        return QRectF(self.at.x() - r, self.at.y() - r, 2 * r, 2 * r)


@dataclass(frozen=True)
class MarkCell:
    """One animated foot view: its geometry and where the view box lands on the canvas."""

    top: bool
    tracks: Tracks
    lanes: tuple[_Lane, ...]  # on the canvas, sampled once
    centre: _Lane | None  # the middle lane (rolling, kneading)
    transform: QTransform
    scale: float


class _Lane:
    """A lane at evenly spaced lengths, in canvas coordinates: a point at any fraction of it
    is a lookup, not a path computation, on every frame."""

    def __init__(self, points: tuple[QPointF, ...], transform: QTransform) -> None:
        self.view_points = list(points)
        self.points = [transform.map(p) for p in points]
        steps = zip(self.points, self.points[1:], strict=False)
        self.length = sum(math.hypot(b.x() - a.x(), b.y() - a.y()) for a, b in steps)

    def at(self, along: float) -> QPointF:
        return _lerp(self.points, along)

    def view_at(self, along: float) -> QPointF:
        return _lerp(self.view_points, along)


def _lerp(points: list[QPointF], along: float) -> QPointF:
    x = min(max(along, 0.0), 1.0) * (len(points) - 1)
    k = min(int(x), len(points) - 2)
    a, b = points[k], points[k + 1]
    f = x - k
    return QPointF(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f)


def mark_cell(cell: Cell, feet: FeetShown) -> MarkCell | None:
    """The geometry of one foot's view, or None where nothing moves (the other foot, or the
    view a step does not work)."""
    if feet.active_foot is not None and cell.foot is not feet.active_foot:
        return None
    zones = feet.zones
    if zones and not any(z in load_art(cell.foot, cell.view).zones for z in zones):
        return None
    t = tracks(cell.foot, cell.view, zones)
    transform = view_transform(cell.rect)
    centre = tracks(cell.foot, cell.view, zones, lanes=1).lane_points
    return MarkCell(
        top=cell.view is View.TOP,
        tracks=t,
        lanes=tuple(_Lane(points, transform) for points in t.lane_points),
        centre=_Lane(centre[0], transform) if centre else None,
        transform=transform,
        scale=transform.m11(),
    )


def cell_marks(spec: MotionSpec, cell: MarkCell, t: float) -> list[Mark]:
    """The marks of one foot's view at time t."""
    tr, m = cell.tracks, spec.motion
    r = marker_px(cell.scale)
    at = cell.transform.map
    out: list[Mark] = []
    if m in (Motion.STROKE, Motion.THUMB_WALK, Motion.ROLL):
        lanes = (cell.centre,) if m is Motion.ROLL and cell.centre else cell.lanes
        now = pose(spec, t, top=cell.top)
        ghosts = (
            [(pose(spec, t - d, top=cell.top), a, s) for d, a, s in TRAIL]
            if m is Motion.STROKE
            else []
        )
        for lane in lanes:
            for g, a, s in reversed(ghosts):
                if g.alpha > 0 and abs(g.along - now.along) < 0.5:
                    out.append(Mark("dot", lane.at(g.along), r * s, g.alpha * a))
            point = lane.at(now.along)
            if m is Motion.ROLL:
                spin = now.along * lane.length / (r * 1.5)  # rolled, not slid
                out.append(Mark("ball", point, r * 1.5, now.alpha, spin))
            else:
                out.append(Mark("dot", point, r * (1 - 0.15 * now.depth), now.alpha))
                if now.depth > 0.02:
                    ring = r * (1.05 + 0.6 * now.depth)
                    out.append(Mark("ring", point, ring, now.depth * now.alpha))
    elif m is Motion.CIRCLES:
        radius = circle_radius(tr, cell.scale)
        for back, a, s in ((0.0, 1.0, 1.0), *TRAIL):
            p = pose(spec, t - back)
            angle = math.radians(120.0) - 2 * math.pi * p.turn  # clockwise, as the arrows go
            for c in circle_centres(tr, cell.scale):
                on = QPointF(c.x() + radius * math.cos(angle), c.y() - radius * math.sin(angle))
                out.append(Mark("dot", at(on), r * 0.7 * s, a))
    elif m is Motion.PRESS:
        spots = press_centres(tr, cell.scale)
        p = pose(spec, t, spots=len(spots))
        c = at(spots[p.spot])
        out.append(Mark("ring", c, r * (2.1 - 1.0 * p.depth), p.alpha * (0.25 + 0.5 * p.depth)))
        out.append(Mark("dot", c, r * (0.8 + 0.2 * p.depth), p.alpha))
    elif m is Motion.STRETCH and tr.toe_tips:
        p = pose(spec, t, spots=len(tr.toe_tips))
        tip = tr.toe_tips[p.spot]
        dx, dy = (tip.x() - tr.middle_x) * 0.12, -16.0
        n = math.hypot(dx, dy)
        pull = 10.0 * p.depth
        start = QPointF(tip.x(), tip.y() + MARKER + 11)
        out.append(
            Mark("dot", at(start + QPointF(dx / n * pull, dy / n * pull)), r * 0.85, p.alpha)
        )
    elif m is Motion.TOE_JOINTS and tr.toe_tips:
        joints = toe_joints(tr, View.TOP if cell.top else View.SOLE)
        p = pose(spec, t, spots=len(joints))
        j = joints[p.spot]
        half = 10.0 * (1.0 - 0.4 * p.depth)  # finger and thumb close on the joint
        for side in (-1.0, 1.0):
            out.append(Mark("dot", at(QPointF(j.x() + side * half, j.y())), r * 0.72, p.alpha))
    elif m is Motion.KNEAD and cell.centre is not None:
        p = pose(spec, t, top=cell.top)
        mid = cell.centre.view_at(p.along)
        lo, hi = tr.span_at(mid.y())
        half = (hi - lo) / 2 * (0.9 - 0.45 * p.depth)
        for side in (-1.0, 1.0):
            out.append(Mark("dot", at(QPointF(mid.x() + side * half, mid.y())), r, p.alpha))
    elif m is Motion.REST:
        p = pose(spec, t)
        area = tr.area
        centre = QPointF(tr.middle_x, area.top() + area.height() * 0.42)
        glow = area.width() * 0.34 * cell.scale * (0.85 + 0.15 * p.depth)
        out.append(Mark("glow", at(centre), glow, 0.10 + 0.22 * p.depth))
    return out
