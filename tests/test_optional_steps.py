"""Session totals with and without the optional steps (full foot care's soak)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from footcare_gui.assets import asset_path
from footcare_gui.core.routines import Routine, load_routines
from footcare_gui.core.settings import Settings, session_total, total_of, with_duration
from tests.plans import make_routine


def _shipped(routine_id: str) -> Routine:
    result = load_routines(asset_path("routines"))
    assert result.errors == ()
    return result.routines[routine_id]


def test_full_foot_care_is_about_32_minutes_and_42_with_the_soak() -> None:
    routine = _shipped("full-foot-care")
    with_soak = session_total(Settings(), routine)
    without = session_total(Settings(), routine, include_optional=False)
    assert with_soak - without == 10 * 60
    assert round(without / 60) == 32
    assert round(with_soak / 60) == 42


def test_the_difference_follows_the_users_soak_length() -> None:
    routine = _shipped("full-foot-care")
    settings = with_duration(Settings(), routine, "warm-soak", 5 * 60)
    with_soak = session_total(settings, routine)
    assert with_soak - session_total(settings, routine, include_optional=False) == 5 * 60
    # Leaving the soak out ignores its length entirely.
    assert session_total(settings, routine, include_optional=False) == session_total(
        Settings(), routine, include_optional=False
    )


@pytest.mark.parametrize("routine_id", ["evening-reflexology", "quick-wind-down"])
def test_a_routine_without_optional_steps_has_one_total(routine_id: str) -> None:
    routine = _shipped(routine_id)
    assert session_total(Settings(), routine, include_optional=False) == session_total(
        Settings(), routine
    )


def test_the_readme_gives_each_routines_real_length() -> None:
    readme = Path(__file__).resolve().parent.parent / "README.md"
    if not readme.exists():
        pytest.skip("README.md is not beside the tests (an installed copy)")
    text = " ".join(readme.read_text(encoding="utf-8").split())
    minutes = {
        rid: round(session_total(Settings(), _shipped(rid), include_optional=False) / 60)
        for rid in ("evening-reflexology", "quick-wind-down", "full-foot-care")
    }
    soak = round(session_total(Settings(), _shipped("full-foot-care")) / 60)
    said = dict(re.findall(r"`([a-z-]+)` \([^)]*?about (\d+) minutes", text))
    assert {rid: int(n) for rid, n in said.items()} == minutes
    assert f"{soak} with the optional soak" in text


def test_an_optional_foot_step_is_left_out_on_both_feet() -> None:
    routine = make_routine((60, 90, 45), switch=20)  # prep 30, end 40
    optional = dataclasses.replace(routine.steps[2], optional=True)  # the 90 s foot step
    routine = dataclasses.replace(routine, steps=(*routine.steps[:2], optional, *routine.steps[3:]))
    seconds = {s.id: s.duration for s in routine.all_steps}
    assert total_of(routine, seconds) == 30 + 2 * (60 + 90 + 45) + 40 + 20
    assert total_of(routine, seconds, include_optional=False) == 30 + 2 * (60 + 45) + 40 + 20
