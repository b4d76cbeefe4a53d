"""FootView: the foot diagrams of the current step, its zones highlighted, its motion drawn.

Everything is painted from cached pixmaps: the plain feet per size and theme, and the
composed picture of the step shown and of the one prepared next, so a repaint with nothing
changed is one pixmap blit and no timer ever runs while the view sits idle. A hidden view
(its page is not shown) keeps no pictures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from footcare_gui.core.routines import StepView, Technique
from footcare_gui.core.zones import BOTH_FEET, ZONES, Foot, View, expand
from footcare_gui.ui.foot_render import (
    VIEWBOX,
    FootColours,
    FootPainter,
    MotionPainter,
    _Lru,
    load_art,
    view_transform,
    zone_centre,
)

ASPECT = VIEWBOX.height() / VIEWBOX.width()
_MOTIONS = frozenset({Technique.STROKE, Technique.CIRCLES, Technique.STRETCH, Technique.PRESS})
_VIEW_NAMES = {View.SOLE: "Sole", View.TOP: "Top"}
_LEGEND_LINES = 3  # more zones than this: a compact list of names instead


@dataclass(frozen=True, slots=True)
class _Frame:
    """A composed picture and where it goes on the canvas: it covers only the drawn part."""

    pixmap: QPixmap
    at: QPointF


_FrameKey = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class _Cell:
    """Where one foot's view is drawn, in canvas coordinates."""

    foot: Foot
    view: View
    rect: QRectF


def layout(size: QSize, views: tuple[View, ...], label_h: float, caption_h: float) -> list[_Cell]:
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
        _Cell(foot, view, QRectF(x0 + dx * fw, y0 + row * (fh + captions + row_gap * fw), fw, fh))
        for foot, view, dx, row in cells
    ]


class _Canvas(QWidget):
    """The drawing surface: paints FootView's composed picture and answers tooltips."""

    def __init__(self, owner: FootView) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 160)

    def sizeHint(self) -> QSize:
        return QSize(640, 520)

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self._owner._frame()
        p = QPainter(self)
        p.drawPixmap(frame.at, frame.pixmap)
        p.end()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            hit = self._owner._hit(QPointF(e.pos()))
            if hit is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), _describe(hit[2], hit[0]), self)
            return True
        return super().event(e)


def _describe(zid: str, foot: Foot | None = None) -> str:
    z = ZONES[zid]
    side = f" ({foot.label.lower()} only)" if foot and z.feet != BOTH_FEET else ""
    return f"{z.name}{side} — said to reflect: {z.reflects}"


def _escape(text: str) -> str:
    """Text as rich text shows it literally (what html.escape does here, without its import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _describe_html(zid: str) -> str:
    """One legend line: "Stomach — said to reflect: stomach, digestion"."""
    z = ZONES[zid]
    side = ""
    if z.feet != BOTH_FEET:
        side = f" ({next(iter(z.feet)).label.lower()} only)"
    return f"<b>{_escape(z.name)}</b>{side} — said to reflect: {_escape(z.reflects)}"


def _state_for(
    zones: Sequence[str], view: StepView, technique: Technique | None, active_foot: Foot | None
) -> tuple[tuple[str, ...], tuple[View, ...], Technique | None, Foot | None]:
    """What the view draws for a step: its zones, the views they need, motion, active foot."""
    expanded = expand(zones)
    wanted = set(view.views) | {ZONES[z].view for z in expanded}
    views = tuple(v for v in (View.SOLE, View.TOP) if v in wanted)
    return expanded, views, technique, active_foot


class FootView(QWidget):
    """Both feet, the step's zones highlighted, the technique's motion, and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zones: tuple[str, ...] = ()
        self._views: tuple[View, ...] = (View.SOLE,)
        self._technique: Technique | None = None
        self._active: Foot | None = None
        self._animations = False
        self._painter = FootPainter()
        # The step shown and the one prepared next: a whole-canvas frame is up to 7 MiB.
        self._frames: _Lru[_FrameKey, _Frame] = _Lru(2)
        self._colours: FootColours | None = None
        self._canvas = _Canvas(self)
        self._legend = QLabel(self)
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._legend.setObjectName("footLegend")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self._canvas, 1)
        box.addWidget(self._legend)
        self._update_legend()

    # ------------------------------------------------------------ public API

    def show_step(
        self,
        *,
        zones: Sequence[str],
        view: StepView,
        technique: Technique | None,
        active_foot: Foot | None,
    ) -> None:
        """Show what a step needs. active_foot None = no foot is being worked (preparation,
        switch, finish): both feet shown undimmed."""
        state = _state_for(zones, view, technique, active_foot)
        if state == (self._zones, self._views, self._technique, self._active):
            return  # nothing changed: no repaint
        self._zones, self._views, self._technique, self._active = state
        self._update_legend()
        self._canvas.update()

    def prepare_step(
        self,
        *,
        zones: Sequence[str],
        view: StepView,
        technique: Technique | None,
        active_foot: Foot | None,
    ) -> None:
        """Draw a coming step's picture into the cache now, while nothing else is happening,
        so that showing it later costs a copy instead of a full composition."""
        if not self._canvas.isVisible() or self._canvas.width() < 2:
            return
        shown = (self._zones, self._views, self._technique, self._active)
        self._zones, self._views, self._technique, self._active = _state_for(
            zones, view, technique, active_foot
        )
        try:
            self._frame()
        finally:
            self._zones, self._views, self._technique, self._active = shown

    def set_animations_enabled(self, enabled: bool) -> None:
        """Allow or forbid animation. The view has no animation yet, so nothing ever ticks;
        the setting is kept so a future highlight pulse can honour it."""
        self._animations = enabled

    def animations_enabled(self) -> bool:
        return self._animations

    def highlighted_zones(self) -> tuple[str, ...]:
        return self._zones

    def shown_views(self) -> tuple[View, ...]:
        return self._views

    def active_foot(self) -> Foot | None:
        return self._active

    def zone_rect(self, foot: Foot, view: View, zone: str) -> QRectF | None:
        """Where a zone is drawn, in this widget's coordinates (None if not shown)."""
        for cell in self._cells():
            art = load_art(cell.foot, cell.view)
            if (cell.foot, cell.view) == (foot, view) and zone in art.zones:
                r = view_transform(cell.rect).mapRect(art.zones[zone].boundingRect())
                return r.translated(QPointF(self._canvas.pos()))
        return None

    def zone_at(self, pos: QPointF) -> str | None:
        """The zone under a point in this widget's coordinates."""
        hit = self._hit(pos - QPointF(self._canvas.pos()))
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
            self._canvas.update()
            if e.type() == QEvent.Type.FontChange:
                # Under the app's style sheet a font does not reach the children: hand it on.
                self._canvas.setFont(self.font())
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

    def _colours_now(self) -> FootColours:
        if self._colours is None:
            self._colours = FootColours.from_palette(self.palette())
        return self._colours

    def _label_heights(self) -> tuple[float, float]:
        fm = self._canvas.fontMetrics()
        return fm.height() * 2.0, fm.height() * 1.5

    def _cells(self) -> list[_Cell]:
        label_h, caption_h = self._label_heights()
        return layout(self._canvas.size(), self._views, label_h, caption_h)

    def _hit(self, pos: QPointF) -> tuple[Foot, View, str] | None:
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
        hint = "Point at a zone to see what it is said to reflect."
        if not self._zones:
            self._legend.setText(hint)
        elif len(self._zones) <= _LEGEND_LINES:
            self._legend.setText("<br>".join(_describe_html(z) for z in self._zones))
        else:
            names = ", ".join(_escape(ZONES[z].name) for z in self._zones)
            self._legend.setText(f"<b>Highlighted:</b> {names}.<br>{hint}")

    def _frame(self) -> _Frame:
        """The whole picture for the current state, from cache when nothing changed."""
        size, dpr = self._canvas.size(), self._canvas.devicePixelRatioF()
        colours = self._colours_now()
        key = (
            size.width(),
            size.height(),
            dpr,
            colours.key,
            self._canvas.font().key(),
            self._zones,
            self._views,
            self._technique,
            self._active,
        )
        frame = self._frames.get_or(key)
        if frame is None:
            frame = self._compose(size, dpr, colours, self._frames.make_room())
            self._frames.put(key, frame)
        return frame

    def _compose(
        self, size: QSize, dpr: float, colours: FootColours, spare: _Frame | None
    ) -> _Frame:
        """Draw the current state; into the spare frame's buffer when it has the right size
        (no free and malloc of megabytes at every step, which fragments the heap)."""
        cells = self._cells()
        left, top, w, h = self._drawn_area(cells, size, dpr)
        pix = spare.pixmap if spare is not None else None
        spare = None
        if pix is None or (pix.width(), pix.height()) != (w, h):
            pix = None  # freed before the new buffer is made
            pix = QPixmap(w, h)
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        at = QPointF(left / dpr, top / dpr)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.translate(-at)
        for cell in cells:
            dimmed = self._active is not None and cell.foot is not self._active
            self._painter.paint_foot(
                p, cell.rect, cell.foot, cell.view, self._zones, colours, dpr, dimmed=dimmed
            )
            if not dimmed:
                self._paint_motion(p, cell, colours)
        self._paint_labels(p, cells, colours)
        p.end()
        return _Frame(pix, at)

    def _drawn_area(self, cells: list[_Cell], size: QSize, dpr: float) -> tuple[int, int, int, int]:
        """The part of the canvas a frame draws on, in device pixels: left, top, width, height.

        The feet with their labels and captions; on a wide canvas that is half of it or less.
        """
        label_h, caption_h = self._label_heights()
        captions = caption_h if len(self._views) > 1 else 0.0
        # Highlight outlines and motion glyphs reach a little past a foot's box.
        m = max(8.0, cells[0].rect.width() * 0.1)
        area = QRectF()
        for c in cells:
            area = area.united(c.rect.adjusted(-m, -label_h - m, m, captions + m))
        # Labels and captions are centred on their feet and may be wider than them.
        label_fm = QFontMetricsF(self._label_font(bold=True))
        caption_fm = QFontMetricsF(self._canvas.font())
        widest = max(
            *(label_fm.horizontalAdvance(f.label) + label_h for f in Foot),  # the pill's padding
            *(caption_fm.horizontalAdvance(name) for name in _VIEW_NAMES.values()),
        )
        for c in cells:
            x = c.rect.center().x()
            area = area.united(QRectF(x - widest / 2 - m, c.rect.top(), widest + 2 * m, 1))
        area = area.intersected(QRectF(0, 0, size.width(), size.height()))
        left, top = math.floor(area.left() * dpr), math.floor(area.top() * dpr)
        right, bottom = math.ceil(area.right() * dpr), math.ceil(area.bottom() * dpr)
        return left, top, max(1, right - left), max(1, bottom - top)

    def _label_font(self, *, bold: bool) -> QFont:
        """The feet's labels: the canvas font, 15 % larger (in pixels when pages size it so)."""
        font = QFont(self._canvas.font())
        if font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * 1.15))
        else:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(bold)
        return font

    def _paint_labels(self, p: QPainter, cells: list[_Cell], colours: FootColours) -> None:
        label_h, caption_h = self._label_heights()
        for foot in (Foot.LEFT, Foot.RIGHT):
            rects = [c.rect for c in cells if c.foot is foot]
            top = min(r.top() for r in rects)
            span = QRectF(min(r.left() for r in rects), top - label_h, 0, label_h * 0.8)
            span.setRight(max(r.right() for r in rects))
            active = foot is self._active
            p.setFont(self._label_font(bold=active or self._active is None))
            text = foot.label
            if active:
                # The foot being worked: a filled pill, readable without relying on hue.
                tw = p.fontMetrics().horizontalAdvance(text) + label_h * 0.8
                pill = QRectF(span.center().x() - tw / 2, span.top(), tw, span.height())
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colours.accent)
                p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                p.setPen(colours.accent_text)
            else:
                p.setPen(colours.muted if self._active is not None else colours.text)
            p.drawText(span, Qt.AlignmentFlag.AlignCenter, text)
        if len(self._views) > 1:
            p.setFont(self._canvas.font())
            for c in cells:
                cap = QRectF(c.rect.left(), c.rect.bottom(), c.rect.width(), caption_h)
                dimmed = self._active is not None and c.foot is not self._active
                p.setPen(colours.muted if dimmed else colours.text)
                p.drawText(cap, Qt.AlignmentFlag.AlignCenter, _VIEW_NAMES[c.view])

    def _paint_motion(self, p: QPainter, cell: _Cell, colours: FootColours) -> None:
        tech = self._technique
        if tech not in _MOTIONS:
            return
        art = load_art(cell.foot, cell.view)
        shown = [z for z in self._zones if z in art.zones]
        if self._zones and not shown:
            return  # the step works another view: keep this one quiet
        t = view_transform(cell.rect)
        p.save()
        p.setTransform(t, True)  # on top of the frame's offset
        motion = MotionPainter(p, colours, t.m11())
        paths = [art.zones[z] for z in shown]
        area = art.outline.boundingRect()
        if paths:
            area = paths[0].boundingRect()
            for path in paths[1:]:
                area = area.united(path.boundingRect())
        if tech is Technique.STROKE:
            if not paths:
                area = QRectF(area.left(), area.top() + 100, area.width(), area.height() - 110)
            motion.stroke(area)
        elif tech is Technique.STRETCH:
            motion.stretches(art.toe_tips, art.outline.boundingRect().center().x())
        else:
            biggest = sorted(
                paths,
                key=lambda q: q.boundingRect().width() * q.boundingRect().height(),
                reverse=True,
            )
            limit = 4 if tech is Technique.CIRCLES else 6
            centres = [zone_centre(q) for q in biggest[:limit]] or [area.center()]
            if tech is Technique.CIRCLES:
                smallest = min(
                    (min(q.boundingRect().width(), q.boundingRect().height()) for q in paths),
                    default=40.0,
                )
                radius = max(min(16.0, smallest * 0.36), 13.0 / t.m11(), 8.0)
                motion.circles(centres, radius)
            else:
                motion.presses(centres)
        p.restore()
