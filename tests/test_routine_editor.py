"""The routine editor end to end (issue 16): a new routine built by clicking zones on the feet
and by the keyboard alone, checked live with the loader's words, saved, chosen, and run as a
whole session on the fake clock; Duplicate to edit, Delete, Import and Export from the menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from footcare_gui.core.routine_draft import draft_of
from footcare_gui.core.routine_library import RoutineLibrary
from footcare_gui.core.routines import Per, StepView, parse_routine
from footcare_gui.core.settings import DEFAULT_ROUTINE, Settings, session_total, with_duration
from footcare_gui.core.zones import ZONES, Foot, View
from footcare_gui.ui.library_controller import LibraryController
from footcare_gui.ui.main_window import Page
from footcare_gui.ui.routine_editor import RoutineEditor
from tests.routine_strategies import routine_files
from tests.test_routines import toml_document
from tests.ui_harness import App, make_app

QUICK_CHOSEN = Settings(precautions_acknowledged=True, routine="quick-wind-down")


def routine_app(qtbot: QtBot, tmp_path: Path, settings: Settings | None = None) -> App:
    app = make_app(qtbot, tmp_path / "cfg", settings=settings)
    app.controller.library.library.folder = tmp_path / "routines"  # the user's own go here
    return app


def own_files(tmp_path: Path) -> list[str]:
    folder = tmp_path / "routines"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def open_editor(qtbot: QtBot, app: App, action: str = "new_action") -> RoutineEditor:
    getattr(app.controller.routine_actions, action).trigger()
    editor = app.controller.routine_actions.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.activateWindow()  # shortcuts (Alt+Up, Ctrl+S) work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def click_zone(qtbot: QtBot, editor: RoutineEditor, foot: Foot, view: View, zone: str) -> None:
    """Click the diagram at the middle of a zone, as a person would."""
    feet = editor.picker.feet
    rect = feet.zone_rect(foot, view, zone)
    assert rect is not None, zone
    centre = rect.center()
    assert feet.zone_at(centre) == zone  # the middle of its box lies on the zone itself
    at = (centre - QPointF(feet.canvas.pos())).toPoint()
    qtbot.mouseClick(feet.canvas, Qt.MouseButton.LeftButton, pos=at)


def fill_step(qtbot: QtBot, editor: RoutineEditor, title: str, per: Per) -> None:
    form = editor.form
    type_into(qtbot, form.title, title)
    type_into(qtbot, form.instruction, f"{title}, slowly and gently.")
    type_into(qtbot, form.why, "It feels good.")
    (form.each_foot if per is Per.FOOT else form.once).click()


def visible_errors(widget: QWidget) -> dict[str, str]:
    from PySide6.QtWidgets import QLabel

    return {
        w.objectName(): w.text()
        for w in widget.findChildren(QLabel)
        if w.objectName().startswith("error-") and w.isVisible()
    }


def test_new_routine_with_zones_clicked_on_the_feet_reordered_saved_and_run(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = routine_app(qtbot, tmp_path)
    with qtbot.waitExposed(app.window):
        app.window.show()
    editor = open_editor(qtbot, app)
    assert editor.windowTitle() == "New routine"
    assert not editor.save_button.isEnabled()
    type_into(qtbot, editor.name, "Arch and heel")
    type_into(qtbot, editor.summary, "Just the arch and the heel.")

    # Step 1: the one step a new routine starts with, done on each foot, on the sole.
    fill_step(qtbot, editor, "Circle the arch", Per.FOOT)
    for zone in ("solar-plexus", "kidneys-adrenals"):
        click_zone(qtbot, editor, Foot.RIGHT, View.SOLE, zone)
    assert editor.draft.steps[0].zones == ["solar-plexus", "kidneys-adrenals"]
    assert "Solar plexus" in editor.picker.feet.legend_text()
    click_zone(qtbot, editor, Foot.LEFT, View.SOLE, "kidneys-adrenals")  # a second click: off
    assert editor.draft.steps[0].zones == ["solar-plexus"]

    # Step 2: on the top of the foot.
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    fill_step(qtbot, editor, "Stroke the ankle", Per.FOOT)
    editor.form.view.setCurrentIndex(editor.form.view.findData(StepView.TOP.value))
    editor.form.view.activated.emit(editor.form.view.currentIndex())
    click_zone(qtbot, editor, Foot.LEFT, View.TOP, "lymph")

    # Step 3: warming up, once, which must come first: moved up twice with Alt+Up.
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    fill_step(qtbot, editor, "Warm the hands", Per.SESSION)
    assert editor.steps.currentRow() == 2
    editor.steps.setFocus()
    for _ in range(2):
        qtbot.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.text("title") for s in editor.draft.steps] == [
        "Warm the hands",
        "Circle the arch",
        "Stroke the ankle",
    ]
    # ...and a drag, as the list's model performs it: the arch after the ankle, then back.
    model = editor.steps.model()
    assert model.moveRow(model.index(0, 0).parent(), 1, model.index(0, 0).parent(), 3)
    assert [s.text("title") for s in editor.draft.steps][1:] == [
        "Stroke the ankle",
        "Circle the arch",
    ]
    assert editor.steps.item(1).text().startswith("2. Stroke the ankle")

    assert editor.save_button.isEnabled(), editor.status.text()
    assert editor.total.text() == "Whole session: 5:15"  # 1:00 + 2 x (1:00 + 1:00) + 0:15
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())

    assert own_files(tmp_path) == ["arch-and-heel.toml"]
    saved = parse_routine((tmp_path / "routines" / "arch-and-heel.toml").read_text("utf-8"))
    assert [s.id for s in saved.steps] == ["warm-the-hands", "stroke-the-ankle", "circle-the-arch"]
    assert saved.steps[2].zones == ("solar-plexus",)
    assert saved.steps[1].zones == ("lymph",) and saved.steps[1].view is StepView.TOP
    # Saved means chosen: the start page lists it and shows it.
    assert app.settings.settings.routine == "arch-and-heel"
    combo = app.window.start_page.routine
    assert combo.currentData() == "arch-and-heel" and combo.currentText() == "Arch and heel"

    # A whole session of it on the fake clock.
    c = app.controller
    c.begin()
    assert c.session is not None and app.window.current_page() is Page.SESSION
    plan = c.session.plan
    assert [p.step.id for p in plan] == [
        "warm-the-hands",
        "stroke-the-ankle",
        "circle-the-arch",
        "switch-feet",
        "stroke-the-ankle",
        "circle-the-arch",
    ]
    assert [p.foot for p in plan] == [None, Foot.RIGHT, Foot.RIGHT, None, Foot.LEFT, Foot.LEFT]
    app.run(session_total(app.settings.settings, saved) + 2)
    assert app.window.current_page() is Page.SUMMARY


def test_the_keyboard_alone_builds_and_saves_a_routine(qtbot: QtBot, tmp_path: Path) -> None:
    app = routine_app(qtbot, tmp_path)
    with qtbot.waitExposed(app.window):
        app.window.show()
    app.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window)

    def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, k, mod)

    def type_text(text: str) -> None:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClicks(target, text)

    alt = Qt.KeyboardModifier.AltModifier
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Routine → New routine…
    editor = app.controller.routine_actions.editor
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert QApplication.focusWidget() is editor.name  # typing can start at once
    type_text("Toes tonight")
    key(Qt.Key.Key_Tab)
    type_text("Only the toes.")
    key(Qt.Key.Key_T, alt)  # the step's title
    type_text("Press the toes")
    key(Qt.Key.Key_I, alt)
    type_text("Press each toe pad.")
    key(Qt.Key.Key_Tab)  # out of the instruction with Tab: it does not insert a tab
    assert QApplication.focusWidget() is editor.form.say
    key(Qt.Key.Key_H, alt)
    type_text("It is said to ease the head.")
    key(Qt.Key.Key_Z, alt)  # the zones' checklist
    assert QApplication.focusWidget() is editor.picker.checklist
    editor.picker.checklist.setCurrentRow(0)  # the first zone of the sole
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)
    first_two = list(ZONES)[:2]
    assert editor.draft.steps[0].zones == first_two
    # A second step, a copy (Alt+C), made "once" and moved first with Alt+Up.
    key(Qt.Key.Key_C, alt)
    qtbot.waitUntil(lambda: len(editor.draft.steps) == 2)  # a mnemonic clicks a moment later
    key(Qt.Key.Key_T, alt)
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Sit down")
    key(Qt.Key.Key_O, alt)  # Once in the session
    qtbot.waitUntil(lambda: editor.draft.steps[1].per is Per.SESSION)
    assert editor.save_button.isEnabled()  # a once step after the foot steps: the finish
    key(Qt.Key.Key_S, alt)  # the step list
    assert QApplication.focusWidget() is editor.steps
    key(Qt.Key.Key_Up, alt)
    assert [s.text("title") for s in editor.draft.steps] == ["Sit down", "Press the toes"]
    assert editor.save_button.isEnabled(), editor.status.text()
    key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save, a moment later
    qtbot.waitUntil(lambda: app.controller.routine_actions.editor is None)
    assert own_files(tmp_path) == ["toes-tonight.toml"]
    assert app.settings.settings.routine == "toes-tonight"


def test_every_problem_is_named_under_its_field_and_save_waits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = routine_app(qtbot, tmp_path)
    editor = open_editor(qtbot, app)
    errors = visible_errors(editor)
    assert errors["error-routine-title"] == "⚠ must be a non-empty text"
    assert errors["error-title"] == "⚠ must be a non-empty text"
    assert editor.status.text() == "5 things to put right before saving."
    assert editor.steps.item(0).text().startswith("⚠ 1. (no title yet)")
    type_into(qtbot, editor.name, "N" * 61)
    assert visible_errors(editor)["error-routine-title"] == "⚠ has 61 characters; at most 60 fit"
    editor.name.setText("Short")
    editor.summary.setText("S")
    fill_step(qtbot, editor, "A", Per.FOOT)
    assert editor.save_button.isEnabled()
    editor.form.hi.setValue(10)  # below the default length of 1:00
    errors = visible_errors(editor)
    assert errors == {
        "error-duration": "⚠ 60 s is outside the allowed range 20..10 s"
    } or errors == {"error-max": "⚠ Longest: 10 s is below the minimum of 20 s"}
    assert not editor.save_button.isEnabled()
    editor.form.hi.setValue(300)
    # The only foot step made "once": the routine-wide rule, in the loader's words.
    editor.form.once.click()
    assert visible_errors(editor) == {
        "error-routine-steps": '⚠ needs at least one step done on each foot (per = "foot")'
    }
    assert not editor.save_button.isEnabled()
    # The preview words it as the session would: without a foot step, as getting ready.
    assert editor.preview.eyebrow.text() == "GETTING READY"


def test_the_preview_and_total_follow_the_step(qtbot: QtBot, tmp_path: Path) -> None:
    app = routine_app(
        qtbot, tmp_path, Settings(precautions_acknowledged=True, routine="quick-wind-down")
    )
    app.controller.routine_actions.duplicate_action.trigger()
    editor = app.controller.routine_actions.editor
    assert editor is not None
    assert editor.name.text() == "Quick wind-down (my copy)"
    assert editor.total.text() == "Whole session: 8:00"
    editor.steps.setCurrentRow(2)
    assert editor.preview.eyebrow.text() == "RIGHT FOOT"
    assert editor.preview.title.text() == "Circle the arch with thumbs"
    assert editor.preview.next_line.text() == "Next: Circle the ball and toe bases"
    assert editor.preview.clock.text() == "1:15 · on each foot"
    editor.form.title.setText("Circle the arch")
    assert editor.preview.title.text() == "Circle the arch"
    editor.form.duration.setValue(135)
    assert editor.total.text() == "Whole session: 10:00"
    qtbot.mouseClick(editor.switch_button, Qt.MouseButton.LeftButton)
    assert editor.preview.title.text() == "Now the left foot"
    assert not editor.form.each_foot.isEnabled()


def test_editing_a_built_in_routine_offers_a_copy(qtbot: QtBot, tmp_path: Path) -> None:
    app = routine_app(qtbot, tmp_path)
    with qtbot.waitExposed(app.window):
        app.window.show()
    app.controller.routine_actions.edit_action.trigger()
    box = app.window.findChild(QMessageBox, "builtInBox")
    assert box is not None and "comes with the app" in box.text()
    assert not app.controller.routine_actions.delete_action.isEnabled()
    box.button(QMessageBox.StandardButton.Cancel)  # exists
    copy = box.findChild(QWidget, "duplicateToEditButton")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    # The box deletes itself once closed: the editor must outlive it (it was the box's child
    # and went with it, so the button opened nothing in the real app).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    editor = app.controller.routine_actions.editor
    assert editor is not None and editor.isVisible()
    assert editor.parent() is app.window
    assert editor.name.text() == "Evening reflexology (my copy)"
    assert editor.save() is not None
    assert own_files(tmp_path) == ["evening-reflexology-my-copy.toml"]
    assert app.controller.routine_actions.delete_action.isEnabled()  # an own one is chosen


def test_edit_then_delete_an_own_routine(qtbot: QtBot, tmp_path: Path) -> None:
    app = routine_app(
        qtbot, tmp_path, Settings(precautions_acknowledged=True, routine="quick-wind-down")
    )
    actions = app.controller.routine_actions
    actions.duplicate_action.trigger()
    assert actions.editor is not None
    mine = actions.editor.save()
    assert mine is not None and mine.id == "quick-wind-down-my-copy"
    app.settings.apply(with_duration(app.settings.settings, mine, "warm-oil", 60))

    editor = open_editor(qtbot, app, "edit_action")
    assert editor.windowTitle() == "Edit “Quick wind-down (my copy)”"
    editor.steps.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.save() is not None
    # the removed step's stored duration went with it
    assert app.settings.settings.durations.get(mine.id, {}) == {}
    assert own_files(tmp_path) == ["quick-wind-down-my-copy.toml"]

    app.settings.apply(with_duration(app.settings.settings, mine, "rest-warm", 60))
    actions.delete_action.trigger()
    box = app.window.findChild(QMessageBox, "deleteRoutineBox")
    assert box is not None and box.text() == "Delete “Quick wind-down (my copy)”?"
    yes = box.findChild(QWidget, "confirmDeleteButton")
    assert yes is not None
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert own_files(tmp_path) == []
    assert app.settings.settings.routine == DEFAULT_ROUTINE
    assert mine.id not in app.settings.settings.durations
    assert app.window.start_page.routine.findData(mine.id) == -1
    assert app.window.start_page.routine.currentData() == DEFAULT_ROUTINE


def test_unsaved_changes_are_not_dropped_without_asking(qtbot: QtBot, tmp_path: Path) -> None:
    app = routine_app(qtbot, tmp_path)
    editor = open_editor(qtbot, app)
    editor.name.setText("Something")
    editor.reject()
    box = editor.findChild(QMessageBox, "discardChangesBox")
    assert box is not None and editor.isVisible()
    keep = next(b for b in box.buttons() if b.text() == "&Keep editing")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    editor.reject()
    box = next(b for b in editor.findChildren(QMessageBox) if b.isVisible())
    discard = next(b for b in box.buttons() if b.text() == "&Discard changes")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert own_files(tmp_path) == []


def test_a_save_the_disk_refuses_keeps_the_editor_open_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = routine_app(qtbot, tmp_path)
    (tmp_path / "blocker").write_text("a file where the folder should be")
    app.controller.library.library.folder = tmp_path / "blocker" / "routines"
    app.controller.routine_actions.duplicate_action.trigger()
    editor = app.controller.routine_actions.editor
    assert editor is not None
    assert editor.save() is None
    assert editor.isVisible()
    assert editor.status.text().startswith("⚠ “Evening reflexology (my copy)” could not be saved")


def test_import_and_export_from_the_menu(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = routine_app(qtbot, tmp_path)
    actions = app.controller.routine_actions
    messages: list[str] = []
    actions.status.connect(messages.append)
    out = tmp_path / "shared.toml"
    monkeypatch.setattr(actions, "ask_save_path", lambda suggested: out)
    actions.export_action.trigger()
    assert parse_routine(out.read_text("utf-8")).id == DEFAULT_ROUTINE
    assert messages[-1].startswith("“Evening reflexology” is exported to ")

    bad = tmp_path / "bad.toml"
    bad.write_text(out.read_text("utf-8").replace('"lungs-chest"', '"elbow"'), "utf-8")
    monkeypatch.setattr(actions, "ask_open_path", lambda: bad)
    actions.import_action.trigger()
    box = app.window.findChild(QMessageBox, "routineProblemBox")
    assert box is not None, messages
    assert "field 'zones': unknown zone 'elbow'" in box.informativeText()
    assert own_files(tmp_path) == []

    monkeypatch.setattr(actions, "ask_open_path", lambda: out)
    actions.import_action.trigger()
    assert own_files(tmp_path) == ["evening-reflexology-2.toml"]
    assert app.settings.settings.routine == "evening-reflexology-2"
    assert app.window.start_page.routine.currentText() == "Evening reflexology (2)"
    assert "the id evening-reflexology was taken" in messages[-1]


def test_preferences_list_own_routines_and_open_the_editor(qtbot: QtBot, tmp_path: Path) -> None:
    from footcare_gui.ui.preferences_dialog import PreferencesDialog

    app = routine_app(qtbot, tmp_path)
    app.controller.dialogs.preferences()
    dialog = app.window.findChild(PreferencesDialog)
    assert dialog is not None
    combo = dialog.general.routine
    before = combo.count()
    edit = dialog.findChild(QWidget, "editRoutineButton")
    new = dialog.findChild(QWidget, "newRoutineButton")
    assert edit is not None and new is not None
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    editor = app.controller.routine_actions.editor
    assert editor is not None and editor.parent() is dialog
    editor.name.setText("Mine")
    editor.summary.setText("Mine.")
    fill_step(qtbot, editor, "Press", Per.FOOT)
    assert editor.save() is not None
    # Preferences shows the new routine at once, chosen, with its steps' durations.
    assert combo.count() == before + 1 and combo.currentData() == "mine"
    assert dialog.durations.findChild(QWidget, "duration-press") is not None


def test_a_damaged_own_routine_is_named_in_the_status_bar_and_the_app_starts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from dataclasses import replace

    from footcare_gui.assets import asset_path
    from footcare_gui.cli import parse_args
    from footcare_gui.core.routines import load_routines
    from footcare_gui.ui.application import build

    built_in = load_routines(asset_path("routines"))
    folder = tmp_path / "cfg" / "routines"
    RoutineLibrary(built_in.routines, folder).save(
        replace(built_in.routines["quick-wind-down"], id="quick-again", title="Quick again")
    )
    (folder / "mine.toml").write_text("steps = 3", "utf-8")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, controller = build(parse_args(["--config-dir", str(tmp_path / "cfg")]), built_in, app)
    qtbot.addWidget(window)
    assert "quick-again" in controller.routines
    assert window.start_page.routine.findData("quick-again") >= 0
    aside = [p.name for p in folder.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].startswith("mine.toml.damaged-")
    assert any("mine.toml" in m for m in controller.library.library.messages)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=routine_files())
def test_any_file_the_loader_accepts_opens_in_the_editor_window_and_saves_unchanged(
    qtbot: QtBot, tmp_path: Path, data: dict[str, Any]
) -> None:
    loaded = parse_routine(toml_document(data), "mine.toml")
    library = LibraryController(RoutineLibrary({}, tmp_path / "own"))
    editor = RoutineEditor(draft_of(loaded), library)
    qtbot.addWidget(editor)
    # Show every step, and take each text back from its field as if it had been typed there:
    # what the controls hold is what the file said.
    for row in [*range(editor.steps.count()), None]:
        if row is None:
            qtbot.mouseClick(editor.switch_button, Qt.MouseButton.LeftButton)
        else:
            editor.steps.setCurrentRow(row)
        for key, widget in editor.form.texts.items():
            widget.textChanged.emit(*([widget.text()] if key == "title" else []))
    editor.name.textChanged.emit(editor.name.text())
    assert editor.save_button.isEnabled(), editor.status.text()
    saved = editor.save()
    assert saved == loaded
    assert parse_routine((tmp_path / "own" / f"{loaded.id}.toml").read_text("utf-8")) == loaded


def test_ctrl_s_takes_a_length_still_being_typed(qtbot: QtBot, tmp_path: Path) -> None:
    app = routine_app(qtbot, tmp_path, QUICK_CHOSEN)
    app.controller.routine_actions.duplicate_action.trigger()
    editor = app.controller.routine_actions.editor
    assert editor is not None
    editor.steps.setCurrentRow(1)
    box = editor.form.duration
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "2:00")  # no Enter, focus never left
    assert editor.draft.steps[1].duration == 60
    saved = editor.save()
    assert saved is not None and saved.steps[1].duration == 120


def test_an_own_routine_cannot_be_deleted_while_a_session_runs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = routine_app(qtbot, tmp_path, QUICK_CHOSEN)
    actions = app.controller.routine_actions
    actions.duplicate_action.trigger()
    assert actions.editor is not None and actions.editor.save() is not None
    assert actions.delete_action.isEnabled()

    app.controller.begin()
    assert app.window.current_page() is Page.SESSION
    # Restart would bring back a routine whose file is gone
    assert not actions.delete_action.isEnabled()
    actions.delete()
    assert app.window.findChild(QMessageBox, "deleteRoutineBox") is None
    assert own_files(tmp_path) == ["quick-wind-down-my-copy.toml"]

    app.controller.back_to_start()
    assert actions.delete_action.isEnabled()
