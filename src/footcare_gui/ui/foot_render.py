"""Draw the foot diagrams: the art in theme colours, zone geometry and pixmap caches for FootView.

The SVG files in ``assets/feet/`` are written by ``tools/make_foot_art.py``: paths only, each
with a class (skin, zone, detail, nail, outline), a fill, a stroke and stroke attributes. They
are read once with QXmlStreamReader and drawn with QPainter, each class in its theme colours:
the same pixels QSvgRenderer draws (tested), without loading QtSvg or parsing twice. The zone
paths give exact shapes for the highlight fill, hatch, outline and hit tests.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QXmlStreamReader
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)

from footcare_gui.assets import asset_path
from footcare_gui.core.zones import Foot, View

VIEWBOX = QRectF(0, 0, 200, 480)


def file_name(foot: Foot, view: View) -> str:
    """The art file of one foot's view, e.g. ``sole-left.svg``."""
    return f"{view.value}-{foot.value}.svg"


@cache
def svg_bytes(foot: Foot, view: View) -> bytes:
    """One art file's bytes (read once per process)."""
    return asset_path("feet", file_name(foot, view)).read_bytes()


# ---------------------------------------------------------------- colours


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour a fraction t of the way from a to b."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


_WARM = QColor("#e9a98a")


@dataclass(frozen=True, slots=True)
class FootColours:
    """Every colour the diagrams use, derived from a palette so all themes work."""

    key: tuple[int, ...]
    dark: bool
    window: QColor
    text: QColor
    muted: QColor
    skin: QColor
    line: QColor
    zone_line: QColor
    detail: QColor
    nail: QColor
    accent: QColor
    accent_text: QColor
    hl_fill: QColor
    hl_line: QColor
    hatch: QColor

    @classmethod
    def from_palette(cls, pal: QPalette) -> FootColours:
        role = QPalette.ColorRole
        window, text = pal.color(role.Window), pal.color(role.WindowText)
        accent = pal.color(role.Accent)
        if not accent.isValid() or accent.alpha() == 0:
            accent = pal.color(role.Highlight)
        dark = window.lightnessF() < 0.5
        # A whisper of warm tone on the window colour: skin without a flesh-pink block.
        skin = mix(window, _WARM, 0.13 if dark else 0.2)
        line = mix(text, window, 0.25)
        nail = mix(skin, text, 0.1) if dark else mix(skin, QColor(255, 255, 255), 0.55)
        key = tuple(c.rgba() for c in (window, text, accent))
        return cls(
            key=key,
            dark=dark,
            window=window,
            text=text,
            muted=mix(text, window, 0.4),
            skin=skin,
            line=line,
            zone_line=mix(line, skin, 0.74),
            detail=mix(line, skin, 0.5),
            nail=nail,
            accent=accent,
            accent_text=max((window, text), key=lambda c: _contrast(c, accent)),
            hl_fill=_alpha(accent, 0.45 if dark else 0.36),
            hl_line=accent,
            hatch=mix(accent, text, 0.45 if dark else 0.35),
        )


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio: the label on the accent pill takes whichever text reads best."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _alpha(c: QColor, a: float) -> QColor:
    out = QColor(c)
    out.setAlphaF(a)
    return out


def _theme(colours: FootColours) -> tuple[dict[str, QColor], dict[str, QColor]]:
    """Each art class's fill and stroke colour in a theme (other classes keep the file's)."""
    fills = {"skin": colours.skin, "nail": colours.nail}
    strokes = {
        "zone": colours.zone_line,
        "detail": colours.detail,
        "nail": colours.detail,
        "outline": colours.line,
    }
    return fills, strokes


# ---------------------------------------------------------------- geometry

# A command letter and its numbers (no command is an E: that is an exponent).
_SEGMENT = re.compile(r"([A-DF-Za-df-z])([^A-DF-Za-df-z]*)")
_ARITY = {"M": 2, "L": 2, "C": 6, "Q": 4, "Z": 0}


def parse_path(d: str) -> QPainterPath:
    """A QPainterPath from absolute SVG path data (M, L, C, Q, Z): what the art generator writes."""
    path = QPainterPath()
    to: dict[str, Callable[..., None]] = {
        "M": path.moveTo,
        "L": path.lineTo,
        "C": path.cubicTo,
        "Q": path.quadTo,
    }
    for cmd, args in _SEGMENT.findall(d):
        n = _ARITY.get(cmd)
        if n is None:
            raise ValueError(f"path command {cmd!r} is not supported")
        if n == 0:
            path.closeSubpath()
            continue
        v = [float(x) for x in args.replace(",", " ").split()]
        if not v or len(v) % n:
            raise ValueError(f"bad path data near {cmd!r}")
        draw = to[cmd]
        for k in range(0, len(v), n):
            draw(*v[k : k + n])
            if cmd == "M":  # more pairs after a move are lines
                draw = path.lineTo
    path.setFillRule(Qt.FillRule.OddEvenFill)
    return path


_JOINS = {
    "miter": Qt.PenJoinStyle.MiterJoin,
    "round": Qt.PenJoinStyle.RoundJoin,
    "bevel": Qt.PenJoinStyle.BevelJoin,
}
_CAPS = {
    "butt": Qt.PenCapStyle.FlatCap,
    "round": Qt.PenCapStyle.RoundCap,
    "square": Qt.PenCapStyle.SquareCap,
}


@dataclass(frozen=True, slots=True)
class Shape:
    """One path of the art and how the file draws it (SVG defaults where it says nothing)."""

    kind: str  # the class: skin, zone, detail, nail, outline
    path: QPainterPath
    fill: QColor | None
    stroke: QColor | None
    width: float
    join: Qt.PenJoinStyle
    cap: Qt.PenCapStyle


@dataclass(frozen=True)
class FootArt:
    """One art file: its bytes, its shapes (drawing order), its zones' shapes and the outline."""

    svg: bytes
    shapes: tuple[Shape, ...]
    zones: dict[str, QPainterPath]
    outline: QPainterPath

    @cached_property
    def toe_tips(self) -> tuple[QPointF, ...]:
        """The five highest points of the toe bumps (only the stretch motion needs them)."""
        return _toe_tips(self.outline)

    def zone_at(self, p: QPointF) -> str | None:
        """The topmost zone under a point in view-box coordinates."""
        for zid, path in reversed(self.zones.items()):
            if path.contains(p):
                return zid
        return None


def _colour(value: str) -> QColor | None:
    return None if value == "none" else QColor(value)


@cache
def load_art(foot: Foot, view: View) -> FootArt:
    """Read one art file (once per process, when it is first drawn)."""
    svg = svg_bytes(foot, view)
    shapes: list[Shape] = []
    zones: dict[str, QPainterPath] = {}
    outline = QPainterPath()
    parsed: dict[str, QPainterPath] = {}  # the skin and the outline share their path data
    # Each open element's zone: a zone is a path, or a group of paths.
    open_zones: list[str | None] = []
    reader = QXmlStreamReader(svg.decode())
    while not reader.atEnd():
        token = reader.readNext()
        if token == QXmlStreamReader.TokenType.EndElement:
            open_zones.pop()
        elif token == QXmlStreamReader.TokenType.StartElement:
            attrs = reader.attributes()
            eid, d = attrs.value("id"), attrs.value("d")
            zone = open_zones[-1] if open_zones else None
            if eid.startswith("zone-"):
                zone = eid.removeprefix("zone-")
                zones[zone] = QPainterPath()
                zones[zone].setFillRule(Qt.FillRule.OddEvenFill)
            open_zones.append(zone)
            if not d:
                continue
            path = parsed.get(d)
            if path is None:
                path = parsed[d] = parse_path(d)
            if eid == "outline":
                outline = path
            elif zone is not None:
                zones[zone].addPath(path)
            fill = _colour(attrs.value("fill") or "black")
            if fill is not None and attrs.value("fill-rule") != "evenodd":
                path = QPainterPath(path)
                path.setFillRule(Qt.FillRule.WindingFill)
            shapes.append(
                Shape(
                    attrs.value("class"),
                    path,
                    fill,
                    _colour(attrs.value("stroke") or "none"),
                    float(attrs.value("stroke-width") or 1),
                    _JOINS[attrs.value("stroke-linejoin") or "miter"],
                    _CAPS[attrs.value("stroke-linecap") or "butt"],
                )
            )
    if reader.hasError():
        raise ValueError(f"{file_name(foot, view)}: {reader.errorString()}")
    return FootArt(svg, tuple(shapes), zones, outline)


def paint_art(p: QPainter, art: FootArt, colours: FootColours) -> None:
    """Draw the plain art in view-box coordinates, in a theme's colours."""
    fills, strokes = _theme(colours)
    for shape in art.shapes:
        fill = fills.get(shape.kind, shape.fill) if shape.fill is not None else None
        stroke = strokes.get(shape.kind, shape.stroke) if shape.stroke is not None else None
        p.setBrush(Qt.BrushStyle.NoBrush if fill is None else fill)
        if stroke is None:
            p.setPen(Qt.PenStyle.NoPen)
        else:
            pen = QPen(stroke, shape.width, Qt.PenStyle.SolidLine, shape.cap, shape.join)
            pen.setMiterLimit(4)  # SVG's default
            p.setPen(pen)
        p.drawPath(shape.path)


def _toe_tips(outline: QPainterPath) -> tuple[QPointF, ...]:
    """The five highest points of the outline's toe bumps (local minima of y near the top)."""
    poly = outline.toFillPolygon()
    pts = [poly.at(i) for i in range(poly.size())]
    n = len(pts)
    tips: list[QPointF] = []
    for i, p in enumerate(pts):
        if p.y() > 140:
            continue
        window = [pts[(i + k) % n].y() for k in range(-12, 13)]
        if p.y() <= min(window) and all(abs(p.x() - t.x()) > 8 for t in tips):
            tips.append(p)
    return tuple(sorted(tips, key=lambda t: t.x()))


def view_transform(target: QRectF) -> QTransform:
    """Map the art's view box into a target rectangle (the rectangle has the same aspect)."""
    s = target.width() / VIEWBOX.width()
    t = QTransform()
    t.translate(target.x(), target.y())
    t.scale(s, s)
    return t


# ---------------------------------------------------------------- caches


_K = TypeVar("_K")
_V = TypeVar("_V")


class _Lru(OrderedDict[_K, _V]):
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
        self._plain: _Lru[tuple[object, ...], QPixmap] = _Lru(8)
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


# ---------------------------------------------------------------- motion glyphs


def zone_centre(path: QPainterPath) -> QPointF:
    """A point inside the zone near its middle (a band's middle may be a hole)."""
    r = path.boundingRect()
    c = r.center()
    if path.contains(c):
        return c
    y = c.y()
    steps = 40
    inside = [
        r.left() + r.width() * k / steps
        for k in range(steps + 1)
        if path.contains(QPointF(r.left() + r.width() * k / steps, y))
    ]
    if inside:
        return QPointF(inside[len(inside) // 2], y)
    return c


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

    def _draw(self, path: QPainterPath, heads: list[tuple[QPointF, QPointF]], px: float) -> None:
        halo, ink = self._pens(px)
        head = 3.4 * px * self.unit
        for pen in (halo, ink):
            self.p.setPen(pen)
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawPath(path)
            self.p.setBrush(pen.color())
            for tip, d in heads:
                _arrow_head(self.p, tip, d, head)

    def stroke(self, area: QRectF) -> None:
        """Long arrows from the toes toward the heel."""
        lanes = 2 if area.width() > 60 else 1
        path = QPainterPath()
        heads = []
        for k in range(lanes):
            x = area.left() + area.width() * (k + 1) / (lanes + 1)
            top, bottom = area.top() + area.height() * 0.08, area.bottom() - area.height() * 0.08
            path.moveTo(x, top)
            path.cubicTo(
                x - 3, top + (bottom - top) / 3, x + 3, top + 2 * (bottom - top) / 3, x, bottom
            )
            heads.append((QPointF(x, bottom + 2 * self.unit), QPointF(0, 1)))
        self._draw(path, heads, 3.0)

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
