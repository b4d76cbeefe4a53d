"""``footcare-gui --doctor``: the report, its JSON keys, and each check on its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from footcare_gui.core.settings import SCHEMA_VERSION
from footcare_gui.doctor import checks_qt, report_text
from footcare_gui.doctor.checks_files import folder_check, settings_check
from footcare_gui.doctor.checks_platform import Probe

DOCS = Path(__file__).resolve().parents[1] / "docs" / "doctor.md"

# The documented JSON keys (docs/doctor.md). Changing them breaks people's bug-report tools:
# add keys freely, but rename or remove one only with a new report_version.
COMMON = {"status", "detail", "advice"}
CHECK_KEYS = {
    "app": {"version"},
    "python": {"version", "executable", "system"},
    "qt": {"pyside6", "qt"},
    "platform": {"name", "chosen_by", "loads", "qt_messages", "environment"},
    "system_libraries": {"platforms", "checked", "missing"},
    "audio": {"outputs", "qt_messages"},
    "speech": {"engines", "used", "language", "voices"},
    "screen_hold": {"method", "available"},
    "tray": {"used", "available"},
    "notifications": {"used", "service", "available"},
    "config_folder": {"path", "exists", "writable"},
    "cache_folder": {"path", "exists", "writable"},
    "log_folder": {"path", "exists", "writable"},
    "settings_file": {"path", "state", "kept_aside"},
}
LABELS = (
    "App",
    "Python",
    "Qt",
    "Platform plugin",
    "System libraries",
    "Audio outputs",
    "Speech engines",
    "Screen hold",
    "System tray",
    "Notifications",
    "Config folder",
    "Cache folder",
    "Log folder",
    "Settings file",
)


# The entry point, on a machine with no audio output and no speech engine (the same on every
# machine: a developer's speakers or speech-dispatcher must not change the result).
NO_AUDIO_NO_SPEECH = """
import sys, types
multimedia = types.ModuleType("PySide6.QtMultimedia")
multimedia.QMediaDevices = types.SimpleNamespace(audioOutputs=list)
speech = types.ModuleType("PySide6.QtTextToSpeech")
speech.QTextToSpeech = types.SimpleNamespace(availableEngines=lambda: ["mock"])
sys.modules.update({"PySide6.QtMultimedia": multimedia, "PySide6.QtTextToSpeech": speech})
from footcare_gui.app import main
raise SystemExit(main(sys.argv[1:]))
"""


def doctor(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``footcare-gui --doctor`` offscreen, with no audio and no speech engine."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["FOOTCARE_GUI_CONFIG_DIR"] = str(tmp_path / "config")
    return subprocess.run(
        [sys.executable, "-c", NO_AUDIO_NO_SPEECH, "--doctor", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_doctor_prints_one_line_per_subject_and_exits_0_offscreen(tmp_path: Path) -> None:
    out = doctor(tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "footcare-gui --doctor"
    assert [line.split("  ")[0] for line in lines[1:-1]] == list(LABELS)
    assert lines[-1] == "A session can run here."
    by_label = dict(zip(LABELS, lines[1:-1], strict=True))
    assert by_label["Platform plugin"].endswith("offscreen loads: OK")
    assert "none found: the session runs without sound" in by_label["Audio outputs"]
    assert by_label["Speech engines"].startswith("Speech engines    none found: voice guidance")
    # The reminder's tray and notifications: said, whatever this machine has.
    assert by_label["System tray"].endswith(
        ("available: OK", "the AppIndicator extension adds a tray")
    )
    assert "not used yet" not in out.stdout
    assert "Traceback" not in out.stderr


def test_doctor_json_has_the_documented_keys(tmp_path: Path) -> None:
    out = doctor(tmp_path, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"report_version", "session_can_run", "checks"}
    assert data["report_version"] == 1
    assert data["session_can_run"] is True
    assert list(data["checks"]) == list(CHECK_KEYS)
    for key, check in data["checks"].items():
        assert set(check) == COMMON | CHECK_KEYS[key], key
        assert check["status"] in ("ok", "info", "warning", "error")
    assert data["checks"]["audio"]["outputs"] == []
    assert data["checks"]["speech"]["engines"] == []
    assert data["checks"]["platform"]["loads"] is True
    assert data["checks"]["tray"]["used"] is data["checks"]["notifications"]["used"] is True
    assert isinstance(data["checks"]["tray"]["available"], bool)  # the test process says


def test_every_json_key_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    keys = {"report_version", "session_can_run", "checks", *COMMON, *CHECK_KEYS}
    keys |= {k for own in CHECK_KEYS.values() for k in own}
    assert sorted(k for k in keys if f"`{k}`" not in text) == []


def test_json_only_with_doctor(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "footcare-gui: argument --json: only with --doctor (see footcare-gui --help)"
    ]


# --- checks on their own ------------------------------------------------------------------


def stand_in(monkeypatch: pytest.MonkeyPatch, name: str, **attrs: Any) -> None:
    module = types.ModuleType(name)
    for attr, value in attrs.items():
        setattr(module, attr, value)
    monkeypatch.setitem(sys.modules, name, module)


def test_no_audio_output_and_no_multimedia_are_said(monkeypatch: pytest.MonkeyPatch) -> None:
    devices = types.SimpleNamespace(audioOutputs=list)
    stand_in(monkeypatch, "PySide6.QtMultimedia", QMediaDevices=devices)
    check = checks_qt.audio_check()
    assert (check.status, check.detail, check.data["outputs"]) == ("warning", "none found", [])
    assert check.advice.startswith("the session runs without sound")
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    check = checks_qt.audio_check()
    assert check.detail.startswith("QtMultimedia cannot load")
    assert (check.status, check.data["outputs"]) == ("warning", None)
    assert "libpulse0" in check.advice


def test_speech_engines_are_listed_without_the_test_engine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tts = types.SimpleNamespace(availableEngines=lambda: ["mock"])
    stand_in(monkeypatch, "PySide6.QtTextToSpeech", QTextToSpeech=tts)
    check = checks_qt.speech_check()
    assert (check.status, check.data["engines"], check.data["voices"]) == ("warning", [], None)
    assert "install speech-dispatcher" in check.line()


def test_settings_file_states_leave_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings_check(path).data["state"] == "absent"
    cases = {
        # the current layout, whatever its number (voice took it to 3, the reminder to 4)
        "fine": b'{"schema_version": %d, "volume": 40}' % SCHEMA_VERSION,
        "damaged": b'{"schema_version": %d, "volume": "loud"}' % SCHEMA_VERSION,
        "newer": b'{"schema_version": 99}',
        "older": b'{"version": 1, "foot": "left"}',
    }
    for state, raw in cases.items():
        path.write_bytes(raw)
        check = settings_check(path)
        assert check.data["state"] == state, check
        assert path.read_bytes() == raw
        assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
    assert settings_check(path).status == "ok"  # older: updated at the next start
    path.write_bytes(b"\0\0\0")
    damaged = settings_check(path)
    assert (damaged.status, damaged.data["state"]) == ("warning", "damaged")
    assert "settings.json.corrupt-<time>" in damaged.advice


def test_damaged_files_kept_aside_earlier_are_mentioned(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{}")
    (tmp_path / "settings.json.corrupt-20250101-120000").write_text("x")
    check = settings_check(tmp_path / "settings.json")
    assert check.data["kept_aside"] == ["settings.json.corrupt-20250101-120000"]
    assert "1 damaged earlier file kept aside" in check.detail


def test_a_folder_that_cannot_be_made_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    check = folder_check("config_folder", "Config folder", tmp_path / "a-file" / "x", "not saved")
    assert (check.status, check.data["writable"], check.data["exists"]) == ("warning", False, False)
    assert check.advice.startswith("not saved; make ")
    fine = folder_check("config_folder", "Config folder", tmp_path / "new", "not saved")
    assert (fine.status, fine.detail) == (
        "ok",
        f"{tmp_path / 'new'} (made when first needed), writable",
    )


def test_report_text_in_the_running_app_describes_it(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footcare_gui.doctor import checks_platform

    def no_child(env: object) -> None:
        raise AssertionError("the running app needs no test process")

    monkeypatch.setattr(checks_platform, "try_platform", no_child)
    stand_in(
        monkeypatch,
        "PySide6.QtMultimedia",
        QMediaDevices=types.SimpleNamespace(audioOutputs=list),
    )
    text = report_text()
    assert "Platform plugin   offscreen (this running app): OK" in text.splitlines()
    assert text.splitlines()[-1] == "A session can run here."


def test_missing_libraries_line_gives_both_commands() -> None:
    from footcare_gui.doctor.checks_platform import libraries_check
    from footcare_gui.doctor.libraries import Missing
    from footcare_gui.doctor.preflight import PlatformCheck, Verdict

    xcb = PlatformCheck(
        "xcb", ":0", (Missing("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),), 34
    )
    check = libraries_check(Verdict(None, False, "problem", (xcb,), "missing libraries"), (xcb,))
    assert (check.status, check.detail) == ("error", "missing (xcb: libxcb-cursor.so.0)")
    assert check.advice == (
        "install them: `sudo apt install libxcb-cursor0` (Debian, Ubuntu) "
        "or `sudo dnf install xcb-util-cursor` (Fedora)"
    )
    assert check.data["missing"] == [
        {"soname": "libxcb-cursor.so.0", "debian": "libxcb-cursor0", "fedora": "xcb-util-cursor"}
    ]
    # Missing for X11 while another platform runs the app: worth saying, not fatal.
    assert libraries_check(Verdict("offscreen", False, ""), (xcb,)).status == "warning"


def test_a_display_nobody_answers_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    from footcare_gui.doctor import checks_platform

    said = ["qt.qpa.xcb: could not connect to display :55", "qt.qpa.plugin: Could not load"]
    monkeypatch.setattr(checks_platform, "try_platform", lambda env: Probe(False, "", said))
    check, tray = checks_platform.platform_check({"DISPLAY": ":55"}, None, "")
    assert tray is None
    assert check.status == "error"
    assert check.detail == "does not load (qt.qpa.xcb: could not connect to display :55)"
    assert check.advice.startswith("no X server answers at DISPLAY=:55: start footcare-gui in")
    assert check.data["qt_messages"] == said


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display check: Linux only")
def test_doctor_without_a_display_says_so_and_exits_1(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    env["FOOTCARE_GUI_CONFIG_DIR"] = str(tmp_path / "config")
    out = subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--doctor"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 1
    platform_line = next(line for line in out.stdout.splitlines() if line.startswith("Platform"))
    assert "no display (DISPLAY and WAYLAND_DISPLAY are unset): start footcare-gui" in platform_line
    assert out.stdout.splitlines()[-1].startswith("A session cannot run here yet")
    assert "Traceback" not in out.stderr


def test_without_qt_the_keys_stay_and_no_session_can_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from footcare_gui.doctor import checks_platform, report
    from footcare_gui.doctor.check import Check

    broken = Check("qt", "Qt", "error", "PySide6 cannot load (x)", "reinstall", {})
    broken.data.update(pyside6=None, qt=None)
    monkeypatch.setattr(checks_qt, "qt_check", lambda: broken)
    monkeypatch.setattr(checks_platform, "try_platform", lambda env: Probe(False, "", ["Qt: x"]))
    data = report.to_json(report.collect())
    assert data["session_can_run"] is False
    assert {k: set(v) for k, v in data["checks"].items()} == {
        k: COMMON | own for k, own in CHECK_KEYS.items()
    }
    assert data["checks"]["audio"]["detail"] == "unknown: Qt cannot load"
    assert data["checks"]["tray"]["available"] is None


def test_the_probes_core_app_is_gone_afterwards() -> None:
    code = (
        "from footcare_gui.doctor.checks_qt import ensure_core_app\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "with ensure_core_app():\n"
        "    assert QCoreApplication.instance() is not None\n"
        "print(QCoreApplication.instance())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == "None"
