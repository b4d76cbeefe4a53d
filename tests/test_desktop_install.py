"""--install-desktop / --uninstall-desktop and the login entry, in a temporary XDG_DATA_HOME
(conftest sets it): files written and validated, removed exactly, and a file the user
placed there never touched. The shipped entry and AppStream file pass their validators."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from footcare_gui import APP_NAME
from footcare_gui.assets import ICON_SIZES, asset_path
from footcare_gui.desktop import autostart, install
from footcare_gui.desktop.entries import (
    METAINFO_FILE,
    autostart_entry,
    exec_line,
    installed_command,
    menu_entry,
)

COMMAND = ["/opt/foot care/bin/footcare-gui"]


def _validate_desktop(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout


def _data() -> Path:
    return install.data_home()


def _entry() -> Path:
    return _data() / "applications" / f"{APP_NAME}.desktop"


def _icons() -> list[Path]:
    hicolor = _data() / "icons" / "hicolor"
    return [hicolor / "scalable" / "apps" / f"{APP_NAME}.svg"] + [
        hicolor / f"{s}x{s}" / "apps" / f"{APP_NAME}.png" for s in ICON_SIZES
    ]


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _install(command: list[str] = COMMAND) -> tuple[int, list[str]]:
    lines: list[str] = []
    return install.install(lines.append, command=command), lines


def _uninstall() -> tuple[int, list[str]]:
    lines: list[str] = []
    return install.uninstall(lines.append), lines


# -- the shipped files -----------------------------------------------------------------------


def test_shipped_desktop_entry_is_valid() -> None:
    _validate_desktop(asset_path("desktop", f"{APP_NAME}.desktop"))


def test_shipped_metainfo_is_valid() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli not installed (apt-get install appstream)")
    path = asset_path("desktop", METAINFO_FILE)
    done = subprocess.run(
        [tool, "validate", "--no-net", str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    text = path.read_text(encoding="utf-8")
    assert f'<launchable type="desktop-id">{APP_NAME}.desktop</launchable>' in text
    assert '<content_rating type="oars-1.1"/>' in text
    for shot in ("session-light.png", "start.png", "session-night.png"):  # the README's images
        assert f"docs/screenshots/{shot}</image>" in text
        assert (Path(__file__).parent.parent / "docs" / "screenshots" / shot).is_file()


def test_entry_names_the_window_class_and_desktop_file_qt_uses(qapp: object) -> None:
    from footcare_gui.ui.application import make_application

    app = make_application([APP_NAME])
    keys = dict(
        line.split("=", 1)
        for line in asset_path("desktop", f"{APP_NAME}.desktop").read_text().splitlines()
        if "=" in line
    )
    # Qt's X11 WM_CLASS class is the application name; Wayland's app id the desktop file name.
    assert keys["StartupWMClass"] == app.applicationName()
    assert f"{app.desktopFileName()}.desktop" == f"{APP_NAME}.desktop"
    assert keys["GenericName"] == "Foot care timer"
    assert keys["Icon"] == APP_NAME


# -- install and uninstall --------------------------------------------------------------------


def test_install_writes_a_valid_entry_and_every_icon() -> None:
    status, lines = _install()
    assert status == 0
    _validate_desktop(_entry())
    text = _entry().read_text()
    assert 'Exec="/opt/foot care/bin/footcare-gui"\n' in text
    for path in _icons():
        assert path.is_file(), path
    for size, path in zip(ICON_SIZES, _icons()[1:], strict=True):
        assert _png_size(path) == (size, size)
    assert sum(line.startswith("wrote") for line in lines) == 1 + len(_icons())


def test_install_twice_changes_nothing() -> None:
    _install()
    before = {p: p.stat().st_mtime_ns for p in [_entry(), *_icons()]}
    status, lines = _install()
    assert status == 0
    assert not any(line.startswith("wrote") for line in lines)
    assert {p: p.stat().st_mtime_ns for p in before} == before


def test_install_follows_a_moved_command() -> None:
    _install()
    status, lines = _install(["/usr/local/bin/footcare-gui"])
    assert status == 0
    assert lines[0] == f"wrote   {_entry()}"
    assert "Exec=/usr/local/bin/footcare-gui\n" in _entry().read_text()


def test_uninstall_removes_exactly_what_was_installed() -> None:
    apps = _data() / "applications"
    apps.mkdir(parents=True)
    theirs = apps / "someone-else.desktop"
    theirs.write_text("[Desktop Entry]\n")
    _install()
    status, lines = _uninstall()
    assert status == 0
    assert not _entry().exists()
    assert not any(p.exists() for p in _icons())
    assert theirs.read_text() == "[Desktop Entry]\n"  # untouched, and so is its folder
    assert not (_data() / "icons").exists()  # folders the install made, now empty: gone
    assert not (_data() / APP_NAME).exists()  # the manifest too
    assert sum(line.startswith("removed") for line in lines) == 1 + len(_icons())


def test_a_file_the_user_placed_there_is_never_touched() -> None:
    _entry().parent.mkdir(parents=True)
    _entry().write_text("my own entry\n")
    status, lines = _install()
    assert status == 0
    assert _entry().read_text() == "my own entry\n"
    assert any(line.startswith(f"left    {_entry()} alone") for line in lines)
    assert all(p.is_file() for p in _icons())
    _uninstall()
    assert _entry().read_text() == "my own entry\n"
    assert not any(p.exists() for p in _icons())


def test_a_file_the_user_changed_after_install_stays() -> None:
    _install()
    edited = _icons()[1]
    edited.write_bytes(b"my icon")
    status, lines = _uninstall()
    assert status == 0
    assert edited.read_bytes() == b"my icon"
    assert any("changed since footcare-gui wrote it" in line for line in lines)
    assert not _entry().exists()
    # Forgotten, so a later uninstall does not claim it either.
    assert _uninstall()[1] == ["Nothing to remove: footcare-gui has not installed anything here."]


def test_a_damaged_manifest_means_nothing_is_ours() -> None:
    _install()
    manifest = _data() / APP_NAME / install.MANIFEST_FILE
    manifest.write_text("{not json")
    status, lines = _uninstall()
    assert status == 0
    assert _entry().exists()  # nothing is removed on a guess
    assert lines == ["Nothing to remove: footcare-gui has not installed anything here."]


def test_existing_caches_are_refreshed_and_none_is_made(tmp_path: Path) -> None:
    if shutil.which("update-desktop-database") is None:
        pytest.skip("update-desktop-database not installed")
    _install()
    assert not (_data() / "applications" / "mimeinfo.cache").exists()
    cache = _data() / "applications" / "mimeinfo.cache"
    cache.write_text("[MIME Cache]\n")
    status, lines = _install(["/elsewhere/footcare-gui"])
    assert status == 0
    assert f"refreshed {cache}" in lines


def test_elsewhere_it_explains_and_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform, words in (("win32", "Pin to Start"), ("darwin", "Applications folder")):
        monkeypatch.setattr(sys, "platform", platform)
        status, lines = _install()
        assert status == 0
        assert len(lines) == 1
        assert words in lines[0]
        assert "nothing was changed" in lines[0]
        assert _uninstall()[0] == 0
    assert not _data().exists()


def test_the_command_line_installs_without_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from footcare_gui.app import main\n"
        "status = main(['--install-desktop'])\n"
        "print(status, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.splitlines()[-1] == "0 False"
    assert _entry().is_file()


# -- Exec quoting and the command ------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["/usr/bin/footcare-gui"], "/usr/bin/footcare-gui"),
        (["/opt/my apps/footcare-gui"], '"/opt/my apps/footcare-gui"'),
        (["/home/a$b/x", "--background"], '"/home/a\\\\$b/x" --background'),
        (["/100%/x"], "/100%%/x"),
        (['/a"b/x'], '"/a\\\\"b/x"'),
    ],
)
def test_exec_line_quotes_as_the_spec_says(
    tmp_path: Path, command: list[str], expected: str
) -> None:
    assert exec_line(command) == expected
    entry = tmp_path / "x.desktop"
    entry.write_text(menu_entry(command))
    _validate_desktop(entry)


def test_installed_command_prefers_the_running_script(tmp_path: Path) -> None:
    script = tmp_path / "bin" / APP_NAME
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    assert installed_command(str(script)) == [str(script)]
    fallback = installed_command(str(tmp_path / "__main__.py"))
    assert fallback[0].endswith(APP_NAME) or fallback[1:] == ["-m", "footcare_gui"]


# -- the login entry -------------------------------------------------------------------------


def test_login_entry_is_written_validated_and_removed() -> None:
    path = autostart.autostart_path()
    assert autostart.set_autostart(True, COMMAND) == ""
    _validate_desktop(path)
    text = path.read_text()
    assert 'Exec="/opt/foot care/bin/footcare-gui" --background\n' in text
    assert text == autostart_entry(COMMAND)
    assert autostart.set_autostart(True, COMMAND) == ""  # idempotent
    assert autostart.set_autostart(False, COMMAND) == ""
    assert not path.exists()
    assert not path.parent.exists()  # the autostart folder it made, now empty
    assert not (_data() / APP_NAME).exists()


def test_the_login_entry_asks_for_no_startup_notification() -> None:
    # --background shows no window, so it never ends a launch feedback: with StartupNotify
    # the desktop would show a busy pointer for it at every login until it timed out.
    entry = autostart_entry(COMMAND)
    assert "StartupNotify=false\n" in entry
    assert "StartupNotify=true" not in entry
    assert "StartupNotify=true\n" in menu_entry(COMMAND)  # the menu's entry opens a window


def test_the_login_entry_says_what_it_does_in_each_language() -> None:
    entry, menu = autostart_entry(COMMAND), menu_entry(COMMAND)

    def comments(text: str) -> dict[str, str]:
        pairs = (line.split("=", 1) for line in text.splitlines() if line.startswith("Comment"))
        return dict(pairs)

    login, shown = comments(entry), comments(menu)
    assert set(login) == set(shown) == {"Comment", "Comment[de]", "Comment[es]"}
    for key in login:  # the login entry's own words, never the menu's in another language
        assert login[key] != shown[key], key
    assert "Hintergrund" in login["Comment[de]"]
    assert "segundo plano" in login["Comment[es]"]


def test_a_login_entry_the_user_wrote_is_never_replaced_nor_removed() -> None:
    path = autostart.autostart_path()
    path.parent.mkdir(parents=True)
    path.write_text("theirs\n")
    message = autostart.set_autostart(True, COMMAND)
    assert message.startswith("Left the login entry")
    assert path.read_text() == "theirs\n"
    assert autostart.set_autostart(False, COMMAND) == ""
    assert path.read_text() == "theirs\n"


def test_uninstall_desktop_also_removes_the_login_entry() -> None:
    _install()
    autostart.set_autostart(True, COMMAND)
    manifest = json.loads((_data() / APP_NAME / install.MANIFEST_FILE).read_text())
    assert str(autostart.autostart_path()) in manifest["files"]
    status, lines = _uninstall()
    assert status == 0
    assert not autostart.autostart_path().exists()
    assert f"removed {autostart.autostart_path()}" in lines
