"""Before Qt starts: no display, missing libraries, Wayland falling back to X11, Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from footcare_gui.doctor.libraries import missing_libraries
from footcare_gui.doctor.preflight import HINT, NO_DISPLAY, PlatformCheck, decide

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux start-up")


def checker(
    displays: dict[str, str], absent: tuple[str, ...] = ()
) -> tuple[Callable[[str], PlatformCheck], list[str]]:
    """A stand-in for the real per-platform check, recording which platforms it was asked."""
    asked: list[str] = []
    needs = {"xcb": ["libxcb-cursor.so.0", "libGL.so.1"], "wayland": ["libwayland-client.so.0"]}

    def check(name: str) -> PlatformCheck:
        asked.append(name)
        display = displays.get(name, "")
        missing = missing_libraries(needs[name], lambda s: s not in absent)
        return PlatformCheck(name, display, missing, len(needs[name]), "" if display else "unset")

    return check, asked


def test_no_display_at_all_is_one_sentence_and_checks_nothing() -> None:
    check, asked = checker({})
    verdict = decide({}, check)
    assert verdict.problem == NO_DISPLAY
    assert NO_DISPLAY == (
        "footcare-gui needs a graphical desktop; no display was found "
        "(DISPLAY and WAYLAND_DISPLAY are unset)."
    )
    assert asked == []


def test_x11_with_everything_there_leaves_qt_alone() -> None:
    check, asked = checker({"xcb": ":0"})
    verdict = decide({"DISPLAY": ":0"}, check)
    assert (verdict.problem, verdict.platform, verdict.quiet_fallback) == ("", "xcb", False)
    assert asked == ["xcb"]


def test_x11_missing_a_library_names_it_with_both_install_commands() -> None:
    check, _ = checker({"xcb": ":0"}, absent=("libxcb-cursor.so.0",))
    problem = decide({"DISPLAY": ":0"}, check).problem
    assert problem.splitlines() == [
        "footcare-gui cannot open its window: Qt needs a system library that is missing: "
        "libxcb-cursor.so.0.",
        "Install it, then start footcare-gui again:",
        "  Debian, Ubuntu:  sudo apt install libxcb-cursor0",
        "  Fedora:          sudo dnf install xcb-util-cursor",
    ]
    check, _ = checker({"xcb": ":0"}, absent=("libxcb-cursor.so.0", "libGL.so.1"))
    problem = decide({"DISPLAY": ":0"}, check).problem
    assert problem.splitlines()[:2] == [
        "footcare-gui cannot open its window: Qt needs system libraries that are missing: "
        "libxcb-cursor.so.0, libGL.so.1.",
        "Install them, then start footcare-gui again:",
    ]


def test_unusable_wayland_falls_back_to_x11_quietly() -> None:
    env = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    for displays, absent in (
        ({"xcb": ":0"}, ()),
        (dict.fromkeys(("xcb", "wayland"), "d"), ("libwayland-client.so.0",)),
    ):
        check, asked = checker(displays, absent)
        verdict = decide(env, check)
        assert (verdict.problem, verdict.platform, verdict.quiet_fallback) == ("", "xcb", True)
        assert asked == ["wayland", "xcb"]


def test_working_wayland_is_left_to_qt() -> None:
    check, asked = checker({"wayland": "wayland-0"})
    verdict = decide({"WAYLAND_DISPLAY": "wayland-0"}, check)
    assert (verdict.problem, verdict.platform, verdict.quiet_fallback) == ("", "wayland", False)
    assert asked == ["wayland"]


def test_neither_wayland_nor_x11_usable_is_the_same_kind_of_message() -> None:
    env = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    check, _ = checker(
        dict.fromkeys(("xcb", "wayland"), "d"), ("libwayland-client.so.0", "libGL.so.1")
    )
    verdict = decide(env, check)
    assert verdict.reason == "missing libraries"
    assert "libwayland-client.so.0, libGL.so.1." in verdict.problem
    assert "sudo apt install libwayland-client0 libgl1" in verdict.problem
    assert "sudo dnf install libwayland-client libglvnd-glx" in verdict.problem


def test_a_platform_the_user_names_is_respected() -> None:
    check, asked = checker({})
    verdict = decide({"QT_QPA_PLATFORM": "offscreen"}, check)
    assert (verdict.problem, verdict.platform, asked) == ("", "offscreen", [])
    # Named xcb without a display: said plainly, before Qt would abort.
    verdict = decide({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, check)
    assert verdict.reason == "no display"
    assert (
        verdict.problem == "footcare-gui needs a graphical desktop; no display was found (unset)."
    )
    # A named list keeps Qt's own fall-back (no quiet override).
    check, asked = checker({"xcb": ":0"})
    verdict = decide({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, check)
    assert (verdict.platform, verdict.quiet_fallback, asked) == ("xcb", False, ["wayland", "xcb"])


# --- the real thing, in child processes ---------------------------------------------------


def start(env: dict[str, str], tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the app's entry point with exactly ``env`` (plus what Python needs)."""
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "PYTHONPATH")}
    keep.update(FOOTCARE_GUI_CONFIG_DIR=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "footcare_gui", *args],
        env={**keep, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@linux_only
def test_no_display_exits_1_with_the_sentence_and_no_abort(tmp_path: Path) -> None:
    out = start({}, tmp_path)
    assert out.returncode == 1  # not 134 (SIGABRT), no core dump
    assert out.stderr.strip() == NO_DISPLAY
    assert out.stdout == ""


@linux_only
def test_a_library_the_plugin_needs_but_cannot_find_is_named(tmp_path: Path) -> None:
    """The real check on a copy of the xcb plugin whose DT_NEEDED names a library that
    cannot exist (same length, so the ELF file stays valid)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    original = (qt / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert b"libxcb-cursor.so.0\0" in original
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(
        original.replace(b"libxcb-cursor.so.0\0", b"libfc-missing.so.0\0")
    )
    (tmp_path / "lib").symlink_to(qt / "lib")  # the plugin's RUNPATH is $ORIGIN/../../lib
    # A TCP display: its server is Qt's to find, so the libraries are checked here
    env = {"DISPLAY": "localhost:99", "QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms)}
    out = start(env, tmp_path)
    assert out.returncode == 1
    lines = out.stderr.splitlines()
    assert lines[0].startswith("footcare-gui cannot open its window: Qt needs a system library")
    assert "libfc-missing.so.0" in lines[0]
    assert "apt-file search libfc-missing.so.0" in out.stderr
    assert "Traceback" not in out.stderr
    assert "qt.qpa" not in out.stderr  # Qt was never started


@linux_only
def test_when_qt_still_fails_its_message_is_followed_by_our_hint(tmp_path: Path) -> None:
    out = start({"QT_QPA_PLATFORM": "no-such-platform"}, tmp_path)
    assert out.returncode == 1  # Qt's abort became an exit: no core dump
    assert 'Could not find the Qt platform plugin "no-such-platform"' in out.stderr
    assert out.stderr.rstrip().splitlines()[-1] == HINT
    assert "footcare-gui --doctor" in HINT


@linux_only
def test_the_normal_path_runs_no_process_and_leaves_qt_unloaded() -> None:
    code = (
        "import os, sys\n"
        "from footcare_gui.doctor import preflight\n"
        "env = {'DISPLAY': ':99', 'PATH': os.environ['PATH']}\n"
        "print(repr(preflight.run(env)))\n"
        "print(sorted(m for m in ('subprocess', 'PySide6', 'shiboken6') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.splitlines()[1] == "[]"


def test_the_display_each_platform_would_use(tmp_path: Path) -> None:
    from footcare_gui.doctor.platform_libs import display_for

    assert display_for("xcb", {"DISPLAY": "localhost:10.0"}) == ("localhost:10.0", "")
    assert display_for("xcb", {}) == ("", "DISPLAY is unset")
    assert display_for("wayland", {}) == ("", "WAYLAND_DISPLAY is unset")
    env = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert display_for("wayland", env) == ("", f"no {tmp_path / 'wayland-1'}")
    (tmp_path / "wayland-1").touch()  # the compositor's socket
    assert display_for("wayland", env) == ("wayland-1", "")
    assert display_for("wayland", {"WAYLAND_DISPLAY": "wayland-1"})[1] == "XDG_RUNTIME_DIR is unset"


def test_a_local_display_needs_its_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from footcare_gui.doctor import platform_libs

    monkeypatch.setattr(platform_libs, "X11_SOCKETS", str(tmp_path))
    for display in (":4242", ":4242.0", "unix:4242"):
        assert platform_libs.display_for("xcb", {"DISPLAY": display}) == (
            "",
            f"no X server at DISPLAY={display}",
        )
    (tmp_path / "X4242").touch()  # the server's socket
    assert platform_libs.display_for("xcb", {"DISPLAY": ":4242.0"}) == (":4242.0", "")
    for elsewhere in ("localhost:4243", "otherhost:0", "/private/tmp/xquartz:0", ":x"):
        assert platform_libs.x_server_may_be_at(elsewhere), elsewhere


@linux_only
def test_a_stale_display_is_named_instead_of_qts_abort(tmp_path: Path) -> None:
    out = start({"DISPLAY": ":4242"}, tmp_path)
    assert out.returncode == 1
    assert out.stderr.strip() == (
        "footcare-gui needs a graphical desktop; no display was found "
        "(no X server at DISPLAY=:4242)."
    )
