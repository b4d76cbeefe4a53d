"""Unexpected errors: the traceback goes to a log file, the user gets one line about it.

An exception that escapes a Qt slot only reaches ``sys.excepthook``: Python prints it to a
terminal the user never sees, and Qt carries on with the next event. The hook installed here
still prints it, also appends it to ``footcare-gui.log`` (:func:`footcare_gui.paths.log_path`)
and hands the user one line saying where the details are (the app shows it in the status bar).
The event loop, and a running session with it, carries on as before.

No Qt here, and nothing is written until something goes wrong.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from footcare_gui import APP_NAME, __version__
from footcare_gui.core.i18n import translate

MAX_LOG_BYTES = 1 << 20  # then the log moves to footcare-gui.log.1 (one old log is kept)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def rotated_path(path: Path) -> Path:
    """Where the previous log goes when ``path`` grows past its limit."""
    return path.with_name(f"{path.name}.1")


def append_to_log(path: Path, text: str, max_bytes: int = MAX_LOG_BYTES) -> str | None:
    """Append ``text`` to the log at ``path``, creating its folder; a log that would grow past
    ``max_bytes`` first becomes :func:`rotated_path` (replacing the old one).

    Never raises: returns None when written, else why it was not (for the user's message).
    """
    try:
        data = text.encode("utf-8", "backslashreplace")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            size = 0
        if size and size + len(data) > max_bytes:
            os.replace(path, rotated_path(path))
        with path.open("ab") as log:
            log.write(data)
    except Exception as exc:  # a read-only or full disk must not add a second error
        return str(exc) or type(exc).__name__
    return None


def log_entry(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """One log entry: when, which versions, and the full traceback."""
    import traceback  # only once something went wrong

    when = time.strftime("%Y-%m-%d %H:%M:%S %z")
    pyside = getattr(sys.modules.get("PySide6"), "__version__", "not loaded")
    python = ".".join(map(str, sys.version_info[:3]))
    header = f"=== {when}: {APP_NAME} {__version__}, Python {python}, PySide6 {pyside}"
    lines = traceback.format_exception(exc_type, exc, tb)
    return f"{header}, {sys.platform}\n{''.join(lines)}\n"


def user_message(path: Path, error: str | None) -> str:
    """The one line the user sees."""
    if error is None:
        line = translate("CrashLog", "Something went wrong; the details are in {path}.")
        return line.format(path=path)
    line = translate(
        "CrashLog", "Something went wrong; the details could not be saved in {path} ({error})."
    )
    return line.format(path=path, error=error)


class CrashLog:
    """A ``sys.excepthook``: log the traceback, pass it on to ``echo``, report one line."""

    def __init__(
        self,
        path: Path,
        report: Callable[[str], object],
        *,
        echo: ExceptHook | None = None,
        max_bytes: int = MAX_LOG_BYTES,
    ) -> None:
        self.path = path
        self._report = report
        self._echo = echo
        self._max_bytes = max_bytes
        self._previous: ExceptHook | None = None
        self._reporting = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        echo = self._echo or self._previous or sys.__excepthook__
        try:
            echo(exc_type, exc, tb)  # the terminal still shows it, as before
        except Exception as echo_error:
            print(f"{APP_NAME}: could not print the error: {echo_error!r}", file=sys.stderr)
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal: not an error
            return
        try:
            entry = log_entry(exc_type, exc, tb)
        except Exception as format_error:  # e.g. an exception whose str() raises, badly
            entry = f"{exc_type.__name__}: the traceback could not be written: {format_error!r}\n"
        error = append_to_log(self.path, entry, self._max_bytes)
        if error is not None:
            print(f"{APP_NAME}: the error log could not be written: {error}", file=sys.stderr)
        if self._reporting:  # an error while reporting an error: logged, not reported again
            return
        self._reporting = True
        try:
            self._report(user_message(self.path, error))
        except Exception as report_error:  # never raise inside the hook
            print(f"{APP_NAME}: could not report the error: {report_error!r}", file=sys.stderr)
        finally:
            self._reporting = False

    def install(self) -> None:
        """Become ``sys.excepthook``; the hook it replaces still prints each error."""
        if sys.excepthook is not self:
            self._previous = sys.excepthook
            sys.excepthook = self

    def uninstall(self) -> None:
        """Put back the hook that :meth:`install` replaced."""
        if sys.excepthook is self:
            sys.excepthook = self._previous or sys.__excepthook__
        self._previous = None


def install_crash_log(path: Path, report: Callable[[str], object]) -> CrashLog:
    """Log unexpected errors to ``path`` and report each in one line through ``report``."""
    hook = CrashLog(path, report)
    hook.install()
    return hook
