"""A private session bus and a fake org.freedesktop.Notifications on it, in its own process,
so that messages really cross D-Bus with the spec's types (a same-process service would be
called locally and hide type errors)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

FAKE_NOTIFICATIONS = r"""
import sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "fake-notifications")

@ClassInfo(**{"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")
    calls = []
    next_id = 40

    # The spec's signature, susssasa{sv}i: a call with other types finds no method here.
    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name, replaces_id, icon, summary, body, actions, hints, timeout):
        self.next_id += 1
        hint = ",".join(f"{k}={hints[k]}" for k in sorted(hints))
        self.calls.append(
            f"{app_name}|{replaces_id}|{icon}|{summary}|{body}|{','.join(actions)}|{hint}|{timeout}"
        )
        return self.next_id

    @Slot("uint")
    def CloseNotification(self, notification):
        self.calls.append(f"close {notification}")

    @Slot(result="QStringList")
    def GetCapabilities(self):
        return ["actions", "body"]

    @Slot(result=str)
    def Calls(self):
        return "\n".join(self.calls)

    @Slot(int, str)  # the test's own control: plain types
    def Invoke(self, notification, key):
        self.ActionInvoked.emit(notification, key)

service = Notifications()
options = (
    QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
)
ok = bus.registerObject("/org/freedesktop/Notifications", service, options)
ok = ok and bus.registerService("org.freedesktop.Notifications")
print("ready" if ok else "failed", flush=True)
app.exec()
"""

# Like a GDBus service (GNOME Shell, dunst): its introspection has no Qt type annotations, so
# QtDBus alone would read a{sv} as a raw type. It prints what it receives, one line each, and
# answers every call with an error (PySide6 cannot build the uint32 a real answer holds).
FAKE_GDBUS_LIKE = r"""
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusVirtualObject

XML = (
    '<interface name="org.freedesktop.Notifications"><method name="Notify">'
    '<arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>'
    '<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>'
    '<arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>'
    '<arg type="u" direction="out"/></method></interface>'
)

class Service(QDBusVirtualObject):
    def introspect(self, path):
        print("introspect", flush=True)
        return XML

    def handleMessage(self, message, connection):
        print(f"{message.member()} {message.signature()}", flush=True)
        connection.send(message.createErrorReply("org.freedesktop.DBus.Error.Failed", "fake"))
        return True

app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "fake-gdbus-like")
service = Service()
ok = bus.registerVirtualObject("/org/freedesktop/Notifications", service)
ok = ok and bus.registerService("org.freedesktop.Notifications")
print("ready" if ok else "failed", flush=True)
app.exec()
"""


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=5)
    if process.stdout is not None:
        process.stdout.close()


@contextmanager
def private_bus() -> Iterator[str]:
    """A throw-away session bus; skips when dbus-daemon is not installed."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon not installed (apt-get install dbus)")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    if not address:
        stop(process)
        pytest.skip("dbus-daemon could not start a session bus here")
    try:
        yield address
    finally:
        stop(process)


@contextmanager
def fake_notifications(
    tmp_path: Path, address: str, script_text: str = FAKE_NOTIFICATIONS
) -> Iterator[subprocess.Popen[str]]:
    """A fake service (by default the strict Qt one), registered before this returns."""
    script = tmp_path / "fake_notifications.py"
    script.write_text(script_text)
    process = subprocess.Popen(
        [sys.executable, str(script), address],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    ready = process.stdout.readline().strip()  # the service prints once it is registered
    if ready != "ready":
        stop(process)
        pytest.fail(f"the fake notification service did not start: {ready!r}")
    try:
        yield process
    finally:
        stop(process)


def calls(bus: Any) -> list[str]:
    """What the fake service was asked to show, one line per Notify."""
    from PySide6.QtDBus import QDBusInterface

    reply = QDBusInterface(
        "org.freedesktop.Notifications", "/org/freedesktop/Notifications", "", bus
    ).call("Calls")
    text = reply.arguments()[0]
    assert isinstance(text, str)
    return text.splitlines() if text else []


def invoke(bus: Any, notification: int, key: str) -> None:
    """Make the fake service say that the user chose an action."""
    from PySide6.QtDBus import QDBusMessage

    message = QDBusMessage.createMethodCall(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        "org.freedesktop.Notifications",
        "Invoke",
    )
    message.setArguments([notification, key])
    reply = bus.call(message)
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
