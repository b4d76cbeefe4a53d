"""When Qt cannot make the application, add one line of ours after Qt's own message.

Qt ends a failed platform start with ``qFatal`` ("... no Qt platform plugin could be
initialized. Reinstalling the application may fix this problem.") and aborts the process.
While :func:`hint_on_fatal` is active, Qt's messages are printed as Qt prints them, and a
fatal one is followed by a pointer to ``--doctor``; the process then exits with status 1
instead of aborting (no core dump).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

from footcare_gui import APP_NAME

HINT = f"{APP_NAME} could not open its window; run `{APP_NAME} --doctor` to see what is missing."


@contextmanager
def hint_on_fatal(hint: str = HINT) -> Iterator[None]:
    """Within the block, a fatal Qt message prints ``hint`` (if any) and exits with status 1."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")
        if kind == QtMsgType.QtFatalMsg:
            if hint:
                sys.stderr.write(hint + "\n")
            sys.stderr.flush()
            os._exit(1)  # Qt would abort() next

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
