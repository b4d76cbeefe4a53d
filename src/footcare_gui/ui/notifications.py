"""Desktop notifications through the freedesktop ``org.freedesktop.Notifications`` service on
the session bus (QtDBus), with a "Start" action.

Nothing here raises: :meth:`DesktopNotifier.notify` returns False when there is no bus or no
service (Windows, macOS, a bare window manager), and the caller falls back to the tray's
message or a status line. QtDBus is imported only when the first notification is sent.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from footcare_gui import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
START = "start"  # the action key of the Start button
DEFAULT = "default"  # the spec's key for a click on the notification itself
TIMEOUT_MS = 2000  # a hung service must not freeze the window for D-Bus's default 25 s
EXPIRE_NEVER = 0  # the reminder stays until the user answers it


class DesktopNotifier(QObject):
    """Sends notifications and reports a click on their Start action."""

    start_requested = Signal()  # the user chose Start (or clicked the notification)

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        icon: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._icon = icon  # a file:// URI or an icon-theme name
        self._interface: QDBusInterface | None = None
        self._listening = False
        self._last_id = 0  # the shown notification, replaced by the next one

    def notify(self, summary: str, body: str, start_label: str) -> bool:
        """Show a notification with a Start button; False when none could be shown."""
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

        interface = self._connect()
        if interface is None:
            return False
        hints = {"desktop-entry": APP_NAME, "category": "presence"}
        try:
            # Notify takes uint32 replaces_id: a plain Python int would go as int32 and strict
            # services refuse the call, so the introspected method is invoked with its types.
            sent = QMetaObject.invokeMethod(
                interface,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME),
                Q_ARG("uint", self._last_id),
                Q_ARG(str, self._icon),
                Q_ARG(str, summary),
                Q_ARG(str, body),
                Q_ARG("QStringList", [DEFAULT, start_label, START, start_label]),
                Q_ARG("QVariantMap", hints),
                Q_ARG(int, EXPIRE_NEVER),
            )
        except (RuntimeError, TypeError):  # the service's Notify has another signature
            log.exception("Notify could not be called")
            return False
        error = interface.lastError()
        if error.isValid() or not isinstance(sent, int) or sent == 0:
            log.info("Notify failed: %s", error.message())
            return False
        self._last_id = sent
        return True

    def _connect(self) -> QDBusInterface | None:
        if self._interface is not None:
            return self._interface
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            return None
        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
        if not interface.isValid():
            return None
        interface.setTimeout(TIMEOUT_MS)
        if not self._listening:
            from PySide6.QtCore import SLOT

            # PySide6 wants the SLOT() text here; its stubs say bytes, which it refuses.
            slot = SLOT("_on_action(uint,QString)")
            self._listening = bus.connect(  # type: ignore[call-overload]
                SERVICE, PATH, INTERFACE, "ActionInvoked", self, slot
            )
        self._interface = interface
        return interface

    @Slot("uint", str)
    def _on_action(self, notification: int, key: str) -> None:
        # Every app's notifications come through this signal: answer only our own.
        if notification == self._last_id and key in {START, DEFAULT}:
            self.start_requested.emit()
