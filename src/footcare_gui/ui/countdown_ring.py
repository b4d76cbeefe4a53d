"""The big countdown: a ring that empties with the step, and the time left as m:ss."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from footcare_gui.core.i18n import translate
from footcare_gui.core.texts import format_clock

PIECE = 15.0  # degrees: the arc is drawn in pieces of this size (see _arc)


class CountdownRing(QWidget):
    """Paints only when the shown second or the ring's visible length changes, and then only
    the part that changed: the time's text and the piece of the arc between its old and new
    end. It paints its own background, so the page under it is not repainted each second."""

    RING_STEPS = 720  # half-degree resolution: finer changes are invisible

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(140, 140)
        self.setAccessibleName(translate("CountdownRing", "Time left in this step"))
        self._text = "0:00"
        self._caption = ""
        self._steps = self.RING_STEPS
        self._dimmed = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._text_boxes: dict[tuple[object, ...], QRect] = {}

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def text(self) -> str:
        return self._text

    def caption(self) -> str:
        return self._caption

    def set_time(
        self, remaining: float, duration: float, *, caption: str = "", dimmed: bool = False
    ) -> None:
        """Show ``remaining`` of ``duration`` seconds; repaint only if something visible changed."""
        text = format_clock(remaining)
        fraction = 0.0 if duration <= 0 else min(1.0, max(0.0, remaining / duration))
        steps = round(fraction * self.RING_STEPS)
        if (text, steps, caption, dimmed) == (self._text, self._steps, self._caption, self._dimmed):
            return
        if (caption, dimmed) != (self._caption, self._dimmed):
            self.update()  # a new state: all of it
        else:
            if text != self._text:
                self.update(self._text_rect(self._text).united(self._text_rect(text)))
            if steps != self._steps:
                self.update(self._arc_rect(self._steps, steps))
        self._text, self._steps, self._caption, self._dimmed = text, steps, caption, dimmed
        if caption:
            left = translate("CountdownRing", "{time} left, {caption}")
        else:
            left = translate("CountdownRing", "{time} left")
        self.setAccessibleDescription(left.format(time=text, caption=caption))

    def _ring(self) -> tuple[QRectF, float, float]:
        """The ring's rectangle (its pen's middle), the pen width and the side."""
        side = min(self.width(), self.height())
        pen_width = max(6.0, side * 0.045)
        rect = QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
        return rect, pen_width, side

    def _time_font(self, text: str, side: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(12, round(side * (0.24 if len(text) <= 5 else 0.18))))
        font.setWeight(QFont.Weight.DemiBold)
        font.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: digits do not jiggle
        return font

    def _text_rect(self, text: str) -> QRect:
        """Where the time's text is drawn: the same for every time of its length (tabular
        figures), so it is worked out once per size and length."""
        shape = "".join("0" if c.isdigit() else c for c in text)
        key = (self.width(), self.height(), self.font().key(), shape)
        box = self._text_boxes.get(key)
        if box is None:
            rect, _pen, side = self._ring()
            fm = QFontMetrics(self._time_font(text, side))
            widest = max((shape.replace("0", d) for d in "0123456789"), key=fm.horizontalAdvance)
            box = fm.boundingRect(rect.toRect(), Qt.AlignmentFlag.AlignCenter, widest)
            box = box.adjusted(-3 - fm.averageCharWidth(), -3, 3 + fm.averageCharWidth(), 3)
            if len(self._text_boxes) > 8:
                self._text_boxes.clear()
            self._text_boxes[key] = box
        return box

    def _arc_rect(self, a: int, b: int) -> QRect:
        """Where the arc's end moves from a to b steps (its round cap included)."""
        rect, pen_width, _side = self._ring()
        c, r = rect.center(), rect.width() / 2
        per_piece = PIECE * self.RING_STEPS / 360
        hi = float(max(a, b))
        lo = math.floor(min(a, b) / per_piece) * per_piece  # the last piece is drawn anew
        turns = [lo + (hi - lo) * k / 8 for k in range(9)]  # fine enough: the box is grown
        points = [
            c
            + QPointF(
                math.sin(t / self.RING_STEPS * math.tau), -math.cos(t / self.RING_STEPS * math.tau)
            )
            * r
            for t in turns
        ]
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        grow = pen_width / 2 + r * math.tau / 8 * (hi - lo) / self.RING_STEPS / 8 + 3
        box = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        return box.adjusted(-grow, -grow, grow, grow).toAlignedRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        rect, pen_width, side = self._ring()
        pal = self.palette()
        track = pal.color(QPalette.ColorRole.Mid)
        accent = pal.color(QPalette.ColorRole.Highlight)
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        if self._dimmed:
            accent = QColor(accent)
            accent.setAlphaF(0.45)
        p = QPainter(self)
        p.fillRect(event.rect(), pal.color(QPalette.ColorRole.Window))  # opaque: see above
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(track, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawEllipse(rect)
        if self._steps:
            p.setPen(QPen(accent, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            # Qt angles are 1/16 degree, counter-clockwise from 3 o'clock; start at 12 o'clock
            # and shrink clockwise, like a clock hand sweeping away the time.
            p.drawPath(_arc(rect, self._steps * 360 / self.RING_STEPS))
        p.setFont(self._time_font(self._text, side))
        p.setPen(text_colour)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._caption:
            small = QFont(self.font())
            small.setPixelSize(max(10, round(side * 0.065)))
            p.setFont(small)
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            below = QRectF(rect.left(), rect.center().y() + side * 0.15, rect.width(), side * 0.1)
            p.drawText(below, Qt.AlignmentFlag.AlignCenter, self._caption)
        p.end()


def _arc(rect: QRectF, degrees: float) -> QPainterPath:
    """The arc from 12 o'clock, ``degrees`` clockwise, built of whole ``PIECE``-degree pieces
    and one last part: the pieces are the same curves every second, so the pixels before the
    last piece come out exactly the same and only the last piece needs repainting."""
    path = QPainterPath()
    path.arcMoveTo(rect, 90)
    done = 0.0
    while done < degrees:
        piece = min(PIECE, degrees - done)
        path.arcTo(rect, 90 - done, -piece)
        done += piece
    return path
