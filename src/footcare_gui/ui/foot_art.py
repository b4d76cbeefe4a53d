"""The foot art: the SVG files read once into painter paths, drawn in theme colours.

The SVG files in ``assets/feet/`` are written by ``tools/make_foot_art.py``: paths only, each
with a class (skin, zone, detail, nail, outline), a fill, a stroke and stroke attributes. They
are read once with QXmlStreamReader and drawn with QPainter, each class in its theme colours:
the same pixels QSvgRenderer draws (tested), without loading QtSvg or parsing twice. The zone
paths give exact shapes for the highlight fill, hatch, outline and hit tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property

from PySide6.QtCore import QPointF, QRectF, Qt, QXmlStreamReader
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTransform

from footcare_gui.assets import asset_path
from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.foot_colours import FootColours, art_colours

VIEWBOX = QRectF(0, 0, 200, 480)


def file_name(foot: Foot, view: View) -> str:
    """The art file of one foot's view, e.g. ``sole-left.svg``."""
    return f"{view.value}-{foot.value}.svg"


@cache
def svg_bytes(foot: Foot, view: View) -> bytes:
    """One art file's bytes (read once per process)."""
    return asset_path("feet", file_name(foot, view)).read_bytes()


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
    fills, strokes = art_colours(colours)
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
