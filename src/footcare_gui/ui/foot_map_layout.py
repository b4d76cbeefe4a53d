"""Where the foot map puts the four drawings and every zone's label.

One row, as charts show them: each top view outside, the soles in the middle with their big
toes toward each other, and a column of labels on each side of each sole. A sole's zone is
labelled on the side nearer to it (inner or outer), beside its height, with a leader line to
it; the columns are spread so that no two labels overlap. A top view's four bands are wide
enough to carry their names inside, with no leader.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF

from footcare_gui.core.foot_map import drawn_on, spread
from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.foot_art import VIEWBOX, load_art, view_transform, zone_centre

ASPECT = VIEWBOX.height() / VIEWBOX.width()
TOP_SCALE = 0.6  # the top views are drawn smaller: they have four zones, the soles nineteen
GAP = 14.0
MARGIN = 10.0
LABEL_GAP = 4.0

Key = tuple[Foot, View, str]  # one zone as drawn on one foot's view


@dataclass(frozen=True)
class MapCell:
    """One foot's view on the map, in canvas coordinates."""

    foot: Foot
    view: View
    rect: QRectF


@dataclass(frozen=True)
class Label:
    """Where one zone's name goes, and the point of the zone its leader line reaches."""

    key: Key
    rect: QRectF
    anchor: QPointF
    column: int  # 0..5 left to right: keyboard arrows move within and between columns
    leader: bool


@dataclass(frozen=True)
class MapLayout:
    cells: tuple[MapCell, ...]
    labels: tuple[Label, ...]
    columns: tuple[QRectF, ...]  # where each column of labels may go
    panels: dict[Foot, QRectF]  # each foot's part of the canvas: its views and its labels


def anchors(foot: Foot, view: View, rect: QRectF) -> dict[str, QPointF]:
    """A point inside each zone drawn on a view, in canvas coordinates."""
    art = load_art(foot, view)
    t = view_transform(rect)
    return {z: t.map(zone_centre(art.zones[z])) for z in drawn_on(foot, view)}


def map_layout(
    size: QSizeF, column_w: float, label_size: Callable[[Key, float], QSizeF]
) -> MapLayout:
    """Place the drawings and labels in a canvas (``label_size``: a label's size when it may
    be at most the given width). Of the two arrangements, the one that draws the soles larger:
    one row with the top views outside (wide canvases), or each top view under its sole."""
    w, h = size.width(), size.height()
    head = 28.0  # the feet's names above, the views' names below
    room_w = w - 2 * MARGIN - 4 * column_w
    row = min((room_w - 3 * GAP) / (2 + 2 * TOP_SCALE), (h - 2 * MARGIN - 2 * head) / ASPECT)
    stacked = min(
        (room_w - GAP) / 2, (h - 2 * MARGIN - 3 * head - GAP) / (ASPECT * (1 + TOP_SCALE))
    )
    sole_w = max(row, stacked, 40.0)
    top_w = sole_w * TOP_SCALE
    sole_h, top_h = sole_w * ASPECT, top_w * ASPECT
    in_row = row >= stacked
    tops_w = 2 * (top_w + GAP) if in_row else 0.0
    total = 2 * sole_w + 4 * column_w + GAP + tops_w
    x = max(MARGIN, (w - total) / 2)
    block_h = sole_h if in_row else sole_h + head + GAP + top_h
    y_sole = max(MARGIN + head, (h - block_h) / 2)

    def advance(width: float) -> float:
        nonlocal x
        start = x
        x += width
        return start

    if in_row:
        l_top = QRectF(advance(top_w), y_sole + (sole_h - top_h) / 2, top_w, top_h)
        advance(GAP)
    col0 = QRectF(advance(column_w), MARGIN, column_w, h - 2 * MARGIN)
    l_sole = QRectF(advance(sole_w), y_sole, sole_w, sole_h)
    col1 = QRectF(advance(column_w), MARGIN, column_w, h - 2 * MARGIN)
    advance(GAP)
    col2 = QRectF(advance(column_w), MARGIN, column_w, h - 2 * MARGIN)
    r_sole = QRectF(advance(sole_w), y_sole, sole_w, sole_h)
    col3 = QRectF(advance(column_w), MARGIN, column_w, h - 2 * MARGIN)
    if in_row:
        advance(GAP)
        r_top = QRectF(advance(top_w), y_sole + (sole_h - top_h) / 2, top_w, top_h)
    else:  # under the soles, each centred under its own
        y_top = y_sole + sole_h + head + GAP
        l_top = QRectF(l_sole.center().x() - top_w / 2, y_top, top_w, top_h)
        r_top = QRectF(r_sole.center().x() - top_w / 2, y_top, top_w, top_h)
    cells = (
        MapCell(Foot.LEFT, View.TOP, l_top),
        MapCell(Foot.LEFT, View.SOLE, l_sole),
        MapCell(Foot.RIGHT, View.SOLE, r_sole),
        MapCell(Foot.RIGHT, View.TOP, r_top),
    )
    labels: list[Label] = []
    # The left sole's outer side is its left (column 0), the right sole's its right (column 3).
    columns = (col0, col1, col2, col3)
    for foot, sole, outer, inner in ((Foot.LEFT, l_sole, 0, 1), (Foot.RIGHT, r_sole, 3, 2)):
        labels += _sole_labels(foot, sole, columns[outer], columns[inner], outer, inner, label_size)
    for foot, top, column in ((Foot.LEFT, l_top, 4), (Foot.RIGHT, r_top, 5)):
        labels += _top_labels(foot, top, column, label_size)
    panels = {
        Foot.LEFT: l_top.united(col0).united(l_sole).united(col1),
        Foot.RIGHT: col2.united(r_sole).united(col3).united(r_top),
    }
    return MapLayout(cells, tuple(labels), columns, panels)


def _top_labels(
    foot: Foot, top: QRectF, column: int, label_size: Callable[[Key, float], QSizeF]
) -> list[Label]:
    """A top view's names inside its bands, spread apart where the bands are thin."""
    points = anchors(foot, View.TOP, top)
    zones = sorted(points, key=lambda z: points[z].y())
    sizes = [label_size((foot, View.TOP, z), top.width() - 6) for z in zones]
    tops = spread(
        [points[z].y() for z in zones],
        [s.height() for s in sizes],
        top.top(),
        top.bottom(),
        LABEL_GAP / 2,
    )
    out = []
    for z, s, y in zip(zones, sizes, tops, strict=True):
        at = points[z]
        box = QRectF(at.x() - s.width() / 2, y, s.width(), s.height())
        box.moveLeft(min(max(box.left(), top.left() + 3), top.right() - 3 - box.width()))
        out.append(Label((foot, View.TOP, z), box, at, column, leader=False))
    return out


def _sole_labels(
    foot: Foot,
    sole: QRectF,
    outer_col: QRectF,
    inner_col: QRectF,
    outer: int,
    inner: int,
    label_size: Callable[[Key, float], QSizeF],
) -> list[Label]:
    points = anchors(foot, View.SOLE, sole)
    mid = sole.center().x()
    # Inner is toward the chart's middle: the left sole's right side, the right sole's left.
    on_inner = {z: (p.x() > mid) == (foot is Foot.LEFT) for z, p in points.items()}
    sides = {
        inner: sorted((z for z in points if on_inner[z]), key=lambda z: points[z].y()),
        outer: sorted((z for z in points if not on_inner[z]), key=lambda z: points[z].y()),
    }
    out: list[Label] = []
    for column, zones in sides.items():
        col = inner_col if column == inner else outer_col
        room = col.width() - 10  # the leader's first few pixels
        sizes = [label_size((foot, View.SOLE, z), room) for z in zones]
        heights = [s.height() for s in sizes]
        tops = spread([points[z].y() for z in zones], heights, col.top(), col.bottom(), LABEL_GAP)
        toward_foot_is_right = col.center().x() < sole.center().x()
        for z, s, y in zip(zones, sizes, tops, strict=True):
            left = col.right() - 4 - s.width() if toward_foot_is_right else col.left() + 4
            box = QRectF(left, y, s.width(), s.height())
            out.append(Label((foot, View.SOLE, z), box, points[z], column, leader=True))
    return out
