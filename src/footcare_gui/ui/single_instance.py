"""One running copy per config folder: a QLockFile says who is first, a QLocalServer lets a
second launch ask the first to raise its window (two copies would also overwrite each
other's settings).

QtNetwork is imported only when the server starts or a second launch knocks: the first copy
starts listening once its window is up (start-up counts), and a second launch keeps knocking
for a second, so it still reaches a first copy that is just starting.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from footcare_gui import APP_NAME
from footcare_gui.core.i18n import translate
from footcare_gui.paths import lock_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1000
RETRY_MS = 50


def server_name(folder: Path) -> str:
    """A local-server name unique to this user and config folder.

    Derived from a hash because socket and pipe names have short length limits and the
    folder path may hold any character.
    """
    from PySide6.QtCore import QCryptographicHash  # only when listening or knocking

    key = f"{os.getuid() if hasattr(os, 'getuid') else ''}:{folder.resolve()}"
    digest = QCryptographicHash.hash(
        key.encode("utf-8", "surrogateescape"), QCryptographicHash.Algorithm.Sha256
    )
    return f"{APP_NAME}-{bytes(digest.toHex().data()).decode()[:20]}"


class SingleInstance(QObject):
    """Decides whether this process is the primary copy for a config folder."""

    activate_requested = Signal()  # a second launch asked us to show ourselves

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._lock = QLockFile(str(lock_path(folder)))
        # 0 = never stale by age: a long session must keep its lock. A crashed copy's lock is
        # still recognised as stale, because QLockFile checks whether its pid is alive.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self.notice = ""  # one line for the user when not primary or when degraded

    def try_become_primary(self) -> bool:
        """True: carry on (we are first; call :meth:`listen` once the window is up).
        False: another copy runs and was asked to show itself."""
        with contextlib.suppress(OSError):  # if it fails, tryLock fails below and says why
            self._folder.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(0) or self._take_over_unreadable_lock():
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            if self._ask_primary_to_activate():
                self.notice = _brought_forward()
            else:
                line = translate(
                    "SingleInstance",
                    "{app} is already running (it did not answer; if it is stuck, end it or "
                    "remove {lock}).",
                )
                self.notice = line.format(app=APP_NAME, lock=lock_path(self._folder))
            return False
        # No lock possible (read-only or missing folder): still let a running copy win, else
        # run unlocked rather than not at all; settings will not be saved there anyway.
        if self._ask_primary_to_activate():
            self.notice = _brought_forward()
            return False
        self.notice = translate(
            "SingleInstance",
            "Could not take the single-instance lock; a second copy would not be noticed.",
        )
        return True

    def _take_over_unreadable_lock(self) -> bool:
        """Remove a lock file that names no process, then lock; True if that worked.

        QLockFile itself takes over a lock whose process is gone, but a file that names no
        process at all (a power cut can leave it empty, or full of zeros or junk) it keeps
        forever. Such a lock is stale. The removal is still safe if a running copy has just
        created the file and not yet written it: that copy holds an OS lock on the file
        (flock on Unix, an open handle on Windows), and removeStaleLockFile() then fails.
        """
        if self._lock.error() != QLockFile.LockError.LockFailedError or self._names_a_process():
            return False
        # As QLockFile does: a second lock keeps two launches from removing it at once.
        guard = QLockFile(f"{lock_path(self._folder)}.rmlock")
        if not guard.tryLock(0):
            return False
        try:
            if not self._names_a_process():  # still: nobody rewrote it meanwhile
                self._lock.removeStaleLockFile()
        finally:
            guard.unlock()
        return self._lock.tryLock(0)  # fails as before if a running copy kept its lock

    def _names_a_process(self) -> bool:
        pid, _hostname, _appname = self._lock.getLockInfo()  # pid 0: no readable pid
        return pid > 0

    @property
    def server_name(self) -> str:
        """The name this copy listens on, and a second launch knocks at."""
        return server_name(self._folder)

    def release(self) -> None:
        """Give up the lock and the server (also happens when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def listen(self) -> bool:
        """Answer second launches from now on (the primary copy calls this once).

        False if that failed; :attr:`notice` then says why.
        """
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return True
        # A crashed primary may leave its socket file behind; it would make listen() fail.
        QLocalServer.removeServer(self.server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if server.listen(self.server_name):
            self._server = server
            return True
        line = translate("SingleInstance", "A second launch cannot reach this one ({why}).")
        self.notice = line.format(why=server.errorString())
        return False

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(self._on_ready_read)
            if sock.bytesAvailable():
                self._read(sock)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        sock = self.sender()
        if isinstance(sock, QLocalSocket):
            self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        # The message is one short line; wait for it whole, then hang up either way.
        if not sock.canReadLine():
            if sock.bytesAvailable() > len(ACTIVATE):  # not one of ours
                sock.readyRead.disconnect(self._on_ready_read)
                sock.abort()
                sock.deleteLater()
            return
        line = bytes(sock.readLine().data())
        sock.readyRead.disconnect(self._on_ready_read)
        sock.abort()
        sock.deleteLater()
        if line == ACTIVATE:
            self.activate_requested.emit()

    def _ask_primary_to_activate(self) -> bool:
        from PySide6.QtCore import QDeadlineTimer, QThread
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        deadline = QDeadlineTimer(CONNECT_TIMEOUT_MS)
        while True:  # a primary that is just starting may not listen yet: knock again
            sock.connectToServer(self.server_name)
            if sock.waitForConnected(max(0, deadline.remainingTime())):
                break
            if deadline.hasExpired():
                return False
            QThread.msleep(min(RETRY_MS, max(0, deadline.remainingTime())))
        sock.write(ACTIVATE)
        ok = sock.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        sock.disconnectFromServer()
        if sock.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            sock.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return ok


def _brought_forward() -> str:
    line = translate("SingleInstance", "{app} is already running; its window was brought forward.")
    return line.format(app=APP_NAME)
