"""Where a step's motion runs on one foot's view, in the art's view-box units: the lanes a
stroke follows, the spots a thumb presses, the circles it turns, the toes it pulls.

Worked out once per foot, view and step (cached) from the art's outline and zones, and used by
both the still glyphs composed into a step's picture and the animation drawn over it, so the
moving marker runs exactly along the arrows. Every track stays inside the bounding box of the
zones it works, so the animation never touches a pixel outside it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.foot_art import FootArt, load_art, zone_centre

MARKER = 13.0  # the moving marker's radius, in view-box units (a thumb tip at this scale)
MIN_MARKER_PX = 7.0  # and never smaller on screen: it must catch the eye from the couch
LANE_SAMPLES = 28
LANE_POINTS = 64  # a lane resampled by length: the marker moves along it at an even pace


@dataclass(frozen=True)
class Tracks:
    """One foot's view of a step: the area worked and the motion's geometry in it."""

    area: QRectF  # the zones' bounding box (the whole foot's working part without zones)
    lanes: tuple[QPainterPath, ...]  # toe end first; strokes, thumb walks, kneading, rolling
    lane_points: tuple[tuple[QPointF, ...], ...]  # each lane at evenly spaced lengths
    centres: tuple[QPointF, ...]  # the biggest zones' middles: presses and circles
    circle_radius: float
    toe_tips: tuple[QPointF, ...]  # for stretching and the toe joints
    middle_x: float  # the foot's lengthwise middle (toes are pulled away from it)
    foot_key: tuple[Foot, View]

    def span_at(self, y: float) -> tuple[float, float]:
        """The worked area's width at a height, kept a marker's width inside the foot."""
        return _span(_outline_edges(self.foot_key), y, self.area)


def tracks(foot: Foot, view: View, zones: tuple[str, ...], lanes: int = 0) -> Tracks:
    """The motion geometry for a step's zones on one foot's view (``lanes``: 0 chooses one or
    two by the area's width)."""
    return _tracks(foot, view, tuple(zones), lanes)


@lru_cache(maxsize=32)
def _tracks(foot: Foot, view: View, zones: tuple[str, ...], lanes: int) -> Tracks:
    art = load_art(foot, view)
    paths = [art.zones[z] for z in zones if z in art.zones]
    outline = art.outline.boundingRect()
    if paths:
        area = paths[0].boundingRect()
        for path in paths[1:]:
            area = area.united(path.boundingRect())
    else:  # no zones: the foot without its toe tips and the top view's leg
        area = QRectF(outline.left(), outline.top() + 100, outline.width(), outline.height() - 110)
    count = lanes or (2 if area.width() > 60 else 1)
    poly = _outline_edges((foot, view))
    # Lanes run from where the toes join the foot: a hand glides over the toes, not between.
    floor = max((t.y() for t in art.toe_tips), default=area.top()) + 30
    lane_area = QRectF(area)
    if area.bottom() - floor > 60:
        lane_area.setTop(max(area.top(), floor))
    built = tuple(
        _lane(poly, lane_area, (k + 1) / (count + 1)) for k in range(count) if area.height() > 0
    )
    biggest = sorted(
        paths, key=lambda q: q.boundingRect().width() * q.boundingRect().height(), reverse=True
    )
    centres = tuple(zone_centre(q) for q in biggest[:6]) or (area.center(),)
    smallest = min(
        (min(q.boundingRect().width(), q.boundingRect().height()) for q in paths), default=40.0
    )
    return Tracks(
        area=area,
        lanes=built,
        lane_points=tuple(
            tuple(lane.pointAtPercent(k / LANE_POINTS) for k in range(LANE_POINTS + 1))
            for lane in built
        ),
        centres=centres,
        circle_radius=max(min(16.0, smallest * 0.36), 8.0),
        toe_tips=art.toe_tips,
        middle_x=outline.center().x(),
        foot_key=(foot, view),
    )


# The outline's edges as plain floats (ay, by, ax, bx), lowest end first: _span walks them for
# every lane sample, and a wrapped QPointF per vertex made a step's tracks cost 17 ms.
_Edges = tuple[tuple[float, float, float, float], ...]


@lru_cache(maxsize=4)
def _outline_edges(key: tuple[Foot, View]) -> _Edges:
    art: FootArt = load_art(*key)
    poly = art.outline.toFillPolygon()
    pts = [(poly.at(i).x(), poly.at(i).y()) for i in range(poly.size())]
    return tuple(
        (ay, by, ax, bx)
        for (ax, ay), (bx, by) in itertools.pairwise([*pts, pts[0]])
        if ay != by  # a level edge never crosses a height
    )


def _span(edges: _Edges, y: float, area: QRectF) -> tuple[float, float]:
    """Where the outline crosses height y, narrowed to the area and a marker inside the foot."""
    xs = [
        ax + (bx - ax) * (y - ay) / (by - ay)
        for ay, by, ax, bx in edges
        if (ay <= y < by) or (by <= y < ay)
    ]
    lo, hi = (min(xs), max(xs)) if xs else (area.left(), area.right())
    keep = MARKER * 1.7  # the marker's widest ring stays on the foot and in the area
    lo, hi = max(lo + keep, area.left() + keep), min(hi - keep, area.right() - keep)
    if lo > hi:
        lo = hi = (lo + hi) / 2
    return lo, hi


def _lane(poly: _Edges, area: QRectF, u: float) -> QPainterPath:
    """A lengthwise line a fraction u across the foot, toe end first, following its shape."""
    top = area.top() + max(area.height() * 0.08, MARKER * 1.7 + 1)
    bottom = area.bottom() - max(area.height() * 0.08, MARKER * 1.7 + 1)
    if bottom < top:
        top = bottom = area.center().y()
    path = QPainterPath()
    for k in range(LANE_SAMPLES + 1):
        y = top + (bottom - top) * k / LANE_SAMPLES
        lo, hi = _span(poly, y, area)
        point = QPointF(lo + (hi - lo) * u, y)
        if k == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    return _smoothed(path)


def _smoothed(path: QPainterPath) -> QPainterPath:
    """The polyline drawn as quadratic curves through its midpoints (no visible corners)."""
    pts = [path.elementAt(i) for i in range(path.elementCount())]
    if len(pts) < 3:
        return path
    out = QPainterPath(QPointF(pts[0].x, pts[0].y))
    for a, b in itertools.pairwise(pts[1:]):
        out.quadTo(QPointF(a.x, a.y), QPointF((a.x + b.x) / 2, (a.y + b.y) / 2))
    out.lineTo(QPointF(pts[-1].x, pts[-1].y))
    return out


def marker_px(scale: float) -> float:
    """The marker's radius on screen, for a foot drawn ``scale`` pixels to the unit."""
    return max(MIN_MARKER_PX, MARKER * scale)


def circle_radius(t: Tracks, scale: float) -> float:
    """The circles' radius in view-box units: at least 13 px on screen, to stay readable."""
    return max(t.circle_radius, 13.0 / scale)


def inside(t: Tracks, centres: tuple[QPointF, ...], reach: float) -> tuple[QPointF, ...]:
    """The centres moved just enough that anything within ``reach`` of them stays in the
    worked area (a circle near the foot's edge would otherwise run off the foot)."""
    box = t.area.adjusted(reach, reach, -reach, -reach)
    if box.width() < 0 or box.height() < 0:
        return tuple(t.area.center() for _ in centres)
    return tuple(
        QPointF(min(max(c.x(), box.left()), box.right()), min(max(c.y(), box.top()), box.bottom()))
        for c in centres
    )


def circle_centres(t: Tracks, scale: float) -> tuple[QPointF, ...]:
    """Where the circles turn: the biggest zones' middles, with the circle and its marker
    inside the worked area, and never two circles overlapping (the later one is left out)."""
    radius = circle_radius(t, scale)
    marker = (0.7 * marker_px(scale) + 3.0) / scale
    kept: list[QPointF] = []
    for c in inside(t, t.centres[:4], radius + marker):
        if all((c.x() - k.x()) ** 2 + (c.y() - k.y()) ** 2 >= (2.4 * radius) ** 2 for k in kept):
            kept.append(c)
    return tuple(kept)


def press_centres(t: Tracks, scale: float) -> tuple[QPointF, ...]:
    """Where a thumb presses: the biggest zones' middles, its widest ring inside the area."""
    return inside(t, t.centres, (2.1 * marker_px(scale) + 3.0) / scale)


def toe_joints(t: Tracks, view: View) -> tuple[QPointF, ...]:
    """Two joints down each toe, big toe first from the chart's middle (one on the big toe)."""
    out: list[QPointF] = []
    for tip in t.toe_tips:
        length = max(30.0, 112.0 - tip.y()) if view is View.SOLE else max(30.0, 118.0 - tip.y())
        big = tip.y() <= min(p.y() for p in t.toe_tips) + 0.5
        for f in (0.55,) if big else (0.34, 0.68):
            out.append(QPointF(tip.x(), tip.y() + length * f))
    return tuple(out)
