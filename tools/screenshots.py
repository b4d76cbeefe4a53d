"""Take the README's screenshots of the real main window (run under Xvfb: `make screenshots`).

A fake clock moves the session to interesting moments; sound and the screen hold are stand-ins.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shoot_history import QuietSpeech  # tools/: the same silent engine for every picture

from footcare_gui.assets import asset_path
from footcare_gui.core.plan import Phase
from footcare_gui.core.routines import load_routines
from footcare_gui.core.settings import Settings, Theme, settings_to_dict
from footcare_gui.core.zones import Foot
from footcare_gui.ui.app_controller import AppController
from footcare_gui.ui.application import make_application
from footcare_gui.ui.awake import ScreenAwake
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.sound import SoundPlayer
from footcare_gui.ui.theme import apply_theme
from footcare_gui.ui.voice import Speaker

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Awake:
    """A screen hold that always succeeds, as on a desktop with a screensaver service."""

    def inhibit(self, reason: str) -> object:
        return 1

    def uninhibit(self, cookie: object) -> None: ...


class Silent:
    def play(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...
    def is_ok(self) -> bool:
        return True


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def make(app: QApplication, folder: Path, theme: Theme) -> tuple[MainWindow, AppController, Clock]:
    path = folder / f"settings-{theme.value}.json"
    settings = Settings(precautions_acknowledged=True, theme=theme, first_foot="right")  # type: ignore[arg-type]
    path.write_text(json.dumps(settings_to_dict(settings)), encoding="utf-8")
    store = SettingsController(path)
    apply_theme(app, theme.value)
    window = MainWindow()
    clock = Clock()
    controller = AppController(
        window,
        load_routines(asset_path("routines")).routines,
        store,
        sound=SoundPlayer(window, lambda _p: Silent()),
        awake=ScreenAwake(Awake()),
        clock=clock,
        foot=Foot.RIGHT,
        speaker=lambda parent: Speaker(parent, QuietSpeech),
    )
    window.resize(*SIZE)
    window.show()
    settle(app)
    return window, controller, clock


def run(controller: AppController, clock: Clock, seconds: int) -> None:
    for _ in range(seconds):
        clock.now += 1
        controller.tick()


def to_phase(controller: AppController, clock: Clock, phase: Phase, step: int = 0) -> None:
    """Jump to the ``step``-th step of a phase, then let a little time pass."""
    assert controller.session is not None
    index = [i for i, p in enumerate(controller.session.plan) if p.phase is phase][step]
    controller.session.jump(index)
    controller.tick()


def shoot(app: QApplication, window: MainWindow, name: str) -> None:
    settle(app)
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print("wrote", path)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        window, controller, clock = make(app, folder, Theme.LIGHT)
        combo = window.start_page.routine
        for rid in ("quick-wind-down", "full-foot-care"):
            combo.setCurrentIndex(combo.findData(rid))
            shoot(app, window, f"start-{rid}")
        combo.setCurrentIndex(combo.findData("evening-reflexology"))
        shoot(app, window, "start")
        controller.choose_foot(Foot.LEFT)
        controller.begin()
        assert controller.session is not None
        arch = min(  # the left foot's arch: spleen and heart, no liver
            (i for i, p in enumerate(controller.session.plan) if p.foot is Foot.LEFT),
            key=lambda i: (
                "spleen" not in controller.session.plan[i].step.zones,  # type: ignore[union-attr]
                len(controller.session.plan[i].step.zones),
            ),  # type: ignore[union-attr]
        )
        controller.session.jump(arch)
        run(controller, clock, 12)
        shoot(app, window, "session-left-foot")
        controller.back_to_start()
        controller.choose_foot(Foot.RIGHT)
        controller.begin()
        to_phase(controller, clock, Phase.FIRST_FOOT, 5)  # thumb circles on the arch
        run(controller, clock, 23)
        shoot(app, window, "session-light")
        to_phase(controller, clock, Phase.SWITCH)
        run(controller, clock, 4)
        shoot(app, window, "switch")
        assert controller.session is not None
        run(controller, clock, int(controller.session.total_remaining) + 1)
        shoot(app, window, "summary")
        window.close()

        window, controller, clock = make(app, folder, Theme.NIGHT)
        controller.begin()
        to_phase(controller, clock, Phase.SECOND_FOOT, 2)
        run(controller, clock, 17)
        shoot(app, window, "session-night")
        window.set_focus_mode(True)
        window.setGeometry(0, 0, 1920, 1080)  # Xvfb has no window manager to make it full
        settle(app)
        shoot(app, window, "focus-night")
        window.close()
    import shoot_history  # tools/shoot_history.py: the summary's streak, the History page

    return shoot_history.main(OUT)


if __name__ == "__main__":
    raise SystemExit(main())
