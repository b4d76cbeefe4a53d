"""Write the app icon in ``assets/icons/``: one SVG and PNGs at 16 to 512 px.

Run ``.venv/bin/python tools/make_icon.py`` after changing anything here (it needs PySide6,
offscreen is fine). The icon is a foot's sole under a crescent moon on a deep green tile: the
evening foot care. The tile carries its own contrast, so the icon reads on light and dark
panels alike; a lighter rim keeps its edge visible on a dark panel.

Sizes of 24 px and below are drawn from a simpler design laid on their own pixel grid (a sole,
a big toe and two small toes, no moon): the full drawing shrunk to 16 px is a grey smudge.
``--sheet FILE`` also writes a contact sheet of every size on a light and a dark panel.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent.parent / "assets" / "icons"
NAME = "footcare-gui"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL = 24  # this size and below use the simple design

TILE, RIM, SOLE, MOON = "#2f6b5e", "#6aae9c", "#f7ecdf", "#f0b35e"
Pt = tuple[float, float]


def _fmt(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _smooth_path(points: Sequence[Pt]) -> str:
    """A closed, smooth path through the points (uniform Catmull-Rom as cubic Beziers)."""
    n = len(points)
    d = [f"M{_fmt(points[0][0])},{_fmt(points[0][1])}"]
    for i in range(n):
        p0, p1, p2, p3 = (points[(i + k) % n] for k in (-1, 0, 1, 2))
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append("C" + " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in (c1, c2, p2)))
    return "".join(d) + "Z"


def _ellipse(cx: float, cy: float, rx: float, ry: float, turn: float = 0.0) -> str:
    rotate = f' transform="rotate({_fmt(turn)} {_fmt(cx)} {_fmt(cy)})"' if turn else ""
    return f'<ellipse cx="{_fmt(cx)}" cy="{_fmt(cy)}" rx="{_fmt(rx)}" ry="{_fmt(ry)}"{rotate}/>'


def _moon(cx: float, cy: float, r: float) -> str:
    """A crescent opening to the lower left: a disc minus a shifted disc, as one path."""
    # The inner circle (radius 0.8 r, centre shifted up-right) cuts the disc; the crescent is
    # bounded by the outer arc and the inner arc between their two crossing points.
    ir, dx, dy = 0.8 * r, 0.42 * r, -0.3 * r
    # Crossing points of |p - c| = r and |p - c - (dx, dy)| = ir.
    d = math.hypot(dx, dy)
    a = (r * r - ir * ir + d * d) / (2 * d)
    h = math.sqrt(r * r - a * a)
    ux, uy = dx / d, dy / d
    mx, my = cx + a * ux, cy + a * uy
    p1 = (mx - h * uy, my + h * ux)
    p2 = (mx + h * uy, my - h * ux)
    return (
        f'<path d="M{_fmt(p1[0])},{_fmt(p1[1])}'
        f"A{_fmt(r)},{_fmt(r)} 0 1 1 {_fmt(p2[0])},{_fmt(p2[1])}"
        f'A{_fmt(ir)},{_fmt(ir)} 0 1 0 {_fmt(p1[0])},{_fmt(p1[1])}Z"/>'
    )


def full_svg() -> str:
    """The icon as drawn at 32 px and up (a 256-unit square)."""
    sole = [
        (112, 228),
        (138, 222),
        (150, 200),
        (152, 168),
        (160, 134),
        (170, 108),
        (164, 88),
        (140, 80),
        (108, 84),
        (86, 96),
        (80, 118),
        (98, 152),
        (92, 190),
        (94, 216),
    ]
    toes = [
        _ellipse(96, 60, 15, 19, -12),
        _ellipse(124, 50, 9.5, 12, -4),
        _ellipse(145, 55, 8.5, 10.5, 8),
        _ellipse(162, 66, 7.5, 9, 18),
        _ellipse(175, 82, 6.5, 7.5, 28),
    ]
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" '
        'viewBox="0 0 256 256">\n'
        f"<title>{NAME}</title>\n"
        f'<rect x="10" y="10" width="236" height="236" rx="54" fill="{TILE}" '
        f'stroke="{RIM}" stroke-width="8"/>\n'
        f'<g fill="{SOLE}">\n'
        f'<path d="{_smooth_path(sole)}"/>\n' + "\n".join(toes) + "\n</g>\n"
        f'<g fill="{MOON}">{_moon(194, 178, 30)}</g>\n'
        "</svg>\n"
    )


def small_svg() -> str:
    """The simple design on a 16-unit grid, for 16 and 24 px."""
    sole = [(7.6, 14.4), (9.4, 13.2), (9.6, 10.6), (10.6, 7.6), (9.8, 5.6), (7.4, 5.4),
            (5.4, 6.4), (5.4, 8.6), (6.0, 11.0), (5.9, 13.4)]  # fmt: skip
    toes = [_ellipse(5.6, 3.3, 1.55, 1.7), _ellipse(8.7, 2.7, 1.05, 1.1),
            _ellipse(10.9, 3.7, 0.95, 1.0)]  # fmt: skip
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
        f'<rect x="0.5" y="0.5" width="15" height="15" rx="3.2" fill="{TILE}" stroke="{RIM}"/>'
        f'<g fill="{SOLE}"><path d="{_smooth_path(sole)}"/>{"".join(toes)}</g>'
        "</svg>"
    )


def render(svg: str, size: int) -> object:
    """The SVG drawn into a transparent ``size`` x ``size`` QImage."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def sheet(path: Path, images: dict[int, object]) -> None:
    """Every size, at 1x and enlarged 4x (16, 24, 32 px), on a light and a dark panel."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    panels = ("#f0f0f0", "#ffffff", "#303030", "#000000")
    width = sum(min(s, 128) + 16 for s in SIZES) + 3 * (32 * 4 + 16) + 16
    row = 144
    out = QImage(width, row * len(panels), QImage.Format.Format_RGB32)
    painter = QPainter(out)
    for i, colour in enumerate(panels):
        painter.fillRect(0, i * row, width, row, QColor(colour))
        x = 16
        for s in SIZES:
            img = images[s]
            assert isinstance(img, QImage)
            smooth = Qt.TransformationMode.SmoothTransformation
            shown = img if s <= 128 else img.scaled(128, 128, mode=smooth)
            painter.drawImage(QPoint(x, i * row + 8), shown)
            x += min(s, 128) + 16
        for s in (16, 24, 32):
            img = images[s]
            assert isinstance(img, QImage)
            painter.drawImage(QPoint(x, i * row + 8), img.scaled(s * 4, s * 4))
            x += 32 * 4 + 16
    painter.end()
    out.save(str(path))


def main(argv: Sequence[str]) -> int:
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    full = full_svg()
    (OUT / f"{NAME}.svg").write_text(full, encoding="utf-8")
    images: dict[int, object] = {}
    for size in SIZES:
        image = render(small_svg() if size <= SMALL else full, size)
        assert isinstance(image, QImage)
        if not image.save(str(OUT / f"{NAME}-{size}.png")):
            print(f"could not write {NAME}-{size}.png", file=sys.stderr)
            return 1
        images[size] = image
    if len(argv) == 2 and argv[0] == "--sheet":
        sheet(Path(argv[1]), images)
    print(f"wrote {NAME}.svg and {len(SIZES)} PNGs in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
