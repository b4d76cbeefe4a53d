"""The foot map on a small screen (issue 15): a canvas too narrow for all four views shows one
foot, or one view, at a time; the switch above it, the arrow keys and a search reach the
others; nothing overlaps or leaves the canvas; a step's words wrap in the zone panel."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footcare_gui.assets import asset_path
from footcare_gui.core.routines import load_routines
from footcare_gui.core.zones import Foot, View, zones_on
from footcare_gui.ui.foot_map_dialog import FootMapDialog, StepButton
from footcare_gui.ui.foot_map_layout import MAP_ORDER

ROUTINES = load_routines(asset_path("routines")).routines
SMALL = QSize(752, 513)  # what the map takes of an 800x570 screen


def _map(qtbot: QtBot, size: QSize) -> FootMapDialog:
    d = FootMapDialog(ROUTINES, "evening-reflexology")
    qtbot.addWidget(d)
    d.resize(size)
    with qtbot.waitExposed(d):
        d.show()
    QApplication.processEvents()
    return d


def _placed_well(d: FootMapDialog) -> None:
    layout = d.canvas.layout_
    assert layout is not None
    for a, b in itertools.combinations(layout.labels, 2):
        assert not a.rect.intersects(b.rect), (a.key, b.key)
    shown = {lb.key for lb in layout.labels}
    for key, chip in d.canvas.chips.items():
        assert chip.isVisible() == (key in shown), key
        if key in shown:
            assert d.canvas.rect().contains(chip.geometry()), key


def test_a_narrow_map_shows_less_and_the_switch_shows_the_rest(qtbot: QtBot) -> None:
    d = _map(qtbot, SMALL)
    canvas, switch = d.canvas, d.part_switch
    assert len(canvas.shown) < len(MAP_ORDER) and switch.isVisible()
    assert canvas.layout_ is not None and canvas.layout_.scale >= 90
    _placed_well(d)
    switch.feet[Foot.RIGHT].click()
    assert {foot for foot, _ in canvas.shown} == {Foot.RIGHT}
    assert switch.feet[Foot.RIGHT].isChecked() and not switch.feet[Foot.LEFT].isChecked()
    _placed_well(d)
    if len(canvas.shown) == 1:  # one view at a time: Sole and Top choose it
        switch.views[View.TOP].click()
        assert canvas.shown == ((Foot.RIGHT, View.TOP),)
        _placed_well(d)


def test_a_wide_map_shows_all_four_views_and_no_switch(qtbot: QtBot) -> None:
    d = _map(qtbot, QSize(1500, 900))
    assert d.canvas.shown == MAP_ORDER and not d.part_switch.isVisible()


@pytest.mark.parametrize("size", [SMALL, QSize(950, 640), QSize(1100, 640)])
def test_arrows_walk_on_into_the_foot_or_view_not_shown(qtbot: QtBot, size: QSize) -> None:
    d = _map(qtbot, size)
    canvas = d.canvas
    d.activateWindow()
    key = (Foot.LEFT, View.SOLE, "stomach")
    canvas.select(key)
    seen = []
    for _ in range(8):  # to the right: the left sole's columns, the right sole's, its top
        assert canvas.current is not None
        qtbot.keyClick(canvas.chips[canvas.current], Qt.Key.Key_Right)
        seen.append(canvas.current[:2])
        assert canvas.current[:2] in canvas.shown
        assert canvas.chips[canvas.current].isVisible()
    assert (Foot.RIGHT, View.SOLE) in seen and seen[-1] == (Foot.RIGHT, View.TOP)
    for _ in range(8):
        qtbot.keyClick(canvas.chips[canvas.current], Qt.Key.Key_Left)
    assert canvas.current is not None and canvas.current[:2] == (Foot.LEFT, View.TOP)


def test_a_search_shows_a_zone_on_the_foot_not_shown(qtbot: QtBot) -> None:
    d = _map(qtbot, SMALL)
    d.part_switch.feet[Foot.LEFT].click()
    assert all(foot is Foot.LEFT for foot, _ in d.canvas.shown)
    qtbot.keyClicks(d.search, "liver")  # on the right foot only
    qtbot.keyClick(d.search, Qt.Key.Key_Return)
    assert d.canvas.current == (Foot.RIGHT, View.SOLE, "liver")
    assert (Foot.RIGHT, View.SOLE) in d.canvas.shown
    assert d.panel.name.text() == "Liver"


def test_tab_reaches_every_zone_shown(qtbot: QtBot) -> None:
    d = _map(qtbot, SMALL)
    order = d.canvas.ordered()
    assert set(order) == {(f, v, z.id) for f, v in d.canvas.shown for z in zones_on(f, v)}
    first = d.canvas.chips[order[0]]
    seen = [first.key]
    w = first.nextInFocusChain()
    while w is not first and len(seen) <= len(d.canvas.chips):
        if w in d.canvas.chips.values() and w.isVisible():
            seen.append(w.key)  # type: ignore[attr-defined]
        w = w.nextInFocusChain()
    assert seen == order


def test_a_step_s_words_wrap_in_the_panel(qtbot: QtBot) -> None:
    button = StepButton("Mit den Daumen vom Ballen zur Ferse, langsam und gleichmäßig  (1:30)")
    qtbot.addWidget(button)
    lines = button.heightForWidth(160)
    assert lines > button.heightForWidth(2000)  # more lines where it is narrower
    assert button.minimumSizeHint().width() < 160
    button.resize(160, lines)
    button.show()
    QApplication.processEvents()
    assert button.words.height() >= button.words.heightForWidth(button.words.width())
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    qtbot.mouseClick(button.words, Qt.MouseButton.LeftButton)  # the words pass a click on
    assert clicked == [True]
