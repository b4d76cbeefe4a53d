"""This machine's answer for one Qt platform plugin: is there a display, and are its libraries
there? Reads the plugin's ELF headers and the loader cache; no Qt, no subprocess (Linux)."""

from __future__ import annotations

import importlib.machinery
import os
import sys
from collections.abc import Mapping

from footcare_gui.core.i18n import translate
from footcare_gui.doctor.elf import ElfError, read_machine
from footcare_gui.doctor.libraries import (
    WAYLAND_FALLBACK,
    XCB_FALLBACK,
    missing_libraries,
)
from footcare_gui.doctor.loader import SystemLoader, system_needs
from footcare_gui.doctor.preflight import PlatformCheck

FALLBACK = {"xcb": XCB_FALLBACK, "wayland": WAYLAND_FALLBACK}
X11_SOCKETS = "/tmp/.X11-unix"  # where a local X server :N listens, as XN


def check_platform(name: str, env: Mapping[str, str], always: bool = False) -> PlatformCheck:
    """Display and missing libraries for ``name`` ("xcb" or "wayland").

    Libraries are looked for only when there is a display, unless ``always``.
    """
    display, why = display_for(name, env)
    if not display and not always:
        return PlatformCheck(name, "", no_display=why)
    needed, machine = needed_libraries(name, env)
    loader = SystemLoader.for_this_system(machine)
    missing = missing_libraries(needed, lambda s: loader.find(s) is not None or loadable(s))
    return PlatformCheck(name, display, missing, len(needed), why)


def display_for(name: str, env: Mapping[str, str]) -> tuple[str, str]:
    """The display the plugin would use, or "" and why there is none."""
    unset = translate("Preflight", "{variable} is unset")
    if name == "xcb":
        display = env.get("DISPLAY", "")
        if not display:
            return "", unset.format(variable="DISPLAY")
        if not x_server_may_be_at(display):
            return "", translate("Preflight", "no X server at DISPLAY={0}").format(display)
        return display, ""
    if env.get("WAYLAND_SOCKET"):
        return "WAYLAND_SOCKET", ""
    socket = env.get("WAYLAND_DISPLAY", "")
    if not socket:
        return "", unset.format(variable="WAYLAND_DISPLAY")
    if not os.path.isabs(socket):
        if not env.get("XDG_RUNTIME_DIR"):
            return "", unset.format(variable="XDG_RUNTIME_DIR")
        socket = os.path.join(env["XDG_RUNTIME_DIR"], socket)
    if os.path.exists(socket):
        return env["WAYLAND_DISPLAY"], ""
    return "", translate("Preflight", "no {socket}").format(socket=socket)


def x_server_may_be_at(display: str) -> bool:
    """False only for a local display (``:N``) whose server's socket is not there.

    A stale DISPLAY (a closed session, an SSH login) otherwise gets Qt's abort, which blames
    libxcb-cursor0 and suggests reinstalling. Remote and TCP displays (``ssh -X`` gives
    ``localhost:10.0``) are left to Qt.
    """
    host, colon, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not colon or host not in ("", "unix") or not number.isdigit():
        return True
    path = f"{X11_SOCKETS}/X{number}"
    if os.path.exists(path):
        return True
    import socket  # only on this rare path: start-up counts

    # Xorg also listens on an abstract socket, which sandboxes may share without the file.
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        try:
            s.connect("\0" + path)
        except OSError:
            return False
    return True


def needed_libraries(
    name: str, env: Mapping[str, str]
) -> tuple[tuple[str, ...], tuple[int, int, int]]:
    """The system libraries the plugin and Qt Widgets need, and the ELF machine they are for.

    Read from the plugin itself; a short list from memory if it cannot be read.
    """
    roots = plugin_roots(name, env)
    try:
        needs = system_needs(roots)
        with open(roots[0], "rb") as f:
            return needs, read_machine(f)
    except (OSError, ElfError, IndexError):
        pass
    try:
        with open(os.path.realpath(sys.executable), "rb") as f:
            machine = read_machine(f)
    except (OSError, ElfError):
        machine = (0, 0, 0)
    return FALLBACK[name], machine


def plugin_roots(name: str, env: Mapping[str, str]) -> list[str]:
    """The plugin file, then PySide6's QtWidgets extension (which brings QtGui and QtCore)."""
    spec = importlib.machinery.PathFinder.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    pyside = next(iter(spec.submodule_search_locations))
    folder = env.get("QT_QPA_PLATFORM_PLUGIN_PATH") or os.path.join(
        pyside, "Qt", "plugins", "platforms"
    )
    roots = [os.path.join(folder, f"libq{name}.so")]
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        widgets = os.path.join(pyside, "QtWidgets" + suffix)
        if os.path.exists(widgets):
            roots.append(widgets)
            break
    return roots


def loadable(soname: str) -> bool:
    """Ask the real loader (dlopen); only for libraries the quick search did not find."""
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True
