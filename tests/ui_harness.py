"""Build the real main window and controller with stand-ins for the clock, sound and screen hold."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pytestqt.qtbot import QtBot

from footcare_gui.assets import asset_path
from footcare_gui.core.routines import load_routines
from footcare_gui.core.settings import Settings, settings_to_dict
from footcare_gui.core.zones import Foot
from footcare_gui.ui.app_controller import AppController
from footcare_gui.ui.awake import ScreenAwake
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.sound import SoundPlayer
from footcare_gui.ui.voice import Speaker
from tests.conftest import FakeClock
from tests.speech_standin import StandInSpeech


@dataclass
class StandInSound:
    """Records which cue files were played, in order."""

    played: list[str] = field(default_factory=list)

    def factory(self, path: Path) -> StandInBackend:
        return StandInBackend(self, path.stem)


class StandInBackend:
    def __init__(self, owner: StandInSound, name: str) -> None:
        self.owner, self.name = owner, name

    def play(self) -> None:
        self.owner.played.append(self.name)

    def set_volume(self, volume: float) -> None:
        pass

    def is_ok(self) -> bool:
        return True


class StandInAwake:
    """A screen-awake backend that remembers whether a hold is in place."""

    def __init__(self) -> None:
        self.holding = False
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> object:
        self.holding = True
        self.calls.append("inhibit")
        return 7

    def uninhibit(self, cookie: object) -> None:
        assert cookie == 7
        self.holding = False
        self.calls.append("uninhibit")


@dataclass
class App:
    window: MainWindow
    controller: AppController
    settings: SettingsController
    clock: FakeClock
    sound: StandInSound
    awake: StandInAwake
    speech: StandInSpeech

    def run(self, seconds: float) -> None:
        """Let ``seconds`` pass a second at a time, as the app's timer would."""
        for _ in range(round(seconds)):
            self.clock.advance(1.0)
            self.controller.tick()


def make_app(
    qtbot: QtBot,
    folder: Path,
    *,
    foot: Foot | None = Foot.RIGHT,
    settings: Settings | None = None,
    real_sound: bool = False,
    keep_file: bool = False,
    speech: StandInSpeech | None = None,
    history: bool = False,
    lang: str = "",
) -> App:
    """The whole window on a temporary settings file (precautions acknowledged by default)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.json"
    if not keep_file:
        chosen = settings or Settings(precautions_acknowledged=True)
        path.write_text(json.dumps(settings_to_dict(chosen)), encoding="utf-8")
    store = SettingsController(path)
    clock = FakeClock()
    sound = StandInSound()
    awake = StandInAwake()
    speech = speech or StandInSpeech()
    routines = load_routines(asset_path("routines"))
    if lang:  # the app's words and the built-in routines in this language (conftest resets)
        from PySide6.QtWidgets import QApplication

        from footcare_gui.ui.application import localized_routines
        from footcare_gui.ui.i18n import install_language

        install_language(QApplication.instance(), lang)  # type: ignore[arg-type]
        routines = localized_routines(routines, lang)
    window = MainWindow()
    qtbot.addWidget(window)
    player = SoundPlayer(window) if real_sound else SoundPlayer(window, sound.factory)
    controller = AppController(
        window,
        routines.routines,
        store,
        sound=player,
        awake=ScreenAwake(awake),
        clock=clock,
        foot=foot,
        speaker=lambda parent: Speaker(parent, lambda: speech),
        history=folder / "history.sqlite3" if history else None,
    )

    # The voice starts as soon as the cue sound has played (real time: tests wait for none).
    controller.runner.voice.after_chime_ms = controller.runner.voice.after_finish_ms = 0
    return App(window, controller, store, clock, sound, awake, speech)
