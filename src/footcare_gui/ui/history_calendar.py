"""The History page's calendar: the last 26 weeks, a column per week and a row per weekday,
each evening shaded by the minutes done. Drawn with QPainter in the theme's colours;
the arrow keys move a day at a time (Left/Right a week), Home and End jump to the ends,
and a tooltip (or the page's line under it) says what the day holds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from footcare_gui.core.history_view import HistoryOverview, shade_level

CONTEXT = "HistoryCalendar"
SHADES = (0.0, 0.35, 0.6, 0.8, 1.0)  # how far each level goes from the track to the accent
_KEYS = {
    Qt.Key.Key_Left: -7,
    Qt.Key.Key_Right: 7,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -28,
    Qt.Key.Key_PageDown: 28,
}


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour ``t`` of the way from ``a`` to ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def shade_colours(pal: QPalette) -> list[QColor]:
    """The five shades, from no session to the most minutes."""
    track, accent = pal.color(QPalette.ColorRole.Mid), pal.color(QPalette.ColorRole.Highlight)
    return [mix(track, accent, t) for t in SHADES]


@dataclass(frozen=True, slots=True)
class _Grid:
    left: float
    top: float
    pitch: float  # one cell and its gap
    cell: float


class HistoryCalendar(QWidget):
    """A heat map of evenings; :attr:`day_selected` follows the keyboard and the mouse."""

    day_selected = Signal(object)  # a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overview: HistoryOverview | None = None
        self._selected: date | None = None
        self.weekday_names: dict[int, str] = {}  # ISO weekday -> short name (the page's locale)
        self.month_names: dict[int, str] = {}
        self.describe: Callable[[date], str] = lambda d: d.isoformat()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)
        self.setAccessibleName(
            QCoreApplication.translate(
                "HistoryCalendar",
                "Evenings of the last 26 weeks",
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(640, 230)

    # -- data --------------------------------------------------------------------------
    def set_overview(self, overview: HistoryOverview) -> None:
        self._overview = overview
        if self._selected is None or not self._in_range(self._selected):
            self._selected = overview.today
        self._announce()
        self.update()

    @property
    def selected(self) -> date | None:
        return self._selected

    def select(self, day: date) -> None:
        o = self._overview
        if o is None:
            return
        day = min(max(day, o.first_day), o.today)
        if day != self._selected:
            self._selected = day
            self._announce()
            self.update()

    def _in_range(self, day: date) -> bool:
        o = self._overview
        return o is not None and o.first_day <= day <= o.today

    def _announce(self) -> None:
        if self._selected is not None:
            self.setAccessibleDescription(self.describe(self._selected))
            self.day_selected.emit(self._selected)

    # -- geometry ----------------------------------------------------------------------
    def _grid(self) -> _Grid:
        o = self._overview
        weeks = o.weeks if o else 26
        fm = self.fontMetrics()
        names = (fm.horizontalAdvance(n) for n in self.weekday_names.values())
        left = max(names, default=0) + fm.height() * 0.6
        top = fm.height() * 1.5
        bottom = fm.height() * 1.9  # the legend
        pitch = min((self.width() - left - 4) / weeks, (self.height() - top - bottom) / 7)
        pitch = max(pitch, 4.0)
        return _Grid(left, top, pitch, pitch * 0.84)

    def _cell(self, g: _Grid, day: date) -> QRectF:
        assert self._overview is not None
        n = (day - self._overview.first_day).days
        return QRectF(g.left + (n // 7) * g.pitch, g.top + (n % 7) * g.pitch, g.cell, g.cell)

    def day_at(self, pos: QPointF) -> date | None:
        """The day drawn under a point, if any."""
        o = self._overview
        if o is None:
            return None
        g = self._grid()
        col = int((pos.x() - g.left) // g.pitch)
        row = int((pos.y() - g.top) // g.pitch)
        if not (0 <= col < o.weeks and 0 <= row < 7):
            return None
        day = o.first_day + timedelta(days=col * 7 + row)
        return day if day <= o.today else None

    # -- drawing -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        o = self._overview
        if o is None:
            return
        pal = self.palette()
        shades = shade_colours(pal)
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        g = self._grid()
        radius = g.cell * 0.2
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        p.setPen(muted)
        for row in (0, 2, 4, 6):
            iso = (o.first_day + timedelta(days=row)).isoweekday()
            r = QRectF(0, g.top + row * g.pitch, g.left - fm.height() * 0.4, g.cell)
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            p.drawText(r, flags, self.weekday_names.get(iso, ""))
        last_label = -1e9
        for col in range(o.weeks):
            start = o.first_day + timedelta(weeks=col)
            if col and start.month == (start - timedelta(weeks=1)).month:
                continue
            x = g.left + col * g.pitch
            name = self.month_names.get(start.month, str(start.month))
            if x - last_label > fm.horizontalAdvance(name) + fm.height() * 0.5:
                p.drawText(QPointF(x, g.top - fm.height() * 0.45), name)
                last_label = x
        p.setPen(Qt.PenStyle.NoPen)
        day = o.first_day
        while day <= o.today:
            row_data = o.days.get(day)
            p.setBrush(shades[shade_level(row_data.done_s) if row_data else 0])
            p.drawRoundedRect(self._cell(g, day), radius, radius)
            day += timedelta(days=1)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(muted, max(1.0, g.cell / 14)))
        p.drawRoundedRect(self._cell(g, o.today).adjusted(-1, -1, 1, 1), radius, radius)
        if self._selected is not None:
            focus = pal.color(QPalette.ColorRole.Highlight) if self.hasFocus() else text
            width = max(2.0, g.cell / 9)
            p.setPen(QPen(focus, width))
            grow = width / 2 + 1
            box = self._cell(g, self._selected).adjusted(-grow, -grow, grow, grow)
            p.drawRoundedRect(box, radius + grow, radius + grow)
        self._draw_legend(p, g, shades, muted, radius)
        p.end()

    def _draw_legend(
        self, p: QPainter, g: _Grid, shades: list[QColor], muted: QColor, radius: float
    ) -> None:
        fm = self.fontMetrics()
        size = min(g.cell, fm.height() * 0.9)
        less = QCoreApplication.translate("HistoryCalendar", "Fewer minutes")
        more = QCoreApplication.translate("HistoryCalendar", "More")
        assert self._overview is not None
        right = g.left + self._overview.weeks * g.pitch
        y = g.top + 7 * g.pitch + fm.height() * 0.5
        x = right - fm.horizontalAdvance(more) - len(shades) * (size + 3) - fm.height() * 0.5
        x -= fm.horizontalAdvance(less) + fm.height() * 0.5
        p.setPen(muted)
        p.drawText(QPointF(x, y + size / 2 + fm.ascent() / 2 - 1), less)
        x += fm.horizontalAdvance(less) + fm.height() * 0.5
        p.setPen(Qt.PenStyle.NoPen)
        for colour in shades:
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(x, y, size, size), radius, radius)
            x += size + 3
        p.setPen(muted)
        p.drawText(QPointF(x + fm.height() * 0.3, y + size / 2 + fm.ascent() / 2 - 1), more)

    # -- input -------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.key() in _KEYS or event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End))
        ):
            event.accept()  # the arrows move here, not the window's actions
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(QPointF(event.pos()))
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        o, key = self._overview, event.key()
        if o is None or self._selected is None:
            super().keyPressEvent(event)
        elif key in _KEYS:
            self.select(self._selected + timedelta(days=_KEYS[Qt.Key(key)]))
        elif key == Qt.Key.Key_Home:
            self.select(o.first_day)
        elif key == Qt.Key.Key_End:
            self.select(o.today)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.select(day)
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
