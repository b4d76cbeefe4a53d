"""The reminder at run time, with a fake wall clock: when it notifies, when it keeps quiet,
the Start action, the tray (closing hides, said once; Quit quits) and the login entry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footcare_gui.core.app_mode import Mode
from footcare_gui.core.settings import Settings
from footcare_gui.ui.application import app_icon
from footcare_gui.ui.main_window import Page
from footcare_gui.ui.notifications import DesktopNotifier
from footcare_gui.ui.reminder_controller import CHECK_MS, ReminderController
from footcare_gui.ui.tray import AppTray
from tests.dbus_fakes import calls, fake_notifications, invoke, private_bus
from tests.ui_harness import App, make_app

BERLIN = ZoneInfo("Europe/Berlin")
TITLE = "Time for your evening foot care"
ON = Settings(precautions_acknowledged=True, reminder=True, reminder_time="21:30")


class WallClock:
    """An injected local wall clock that moves only when told to."""

    def __init__(self, text: str) -> None:
        self.now = datetime.fromisoformat(text).replace(tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now

    def set(self, text: str) -> None:
        self.now = datetime.fromisoformat(text).replace(tzinfo=BERLIN)


class FakeNotifier(QObject):
    start_requested = Signal()

    def __init__(self, answer: bool = True) -> None:
        super().__init__()
        self.answer = answer
        self.sent: list[tuple[str, str, str]] = []

    def notify(self, summary: str, body: str, start_label: str) -> bool:
        self.sent.append((summary, body, start_label))
        return self.answer

    def withdraw(self) -> None:
        self.sent.append(("withdrawn", "", ""))


@pytest.fixture(autouse=True)
def _restore_quit_on_close(qapp: QApplication) -> Iterator[None]:
    qapp.setWindowIcon(app_icon())
    yield
    qapp.setQuitOnLastWindowClosed(True)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """The tray's own messages (title, whether a click starts), instead of balloons."""
    messages: list[tuple[str, bool]] = []

    def message(self: AppTray, title: str, body: str, *, starts: bool) -> None:
        messages.append((title, starts))
        self._message_starts = starts

    monkeypatch.setattr(AppTray, "message", message)
    return messages


def _reminder(
    app: App,
    clock: WallClock,
    notifier: Any = None,
    *,
    tray: bool = False,
    **kwargs: Any,
) -> ReminderController:
    return ReminderController(
        app.controller,
        now=clock,
        notifier=notifier if notifier is not None else FakeNotifier(),
        tray_available=lambda: tray,
        **kwargs,
    )


def test_it_reminds_once_at_the_time(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    clock = WallClock("2026-11-30 21:29:40")
    notifier = FakeNotifier()
    reminder = _reminder(app, clock, notifier)
    assert reminder.timer.isActive()
    assert reminder.timer.interval() == CHECK_MS
    assert reminder.timer.timerType() is Qt.TimerType.VeryCoarseTimer
    reminder.check()
    assert notifier.sent == []
    clock.set("2026-11-30 21:30:10")
    with qtbot.waitSignal(reminder.reminded) as fired:
        reminder.check()
    assert fired.args == [datetime(2026, 11, 30, 21, 30, tzinfo=BERLIN)]
    (summary, body, start), *rest = notifier.sent
    assert (summary, start, rest) == (TITLE, "Start", [])
    assert body.startswith(f"{app.controller.routine.title}: about ")
    clock.set("2026-11-30 21:30:40")
    reminder.check()
    assert len(notifier.sent) == 1


def test_off_by_default_and_turning_it_off_stops_the_timer(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    clock = WallClock("2026-11-30 21:29:40")
    reminder = _reminder(app, clock)
    assert not reminder.timer.isActive()
    app.settings.update(reminder=True)
    assert reminder.timer.isActive()
    app.settings.update(reminder=False)
    assert not reminder.timer.isActive()
    clock.set("2026-11-30 21:30:10")
    reminder.check()
    assert reminder.notifier.sent == []  # type: ignore[attr-defined]


def test_quiet_while_a_session_runs(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    clock = WallClock("2026-11-30 21:29:40")
    reminder = _reminder(app, clock)
    app.controller.begin()
    assert app.controller.mode is Mode.SESSION
    clock.set("2026-11-30 21:30:10")
    reminder.check()
    assert reminder.notifier.sent == [("withdrawn", "", "")]  # type: ignore[attr-defined]


def test_quiet_when_a_session_was_done_that_evening(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=replace(ON, reminder_time="00:30"))
    clock = WallClock("2026-11-30 22:00")
    asked: list[date] = []

    def done_on(evening: date) -> bool:
        asked.append(evening)
        return True

    reminder = _reminder(app, clock, done_on=done_on)
    clock.set("2026-12-01 00:30:05")
    reminder.check()
    assert asked == [date(2026, 11, 30)]  # after midnight it is still Monday's evening
    assert reminder.notifier.sent == []  # type: ignore[attr-defined]


def test_a_session_finished_in_this_run_counts_without_a_history(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    clock = WallClock("2026-11-30 20:00")
    reminder = _reminder(app, clock)
    app.controller.runner.finished.emit()  # a session finished at 20:00
    clock.set("2026-11-30 21:30:10")
    reminder.check()
    assert reminder.notifier.sent == []  # type: ignore[attr-defined]
    clock.set("2026-12-01 21:30:10")  # the next evening has no session yet
    reminder.check()
    assert len(reminder.notifier.sent) == 1  # type: ignore[attr-defined]


def test_missed_while_asleep(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    clock = WallClock("2026-11-30 20:00")
    reminder = _reminder(app, clock)
    clock.set("2026-11-30 22:10")  # woke 40 minutes late: once
    reminder.check()
    reminder.check()
    assert len(reminder.notifier.sent) == 1  # type: ignore[attr-defined]
    clock.set("2026-12-01 20:00")
    reminder.check()
    clock.set("2026-12-01 22:45")  # an hour and a quarter late: not at all
    reminder.check()
    assert len(reminder.notifier.sent) == 1  # type: ignore[attr-defined]


def test_start_brings_the_window_up_on_the_start_page(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    reminder = _reminder(app, WallClock("2026-11-30 21:00"))
    app.controller.begin()
    app.controller.runner.finished.emit()  # the summary page is showing
    assert app.window.current_page() is Page.SUMMARY
    app.window.hide()
    reminder.notifier.sent.clear()  # type: ignore[attr-defined]
    reminder.notifier.start_requested.emit()
    assert app.window.isVisible()
    assert app.window.current_page() is Page.START
    assert app.controller.mode is Mode.CHOOSING
    assert reminder.notifier.sent == [("withdrawn", "", "")]  # type: ignore[attr-defined]


def test_a_session_begun_another_way_takes_the_notification_away(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    reminder = _reminder(app, WallClock("2026-11-30 21:00"))
    app.controller.begin()
    assert reminder.notifier.sent == [("withdrawn", "", "")]  # type: ignore[attr-defined]


def test_no_service_uses_the_tray_message_and_a_click_starts(
    qtbot: QtBot, tmp_path: Path, said: list[tuple[str, bool]]
) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    clock = WallClock("2026-11-30 21:29:50")
    reminder = _reminder(app, clock, FakeNotifier(answer=False), tray=True)
    assert reminder.tray is not None
    clock.set("2026-11-30 21:30:20")
    reminder.check()
    assert said == [(TITLE, True)]
    with qtbot.waitSignal(reminder.tray.start_requested):
        reminder.tray.icon.messageClicked.emit()
    assert app.window.isVisible()


def test_no_service_and_no_tray_says_it_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    clock = WallClock("2026-11-30 21:29:50")
    reminder = _reminder(app, clock, FakeNotifier(answer=False))
    lines: list[str] = []
    reminder.status.connect(lines.append)
    assert not app.window.isVisible()  # waiting in the background
    clock.set("2026-11-30 21:30:20")
    reminder.check()
    assert lines == [TITLE]
    assert app.window.isVisible()


def test_with_a_tray_closing_hides_and_says_so_once(
    qtbot: QtBot, tmp_path: Path, said: list[tuple[str, bool]], qapp: QApplication
) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    quits: list[str] = []
    reminder = _reminder(
        app, WallClock("2026-11-30 20:00"), tray=True, quit_app=lambda: quits.append("quit")
    )
    assert reminder.tray is not None
    assert "footcare-gui" in reminder.tray.icon.toolTip()
    assert QLocale().dayName(1) in reminder.tray.icon.toolTip()  # Monday, in the locale
    assert not qapp.quitOnLastWindowClosed()
    app.window.show()
    app.controller.begin()
    app.window.close()
    assert not app.window.isVisible()
    assert app.controller.mode is Mode.CHOOSING  # the session stopped with the close
    assert said == [("footcare-gui is still running", False)]
    assert app.settings.settings.tray_notice_shown
    app.window.bring_forward()
    app.window.close()
    assert len(said) == 1  # once
    assert quits == []
    reminder.tray.quit_requested.emit()
    qtbot.waitUntil(lambda: quits == ["quit"])


def test_without_a_tray_closing_quits_as_before(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    reminder = _reminder(app, WallClock("2026-11-30 20:00"))
    assert reminder.tray is None
    assert not app.window.keep_running_on_close
    assert qapp.quitOnLastWindowClosed()


def test_turning_the_reminder_off_removes_the_tray(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    reminder = _reminder(app, WallClock("2026-11-30 20:00"), tray=True)
    assert reminder.tray is not None and app.window.keep_running_on_close
    app.settings.update(reminder=False)
    assert reminder.tray is None
    assert not app.window.keep_running_on_close


def test_a_tray_that_appears_later_is_used(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    panel = {"up": False}
    reminder = ReminderController(
        app.controller,
        now=WallClock("2026-11-30 20:00"),
        notifier=FakeNotifier(),
        tray_available=lambda: panel["up"],
    )
    assert reminder.tray is None
    panel["up"] = True  # the panel started after the app, at login
    reminder.check()
    assert reminder.tray is not None


def test_login_entry_follows_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    entries: list[bool] = []

    def autostart(on: bool) -> str:
        entries.append(on)
        return "" if on else "Could not change the login entry: read-only."

    reminder = _reminder(app, WallClock("2026-11-30 20:00"), autostart=autostart)
    assert entries == []  # nothing to do at start: no entry wanted
    lines: list[str] = []
    reminder.status.connect(lines.append)
    app.settings.update(start_at_login=True)
    assert entries == [True]
    app.settings.update(volume=10)
    assert entries == [True]
    app.settings.update(reminder=False)  # no reminder: no reason to start at login
    assert entries == [True, False]
    assert lines == ["Could not change the login entry: read-only."]


def test_an_entry_that_should_be_there_is_refreshed_at_start(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=replace(ON, start_at_login=True))
    entries: list[bool] = []
    _reminder(app, WallClock("2026-11-30 20:00"), autostart=lambda on: entries.append(on) or "")
    assert entries == [True]


# -- through D-Bus, end to end ---------------------------------------------------------------


def test_the_notification_over_dbus_and_its_start_action(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtDBus import QDBusConnection

    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    with private_bus() as address, fake_notifications(tmp_path, address):
        name = "footcare-test-reminder-e2e"
        bus = QDBusConnection.connectToBus(address, name)
        try:
            clock = WallClock("2026-11-30 21:29:50")
            reminder = _reminder(app, clock, DesktopNotifier(bus))
            clock.set("2026-11-30 21:30:05")
            reminder.check()
            (line,) = calls(bus)
            assert f"|{TITLE}|" in line
            assert "|default,Start,start,Start|" in line
            assert not app.window.isVisible()
            with qtbot.waitSignal(reminder.notifier.start_requested, timeout=5000):
                invoke(bus, 41, "start")
            assert app.window.isVisible()
            assert app.window.current_page() is Page.START
            assert calls(bus)[1:] == ["close 41"]  # answered: taken away
        finally:
            QDBusConnection.disconnectFromBus(name)


def test_the_check_interval_notices_a_wake_within_a_minute() -> None:
    assert timedelta(milliseconds=CHECK_MS) <= timedelta(minutes=1)
