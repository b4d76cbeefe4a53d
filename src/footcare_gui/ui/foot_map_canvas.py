"""The foot map's drawing: both feet, sole and top, each zone in its own calm colour and named
by a label that is a real, focusable button (so every zone is reachable by keyboard and has an
accessible name and description); leader lines join the labels to their zones."""

from __future__ import annotations

import itertools
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from footcare_gui.core.foot_map import TINT_COUNT, TINTS, facts
from footcare_gui.core.i18n import translate
from footcare_gui.core.zones import ZONES, Foot, View
from footcare_gui.ui.foot_art import load_art, paint_art, view_transform
from footcare_gui.ui.foot_colours import FootColours, mix
from footcare_gui.ui.foot_map_layout import Key, Label, MapLayout, map_layout

HUES = (100, 205, 38, 265, 345, 168)  # sage, sky, sand, lavender, rose, teal (degrees)
COLUMN_ORDER = (4, 0, 1, 2, 3, 5)  # left to right: left top, the four sole columns, right top


def zone_name(zone_id: str) -> str:
    return QCoreApplication.translate("Zones", ZONES[zone_id].name)


def tints(colours: FootColours) -> list[QColor]:
    """The six calm zone colours in a theme: hues whispered into the window colour."""
    out = []
    for hue in HUES:
        base = QColor.fromHslF(hue / 360, 0.5, 0.55 if colours.dark else 0.6)
        out.append(mix(colours.window, base, 0.3 if colours.dark else 0.38))
    assert len(out) == TINT_COUNT
    return out


class ZoneChip(QAbstractButton):
    """A zone's name on the map: click it, tab to it, arrow between them, Enter opens it."""

    def __init__(self, key: Key, canvas: FootMapCanvas) -> None:
        super().__init__(canvas)
        self.key, self._canvas = key, canvas
        foot, view, zid = key
        f = facts(zid)
        self.setText(zone_name(zid))
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName(f"zone-{foot.value}-{view.value}-{zid}")
        side = translate("FootMap", "sole") if view is View.SOLE else translate("FootMap", "top")
        self.setAccessibleName(f"{self.text()}, {foot.label.lower()} {side}")
        self.setAccessibleDescription(f"{f.reflects} {f.where}. {f.feet}.")
        self.setToolTip(f.reflects)
        self.dimmed = False

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self._canvas.colours()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.dimmed:
            p.setOpacity(0.35)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        chosen = self.isChecked() or self.hasFocus()
        fill = self._canvas.tint(self.key[2])
        p.setBrush(fill if not self.isChecked() else mix(fill, c.accent, 0.35))
        p.setPen(QPen(c.accent, 2.0) if chosen else QPen(mix(fill, c.text, 0.25), 1.0))
        p.drawRoundedRect(r, 6, 6)
        font = self.font()
        font.setBold(self.isChecked())
        p.setFont(font)
        p.setPen(c.text)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        p.drawText(r.adjusted(5, 1, -5, -1), flags, self.text())
        p.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._canvas.select(self.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
        }
        if key in moves:
            self._canvas.move_focus(self.key, *moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._canvas.opened.emit(self.key)
        else:
            super().keyPressEvent(event)


class FootMapCanvas(QWidget):
    """Draws the map and owns its zone labels; tells which zone is chosen or opened."""

    selected = Signal(object)  # a Key: a zone was clicked or tabbed to
    opened = Signal(object)  # a Key: Enter on a zone (show its steps)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footMapCanvas")
        self.setAccessibleName(translate("FootMap", "Foot map"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(640, 420)
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
        self.current: Key | None = None
        self.matches: frozenset[str] | None = None  # a search's zones (None: no search)
        self._hover: Key | None = None
        self._colours: FootColours | None = None
        self._base: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(1100, 700)

    # ------------------------------------------------------------ state

    def colours(self) -> FootColours:
        if self._colours is None:
            self._colours = FootColours.from_palette(self.palette())
        return self._colours

    def tint(self, zone_id: str) -> QColor:
        return tints(self.colours())[TINTS[zone_id]]

    def select(self, key: Key) -> None:
        """Choose a zone: its label is checked and focused, its area highlighted."""
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

    def show_matches(self, zones: tuple[str, ...] | None) -> None:
        """Fade every zone a search did not find (None: no search, nothing faded)."""
        self.matches = None if zones is None else frozenset(zones)
        for (_, _, zid), chip in self.chips.items():
            chip.dimmed = self.matches is not None and zid not in self.matches
            chip.update()
        self.update()

    def ordered(self) -> list[Key]:
        """Every zone in keyboard order: column by column, left to right, top to bottom."""
        assert self.layout_ is not None
        rank = {c: i for i, c in enumerate(COLUMN_ORDER)}
        labels = sorted(self.layout_.labels, key=lambda lb: (rank[lb.column], lb.rect.top()))
        return [lb.key for lb in labels]

    def move_focus(self, key: Key, dx: int, dy: int) -> None:
        """Arrow keys: up and down within a column, left and right to the nearest label in the
        next column."""
        assert self.layout_ is not None
        here = self._label(key)
        rank = {c: i for i, c in enumerate(COLUMN_ORDER)}
        by_col: dict[int, list[Label]] = {}
        for lb in self.layout_.labels:
            by_col.setdefault(rank[lb.column], []).append(lb)
        for labels in by_col.values():
            labels.sort(key=lambda lb: lb.rect.top())
        column = rank[here.column]
        if dy:
            same = by_col[column]
            i = same.index(here) + dy
            target = same[min(max(i, 0), len(same) - 1)]
        else:
            c = min(max(column + dx, 0), len(COLUMN_ORDER) - 1)
            y = here.rect.center().y()
            target = min(by_col[c], key=lambda lb: abs(lb.rect.center().y() - y))
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

    def _place(self) -> None:
        # The labels' type follows the room: smaller on a narrow map, never below 10.5 px.
        font = QFont(self.font())
        font.setPixelSize(round(min(max(self.width() / 88, 10.5), 13.5)))
        for chip in self.chips.values():
            chip.setFont(font)
        font.setBold(True)  # a chosen zone's name is bold: room for it, wrapped the same way
        fm = QFontMetrics(font)
        words = {w for z in ZONES for w in zone_name(z).split()}
        widest = max(fm.horizontalAdvance(w) for w in words)
        column_w = float(min(max(widest + 34, 76), 150))

        def label_size(key: Key, width: float) -> QSizeF:
            box = fm.boundingRect(
                QRect(0, 0, max(20, int(width) - 12), 400),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                zone_name(key[2]),
            )
            return QSizeF(box.width() + 14, box.height() + 6)

        self.layout_ = map_layout(QSizeF(self.size()), column_w, label_size)
        for lb in self.layout_.labels:
            self.chips[lb.key].setGeometry(lb.rect.toAlignedRect())
        order = self.ordered()
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(self.chips[a], self.chips[b])
        self._base = None

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
