"""The nightly reminder at run time: a timer that reads the wall clock, the notification with
its Start action, the tray icon that keeps the app at hand, and the login entry.

The decisions are made in ``core/reminder.py`` over an injected ``now()``; this class only
checks every :data:`CHECK_MS` (a cheap, coarse timer: a missed reminder is noticed within
that time of waking) and carries the decision out:

* a due reminder is skipped while a session runs, and when a session was already done that
  evening (``done_on``, injected: the history's evenings when there is one, else the sessions
  finished since the app started);
* the notification goes through the freedesktop service; where there is none, through the
  tray's own message; where there is no tray either, the window comes forward with one line
  in its status bar;
* while the reminder is on and the desktop has a tray, closing the window keeps the app in
  the tray (said once), and only Quit ends it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from footcare_gui.assets import icon_path
from footcare_gui.core.app_mode import Mode
from footcare_gui.core.history_record import evening_of
from footcare_gui.core.reminder import Schedule, due, local_now
from footcare_gui.core.settings import Settings, session_total
from footcare_gui.ui.app_controller import AppController
from footcare_gui.ui.notifications import DesktopNotifier
from footcare_gui.ui.reminder_words import next_reminder_text, reminder_time_text
from footcare_gui.ui.tray import AppTray

CHECK_MS = 30_000

Autostart = Callable[[bool], str]  # write (True) or remove the login entry; "" or a message


class ReminderController(QObject):
    """Reminds at the chosen evening time; owns the tray icon and the login entry."""

    status = Signal(str)
    reminded = Signal(object)  # the reminder's time (a datetime), when one was given

    def __init__(
        self,
        app: AppController,
        *,
        now: Callable[[], datetime] = local_now,
        done_on: Callable[[date], bool] | None = None,
        notifier: DesktopNotifier | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        autostart: Autostart | None = None,
        quit_app: Callable[[], None] = QCoreApplication.quit,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.window = app.window
        self._now = now
        self._finished: set[date] = set()  # evenings with a session finished in this run
        self._done_on = done_on if done_on is not None else self._finished.__contains__
        if notifier is None:
            icon = QUrl.fromLocalFile(str(icon_path(64))).toString()
            notifier = DesktopNotifier(icon=icon, parent=self)
        self.notifier = notifier
        self._tray_available = tray_available
        self._autostart = autostart
        self._quit_app = quit_app
        self.tray: AppTray | None = None
        self._schedule: Schedule | None = None
        self._last = now()
        self._login: bool | None = None  # what the login entry was last set to
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.notifier.start_requested.connect(self.show_start)
        app.start.begin_requested.connect(self.notifier.withdraw)  # it has done its job
        app.runner.finished.connect(lambda: self._finished.add(evening_of(self._now())))
        app.settings.changed.connect(self._apply)
        self.window.closing.connect(self._on_closing)
        self.window.hidden_to_tray.connect(self._on_hidden)
        self._apply(app.settings.settings, starting=True)

    # -- settings ----------------------------------------------------------------------------
    def _apply(self, s: Settings, *, starting: bool = False) -> None:
        schedule = Schedule.of(s.reminder_time, s.reminder_days) if s.reminder else None
        if schedule != self._schedule:
            self._schedule = schedule
            self._last = self._now()  # a time set just behind the clock waits for tomorrow
            if schedule is None:
                self.timer.stop()
            else:
                self.timer.start()
        self._show_tray(s.reminder and self._tray_available())
        self.tray_tooltip()
        login = s.reminder and s.start_at_login
        # At start only refresh an entry that should be there (the command may have moved).
        if self._autostart is not None and login != self._login and (login or not starting):
            self._login = login
            message = self._autostart(login)
            if message:
                self.status.emit(message)

    def _show_tray(self, on: bool) -> None:
        if on and self.tray is None:
            self.tray = AppTray(QGuiApplication.windowIcon(), self)
            self.tray.start_requested.connect(self.show_start)
            self.tray.show_requested.connect(self.window.bring_forward)
            self.tray.quit_requested.connect(self.app.quit)
            self.tray.show()
        elif not on and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        self.window.keep_running_on_close = self.tray is not None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setQuitOnLastWindowClosed(self.tray is None)

    # -- the check ---------------------------------------------------------------------------
    def check(self) -> None:
        """Look at the wall clock; remind if a reminder fell due since the last look."""
        now = self._now()
        last, self._last = self._last, now
        if self._schedule is None:
            return
        if self.tray is None and self._tray_available():  # a panel that started after us
            self._show_tray(True)
            self.tray_tooltip()
        fire = due(self._schedule, last, now)
        if fire is None or self.app.mode is Mode.SESSION or self._done_on(evening_of(fire)):
            return
        self._remind()
        self.reminded.emit(fire)
        self.tray_tooltip()

    def _remind(self) -> None:
        title = self.tr("Time for your evening foot care")
        routine = self.app.routine
        minutes = max(1, round(session_total(self.app.settings.settings, routine) / 60))
        body = self.tr("%1: about %n minutes. Press Start when you are ready.", "", minutes)
        body = body.replace("%1", routine.title)
        if self.notifier.notify(title, body, self.tr("Start")):
            return
        if self.tray is not None:
            self.tray.message(title, body, starts=True)
            return
        self.status.emit(title)
        if not self.window.isVisible():  # waiting in the background with no tray to speak
            self.show_start()

    def tray_tooltip(self) -> None:
        if self.tray is not None:
            text = next_reminder_text(self.app.settings.settings, self._now())
            self.tray.set_tooltip(f"footcare-gui\n{text}")

    # -- the window, the tray and quitting ---------------------------------------------------
    def show_start(self) -> None:
        """Bring the window up on the start page (a running session stays as it is)."""
        if self.app.mode is Mode.DONE:
            self.app.back_to_start()
        self.window.bring_forward()
        self.notifier.withdraw()

    def _on_hidden(self) -> None:
        if self.app.mode is not Mode.CHOOSING:
            self.app.back_to_start()  # the session was stopped by the close
        s = self.app.settings.settings
        if self.tray is None or s.tray_notice_shown:
            return
        at = reminder_time_text(s)
        self.tray.message(
            self.tr("footcare-gui is still running"),
            self.tr("It waits here for your reminder at %1. To quit, choose Quit in this menu.")
            .replace("%1", at),
            starts=False,
        )  # fmt: skip
        self.app.settings.update(tray_notice_shown=True)

    def _on_closing(self) -> None:
        if self.tray is not None and not self.window.keep_running_on_close:
            # Quit was chosen: nothing else would end the app, as the tray keeps it running.
            self.tray.hide()
            QTimer.singleShot(0, self._quit_app)


def login_autostart(config_dir: Path | None) -> Autostart:
    """The real login entry for :class:`ReminderController`: this copy of the app, with the
    config folder if one was chosen (``--config-dir`` or the environment variable)."""

    def apply(on: bool) -> str:
        from footcare_gui.desktop.autostart import set_autostart, supported
        from footcare_gui.desktop.entries import installed_command

        if not supported():
            return ""
        command = installed_command()
        if config_dir is not None:
            command += ["--config-dir", str(config_dir)]
        return set_autostart(on, command)

    return apply
