"""``python -m footcare_gui.doctor.try_platform``: make a QGuiApplication, print its platform.

Run by ``--doctor`` in a child process, because a platform that fails takes the process
down. Exit status 0: it loads (stdout: the platform's name, then ``tray yes``, ``tray no`` or
``tray unknown``: whether the desktop shows a system tray); otherwise Qt's messages are on
stderr and the status is 1 (Qt's abort is turned into an exit, so no core dump).
"""

from __future__ import annotations

import sys


def main() -> int:
    """Try the platform Qt chooses from this process's environment."""
    try:
        from PySide6.QtGui import QGuiApplication

        from footcare_gui.doctor.preflight import hint_on_fatal
    except ImportError as exc:  # a library QtGui itself needs is missing
        print(f"Qt cannot load: {exc}", file=sys.stderr)
        return 1
    with hint_on_fatal(hint=""):
        app = QGuiApplication(sys.argv[:1])
    print(app.platformName())
    try:
        from PySide6.QtWidgets import QSystemTrayIcon
    except ImportError:
        print("tray unknown")
    else:
        print("tray yes" if QSystemTrayIcon.isSystemTrayAvailable() else "tray no")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
