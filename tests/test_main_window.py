"""The main window, driven like a user would, on a fake clock: a whole session, keys, sound."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footcare_gui.core.plan import Phase
from footcare_gui.core.session import State
from footcare_gui.core.settings import Settings
from footcare_gui.core.texts import format_clock
from footcare_gui.core.zones import Foot
from footcare_gui.ui.main_window import Page
from footcare_gui.ui.precautions_dialog import PrecautionsDialog
from footcare_gui.ui.sound import NO_OUTPUT_MESSAGE
from tests.ui_harness import App, make_app


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> App:
    return make_app(qtbot, tmp_path / "cfg")


def press(qtbot: QtBot, app: App, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    """Type a key into the active main window, as a user would."""
    window = app.window
    if not window.isVisible():
        with qtbot.waitExposed(window):
            window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, modifier or Qt.KeyboardModifier.NoModifier)


def begin_shown(qtbot: QtBot, app: App, size: tuple[int, int] | None = None) -> None:
    """Show the window (at ``size``), begin a session and let the new page settle."""
    if size is not None:
        app.window.resize(*size)
    with qtbot.waitExposed(app.window):
        app.window.show()
    app.controller.begin()
    for _ in range(3):  # the new page's own relayout climbs one parent per pass
        QApplication.processEvents()


@pytest.mark.parametrize("first", [Foot.RIGHT, Foot.LEFT])
def test_a_whole_evening_session_hands_free(qtbot: QtBot, tmp_path: Path, first: Foot) -> None:
    app = make_app(qtbot, tmp_path / "cfg", foot=first)
    c, page = app.controller, app.window.session_page
    assert app.window.start_page.start.isEnabled()
    c.begin()
    assert c.session is not None
    plan = c.session.plan
    assert app.window.current_page() is Page.SESSION
    second = first.other
    assert [p.foot for p in plan if p.phase is Phase.FIRST_FOOT] == [first] * 8
    assert [p.foot for p in plan if p.phase is Phase.SECOND_FOOT] == [second] * 8
    for index, planned in enumerate(plan):
        assert c.session.index == index
        if planned.phase is Phase.SWITCH:
            assert page.title.text() == f"Now the {second.value} foot"
            assert page.eyebrow.text() == "SWITCH FEET"
            assert page.feet.shown().active_foot is second
        else:
            assert page.title.text() == planned.step.title
            assert page.instruction.text() == planned.step.instruction
            assert page.feet.shown().active_foot is planned.foot
            assert set(page.feet.shown().zones) == set(planned.step.zones)
            if planned.foot is not None:
                assert page.eyebrow.text() == planned.foot.label.upper()
        assert page.ring.text() == format_clock(planned.duration)
        app.run(10)
        assert page.ring.text() == format_clock(planned.duration - 10)
        assert format_clock(planned.duration - 10) in app.window.windowTitle()
        if index == len(plan) - 1:
            with qtbot.waitSignal(c.runner.finished, timeout=1000):
                app.run(planned.duration - 10)
        else:
            with qtbot.waitSignal(c.runner.step_changed, timeout=1000) as changed:
                app.run(planned.duration - 10)
            assert changed.args == [index + 1]
    assert app.window.current_page() is Page.SUMMARY
    summary = app.window.summary_page
    assert f"{len(plan)} of {len(plan)} steps" in summary.stats.text()
    assert format_clock(sum(p.duration for p in plan)) in summary.stats.text()
    assert summary.line.text()
    assert not app.awake.holding


def test_sounds_chime_tick_and_finish_at_the_right_moments(app: App) -> None:
    c = app.controller
    c.begin()
    assert c.session is not None
    first = c.session.plan[0].duration
    assert app.sound.played == ["chime"]
    app.run(first - 4)
    assert app.sound.played == ["chime"]
    app.run(3)  # the last three seconds: one tick each
    assert app.sound.played == ["chime", "tick", "tick", "tick"]
    app.run(1)
    assert app.sound.played[-1] == "chime"
    c.session.jump(len(c.session.plan) - 1)
    app.sound.played.clear()
    app.run(c.session.plan[-1].duration)
    assert app.sound.played == ["tick", "tick", "tick", "finish"]


class _NoAudioOutputs:
    """Stands in for QMediaDevices on a machine without an audio output."""

    @staticmethod
    def audioOutputs() -> list[object]:
        return []


def test_no_audio_device_gives_one_status_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same on every machine: the real QtMultimedia finds a developer's speakers, and
    # cannot load at all without libpulse; this one loads and finds no output.
    qt_multimedia = types.ModuleType("PySide6.QtMultimedia")
    monkeypatch.setattr(qt_multimedia, "QMediaDevices", _NoAudioOutputs, raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", qt_multimedia)
    app = make_app(qtbot, tmp_path / "cfg", real_sound=True)
    messages: list[str] = []
    app.controller.status.connect(messages.append)
    app.controller.begin()
    app.run(120)
    sound_messages = [m for m in messages if "sound" in m.lower()]
    assert sound_messages == [NO_OUTPUT_MESSAGE]
    assert app.controller.session is not None
    assert app.controller.session.index > 0  # the session carried on, silently


def test_pause_freezes_the_countdown(app: App) -> None:
    c, ring = app.controller, app.window.session_page.ring
    c.begin()
    app.run(5)
    shown = ring.text()
    app.window.toggle_action.trigger()
    assert c.session is not None and c.session.state is State.PAUSED
    assert not app.awake.holding  # the screen may sleep while paused
    app.run(30)
    assert ring.text() == shown
    assert "Paused" in app.window.windowTitle()
    app.window.toggle_action.trigger()
    assert app.awake.holding
    app.run(1)
    assert ring.text() != shown


def test_shortcuts_do_what_they_say(qtbot: QtBot, app: App) -> None:
    w, c = app.window, app.controller
    press(qtbot, app, Qt.Key.Key_Left)  # on the start page: choose the left foot
    assert c.first_foot is Foot.LEFT
    press(qtbot, app, Qt.Key.Key_Space)  # start
    assert w.current_page() is Page.SESSION
    assert c.session is not None and c.session.state is State.RUNNING
    press(qtbot, app, Qt.Key.Key_Right)
    assert c.session.index == 1
    press(qtbot, app, Qt.Key.Key_Left)
    assert c.session.index == 0
    press(qtbot, app, Qt.Key.Key_Space)
    assert c.session.state is State.PAUSED
    press(qtbot, app, Qt.Key.Key_Space)
    assert c.session.state is State.RUNNING
    press(qtbot, app, Qt.Key.Key_Right)
    press(qtbot, app, Qt.Key.Key_R)
    assert (c.session.index, c.session.state) == (0, State.RUNNING)
    press(qtbot, app, Qt.Key.Key_W)
    assert w.session_page.wait.isChecked()
    assert app.settings.settings.auto_advance is False
    press(qtbot, app, Qt.Key.Key_F)
    assert w.in_focus_mode() and not w.menuBar().isVisible()
    press(qtbot, app, Qt.Key.Key_Escape)
    assert not w.in_focus_mode() and w.menuBar().isVisible()
    press(qtbot, app, Qt.Key.Key_F11)
    assert w.in_focus_mode()
    press(qtbot, app, Qt.Key.Key_F11)
    assert not w.in_focus_mode()
    press(qtbot, app, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.isVisible())
    assert not app.awake.holding


def test_previous_and_next_at_the_ends_are_harmless(app: App) -> None:
    c = app.controller
    c.begin()
    assert c.session is not None
    app.window.previous_action.trigger()
    assert c.session.index == 0 and c.session.state is State.RUNNING
    c.session.jump(len(c.session.plan) - 1)
    app.window.next_action.trigger()  # skipping the last step ends the session
    assert app.window.current_page() is Page.SUMMARY
    app.window.next_action.trigger()
    app.window.previous_action.trigger()
    assert app.window.current_page() is Page.SUMMARY
    app.window.restart_action.trigger()  # R on the summary: back to the start
    assert app.window.current_page() is Page.START


def test_closing_mid_session_releases_the_screen_hold(qtbot: QtBot, app: App) -> None:
    begin_shown(qtbot, app)
    app.run(3)
    assert app.awake.holding
    app.window.close()
    assert not app.awake.holding
    assert app.awake.calls == ["inhibit", "uninhibit"]


def test_precautions_come_first_then_stay_in_help(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=Settings())
    app.controller.begin()
    dialogs = app.window.findChildren(PrecautionsDialog)
    assert len(dialogs) == 1
    assert app.window.current_page() is Page.START  # nothing starts before the user agrees
    dialogs[0].accept()
    assert app.window.current_page() is Page.SESSION
    assert app.settings.settings.precautions_acknowledged
    app.controller.back_to_start()
    app.controller.begin()  # the second time: straight in
    assert app.window.current_page() is Page.SESSION
    assert len(app.window.findChildren(PrecautionsDialog)) <= 1


def test_wait_at_each_step_holds_until_space(app: App) -> None:
    c = app.controller
    app.settings.update(auto_advance=False)
    c.begin()
    assert c.session is not None
    app.run(c.session.plan[0].duration + 5)
    assert c.session.index == 1
    assert c.session.state is State.PAUSED
    assert app.window.session_page.ring.caption() == "press Space to begin"
    app.window.toggle_action.trigger()
    assert c.session.state is State.RUNNING


def test_a_chosen_foot_is_needed_before_starting(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", foot=None)
    start = app.window.start_page
    assert not start.start.isEnabled()
    app.controller.begin()
    assert app.window.current_page() is Page.START
    qtbot.mouseClick(start.right, Qt.MouseButton.LeftButton)
    assert start.start.isEnabled() and app.controller.first_foot is Foot.RIGHT
    assert start.feet.shown().active_foot is Foot.RIGHT


def test_every_control_has_an_accessible_name_and_a_tooltip(app: App) -> None:
    from PySide6.QtWidgets import QAbstractButton

    for page in (Page.SESSION, Page.SUMMARY, Page.START):  # pages are built on first use
        app.window.show_page(page)
    ours = [b for b in app.window.findChildren(QAbstractButton) if b.objectName()[:3] != "qt_"]
    assert len(ours) >= 10
    for b in ours:
        assert b.accessibleName(), b.objectName() or b.text()
        assert b.toolTip(), b.objectName() or b.text()
    for action in app.window.actions():
        if action.shortcuts():
            assert action.shortcuts()[0].toString() in action.toolTip() or "(" in action.toolTip()


def test_step_change_is_announced_in_the_title_accessible_name(app: App) -> None:
    app.controller.begin()
    title = app.window.session_page.title
    # A screen reader hears what the voice says (issue 12), so both stay in step.
    assert title.accessibleName() == app.speech.said[-1]
    assert title.accessibleName().startswith("Settle in. ")
    app.window.next_action.trigger()
    assert title.accessibleName() == app.speech.said[-1]
    assert title.accessibleName().startswith("Right foot. Stroke the whole foot. ")


@pytest.mark.parametrize("size", [(800, 600), (1280, 800), (1920, 1080)])
def test_the_countdown_and_the_words_never_overlap(
    qtbot: QtBot, app: App, size: tuple[int, int]
) -> None:
    begin_shown(qtbot, app, size)
    page = app.window.session_page
    qtbot.waitUntil(lambda: page.title.isVisible())
    app.window.resize(*size)
    QApplication.processEvents()
    ring, title = page.ring.geometry(), page.title.geometry()
    assert ring.height() >= 110
    assert ring.bottom() < title.top()
    assert page.progress.geometry().bottom() <= page.height()


def test_every_widget_with_a_font_scale_is_sized(app: App) -> None:
    from PySide6.QtWidgets import QWidget

    w = app.window
    w.show()  # hidden widgets get their resize events only when shown
    for page in (Page.SESSION, Page.SUMMARY, Page.START):
        w.show_page(page)
    pages = (w.start_page, w.session_page, w.summary_page)
    scaled = [c for p in pages for c in p.findChildren(QWidget) if c.property("scale") is not None]
    assert len(scaled) >= 15
    for c in scaled:
        assert c.font().pixelSize() >= 11, c.objectName() or type(c).__name__


@pytest.mark.parametrize("size", [(800, 600), (1920, 1080)])
def test_a_running_second_relayouts_nothing(qtbot: QtBot, app: App, size: tuple[int, int]) -> None:
    """Each second only the countdown and the progress line change: no window relayout,
    which would cost a running session several times its CPU."""
    from PySide6.QtCore import QEvent, QObject

    begin_shown(qtbot, app, size)
    page = app.window.session_page

    class LayoutRequests(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[str] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                self.seen.append(f"{watched.objectName() or type(watched).__name__} {app.clock()}")
            return False

    spy = LayoutRequests()
    QApplication.instance().installEventFilter(spy)
    try:
        for _ in range(12):  # past a minute digit and a tens digit
            app.run(1)
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.seen == []
    text = page.progress_text
    assert text.text().startswith("Step 1 of ")
    assert text.width() >= text.fontMetrics().horizontalAdvance(text.text())


def test_the_progress_line_keeps_fitting_when_durations_grow_mid_session(
    qtbot: QtBot, app: App
) -> None:
    """Longer steps set during a session can lengthen the clock ("59:00" to "1:05:00")."""
    begin_shown(qtbot, app)
    app.run(1)
    text = app.window.session_page.progress_text
    before = text.width()
    routine = app.controller.routine
    longest = {step.id: step.max_duration for step in routine.steps}
    app.settings.update(durations={routine.id: longest})
    app.run(1)
    QApplication.processEvents()
    assert text.text().count(":") == 2  # past an hour: h:mm:ss
    assert text.width() > before
    assert text.width() >= text.fontMetrics().horizontalAdvance(text.text())


def test_the_feet_labels_and_legend_grow_with_the_window(qtbot: QtBot, app: App) -> None:
    """Read from the couch: the diagram's words scale with the page, past the style sheet."""
    begin_shown(qtbot, app, (800, 600))
    feet = app.window.session_page.feet
    small = feet.legend_font_px()
    app.window.resize(1920, 1080)
    QApplication.processEvents()
    large = feet.legend_font_px()
    assert large >= small * 1.5
    assert feet.canvas.font().pixelSize() == large
