"""Missing system libraries: the pure check over an injected finder, and the real plugin's needs."""

from __future__ import annotations

import os
import sys

import pytest

from footcare_gui.doctor.libraries import (
    PACKAGES,
    Missing,
    install_lines,
    missing_libraries,
)

# The libraries a desktop most often lacks for Qt 6's xcb plugin, with the package that has
# each on Debian/Ubuntu and on Fedora.
EXPECTED = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
}


@pytest.mark.parametrize(("soname", "packages"), EXPECTED.items())
def test_each_missing_library_is_named_with_its_debian_and_fedora_package(
    soname: str, packages: tuple[str, str]
) -> None:
    needed = ["libc.so.6", soname, "libxcb.so.1"]
    assert missing_libraries(needed, lambda s: s != soname) == (Missing(soname, *packages),)


def test_nothing_missing_when_everything_is_found() -> None:
    assert missing_libraries(EXPECTED, lambda s: True) == ()


def test_each_library_is_named_once_in_first_seen_order() -> None:
    needed = ["libGL.so.1", "libxcb-cursor.so.0", "libGL.so.1", "libc.so.6"]
    found = missing_libraries(needed, lambda s: s == "libc.so.6")
    assert [m.soname for m in found] == ["libGL.so.1", "libxcb-cursor.so.0"]


def test_install_lines_give_one_command_per_package_manager() -> None:
    missing = missing_libraries(
        ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-randr.so.0", "libxcb-shm.so.0"],
        lambda s: False,
    )
    lines = install_lines(missing)
    assert lines == [
        "  Debian, Ubuntu:  sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-randr0 "
        "libxcb-shm0",
        "  Fedora:          sudo dnf install xcb-util-cursor xcb-util-wm libxcb",  # once
    ]


def test_a_library_without_a_known_package_says_how_to_find_one() -> None:
    lines = install_lines(missing_libraries(["libfc-missing.so.0"], lambda s: False))
    assert lines == [
        "  libfc-missing.so.0: find its package with `apt-file search libfc-missing.so.0` "
        "or `dnf provides '*/libfc-missing.so.0'`"
    ]


def test_a_missing_qt_library_means_reinstalling() -> None:
    lines = install_lines(missing_libraries(["libQt6XcbQpa.so.6"], lambda s: False))
    assert lines == ["  Qt's own libraries are incomplete: reinstall footcare-gui (and PySide6)."]


def _pyside_plugin(name: str) -> str:
    import PySide6

    return os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms", name)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF plugins: Linux only")
@pytest.mark.parametrize("plugin", ["libqxcb.so", "libqwayland.so"])
def test_every_library_the_installed_plugins_need_has_a_known_package(plugin: str) -> None:
    from footcare_gui.doctor.loader import system_needs
    from footcare_gui.doctor.platform_libs import plugin_roots

    roots = plugin_roots(plugin[4:-3], {})
    if not os.path.exists(roots[0]):
        pytest.skip(f"this PySide6 has no {plugin}")
    needs = system_needs(roots)
    assert [n for n in needs if n not in PACKAGES] == []
    if plugin == "libqxcb.so":  # read from the plugin, and it agrees with what we know
        assert set(EXPECTED) <= set(needs)
