"""One running copy per config folder; a second launch raises the first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLockFile

import footcare_gui.ui.single_instance as single_instance
from footcare_gui.paths import config_dir, lock_path
from footcare_gui.ui.single_instance import SingleInstance, server_name


def test_second_instance_activates_the_first(tmp_path: Path, qtbot: Any) -> None:
    first = SingleInstance(tmp_path / "cfg")
    second = SingleInstance(tmp_path / "cfg")
    assert first.try_become_primary()
    assert first.listen()
    assert lock_path(tmp_path / "cfg").exists()
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert not second.try_become_primary()
    assert "already running" in second.notice
    first.release()
    assert not lock_path(tmp_path / "cfg").exists()


def test_other_config_dirs_are_separate(tmp_path: Path, qtbot: Any) -> None:
    a = SingleInstance(tmp_path / "a")
    b = SingleInstance(tmp_path / "b")
    assert a.server_name != b.server_name
    with qtbot.assertNotEmitted(a.activate_requested, wait=50):
        assert a.try_become_primary()
        assert b.try_become_primary()
    a.release()
    b.release()


def test_after_release_the_next_one_is_primary(tmp_path: Path, qtbot: Any) -> None:
    first = SingleInstance(tmp_path)
    assert first.try_become_primary()
    first.release()
    again = SingleInstance(tmp_path)
    assert again.try_become_primary()
    again.release()


def test_server_name_is_stable_and_short(tmp_path: Path) -> None:
    assert server_name(tmp_path) == server_name(tmp_path / "x" / "..")
    assert server_name(tmp_path).startswith("footcare-gui-")
    assert len(server_name(tmp_path)) < 40
    assert server_name(config_dir()) != server_name(tmp_path)


def test_garbage_on_the_socket_does_not_activate(tmp_path: Path, qtbot: Any) -> None:
    from PySide6.QtNetwork import QLocalSocket

    first = SingleInstance(tmp_path)
    assert first.try_become_primary()
    assert first.listen()
    sock = QLocalSocket()
    sock.connectToServer(first.server_name)
    assert sock.waitForConnected(2000)
    with qtbot.assertNotEmitted(first.activate_requested, wait=100):
        sock.write(b"hello there\n")
        sock.waitForBytesWritten(2000)
    sock.abort()
    first.release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_lock_of_a_killed_process_is_taken_over(tmp_path: Path, qtbot: Any) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1])\n"
            "assert lock.tryLock(0)\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
            str(lock_path(tmp_path)),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == b"locked\n"
    blocked = SingleInstance(tmp_path)
    assert not blocked.try_become_primary()  # alive: its lock holds (nobody answers, though)
    assert "did not answer" in blocked.notice
    holder.kill()
    holder.wait(timeout=10)
    holder.stdout.close()
    assert holder.stdin is not None
    holder.stdin.close()
    assert lock_path(tmp_path).exists()  # the crash left its lock file behind...
    heir = SingleInstance(tmp_path)
    assert heir.try_become_primary()  # ...which is stale, because its pid is gone
    heir.release()


def test_unlockable_folder_still_runs(tmp_path: Path, qtbot: Any) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    inst = SingleInstance(blocker / "cfg")
    assert inst.try_become_primary()
    assert "lock" in inst.notice
    inst.release()


def test_a_second_launch_reaches_a_first_copy_still_starting(tmp_path: Path, qtbot: Any) -> None:
    """The first copy listens only once its window is up; a second launch keeps knocking."""
    first = SingleInstance(tmp_path)
    assert first.try_become_primary()  # locked, not listening yet
    second = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from pathlib import Path\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from footcare_gui.ui.single_instance import SingleInstance\n"
            "app = QCoreApplication([])\n"
            "inst = SingleInstance(Path(sys.argv[1]))\n"
            "print('knocking', flush=True)\n"
            "print(inst.try_become_primary(), inst.notice, flush=True)\n",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
    )
    assert second.stdout is not None
    assert second.stdout.readline() == b"knocking\n"
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert first.listen()
    out, _ = second.communicate(timeout=10)
    assert out.startswith(b"False") and b"brought forward" in out
    first.release()


# -- a lock file left damaged: empty, zeros or junk (a power cut) --------------------------


@pytest.fixture
def quick_knock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nobody answers in these tests: knock once, not for a whole second."""
    monkeypatch.setattr(single_instance, "CONNECT_TIMEOUT_MS", 0)


def _holds_lock_now(folder: Path) -> None:
    """The lock file names this very process, as a fresh lock does."""
    pid, _host, _app = QLockFile(str(lock_path(folder))).getLockInfo()
    assert pid == QCoreApplication.applicationPid()


@pytest.mark.parametrize(
    "content",
    [b"", b"\0" * 64, b"\0" * 4096, b"\n\n\n"],
    ids=["empty", "zeros", "4k-zeros", "blank"],
)
def test_a_lock_file_that_names_no_process_is_taken_over(
    tmp_path: Path, quick_knock: None, content: bytes
) -> None:
    lock_path(tmp_path).write_bytes(content)
    inst = SingleInstance(tmp_path)
    assert inst.try_become_primary()
    assert inst.notice == ""
    _holds_lock_now(tmp_path)
    inst.release()
    assert os.listdir(tmp_path) == []  # neither the lock nor its removal guard stays behind


@contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200))
def test_a_lock_file_of_random_bytes_is_taken_over(content: bytes) -> None:
    with _folder() as folder, pytest.MonkeyPatch.context() as mp:
        mp.setattr(single_instance, "CONNECT_TIMEOUT_MS", 0)
        lock_path(folder).write_bytes(content)
        pid, _host, _app = QLockFile(str(lock_path(folder))).getLockInfo()
        assume(pid <= 0)  # bytes that happen to name a process id are not junk to Qt
        inst = SingleInstance(folder)
        assert inst.try_become_primary()
        _holds_lock_now(folder)
        inst.release()
        assert os.listdir(folder) == []


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps a held lock file unwritable")
def test_a_running_copy_keeps_its_lock_even_when_its_file_is_emptied(
    tmp_path: Path, quick_knock: None
) -> None:
    """A copy that just created its lock and not yet written it must not lose it."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1])\n"
            "assert lock.tryLock(0)\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n"
            "print(lock.isLocked(), flush=True)\n",
            str(lock_path(tmp_path)),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == b"locked\n"
        lock_path(tmp_path).write_bytes(b"")  # as if caught between creating and writing
        blocked = SingleInstance(tmp_path)
        assert not blocked.try_become_primary()
        assert "did not answer" in blocked.notice
        assert lock_path(tmp_path).exists()
        assert not (tmp_path / f"{lock_path(tmp_path).name}.rmlock").exists()
    finally:
        out, _ = holder.communicate(b"", timeout=10)
    assert out == b"True\n"
