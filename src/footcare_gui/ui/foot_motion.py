"""The technique's motion, moving over a step's picture while its session runs.

A small overlay on FootView's canvas: the composed picture of the step (feet, highlights, still
glyphs) is never drawn again for it; on each frame only the rectangles the moving marker
left and entered are repainted: the canvas copies that part of its cached picture and this
draws the marker on top. Where the marker is comes from :func:`footcare_gui.core.motion.pose`,
a pure function of how long the motion has run.

The frame timer runs only while it is wanted (a running session, the Animations preference
on), the view is visible and its window is not minimised; otherwise nothing wakes up.
Imported with the first session that animates (start-up does not pay for it).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
    QPixmap,
    QRadialGradient,
    QRegion,
    QWindow,
)

from footcare_gui.ui.foot_colours import FootColours, mix
from footcare_gui.ui.motion_marks import Mark, MarkCell, cell_marks, mark_cell

if TYPE_CHECKING:
    from footcare_gui.ui.foot_view import FootView

FRAME_MS = 40
"""25 frames a second: smooth for a soft marker moving this slowly, at well under the CPU
budget (bench/animation.py measures 15 to 30 frames a second; docs/benchmarks.md)."""


class MotionOverlay(QObject):
    """Moves a step's motion over a FootView's canvas, only while it should."""

    def __init__(self, view: FootView, clock: Callable[[], float]) -> None:
        super().__init__(view)
        self._view = view
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)  # a few ms late does not show
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self._wanted = False
        self._since: float | None = None  # clock() when the current run began
        self._carried = 0.0  # seconds run before it (a pause keeps the motion's place)
        self._drawn = QRegion()  # where marks were painted last, in canvas coordinates
        self._marks: list[Mark] = []
        self._cells: list[MarkCell] | None = None
        self._cells_key: object = None
        self._window: QWindow | None = None
        self.frames = 0  # repaints asked for by the timer: tests count them
        # The canvas fills its own background from now on, so a frame's repaint does not
        # paint the page (and its style sheet) underneath first.
        view.canvas.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # ------------------------------------------------------------ state

    def set_wanted(self, on: bool) -> None:
        """A running session that wants animation (or not)."""
        self._wanted = on
        self.sync()

    def restart(self) -> None:
        """A new step: its motion starts from the beginning."""
        self._carried = 0.0
        self._since = self.clock() if self._since is not None else None
        self._cells = None
        self._refresh()

    def elapsed(self) -> float:
        """Seconds the motion has run (it stands still while stopped)."""
        run = 0.0 if self._since is None else max(0.0, self.clock() - self._since)
        return self._carried + run

    def running(self) -> bool:
        return self.timer.isActive()

    def should_run(self) -> bool:
        canvas = self._view.canvas
        window = canvas.window()
        return (
            self._wanted
            and self._view.shown().motion is not None
            and canvas.isVisible()
            and not window.isMinimized()
            and bool(self._geometry())
        )

    def sync(self) -> None:
        """Start or stop the frames to match the state, keeping the motion's place."""
        self._watch_window()
        run = self.should_run()
        if run and not self.timer.isActive():
            self._since = self.clock()
            self.timer.start()
            self._refresh()
        elif not run and self.timer.isActive():
            self._carried = self.elapsed()
            self._since = None
            self.timer.stop()
            self._refresh()  # the marker goes: the still glyphs show how to move

    def canvas_changed(self, kind: QEvent.Type) -> None:
        """The canvas was shown, hidden or resized (FootCanvas tells)."""
        if kind == QEvent.Type.Resize:
            self._cells = None
            self._drawn = QRegion()  # the whole canvas is repainted anyway
        self.sync()

    def _watch_window(self) -> None:
        """Follow the window's visibility (minimised, hidden) through its QWindow's signal.

        A signal, not an event filter: a Python event filter on the window is still called
        while the interpreter tears the widgets down at exit, and crashes it."""
        handle = self._view.canvas.window().windowHandle()
        if handle is not None and handle is not self._window:
            if self._window is not None:
                self._window.visibilityChanged.disconnect(self._on_visibility)
            handle.visibilityChanged.connect(self._on_visibility)
            self._window = handle

    def _on_visibility(self, _visibility: QWindow.Visibility) -> None:
        self.sync()

    # ------------------------------------------------------------ frames

    def _tick(self) -> None:
        if not self.should_run():  # a stale timeout after the state changed
            self.sync()
            return
        self.frames += 1
        self._refresh()

    def _refresh(self) -> None:
        """Work out this frame's marks and repaint where they were and where they are."""
        old = self._drawn
        groups = self._groups() if self.timer.isActive() else []
        self._marks = [m for group in groups for m in group]
        new = QRegion()
        for group in groups:  # one rectangle round each foot view's marks
            box = QRectF()
            for m in group:
                box = box.united(m.rect())
            new = new.united(box.toAlignedRect())
        self._drawn = new
        dirty = old.united(new)
        if not dirty.isEmpty():
            self._view.canvas.update(dirty)

    def marks(self, elapsed: float | None = None) -> list[Mark]:
        """What to draw at a moment (now, by default), in canvas coordinates."""
        return [m for group in self._groups(elapsed) for m in group]

    def _groups(self, elapsed: float | None = None) -> list[list[Mark]]:
        spec = self._view.shown().motion
        if spec is None:
            return []
        t = self.elapsed() if elapsed is None else elapsed
        return [marks for cell in self._geometry() if (marks := cell_marks(spec, cell, t))]

    def paint(self, p: QPainter) -> None:
        """Draw this frame's marks over the step's picture (the canvas's paint event): each a
        ready-drawn sprite, so a frame is a few small pixmap copies."""
        if not self._marks:
            return
        colours = self._view.colours()
        dpr = self._view.canvas.devicePixelRatioF()
        p.save()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # sub-pixel positions
        for m in self._marks:
            pix = _sprite(m.style, m.radius, colours, dpr)
            half = pix.width() / dpr / 2
            p.setOpacity(min(1.0, max(0.0, m.alpha)))
            target = QRectF(m.at.x() - half, m.at.y() - half, 2 * half, 2 * half)
            p.drawPixmap(target, pix, QRectF(pix.rect()))
            if m.style == "ball":  # a line across the ball shows it rolling
                spoke = QPointF(math.cos(m.spin), math.sin(m.spin)) * m.radius * 0.56
                p.setPen(QPen(mix(colours.text, colours.accent, 0.3), 1.6))
                p.drawLine(m.at - spoke, m.at + spoke)
        p.restore()

    def _geometry(self) -> list[MarkCell]:
        feet = self._view.shown()
        key = (feet, self._view.canvas.size())
        if self._cells is None or key != self._cells_key:
            self._cells_key = key
            built = (mark_cell(c, feet) for c in self._view.cells())
            self._cells = [c for c in built if c is not None]
        return self._cells


_sprites: dict[tuple[object, ...], QPixmap] = {}


def _sprite(style: str, radius: float, colours: FootColours, dpr: float) -> QPixmap:
    """A mark drawn once at full opacity, its radius rounded to half a pixel (cached)."""
    q = round(radius * 2) / 2
    key = (style, q, colours.key, dpr)
    pix = _sprites.get(key)
    if pix is None:
        if len(_sprites) > 400:
            _sprites.clear()
        half = math.ceil(q + 2)
        pix = QPixmap(round(2 * half * dpr), round(2 * half * dpr))
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_mark(painter, Mark(style, QPointF(half, half), q, 1.0), colours)
        painter.end()
        _sprites[key] = pix
    return pix


def _paint_mark(p: QPainter, m: Mark, c: FootColours) -> None:
    ink = mix(c.text, c.accent, 0.3)
    if m.style == "glow":
        g = QRadialGradient(m.at, m.radius)
        warm = QColor(c.accent)
        warm.setAlphaF(m.alpha)
        clear = QColor(c.accent)
        clear.setAlphaF(0.0)
        g.setColorAt(0.0, warm)
        g.setColorAt(1.0, clear)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(g)
        p.drawEllipse(m.at, m.radius, m.radius)
        return
    if m.style == "ring":
        pen = QPen(_alpha(ink, 0.8 * m.alpha), max(1.2, m.radius * 0.14))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(m.at, m.radius, m.radius)
        return
    # A thumb tip: a light disc with a dark rim, in a soft shadow, readable over any hatch.
    shadow = QRadialGradient(m.at, m.radius)
    shadow.setColorAt(0.6, _alpha(c.text, 0.28 * m.alpha))
    shadow.setColorAt(1.0, _alpha(c.text, 0.0))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(shadow)
    p.drawEllipse(m.at, m.radius, m.radius)
    core = m.radius * 0.7
    p.setPen(QPen(_alpha(ink, m.alpha), max(1.3, m.radius * 0.13)))
    p.setBrush(_alpha(mix(c.skin, c.window, 0.5) if c.dark else c.window, 0.96 * m.alpha))
    p.drawEllipse(m.at, core, core)


def _alpha(colour: QColor, a: float) -> QColor:
    out = QColor(colour)
    out.setAlphaF(max(0.0, min(1.0, a)))
    return out
