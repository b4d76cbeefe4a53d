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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
    QRadialGradient,
    QRegion,
    QTransform,
    QWindow,
)

from footcare_gui.core.motion import Motion, MotionSpec, pose
from footcare_gui.core.zones import View
from footcare_gui.ui.foot_art import load_art, view_transform
from footcare_gui.ui.foot_colours import FootColours, mix
from footcare_gui.ui.motion_tracks import MARKER, Tracks, circle_radius, toe_joints, tracks

if TYPE_CHECKING:
    from footcare_gui.core.feet_shown import FeetShown
    from footcare_gui.ui.foot_layout import Cell
    from footcare_gui.ui.foot_view import FootView

FRAME_MS = 40
"""25 frames a second: smooth for a soft marker moving this slowly, at well under the CPU
budget (bench/animation.py measures 15 to 30 frames a second; docs/benchmarks.md)."""

TRAIL = ((0.07, 0.42, 0.82), (0.14, 0.2, 0.66))  # (seconds behind, alpha, size) of the trail


@dataclass(frozen=True, slots=True)
class Mark:
    """One thing drawn this frame, in canvas coordinates."""

    style: str  # "dot", "ring", "ball", "glow"
    at: QPointF
    radius: float
    alpha: float
    spin: float = 0.0  # the ball's turn, in radians

    def rect(self) -> QRectF:
        r = self.radius + 2.0  # antialiased edge
        return QRectF(self.at.x() - r, self.at.y() - r, 2 * r, 2 * r)


@dataclass(frozen=True)
class _Cell:
    """One animated foot view: its geometry and where the view box lands on the canvas."""

    top: bool
    tracks: Tracks
    centre_lane: Tracks
    transform: QTransform
    scale: float


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
        self._cells: list[_Cell] | None = None
        self._cells_key: object = None
        self._window: QWindow | None = None
        self.frames = 0  # repaints asked for by the timer: tests count them

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
        self._marks = self.marks() if self.timer.isActive() else []
        new = QRegion()
        for m in self._marks:
            new = new.united(m.rect().toAlignedRect())
        self._drawn = new
        dirty = old.united(new)
        if not dirty.isEmpty():
            self._view.canvas.update(dirty)

    def marks(self, elapsed: float | None = None) -> list[Mark]:
        """What to draw at a moment (now, by default), in canvas coordinates."""
        spec = self._view.shown().motion
        if spec is None:
            return []
        t = self.elapsed() if elapsed is None else elapsed
        out: list[Mark] = []
        for cell in self._geometry():
            out.extend(_cell_marks(spec, cell, t))
        return out

    def paint(self, p: QPainter) -> None:
        """Draw this frame's marks over the step's picture (the canvas's paint event)."""
        if not self._marks:
            return
        colours = self._view.colours()
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for m in self._marks:
            _paint_mark(p, m, colours)
        p.restore()

    def _geometry(self) -> list[_Cell]:
        feet = self._view.shown()
        key = (feet, self._view.canvas.size())
        if self._cells is None or key != self._cells_key:
            self._cells_key = key
            built = (_cell(c, feet) for c in self._view.cells())
            self._cells = [c for c in built if c is not None]
        return self._cells


def _cell(cell: Cell, feet: FeetShown) -> _Cell | None:
    """The geometry of one foot's view, or None where nothing moves (the other foot, or the
    view a step does not work)."""
    if feet.active_foot is not None and cell.foot is not feet.active_foot:
        return None
    zones = feet.zones
    if zones and not any(z in load_art(cell.foot, cell.view).zones for z in zones):
        return None
    t = tracks(cell.foot, cell.view, zones)
    transform = view_transform(cell.rect)
    return _Cell(
        top=cell.view is View.TOP,
        tracks=t,
        centre_lane=tracks(cell.foot, cell.view, zones, lanes=1),
        transform=transform,
        scale=transform.m11(),
    )


def _cell_marks(spec: MotionSpec, cell: _Cell, t: float) -> list[Mark]:
    """The marks of one foot's view at time t."""
    tr, m = cell.tracks, spec.motion
    r = max(4.5, MARKER * cell.scale)
    at = cell.transform.map
    out: list[Mark] = []
    if m in (Motion.STROKE, Motion.THUMB_WALK, Motion.ROLL):
        lanes = cell.centre_lane.lanes if m is Motion.ROLL else tr.lanes
        now = pose(spec, t, top=cell.top)
        ghosts = (
            []
            if m is not Motion.STROKE
            else [(pose(spec, t - d, top=cell.top), a, s) for d, a, s in TRAIL]
        )
        for lane in lanes:
            for g, a, s in reversed(ghosts):
                if g.alpha > 0 and abs(g.along - now.along) < 0.5:
                    out.append(Mark("dot", at(lane.pointAtPercent(g.along)), r * s, g.alpha * a))
            point = at(lane.pointAtPercent(now.along))
            if m is Motion.ROLL:
                length = lane.length() * cell.scale
                out.append(Mark("ball", point, r * 1.5, now.alpha, now.along * length / (r * 1.5)))
            else:
                out.append(Mark("dot", point, r * (1 - 0.15 * now.depth), now.alpha))
                if now.depth > 0.02:
                    out.append(
                        Mark("ring", point, r * (1.05 + 0.6 * now.depth), now.depth * now.alpha)
                    )
    elif m is Motion.CIRCLES:
        radius = circle_radius(tr, cell.scale)
        for back, a, s in ((0.0, 1.0, 1.0), *TRAIL):
            p = pose(spec, t - back)
            angle = math.radians(120.0) - 2 * math.pi * p.turn  # clockwise, as the arrows go
            for c in tr.centres[:4]:
                ring = QPointF(c.x() + radius * math.cos(angle), c.y() - radius * math.sin(angle))
                out.append(Mark("dot", at(ring), r * 0.7 * s, a))
    elif m is Motion.PRESS:
        p = pose(spec, t, spots=len(tr.centres))
        c = at(tr.centres[p.spot])
        out.append(Mark("ring", c, r * (2.1 - 1.0 * p.depth), p.alpha * (0.25 + 0.5 * p.depth)))
        out.append(Mark("dot", c, r * (0.8 + 0.2 * p.depth), p.alpha))
    elif m is Motion.STRETCH and tr.toe_tips:
        p = pose(spec, t, spots=len(tr.toe_tips))
        tip = tr.toe_tips[p.spot]
        dx, dy = (tip.x() - tr.middle_x) * 0.12, -16.0
        n = math.hypot(dx, dy)
        pull = 10.0 * p.depth
        start = QPointF(tip.x(), tip.y() + MARKER + 11)
        out.append(
            Mark("dot", at(start + QPointF(dx / n * pull, dy / n * pull)), r * 0.85, p.alpha)
        )
    elif m is Motion.TOE_JOINTS and tr.toe_tips:
        joints = toe_joints(tr, View.TOP if cell.top else View.SOLE)
        p = pose(spec, t, spots=len(joints))
        j = joints[p.spot]
        half = 10.0 * (1.0 - 0.4 * p.depth)  # finger and thumb close on the joint
        for side in (-1.0, 1.0):
            out.append(Mark("dot", at(QPointF(j.x() + side * half, j.y())), r * 0.72, p.alpha))
    elif m is Motion.KNEAD and cell.centre_lane.lanes:
        p = pose(spec, t, top=cell.top)
        lane = cell.centre_lane.lanes[0]
        mid = lane.pointAtPercent(p.along)
        lo, hi = tr.span_at(mid.y())
        half = (hi - lo) / 2 * (0.9 - 0.45 * p.depth)
        for side in (-1.0, 1.0):
            out.append(Mark("dot", at(QPointF(mid.x() + side * half, mid.y())), r, p.alpha))
    elif m is Motion.REST:
        p = pose(spec, t)
        area = tr.area
        centre = QPointF(tr.middle_x, area.top() + area.height() * 0.42)
        glow = area.width() * 0.34 * cell.scale * (0.85 + 0.15 * p.depth)
        out.append(Mark("glow", at(centre), glow, 0.10 + 0.22 * p.depth))
    return out


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
    if m.style == "ball":  # a line across the ball shows it rolling
        spoke = QPointF(math.cos(m.spin), math.sin(m.spin)) * core * 0.8
        p.drawLine(m.at - spoke, m.at + spoke)


def _alpha(colour: QColor, a: float) -> QColor:
    out = QColor(colour)
    out.setAlphaF(max(0.0, min(1.0, a)))
    return out
