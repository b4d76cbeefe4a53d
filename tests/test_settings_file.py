"""settings.json: atomic saves, and no way for a bad, old, new or unwritable file to lose data."""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footcare_gui.core import settings_file
from footcare_gui.core.settings import (
    FIELD_NAMES,
    SCHEMA_VERSION,
    FootChoice,
    Settings,
    Theme,
    VoiceDetail,
)
from footcare_gui.core.settings_file import (
    LoadOutcome,
    SettingsSaveError,
    load_settings,
    save_settings,
)
from footcare_gui.paths import config_dir, settings_path
from footcare_gui.ui.settings_controller import SettingsController

FIXTURES = Path(__file__).parent / "fixtures" / "settings"
EVERYTHING = Settings(
    first_foot=FootChoice.LEFT,
    routine="quick-wind-down",
    durations={"quick-wind-down": {"settle-in": 45}, "test-routine": {"toes": 100}},
    auto_advance=False,
    warn_seconds=7,
    sound=False,
    volume=33,
    theme=Theme.NIGHT,
    keep_awake=False,
    start_in_focus=True,
    window_geometry="AdnQywADAAA=",
    precautions_acknowledged=True,
    animations=False,
    voice=False,
    voice_name="English (Great Britain)",
    voice_rate=-3,
    voice_volume=55,
    voice_detail=VoiceDetail.TITLE,
    voice_next=True,
    reminder=True,
    reminder_time="22:05",
    reminder_days=("mon", "fri"),
    start_at_login=True,
    tray_notice_shown=True,
    language="de",
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def _place(path: Path, fixture: str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / fixture, path)
    return path.read_bytes()


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


# --- paths -------------------------------------------------------------------------------


def test_config_dir_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert config_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    monkeypatch.setenv("FOOTCARE_GUI_CONFIG_DIR", str(tmp_path / "env"))
    assert config_dir() == tmp_path / "env"
    monkeypatch.delenv("FOOTCARE_GUI_CONFIG_DIR")
    assert config_dir() == tmp_path / "xdg-config" / "footcare-gui"  # conftest's XDG folder


# --- the happy paths ---------------------------------------------------------------------


def test_missing_file_gives_defaults_quietly(path: Path) -> None:
    outcome = load_settings(path)
    assert outcome == LoadOutcome(Settings())
    assert not path.exists()


def test_round_trip_of_every_field(path: Path) -> None:
    save_settings(path, EVERYTHING)
    outcome = load_settings(path)
    assert outcome.settings == EVERYTHING
    assert outcome.messages == ()
    for name in FIELD_NAMES:  # every field differs from its default, so each one is tested
        assert getattr(EVERYTHING, name) != getattr(Settings(), name), name


def test_file_is_readable_json(path: Path) -> None:
    save_settings(path, EVERYTHING)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data) == sorted(data)
    assert text.startswith('{\n  "')
    assert text.endswith("}\n")
    assert _siblings(path) == ["settings.json"]  # no temp file left behind


def test_stale_temp_files_are_cleared(path: Path) -> None:
    save_settings(path, EVERYTHING)
    stale = path.with_name(".settings.json.abc123.tmp")
    stale.write_bytes(b"{")
    assert load_settings(path).settings == EVERYTHING
    assert not stale.exists()


# --- broken files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fixture",
    ["broken-nul.json", "broken-truncated.json", "broken-not-object.json", "broken-types.json"],
)
def test_broken_file_is_kept_beside_and_reported_once(path: Path, fixture: str) -> None:
    original = _place(path, fixture)
    outcome = load_settings(path)
    assert len(outcome.messages) == 1
    assert outcome.backup is not None
    assert outcome.backup.name.startswith("settings.json.corrupt-")
    assert outcome.backup.read_bytes() == original
    assert outcome.backup.name in outcome.messages[0]
    assert "reset to defaults" in outcome.messages[0]
    assert not outcome.read_only
    # The repaired file replaced it, so the next start is quiet.
    again = load_settings(path)
    assert again.messages == ()
    assert again.settings == outcome.settings


def test_valid_fields_survive_beside_bad_ones(path: Path) -> None:
    _place(path, "broken-types.json")
    outcome = load_settings(path)
    s = outcome.settings
    assert (s.first_foot, s.warn_seconds) == (FootChoice.LEFT, 4)
    assert s.durations == {"test-routine": {"toes": 100}}
    assert (s.volume, s.theme, s.sound) == (70, Theme.SYSTEM, True)
    assert set(outcome.reset_fields) == {"volume", "theme", "sound", "durations"}
    assert "theme" in outcome.messages[0]
    assert "volume" in outcome.messages[0]


def test_corrupt_copies_never_overwrite_each_other(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_file, "_stamp", lambda: "20261122-031500")
    names = []
    for content in (b"first", b"second", b"third"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        backup = load_settings(path).backup
        assert backup is not None
        assert backup.read_bytes() == content
        names.append(backup.name)
    assert names == [
        "settings.json.corrupt-20261122-031500",
        "settings.json.corrupt-20261122-031500-2",
        "settings.json.corrupt-20261122-031500-3",
    ]


def test_unreadable_file_is_left_alone(path: Path) -> None:
    path.mkdir(parents=True)  # a folder where the file should be: reading fails with OSError
    outcome = load_settings(path)
    assert outcome.settings == Settings()
    assert outcome.read_only
    assert "will not be saved" in outcome.messages[0]
    assert path.is_dir()


# --- newer and older versions ------------------------------------------------------------


def test_newer_version_is_used_but_never_written(path: Path, qtbot: Any) -> None:
    original = _place(path, "newer-v99.json")
    controller = SettingsController(path)
    assert controller.read_only
    assert controller.settings.first_foot is FootChoice.RIGHT
    assert controller.settings.volume == 20
    assert controller.settings.theme is Theme.SYSTEM  # "sepia" is not known here
    assert "newer version" in controller.startup_messages[0]
    controller.update(volume=90)
    assert controller.settings.volume == 90  # works for this session...
    assert controller.flush()
    assert path.read_bytes() == original  # ...but the file is untouched
    assert _siblings(path) == ["settings.json"]


def test_migration_from_v1(path: Path) -> None:
    original = _place(path, "v1-full.json")
    outcome = load_settings(path)
    s = outcome.settings
    assert s.first_foot is FootChoice.RIGHT
    assert s.theme is Theme.SYSTEM  # v1 "auto"
    assert s.durations == {
        "quick-wind-down": {"settle-in": 45},
        "test-routine": {"switch": 30, "toes": 120},
    }
    assert (s.routine, s.auto_advance, s.warn_seconds, s.volume, s.keep_awake) == (
        "test-routine",
        False,
        5,
        40,
        False,
    )
    assert s.window_geometry == "AdnQywADAAAAAAAAAAAAAAAAAAAA"
    assert (s.animations, s.start_in_focus) == (True, False)  # new in v2: defaults
    backup = path.with_name("settings.json.v1-backup")
    assert outcome.backup == backup
    assert backup.read_bytes() == original
    assert "older version" in outcome.messages[0]
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION
    assert load_settings(path) == LoadOutcome(s)  # migrated once, quiet afterwards


def test_migration_of_unversioned_v1(path: Path) -> None:
    _place(path, "v1-unversioned.json")
    s = load_settings(path).settings
    assert (s.first_foot, s.theme, s.volume) == (FootChoice.LEFT, Theme.DARK, 55)


def test_migration_keeps_good_records_and_names_bad_ones(path: Path) -> None:
    _place(path, "v1-bad-records.json")
    outcome = load_settings(path)
    assert outcome.settings.durations == {"test-routine": {"arch": 200}}
    assert outcome.settings.first_foot is FootChoice.ASK
    assert outcome.settings.volume == 80
    assert set(outcome.reset_fields) == {"first_foot", "durations"}
    assert "settings.json.v1-backup" in outcome.messages[0]


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("v*.json")))
def test_every_older_fixture_migrates(path: Path, fixture: str) -> None:
    original = _place(path, fixture)
    outcome = load_settings(path)
    assert outcome.backup is not None
    assert outcome.backup.read_bytes() == original
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION


# --- folders that cannot be written ------------------------------------------------------


def _fail(code: int) -> Any:
    def raiser(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return raiser


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOSPC])
def test_failed_replace_raises_one_error_type_and_keeps_old_file(
    path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    save_settings(path, Settings())
    before = path.read_bytes()
    monkeypatch.setattr(os, "replace", _fail(code))
    with pytest.raises(SettingsSaveError, match=os.strerror(code)):
        save_settings(path, EVERYTHING)
    assert path.read_bytes() == before
    assert _siblings(path) == ["settings.json"]


def test_full_disk_during_write(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(path, Settings())
    monkeypatch.setattr(os, "fsync", _fail(errno.ENOSPC))
    with pytest.raises(SettingsSaveError):
        save_settings(path, EVERYTHING)
    monkeypatch.undo()
    assert load_settings(path).settings == Settings()
    assert _siblings(path) == ["settings.json"]


def test_folder_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    path = blocker / "config" / "settings.json"
    outcome = load_settings(path)
    assert outcome.settings == Settings()
    assert outcome.read_only
    assert "will not be saved" in outcome.messages[0]
    with pytest.raises(SettingsSaveError):
        save_settings(path, EVERYTHING)


def test_unwritable_folder_reported_at_start(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where chmod does not stop writes: pretend the check says no.
    path.parent.mkdir(parents=True)
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    outcome = load_settings(path)
    assert outcome.read_only
    assert "not writable" in outcome.messages[0]


def test_broken_file_in_read_only_folder_is_not_touched(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = _place(path, "broken-types.json")
    real_open = os.open

    def no_new_files(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_new_files)
    outcome = load_settings(path)
    assert outcome.read_only  # no copy could be made, so nothing may be written over it
    assert outcome.settings.first_foot is FootChoice.LEFT
    assert len(outcome.messages) == 1
    assert "left untouched" in outcome.messages[0]
    assert path.read_bytes() == original
    assert _siblings(path) == ["settings.json"]


# --- anything at all in the file ---------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
_field_values = st.dictionaries(
    st.sampled_from([*FIELD_NAMES, "schema_version", "version", "foot"]), _json, max_size=8
)


def _check_load(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "settings.json"
        path.write_bytes(raw)
        outcome = load_settings(path)
        s = outcome.settings
        assert isinstance(s, Settings)
        assert replace(s) == s  # re-running every field check passes
        assert isinstance(s.first_foot, FootChoice)
        assert isinstance(s.theme, Theme)
        assert 0 <= s.volume <= 100
        assert 0 <= s.warn_seconds <= 10
        assert len(outcome.messages) <= 1
        if outcome.read_only or not outcome.messages:
            assert path.read_bytes() == raw  # untouched
        else:
            assert outcome.backup is not None
            assert outcome.backup.read_bytes() == raw  # the bad file is kept beside
            assert load_settings(path).messages == ()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_any_bytes(raw: bytes) -> None:
    _check_load(raw)


@settings(max_examples=200)
@given(_json)
def test_any_json(value: object) -> None:
    _check_load(json.dumps(value).encode())


@settings(max_examples=200)
@given(_field_values)
def test_any_values_in_known_fields(data: dict[str, object]) -> None:
    _check_load(json.dumps(data).encode())


# --- the controller ----------------------------------------------------------------------


def test_controller_debounces_saves(path: Path, qtbot: Any) -> None:
    controller = SettingsController(path)
    assert controller.startup_messages == []
    with qtbot.waitSignals([controller.changed] * 3):
        for v in (10, 20, 30):
            controller.update(volume=v)
    assert controller.save_pending
    assert not path.exists()  # nothing written while the slider is still moving
    with qtbot.waitSignal(controller.saved):
        assert controller.flush()
    assert load_settings(path).settings.volume == 30
    assert not controller.save_pending


def test_controller_timer_saves(path: Path, qtbot: Any) -> None:
    controller = SettingsController(path, save_delay_ms=1)
    with qtbot.waitSignal(controller.saved, timeout=5000):
        controller.update(theme=Theme.DARK)
    assert load_settings(path).settings.theme is Theme.DARK


def test_controller_ignores_no_op_and_rejects_bad_values(path: Path, qtbot: Any) -> None:
    controller = SettingsController(path)
    with qtbot.assertNotEmitted(controller.changed):
        controller.update(volume=70)
    assert not controller.save_pending
    with pytest.raises(ValueError, match="volume"):
        controller.update(volume=101)
    with pytest.raises(TypeError):
        controller.update(colour="red")
    assert controller.settings == Settings()


def test_controller_reports_save_failure_once(
    path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = SettingsController(path)
    monkeypatch.setattr(os, "replace", _fail(errno.EROFS))
    messages: list[str] = []
    controller.message.connect(messages.append)
    for v in (1, 2, 3):
        controller.update(volume=v)
        assert not controller.flush()
    assert len(messages) == 1
    assert messages[0].startswith("Settings cannot be saved:")
    assert "Read-only file system" in messages[0]
    monkeypatch.undo()
    controller.update(volume=4)
    assert controller.flush()
    assert messages[-1] == "Settings are being saved again."
    assert load_settings(path).settings.volume == 4


def test_controller_keeps_startup_messages(path: Path, qtbot: Any) -> None:
    _place(path, "broken-truncated.json")
    controller = SettingsController(path)
    assert len(controller.startup_messages) == 1
    assert "corrupt-" in controller.startup_messages[0]


def test_default_path_is_in_the_config_dir(qtbot: Any, tmp_path: Path) -> None:
    path = settings_path(config_dir())
    assert path == tmp_path / "config" / "settings.json"  # where conftest points the app
    controller = SettingsController(path)
    controller.update(sound=False)
    controller.flush()
    assert json.loads(path.read_text())["sound"] is False
