"""How the feet felt before and after, over the calendar's 26 weeks: each evening's faces as
dots, and each week's mean as a line (before: dashed, muted; after: solid, in the accent).

Drawn with QPainter rather than QtCharts: two short series on a fixed 1-5 scale need no chart
engine, and QtCharts would load a 10 MiB library and its Python module when the page opens,
and need its own theming to match Light, Dark and Night.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from footcare_gui.core.history_record import FEELS
from footcare_gui.core.history_view import HistoryOverview
from footcare_gui.ui.feel_row import draw_face
from footcare_gui.ui.history_calendar import mix

CONTEXT = "FeelPlot"


class FeelPlot(QWidget):
    """The feel-before-and-after plot of the History page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overview: HistoryOverview | None = None
        self.month_names: dict[int, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)  # a small window in a long language: the rest first
        self.setAccessibleName(
            QCoreApplication.translate("FeelPlot", "How your feet felt before and after")
        )

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    def set_overview(self, overview: HistoryOverview) -> None:
        self._overview = overview
        self.update()

    @property
    def empty(self) -> bool:
        return self._overview is None or not self._overview.feel

    def _area(self) -> QRectF:
        fm = self.fontMetrics()
        face = fm.height() * 1.1
        return QRectF(
            face + fm.height() * 0.8,
            fm.height() * 1.8,
            self.width() - face - fm.height() * 1.2,
            self.height() - fm.height() * 3.4,
        )

    def _x(self, area: QRectF, day: date, half_day: float = 0.5) -> float:
        o = self._overview
        assert o is not None
        span = (o.last_day - o.first_day).days + 1
        return area.left() + area.width() * ((day - o.first_day).days + half_day) / span

    @staticmethod
    def _y(area: QRectF, feel: float) -> float:
        return area.bottom() - area.height() * (feel - 1) / 4

    def paintEvent(self, event: QPaintEvent) -> None:
        o = self._overview
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        track = pal.color(QPalette.ColorRole.Mid)
        accent = pal.color(QPalette.ColorRole.Highlight)
        before_colour = mix(muted, text, 0.15)
        fm = self.fontMetrics()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._area()
        face = fm.height() * 1.1
        for feel in FEELS:
            y = self._y(area, feel)
            p.setPen(QPen(track, 1))
            p.drawLine(QLineF(area.left(), y, area.right(), y))
            draw_face(p, QRectF(0, y - face / 2, face, face), feel, muted, None)
        if o is None or self.empty:
            p.setPen(muted)
            note = QCoreApplication.translate(
                "FeelPlot",
                "Choose a face before and after a session, and how your feet feel shows here.",
            )
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            p.drawText(area.adjusted(8, 0, -8, 0), int(flags), note)
            p.end()
            return
        self._draw_months(p, area, muted)
        dot = max(2.5, fm.height() * 0.17)
        for r in o.feel:
            x = self._x(area, r.evening)
            if r.feel_before is not None:
                p.setPen(QPen(before_colour, 1.2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(x, self._y(area, r.feel_before)), dot, dot)
            if r.feel_after is not None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(mix(accent, pal.color(QPalette.ColorRole.Window), 0.35))
                p.drawEllipse(QPointF(x, self._y(area, r.feel_after)), dot, dot)
        self._draw_line(p, area, [(w.start, w.before) for w in o.weekly_feel], before_colour, True)
        self._draw_line(p, area, [(w.start, w.after) for w in o.weekly_feel], accent, False)
        self._draw_legend(p, before_colour, accent)
        p.end()

    def _draw_line(
        self,
        p: QPainter,
        area: QRectF,
        points: list[tuple[date, float | None]],
        colour: QColor,
        dashed: bool,
    ) -> None:
        pen = QPen(colour, max(2.0, self.fontMetrics().height() * 0.16))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        path, drawing = QPainterPath(), False
        for start, value in points:
            if value is None:
                drawing = False  # a week without faces breaks the line
                continue
            at = QPointF(self._x(area, start, 3.5), self._y(area, value))
            if drawing:
                path.lineTo(at)
            else:
                path.moveTo(at)
                drawing = True
        p.drawPath(path)
        p.setBrush(colour)
        for start, value in points:
            if value is not None:
                at = QPointF(self._x(area, start, 3.5), self._y(area, value))
                p.drawEllipse(at, pen.widthF() * 0.9, pen.widthF() * 0.9)

    def _draw_months(self, p: QPainter, area: QRectF, muted: QColor) -> None:
        o = self._overview
        assert o is not None
        fm = self.fontMetrics()
        p.setPen(muted)
        day, last_label = o.first_day, -1e9
        while day <= o.last_day:
            if day.day == 1 or day == o.first_day:
                x = self._x(area, day, 0)
                name = self.month_names.get(day.month, str(day.month))
                if x - last_label > fm.horizontalAdvance(name) + fm.height():
                    p.drawText(QPointF(x, area.bottom() + fm.height() * 1.3), name)
                    last_label = x
            day += timedelta(days=1)

    def _draw_legend(self, p: QPainter, before: QColor, after: QColor) -> None:
        fm = self.fontMetrics()
        words = (
            (QCoreApplication.translate("FeelPlot", "Before"), before, True),
            (QCoreApplication.translate("FeelPlot", "After"), after, False),
        )
        x = self._area().left()
        y = fm.height() * 0.9
        for word, colour, dashed in words:
            pen = QPen(colour, max(2.0, fm.height() * 0.16))
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QLineF(x, y - fm.ascent() / 3, x + fm.height() * 1.4, y - fm.ascent() / 3))
            x += fm.height() * 1.8
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            p.drawText(QPointF(x, y), word)
            x += fm.horizontalAdvance(word) + fm.height() * 1.2
        note = QCoreApplication.translate(
            "FeelPlot",
            "lines: each week's mean · dots: each evening",
        )
        p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        p.drawText(QPointF(x, y), note)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
