"""FootView: the foot diagrams of the current step, its zones highlighted, its motion drawn,
and a legend naming exactly the highlighted zones.

Everything is painted from cached pixmaps: the plain feet per size and theme, and the
composed picture of the step shown and of the one prepared next, so a repaint with nothing
changed is one pixmap blit and no timer ever runs while the view sits idle. A hidden view
(its page is not shown) keeps no pictures. While a session runs, the technique's motion moves
over the picture (``foot_motion``, made on first use): only the marker's rectangles repaint.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QFontInfo,
    QHelpEvent,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from footcare_gui.core.feet_shown import FeetShown, LegendLine, choosing, legend_for, legend_line
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.foot_art import load_art, view_transform
from footcare_gui.ui.foot_colours import FootColours
from footcare_gui.ui.foot_compose import Fonts, Frame, compose, label_font
from footcare_gui.ui.foot_layout import Cell, layout
from footcare_gui.ui.foot_painter import FootPainter, Lru

if TYPE_CHECKING:
    from footcare_gui.ui.foot_motion import MotionOverlay

HINT = QT_TRANSLATE_NOOP("FootView", "Point at a zone to see what it is said to reflect.")


class FootCanvas(QWidget):
    """The drawing surface: paints FootView's composed picture and answers tooltips."""

    def __init__(self, owner: FootView) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setObjectName("footCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 160)
        self.hint = QSize(640, 520)  # a page's feet; the routine editor's ask for less

    def sizeHint(self) -> QSize:
        return self.hint

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self._owner.frame()
        p = QPainter(self)
        if self.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent):  # set by the motion
            p.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        # Copy only the parts asked for: a moving marker's frame is a few small rectangles.
        dpr = frame.pixmap.devicePixelRatio()
        drawn = QRectF(frame.at, QSizeF(frame.pixmap.size()) / dpr)
        rects = cast(Iterable[QRect], event.region())  # iterable, though the stubs say not
        for rect in rects:
            part = QRectF(rect).intersected(drawn)
            if not part.isEmpty():
                source = part.translated(-frame.at)
                source = QRectF(source.topLeft() * dpr, source.size() * dpr)
                p.drawPixmap(part, frame.pixmap, source)
        motion = self._owner.motion
        if motion is not None:
            motion.paint(p)
        p.end()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            hit = self._owner.hit(QPointF(e.pos()))
            if hit is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), tooltip(legend_line(hit[2])), self)
            return True
        handled = super().event(e)
        motion = self._owner.motion
        if motion is not None and e.type() in _MOTION_EVENTS:
            motion.canvas_changed(e.type())
        return handled


# The canvas events that start, stop or move the technique's motion.
_MOTION_EVENTS = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize)


def tooltip(line: LegendLine) -> str:
    """A zone's tooltip: "Liver (right foot only) — said to reflect: liver"."""
    text = translate("FootView", "{zone}{side} — said to reflect: {reflects}")
    return text.format(zone=line.name, side=only_side(line), reflects=line.reflects)


def only_side(line: LegendLine) -> str:
    """`` (left foot only)`` for a zone on one foot, else ``""``."""
    if line.only_on is None:
        return ""
    if line.only_on is Foot.LEFT:
        return translate("FootView", " (left foot only)")
    return translate("FootView", " (right foot only)")


class FootView(QWidget):
    """Both feet, the step's zones highlighted, the technique's motion, and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feet = choosing(None)
        self._painter = FootPainter()
        # The step shown and its two neighbours, prepared ahead so that Next and Previous
        # only copy a picture (a frame covers the drawn feet: about 5 MiB at 1920x1080).
        self._frames: Lru[tuple[object, ...], Frame] = Lru(3)
        self._colours: FootColours | None = None
        self.motion: MotionOverlay | None = None  # made when a session first wants motion
        self.canvas = FootCanvas(self)
        self._legend = QLabel(self)
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._legend.setObjectName("footLegend")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.canvas, 1)
        box.addWidget(self._legend)
        self._update_legend()

    # ------------------------------------------------------------ public API

    def show_feet(self, feet: FeetShown) -> None:
        """Show what a step needs (nothing is redrawn when nothing changed)."""
        if feet == self._feet:
            return
        self._feet = feet
        self._update_legend()
        self.canvas.update()
        if self.motion is not None:
            self.motion.restart()
            self.motion.sync()

    def set_moving(self, on: bool, clock: Callable[[], float] = time.monotonic) -> None:
        """Let the technique's motion move (a running session that wants animation) or stand
        still. It also stands still while the view is hidden or its window minimised."""
        if self.motion is None:
            if not on:
                return
            from footcare_gui.ui.foot_motion import MotionOverlay

            self.motion = MotionOverlay(self, clock)
        self.motion.set_wanted(on)

    def prepare_feet(self, *coming: FeetShown) -> None:
        """Draw the pictures of steps that may come next (up to two: the neighbours of the
        step shown) into the cache now, while nothing else is happening, so that showing
        one later costs a copy instead of a full composition."""
        if not self.canvas.isVisible() or self.canvas.width() < 2:
            return
        shown = self._feet
        self.frame()  # the shown picture is the most recently used: never evicted for these
        try:
            for feet in coming[:2]:
                self._feet = feet
                self.frame()
        finally:
            self._feet = shown

    def shown(self) -> FeetShown:
        """What the view shows now."""
        return self._feet

    def zone_rect(self, foot: Foot, view: View, zone: str) -> QRectF | None:
        """Where a zone is drawn, in this widget's coordinates (None if not shown)."""
        for cell in self._cells():
            art = load_art(cell.foot, cell.view)
            if (cell.foot, cell.view) == (foot, view) and zone in art.zones:
                r = view_transform(cell.rect).mapRect(art.zones[zone].boundingRect())
                return r.translated(QPointF(self.canvas.pos()))
        return None

    def zone_at(self, pos: QPointF) -> str | None:
        """The zone under a point in this widget's coordinates."""
        hit = self.hit(pos - QPointF(self.canvas.pos()))
        return None if hit is None else hit[2]

    def legend_text(self) -> str:
        """The legend as shown (rich text), for tests."""
        return self._legend.text()

    def legend_font_px(self) -> int:
        """The legend's type size in pixels, for tests."""
        return QFontInfo(self._legend.font()).pixelSize()

    def svg_render_count(self) -> int:
        """How often plain feet were drawn from the art so far: tests use it to check caches."""
        return self._painter.renders

    def cached_pictures(self) -> tuple[int, int]:
        """How many composed frames and plain feet the view holds: tests check the memory."""
        return len(self._frames), self._painter.plain_count()

    # ------------------------------------------------------------ Qt events

    def changeEvent(self, e: QEvent) -> None:
        if e.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            # New colours or text size: every cached picture is stale.
            self._colours = None
            self._painter.clear()
            self._frames.clear()
            self.canvas.update()
            if e.type() == QEvent.Type.FontChange:
                # Under the app's style sheet a font does not reach the children: hand it on.
                self.canvas.setFont(self.font())
                self._legend.setFont(self.font())
                self._update_legend()
        super().changeEvent(e)

    def hideEvent(self, e: QHideEvent) -> None:
        if not e.spontaneous():  # its page was left (a minimised window keeps its pictures)
            # The pictures only this view draws: the start page's go when a session begins.
            self._frames.clear()
            self._painter.drop_plain()
        super().hideEvent(e)

    # ------------------------------------------------------------ internals

    def _fonts(self) -> Fonts:
        base = self.canvas.font()
        h = self.canvas.fontMetrics().height()
        return Fonts(
            caption=base,
            label=label_font(base, bold=False),
            label_bold=label_font(base, bold=True),
            label_h=h * 2.0,
            caption_h=h * 1.5,
        )

    def colours(self) -> FootColours:
        """The diagrams' colours in the current palette."""
        if self._colours is None:
            self._colours = FootColours.from_palette(self.palette())
        return self._colours

    def cells(self) -> list[Cell]:
        """Where each foot's view is drawn, in the canvas's coordinates."""
        return self._cells()

    def _cells(self) -> list[Cell]:
        h = self.canvas.fontMetrics().height()
        return layout(self.canvas.size(), self._feet.views, h * 2.0, h * 1.5)

    def hit(self, pos: QPointF) -> tuple[Foot, View, str] | None:
        """The foot, view and zone under a point in the canvas's coordinates."""
        for cell in self._cells():
            if cell.rect.contains(pos):
                inv, ok = view_transform(cell.rect).inverted()
                zid = load_art(cell.foot, cell.view).zone_at(inv.map(pos)) if ok else None
                if zid is not None:
                    return cell.foot, cell.view, zid
        return None

    def _update_legend(self) -> None:
        # Always four lines tall, whatever the step: the feet must not jump between steps.
        self._legend.setFixedHeight(self._legend.fontMetrics().lineSpacing() * 4 + 4)
        legend = legend_for(self._feet)
        if not legend.lines:
            self._legend.setText(translate("FootView", HINT))
            return
        from html import escape  # only once zones are shown: not needed at start-up

        if legend.compact:
            names = escape(self._names_that_fit(legend.names))
            text = translate("FootView", "<b>Highlighted:</b> {zones}.")
            self._legend.setText(f"{text.format(zones=names)}<br>{translate('FootView', HINT)}")
            return
        rows = []
        for line in legend.lines:
            row = translate("FootView", "<b>{zone}</b>{side} — said to reflect: {reflects}")
            zone, reflects = escape(line.name), escape(line.reflects)
            rows.append(row.format(zone=zone, side=only_side(line), reflects=reflects))
        self._legend.setText("<br>".join(rows))

    def _names_that_fit(self, names: tuple[str, ...]) -> str:
        """As many zone names as fit the legend's four lines with the hint under them (which
        may itself take two, in a long language), then "and N more"."""
        from html import escape

        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setDefaultFont(self._legend.font())
        doc.setDocumentMargin(0)
        doc.setTextWidth(max(120, self._legend.width() or self.width()))
        label = translate("FootView", "<b>Highlighted:</b> {zones}.")
        hint = translate("FootView", HINT)
        shown = ", ".join(names)
        for keep in range(len(names), 0, -1):
            more = len(names) - keep
            shown = ", ".join(names[:keep])
            if more:
                shown = translate("FootView", "{names} and {count} more").format(
                    names=shown, count=more
                )
            doc.setHtml(f"{label.format(zones=escape(shown))}<br>{escape(hint)}")
            if doc.size().height() <= self._legend.height():
                break
        return shown

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if legend_for(self._feet).compact:  # how many names fit depends on the width
            self._update_legend()

    def frame(self) -> Frame:
        """The whole picture for the current state, from cache when nothing changed."""
        size, dpr = self.canvas.size(), self.canvas.devicePixelRatioF()
        colours = self.colours()
        key: tuple[object, ...] = (size.width(), size.height(), dpr, colours.key)
        key += (self.canvas.font().key(), self._feet)
        frame = self._frames.get_or(key)
        if frame is None:
            spare = self._frames.make_room()
            frame = compose(
                self._feet,
                self._cells(),
                size,
                dpr,
                colours,
                self._fonts(),
                self._painter,
                spare,
            )
            self._frames.put(key, frame)
        return frame
