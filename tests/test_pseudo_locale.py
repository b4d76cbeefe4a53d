"""The pseudo-locale test (issue 15): with every text of the .ts files accented and 40% longer
(tests/pseudo.py), walking every page and dialog of the app (tests/ui_walk.py) finds no
English left that the app wrote itself (routine files' words, numbers, names and QLocale's
day and month names excepted). tests/test_layout_fit.py walks the same screens for text that
is cut off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footcare_gui import APP_NAME
from footcare_gui.assets import asset_path
from footcare_gui.core.routines import load_routines
from tests.pseudo import MARK, is_marked, pseudo, pseudo_locale, ts_keys
from tests.ui_walk import walk


class Pseudo(QTranslator):
    """The plain marker: every text of the .ts files as ``⟦text⟧``, under its own context (for
    tests that compare whole messages, tests/test_core_messages_i18n.py)."""

    keys = ts_keys()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if source and (context, source) in self.keys:
            return f"⟦{source}⟧"
        return source

    def isEmpty(self) -> bool:
        return False


@pytest.mark.parametrize(
    "text",
    [
        "Start",
        "&Start / Pause",
        "allowed &between",
        "<b>Highlighted:</b> {zones}.",
        "{time} left, {caption}",
        "%Ln session(s) exported to {0}.",
        "%1: no session",
        "Step {step} of {steps} · {time} left",
        "Salt && pepper {{literal}}",
        "A much longer sentence that goes on for a while, so that its padding is long too.",
    ],
)
def test_a_pseudo_text_is_accented_longer_and_keeps_what_the_app_fills(text: str) -> None:
    p = pseudo(text)
    assert is_marked(p) and p.startswith(("[", "<b>["))
    kept = re.findall(r"\{\{|\}\}|\{[^{}]*\}|%L?\d|%L?n|&&|&\w|<[^<>]+>", text)
    assert re.findall(r"\{\{|\}\}|\{[^{}]*\}|%L?\d|%L?n|&&|&\w|<[^<>]+>", p) == kept
    assert len(_visible(p)) >= len(_visible(text)) * 1.35
    assert max(len(run) for run in re.findall("~+", p)) <= 4  # breakable for word wrap
    words = re.sub(r"\{[^{}]*\}|%L?\d|%L?n|&\w|<[^<>]+>", "", p)
    assert not re.search("[a-zA-Z]", words), p  # no plain letter left to pass for English
    if "{" in text and "{{" not in text:
        names = {n: "X" for n in re.findall(r"\{(\w*)\}", text) if n}
        args = ["X"] * text.count("{0}")
        assert "X" in p.format(*args, **names)


def _visible(text: str) -> str:
    """What a text shows, a placeholder as one character (it is filled in)."""
    return re.sub(r"<[^<>]+>|&(?=\w)", "", re.sub(r"\{[^{}]*\}|%L?\d|%L?n", "X", text))


def test_a_counted_phrase_reads_right_in_the_pseudo_locale(qapp: object) -> None:
    from footcare_gui.core.i18n import Context

    with pseudo_locale():
        one = Context("HistoryCounts").tr("%1: %Ln minute(s)", "", 1)
        five = Context("HistoryCounts").tr("%1: %Ln minute(s)", "", 5)
    assert one.endswith(MARK) and "1 ɱîñûţé " in one and "%1" in one
    assert "5 ɱîñûţéš " in five


def _routine_words() -> set[str]:
    words = set()
    for r in load_routines(asset_path("routines")).routines.values():
        words |= {r.title, r.summary, r.intro}
        for s in r.all_steps:
            words |= {s.title, s.instruction, s.why, s.say}
    return words


_NOT_WORDS = re.compile(r"^[\W\d_]*$")  # numbers, clocks, arrows, percent
# Standard buttons (Close, Save, Cancel) come from Qt's qtbase translations.
FREE = {APP_NAME, "English", "Deutsch", "Español", "F1", "F2", "Close", "Save", "Cancel"}


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    for w in [widget, *widget.findChildren(QWidget)]:
        name = f"{type(w).__name__}#{w.objectName()}"
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}[{i}]", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}[{i}]", w.tabText(i)
        yield f"{name}.toolTip", w.toolTip()
        yield f"{name}.accessibleName", w.accessibleName()
    if isinstance(widget, QMainWindow):
        yield "status bar", widget.statusBar().currentMessage()
    for a in widget.findChildren(QAction):
        yield f"action {a.objectName()}", a.text()
        yield f"action {a.objectName()}.toolTip", a.toolTip()


def _english(widget: QWidget, skip: set[str]) -> list[str]:
    left = []
    for where, text in _texts(widget):
        plain = text.replace("&", "").strip()
        if not plain or is_marked(plain) or _NOT_WORDS.match(plain) or plain in FREE:
            continue
        if where.startswith("QToolButton#reminderDay_"):  # QLocale's day names
            continue
        rest = plain
        for w in sorted(skip, key=len, reverse=True):  # the routine files' own words
            if w:
                rest = rest.replace(w, "").replace(w.rstrip("."), "")
        if _NOT_WORDS.match(rest) or is_marked(rest):
            continue
        left.append(f"{where}: {text!r}")
    return left


def test_no_english_is_left_on_any_page_or_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    skip = _routine_words()
    found: set[str] = set()
    with pseudo_locale():
        for where, window in walk(qtbot, tmp_path / "cfg", (1280, 800)):
            found |= {f"{where}: {t}" for t in _english(window, skip)}
    assert not found, f"{len(found)} English texts left:\n" + "\n".join(sorted(found))
