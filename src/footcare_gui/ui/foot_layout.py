"""Where the feet go on the canvas: the arrangement that draws them largest, and the part of
the canvas a composed frame covers (plain arithmetic on rectangles)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize

from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.foot_art import VIEWBOX

ASPECT = VIEWBOX.height() / VIEWBOX.width()


@dataclass(frozen=True, slots=True)
class Cell:
    """Where one foot's view is drawn, in canvas coordinates."""

    foot: Foot
    view: View
    rect: QRectF


def layout(size: QSize, views: tuple[View, ...], label_h: float, caption_h: float) -> list[Cell]:
    """Place each foot's views: the arrangement that draws the feet largest wins.

    One view: the two feet side by side, left foot on the left. Both views: either a soles row
    above a tops row, or one row "left top, left sole, right sole, right top" (soles in the
    middle as charts show them) when the space is wide.
    """
    w, h = size.width(), size.height()
    pad = 8.0
    pair_gap, foot_gap, row_gap = 0.12, 0.34, 0.06  # in foot widths
    captions = caption_h if len(views) > 1 else 0.0
    options: list[tuple[float, list[tuple[Foot, View, float, int]]]] = []
    if len(views) == 1:
        v = views[0]
        options.append((2 + foot_gap, [(Foot.LEFT, v, 0, 0), (Foot.RIGHT, v, 1 + foot_gap, 0)]))
    else:
        s, t = View.SOLE, View.TOP
        wide = [
            (Foot.LEFT, t, 0.0, 0),
            (Foot.LEFT, s, 1 + pair_gap, 0),
            (Foot.RIGHT, s, 2 + pair_gap + foot_gap, 0),
            (Foot.RIGHT, t, 3 + 2 * pair_gap + foot_gap, 0),
        ]
        grid = [
            (Foot.LEFT, s, 0.0, 0),
            (Foot.RIGHT, s, 1 + foot_gap, 0),
            (Foot.LEFT, t, 0.0, 1),
            (Foot.RIGHT, t, 1 + foot_gap, 1),
        ]
        options += [(4 + 2 * pair_gap + foot_gap, wide), (2 + foot_gap, grid)]
    best: tuple[float, float, list[tuple[Foot, View, float, int]]] | None = None
    for units_w, cells in options:
        rows = 1 + max(c[3] for c in cells)
        room_h = h - 2 * pad - label_h - rows * captions
        fw = min((w - 2 * pad) / units_w, room_h / (rows * ASPECT + (rows - 1) * row_gap))
        if best is None or fw > best[0]:
            best = (fw, units_w, cells)
    assert best is not None
    fw, units_w, cells = best
    fw = max(fw, 1.0)
    fh = fw * ASPECT
    rows = 1 + max(c[3] for c in cells)
    block_w = units_w * fw
    block_h = label_h + rows * (fh + captions) + (rows - 1) * row_gap * fw
    x0, y0 = (w - block_w) / 2, (h - block_h) / 2 + label_h
    return [
        Cell(foot, view, QRectF(x0 + dx * fw, y0 + row * (fh + captions + row_gap * fw), fw, fh))
        for foot, view, dx, row in cells
    ]


def drawn_area(
    cells: list[Cell],
    size: QSize,
    dpr: float,
    *,
    label_h: float,
    captions: float,
    widest_label: float,
) -> tuple[int, int, int, int]:
    """The part of the canvas a frame draws on, in device pixels: left, top, width, height.

    The feet with their labels and captions (``widest_label``: the widest foot label or view
    caption, centred on its foot); on a wide canvas that is half of it or less.
    """
    # Highlight outlines and motion glyphs reach a little past a foot's box.
    m = max(8.0, cells[0].rect.width() * 0.1)
    area = QRectF()
    for c in cells:
        area = area.united(c.rect.adjusted(-m, -label_h - m, m, captions + m))
    for c in cells:
        x = c.rect.center().x()
        area = area.united(QRectF(x - widest_label / 2 - m, c.rect.top(), widest_label + 2 * m, 1))
    area = area.intersected(QRectF(0, 0, size.width(), size.height()))
    left, top = math.floor(area.left() * dpr), math.floor(area.top() * dpr)
    right, bottom = math.ceil(area.right() * dpr), math.ceil(area.bottom() * dpr)
    return left, top, max(1, right - left), max(1, bottom - top)
