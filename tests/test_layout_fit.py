"""Nothing cut off or overlapping, in any language (issue 15): every page and dialog of the app
(tests/ui_walk.py) at 800x600, 1280x800 and 1920x1080, in the pseudo locale (every text
accented and 40% longer), German and Spanish, through the fit checker (tests/fit_check.py);
and the checker itself finds what it is meant to find."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from tests.fit_check import Finding, check_fit, name_of
from tests.pseudo import pseudo_locale
from tests.ui_walk import SIZES, settle, walk

# Texts elided on purpose, each with its reason (none so far).
ALLOWED: dict[str, str] = {}
# Dialogs whose smallest size is larger than an 800x600 screen, by design of their content;
# at that size they are checked at their minimum (larger than the screen).
LARGER_THAN_800X600 = {
    "FootMapDialog": "both feet, sole and top, beside the zone facts: at least 1100x640",
    "RoutineEditor": "the steps, the step's fields and the zones on the feet side by side",
}


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
            big = window.width() > size[0] or window.height() > size[1]
            if big and not (size == (800, 600) and type(window).__name__ in LARGER_THAN_800X600):
                found.append(f"{where}: {window.width()}x{window.height()}, larger than {size}")
    assert not found, f"{len(found)} problems in {lang} at {size}:\n" + "\n".join(found)


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
