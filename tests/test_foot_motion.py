"""The technique's motion over the feet: it moves only while it should, repaints only the
marker's rectangles, and never composes the step's picture again (offscreen, fake clock)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footcare_gui.core.feet_shown import FeetShown, feet_shown
from footcare_gui.core.motion import Motion, MotionSpec, motion_for
from footcare_gui.core.routines import StepView, Technique
from footcare_gui.core.settings import Settings
from footcare_gui.core.zones import Foot, View, expand
from footcare_gui.ui.foot_motion import FRAME_MS, MotionOverlay
from footcare_gui.ui.foot_view import FootView
from tests.conftest import FakeClock
from tests.test_prepare_next_step import count_compositions
from tests.ui_harness import App, make_app


def _step(technique: Technique, zones: list[str], words: str = "") -> FeetShown:
    view = StepView.BOTH if any(z in ("top", "lymph") for z in zones) else StepView.SOLE
    return feet_shown(zones, view, technique, Foot.RIGHT, motion_for(technique, zones, words))


STROKE = (Technique.STROKE, ["arch"], "from the toes toward the heel")


@pytest.fixture
def view(qtbot: QtBot) -> FootView:
    w = FootView()
    qtbot.addWidget(w)
    w.resize(900, 700)
    with qtbot.waitExposed(w):
        w.show()
    return w


def _moving(view: FootView, clock: FakeClock, feet: FeetShown) -> MotionOverlay:
    view.show_feet(feet)
    view.set_moving(True, clock)
    assert view.motion is not None
    return view.motion


def _frame(motion: MotionOverlay, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    motion.timer.timeout.emit()  # what the frame timer does every FRAME_MS


def test_frames_run_only_while_running_visible_and_wanted(view: FootView, clock: FakeClock) -> None:
    assert view.motion is None  # nothing is made until a session asks for motion
    motion = _moving(view, clock, _step(*STROKE))
    assert motion.running() and motion.timer.interval() == FRAME_MS

    def frames_in(state: str) -> int:
        before = motion.frames
        for _ in range(5):
            _frame(motion, clock, FRAME_MS / 1000)
        got = motion.frames - before
        assert motion.running() == (got > 0), state
        return got

    assert frames_in("running") == 5
    view.set_moving(False)  # paused, or the Animations preference is off
    assert frames_in("paused") == 0
    view.set_moving(True)
    assert frames_in("running again") == 5
    view.hide()
    assert frames_in("hidden") == 0
    view.show()
    assert frames_in("shown again") == 5
    view.showMinimized()
    QApplication.processEvents()
    assert frames_in("minimised") == 0
    view.showNormal()
    QApplication.processEvents()
    assert frames_in("restored") == 5
    view.show_feet(feet_shown(["sole"], StepView.SOLE, Technique.PREPARE, Foot.RIGHT))
    assert frames_in("a step with nothing to move") == 0


def test_a_pause_keeps_the_motion_where_it_was(view: FootView, clock: FakeClock) -> None:
    view.show_feet(_step(*STROKE))
    still = view.grab().toImage()
    motion = _moving(view, clock, _step(*STROKE))
    _frame(motion, clock, 0.8)
    assert motion.elapsed() == pytest.approx(0.8)
    assert view.grab().toImage() != still  # the marker is on its way
    view.set_moving(False)
    assert view.grab().toImage() == still  # paused: the still glyphs show the way again
    clock.advance(30.0)  # a long pause
    view.set_moving(True)
    assert motion.elapsed() == pytest.approx(0.8)
    _frame(motion, clock, 0.2)
    assert motion.elapsed() == pytest.approx(1.0)
    view.show_feet(_step(Technique.CIRCLES, ["arch"]))  # a new step starts its motion afresh
    assert motion.elapsed() == 0.0


def _zones_box(view: FootView, feet: FeetShown, foot: Foot, side: View) -> QRectF:
    box = QRectF()
    for z in expand(feet.zones):
        r = view.zone_rect(foot, side, z)
        if r is not None:
            box = box.united(r)
    return box


def _differences(a: QImage, b: QImage) -> list[tuple[int, int]]:
    assert a.size() == b.size()
    return [
        (x, y)
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
        if a.pixel(x, y) != b.pixel(x, y)
    ]


@pytest.mark.parametrize(
    "step",
    [
        STROKE,
        (Technique.CIRCLES, ["arch"], ""),
        (Technique.PRESS, ["ball"], "one spot at a time"),
        (Technique.PRESS, ["arch"], "walk your thumbs down the arch"),
        (Technique.STRETCH, ["toes"], ""),
        (Technique.PRESS, ["toes"], "each joint"),
        (Technique.KNEAD, ["sole"], "from the toes to the heel and back"),
        (Technique.ROLL, ["sole"], "from heel to toes"),
    ],
)
def test_the_motion_changes_pixels_only_inside_its_zones(
    view: FootView,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    step: tuple[Technique, list[str], str],
) -> None:
    feet = _step(*step)
    motion = _moving(view, clock, feet)
    assert feet.motion is not None
    view.grab()
    compositions = count_compositions(monkeypatch)
    box = _zones_box(view, feet, Foot.RIGHT, View.SOLE).adjusted(-1, -1, 1, 1)
    loop = feet.motion.loop
    _frame(motion, clock, loop * 0.15)  # pressing in, pulling, gliding: never holding still
    first = view.grab().toImage()
    _frame(motion, clock, loop * 0.3)
    second = view.grab().toImage()
    changed = _differences(first, second)
    assert changed, "nothing moved"
    outside = [(x, y) for x, y in changed if not box.contains(x, y)]
    assert outside == []
    for _ in range(30):
        _frame(motion, clock, FRAME_MS / 1000)
        view.grab()
    assert compositions == []  # the step's picture was never drawn again


def test_each_frame_repaints_only_where_the_marker_was_and_is(
    view: FootView, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    motion = _moving(view, clock, _step(*STROKE))
    asked: list[QRegion] = []
    monkeypatch.setattr(view.canvas, "update", lambda *a: asked.append(QRegion(*a)))
    canvas = QRect(0, 0, view.canvas.width(), view.canvas.height())
    for _ in range(40):
        _frame(motion, clock, FRAME_MS / 1000)
    assert len(asked) == 40
    for region in asked:
        box = region.boundingRect()
        assert canvas.contains(box)
        assert box.width() * box.height() < canvas.width() * canvas.height() * 0.03


def _app(qtbot: QtBot, tmp_path: Path, **settings: Any) -> App:
    chosen = Settings(precautions_acknowledged=True, **settings)
    app = make_app(qtbot, tmp_path / "cfg", settings=chosen)
    app.window.resize(1280, 800)
    with qtbot.waitExposed(app.window):
        app.window.show()
    return app


def test_the_session_moves_the_feet_only_while_it_runs(qtbot: QtBot, tmp_path: Path) -> None:
    app = _app(qtbot, tmp_path)
    app.controller.begin()
    feet = app.window.session_page.feet
    assert feet.shown().motion is None  # settling in: nothing to move
    assert feet.motion is None or not feet.motion.running()
    app.window.next_action.trigger()  # stroke the whole foot
    assert feet.shown().motion == MotionSpec(Motion.STROKE, "toward-heel")
    assert feet.motion is not None and feet.motion.running()
    assert feet.motion.clock is app.clock  # the session's clock drives the motion too
    app.window.toggle_action.trigger()  # pause
    assert not feet.motion.running()
    app.window.toggle_action.trigger()  # carry on
    assert feet.motion.running()
    app.settings.update(animations=False)  # Preferences: animations off
    assert not feet.motion.running()
    app.settings.update(animations=True)
    assert feet.motion.running()
    app.controller.back_to_start()  # the session page is left
    assert not feet.motion.running()


def test_with_animations_off_nothing_is_made(qtbot: QtBot, tmp_path: Path) -> None:
    app = _app(qtbot, tmp_path, animations=False)
    app.controller.begin()
    app.window.next_action.trigger()
    assert app.window.session_page.feet.motion is None


class _Hints:
    def __init__(self, name: str | None) -> None:
        self.name = name

    def accessibility(self) -> object:
        outer = self

        class Accessibility:
            if outer.name is not None:

                def motionPreference(self) -> object:  # Qt 6.12 names it so
                    return type("Preference", (), {"name": outer.name})()

        return Accessibility()


@pytest.mark.parametrize(
    ("name", "reduced"), [(None, False), ("NoPreference", False), ("ReducedMotion", True)]
)
def test_the_platforms_motion_preference_is_read_where_qt_has_it(
    monkeypatch: pytest.MonkeyPatch, name: str | None, reduced: bool
) -> None:
    from footcare_gui.ui import application

    stub = type("App", (), {"styleHints": staticmethod(lambda: _Hints(name))})
    monkeypatch.setattr(application, "QGuiApplication", stub)
    assert application.platform_reduces_motion() is reduced


FIRST_START = """
import json, sys
from footcare_gui.assets import asset_path
from footcare_gui.cli import parse_args
from footcare_gui.core.routines import load_routines
from footcare_gui.ui import application

application.platform_reduces_motion = lambda: True
app = application.make_application(sys.argv[:1])
out = []
for folder in sys.argv[1:]:
    options = parse_args(["--config-dir", folder])
    window, controller = application.build(options, load_routines(asset_path("routines")), app)
    out.append(controller.settings.settings.animations)
print(json.dumps(out))
"""


def test_animations_start_off_where_the_platform_asks_for_reduced_motion(tmp_path: Path) -> None:
    """Only on a first start: a choice already saved is the user's."""
    import json
    import os
    import subprocess
    import sys

    from footcare_gui.core.settings import settings_to_dict

    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "settings.json").write_text(json.dumps(settings_to_dict(Settings())), "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", FIRST_START, str(tmp_path / "fresh"), str(kept)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [False, True]
