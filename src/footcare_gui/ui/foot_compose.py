"""Compose one picture of the feet for a step: each foot's view, the highlights, the motion
glyphs on the active foot, and the feet's labels and view captions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPixmap

from footcare_gui.core.feet_shown import FeetShown
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.routines import Technique
from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.foot_art import load_art, view_transform
from footcare_gui.ui.foot_colours import FootColours
from footcare_gui.ui.foot_layout import Cell, drawn_area
from footcare_gui.ui.foot_painter import FootPainter
from footcare_gui.ui.motion_glyphs import MotionPainter

# The captions under each view, translated where drawn (the language is set before any frame).
VIEW_NAMES = {
    View.SOLE: QT_TRANSLATE_NOOP("FootView", "Sole"),
    View.TOP: QT_TRANSLATE_NOOP("FootView", "Top"),
}
_MOTIONS = frozenset({Technique.STROKE, Technique.CIRCLES, Technique.STRETCH, Technique.PRESS})


@dataclass(frozen=True, slots=True)
class Frame:
    """A composed picture and where it goes on the canvas: it covers only the drawn part."""

    pixmap: QPixmap
    at: QPointF


@dataclass(frozen=True, slots=True)
class Fonts:
    """The canvas font, the feet's labels' fonts and the label and caption heights."""

    caption: QFont
    label: QFont
    label_bold: QFont
    label_h: float
    caption_h: float


def label_font(base: QFont, *, bold: bool) -> QFont:
    """The feet's labels: the canvas font, 15 % larger (in pixels when pages size it so)."""
    font = QFont(base)
    if font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * 1.15))
    else:
        font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(bold)
    return font


def compose(
    feet: FeetShown,
    cells: list[Cell],
    size: QSize,
    dpr: float,
    colours: FootColours,
    fonts: Fonts,
    painter: FootPainter,
    spare: Frame | None,
) -> Frame:
    """Draw a step's picture; into the spare frame's buffer when it has the right size
    (no free and malloc of megabytes at every step, which fragments the heap)."""
    captions = fonts.caption_h if len(feet.views) > 1 else 0.0
    widest = max(
        *(QFontMetricsF(fonts.label_bold).horizontalAdvance(f.label) + fonts.label_h for f in Foot),
        *(
            QFontMetricsF(fonts.caption).horizontalAdvance(translate("FootView", n))
            for n in VIEW_NAMES.values()
        ),
    )
    left, top, w, h = drawn_area(
        cells, size, dpr, label_h=fonts.label_h, captions=captions, widest_label=widest
    )
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
        dimmed = feet.active_foot is not None and cell.foot is not feet.active_foot
        painter.paint_foot(
            p, cell.rect, cell.foot, cell.view, feet.zones, colours, dpr, dimmed=dimmed
        )
        if not dimmed:
            _paint_motion(p, feet, cell, colours)
    _paint_labels(p, feet, cells, colours, fonts)
    p.end()
    return Frame(pix, at)


def _paint_labels(
    p: QPainter, feet: FeetShown, cells: list[Cell], colours: FootColours, fonts: Fonts
) -> None:
    label_h, active = fonts.label_h, feet.active_foot
    for foot in (Foot.LEFT, Foot.RIGHT):
        rects = [c.rect for c in cells if c.foot is foot]
        top = min(r.top() for r in rects)
        span = QRectF(min(r.left() for r in rects), top - label_h, 0, label_h * 0.8)
        span.setRight(max(r.right() for r in rects))
        p.setFont(fonts.label_bold if foot is active or active is None else fonts.label)
        text = foot.label
        if foot is active:
            # The foot being worked: a filled pill, readable without relying on hue.
            tw = p.fontMetrics().horizontalAdvance(text) + label_h * 0.8
            pill = QRectF(span.center().x() - tw / 2, span.top(), tw, span.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colours.accent)
            p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            p.setPen(colours.accent_text)
        else:
            p.setPen(colours.muted if active is not None else colours.text)
        p.drawText(span, Qt.AlignmentFlag.AlignCenter, text)
    if len(feet.views) > 1:
        p.setFont(fonts.caption)
        for c in cells:
            cap = QRectF(c.rect.left(), c.rect.bottom(), c.rect.width(), fonts.caption_h)
            dimmed = active is not None and c.foot is not active
            p.setPen(colours.muted if dimmed else colours.text)
            p.drawText(cap, Qt.AlignmentFlag.AlignCenter, translate("FootView", VIEW_NAMES[c.view]))


def _paint_motion(p: QPainter, feet: FeetShown, cell: Cell, colours: FootColours) -> None:
    tech = feet.technique
    if tech not in _MOTIONS:
        return
    art = load_art(cell.foot, cell.view)
    shown = [z for z in feet.zones if z in art.zones]
    if feet.zones and not shown:
        return  # the step works another view: keep this one quiet
    t = view_transform(cell.rect)
    p.save()
    p.setTransform(t, True)  # on top of the frame's offset
    motion = MotionPainter(p, colours, t.m11())
    from footcare_gui.ui.motion_tracks import (  # with the first session
        circle_centres,
        circle_radius,
        press_centres,
        toe_joints,
        tracks,
    )

    geometry = tracks(cell.foot, cell.view, feet.zones)
    spec = feet.motion
    walk = spec is not None and spec.motion == "thumb-walk"
    if tech is Technique.STROKE or walk:
        top = cell.view is View.TOP
        toward_toes = spec is not None and spec.toward_toes(top)
        both = spec is not None and spec.travel == "both-ways"
        motion.lanes(geometry.lanes, toward_toes=toward_toes, both_ways=both, steps=walk)
    elif tech is Technique.STRETCH:
        motion.stretches(art.toe_tips, art.outline.boundingRect().center().x())
    elif tech is Technique.CIRCLES:
        centres = circle_centres(geometry, t.m11())
        motion.circles(list(centres), circle_radius(geometry, t.m11()))
    elif spec is not None and spec.motion == "toe-joints":
        motion.joints(toe_joints(geometry, cell.view))
    else:
        motion.presses(list(press_centres(geometry, t.m11())))
    p.restore()
