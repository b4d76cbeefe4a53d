"""Desktop notifications through the freedesktop ``org.freedesktop.Notifications`` service on
the session bus (QtDBus), with a "Start" action.

Nothing here raises: :meth:`DesktopNotifier.notify` returns False when there is no bus or no
service (Windows, macOS, a bare window manager), and the caller falls back to the tray's
message or a status line. QtDBus is imported only when the first notification is sent.

The types: ``Notify`` takes ``susssasa{sv}i``, and services built on GDBus (GNOME Shell,
dunst, most others) refuse a call of any other signature. PySide6 turns a Python int into an
``int32`` (never the ``uint32`` that ``replaces_id`` is) and cannot build a typed value, so
the call goes through a QDBusInterface method, which converts its arguments to the method's
own types. But QtDBus builds that method from the service's introspection, and without Qt's
type annotation (which only Qt services add) ``a{sv}`` becomes an unusable raw type. So the
method's types are first learnt from an object of our own with the same interface, on the
same connection: QtDBus keeps what it learnt per interface name and uses it for the service
too (checked, not assumed: without the typed method, nothing is sent).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import ClassInfo, QObject, Signal, Slot

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
NOTIFY = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
TYPES_PATH = "/io/github/footcare_gui/NotificationTypes"


# PySide6's stubs type ClassInfo's values as dicts and the decorator as not callable.
@ClassInfo(**{"D-Bus Interface": INTERFACE})  # type: ignore[arg-type]
class _NotifyTypes(QObject):  # type: ignore[operator]
    """Our own object with the spec's Notify, exported only while QtDBus reads its types."""

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # the spec's names
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        expire_timeout: int,
    ) -> int:
        return 0

    @Slot("uint")
    def CloseNotification(self, id: int) -> None:
        return None


def _learn_types(bus: QDBusConnection) -> None:
    """Let QtDBus learn the typed Notify from our own object (see the module docstring)."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    teacher = _NotifyTypes()
    if bus.registerObject(TYPES_PATH, teacher, QDBusConnection.RegisterOption.ExportAllSlots):
        QDBusInterface(bus.baseService(), TYPES_PATH, INTERFACE, bus)
        bus.unregisterObject(TYPES_PATH)


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
        _learn_types(bus)
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
        if not interface.isValid():
            return None
        if interface.metaObject().indexOfMethod(NOTIFY) < 0:
            log.info("QtDBus did not take Notify's types; no notification is sent")
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

    def withdraw(self) -> None:
        """Take the last notification away (the user came to the app another way)."""
        from PySide6.QtCore import Q_ARG, QMetaObject, Qt

        if self._interface is None or self._last_id == 0:
            return
        shown, self._last_id = self._last_id, 0
        try:
            QMetaObject.invokeMethod(
                self._interface,
                "CloseNotification",
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", shown),
            )
        except RuntimeError:  # no typed method: the notification stays until dismissed
            log.info("CloseNotification could not be called")

    @Slot("uint", str)
    def _on_action(self, notification: int, key: str) -> None:
        # Every app's notifications come through this signal: answer only our own.
        if notification == self._last_id and key in {START, DEFAULT}:
            self.start_requested.emit()
