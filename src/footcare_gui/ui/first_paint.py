"""Run something a little after a widget's first paint, so that it never delays it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Starts ``timer`` at the first paint event of a widget, then goes away."""

    def __init__(self, widget: QWidget, timer: QTimer) -> None:
        super().__init__(widget)
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.deleteLater()
            self._timer.start()
        return False


def after_first_paint(widget: QWidget, delay_ms: int, then: Callable[[], None]) -> QTimer:
    """Call ``then`` once, ``delay_ms`` after ``widget`` was first painted (a coarse timer:
    no precise wake-up is needed). Returns the timer, owned by the widget."""
    timer = QTimer(widget)
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.CoarseTimer)
    timer.setInterval(delay_ms)
    timer.timeout.connect(then)
    widget.installEventFilter(_FirstPaint(widget, timer))
    return timer
