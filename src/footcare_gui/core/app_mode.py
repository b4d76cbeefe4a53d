"""What the app is doing, as one explicit value (no Qt): the controller keeps it, the window
shows the page that goes with it."""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    """The app's mode."""

    CHOOSING = "choosing"  # the start page: routine and first foot
    SESSION = "session"  # a session is on the session page (running, paused or waiting)
    DONE = "done"  # the summary of the session just finished
    HISTORY = "history"  # the History page (from the start page or the summary)
