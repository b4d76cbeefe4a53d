"""The next step's diagrams are drawn ahead of time, so a step change only copies a picture."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footcare_gui.core.feet_shown import feet_shown
from footcare_gui.core.routines import StepView, Technique
from footcare_gui.core.zones import Foot
from footcare_gui.ui import foot_view
from footcare_gui.ui.foot_view import FootView
from tests.ui_harness import make_app


def count_compositions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = foot_view.compose

    def counting(*args: Any) -> Any:
        calls.append(1)
        return original(*args)

    monkeypatch.setattr(foot_view, "compose", counting)
    return calls


def test_a_prepared_step_is_shown_without_composing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = FootView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    with qtbot.waitExposed(view):
        view.show()
    view.grab()
    calls = count_compositions(monkeypatch)
    step = {"zones": ("sole",), "view": StepView.SOLE, "technique": Technique.CIRCLES}
    view.prepare_feet(feet_shown(**step, active_foot=Foot.LEFT))
    assert len(calls) == 1
    assert view.shown().zones == ()  # preparing changes nothing on screen
    view.show_feet(feet_shown(**step, active_foot=Foot.LEFT))
    view.grab()
    assert len(calls) == 1  # shown from the cache


def test_the_controller_prepares_the_next_step(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    app.window.resize(1280, 800)
    with qtbot.waitExposed(app.window):
        app.window.show()
    app.controller.begin()
    assert app.controller.runner.prepare.isActive()  # armed at every step change
    feet = app.window.session_page.feet
    QApplication.processEvents()
    feet.grab()
    calls = count_compositions(monkeypatch)
    app.controller.runner.prepare.timeout.emit()  # what the timer does just after a change
    assert len(calls) == 1  # the first step has no previous one
    app.window.next_action.trigger()
    QApplication.processEvents()
    feet.grab()
    assert len(calls) == 1  # the step change itself composed nothing
    app.controller.runner.prepare.timeout.emit()
    assert len(calls) == 2  # the step after it; the previous one is still kept
    app.window.previous_action.trigger()
    QApplication.processEvents()
    feet.grab()
    assert len(calls) == 2  # Previous composed nothing either


def test_every_step_change_of_a_session_composes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With only the shown frame and its neighbours kept, across layout changes and repaints."""
    app = make_app(qtbot, tmp_path / "cfg")
    app.window.resize(1280, 800)
    with qtbot.waitExposed(app.window):
        app.window.show()
    app.controller.begin()
    feet = app.window.session_page.feet
    calls = count_compositions(monkeypatch)
    changes = 0
    session = app.controller.session
    assert session is not None
    while session.next_step is not None:
        QApplication.processEvents()
        feet.grab()
        app.controller.runner.prepare.timeout.emit()
        feet.grab()  # the shown step painted again after the prepare: every frame is kept
        assert feet.cached_pictures()[0] <= 3
        before = len(calls)
        app.window.next_action.trigger()
        QApplication.processEvents()
        feet.grab()
        assert len(calls) == before, session.index
        changes += 1
    assert changes == len(session.plan) - 1
