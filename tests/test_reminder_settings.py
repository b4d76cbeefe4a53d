"""The reminder's settings (schema 4): defaults, checks, the v3 -> v4 migration and the file."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from footcare_gui.core.reminder_fields import WEEKDAYS
from footcare_gui.core.settings import SCHEMA_VERSION, Settings, settings_from_dict
from footcare_gui.core.settings_file import load_settings, migrate, save_settings

FIXTURES = Path(__file__).parent / "fixtures" / "settings"


def test_the_reminder_starts_off_at_half_past_nine_every_day() -> None:
    s = Settings()
    assert (s.reminder, s.reminder_time, s.reminder_days) == (False, "21:30", WEEKDAYS)
    assert (s.start_at_login, s.tray_notice_shown) == (False, False)
    assert SCHEMA_VERSION >= 4


def test_v3_file_is_backed_up_and_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    shutil.copyfile(FIXTURES / "v3-voice.json", path)
    original = path.read_bytes()
    outcome = load_settings(path)
    assert outcome.backup == tmp_path / "settings.json.v3-backup"
    assert outcome.backup.read_bytes() == original
    assert outcome.reset_fields == ()
    s = outcome.settings
    assert (s.routine, s.volume, s.voice, s.voice_rate, s.theme.value) == (
        "quick-wind-down",
        35,
        False,
        2,
        "night",
    )
    assert s.durations == {"evening-reflexology": {"press-sole": 150}}
    assert not s.reminder and s.reminder_days == WEEKDAYS
    written = json.loads(path.read_text())
    assert written["schema_version"] == SCHEMA_VERSION
    assert written["reminder"] is False
    assert written["reminder_days"] == list(WEEKDAYS)


def test_migration_step_keeps_fields_it_does_not_know() -> None:
    data = {"schema_version": 3, "something_new": [1, 2], "volume": 10}
    assert migrate(dict(data), 3) == {**data, "schema_version": SCHEMA_VERSION}


def test_a_v1_file_goes_all_the_way_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    shutil.copyfile(FIXTURES / "v1-full.json", path)
    outcome = load_settings(path)
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION
    assert outcome.settings.reminder is False


def test_reminder_values_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = replace(
        Settings(),
        reminder=True,
        reminder_time="00:15",
        reminder_days=("sun", "tue"),
        start_at_login=True,
    )
    assert chosen.reminder_days == ("tue", "sun")  # kept in week order
    save_settings(path, chosen)
    assert json.loads(path.read_text())["reminder_days"] == ["tue", "sun"]
    assert load_settings(path).settings == chosen


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("reminder", "yes"),
        ("reminder_time", "9:30 pm"),
        ("reminder_time", "25:00"),
        ("reminder_days", "mon,tue"),
        ("reminder_days", ["mon", "funday"]),
        ("start_at_login", 1),
        ("tray_notice_shown", None),
    ],
)
def test_a_bad_reminder_value_is_reset_alone(name: str, bad: object) -> None:
    data = {"volume": 20, "reminder": True, "reminder_time": "22:00", name: bad}
    settings, reset = settings_from_dict(data)
    assert reset == [name]
    assert settings.volume == 20
    assert getattr(settings, name) == getattr(Settings(), name)
    with pytest.raises(ValueError, match=name):
        Settings(**{name: bad})  # type: ignore[arg-type]
