"""Screenshots of the Preferences dialog, both tabs, in a real window.

Run: ``xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python tools/shoot_preferences.py``
Writes docs/screenshots/preferences.png and docs/screenshots/preferences-durations.png.
Uses a throw-away config folder, so it never touches real settings.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from footcare_gui.core.routines import Routine, load_routine, parse_routine
from footcare_gui.ui.preferences_dialog import PreferencesDialog
from footcare_gui.ui.settings_controller import SettingsController

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
ROUTINE_FILE = ROOT / "assets" / "routines" / "evening-reflexology.toml"
FALLBACK = ROOT / "tests" / "fixtures" / "settings" / "routine.toml"


def _routine() -> Routine:
    if ROUTINE_FILE.exists():
        return load_routine(ROUTINE_FILE)
    return parse_routine(FALLBACK.read_text(encoding="utf-8"), FALLBACK.name)


def main() -> int:
    app = QApplication(sys.argv)
    routine = _routine()
    with tempfile.TemporaryDirectory() as tmp:
        controller = SettingsController(Path(tmp) / "settings.json")
        controller.update(routine=routine.id, first_foot="left")
        dialog = PreferencesDialog(controller, {routine.id: routine})
        dialog.show()
        for _ in range(5):
            app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(OUT / "preferences.png"))
        dialog.tabs.setCurrentIndex(1)
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT / "preferences-durations.png"))
        print(f"dialog {dialog.width()}x{dialog.height()}; saved to {OUT}")
        dialog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
