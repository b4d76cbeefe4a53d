"""Round trips (issue 16): what the editor builds saves and loads back equal; any file the
loader accepts opens in the editor and saves unchanged; the editor's checks and the loader's
are one set of rules with one set of messages."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footcare_gui.assets import asset_path
from footcare_gui.core.routine_draft import (
    RoutineDraft,
    by_field,
    check,
    copy_of,
    draft_of,
    preview,
    step_ids,
    total_seconds,
)
from footcare_gui.core.routine_library import RoutineLibrary
from footcare_gui.core.routine_toml import routine_to_toml, toml_string
from footcare_gui.core.routines import (
    Per,
    RoutineError,
    load_routines,
    parse_routine,
    routine_from_data,
    routine_problems,
    step_problems,
)
from footcare_gui.core.settings import Settings, session_total
from tests.routine_strategies import drafts, routine_files
from tests.test_routines import _mutate, toml_document

HYPOTHESIS = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
    max_examples=60,
)
SHIPPED = load_routines(asset_path("routines")).routines


@HYPOTHESIS
@given(drafts())
def test_any_routine_the_editor_builds_saves_and_loads_back_equal(draft: RoutineDraft) -> None:
    checked = check(draft, "my-routine")
    assert checked.routine is not None, checked.problems.all()
    text = routine_to_toml(checked.routine)
    assert parse_routine(text, "saved.toml") == checked.routine
    # and the file is in its final form: writing what was read gives the same text
    assert routine_to_toml(parse_routine(text)) == text
    # the editor's own total is the loader's rule applied to the saved routine
    assert total_seconds(draft) == session_total(Settings(), checked.routine)


@HYPOTHESIS
@given(routine_files())
def test_any_file_the_loader_accepts_opens_in_the_editor_and_saves_unchanged(
    data: dict[str, Any],
) -> None:
    text = toml_document(data)
    assert tomllib.loads(text) == data
    loaded = parse_routine(text, "mine.toml")
    draft = draft_of(loaded)
    checked = check(draft, loaded.id)
    assert checked.routine == loaded, checked.problems.all()
    assert parse_routine(routine_to_toml(checked.routine)) == loaded
    assert [s.id for s in loaded.all_steps] == step_ids(draft)  # ids are kept, never remade


@HYPOTHESIS
@given(drafts())
def test_the_library_saves_what_it_later_loads(draft: RoutineDraft) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "routines"
        library = RoutineLibrary(SHIPPED, folder)
        checked = check(draft, library.new_id(draft.title))
        assert checked.routine is not None
        saved = library.save(checked.routine)
        assert saved.path == folder / f"{saved.id}.toml"
        again = RoutineLibrary.load(SHIPPED, folder)
        assert again.routines[saved.id] == checked.routine
        assert again.messages == ()


@pytest.mark.parametrize("rid", sorted(SHIPPED))
def test_every_built_in_routine_opens_in_the_editor_and_saves_unchanged(rid: str) -> None:
    routine = SHIPPED[rid]
    assert check(draft_of(routine), rid).routine == routine
    assert parse_routine(routine_to_toml(routine)) == routine
    duplicate = check(copy_of(routine, "My evening"), "my-evening").routine
    assert duplicate is not None
    assert (duplicate.id, duplicate.title, duplicate.steps) == (
        "my-evening",
        "My evening",
        routine.steps,
    )


def test_toml_strings_escape_what_toml_cannot_hold_raw() -> None:
    tricky = 'a "quote", a \\ backslash, a tab\t, a DEL\x7f, a bell\x07 and ünïcödé 🦶'
    assert tomllib.loads(f"x = {toml_string(tricky)}")["x"] == tricky


# --- one set of rules -----------------------------------------------------------------------


@settings(deadline=None, max_examples=150)
@given(st.sampled_from(sorted(SHIPPED)), st.data())
def test_the_editor_checks_say_what_the_loader_says(rid: str, draw: st.DataObject) -> None:
    data = tomllib.loads((asset_path("routines") / f"{rid}.toml").read_text(encoding="utf-8"))
    for _ in range(draw.draw(st.integers(min_value=1, max_value=3), label="mutations")):
        _mutate(data, draw)
    problems = routine_problems(copy.deepcopy(data), "mutant.toml")
    try:
        routine_from_data(copy.deepcopy(data), "mutant.toml")
    except RoutineError as exc:
        assert str(exc) in {str(p) for p in problems.all()}
    else:
        assert not problems


def test_step_problems_name_every_field_in_error_at_once() -> None:
    step = {
        "id": "a/../b",
        "title": " ",
        "instruction": "Press.",
        "why": "x" * 301,
        "technique": "poke",
        "view": "sole",
        "zones": ["lymph", "heart"],
        "duration": 4000,
        "min": 10,
        "max": 60,
        "per": "foot",
        "colour": "red",
    }
    found = by_field(step_problems(step))
    assert found == {
        "colour": "is not a known field",
        "id": "'a/../b' must be at most 64 lower-case letters, digits and dashes (a-z, 0-9, -), "
        "not starting with a dash",
        "zones": "zone 'lymph' is not on the sole view",
        "duration": "4000 s is outside the allowed range 10..60 s",
        "title": "must be a non-empty text",
        "why": "has 301 characters; at most 300 fit",
        "technique": "'poke' is not one of: stroke, press, stretch, circles, knead, roll, "
        "prepare, rest",
    }


def test_routine_problems_put_each_problem_where_it_lies() -> None:
    draft = draft_of(SHIPPED["quick-wind-down"])
    draft.title = ""
    draft.steps[2].per = Per.SESSION  # a once step between the foot steps
    draft.steps[0].texts["why"] = ""
    draft.switch.lo, draft.switch.hi = 30, 20
    problems = check(draft, "q").problems
    assert by_field(problems.routine) == {"title": "must be a non-empty text"}
    assert by_field(problems.steps[0]) == {"why": "must be a non-empty text"}
    assert by_field(problems.steps[2]) == {
        "per": "a once-per-session step must come before or after the foot steps"
    }
    assert problems.steps[1] == problems.steps[3] == problems.steps[4] == ()
    assert by_field(problems.switch) == {"max": "20 s is below the minimum of 30 s"}


def test_a_routine_without_a_foot_step_is_refused_with_the_loaders_words() -> None:
    draft = RoutineDraft(title="T", summary="S")
    draft.steps[0].texts = {"title": "A", "instruction": "B.", "why": "C."}
    draft.steps[0].per = Per.SESSION
    problems = check(draft, "t").problems
    assert by_field(problems.routine) == {
        "steps": 'needs at least one step done on each foot (per = "foot")'
    }
    # the preview still words the step, as the first thing of a session
    assert preview(draft, 0).eyebrow == "GETTING READY"


def test_new_steps_get_ids_from_their_titles_and_old_ones_keep_theirs() -> None:
    draft = draft_of(SHIPPED["quick-wind-down"])
    new = draft.steps[1].copy()
    draft.steps.insert(2, new)
    new.texts["title"] = "Stroke slowly upward!"
    ids = step_ids(draft)
    assert ids[1] == "upward-strokes" and ids[2] == "stroke-slowly-upward"
    new.texts["title"] = "Upward strokes"
    assert step_ids(draft)[2] == "upward-strokes-2"


def test_preview_words_a_step_as_the_session_page_does() -> None:
    draft = draft_of(SHIPPED["quick-wind-down"])
    words = preview(draft, 1)
    assert words.eyebrow == "RIGHT FOOT"
    assert words.title == "Stroke slowly upward"
    assert words.next_line == "Next: Circle the arch with thumbs"
    switch = preview(draft, None)
    assert (switch.eyebrow, switch.title) == ("SWITCH FEET", "Now the left foot")
