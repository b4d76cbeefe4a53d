"""Start the app again in place, for a new language: Preferences → Language → Restart now.

The window closes as on Quit (the session's history, the settings and the window's geometry
are saved), then ``ui.application.run`` replaces the process with a fresh start of the same
command (``os.execv``), so no second instance ever races the first for the single-instance
lock. The new start reads the language from the settings, so ``--lang`` is left out, and it
opens the window the user was looking at, so ``--background`` is left out too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from footcare_gui.early_language import split

_wanted = [False]


class Restart:
    """Whether a restart may happen now (not during a session) and the way to ask for one."""

    def __init__(self, busy: Callable[[], bool], quit_app: Callable[[], None]) -> None:
        self._busy = busy
        self._quit = quit_app

    def available(self) -> bool:
        """False while a session is under way: restarting would end it."""
        return not self._busy()

    def now(self) -> None:
        """Close the window for good; the app starts again once everything is saved."""
        if self.available():
            _wanted[0] = True
            self._quit()


def wanted() -> bool:
    """Whether the window closed for a restart."""
    return _wanted[0]


def forget() -> None:
    """No restart after all (tests)."""
    _wanted[0] = False


def command(argv: Sequence[str]) -> list[str]:
    """The command that started this process (``sys.orig_argv``) without ``--lang`` and
    ``--background``."""
    out = [sys.executable]
    for option, _value, tokens in split(argv[1:]):
        if option not in ("--lang", "--background"):
            out += tokens
    return out


def replace_process() -> NoReturn:
    """Become a fresh start of the app (never returns)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, command(sys.orig_argv))
