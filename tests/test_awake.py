"""ScreenAwake: idempotent hold/release, failures become a status, never an exception."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from footcare_gui.ui.awake import (
    DEFAULT_REASON,
    GENERIC_FAILURE,
    AwakeError,
    CaffeinateBackend,
    FreedesktopBackend,
    NullBackend,
    ScreenAwake,
    WindowsBackend,
)
from tests import dbus_fakes


class FakeBackend:
    def __init__(self, fail_with: Exception | None = None) -> None:
        self.calls: list[tuple[str, object]] = []
        self.fail_with = fail_with
        self.next_cookie = 41

    def inhibit(self, reason: str) -> object:
        self.calls.append(("inhibit", reason))
        if self.fail_with is not None:
            raise self.fail_with
        self.next_cookie += 1
        return self.next_cookie

    def uninhibit(self, cookie: object) -> None:
        self.calls.append(("uninhibit", cookie))


def test_hold_and_release_are_idempotent() -> None:
    backend = FakeBackend()
    awake = ScreenAwake(backend)
    assert not awake.held
    assert awake.hold() is True
    assert awake.hold() is True
    assert awake.held
    assert backend.calls == [("inhibit", DEFAULT_REASON)]

    awake.release()
    awake.release()
    assert not awake.held
    assert backend.calls == [("inhibit", DEFAULT_REASON), ("uninhibit", 42)]
    assert awake.status == ""


def test_release_passes_back_each_holds_own_cookie() -> None:
    backend = FakeBackend()
    awake = ScreenAwake(backend)
    awake.hold("first")
    awake.release()
    awake.hold("second")
    awake.release()
    assert backend.calls == [
        ("inhibit", "first"),
        ("uninhibit", 42),
        ("inhibit", "second"),
        ("uninhibit", 43),
    ]


def test_release_without_hold_does_nothing() -> None:
    backend = FakeBackend()
    ScreenAwake(backend).release()
    assert backend.calls == []


def test_failing_backend_gives_a_status_not_an_exception() -> None:
    message = "Could not keep the screen awake (no screensaver service found)."
    awake = ScreenAwake(FakeBackend(fail_with=AwakeError(message)))
    assert awake.hold() is False
    assert not awake.held
    assert awake.status == message


def test_unexpected_backend_error_is_contained() -> None:
    backend = FakeBackend(fail_with=RuntimeError("bus exploded"))
    awake = ScreenAwake(backend)
    assert awake.hold() is False
    assert awake.status == GENERIC_FAILURE
    awake.release()  # nothing held: must not call the backend
    assert backend.calls == [("inhibit", DEFAULT_REASON)]


def test_a_later_hold_retries_and_clears_the_status() -> None:
    backend = FakeBackend(fail_with=AwakeError("not yet"))
    awake = ScreenAwake(backend)
    assert not awake.hold()
    backend.fail_with = None
    assert awake.hold()
    assert awake.held
    assert awake.status == ""


def test_release_survives_a_failing_uninhibit() -> None:
    class Sticky(FakeBackend):
        def uninhibit(self, cookie: object) -> None:
            raise AwakeError("service went away")

    awake = ScreenAwake(Sticky())
    awake.hold()
    awake.release()
    assert not awake.held


def test_null_backend_explains() -> None:
    awake = ScreenAwake(NullBackend("D-Bus support is missing"))
    assert not awake.hold()
    assert awake.status == "Could not keep the screen awake (D-Bus support is missing)."


@pytest.mark.skipif(sys.platform == "win32", reason="the real call is made on Windows")
def test_windows_backend_elsewhere_fails_politely() -> None:
    awake = ScreenAwake(WindowsBackend())
    assert not awake.hold()
    assert "Could not keep the screen awake" in awake.status


# -- macOS backend, exercised with a stand-in child process -------------------------------


def test_caffeinate_backend_starts_and_stops_its_child() -> None:
    backend = CaffeinateBackend([sys.executable, "-c", "import time; time.sleep(600)"])
    awake = ScreenAwake(backend)
    assert awake.hold()
    child = awake._cookie
    assert isinstance(child, subprocess.Popen)
    assert child.poll() is None  # running while held
    awake.release()
    assert child.returncode is not None  # terminated and reaped on release


def test_caffeinate_missing_gives_a_status() -> None:
    awake = ScreenAwake(CaffeinateBackend(["/nonexistent/caffeinate"]))
    assert not awake.hold()
    assert awake.status == "Could not keep the screen awake (caffeinate not found)."


# -- the real freedesktop backend ----------------------------------------------------------


def test_freedesktop_backend_without_a_bus_gives_a_status(qtbot: QtBot) -> None:
    from PySide6.QtDBus import QDBusConnection

    name = "footcare-test-no-bus"
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/footcare-bus", name)
    try:
        awake = ScreenAwake(FreedesktopBackend(bus))
        assert not awake.hold()
        assert not awake.held
        assert awake.status == "Could not keep the screen awake (no session bus)."
        awake.release()
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_default_backend_on_this_machine_never_raises(qtbot: QtBot) -> None:
    awake = ScreenAwake()
    held = awake.hold()
    try:
        # Either the desktop agreed, or the user is told why not.
        assert held == awake.held
        assert held or awake.status.startswith("Could not keep the screen awake")
    finally:
        awake.release()
    assert not awake.held


# A fake org.freedesktop.ScreenSaver, run in its own process on a private bus so the messages
# really cross D-Bus (a same-process service would be called locally and hide type errors).
FAKE_SERVICE = r"""
import sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "fake-screensaver")

@ClassInfo(**{"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    calls = []

    @Slot(str, str, result="uint")
    def Inhibit(self, app_name, reason):
        self.calls.append(f"Inhibit {app_name} | {reason}")
        return 4_000_000_000  # above int32: proves the cookie goes back as uint32

    @Slot("uint")
    def UnInhibit(self, cookie):
        self.calls.append(f"UnInhibit {cookie}")

    @Slot(result=str)
    def Calls(self):
        return "\n".join(self.calls)

service = ScreenSaver()
ok = bus.registerObject(sys.argv[2], service, QDBusConnection.RegisterOption.ExportAllSlots)
ok = ok and bus.registerService("org.freedesktop.ScreenSaver")
print("ready" if ok else "failed", flush=True)
app.exec()
"""


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A throw-away session bus (the one tests/dbus_fakes.py starts)."""
    with dbus_fakes.private_bus() as address:
        yield address


def _start_fake_service(tmp_path: Path, address: str, path: str) -> subprocess.Popen[str]:
    script = tmp_path / "fake_screensaver.py"
    script.write_text(FAKE_SERVICE)
    process = subprocess.Popen(
        [sys.executable, str(script), address, path],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "ready":
        dbus_fakes.stop(process)
        pytest.skip("could not register a fake screensaver on the private bus")
    return process


def _fake_calls(bus: Any, path: str) -> list[str]:
    from PySide6.QtDBus import QDBusInterface

    reply = QDBusInterface("org.freedesktop.ScreenSaver", path, "", bus).call("Calls")
    text = reply.arguments()[0]
    assert isinstance(text, str)
    return text.splitlines() if text else []


@pytest.mark.parametrize("object_path", ["/org/freedesktop/ScreenSaver", "/ScreenSaver"])
def test_freedesktop_backend_inhibits_and_uninhibits_over_dbus(
    qtbot: QtBot, tmp_path: Path, private_bus: str, object_path: str
) -> None:
    from PySide6.QtDBus import QDBusConnection

    fake = _start_fake_service(tmp_path, private_bus, object_path)
    name = f"footcare-test-bus-{object_path.count('/')}"
    bus = QDBusConnection.connectToBus(private_bus, name)
    try:
        assert bus.isConnected()
        awake = ScreenAwake(FreedesktopBackend(bus, app_name="footcare-gui"))
        assert awake.hold("Massaging the left foot")
        assert awake.status == ""
        assert _fake_calls(bus, object_path) == ["Inhibit footcare-gui | Massaging the left foot"]
        awake.release()
        assert not awake.held
        assert _fake_calls(bus, object_path) == [
            "Inhibit footcare-gui | Massaging the left foot",
            "UnInhibit 4000000000",
        ]
    finally:
        QDBusConnection.disconnectFromBus(name)
        dbus_fakes.stop(fake)


def test_freedesktop_backend_with_a_bus_but_no_service(qtbot: QtBot, private_bus: str) -> None:
    from PySide6.QtDBus import QDBusConnection

    name = "footcare-test-bus-empty"
    bus = QDBusConnection.connectToBus(private_bus, name)
    try:
        awake = ScreenAwake(FreedesktopBackend(bus))
        assert not awake.hold()
        assert awake.status == "Could not keep the screen awake (no screensaver service found)."
    finally:
        QDBusConnection.disconnectFromBus(name)
