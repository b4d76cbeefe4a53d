"""Keep the screen from blanking while a session runs: the user's hands are oily, not on the keys.

One small backend per platform:

* Linux and other freedesktop systems: ``org.freedesktop.ScreenSaver.Inhibit`` on the session
  bus (GNOME, KDE, Xfce, Cinnamon, MATE and most screen lockers implement it);
* Windows: ``SetThreadExecutionState``;
* macOS: a ``caffeinate`` child process, which also dies with us (``-w <pid>``).

None of this is essential, so nothing here raises: :class:`ScreenAwake` records a user-facing
:attr:`ScreenAwake.status` instead and the session carries on.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

log = logging.getLogger(__name__)

APP_NAME = "footcare-gui"
DEFAULT_REASON = "A foot massage session is running"
GENERIC_FAILURE = QT_TRANSLATE_NOOP("SessionRunner", "Could not keep the screen awake.")


class AwakeError(Exception):
    """A backend could not hold the screen awake; the message is shown to the user."""


class AwakeBackend(Protocol):
    """Asks the system not to blank the screen; ``inhibit`` returns a cookie for ``uninhibit``."""

    def inhibit(self, reason: str) -> object:
        """Start holding; raise :class:`AwakeError` (or anything) when it cannot."""
        ...

    def uninhibit(self, cookie: object) -> None:
        """Stop the hold that ``inhibit`` returned ``cookie`` for."""
        ...


class ScreenAwake:
    """Holds the screen awake between :meth:`hold` and :meth:`release`; never raises."""

    def __init__(self, backend: AwakeBackend | None = None) -> None:
        # Chosen on the first hold, so QtDBus is not loaded before a session starts.
        self._backend = backend
        self._held = False
        self._cookie: object = None
        self._status = ""

    @property
    def held(self) -> bool:
        """True while the system has agreed to keep the screen on."""
        return self._held

    @property
    def status(self) -> str:
        """Empty, or a sentence for the user saying why the screen may still blank."""
        return self._status

    def hold(self, reason: str = DEFAULT_REASON) -> bool:
        """Ask the system to keep the screen on. Idempotent; returns whether a hold is in place.

        A failed attempt is retried on the next call, so a screensaver service that starts
        later is still used at the next session.
        """
        if self._held:
            return True
        if self._backend is None:
            self._backend = default_backend()
        try:
            self._cookie = self._backend.inhibit(reason)
        except AwakeError as exc:
            log.info("screen may blank: %s", exc)
            self._status = str(exc)
            return False
        except Exception:
            log.exception("keeping the screen awake failed")
            self._status = translate("SessionRunner", GENERIC_FAILURE)
            return False
        self._held = True
        self._status = ""
        return True

    def release(self) -> None:
        """Let the screen blank again. Safe to call at any time, any number of times."""
        if not self._held or self._backend is None:
            return
        cookie, self._cookie, self._held = self._cookie, None, False
        try:
            self._backend.uninhibit(cookie)
        except Exception:  # nothing useful to tell the user; the hold ends with us anyway
            log.exception("releasing the screen hold failed")


class NullBackend:
    """For systems where we know no way: always fails with an explanation."""

    def __init__(
        self,
        message: str = QT_TRANSLATE_NOOP("SessionRunner", "not supported here"),
    ) -> None:
        self._message = message  # why, marked for translation (default_backend's are)

    def inhibit(self, reason: str) -> object:
        line = translate("SessionRunner", "Could not keep the screen awake ({reason}).")
        raise AwakeError(line.format(reason=translate("SessionRunner", self._message)))

    def uninhibit(self, cookie: object) -> None:
        return None


@dataclass(frozen=True)
class _DBusHold:
    interface: QDBusInterface
    cookie: int


class FreedesktopBackend:
    """``org.freedesktop.ScreenSaver`` on the session bus, through QtDBus."""

    SERVICE = "org.freedesktop.ScreenSaver"
    INTERFACE = "org.freedesktop.ScreenSaver"
    # The spec's path first; some older implementations only export "/ScreenSaver".
    PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
    TIMEOUT_MS = 2000  # a hung service must not freeze the window for D-Bus's default 25 s

    def __init__(self, bus: QDBusConnection | None = None, app_name: str = APP_NAME) -> None:
        self._bus = bus
        self._app_name = app_name

    def inhibit(self, reason: str) -> object:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            raise AwakeError(
                translate("SessionRunner", "Could not keep the screen awake (no session bus).")
            )
        for path in self.PATHS:
            interface = QDBusInterface(self.SERVICE, path, self.INTERFACE, bus)
            if not interface.isValid():
                continue
            interface.setTimeout(self.TIMEOUT_MS)
            reply = interface.call("Inhibit", self._app_name, reason)
            arguments = reply.arguments()
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and arguments:
                return _DBusHold(interface, int(arguments[0]))
            log.info("Inhibit at %s failed: %s", path, reply.errorMessage())
        raise AwakeError(
            translate(
                "SessionRunner", "Could not keep the screen awake (no screensaver service found)."
            )
        )

    def uninhibit(self, cookie: object) -> None:
        from PySide6.QtCore import Q_ARG, QMetaObject, Qt

        if not isinstance(cookie, _DBusHold):
            raise TypeError(f"not a D-Bus screen hold: {cookie!r}")
        # UnInhibit takes a uint32, but a Python int goes over D-Bus as int32/int64, which
        # strict services reject. Invoking through the introspected interface's meta-object
        # with an explicit "uint" argument sends the right type.
        QMetaObject.invokeMethod(
            cookie.interface,
            "UnInhibit",
            Qt.ConnectionType.DirectConnection,
            Q_ARG("uint", cookie.cookie),
        )
        error = cookie.interface.lastError()
        if error.isValid():
            raise AwakeError(f"UnInhibit failed: {error.message()}")


class WindowsBackend:
    """``SetThreadExecutionState``; the state belongs to the calling (GUI) thread."""

    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001
    ES_DISPLAY_REQUIRED = 0x00000002

    def inhibit(self, reason: str) -> object:
        flags = self.ES_CONTINUOUS | self.ES_DISPLAY_REQUIRED | self.ES_SYSTEM_REQUIRED
        if not self._set_state(flags):
            raise AwakeError(
                translate(
                    "SessionRunner",
                    "Could not keep the screen awake (Windows refused the request).",
                )
            )
        return None

    def uninhibit(self, cookie: object) -> None:
        self._set_state(self.ES_CONTINUOUS)

    @staticmethod
    def _set_state(flags: int) -> bool:
        if sys.platform == "win32":  # lets mypy check this on Linux without windll
            import ctypes

            # Returns the previous state, or 0 (NULL) on failure.
            return bool(ctypes.windll.kernel32.SetThreadExecutionState(flags))
        return False


class CaffeinateBackend:
    """macOS: ``caffeinate -d -i -w <our pid>`` keeps display and system awake until killed.

    ``-w`` makes caffeinate exit when this process does, so a crash cannot leave it behind.
    """

    def __init__(self, command: Sequence[str] | None = None) -> None:
        self._command = (
            list(command)
            if command is not None
            else ["caffeinate", "-d", "-i", "-w", str(os.getpid())]
        )

    def inhibit(self, reason: str) -> object:
        import subprocess  # only macOS needs it: kept out of every platform's start-up

        try:
            return subprocess.Popen(
                self._command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            raise AwakeError(
                translate(
                    "SessionRunner", "Could not keep the screen awake (caffeinate not found)."
                )
            ) from exc

    def uninhibit(self, cookie: object) -> None:
        import subprocess

        if not isinstance(cookie, subprocess.Popen):
            raise TypeError(f"not a caffeinate process: {cookie!r}")
        cookie.terminate()
        try:
            cookie.wait(timeout=2)
        except subprocess.TimeoutExpired:
            cookie.kill()
            cookie.wait()


def default_backend() -> AwakeBackend:
    """Pick the backend for this platform."""
    if sys.platform == "win32":
        return WindowsBackend()
    if sys.platform == "darwin":
        return CaffeinateBackend()
    try:
        import PySide6.QtDBus  # noqa: F401  (absent on some builds)
    except ImportError:
        return NullBackend(QT_TRANSLATE_NOOP("SessionRunner", "D-Bus support is missing"))
    return FreedesktopBackend()
