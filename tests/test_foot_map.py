"""The foot map: search, what each zone is said to reflect, the steps that work it, labels that
never overlap, and every zone reachable by keyboard with an accessible name and description."""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QPainterPathStroker
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from footcare_gui.assets import asset_path
from footcare_gui.core.foot_map import TINT_COUNT, TINTS, facts, search, spread, steps_working
from footcare_gui.core.routines import load_routines
from footcare_gui.core.zones import GROUPS, ZONES, Foot, View, expand, zones_on
from footcare_gui.ui.foot_art import load_art
from footcare_gui.ui.foot_map_dialog import FootMapDialog

ROUTINES = load_routines(asset_path("routines")).routines


# ---------------------------------------------------------------- core


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("neck", {"neck-throat"}),  # by name
        ("digestion", {"stomach"}),  # by what it is said to reflect
        ("Lower BACK", {"lower-back", "pelvis-sciatic"}),  # every word must match
        ("arch", set(GROUPS["arch"])),  # by group
        ("outer edge", {"shoulder", "knee-hip", "spleen"}),
        ("sinus", {"sinuses"}),  # the start of a word is enough
        ("elbow", set()),
        ("  ", set()),
    ],
)
def test_search_finds_zones_by_name_body_area_and_group(query: str, expected: set[str]) -> None:
    assert set(search(query)) == expected


def test_every_zone_is_found_by_its_own_name() -> None:
    for zid, z in ZONES.items():
        assert zid in search(z.name), zid


def test_facts_are_hedged_and_name_the_feet() -> None:
    liver = facts("liver")
    assert liver.reflects == "In reflexology this area is said to reflect the liver."
    assert (liver.feet, facts("heart").feet, facts("spine").feet) == (
        "Right foot only",
        "Left foot only",
        "Both feet",
    )
    assert all("said to reflect" in facts(z).reflects for z in ZONES)


def _steps_from_the_files() -> dict[str, dict[str, list[str]]]:
    """Routine id -> zone -> step ids, read from the TOML files themselves."""
    out: dict[str, dict[str, list[str]]] = {}
    for path in sorted(asset_path("routines").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        table: dict[str, list[str]] = {}
        for step in data["steps"]:
            for zone in expand(step.get("zones", [])):
                table.setdefault(zone, []).append(step["id"])
        out[data["id"]] = table
    return out


def test_the_steps_listed_for_each_zone_match_the_routine_files() -> None:
    files = _steps_from_the_files()
    assert set(files) == set(ROUTINES)
    for rid, routine in ROUTINES.items():
        for zid in ZONES:
            listed = [s.id for s in steps_working(routine, zid)]
            assert listed == files[rid].get(zid, []), (rid, zid)


@given(
    st.lists(st.floats(0, 600), min_size=1, max_size=14).map(sorted),
    st.data(),
)
def test_spread_labels_never_overlap_and_stay_in_order(
    wanted: list[float], data: st.DataObject
) -> None:
    heights = data.draw(st.lists(st.floats(8, 40), min_size=len(wanted), max_size=len(wanted)))
    tops = spread(wanted, heights, 0.0, 600.0, 4.0)
    for i in range(1, len(tops)):
        assert tops[i] >= tops[i - 1] + heights[i - 1] + 4.0 - 1e-6
    if sum(heights) + 4.0 * (len(heights) - 1) <= 600:
        assert tops[0] >= -1e-6 and tops[-1] + heights[-1] <= 600 + 1e-6


def test_every_zone_has_a_calm_tint() -> None:
    assert set(TINTS) == set(ZONES)
    assert all(0 <= t < TINT_COUNT for t in TINTS.values())


def _touching(foot: Foot, view: View) -> Iterator[tuple[str, str]]:
    art = load_art(foot, view)
    stroker = QPainterPathStroker()
    stroker.setWidth(1.5)
    grown = {z: stroker.createStroke(p).united(p) for z, p in art.zones.items()}
    for a, b in itertools.combinations(art.zones, 2):
        if grown[a].intersects(art.zones[b]):
            yield a, b


@pytest.mark.parametrize(("foot", "view"), [(f, v) for f in Foot for v in View])
def test_neighbouring_zones_have_different_colours(foot: Foot, view: View) -> None:
    pairs = list(_touching(foot, view))
    assert pairs  # the zones do touch: the check below would notice a mix-up
    same = [(a, b) for a, b in pairs if TINTS[a] == TINTS[b]]
    assert same == []


# ---------------------------------------------------------------- the dialog


@pytest.fixture
def dialog(qtbot: QtBot) -> FootMapDialog:
    d = FootMapDialog(ROUTINES, "evening-reflexology")
    qtbot.addWidget(d)
    d.resize(1500, 900)
    with qtbot.waitExposed(d):
        d.show()
    return d


def test_every_zone_drawn_has_one_label(dialog: FootMapDialog) -> None:
    expected = {(f, v, z.id) for f in Foot for v in View for z in zones_on(f, v)}
    assert set(dialog.canvas.chips) == expected
    assert {lb.key for lb in dialog.canvas.layout_.labels} == expected  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [QSize(1500, 900), QSize(1800, 1000), QSize(1100, 640)])
def test_labels_never_overlap_nor_leave_their_foot(qtbot: QtBot, size: QSize) -> None:
    d = FootMapDialog(ROUTINES, None)
    qtbot.addWidget(d)
    d.resize(size)
    with qtbot.waitExposed(d):
        d.show()
    layout = d.canvas.layout_
    assert layout is not None
    canvas = d.canvas.rect()
    for a, b in itertools.combinations(layout.labels, 2):
        assert not a.rect.intersects(b.rect), (a.key, b.key)
    for lb in layout.labels:
        assert layout.panels[lb.key[0]].contains(lb.rect), lb.key  # on its own foot's side
        assert canvas.contains(lb.rect.toAlignedRect()), lb.key
        chip = d.canvas.chips[lb.key]
        assert chip.isVisible() and chip.geometry() == lb.rect.toAlignedRect()
    for lb in layout.labels:  # a top view's names sit inside its drawing
        if lb.key[1] is View.TOP:
            cell = next(c for c in layout.cells if (c.foot, c.view) == lb.key[:2])
            assert cell.rect.contains(lb.rect), lb.key


def test_every_zone_has_an_accessible_name_and_description(dialog: FootMapDialog) -> None:
    for (foot, view, zid), chip in dialog.canvas.chips.items():
        name = chip.accessibleName()
        assert name.startswith(ZONES[zid].name) and foot.label.lower() in name
        assert ("sole" if view is View.SOLE else "top") in name
        assert ZONES[zid].reflects in chip.accessibleDescription()
        assert chip.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_tab_reaches_every_zone_in_map_order(dialog: FootMapDialog) -> None:
    order = dialog.canvas.ordered()
    first = dialog.canvas.chips[order[0]]
    seen = [first.key]
    w = first.nextInFocusChain()
    while w is not first and len(seen) <= len(order):
        if w in dialog.canvas.chips.values():
            seen.append(w.key)  # type: ignore[attr-defined]
        w = w.nextInFocusChain()
    assert seen == order


def test_arrows_move_between_zones_and_enter_opens_one(dialog: FootMapDialog, qtbot: QtBot) -> None:
    canvas = dialog.canvas
    stomach = (Foot.RIGHT, View.SOLE, "stomach")
    canvas.select(stomach)
    assert dialog.panel.name.text() == "Stomach"
    qtbot.keyClick(canvas.chips[stomach], Qt.Key.Key_Down)
    below = canvas.current
    assert below is not None and below != stomach and below[:2] == stomach[:2]
    label = {lb.key: lb for lb in canvas.layout_.labels}  # type: ignore[union-attr]
    assert label[below].rect.top() > label[stomach].rect.top()
    assert label[below].column == label[stomach].column
    qtbot.keyClick(canvas.chips[below], Qt.Key.Key_Up)
    assert canvas.current == stomach
    qtbot.keyClick(canvas.chips[stomach], Qt.Key.Key_Left)  # to the left sole's inner column
    assert canvas.current is not None and canvas.current[0] is Foot.LEFT
    canvas.select(stomach)
    opened: list[object] = []
    canvas.opened.connect(opened.append)
    qtbot.keyClick(canvas.chips[stomach], Qt.Key.Key_Return)
    assert opened == [stomach]


def test_a_click_on_the_drawing_chooses_its_zone(dialog: FootMapDialog, qtbot: QtBot) -> None:
    label = next(
        lb
        for lb in dialog.canvas.layout_.labels  # type: ignore[union-attr]
        if lb.key == (Foot.LEFT, View.SOLE, "heart")
    )
    qtbot.mouseClick(dialog.canvas, Qt.MouseButton.LeftButton, pos=label.anchor.toPoint())
    assert dialog.canvas.current == (Foot.LEFT, View.SOLE, "heart")
    assert "Left foot only" in dialog.panel.where.text()
    assert "said to reflect the heart" in dialog.panel.reflects.text()
    qtbot.mouseClick(dialog.canvas, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))  # no zone
    assert dialog.canvas.current == (Foot.LEFT, View.SOLE, "heart")


def _step_buttons(dialog: FootMapDialog) -> list[QPushButton]:
    return list(dialog.panel.step_buttons)


def test_a_zone_lists_the_steps_that_work_it_and_a_step_shows_its_page(
    dialog: FootMapDialog,
) -> None:
    files = _steps_from_the_files()
    dialog.canvas.select((Foot.RIGHT, View.SOLE, "liver"))
    buttons = _step_buttons(dialog)
    assert [b.objectName() for b in buttons] == [
        f"step-{s}" for s in files["evening-reflexology"]["liver"]
    ]
    buttons[-1].click()
    preview = dialog.panel.preview
    step = ROUTINES["evening-reflexology"].step(buttons[-1].objectName().removeprefix("step-"))
    assert preview.isVisible() and preview.title.text() == step.title
    assert preview.feet.shown().zones == step.zones
    assert preview.feet.shown().active_foot is Foot.RIGHT  # the liver's foot
    routine = dialog.panel.routine
    routine.setCurrentIndex(routine.findData("quick-wind-down"))
    listed = [b.objectName() for b in _step_buttons(dialog)]
    assert listed == [f"step-{s}" for s in files["quick-wind-down"].get("liver", [])]
    assert not preview.isVisible()


def test_a_step_focused_by_keyboard_has_no_line_through_its_words(qtbot: QtBot) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from footcare_gui.ui.foot_map_dialog import StepButton
    from footcare_gui.ui.theme import palette_for, resolve, stylesheet_for

    box = QDialog()  # the steps as the app shows them, its theme on this dialog only
    qtbot.addWidget(box)
    box.setPalette(palette_for(resolve("light")))
    box.setStyleSheet(stylesheet_for(resolve("light")))
    button = StepButton("Press along the sole  (1:30)")
    QVBoxLayout(box).addWidget(button)
    box.resize(320, 60)
    with qtbot.waitExposed(box):
        box.show()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(button, Qt.Key.Key_Space)  # chosen by keyboard: the focus stays on it
    box.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # as after Tab
    button.update()
    QApplication.processEvents()
    image = button.grab().toImage()
    words = button.words
    end = words.x() + words.fontMetrics().horizontalAdvance(words.text())
    beyond = range(end + 4, words.geometry().right())
    background = image.pixelColor(image.width() // 2, 4).name()
    assert button.hasFocus() and len(beyond) > 20
    # The theme's accent border shows the focus; the style's focus rectangle round a button
    # without text of its own was a grey line struck through the words.
    y = words.geometry().center().y()
    assert {image.pixelColor(x, y).name() for x in beyond} == {background}


def test_enter_on_a_zone_goes_on_to_its_first_step(dialog: FootMapDialog, qtbot: QtBot) -> None:
    dialog.activateWindow()
    key = (Foot.LEFT, View.TOP, "lymph")
    dialog.canvas.select(key)
    qtbot.keyClick(dialog.canvas.chips[key], Qt.Key.Key_Return)
    QApplication.processEvents()
    first = _step_buttons(dialog)[0]
    assert first.hasFocus() or QApplication.focusWidget() is first


def test_searching_fades_the_rest_and_enter_chooses_the_first_match(
    dialog: FootMapDialog, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.search, "neck")
    faded = {k[2] for k, chip in dialog.canvas.chips.items() if chip.dimmed}
    assert faded == set(ZONES) - {"neck-throat"}
    assert "Neck and throat" in dialog.found.text()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.canvas.current == (Foot.LEFT, View.SOLE, "neck-throat")
    assert dialog.isVisible()  # Enter chose the zone; it did not press Close too
    dialog.search.clear()
    assert not any(chip.dimmed for chip in dialog.canvas.chips.values())
    qtbot.keyClicks(dialog.search, "elbow")
    assert "No zone matches" in dialog.found.text()


def test_view_menu_f2_and_the_start_page_open_one_map(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QKeySequence

    from tests.ui_harness import make_app

    app = make_app(qtbot, tmp_path / "cfg")
    w = app.window
    assert w.map_action.shortcut() == QKeySequence("F2")
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    assert w.map_action in view_menu.actions()
    w.map_action.trigger()
    maps = w.findChildren(FootMapDialog)
    assert len(maps) == 1 and maps[0].isVisible()
    assert maps[0].panel.routine.currentData() == app.controller.routine.id
    w.start_page.map_link.click()  # asked again: the same map comes forward
    assert w.findChildren(FootMapDialog) == maps
    maps[0].search.setFocus()  # Enter in the search box of the map as the app opens it
    qtbot.keyClicks(maps[0].search, "neck")
    qtbot.keyClick(maps[0].search, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert maps[0].isVisible() and maps[0].canvas.current is not None
    maps[0].close()
    QApplication.processEvents()
    w.start_page.map_link.click()
    again = [d for d in w.findChildren(FootMapDialog) if d.isVisible()]
    assert len(again) == 1
