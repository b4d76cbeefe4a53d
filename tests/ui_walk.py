"""Walk every page and dialog of the real app, shown at a window size (issue 15).

:func:`walk` yields ``(where, window)`` for each screen a user meets: the start page (each
routine), every step of the evening routine on both feet and the switch, a paused step,
the summary, the History
page, every Preferences tab, the precautions, the foot map, the routine editor and the About
box. The screen is taken to be the window's size: a dialog gets the size Qt or the app would
give it on such a screen. The caller checks each screen before asking for the next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from footcare_gui.core.settings import Settings, Theme
from footcare_gui.ui.theme import apply_theme
from tests.ui_harness import make_app

SIZES = ((800, 600), (1280, 800), (1920, 1080))


def settle() -> None:
    """Let the posted layout requests and resizes run."""
    for _ in range(3):
        QApplication.processEvents()


def present(dialog: QWidget, screen: QSize) -> QWidget:
    """Show ``dialog`` at the size it would have on ``screen``: a dialog that did not size
    itself gets Qt's (its size hint, at most two thirds of the screen, at least its minimum);
    one that did size itself did so from the screen (see :func:`walk`)."""
    if not dialog.isVisible():
        dialog.show()
    settle()
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):  # as QWidget.adjustSize
        hint = dialog.sizeHint()
        layout = dialog.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(layout.totalHeightForWidth(hint.width()))
        dialog.resize(
            min(hint.width(), screen.width() * 2 // 3), min(hint.height(), screen.height() * 2 // 3)
        )
        settle()
    return dialog


def _new_dialogs(before: set[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]


def walk(
    qtbot: QtBot, folder: Path, size: tuple[int, int], lang: str = ""
) -> Iterator[tuple[str, QWidget]]:
    """Each screen of the app at ``size`` (``lang``: a language to install, see make_app)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    screen = QSize(*size)
    style, palette = app.styleSheet(), app.palette()
    with pytest.MonkeyPatch.context() as mp:
        area = QRect(0, 0, *size)  # dialogs that size themselves ask the screen
        mp.setattr(QScreen, "availableGeometry", lambda _s: area)
        mp.setattr(QScreen, "geometry", lambda _s: area)
        apply_theme(app, "light")
        try:
            yield from _walk(qtbot, folder, screen, lang)
        finally:
            app.setStyleSheet(style)
            app.setPalette(palette)


def _walk(qtbot: QtBot, folder: Path, screen: QSize, lang: str) -> Iterator[tuple[str, QWidget]]:
    settings = Settings(precautions_acknowledged=True, theme=Theme.LIGHT, voice=False)
    a = make_app(qtbot, folder, settings=settings, history=True, lang=lang)
    window, c = a.window, a.controller
    window.resize(screen)
    window.show()
    c.history.open()  # as after the first paint: the start page asks how the feet feel
    settle()
    combo = window.start_page.routine
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        settle()
        yield f"start page, {combo.itemData(i)}", window
    combo.setCurrentIndex(combo.findData("evening-reflexology"))
    c.begin()
    session = c.session
    assert session is not None
    plan = session.plan
    for i, planned in enumerate(plan):  # every step, on both feet, and the switch
        session.jump(i)
        a.run(3)
        settle()
        yield f"step {i} ({planned.phase.value}): {planned.step.id}", window
    window.toggle_action.trigger()  # paused: the play button says so
    settle()
    yield "paused", window
    window.toggle_action.trigger()
    session.jump(len(plan) - 1)
    a.run(session.remaining + 1)
    settle()
    yield "summary", window
    c.back_to_start()
    window.history_action.trigger()
    settle()
    yield "history", window

    before = set(QApplication.topLevelWidgets())
    window.preferences_action.trigger()
    (prefs,) = _new_dialogs(before)
    present(prefs, screen)
    tabs = prefs.findChild(QTabWidget)
    assert tabs is not None
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        settle()
        yield f"Preferences, {tabs.tabText(i)}", prefs
    prefs.close()
    for action in (window.safety_action, window.map_action, window.about_action):
        before = set(QApplication.topLevelWidgets())
        action.trigger()
        for dialog in _new_dialogs(before):
            present(dialog, screen)
            yield type(dialog).__name__, dialog
            dialog.close()
    for editor in (c.routine_actions.new_routine(window), c.routine_actions.duplicate(window)):
        assert isinstance(editor, QDialog)
        present(editor, screen)
        yield f"routine editor, {editor.windowTitle()}", editor
        editor.close()
