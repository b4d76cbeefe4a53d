"""The login entry (``$XDG_CONFIG_HOME/autostart/footcare-gui.desktop``) that starts the app
in the background for the nightly reminder; written and removed through the manifest (no Qt).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from footcare_gui.core.i18n import translate
from footcare_gui.desktop.entries import DESKTOP_FILE, autostart_entry
from footcare_gui.desktop.install import config_home, is_freedesktop, manifest
from footcare_gui.desktop.owned import Outcome


def autostart_path() -> Path:
    return config_home() / "autostart" / DESKTOP_FILE


def supported() -> bool:
    """Whether this platform has an autostart folder the app knows how to use."""
    return is_freedesktop()


def set_autostart(on: bool, command: Sequence[str]) -> str:
    """Write (``on``) or remove the login entry; return "" or one sentence for the user.

    Idempotent: an entry already as it should be is left as it is. A login entry the app did
    not write, or one the user changed, is never overwritten nor removed.
    """
    if not supported():
        return ""
    path, record, outcome = autostart_path(), manifest(), Outcome()
    if on:
        record.write(path, autostart_entry(command).encode(), outcome)
    elif record.owns(path):
        record.remove(path, outcome)
        record.close(outcome)
    if outcome.errors:
        where, why = outcome.errors[0]
        line = translate("DesktopInstall", "Could not change the login entry {path}: {why}.")
        return line.format(path=where, why=why)
    if outcome.left_alone:
        where, why = outcome.left_alone[0]
        line = translate("DesktopInstall", "Left the login entry {path} as it is ({why}).")
        return line.format(path=where, why=why)
    return ""
