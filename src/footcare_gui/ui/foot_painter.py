"""FootPainter: the plain feet rendered once per size and theme, highlights painted on top,
and the small LRU that bounds what is kept."""

from __future__ import annotations

from collections import OrderedDict
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPixmap

from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.foot_art import VIEWBOX, load_art, paint_art, view_transform
from footcare_gui.ui.foot_colours import FootColours

_K = TypeVar("_K")
_V = TypeVar("_V")


class Lru(OrderedDict[_K, _V]):
    """A dict that keeps only its ``size`` most recently used entries."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def get_or(self, key: _K) -> _V | None:
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value

    def put(self, key: _K, value: _V) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)

    def make_room(self) -> _V | None:
        """Evict so that one more entry fits, before it is made (so the old and the new never
        take memory together); the last value evicted, whose buffer may be reused."""
        evicted = None
        while self and len(self) >= self.size:
            evicted = self.popitem(last=False)[1]
        return evicted


# Shared by every FootView (plain feet are per view: each draws them at its own size).
_tiles: dict[tuple[object, ...], QPixmap] = {}


class FootPainter:
    """Renders the plain feet once per size and theme, and paints highlights on top."""

    def __init__(self) -> None:
        # A step shows one layout (one view, or both views smaller): 4 files x 2 sizes.
        self._plain: Lru[tuple[object, ...], QPixmap] = Lru(8)
        self.renders = 0  # plain feet drawn so far: lets tests check that caches hold

    def clear(self) -> None:
        """Drop every picture, the shared hatch tiles too (the palette changed)."""
        _tiles.clear()
        self._plain.clear()

    def drop_plain(self) -> None:
        """Free the plain feet (the view is hidden: nothing else draws at its sizes)."""
        self._plain.clear()

    def plain_count(self) -> int:
        return len(self._plain)

    def plain(
        self, foot: Foot, view: View, size: QSize, dpr: float, colours: FootColours
    ) -> QPixmap:
        """The un-highlighted foot at a logical size, rendered at the device pixel ratio."""
        key = (foot, view, size.width(), size.height(), dpr, colours.key)
        pix = self._plain.get_or(key)
        if pix is None:
            self._plain.make_room()
            pix = QPixmap(round(size.width() * dpr), round(size.height() * dpr))
            pix.setDevicePixelRatio(dpr)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            # The view box stretched over the whole pixmap, as QSvgRenderer.render would.
            p.scale(size.width() / VIEWBOX.width(), size.height() / VIEWBOX.height())
            paint_art(p, load_art(foot, view), colours)
            p.end()
            self.renders += 1
            self._plain.put(key, pix)
        return pix

    def hatch_brush(self, colours: FootColours, dpr: float) -> QBrush:
        """A tint with diagonal lines, so a highlight reads without colour (colour blindness)."""
        key = (colours.key, dpr)
        tile = _tiles.get(key)
        if tile is None:
            step = 8
            tile = QPixmap(round(step * dpr), round(step * dpr))
            tile.setDevicePixelRatio(dpr)
            tile.fill(colours.hl_fill)
            p = QPainter(tile)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(colours.hatch, 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            for off in (-step, 0, step):  # three copies so the tile edges join up
                p.drawLine(QPointF(off, step), QPointF(off + step, 0))
            p.end()
            _tiles[key] = tile
        return QBrush(tile)

    def paint_foot(
        self,
        p: QPainter,
        target: QRectF,
        foot: Foot,
        view: View,
        zones: tuple[str, ...],
        colours: FootColours,
        dpr: float,
        *,
        dimmed: bool,
    ) -> None:
        """One foot's view into target: the plain art, then any highlighted zones."""
        size = QSize(round(target.width()), round(target.height()))
        pix = self.plain(foot, view, size, dpr, colours)
        p.save()
        if dimmed:
            p.setOpacity(0.38)
        p.drawPixmap(QPointF(round(target.x()), round(target.y())), pix)
        p.restore()
        if dimmed or not zones:
            return
        art = load_art(foot, view)
        shown = [z for z in zones if z in art.zones]
        if not shown:
            return
        t = view_transform(
            QRectF(round(target.x()), round(target.y()), size.width(), size.height())
        )
        brush = self.hatch_brush(colours, dpr)
        pen = QPen(colours.hl_line, max(2.0, target.width() / 110))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.save()
        outline = t.map(art.outline)
        # One fill for all highlighted zones (tint and hatch are one tile); winding fill keeps
        # the colon's hole a hole and the gallbladder inside the liver filled.
        area = QPainterPath()
        area.setFillRule(Qt.FillRule.WindingFill)
        paths = [t.map(art.zones[z]) for z in art.zones if z in shown]  # drawing order
        for path in paths:
            area.addPath(path)
        # Without antialiasing (about 2 ms less a step at 1920x1080): every edge of the fill
        # lies under an opaque outline stroke at least 2 px wide, so no jagged edge shows.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillPath(area, brush)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for path in paths:
            p.strokePath(path, pen)
        touched = area.boundingRect()
        # The foot's own outline goes back on top where highlights touched it (only there:
        # the rest of the picture stays exactly the cached plain art).
        m = pen.widthF() + 2
        p.setClipRect(touched.adjusted(-m, -m, m, m))
        p.strokePath(outline, QPen(colours.line, 2.2 * t.m11()))
        p.restore()
