"""Screenshots of the start page and a session step in German and Spanish (issue 15), under
Xvfb: ``xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python tools/shoot_languages.py``.

At 1280x800 they go to docs/screenshots (``start-de.png``, ``session-es.png``...); with
``--sizes`` every page is also taken at 800x600 and 1920x1080 into a scratch folder, to look
for clipped or overlapping text (German is often 30% longer than English).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshots import OUT, Awake, Clock, Silent, run, settle, shoot, to_phase

from footcare_gui.assets import asset_path
from footcare_gui.core.plan import Phase
from footcare_gui.core.routines import load_routines
from footcare_gui.core.settings import Settings, Theme, settings_to_dict
from footcare_gui.core.zones import Foot
from footcare_gui.ui.app_controller import AppController
from footcare_gui.ui.application import localized_routines, make_application
from footcare_gui.ui.awake import ScreenAwake
from footcare_gui.ui.i18n import install_language
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.sound import SoundPlayer
from footcare_gui.ui.theme import apply_theme

SIZES = ((800, 600), (1280, 800), (1920, 1080))


def make(
    app: QApplication, folder: Path, lang: str, size: tuple[int, int]
) -> tuple[MainWindow, AppController, Clock]:
    path = folder / f"settings-{lang}.json"
    settings = Settings(precautions_acknowledged=True, theme=Theme.LIGHT, voice=False)
    path.write_text(json.dumps(settings_to_dict(settings)), encoding="utf-8")
    install_language(app, lang)
    apply_theme(app, "light")
    window = MainWindow()
    clock = Clock()
    controller = AppController(
        window,
        localized_routines(load_routines(asset_path("routines")), lang).routines,
        SettingsController(path),
        sound=SoundPlayer(window, lambda _p: Silent()),
        awake=ScreenAwake(Awake()),
        clock=clock,
        foot=Foot.RIGHT,
    )
    window.resize(*size)
    window.show()
    settle(app)
    return window, controller, clock


def take(app: QApplication, folder: Path, lang: str, size: tuple[int, int], out: Path) -> None:
    window, controller, clock = make(app, folder, lang, size)
    suffix = "" if size == (1280, 800) else f"-{size[0]}x{size[1]}"
    shoot(app, window, str(out / f"start-{lang}{suffix}"))
    controller.begin()
    to_phase(controller, clock, Phase.FIRST_FOOT, 4)  # thumb-press ball to heel: long words
    run(controller, clock, 23)
    shoot(app, window, str(out / f"session-{lang}{suffix}"))
    to_phase(controller, clock, Phase.SWITCH)
    run(controller, clock, 3)
    shoot(app, window, str(out / f"switch-{lang}{suffix}"))
    window.close()


def main() -> int:
    app = make_application(sys.argv[:1])
    scratch = Path(tempfile.gettempdir()) / "footcare-languages"
    scratch.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("de", "es"):
            take(app, Path(tmp), lang, (1280, 800), OUT)
            if "--sizes" in sys.argv:
                for size in SIZES:
                    take(app, Path(tmp), lang, size, scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
