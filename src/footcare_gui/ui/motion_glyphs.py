"""MotionPainter: how the hands move, drawn as still glyphs over the feet (strokes, circles,
stretches and presses), in view-box units."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from footcare_gui.ui.foot_colours import FootColours


def _arrow_head(p: QPainter, tip: QPointF, direction: QPointF, size: float) -> None:
    length = (direction.x() ** 2 + direction.y() ** 2) ** 0.5 or 1.0
    ux, uy = direction.x() / length, direction.y() / length
    back = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    left = QPointF(back.x() - uy * size * 0.6, back.y() + ux * size * 0.6)
    right = QPointF(back.x() + uy * size * 0.6, back.y() - ux * size * 0.6)
    head = QPainterPath(tip)
    head.lineTo(left)
    head.lineTo(right)
    head.closeSubpath()
    p.drawPath(head)


class MotionPainter:
    """Draws how the hands move: strokes, circles, stretches and presses (view-box units)."""

    def __init__(self, p: QPainter, colours: FootColours, scale: float) -> None:
        self.p, self.c, self.unit = p, colours, 1.0 / scale  # one logical pixel in view units

    def _pens(self, width_px: float) -> tuple[QPen, QPen]:
        # A halo in the skin colour keeps the ink readable over hatch and outline alike.
        halo = QPen(self.c.skin, (width_px + 4) * self.unit)
        ink = QPen(self.c.text, width_px * self.unit)
        for pen in (halo, ink):
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return halo, ink

    def _draw(
        self,
        path: QPainterPath,
        heads: list[tuple[QPointF, QPointF]],
        px: float,
        *,
        dashed: bool = False,
    ) -> None:
        halo, ink = self._pens(px)
        head = 3.4 * px * self.unit
        for pen in (halo, ink):
            if dashed:  # short steps with round ends; the halo's longer dashes frame them
                width = pen.widthF()
                gap = 2.6 * px * self.unit / width
                dash = 1.6 * px * self.unit / width
                pen.setDashPattern([dash + 4 * (pen is halo) * self.unit / width, gap])
            self.p.setPen(pen)
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawPath(path)
            self.p.setBrush(pen.color())
            for tip, d in heads:
                _arrow_head(self.p, tip, d, head)

    def lanes(
        self,
        lanes: Sequence[QPainterPath],
        *,
        toward_toes: bool,
        both_ways: bool = False,
        steps: bool = False,
    ) -> None:
        """Arrows along the foot (toe end first in each lane), pointing the way the hands
        travel; ``steps``: a row of short steps, for a thumb walking along."""
        path = QPainterPath()
        heads = []
        for lane in lanes:
            path.addPath(lane)
            ends = [(1.0, 0.97)] if not toward_toes else [(0.0, 0.03)]
            if both_ways:
                ends = [(1.0, 0.97), (0.0, 0.03)]
            for at, before in ends:
                tip, back = lane.pointAtPercent(at), lane.pointAtPercent(before)
                push = tip - back
                length = (push.x() ** 2 + push.y() ** 2) ** 0.5 or 1.0
                tip = tip + push * (2 * self.unit / length)
                heads.append((tip, push))
        self._draw(path, heads, 3.0 if not steps else 2.6, dashed=steps)

    def circles(self, centres: list[QPointF], radius: float) -> None:
        """Small circular arrows: work in little circles here."""
        path = QPainterPath()
        heads = []
        for c in centres:
            box = QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius)
            path.arcMoveTo(box, 120)
            path.arcTo(box, 120, -290)  # clockwise, leaving a gap for the head
            end = path.currentPosition()
            heads.append((end, _tangent(c, end)))
        self._draw(path, heads, 2.0)

    def stretches(self, tips: tuple[QPointF, ...], centre_x: float) -> None:
        """Arrows pulling each toe gently away from the foot."""
        path = QPainterPath()
        heads = []
        for t in tips:
            dx = (t.x() - centre_x) * 0.12
            start = QPointF(t.x(), t.y() + 4)
            end = QPointF(t.x() + dx, t.y() - 12)
            path.moveTo(start)
            path.lineTo(end)
            heads.append((end, end - start))
        self._draw(path, heads, 2.2)

    def joints(self, joints: Sequence[QPointF]) -> None:
        """A small ring on each toe joint: press softly around each in turn."""
        halo, ink = self._pens(1.6)
        for c in joints:
            for pen in (halo, ink):
                self.p.setPen(pen)
                self.p.setBrush(Qt.BrushStyle.NoBrush)
                self.p.drawEllipse(c, 4.2 * self.unit, 4.2 * self.unit)

    def presses(self, centres: list[QPointF]) -> None:
        """A dot with a ring: press and hold here."""
        halo, ink = self._pens(2.0)
        for c in centres:
            for pen in (halo, ink):
                self.p.setPen(pen)
                self.p.setBrush(Qt.BrushStyle.NoBrush)
                self.p.drawEllipse(c, 7 * self.unit * 1.6, 7 * self.unit * 1.6)
                self.p.setBrush(pen.color())
                self.p.drawEllipse(c, 3.2 * self.unit * 1.6, 3.2 * self.unit * 1.6)


def _tangent(c: QPointF, end: QPointF) -> QPointF:
    """The direction of travel at the end of a clockwise (on screen) circular arc."""
    rx, ry = end.x() - c.x(), end.y() - c.y()
    return QPointF(-ry, rx)
