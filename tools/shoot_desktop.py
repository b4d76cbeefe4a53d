"""Screenshots of the app as a desktop citizen: the window with its icon, the tray icon and the
evening reminder's notification, and Preferences → Reminder.

It needs a real X display with a window manager, a system tray and a notification daemon, on
a session bus, for example (Debian packages xvfb, openbox, trayer, dunst, dbus):

    Xvfb :77 -screen 0 1280x800x24 &
    export DISPLAY=:77 $(dbus-launch)
    openbox & trayer --edge top --align right --widthtype request --height 28 & dunst &
    .venv/bin/python tools/shoot_desktop.py

Writes docs/screenshots/desktop-reminder.png and docs/screenshots/preferences-reminder.png.
The reminder is fired by a fake wall clock, so there is no waiting for the evening; a
throw-away config folder keeps real settings untouched.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from footcare_gui.cli import parse_args
from footcare_gui.core.reminder_fields import DEFAULT_TIME
from footcare_gui.core.settings import Settings
from footcare_gui.core.settings_file import save_settings
from footcare_gui.ui.application import build, make_application
from footcare_gui.ui.preferences_dialog import PreferencesDialog
from footcare_gui.ui.reminder_controller import ReminderController

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ZONE = ZoneInfo("Europe/Berlin")


def settle(app: QApplication, seconds: float) -> None:
    """Let the window manager, the tray and the notification daemon draw (a real desktop)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    app = make_application(sys.argv[:1])
    from footcare_gui.assets import asset_path
    from footcare_gui.core.routines import load_routines

    with tempfile.TemporaryDirectory() as tmp:
        chosen = Settings(
            precautions_acknowledged=True,
            reminder=True,
            reminder_days=("mon", "tue", "wed", "thu", "sun"),
            first_foot="left",
        )
        save_settings(Path(tmp) / "settings.json", chosen)
        options = parse_args(["--config-dir", tmp])
        window, controller = build(options, load_routines(asset_path("routines")), app)
        evening = datetime(2026, 11, 30, 21, 29, 50, tzinfo=ZONE)
        clock = {"now": evening}
        reminder = ReminderController(controller, now=lambda: clock["now"])
        window.resize(1180, 700)
        window.move(20, 60)
        window.show()
        settle(app, 1.5)
        clock["now"] = evening + timedelta(seconds=20)  # 21:30:10
        reminder.check()
        settle(app, 2.0)
        screen = QGuiApplication.primaryScreen()
        OUT.mkdir(parents=True, exist_ok=True)
        shot = screen.grabWindow(0)
        shot.save(str(OUT / "desktop-reminder.png"))

        dialog = PreferencesDialog(controller.settings, controller.routines, window)
        dialog.tabs.setCurrentWidget(dialog.reminder)
        dialog.show()
        settle(app, 1.0)
        dialog.grab().save(str(OUT / "preferences-reminder.png"))
        print(f"reminder at {DEFAULT_TIME}: screenshots saved in {OUT}")
        dialog.close()
        controller.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
