"""The pseudo-locale test (issue 15): with a translator that wraps every text of the .ts files in
⟦…⟧, walking the start page, a session step, the summary, the menus, every Preferences tab,
the precautions and the foot map finds no English left that the app wrote itself (routine
files' words, numbers, names and QLocale's day names excepted)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footcare_gui import APP_NAME
from footcare_gui.assets import asset_path
from footcare_gui.core import i18n
from footcare_gui.core.routines import load_routines
from tests.ui_harness import make_app


def _ts_keys() -> set[tuple[str, str]]:
    """Every (context, source) the translation files hold."""
    root = ET.parse(Path(__file__).parent.parent / "translations" / "footcare_gui_de.ts")
    return {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.getroot().iter("context")
        for m in c.iter("message")
    }


class Pseudo(QTranslator):
    """Every text the .ts files hold, under the context it is looked up in, marked: ⟦Start⟧.
    A text looked up under another context than the one it was extracted with stays as it is,
    so the walk finds it too."""

    keys = _ts_keys()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if source and (context, source) in self.keys:
            return f"⟦{source}⟧"
        return source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = Pseudo(app)
    app.installTranslator(translator)
    i18n.install(QCoreApplication.translate, "xx")
    yield
    app.removeTranslator(translator)


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
    for a in widget.findChildren(QAction):
        yield f"action {a.objectName()}", a.text()
        yield f"action {a.objectName()}.toolTip", a.toolTip()


def _english(widget: QWidget, skip: set[str]) -> list[str]:
    left = []
    for where, text in _texts(widget):
        plain = text.replace("&", "").strip()
        if not plain or "⟦" in plain or _NOT_WORDS.match(plain) or plain in FREE:
            continue
        if where.startswith("QToolButton#reminderDay_"):  # QLocale's day names
            continue
        rest = plain
        for w in sorted(skip, key=len, reverse=True):  # the routine files' own words
            if w:
                rest = rest.replace(w, "").replace(w.rstrip("."), "")
        if _NOT_WORDS.match(rest) or "⟦" in rest:
            continue
        left.append(f"{where}: {text!r}")
    return sorted(set(left))


def test_no_english_is_left_on_the_pages_and_in_preferences(
    qtbot: QtBot, tmp_path: Path, pseudo: None
) -> None:
    skip = _routine_words()
    app = make_app(qtbot, tmp_path / "cfg", history=True)
    window = app.window
    window.resize(1280, 800)
    found = _english(window, skip)
    c = app.controller
    c.begin()
    assert c.session is not None
    app.run(5)
    found += _english(window.session_page, skip)
    app.run(c.session.total + 1)
    found += _english(window.summary_page, skip)
    window.preferences_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "PreferencesDialog"]
    assert dialogs
    tabs = dialogs[0].findChild(QTabWidget)
    assert tabs is not None
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        found += _english(dialogs[0], skip)
    dialogs[0].close()
    for action in (window.safety_action, window.map_action):  # Help's precautions, Foot map
        before = set(QApplication.topLevelWidgets())
        action.trigger()
        for w in set(QApplication.topLevelWidgets()) - before:
            if w.isVisible():
                found += [f"{type(w).__name__}: {t}" for t in _english(w, skip)]
                w.close()
    c.back_to_start()
    window.history_action.trigger()  # the History page (with the history of that evening)
    found += _english(window.history_page, skip)
    editor = c.routine_actions.new_routine(window)  # the routine editor, a new routine
    found += [f"RoutineEditor: {t}" for t in _english(editor, skip)]
    editor.close()
    found = sorted(set(found))
    assert not found, f"{len(found)} English texts left:\n" + "\n".join(found)
