"""``footcare-gui --install-desktop`` and ``--uninstall-desktop`` (no Qt).

On Linux and other freedesktop systems: the menu entry goes to
``$XDG_DATA_HOME/applications`` and the icons to ``$XDG_DATA_HOME/icons/hicolor``
(``~/.local/share`` when the variable is unset), every file recorded in a manifest in
``$XDG_DATA_HOME/footcare-gui``. Uninstalling removes exactly those files, when unchanged,
plus the login entry the reminder may have written. Caches the desktop already keeps for
these folders are refreshed; none is created (a cache is the desktop's file, not ours).
Windows and macOS get an honest explanation instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from footcare_gui import APP_NAME
from footcare_gui.assets import ICON_SIZES, icon_path
from footcare_gui.core.i18n import Context, translate
from footcare_gui.desktop.entries import DESKTOP_FILE, installed_command, menu_entry
from footcare_gui.desktop.owned import Manifest, Outcome

MANIFEST_FILE = "installed-files.json"
DesktopInstall = Context("DesktopInstall")  # its counted lines
Print = Callable[[str], None]


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def config_home() -> Path:
    """``$XDG_CONFIG_HOME``, or ``~/.config`` when it is unset or not absolute."""
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


def manifest() -> Manifest:
    """The record of every file the app wrote outside its config folder."""
    return Manifest(data_home() / APP_NAME / MANIFEST_FILE)


def is_freedesktop() -> bool:
    return sys.platform not in {"win32", "darwin"}


def planned_files(command: list[str]) -> dict[Path, bytes]:
    """Every file ``--install-desktop`` writes, with its contents."""
    apps = data_home() / "applications"
    hicolor = data_home() / "icons" / "hicolor"
    files = {apps / DESKTOP_FILE: menu_entry(command).encode()}
    files[hicolor / "scalable" / "apps" / f"{APP_NAME}.svg"] = icon_path(None).read_bytes()
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_NAME}.png"
        files[target] = icon_path(size).read_bytes()
    return files


def install(out: Print = print, command: list[str] | None = None) -> int:
    """Write the menu entry and the icons; idempotent. Returns the exit status."""
    if not is_freedesktop():
        out(_elsewhere())
        return 0
    command = command or installed_command()
    record, outcome = manifest(), Outcome()
    for path, data in planned_files(command).items():
        record.write(path, data, outcome)
    _report(outcome, out)
    _refresh_caches(out)
    if outcome.ok:
        starts = translate("DesktopInstall", "The menu entry starts: {command}")
        out(starts.format(command=" ".join(command)))
        out(
            translate("DesktopInstall", "To remove it: {app} --uninstall-desktop").format(
                app=APP_NAME
            )
        )
    return 0 if outcome.ok else 1


def uninstall(out: Print = print) -> int:
    """Remove every file the app wrote there (also the login entry), if unchanged."""
    if not is_freedesktop():
        out(_elsewhere())
        return 0
    record, outcome = manifest(), Outcome()
    if not record.files:
        out(
            translate(
                "DesktopInstall", "Nothing to remove: {app} has not installed anything here."
            ).format(app=APP_NAME)
        )
        return 0
    for key in sorted(record.files):
        record.remove(Path(key), outcome)
    record.close(outcome)
    _report(outcome, out)
    _refresh_caches(out)
    return 0 if outcome.ok else 1


def _report(outcome: Outcome, out: Print) -> None:
    # The verb first, padded so that the paths line up (in English; a translation may too).
    for p in outcome.written:
        out(translate("DesktopInstall", "wrote   {path}").format(path=p))
    if outcome.unchanged:
        count = len(outcome.unchanged)
        out(DesktopInstall.tr("kept    %n file(s) already in place and up to date", "", count))
    for p in outcome.removed:
        out(translate("DesktopInstall", "removed {path}").format(path=p))
    for p, why in outcome.left_alone:
        out(translate("DesktopInstall", "left    {path} alone: {why}").format(path=p, why=why))
    for p, why in outcome.errors:
        out(translate("DesktopInstall", "failed  {path}: {why}").format(path=p, why=why))


def _refresh_caches(out: Print) -> None:
    """Refresh the menu and icon caches the desktop already keeps in these folders."""
    apps = data_home() / "applications"
    hicolor = data_home() / "icons" / "hicolor"
    jobs = [
        (apps / "mimeinfo.cache", ["update-desktop-database", "-q", str(apps)]),
        (hicolor / "icon-theme.cache", ["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)]),
    ]
    for cache, args in jobs:
        tool = shutil.which(args[0])
        if not cache.exists() or tool is None:
            continue
        try:
            done = subprocess.run([tool, *args[1:]], capture_output=True, timeout=30, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            failed = translate("DesktopInstall", "could not refresh {cache}: {why}")
            out(failed.format(cache=cache, why=exc))
            continue
        if done.returncode == 0:
            out(translate("DesktopInstall", "refreshed {cache}").format(cache=cache))
        else:
            failed = translate(
                "DesktopInstall", "could not refresh {cache}: {tool} exited with {status}"
            )
            out(failed.format(cache=cache, tool=args[0], status=done.returncode))


def _elsewhere() -> str:
    if sys.platform == "win32":
        text = translate(
            "DesktopInstall",
            "On Windows there is no menu entry to install this way, and nothing was changed. "
            "pip put {app}.exe in your Python's Scripts folder ({folder}): to start it from "
            "the Start menu, right-click it in Explorer and choose 'Pin to Start'.",
        )
        return text.format(app=APP_NAME, folder=Path(sys.executable).parent / "Scripts")
    text = translate(
        "DesktopInstall",
        "On macOS apps live in the Applications folder as .app bundles, and pip does not make "
        "one, so nothing was changed. Start {app} from a terminal (or keep it in the Dock "
        "while it runs: right-click its icon, Options, Keep in Dock).",
    )
    return text.format(app=APP_NAME)
