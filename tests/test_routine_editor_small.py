"""The routine editor on a small screen (issue 15): the zones go under the step's fields and
the pane scrolls down, never sideways; a mnemonic's field is scrolled into view; where there is
room the zones stand beside the fields, as tall as the pane, and nothing scrolls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footcare_gui.ui.routine_editor import RoutineEditor
from tests.test_routine_editor import open_editor, routine_app


def _sized(qtbot: QtBot, tmp_path: Path, width: int, height: int) -> RoutineEditor:
    editor = open_editor(qtbot, routine_app(qtbot, tmp_path), "new_action")
    editor.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()
    return editor


def _in_view(editor: RoutineEditor, w: QWidget) -> bool:
    viewport = editor.pane.viewport()
    at = w.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().intersects(QRect(at, w.size()))


def test_on_a_small_screen_the_zones_go_under_the_fields(qtbot: QtBot, tmp_path: Path) -> None:
    editor = _sized(qtbot, tmp_path, 760, 524)
    pane = editor.pane
    assert editor.width() <= 800 and editor.height() <= 570
    assert pane.beside is False
    form, picker, preview = (
        editor.form.geometry(),
        editor.picker.geometry(),
        editor.preview.geometry(),
    )
    assert form.bottom() < picker.top() and picker.bottom() < preview.top()
    assert editor.picker.feet.canvas.height() >= 300  # the feet stay large enough to click
    assert not pane.horizontalScrollBar().isVisible()
    assert pane.verticalScrollBar().isVisible()
    assert pane.widget().width() <= pane.viewport().width()
    assert not _in_view(editor, editor.picker.checklist)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)  # the zones' list
    assert QApplication.focusWidget() is editor.picker.checklist
    assert _in_view(editor, editor.picker.checklist)
    qtbot.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # back to the title
    assert QApplication.focusWidget() is editor.form.title
    assert _in_view(editor, editor.form.title)


def test_where_there_is_room_the_zones_stand_beside_the_fields(
    qtbot: QtBot, tmp_path: Path
) -> None:
    editor = _sized(qtbot, tmp_path, 1216, 736)  # a 1280x800 screen
    pane = editor.pane
    assert pane.beside is True
    assert editor.picker.geometry().left() > editor.form.geometry().right()
    assert not pane.verticalScrollBar().isVisible()
    assert not pane.horizontalScrollBar().isVisible()
    assert editor.picker.geometry().bottom() >= pane.viewport().height() - 2  # its height
    assert editor.picker.feet.canvas.height() > 200
    assert editor.form.geometry().width() >= editor.form.unwrapped_width()


def test_a_long_folder_path_never_widens_the_editor(qtbot: QtBot, tmp_path: Path) -> None:
    deep = tmp_path / ("a-very-long-folder-name-" * 4) / ("and-another-one-" * 4)
    short = open_editor(qtbot, routine_app(qtbot, tmp_path / "short"), "new_action")
    long = open_editor(qtbot, routine_app(qtbot, deep), "new_action")
    note = long.file_note
    assert str(deep) in note.whole_text() and note.toolTip() == note.whole_text()
    assert long.minimumSizeHint().width() == short.minimumSizeHint().width()
    long.resize(long.minimumSizeHint())
    QApplication.processEvents()
    assert "…" in note.text()
    assert note.fontMetrics().horizontalAdvance(note.text()) <= note.contentsRect().width()
