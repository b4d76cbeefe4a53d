"""Missing system libraries and the packages that provide them (pure; no Qt, no I/O).

:func:`missing_libraries` takes the finder as an argument, so tests can say what "can be
found" without touching the machine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from footcare_gui.core.i18n import translate

Finder = Callable[[str], bool]  # soname -> can the dynamic loader find it?

# soname -> (Debian/Ubuntu package, Fedora package): the libraries PySide6's xcb and wayland
# plugins and Qt Widgets load from the system (tests/test_doctor_libraries.py checks that the
# installed plugins need nothing else). Names as in Debian 12 and Fedora 40.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libpulse.so.0": ("libpulse0", "pulseaudio-libs"),
    # The C and C++ runtimes: always there on a working system, named for completeness.
    "libc.so.6": ("libc6", "glibc"),
    "libm.so.6": ("libc6", "glibc"),
    "libdl.so.2": ("libc6", "glibc"),
    "libpthread.so.0": ("libc6", "glibc"),
    "ld-linux-x86-64.so.2": ("libc6", "glibc"),
    "ld-linux-aarch64.so.1": ("libc6", "glibc"),
    "libstdc++.so.6": ("libstdc++6", "libstdc++"),
    "libgcc_s.so.1": ("libgcc-s1", "libgcc"),
}

# What the xcb plugin of Qt 6.5 and newer needs beyond glibc, should the plugin itself not
# be readable (a PySide6 laid out differently): the ones a desktop most often lacks.
XCB_FALLBACK = (
    "libxcb-cursor.so.0",
    "libxkbcommon-x11.so.0",
    "libxcb-icccm.so.4",
    "libxcb-keysyms.so.1",
    "libxcb-image.so.0",
    "libxcb-render-util.so.0",
    "libEGL.so.1",
    "libGL.so.1",
    "libfontconfig.so.1",
)
WAYLAND_FALLBACK = (
    "libwayland-client.so.0",
    "libwayland-cursor.so.0",
    "libxkbcommon.so.0",
    "libEGL.so.1",
    "libGL.so.1",
    "libfontconfig.so.1",
)


_BUNDLED = ("libQt6", "libpyside6", "libshiboken6", "libicu")  # shipped inside PySide6


class Missing(NamedTuple):
    """A library that cannot be found, and the package of each family that has it."""

    soname: str
    debian: str | None
    fedora: str | None


def missing_libraries(needed: Iterable[str], found: Finder) -> tuple[Missing, ...]:
    """The libraries in ``needed`` that ``found`` cannot find, each named once, in order."""
    out: dict[str, Missing] = {}
    for soname in needed:
        if soname not in out and not found(soname):
            debian, fedora = PACKAGES.get(soname, (None, None))
            out[soname] = Missing(soname, debian, fedora)
    return tuple(out.values())


def is_bundled(soname: str) -> bool:
    """A library that ships inside PySide6 (missing means a broken install, not a package)."""
    return soname.startswith(_BUNDLED)


def install_commands(missing: Iterable[Missing]) -> tuple[str, str]:
    """``sudo apt install ...`` and ``sudo dnf install ...``; "" where no package is known."""
    items = list(missing)
    debian = _unique(m.debian for m in items)
    fedora = _unique(m.fedora for m in items)
    return (
        f"sudo apt install {' '.join(debian)}" if debian else "",
        f"sudo dnf install {' '.join(fedora)}" if fedora else "",
    )


def install_lines(missing: Iterable[Missing]) -> list[str]:
    """How to install the missing libraries on Debian/Ubuntu and Fedora, one line each."""
    items = list(missing)
    apt, dnf = install_commands(items)
    lines = []
    if apt:
        lines.append(f"  Debian, Ubuntu:  {apt}")
    if dnf:
        lines.append(f"  Fedora:          {dnf}")
    if any(is_bundled(m.soname) for m in items):
        bundled = translate(
            "Preflight", "Qt's own libraries are incomplete: reinstall footcare-gui (and PySide6)."
        )
        lines.append(f"  {bundled}")  # indented under the sentence before
    for m in items:
        if m.debian is None and not is_bundled(m.soname):
            find = translate(
                "Preflight",
                "{library}: find its package with `apt-file search {library}` or "
                "`dnf provides '*/{library}'`",
            )
            lines.append(f"  {find.format(library=m.soname)}")
    return lines


def _unique(names: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))
