"""The foot map's drawing: both feet, sole and top, each zone in its own calm colour and named
by a ZoneChip; leader lines join the labels to their zones. A canvas too narrow for all four
views at a readable size (an 800x600 screen) shows one foot, or one view, at a time: the
keyboard's arrows walk on into the next one, and choosing a zone elsewhere shows it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from footcare_gui.core.foot_map import TINTS
from footcare_gui.core.i18n import translate
from footcare_gui.core.zones import ZONES, Foot, View
from footcare_gui.ui.foot_art import load_art, paint_art, view_transform
from footcare_gui.ui.foot_colours import FootColours, mix
from footcare_gui.ui.foot_map_chip import ZoneChip, tints, zone_name
from footcare_gui.ui.foot_map_layout import (
    ASPECT,
    HEAD,
    MAP_ORDER,
    MARGIN,
    Key,
    Label,
    MapLayout,
    Shown,
    map_layout,
    one_foot,
    tallest_column,
)

COLUMN_ORDER = (4, 0, 1, 2, 3, 5)  # left to right: left top, the four sole columns, right top
COLUMN_PART = {  # the view each column of labels belongs to
    0: (Foot.LEFT, View.SOLE),
    1: (Foot.LEFT, View.SOLE),
    2: (Foot.RIGHT, View.SOLE),
    3: (Foot.RIGHT, View.SOLE),
    4: (Foot.LEFT, View.TOP),
    5: (Foot.RIGHT, View.TOP),
}
SOLE_MIN = 100.0  # px: narrower soles are shown one foot, or one view, at a time
VIEW_MIN = 90.0  # px: the narrowest a sole shown alone may be


@dataclass(frozen=True)
class Metrics:
    """The labels' type and the room they need, at a canvas width."""

    font: QFont
    bold: QFontMetrics
    column_w: float  # a column of a sole's labels: its longest word fits on a line
    top_min: float  # a top view: its longest word fits inside

    def label_size(self, key: Key, width: float) -> QSizeF:
        """A label's size when it may be at most ``width`` wide."""
        box = self.bold.boundingRect(
            QRect(0, 0, max(20, int(width) - 12), 400),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            zone_name(key[2]),
        )
        return QSizeF(box.width() + 14, box.height() + 6)


class FootMapCanvas(QWidget):
    """Draws the map and owns its zone labels; tells which zone is chosen or opened."""

    selected = Signal(object)  # a Key: a zone was clicked or tabbed to
    opened = Signal(object)  # a Key: Enter on a zone (show its steps)
    shown_changed = Signal()  # another foot or view is shown, or all of them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footMapCanvas")
        self.setAccessibleName(translate("FootMap", "Foot map"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.chips: dict[Key, ZoneChip] = {}
        for foot in (Foot.LEFT, Foot.RIGHT):
            for view in (View.TOP, View.SOLE):
                for zid in load_art(foot, view).zones:
                    key = (foot, view, zid)
                    chip = ZoneChip(key, self)
                    chip.clicked.connect(lambda _=False, k=key: self.select(k))
                    self.chips[key] = chip
        self.layout_: MapLayout | None = None
        self.shown: Shown = MAP_ORDER
        self.part: tuple[Foot, View] = (Foot.LEFT, View.SOLE)  # shown when not all fit
        self.current: Key | None = None
        self.matches: frozenset[str] | None = None  # a search's zones (None: no search)
        self._hover: Key | None = None
        self._colours: FootColours | None = None
        self._base: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(1100, 700)

    def minimumSizeHint(self) -> QSize:
        """Room for a sole alone with its two columns of labels, at the smallest type."""
        m = self.metrics(0)
        width = 2 * MARGIN + 2 * m.column_w + VIEW_MIN
        tallest = tallest_column(m.column_w, m.label_size)
        height = max(2 * MARGIN + 2 * HEAD + VIEW_MIN * ASPECT, 2 * MARGIN + tallest)
        return QSize(round(width), round(height))

    # ------------------------------------------------------------ state

    def colours(self) -> FootColours:
        if self._colours is None:
            self._colours = FootColours.from_palette(self.palette())
        return self._colours

    def tint(self, zone_id: str) -> QColor:
        return tints(self.colours())[TINTS[zone_id]]

    def select(self, key: Key) -> None:
        """Choose a zone: its label is checked and focused, its area highlighted (its foot or
        view is shown first when another is)."""
        if key[:2] not in self.shown:
            self.show_part(key[0], key[1])
        self.part = (key[0], key[1])  # a narrower map goes on showing it
        if key != self.current:
            if self.current is not None:
                self.chips[self.current].setChecked(False)
            self.current = key
            self.chips[key].setChecked(True)
            self.update()
            self.selected.emit(key)
        chip = self.chips[key]
        if not chip.hasFocus():
            chip.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_part(self, foot: Foot, view: View | None = None) -> None:
        """Show this foot (and view) where the canvas shows one at a time."""
        self.part = (foot, self.part[1] if view is None else view)
        self._place()
        self.update()

    def show_matches(self, zones: tuple[str, ...] | None) -> None:
        """Fade every zone a search did not find (None: no search, nothing faded)."""
        self.matches = None if zones is None else frozenset(zones)
        for (_, _, zid), chip in self.chips.items():
            chip.dimmed = self.matches is not None and zid not in self.matches
            chip.update()
        self.update()

    def ordered(self) -> list[Key]:
        """Every zone shown, in keyboard order: column by column, left to right, top to
        bottom."""
        assert self.layout_ is not None
        rank = {c: i for i, c in enumerate(COLUMN_ORDER)}
        labels = sorted(self.layout_.labels, key=lambda lb: (rank[lb.column], lb.rect.top()))
        return [lb.key for lb in labels]

    def move_focus(self, key: Key, dx: int, dy: int) -> None:
        """Arrow keys: up and down within a column, left and right to the nearest label in the
        next column (of the next foot or view, shown for it, when one is shown at a time)."""
        here = self._label(key)
        y = here.rect.center().y()
        column = COLUMN_ORDER.index(here.column)
        if not dy:
            column = min(max(column + dx, 0), len(COLUMN_ORDER) - 1)
            part = COLUMN_PART[COLUMN_ORDER[column]]
            if part not in self.shown:
                self.show_part(*part)
        assert self.layout_ is not None
        same = sorted(
            (lb for lb in self.layout_.labels if lb.column == COLUMN_ORDER[column]),
            key=lambda lb: lb.rect.top(),
        )
        if dy:
            i = same.index(here) + dy
            target = same[min(max(i, 0), len(same) - 1)]
        else:
            target = min(same, key=lambda lb: abs(lb.rect.center().y() - y))
        self.select(target.key)

    def _label(self, key: Key) -> Label:
        assert self.layout_ is not None
        return next(lb for lb in self.layout_.labels if lb.key == key)

    def key_at(self, pos: QPointF) -> Key | None:
        """The zone drawn under a point."""
        if self.layout_ is None:
            return None
        for cell in self.layout_.cells:
            if cell.rect.contains(pos):
                inv, ok = view_transform(cell.rect).inverted()
                zid = load_art(cell.foot, cell.view).zone_at(inv.map(pos)) if ok else None
                if zid is not None:
                    return (cell.foot, cell.view, zid)
        return None

    # ------------------------------------------------------------ layout and events

    def metrics(self, width: int) -> Metrics:
        """The labels' type at a canvas width: smaller on a narrow map, never below 10.5 px."""
        font = QFont(self.font())
        font.setPixelSize(round(min(max(width / 88, 10.5), 13.5)))
        bold = QFont(font)
        bold.setBold(True)  # a chosen zone's name is bold: room for it, wrapped the same way
        fm = QFontMetrics(bold)

        def widest(view: View) -> int:
            words = {w for z in ZONES.values() if z.view is view for w in zone_name(z.id).split()}
            return max(fm.horizontalAdvance(w) for w in words)

        # The sole's labels in columns, the top's inside their view: each its own words.
        column_w = float(max(widest(View.SOLE) + 34, 76))
        return Metrics(font, fm, column_w, float(widest(View.TOP) + 20))

    def _place(self) -> None:
        m = self.metrics(self.width())
        for chip in self.chips.values():
            chip.setFont(m.font)
        size = QSizeF(self.size())
        room = QRectF(self.rect())

        def fits(layout: MapLayout) -> bool:  # soles large enough, every label in its room
            cells = {(c.foot, c.view): c.rect for c in layout.cells}
            return layout.scale >= SOLE_MIN and all(
                (room if lb.leader else cells[lb.key[:2]]).contains(lb.rect) for lb in layout.labels
            )

        foot, view = self.part
        layout = map_layout(size, m.column_w, m.label_size, MAP_ORDER, m.top_min)
        if not fits(layout):
            layout = map_layout(size, m.column_w, m.label_size, one_foot(foot), m.top_min)
        if not fits(layout):
            layout = map_layout(size, m.column_w, m.label_size, ((foot, view),), m.top_min)
        self.layout_ = layout
        shown = tuple((c.foot, c.view) for c in layout.cells)
        placed = {lb.key: lb for lb in layout.labels}
        for key, chip in self.chips.items():
            if key in placed:
                chip.setGeometry(placed[key].rect.toAlignedRect())
            chip.setVisible(key in placed)
        for a, b in itertools.pairwise(self.ordered()):
            QWidget.setTabOrder(self.chips[a], self.chips[b])
        self._base = None
        if shown != self.shown:
            self.shown = shown
            self.shown_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def changeEvent(self, event: object) -> None:
        from PySide6.QtCore import QEvent

        assert isinstance(event, QEvent)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._colours, self._base = None, None
            if event.type() == QEvent.Type.FontChange:
                self._place()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        key = self.key_at(event.position())
        if key is not None:
            self.select(key)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        key = self.key_at(event.position())
        if key != self._hover:
            self._hover = key
            self.setCursor(Qt.CursorShape.PointingHandCursor if key else Qt.CursorShape.ArrowCursor)
            self.update()

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.layout_ is None:
            self._place()
        assert self.layout_ is not None
        c = self.colours()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._base_picture())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for cell in self.layout_.cells:
            t = view_transform(cell.rect)
            art = load_art(cell.foot, cell.view)
            p.save()
            p.setTransform(t, True)
            if self.matches is not None:  # fade what the search did not find
                veil = QColor(c.window)
                veil.setAlphaF(0.7)
                for zid, path in art.zones.items():
                    if zid not in self.matches:
                        p.fillPath(path, veil)
            for key, width, colour in (
                (self._hover, 1.6, mix(c.accent, c.text, 0.2)),
                (self.current, 2.6, c.accent),
            ):
                if key is not None and key[:2] == (cell.foot, cell.view):
                    path = art.zones[key[2]]
                    if key == self.current:
                        fill = QColor(c.accent)
                        fill.setAlphaF(0.35)
                        p.fillPath(path, fill)
                    p.strokePath(path, QPen(colour, width / t.m11()))
            p.restore()
        self._paint_leaders(p, c)
        p.end()

    def _paint_leaders(self, p: QPainter, c: FootColours) -> None:
        assert self.layout_ is not None
        for lb in self.layout_.labels:
            if not lb.leader:
                continue
            chosen = lb.key == self.current
            faded = self.matches is not None and lb.key[2] not in self.matches
            colour = c.accent if chosen else mix(c.text, c.window, 0.45)
            if faded:
                colour = mix(colour, c.window, 0.7)
            r = lb.rect
            start = QPointF(r.right() if lb.anchor.x() > r.right() else r.left(), r.center().y())
            p.setPen(QPen(colour, 1.6 if chosen else 1.0))
            p.drawLine(start, lb.anchor)
            p.setBrush(colour)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(lb.anchor, 2.6 if chosen else 2.0, 2.6 if chosen else 2.0)

    def _base_picture(self) -> QPixmap:
        """The feet in their zone colours and the captions, drawn once per size and theme."""
        if self._base is not None and self._base.size() == self.size() * self.devicePixelRatio():
            return self._base
        assert self.layout_ is not None
        c = self.colours()
        dpr = self.devicePixelRatioF()
        pix = QPixmap(round(self.width() * dpr), round(self.height() * dpr))
        pix.setDevicePixelRatio(dpr)
        pix.fill(c.window)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for cell in self.layout_.cells:
            art = load_art(cell.foot, cell.view)
            p.save()
            p.setTransform(view_transform(cell.rect), True)
            # The skin, each zone's colour over it, then the zone lines, details and outline.
            paint_art(p, replace(art, shapes=art.shapes[:1]), c)
            p.setPen(Qt.PenStyle.NoPen)
            for zid, path in art.zones.items():
                p.setBrush(self.tint(zid))
                p.drawPath(path)
            paint_art(p, replace(art, shapes=art.shapes[1:]), c)
            p.restore()
        p.setPen(c.text)
        f = self.font()
        f.setBold(True)
        p.setFont(f)
        for foot, area in self.layout_.panels.items():
            top = min(cell.rect.top() for cell in self.layout_.cells if cell.foot is foot)
            name = QRectF(area.left(), top - 26, area.width(), 20)
            p.drawText(name, Qt.AlignmentFlag.AlignCenter, foot.label)
        p.setFont(self.font())
        p.setPen(c.muted)
        for cell in self.layout_.cells:
            below = QRectF(
                cell.rect.left() - 20, cell.rect.bottom() + 4, cell.rect.width() + 40, 20
            )
            caption = (
                translate("FootMap", "Sole")
                if cell.view is View.SOLE
                else translate("FootMap", "Top")
            )
            p.drawText(below, Qt.AlignmentFlag.AlignCenter, caption)
        p.end()
        self._base = pix
        return pix
