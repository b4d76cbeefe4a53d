"""Nothing cut off or overlapping, in any language (issue 15): every page and dialog of the app
(tests/ui_walk.py) at 800x600, 1280x800 and 1920x1080, in the pseudo locale (every text
accented and 40% longer), German and Spanish, through the fit checker (tests/fit_check.py);
the foot map and the routine editor on an 800x570 screen; and the checker itself finds what
it is meant to find."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footcare_gui.ui.theme import apply_theme
from tests.fit_check import Finding, check_fit, name_of
from tests.pseudo import pseudo_locale
from tests.ui_harness import make_app
from tests.ui_walk import SIZES, present, settle, walk

# Texts elided on purpose, each with its reason (none so far).
ALLOWED: dict[str, str] = {}
SMALL_SCREEN = (800, 570)  # an 800x600 screen less a panel


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["pseudo", "de", "es"])
def test_nothing_is_cut_off_or_overlaps(
    qtbot: QtBot, tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    found: list[str] = []
    shown = pseudo_locale() if lang == "pseudo" else contextlib.nullcontext()
    with shown:
        for where, window in walk(qtbot, tmp_path / "cfg", size, "" if lang == "pseudo" else lang):
            found += [f"{where}: {f}" for f in check_fit(window, ALLOWED)]
            if window.width() > size[0] or window.height() > size[1]:
                found.append(f"{where}: {window.width()}x{window.height()}, larger than {size}")
    assert not found, f"{len(found)} problems in {lang} at {size}:\n" + "\n".join(found)


@pytest.mark.parametrize("lang", ["en", "pseudo", "de", "es"])
def test_the_map_and_the_editor_fit_a_small_screen(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    """The foot map and the routine editor, at the size they open at on an 800x570 screen and
    at their smallest, fit it; nothing is cut off, the map with a zone and a step chosen."""
    from footcare_gui.core.zones import Foot, View
    from footcare_gui.ui.foot_map_dialog import FootMapDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.styleSheet(), app.palette()
    shown = pseudo_locale() if lang == "pseudo" else contextlib.nullcontext()
    area = QRect(0, 0, *SMALL_SCREEN)
    found: list[str] = []
    with shown, pytest.MonkeyPatch.context() as mp:
        mp.setattr(QScreen, "availableGeometry", lambda _s: area)
        apply_theme(app, "light")
        a = make_app(qtbot, tmp_path / "cfg", lang=lang if lang in ("de", "es") else "")
        window, c = a.window, a.controller
        window.map_action.trigger()
        (foot_map,) = window.findChildren(FootMapDialog)
        editors = [c.routine_actions.new_routine(window), c.routine_actions.duplicate(window)]
        for dialog in (foot_map, *editors):
            present(dialog, QSize(*SMALL_SCREEN))
            if dialog is foot_map:
                foot_map.canvas.select((Foot.RIGHT, View.SOLE, "stomach"))
                foot_map.panel.step_buttons[0].click()
                settle()
            name = type(dialog).__name__
            smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            for what, s in (("smallest", smallest), ("opens at", dialog.size())):
                if s.width() > SMALL_SCREEN[0] or s.height() > SMALL_SCREEN[1]:
                    found.append(f"{name}: {what} {s.width()}x{s.height()}")
            found += [f"{name}: {f}" for f in check_fit(dialog, ALLOWED)]
            dialog.close()
    app.setStyleSheet(style)
    app.setPalette(palette)
    assert not found, f"{lang} at {SMALL_SCREEN}:\n" + "\n".join(found)


# -- the checker ---------------------------------------------------------------------------


def _shown(qtbot: QtBot, window: QWidget, width: int = 300, height: int = 200) -> QWidget:
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    settle()
    return window


def _problems(window: QWidget, allowed: dict[str, str] | None = None) -> list[Finding]:
    return check_fit(window, allowed)


def test_a_label_too_narrow_for_its_text_is_found(qtbot: QtBot) -> None:
    window = QWidget()
    row = QHBoxLayout(window)
    label = QLabel("A label that is much too long for its room")
    label.setObjectName("tooNarrow")
    label.setMinimumWidth(10)
    label.setMaximumWidth(80)  # deliberately too narrow
    row.addWidget(label)
    (found,) = _problems(_shown(qtbot, window))
    assert found.widget == "QLabel#tooNarrow" and found.problem == "cut off"
    assert found.text == label.text() and "has 80" in found.sizes, found
    label.setMaximumWidth(1000)
    settle()
    assert _problems(window) == []
    label.setMaximumWidth(80)
    settle()
    assert _problems(window, {"QLabel#tooNarrow": "elided on purpose"}) == []


def test_rich_and_wrapped_labels_are_measured_as_drawn(qtbot: QtBot) -> None:
    window = QWidget()
    col = QVBoxLayout(window)
    rich = QLabel("<b>Bold words</b> and a longer tail of plain ones")
    rich.setObjectName("rich")
    rich.setMaximumWidth(120)
    wrapped = QLabel("Wrapped words in more lines than the label's fixed height can show")
    wrapped.setObjectName("wrapped")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    word = QLabel("Reflexzonenmassageöl")
    word.setObjectName("word")
    word.setWordWrap(True)
    word.setFixedSize(40, 60)
    fits = QLabel("<i>Fits</i>")
    for w in (rich, wrapped, word, fits):
        col.addWidget(w)
    found = {(f.widget, f.problem) for f in _problems(_shown(qtbot, window, 400, 300))}
    assert found == {
        ("QLabel#rich", "cut off"),
        ("QLabel#wrapped", "cut off: lines"),
        ("QLabel#word", "cut off: a word"),
    }


def test_buttons_combos_tabs_and_group_titles_that_do_not_fit_are_found(qtbot: QtBot) -> None:
    window = QWidget()
    grid = QGridLayout(window)
    button = QPushButton("A button with a long text")
    button.setObjectName("button")
    button.setFixedWidth(60)
    combo = QComboBox()
    combo.setObjectName("combo")
    combo.addItem("A choice far too long for the box")
    combo.setFixedWidth(80)
    tabs = QTabWidget()
    tabs.setObjectName("tabs")
    tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
    tabs.tabBar().setUsesScrollButtons(False)
    for text in ("First long tab title", "Second long tab title", "Third long tab title"):
        tabs.addTab(QWidget(), text)
    tabs.setFixedWidth(150)
    box = QGroupBox("A group title wider than its box")
    box.setObjectName("box")
    box.setFixedWidth(70)
    grid.addWidget(button, 0, 0)
    grid.addWidget(combo, 1, 0)
    grid.addWidget(tabs, 2, 0)
    grid.addWidget(box, 3, 0)
    found = _problems(_shown(qtbot, window, 400, 400))
    named = {f.widget.split(" > ")[0] for f in found}
    assert {"QPushButton#button", "QComboBox#combo", "QGroupBox#box"} <= named, found
    assert any(f.problem == "cut off: elided tab" for f in found), found


def test_widgets_placed_over_each_other_are_found(qtbot: QtBot) -> None:
    window = QWidget()
    window.setObjectName("window")
    grid = QGridLayout(window)
    first, second = QLabel("One"), QLabel("Two")
    first.setObjectName("first")
    second.setObjectName("second")
    grid.addWidget(first, 0, 0)
    grid.addWidget(second, 0, 0)  # the same cell
    (found,) = _problems(_shown(qtbot, window))
    assert found.widget == "QLabel#first" and found.problem == "overlaps QLabel#second"
    assert name_of(QLabel()) == "QLabel"
