"""An error inside a Qt slot goes to a log file, the user gets one line, and the app goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import platformdirs
import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from footcare_gui.paths import ENV_VAR, LOG_FILE, log_dir, log_path
from footcare_gui.ui.crash_log import (
    CrashLog,
    append_to_log,
    install_crash_log,
    rotated_path,
    user_message,
)
from tests.ui_harness import make_app

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _raise_in_a_slot() -> None:
    raise RuntimeError("a slot went wrong")


def _caught() -> ExcInfo:
    """A real exception with its traceback, as the hook receives it."""
    try:
        _raise_in_a_slot()
    except RuntimeError as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("not raised")


@pytest.fixture(autouse=True)
def _hook_restored() -> Iterator[None]:
    before = sys.excepthook
    yield
    current = sys.excepthook
    sys.excepthook = before
    assert current is before, "a test left its exception hook installed"


# -- where the log goes ---------------------------------------------------------------------


def test_the_log_goes_into_a_chosen_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert log_dir(str(tmp_path / "cfg")) == tmp_path / "cfg" / "logs"
    assert log_path(str(tmp_path / "cfg")) == tmp_path / "cfg" / "logs" / LOG_FILE
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert log_path() == tmp_path / "env" / "logs" / "footcare-gui.log"
    assert log_dir(str(tmp_path / "flag")) == tmp_path / "flag" / "logs"  # the flag wins


def test_otherwise_the_log_goes_into_the_user_log_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR)
    assert log_dir() == platformdirs.user_log_path("footcare-gui", appauthor=False)
    assert log_path().name == "footcare-gui.log"


# -- the hook, called as Python calls it ------------------------------------------------------


def test_the_hook_logs_the_traceback_and_reports_where(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "footcare-gui.log"
    messages: list[str] = []
    echoed: list[ExcInfo] = []
    hook = CrashLog(path, messages.append, echo=lambda *info: echoed.append(info))
    exc_info = _caught()
    hook(*exc_info)
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "in _raise_in_a_slot" in text
    assert "RuntimeError: a slot went wrong" in text
    assert "footcare-gui 0.1.0" in text and "PySide6 6." in text
    assert messages == [f"Something went wrong; the details are in {path}."]
    assert echoed == [exc_info]  # still printed, as before

    hook(*_caught())  # a second error is appended, not written over the first
    assert path.read_text(encoding="utf-8").count("RuntimeError: a slot went wrong") == 2
    assert len(messages) == 2


def test_install_replaces_the_hook_and_uninstall_puts_it_back(tmp_path: Path) -> None:
    before = sys.excepthook
    hook = install_crash_log(tmp_path / "x.log", lambda message: None)
    assert sys.excepthook is hook
    hook.install()  # twice: still one hook, and uninstall still restores the first
    hook.uninstall()
    assert sys.excepthook is before


def test_the_installed_hook_passes_errors_on_to_the_hook_before_it(tmp_path: Path) -> None:
    seen: list[ExcInfo] = []
    before = sys.excepthook
    sys.excepthook = lambda *info: seen.append(info)
    try:
        hook = install_crash_log(tmp_path / "x.log", lambda message: None)
        exc_info = _caught()
        sys.excepthook(*exc_info)
        hook.uninstall()
        assert sys.excepthook is not hook
    finally:
        sys.excepthook = before
    assert seen == [exc_info]
    assert "a slot went wrong" in (tmp_path / "x.log").read_text(encoding="utf-8")


def test_an_unwritable_log_is_skipped_and_the_message_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    path = blocker / "logs" / "footcare-gui.log"  # even root cannot make this folder
    messages: list[str] = []
    hook = CrashLog(path, messages.append, echo=lambda *info: None)
    hook(*_caught())  # does not raise
    assert len(messages) == 1
    assert messages[0].startswith("Something went wrong; the details could not be saved")
    assert not path.exists()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs a read-only folder")
def test_a_read_only_log_folder_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert append_to_log(folder / "footcare-gui.log", "x") is not None
    finally:
        folder.chmod(0o700)


def test_a_failing_report_or_echo_does_not_escape_the_hook(tmp_path: Path) -> None:
    def fail(*args: object) -> None:
        raise ValueError("the status bar is gone")

    hook = CrashLog(tmp_path / "x.log", fail, echo=fail)
    hook(*_caught())
    assert "a slot went wrong" in (tmp_path / "x.log").read_text(encoding="utf-8")


def test_a_traceback_that_cannot_be_formatted_is_still_noted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import footcare_gui.ui.crash_log as crash_log

    def broken(*args: object) -> str:
        raise MemoryError

    monkeypatch.setattr(crash_log, "log_entry", broken)
    messages: list[str] = []
    CrashLog(tmp_path / "x.log", messages.append, echo=lambda *info: None)(*_caught())
    assert "RuntimeError: the traceback could not be written" in (tmp_path / "x.log").read_text()
    assert messages == [f"Something went wrong; the details are in {tmp_path / 'x.log'}."]


def test_an_error_while_reporting_is_logged_but_not_reported_again(tmp_path: Path) -> None:
    messages: list[str] = []
    hook: CrashLog

    def report(message: str) -> None:
        messages.append(message)
        if len(messages) == 1:  # the status bar's own slot raises, and PySide calls the hook
            hook(*_caught())

    hook = CrashLog(tmp_path / "x.log", report, echo=lambda *info: None)
    hook(*_caught())
    assert len(messages) == 1
    log = (tmp_path / "x.log").read_text(encoding="utf-8")
    assert log.count("RuntimeError: a slot went wrong") == 2


def test_ctrl_c_is_not_an_error(tmp_path: Path) -> None:
    messages: list[str] = []
    hook = CrashLog(tmp_path / "x.log", messages.append, echo=lambda *info: None)
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert messages == []
    assert not (tmp_path / "x.log").exists()


def test_the_log_stays_bounded_and_keeps_one_old_log(tmp_path: Path) -> None:
    path = tmp_path / "footcare-gui.log"
    entry = "x" * 99 + "\n"
    for _ in range(25):
        assert append_to_log(path, entry, max_bytes=1000) is None
    assert path.stat().st_size <= 1000
    assert rotated_path(path).stat().st_size <= 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["footcare-gui.log", "footcare-gui.log.1"]
    # 25 entries: 10 in each rotation, the newest 5 in the log
    assert path.stat().st_size == 5 * len(entry)


def test_the_message_names_the_file() -> None:
    path = Path("/somewhere/footcare-gui.log")
    assert str(path) in user_message(path, None)
    assert "disk full" in user_message(path, "disk full")


# -- for real, in the Qt event loop ----------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_a_raising_slot_is_logged_shown_and_the_session_carries_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    path = tmp_path / "cfg" / "logs" / "footcare-gui.log"
    shown: list[str] = []
    app.controller.status.connect(shown.append)
    hook = install_crash_log(path, app.controller.status.emit)
    try:
        c = app.controller
        c.begin()
        assert c.session is not None
        c.runner.step_changed.connect(_raise_in_a_slot)  # raises inside the session's own tick
        first = c.session.plan[0].duration
        app.run(first + 5)
        assert c.session.index == 1  # the step changed, and the session went on
        app.run(c.session.plan[1].duration)
        assert c.session.index == 2
        assert len(shown) == 2
        c.runner.step_changed.disconnect(_raise_in_a_slot)

        QTimer.singleShot(0, _raise_in_a_slot)  # and from the event loop itself
        qtbot.waitUntil(lambda: len(shown) == 3)
    finally:
        hook.uninstall()
    message = f"Something went wrong; the details are in {path}."
    assert shown == [message] * 3
    assert app.window.statusBar().currentMessage() == message
    log = path.read_text(encoding="utf-8")
    assert log.count("RuntimeError: a slot went wrong") == 3
    assert "in _raise_in_a_slot" in log


RUN_WITH_A_FAILING_SLOT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from footcare_gui.cli import parse_args
from footcare_gui.assets import asset_path
from footcare_gui.core.routines import load_routines
from footcare_gui.ui.application import make_application, run
from footcare_gui.ui.main_window import MainWindow

app = make_application(sys.argv[:1])
result = {}

def boom():
    raise RuntimeError("a slot went wrong")

def look():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    result["status"] = window.statusBar().currentMessage()
    app.quit()

QTimer.singleShot(0, boom)
QTimer.singleShot(0, look)
options = parse_args(["--config-dir", sys.argv[1]])
result["exit"] = run(options, load_routines(asset_path("routines")))
print(json.dumps(result))
"""


def test_the_app_installs_the_hook(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    done = subprocess.run(
        [sys.executable, "-c", RUN_WITH_A_FAILING_SLOT, str(folder)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    path = folder / "logs" / "footcare-gui.log"
    assert result == {
        "status": f"Something went wrong; the details are in {path}.",
        "exit": 0,
    }
    assert "RuntimeError: a slot went wrong" in path.read_text(encoding="utf-8")
    assert "RuntimeError: a slot went wrong" in done.stderr  # still printed, too
