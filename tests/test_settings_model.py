"""The settings model: validation, stored-only-if-changed durations, totals and scaling."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footcare_gui.core.routines import Routine, parse_routine
from footcare_gui.core.settings import (
    FIELD_NAMES,
    SCHEMA_VERSION,
    FootChoice,
    Settings,
    Theme,
    reset_durations,
    scale_to_total,
    session_total,
    settings_from_dict,
    settings_to_dict,
    step_durations,
    total_range,
    with_duration,
)
from footcare_gui.core.texts import format_clock

FIXTURES = Path(__file__).parent / "fixtures" / "settings"


def _routine() -> Routine:
    return parse_routine((FIXTURES / "routine.toml").read_text(encoding="utf-8"), "routine.toml")


ROUTINE = _routine()


def test_defaults() -> None:
    s = Settings()
    assert s.first_foot is FootChoice.ASK
    assert s.theme is Theme.SYSTEM
    assert (s.routine, s.durations, s.auto_advance, s.warn_seconds) == (
        "evening-reflexology",
        {},
        True,
        3,
    )
    assert (s.sound, s.volume, s.keep_awake, s.start_in_focus) == (True, 70, True, False)
    assert (s.window_geometry, s.precautions_acknowledged, s.animations) == ("", False, True)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("volume", 101),
        ("volume", -1),
        ("volume", True),
        ("volume", 50.0),
        ("warn_seconds", 11),
        ("theme", "purple"),
        ("first_foot", 1),
        ("sound", 1),
        ("routine", ""),
        ("routine", "Has Spaces"),
        ("window_geometry", "not base64!"),
        ("durations", {"r": {"s": 4}}),
        ("durations", {"r": {"s": 3601}}),
        ("durations", {"r": [60]}),
    ],
)
def test_invalid_values_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        replace(Settings(), **{field: value})


def test_strings_become_enums_and_durations_are_copied() -> None:
    table = {"r": {"s": 60}}
    s = Settings(first_foot="left", theme="night", durations=table)  # type: ignore[arg-type]
    table["r"]["s"] = 9999
    assert s.first_foot is FootChoice.LEFT
    assert s.theme is Theme.NIGHT
    assert s.durations == {"r": {"s": 60}}


def test_from_dict_keeps_valid_fields_and_names_bad_ones() -> None:
    s, bad = settings_from_dict(
        {"volume": 300, "theme": "dark", "sound": "yes", "durations": {"r": {"a": 60, "b": 1}}}
    )
    assert bad == ["durations", "sound", "volume"]
    assert (s.volume, s.sound, s.theme) == (70, True, Theme.DARK)
    assert s.durations == {"r": {"a": 60}}


def test_to_dict_round_trip() -> None:
    s = Settings(
        first_foot=FootChoice.RIGHT,
        routine="quick-wind-down",
        durations={"quick-wind-down": {"a": 30}},
        auto_advance=False,
        warn_seconds=0,
        sound=False,
        volume=0,
        theme=Theme.DARK,
        keep_awake=False,
        start_in_focus=True,
        window_geometry="AAAA",
        precautions_acknowledged=True,
        animations=False,
    )
    data = settings_to_dict(s)
    assert data["schema_version"] == SCHEMA_VERSION
    assert set(data) == {"schema_version", *FIELD_NAMES}
    assert settings_from_dict(data) == (s, [])


def test_step_durations_use_defaults_then_overrides_clamped() -> None:
    assert step_durations(Settings(), ROUTINE) == {
        "warm-up": 60,
        "toes": 90,
        "arch": 120,
        "rest": 60,
        "switch": 15,
    }
    # An override out of the step's range (a routine file narrowed it) is kept in range.
    s = Settings(durations={ROUTINE.id: {"toes": 3000, "arch": 100, "gone": 50}})
    eff = step_durations(s, ROUTINE)
    assert (eff["toes"], eff["arch"]) == (180, 100)
    assert "gone" not in eff


def test_with_duration_stores_only_changes() -> None:
    s = with_duration(Settings(), ROUTINE, "toes", 100)
    assert s.durations == {ROUTINE.id: {"toes": 100}}
    back = with_duration(s, ROUTINE, "toes", 90)  # the default again
    assert back.durations == {}
    with pytest.raises(ValueError, match="Toes"):
        with_duration(s, ROUTINE, "toes", 181)
    with pytest.raises(KeyError):
        with_duration(s, ROUTINE, "no-such-step", 60)


def test_reset_durations_touches_only_that_routine() -> None:
    s = Settings(durations={ROUTINE.id: {"toes": 100}, "other": {"x": 60}})
    assert reset_durations(s, ROUTINE).durations == {"other": {"x": 60}}


def test_session_total_counts_foot_steps_twice() -> None:
    # 60 + 2 * (90 + 120) + 60 + 15
    assert session_total(Settings(), ROUTINE) == 555
    s = with_duration(Settings(), ROUTINE, "toes", 100)
    assert session_total(s, ROUTINE) == 575
    assert total_range(ROUTINE) == (30 + 2 * (45 + 60) + 20 + 5, 120 + 2 * (180 + 240) + 300 + 60)


@given(st.integers(min_value=0, max_value=4 * 3600))
def test_scale_to_total_stays_in_range_and_gets_closest(target: int) -> None:
    result = scale_to_total(ROUTINE, target)
    for step in ROUTINE.all_steps:
        assert step.min_duration <= result.durations[step.id] <= step.max_duration
    assert result.total == session_total(
        Settings(durations={ROUTINE.id: result.durations}), ROUTINE
    )
    lo, hi = total_range(ROUTINE)
    if lo <= target <= hi:
        # Per-foot steps move the total by 2 s, but once-steps can make up any odd second.
        assert result.exact
    else:
        assert result.total == (lo if target < lo else hi)
        assert not result.exact


def test_scale_to_total_is_proportional() -> None:
    result = scale_to_total(ROUTINE, 2 * 555)
    assert result.exact
    for step in ROUTINE.all_steps:
        if step.max_duration >= 2 * step.duration:
            assert abs(result.durations[step.id] - 2 * step.duration) <= 2


def test_format_clock() -> None:
    assert [format_clock(s) for s in (0, 59, 60, 1420, 3600, 4000)] == [
        "0:00",
        "0:59",
        "1:00",
        "23:40",
        "1:00:00",
        "1:06:40",
    ]
