"""The desktop entries the app installs, with ``Exec`` pointing at the installed command
(no Qt). The shipped ``assets/desktop/footcare-gui.desktop`` is the template: it says
``Exec=footcare-gui``, which only works where that command is on the menu's ``PATH``."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from footcare_gui import APP_NAME
from footcare_gui.assets import asset_path

DESKTOP_FILE = f"{APP_NAME}.desktop"
METAINFO_FILE = "io.github.footcare_gui.FootcareGui.metainfo.xml"
BACKGROUND_FLAG = "--background"

# The Desktop Entry spec's reserved characters: an argument holding one is double-quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def installed_command(argv0: str | None = None) -> list[str]:
    """How to start this copy of the app: the ``footcare-gui`` script that is running, else
    the one on ``PATH``, else this Python with ``-m footcare_gui``."""
    script = Path(sys.argv[0] if argv0 is None else argv0)
    if script.name in {APP_NAME, f"{APP_NAME}.exe"} and script.is_file():
        return [str(script.absolute())]
    found = shutil.which(APP_NAME)
    if found:
        return [str(Path(found).absolute())]
    return [sys.executable, "-m", "footcare_gui"]


def exec_quote(arg: str) -> str:
    """One argument for an ``Exec`` key: quoted and escaped as the spec says, with ``%``
    doubled and backslashes escaped once more for the file's string syntax."""
    arg = arg.replace("%", "%%")
    if arg and not (_RESERVED & set(arg)):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + inner.replace("\\", "\\\\") + '"'


def exec_line(command: Sequence[str]) -> str:
    return " ".join(exec_quote(a) for a in command)


def template() -> str:
    """The shipped desktop entry."""
    return asset_path("desktop", "footcare-gui.desktop").read_text(encoding="utf-8")


def _with_keys(text: str, keys: dict[str, str]) -> str:
    """The entry with some keys of its [Desktop Entry] group replaced (or added)."""
    out, seen = [], set()
    for line in text.splitlines():
        key = line.split("=", 1)[0].strip()
        if key in keys and "=" in line:
            out.append(f"{key}={keys[key]}")
            seen.add(key)
        else:
            out.append(line)
    out += [f"{k}={v}" for k, v in keys.items() if k not in seen]
    return "\n".join(out) + "\n"


def menu_entry(command: Sequence[str]) -> str:
    """The application menu's entry, starting ``command``."""
    return _with_keys(template(), {"Exec": exec_line(command), "TryExec": command[0]})


def autostart_entry(command: Sequence[str]) -> str:
    """The login entry: the app in the background, waiting for the evening's reminder."""
    keys = {
        "Exec": exec_line([*command, BACKGROUND_FLAG]),
        "TryExec": command[0],
        "Comment": "Waits in the background for your evening foot-care reminder",
        # Over the menu entry's own translations, which the template carries.
        "Comment[de]": "Wartet im Hintergrund auf Ihre abendliche Erinnerung an die Fußpflege",
        "Comment[es]": "Espera en segundo plano tu recordatorio nocturno para cuidar tus pies",
        # No window opens, so none would end a launch feedback: no busy pointer at login.
        "StartupNotify": "false",
        "X-GNOME-Autostart-enabled": "true",
    }
    return _with_keys(template(), keys)
