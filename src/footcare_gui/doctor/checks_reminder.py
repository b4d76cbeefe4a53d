"""Report lines for what the evening reminder uses: the system tray and the notification
service. Whether there is a tray is answered by the platform's test process (``try_platform``),
or by the running app itself; the notification service is looked for on the session bus.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from footcare_gui.core.i18n import translate
from footcare_gui.doctor.check import Check

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

NOTIFICATIONS = "org.freedesktop.Notifications"  # the service ui/notifications.py talks to


def running_tray() -> bool | None:
    """Whether the running app's desktop shows a system tray; None without a QApplication."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None or not hasattr(app, "platformName"):  # a QCoreApplication: no platform
        return None
    from PySide6.QtWidgets import QSystemTrayIcon

    return bool(QSystemTrayIcon.isSystemTrayAvailable())


def tray_check(available: bool | None) -> Check:
    """The system tray, where the reminder keeps the app while its window is closed."""
    key, label = "tray", translate("Doctor", "System tray")
    data = {"used": True, "available": available}
    if available:
        return Check(key, label, "ok", translate("Doctor", "available"), data=data)
    if available is None:
        unknown = translate("Doctor", "could not be checked")
        return Check(key, label, "info", unknown, data=data)
    advice = translate(
        "Doctor",
        "the evening reminder comes only while footcare-gui runs (closing its window quits "
        "it); on GNOME the AppIndicator extension adds a tray",
    )
    return Check(key, label, "warning", translate("Doctor", "none found"), advice, data)


def notifications_check(bus: QDBusConnection | None = None) -> Check:
    """The freedesktop notification service that shows the reminder with its Start button,
    on ``bus`` (default: the session bus)."""
    key, label = "notifications", translate("Doctor", "Notifications")
    data: dict[str, object] = {"used": True, "service": NOTIFICATIONS, "available": None}
    if sys.platform in ("win32", "darwin"):
        data.update(service=None, available=False)
        detail = translate("Doctor", "the reminder shows as a message of the tray icon")
        return Check(key, label, "info", detail, data=data)
    advice = translate(
        "Doctor",
        "the reminder shows as a message of the tray icon, or in the window's status line",
    )
    from footcare_gui.doctor.checks_qt import bus_service_check

    return bus_service_check(key, label, NOTIFICATIONS, advice, data, bus)
