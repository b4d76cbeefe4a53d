"""DesktopNotifier against a fake org.freedesktop.Notifications on a private dbus-daemon."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from footcare_gui.ui.notifications import DesktopNotifier
from tests.dbus_fakes import FAKE_GDBUS_LIKE, calls, fake_notifications, invoke, private_bus


@pytest.fixture
def bus_address() -> Iterator[str]:
    with private_bus() as address:
        yield address


@pytest.fixture
def bus(qtbot: QtBot, bus_address: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    from PySide6.QtDBus import QDBusConnection

    name = f"footcare-test-{request.node.name}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected()
    try:
        yield connection
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_the_notification_is_sent_with_a_start_action(
    qtbot: QtBot, tmp_path: Path, bus_address: str, bus: Any
) -> None:
    with fake_notifications(tmp_path, bus_address):
        notifier = DesktopNotifier(bus, icon="file:///icons/footcare-gui-64.png")
        assert notifier.notify("Time for your evening foot care", "About 22 minutes.", "Start")
        assert notifier.notify("Again", "Later.", "Start")
        assert calls(bus) == [
            "footcare-gui|0|file:///icons/footcare-gui-64.png|Time for your evening foot care|"
            "About 22 minutes.|default,Start,start,Start|category=presence,"
            "desktop-entry=footcare-gui|0",
            # the second replaces the first rather than piling up
            "footcare-gui|41|file:///icons/footcare-gui-64.png|Again|Later.|"
            "default,Start,start,Start|category=presence,desktop-entry=footcare-gui|0",
        ]


def test_choosing_start_is_reported_once_and_only_for_our_notification(
    qtbot: QtBot, tmp_path: Path, bus_address: str, bus: Any
) -> None:
    with fake_notifications(tmp_path, bus_address):
        notifier = DesktopNotifier(bus)
        assert notifier.notify("Time for your evening foot care", "", "Start")
        seen: list[str] = []
        notifier.start_requested.connect(lambda: seen.append("start"))
        invoke(bus, 999, "start")  # another app's notification
        invoke(bus, 41, "dismiss")  # not an action we offered
        with qtbot.waitSignal(notifier.start_requested, timeout=5000):
            invoke(bus, 41, "start")
        assert seen == ["start"]  # signals arrive in order: the first two were ignored
        with qtbot.waitSignal(notifier.start_requested, timeout=5000):
            invoke(bus, 41, "default")  # a click on the notification itself
        assert seen == ["start", "start"]
        notifier.withdraw()
        notifier.withdraw()  # once is enough
        assert calls(bus)[1:] == ["close 41"]


def test_no_service_on_the_bus(qtbot: QtBot, bus: Any) -> None:
    assert DesktopNotifier(bus).notify("Time", "", "Start") is False


def test_no_bus_at_all(qtbot: QtBot) -> None:
    from PySide6.QtDBus import QDBusConnection

    name = "footcare-test-no-bus-notify"
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/footcare-bus", name)
    try:
        assert DesktopNotifier(bus).notify("Time", "", "Start") is False
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_a_service_without_qt_type_annotations_gets_the_spec_signature(
    qtbot: QtBot, tmp_path: Path, bus_address: str, bus: Any
) -> None:
    # dunst and GNOME Shell: their introspection alone leaves QtDBus without the types (found
    # by hand under dunst), so the notifier must not depend on it.
    with fake_notifications(tmp_path, bus_address, FAKE_GDBUS_LIKE) as service:
        assert service.stdout is not None
        assert DesktopNotifier(bus).notify("Time", "", "Start") is False  # the fake's error
        assert service.stdout.readline().strip() == "Notify susssasa{sv}i"
