"""Where the foot map puts its drawings and every zone's label.

One row, as charts show them: each top view outside, the soles in the middle with their big
toes toward each other, and a column of labels on each side of each sole (or each top view
under its sole, when that draws the soles larger). A sole's zone is labelled on the side
nearer to it (inner or outer), beside its height, with a leader line to it; the columns are
spread so that no two labels overlap. A top view's four bands are wide enough to carry their
names inside, with no leader. A narrow canvas shows one foot, or one view (see ``shown``).
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
HEAD = 28.0  # the feet's names above, the views' names below

Key = tuple[Foot, View, str]  # one zone as drawn on one foot's view
Shown = tuple[tuple[Foot, View], ...]  # the views a map shows, in map order
MAP_ORDER: Shown = (
    (Foot.LEFT, View.TOP),
    (Foot.LEFT, View.SOLE),
    (Foot.RIGHT, View.SOLE),
    (Foot.RIGHT, View.TOP),
)
TOP_COLUMN = {Foot.LEFT: 4, Foot.RIGHT: 5}  # a top view's labels, for the keyboard


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
    panels: dict[Foot, QRectF]  # each foot's part of the canvas: its views and its labels
    scale: float  # the width the main drawing got (a sole's, or a top view's drawn alone)


def anchors(foot: Foot, view: View, rect: QRectF) -> dict[str, QPointF]:
    """A point inside each zone drawn on a view, in canvas coordinates."""
    art = load_art(foot, view)
    t = view_transform(rect)
    return {z: t.map(zone_centre(art.zones[z])) for z in drawn_on(foot, view)}


def one_foot(foot: Foot) -> Shown:
    """A foot's two views, in map order."""
    return tuple(part for part in MAP_ORDER if part[0] is foot)


def map_layout(
    size: QSizeF,
    column_w: float,
    label_size: Callable[[Key, float], QSizeF],
    shown: Shown = MAP_ORDER,
    top_min: float = 0.0,
) -> MapLayout:
    """Place the shown views and their labels in a canvas (``label_size``: a label's size when
    it may be at most the given width; ``top_min``: the narrowest a top view may be drawn, for
    its longest word). Of the two arrangements, the one that draws the soles larger: one row
    with each top view outside its sole (wide canvases), or each top view under its sole."""
    w, h = size.width(), size.height()
    soles = [f for f, v in shown if v is View.SOLE]
    if not soles:  # a top view alone, as large as it fits
        ((foot, _),) = shown
        top_w = max(min(w - 2 * MARGIN, (h - 2 * MARGIN - 2 * HEAD) / ASPECT), 40.0)
        y = max(MARGIN + HEAD, (h - top_w * ASPECT) / 2)
        rect = QRectF((w - top_w) / 2, y, top_w, top_w * ASPECT)
        alone = _top_labels(foot, rect, TOP_COLUMN[foot], label_size)
        return MapLayout((MapCell(foot, View.TOP, rect),), tuple(alone), {foot: rect}, top_w)
    n, t = len(soles), len(shown) - len(soles)
    fixed = 2 * MARGIN + 2 * n * column_w
    row = (w - fixed - (n - 1 + t) * GAP) / (n + t * TOP_SCALE)
    if row * TOP_SCALE < top_min:
        row = (w - fixed - (n - 1 + t) * GAP - t * top_min) / n
    row = min(row, (h - 2 * MARGIN - 2 * HEAD) / ASPECT)
    stacked = 0.0
    if t:
        room = (h - 2 * MARGIN - 3 * HEAD - GAP) / ASPECT  # a sole's and its top's widths
        tall = room / (1 + TOP_SCALE)
        if tall * TOP_SCALE < top_min:  # the top at its narrowest
            tall = room - top_min
        stacked = min((w - fixed - (n - 1) * GAP) / n, tall)
    sole_w = max(row, stacked, 40.0)
    in_row = row >= stacked
    top_w = max(sole_w * TOP_SCALE, top_min)
    sole_h, top_h = sole_w * ASPECT, top_w * ASPECT
    widths = {"top": top_w, "gap": GAP, "column": column_w, "sole": sole_w}
    parts: list[tuple[Foot, str]] = []
    for foot in dict.fromkeys(soles):
        if parts:
            parts.append((foot, "gap"))
        side = ["top", "gap", "column", "sole", "column"]
        if (foot, View.TOP) not in shown or not in_row:
            side = side[2:]
        parts += [(foot, p) for p in (side if foot is Foot.LEFT else side[::-1])]
    x = max(MARGIN, (w - sum(widths[p] for _, p in parts)) / 2)
    block_h = sole_h if in_row else sole_h + HEAD + GAP + top_h
    y_sole = max(MARGIN + HEAD, (h - block_h) / 2)
    rects: dict[tuple[Foot, str], list[QRectF]] = {}
    for foot, p in parts:
        r = QRectF(x, y_sole, widths[p], sole_h)
        if p == "column":
            r = QRectF(x, MARGIN, column_w, h - 2 * MARGIN)
        elif p == "top":
            r = QRectF(x, y_sole + (sole_h - top_h) / 2, top_w, top_h)
        rects.setdefault((foot, p), []).append(r)
        x += widths[p]
    cells: list[MapCell] = []
    labels: list[Label] = []
    panels: dict[Foot, QRectF] = {}
    for foot in dict.fromkeys(soles):
        sole = rects[(foot, "sole")][0]
        left_col, right_col = rects[(foot, "column")]
        # The left sole's outer side is its left (column 0), the right sole's its right (3).
        outer, inner = (0, 1) if foot is Foot.LEFT else (3, 2)
        outer_col, inner_col = (left_col, right_col) if foot is Foot.LEFT else (right_col, left_col)
        labels += _sole_labels(foot, sole, outer_col, inner_col, outer, inner, label_size)
        cells.append(MapCell(foot, View.SOLE, sole))
        panels[foot] = sole.united(left_col).united(right_col)
        if (foot, View.TOP) in shown:
            if in_row:
                top = rects[(foot, "top")][0]
            else:  # under its sole, centred
                x = sole.center().x() - top_w / 2
                top = QRectF(x, sole.bottom() + HEAD + GAP, top_w, top_h)
            labels += _top_labels(foot, top, TOP_COLUMN[foot], label_size)
            cells.append(MapCell(foot, View.TOP, top))
            panels[foot] = panels[foot].united(top)
    order = {part: i for i, part in enumerate(MAP_ORDER)}
    cells.sort(key=lambda c: order[(c.foot, c.view)])
    return MapLayout(tuple(cells), tuple(labels), panels, sole_w)


def tallest_column(column_w: float, label_size: Callable[[Key, float], QSizeF]) -> float:
    """The height of the tallest column of a sole's labels, one under another."""
    need = 0.0
    for foot in Foot:
        points = anchors(foot, View.SOLE, VIEWBOX)
        # Inner is toward the chart's middle: the left sole's right side, the right sole's left.
        mid = VIEWBOX.center().x()
        inner = {z for z, p in points.items() if (p.x() > mid) == (foot is Foot.LEFT)}
        for side in (inner, set(points) - inner):
            zones = sorted(side)
            heights = [label_size((foot, View.SOLE, z), column_w - 10).height() for z in zones]
            need = max(need, sum(heights) + LABEL_GAP * (len(heights) - 1))
    return need


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
