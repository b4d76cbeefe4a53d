"""``--doctor``'s lines for what the evening reminder uses: the system tray (answered by the
platform's test process, or by the running app) and the notification service on D-Bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from footcare_gui.doctor import checks_platform, report_text
from footcare_gui.doctor.checks_reminder import notifications_check, running_tray, tray_check
from tests import dbus_fakes

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus: Linux")

# A session bus that can start no service: the machine's own (dunst, say) stay out of it.
BARE_BUS = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextmanager
def bare_bus(folder: Path) -> Iterator[str]:
    """A throw-away session bus with no service files; skips without dbus-daemon."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon not installed (apt-get install dbus)")
    config = folder / "bus.conf"
    config.write_text(BARE_BUS.format(folder=folder))
    process = subprocess.Popen(
        [daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    try:
        if not address:
            pytest.skip("dbus-daemon could not start a bus here")
        yield address
    finally:
        dbus_fakes.stop(process)


def test_the_tray_line_says_what_the_reminder_does_without_one() -> None:
    found = tray_check(True)
    assert (found.status, found.line(13)) == ("ok", "System tray  available: OK")
    none = tray_check(False)
    assert (none.status, none.detail, none.data) == (
        "warning",
        "none found",
        {"used": True, "available": False},
    )
    assert none.advice.startswith("the evening reminder comes only while footcare-gui runs")
    unknown = tray_check(None)
    assert (unknown.status, unknown.data["available"]) == ("info", None)


def test_the_platform_test_process_says_whether_there_is_a_tray(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = {"xcb\ntray yes\n": True, "xcb\ntray no\n": False, "xcb\ntray unknown\n": None}
    for stdout, tray in said.items():

        def run(*args: object, stdout: str = stdout, **kwargs: object) -> object:
            return subprocess.CompletedProcess([], 0, stdout, "")

        monkeypatch.setattr(checks_platform.subprocess, "run", run)
        probe = checks_platform.try_platform({"DISPLAY": ":1"})
        assert (probe.loads, probe.name, probe.tray) == (True, "xcb", tray)
        check, seen = checks_platform.platform_check({"QT_QPA_PLATFORM": "xcb"}, None, "")
        assert (check.detail, seen) == ("xcb loads", tray)


def test_the_real_test_process_answers_for_the_tray() -> None:
    probe = checks_platform.try_platform(dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert (probe.loads, probe.name) == (True, "offscreen"), probe.messages
    assert isinstance(probe.tray, bool)


def test_in_the_running_app_the_app_answers_for_the_tray(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    def no_child(env: object) -> None:
        raise AssertionError("the running app needs no test process")

    monkeypatch.setattr(checks_platform, "try_platform", no_child)
    assert running_tray() is QSystemTrayIcon.isSystemTrayAvailable()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    assert "System tray       available: OK" in report_text().splitlines()


@linux_only
def test_the_notification_service_is_looked_for_on_the_bus(tmp_path: Path) -> None:
    from PySide6.QtDBus import QDBusConnection

    with bare_bus(tmp_path) as address:
        bus = QDBusConnection.connectToBus(address, "doctor-notifications")
        try:
            empty = notifications_check(bus)
            assert (empty.status, empty.detail) == (
                "warning",
                "no org.freedesktop.Notifications service",
            )
            assert empty.data == {
                "used": True,
                "service": "org.freedesktop.Notifications",
                "available": False,
            }
            assert empty.advice.startswith("the reminder shows as a message of the tray icon")
            with dbus_fakes.fake_notifications(tmp_path, address):
                there = notifications_check(bus)
            assert (there.status, there.data["available"]) == ("ok", True)
            assert there.line(14) == (
                "Notifications org.freedesktop.Notifications on the session bus: OK"
            )
        finally:
            QDBusConnection.disconnectFromBus("doctor-notifications")


@linux_only
def test_no_session_bus_is_said(qapp: object) -> None:
    from PySide6.QtDBus import QDBusConnection

    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "doctor-nowhere")
    try:
        check = notifications_check(nowhere)
    finally:
        QDBusConnection.disconnectFromBus("doctor-nowhere")
    assert (check.status, check.detail, check.data["available"]) == (
        "warning",
        "no D-Bus session bus",
        False,
    )
