"""Screenshots of the history (run under Xvfb; `make screenshots` runs it after the others):
the summary page with a streak and feelings, and the History page with a few months of
made-up evenings, in Light and Night.

    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python tools/shoot_history.py [OUT]
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from footcare_gui.assets import asset_path
from footcare_gui.core.history_open import open_history
from footcare_gui.core.history_record import Outcome, SessionRecord, evening_of
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
from footcare_gui.ui.voice import BackendListener, Speaker, VoiceInfo

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
ZONE = ZoneInfo("Europe/Berlin")
TONIGHT = datetime(2026, 3, 12, 21, 40, tzinfo=ZONE)  # a Thursday evening


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Quiet:
    """Stand-ins for the sound backend and the screen hold."""

    def play(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...
    def is_ok(self) -> bool:
        return True

    def inhibit(self, reason: str) -> object:
        return 1

    def uninhibit(self, cookie: object) -> None: ...


class QuietSpeech:
    """A speech engine that says nothing: the session in these pictures runs with the voice
    setting on (as a new user's), but never opens the machine's speech engine."""

    def open(self, listener: BackendListener) -> None:
        listener.backend_ready()

    def voices(self, language: str) -> list[VoiceInfo]:
        return [VoiceInfo("quiet", "en_US")]

    def configure(self, voice: str, rate: float, volume: float) -> None: ...
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...


ROUTINES = (
    ("evening-reflexology", "Evening reflexology", 1320),
    ("quick-wind-down", "Quick wind-down", 480),
    ("full-foot-care", "Full foot care", 1920),
)


def made_up_evenings(last: date, days: int, seed: int = 13) -> list[SessionRecord]:
    """About four months of evenings: most nights, some gaps, the feet slowly feeling better,
    the last six evenings in a row (tonight's session is recorded by the app itself)."""
    rng = random.Random(seed)
    out: list[SessionRecord] = []
    for n in range(days, 0, -1):
        day = last - timedelta(days=n)
        if n > 6 and rng.random() < 0.28:
            continue
        rid, title, planned = ROUTINES[
            0 if rng.random() < 0.7 else (2 if day.weekday() >= 5 else 1)
        ]
        left_early = rng.random() < 0.1
        done = int(planned * (rng.uniform(0.3, 0.7) if left_early else 1.0))
        total = {480: 9, 1320: 19, 1920: 15}[planned]
        steps = round(total * done / planned)
        start = datetime(day.year, day.month, day.day, 21, rng.randint(0, 59), tzinfo=ZONE)
        if rng.random() < 0.1:
            start += timedelta(hours=3)  # after midnight: still this evening
        progress = 1 - n / days
        before = max(1, min(5, round(rng.gauss(2.0 + 0.8 * progress, 0.6))))
        after = max(before, min(5, round(rng.gauss(3.4 + 1.0 * progress, 0.6))))
        asked = rng.random() < 0.8
        out.append(
            SessionRecord(
                started=start.astimezone(UTC),
                ended=(start + timedelta(seconds=done + 60)).astimezone(UTC),
                utc_offset_min=round((start.utcoffset() or timedelta()).total_seconds() / 60),
                evening=evening_of(start),
                routine_id=rid,
                routine_title=title,
                first_foot=Foot.LEFT if rng.random() < 0.5 else Foot.RIGHT,
                planned_s=planned,
                done_s=done,
                steps_done=steps,
                steps_total=total,
                outcome=Outcome.LEFT if left_early else Outcome.FINISHED,
                feel_before=before if asked else None,
                feel_after=after if asked and not left_early else None,
            )
        )
    return out


def seed(path: Path, records: list[SessionRecord]) -> None:
    store = open_history(path)
    try:
        for r in records:
            store.save(r)
    finally:
        store.close()


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def make(app: QApplication, folder: Path, theme: Theme) -> tuple[MainWindow, AppController, Clock]:
    path = folder / f"settings-{theme.value}.json"
    settings = Settings(precautions_acknowledged=True, theme=theme)
    path.write_text(json.dumps(settings_to_dict(settings)), encoding="utf-8")
    apply_theme(app, theme.value)
    window = MainWindow()
    clock = Clock()
    controller = AppController(
        window,
        load_routines(asset_path("routines")).routines,
        SettingsController(path),
        sound=SoundPlayer(window, lambda _p: Quiet()),
        awake=ScreenAwake(Quiet()),
        clock=clock,
        foot=Foot.LEFT,
        speaker=lambda parent: Speaker(parent, QuietSpeech),
        history=folder / "history.sqlite3",
    )
    controller.history.now = lambda: TONIGHT
    controller.history.open()  # as the app does 200 ms after the first paint
    window.resize(*SIZE)
    window.show()
    settle(app)
    return window, controller, clock


def shoot(app: QApplication, window: MainWindow, out: Path, name: str) -> None:
    settle(app)
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print("wrote", path)


def main(out: Path = OUT) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    for theme in (Theme.LIGHT, Theme.NIGHT):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            seed(folder / "history.sqlite3", made_up_evenings(evening_of(TONIGHT), 120))
            window, controller, clock = make(app, folder, theme)
            if theme is Theme.LIGHT:
                assert window.start_page.feel is not None
                window.start_page.feel.choose(2)
                shoot(app, window, out, "start-feel")
                controller.begin()
                session = controller.session
                assert session is not None
                for _ in range(int(session.total) + 1):
                    clock.now += 1
                    controller.tick()
                window.summary_page.feel.choose(4)
                shoot(app, window, out, "summary-streak")
                controller.back_to_start()
            window.history_action.trigger()
            shoot(app, window, out, f"history-{theme.value}")
            window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
