"""The countdown repaints only what a second changes, and that part exactly as a full paint."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from footcare_gui.ui.countdown_ring import CountdownRing


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.regions: dict[str, QRegion] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            name = watched.objectName()
            self.regions[name] = self.regions.get(name, QRegion()).united(event.region())
        return False


@pytest.fixture
def ring(qtbot: QtBot) -> Iterator[CountdownRing]:
    page = QWidget()
    page.setObjectName("page")
    qtbot.addWidget(page)
    ring = CountdownRing(page)
    ring.setObjectName("ring")
    QVBoxLayout(page).addWidget(ring)
    page.resize(420, 420)
    with qtbot.waitExposed(page):
        page.show()
    ring.set_time(30, 60)
    QApplication.processEvents()
    yield ring  # the page stays alive with the test
    del page


def _area(region: QRegion) -> int:
    return sum(r.width() * r.height() for r in region)  # type: ignore[attr-defined]


def _second(ring: CountdownRing, remaining: float, duration: float) -> QRegion:
    """Set the time and return what was repainted, widget by widget."""
    spy = Paints()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    try:
        ring.set_time(remaining, duration)
        QApplication.processEvents()
    finally:
        app.removeEventFilter(spy)
    assert set(spy.regions) <= {"ring"}  # the page under the ring is not repainted
    return spy.regions.get("ring", QRegion())


def test_a_second_repaints_only_the_time_and_the_arc_end(ring: CountdownRing) -> None:
    region = _second(ring, 29, 60)
    whole = ring.width() * ring.height()
    assert 0 < _area(region) < whole * 0.35
    assert _second(ring, 29, 60).isEmpty()  # nothing changed: nothing painted


@pytest.mark.parametrize(
    ("before", "after", "duration"),
    [(30, 29, 60), (60, 59, 60), (10, 9, 600), (600, 599, 600), (1, 0, 5), (5, 4, 5), (45, 44, 90)],
)
def test_every_pixel_a_second_changes_is_repainted(
    ring: CountdownRing, before: float, after: float, duration: float
) -> None:
    """A whole paint before and after differ only inside the part repainted: the screen,
    which keeps the old pixels elsewhere, shows exactly what a whole paint would."""
    ring.set_time(before, duration)
    QApplication.processEvents()
    old = ring.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    region = _second(ring, after, duration)
    new = ring.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    changed = [
        QPoint(x, y)
        for y in range(new.height())
        for x in range(new.width())
        if new.pixel(x, y) != old.pixel(x, y)
    ]
    assert changed  # the second did change something
    assert [pt for pt in changed if not region.contains(pt)] == []
