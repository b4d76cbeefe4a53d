"""docs/routines.md says what the loader does: its example loads, its zone lists are the map's,
its limits are the code's."""

from __future__ import annotations

import re
from pathlib import Path

from footcare_gui.core.routine_fields import MAX_TITLE_CHARS, STEP_TEXTS
from footcare_gui.core.routines import (
    MAX_FILE_BYTES,
    MAX_INTRO_CHARS,
    MAX_STEPS,
    MAX_SUMMARY_CHARS,
    Per,
    Technique,
    parse_routine,
)
from footcare_gui.core.zones import GROUPS, ZONES, View

DOC = (Path(__file__).resolve().parent.parent / "docs" / "routines.md").read_text("utf-8")


def test_the_example_is_a_valid_routine() -> None:
    example = re.search(r"```toml\n(.*?)```", DOC, re.S)
    assert example is not None
    routine = parse_routine(example.group(1), "example.toml")
    assert routine.id == "my-evening"
    assert [s.per for s in routine.steps] == [Per.SESSION, Per.FOOT]
    assert routine.steps[1].zones == GROUPS["arch"]


def test_every_zone_group_and_technique_is_named_and_no_other() -> None:
    section = DOC[DOC.index("### Zones") : DOC.index("## When a file is wrong")]
    named = set(re.findall(r"`([a-z-]+)`", section))
    assert named == set(ZONES) | set(GROUPS)
    sole = section[section.index("Sole:") : section.index("Top:")]
    assert set(re.findall(r"`([a-z-]+)`", sole)) == {
        z for z, zone in ZONES.items() if zone.view is View.SOLE
    }
    for t in Technique:
        assert f"`{t.value}`" in DOC


def test_the_limits_are_the_codes() -> None:
    assert f"at most {MAX_TITLE_CHARS} characters" in DOC
    assert f"at most {STEP_TEXTS['instruction'][1]} characters" in DOC
    assert f"at most {STEP_TEXTS['say'][1]} characters" in DOC
    assert f"at most {MAX_SUMMARY_CHARS} characters" in DOC
    assert f"at most {MAX_INTRO_CHARS} characters" in DOC
    assert f"1 to {MAX_STEPS} steps" in DOC
    assert f"over {MAX_FILE_BYTES // 1024} KiB" in DOC
