"""The shipped routine files, and how the parser reports broken ones."""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import footcare_gui
from footcare_gui.assets import asset_path
from footcare_gui.core.routines import (
    MAX_INTRO_CHARS,
    MAX_STEP_SECONDS,
    MIN_STEP_SECONDS,
    Per,
    Routine,
    RoutineError,
    StepView,
    Technique,
    load_routines,
    parse_routine,
)
from footcare_gui.core.zones import GROUPS, ZONES

ROUTINES = asset_path("routines")
SHIPPED = ("evening-reflexology", "quick-wind-down", "full-foot-care")

# Hypothesis runs many examples inside one test call; conftest's autouse fixture only points
# the config folder at tmp_path, which no example here touches.
HYPOTHESIS = settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)


# --- A small TOML writer --------------------------------------------------------------------


def _toml_string(text: str) -> str:
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def toml_value(value: Any) -> str:
    """One value as TOML; tables are written inline, so every value fits on one line."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{ "
            + ", ".join(f"{_toml_string(k)} = {toml_value(v)}" for k, v in value.items())
            + " }"
        )
    raise TypeError(f"cannot write {value!r} as TOML")


def toml_document(data: dict[str, Any]) -> str:
    return "".join(f"{_toml_string(k)} = {toml_value(v)}\n" for k, v in data.items())


def shipped_text(routine_id: str) -> str:
    return (ROUTINES / f"{routine_id}.toml").read_text(encoding="utf-8")


def shipped_data(routine_id: str) -> dict[str, Any]:
    return tomllib.loads(shipped_text(routine_id))


def shipped(routine_id: str) -> Routine:
    result = load_routines(ROUTINES)
    assert result.errors == ()
    return result.routines[routine_id]


def foot_seconds(routine: Routine) -> int:
    return sum(s.duration for s in routine.steps if s.per is Per.FOOT)


def session_seconds(routine: Routine) -> int:
    """Default length of a whole session: foot steps twice, the rest once, the switch once."""
    once = sum(s.duration for s in routine.steps if s.per is Per.SESSION)
    return 2 * foot_seconds(routine) + once + routine.switch.duration


# --- The shipped routines -------------------------------------------------------------------


def test_every_shipped_routine_loads_without_errors() -> None:
    result = load_routines(ROUTINES)
    assert result.errors == ()
    assert set(SHIPPED) <= set(result.routines)
    for rid in SHIPPED:
        assert result.routines[rid].path == ROUTINES / f"{rid}.toml"


@pytest.mark.parametrize("routine_id", SHIPPED)
def test_toml_writer_round_trips_shipped_routine(routine_id: str) -> None:
    data = shipped_data(routine_id)
    assert tomllib.loads(toml_document(data)) == data
    assert parse_routine(toml_document(data)) == parse_routine(shipped_text(routine_id))


# Settings store durations by step id: renaming one silently drops a saved duration.
STEP_IDS = {
    "evening-reflexology": (
        "settle-in",
        "stroke-whole-foot",
        "press-sole",
        "stretch-toes",
        "thumb-press-ball-to-heel",
        "thumb-circles",
        "thumbs-top",
        "press-sole-again",
        "toe-joints",
        "rest-and-wrap",
        "switch-feet",
    ),
    "quick-wind-down": (
        "warm-oil",
        "upward-strokes",
        "arch-circles",
        "ball-and-toe-bases",
        "rest-warm",
        "switch-feet",
    ),
    "full-foot-care": (
        "wash-feet",
        "warm-soak",
        "raise-feet",
        "warm-oil",
        "spread-oil",
        "knead-foot",
        "roll-ball",
        "press-ball",
        "press-arch",
        "press-heel",
        "circle-sole",
        "tight-spots",
        "wipe-oil",
        "rest-feet",
        "switch-feet",
    ),
}


@pytest.mark.parametrize("routine_id", SHIPPED)
def test_step_ids_are_stable(routine_id: str) -> None:
    assert tuple(s.id for s in shipped(routine_id).all_steps) == STEP_IDS[routine_id]


def test_evening_reflexology_has_the_eight_seed_techniques_per_foot_in_order() -> None:
    routine = shipped("evening-reflexology")
    foot = [s for s in routine.steps if s.per is Per.FOOT]
    assert [(s.id, s.technique) for s in foot] == [
        ("stroke-whole-foot", Technique.STROKE),
        ("press-sole", Technique.PRESS),
        ("stretch-toes", Technique.STRETCH),
        ("thumb-press-ball-to-heel", Technique.PRESS),
        ("thumb-circles", Technique.CIRCLES),
        ("thumbs-top", Technique.PRESS),
        ("press-sole-again", Technique.PRESS),
        ("toe-joints", Technique.PRESS),
    ]
    by_id = {s.id: s for s in foot}
    # The zones follow the hands.
    assert by_id["stretch-toes"].zones == GROUPS["toes"]
    assert set(GROUPS["arch"]) <= set(by_id["thumb-circles"].zones)
    assert by_id["thumbs-top"].view is StepView.TOP
    assert set(by_id["thumbs-top"].zones) == set(GROUPS["top"])
    assert by_id["toe-joints"].view is StepView.BOTH
    assert {"toe-tops", "head-brain", "neck-throat"} <= set(by_id["toe-joints"].zones)
    assert by_id["press-sole-again"].zones == by_id["press-sole"].zones
    # Choosing the more tired foot happens at the start screen, not as a step.
    assert not any("choose" in s.id or "tired" in s.title.lower() for s in routine.all_steps)
    assert 15 * 60 <= session_seconds(routine) <= 25 * 60


def test_quick_wind_down_takes_five_to_ten_minutes() -> None:
    routine = shipped("quick-wind-down")
    assert 5 * 60 <= session_seconds(routine) <= 10 * 60
    techniques = {s.technique for s in routine.steps if s.per is Per.FOOT}
    assert {Technique.STROKE, Technique.CIRCLES} <= techniques


def test_full_foot_care_prepares_first_finishes_last_and_runs_long_per_foot() -> None:
    routine = shipped("full-foot-care")
    steps = routine.steps
    assert steps[0].id == "wash-feet"
    assert steps[0].per is Per.SESSION
    assert steps[0].technique is Technique.PREPARE
    assert steps[-1].per is Per.SESSION
    assert steps[-1].technique is Technique.REST
    first_foot = next(i for i, s in enumerate(steps) if s.per is Per.FOOT)
    preparation = steps[:first_foot]
    assert [s.id for s in preparation] == ["wash-feet", "warm-soak", "raise-feet", "warm-oil"]
    assert all(s.technique is Technique.PREPARE for s in preparation)
    soak = routine.step("warm-soak")
    assert soak.duration == 600
    assert soak.min_duration <= 60
    assert soak.max_duration >= 900
    assert "Next" in soak.instruction
    foot_techniques = {s.technique for s in steps if s.per is Per.FOOT}
    assert {Technique.KNEAD, Technique.ROLL, Technique.PRESS, Technique.CIRCLES} <= foot_techniques
    assert 10 * 60 <= foot_seconds(routine) <= 15 * 60


SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
MEDICAL_PROMISE = re.compile(r"\b(cure[sd]?|heals?|healing|treats?|guarantee[sd]?|will)\b", re.I)


@pytest.mark.parametrize("routine_id", SHIPPED)
def test_step_texts_fit_the_screen_and_promise_nothing(routine_id: str) -> None:
    routine = shipped(routine_id)
    for s in routine.all_steps:
        assert 0 < len(s.title) <= 32, s.id
        assert not s.title.endswith("."), s.id
        assert 1 <= len(SENTENCE_END.findall(s.instruction)) <= 3, s.id
        assert len(SENTENCE_END.findall(s.why)) <= 1, s.id
        assert len(s.why) <= 100, s.id
        for text in (s.title, s.instruction, s.why):
            assert not re.search(r"\b(left|right)\b", text, re.I), (s.id, text)
            assert not MEDICAL_PROMISE.search(text), (s.id, text)
    for text in (routine.title, routine.summary):
        assert not MEDICAL_PROMISE.search(text)


@pytest.mark.parametrize("routine_id", SHIPPED)
def test_durations_are_sane(routine_id: str) -> None:
    routine = shipped(routine_id)
    for s in routine.all_steps:
        assert MIN_STEP_SECONDS <= s.min_duration <= s.duration <= s.max_duration, s.id
        assert s.max_duration <= 15 * 60, s.id
        assert s.max_duration >= min(2 * s.duration, 15 * 60), s.id
        assert s.min_duration <= s.duration / 2, s.id
    for s in routine.steps:
        if s.per is Per.FOOT:
            assert 45 <= s.duration <= 150, s.id
            assert s.zones, s.id
    assert routine.switch.technique is Technique.REST
    assert routine.switch.duration <= 30


# --- Broken files ---------------------------------------------------------------------------


def good_routine() -> dict[str, Any]:
    step: dict[str, Any] = {
        "id": "press",
        "title": "Press the sole",
        "instruction": "Press the sole.",
        "why": "It feels nice.",
        "technique": "press",
        "view": "sole",
        "zones": ["arch"],
        "duration": 60,
        "min": 20,
        "max": 300,
        "per": "foot",
    }
    return {
        "id": "test-routine",
        "title": "Test",
        "summary": "A routine for tests.",
        "steps": [
            {**step, "id": "warm-up", "technique": "prepare", "zones": [], "per": "session"},
            step,
        ],
        "switch": {
            "id": "switch-feet",
            "title": "Switch",
            "instruction": "Change feet.",
            "why": "A pause.",
            "duration": 15,
            "min": 5,
            "max": 60,
        },
    }


def _missing_why(d: dict[str, Any]) -> None:
    del d["steps"][1]["why"]


def _unknown_zone(d: dict[str, Any]) -> None:
    d["steps"][1]["zones"] = ["arch", "instep"]


def _too_long(d: dict[str, Any]) -> None:
    d["steps"][1]["duration"] = 301


def _too_short(d: dict[str, Any]) -> None:
    d["steps"][1]["duration"] = 19


def _range_below_minimum(d: dict[str, Any]) -> None:
    d["steps"][1]["min"] = 0


def _duplicate_id(d: dict[str, Any]) -> None:
    d["steps"].append(copy.deepcopy(d["steps"][1]))


def _switch_reuses_step_id(d: dict[str, Any]) -> None:
    d["switch"]["id"] = "press"


def _wrong_view(d: dict[str, Any]) -> None:
    d["steps"][1]["view"] = "top"


def _unknown_field(d: dict[str, Any]) -> None:
    d["steps"][1]["colour"] = "blue"


def _unknown_switch_field(d: dict[str, Any]) -> None:
    d["switch"]["sound"] = "bell"


def _bad_technique(d: dict[str, Any]) -> None:
    d["steps"][1]["technique"] = "tickle"


def _text_duration(d: dict[str, Any]) -> None:
    d["steps"][1]["duration"] = "60"


def _true_duration(d: dict[str, Any]) -> None:
    d["steps"][1]["duration"] = True


def _bad_step_id(d: dict[str, Any]) -> None:
    d["steps"][1]["id"] = "Press_Sole"


def _no_switch(d: dict[str, Any]) -> None:
    del d["switch"]


def _session_between_feet(d: dict[str, Any]) -> None:
    d["steps"].append({**d["steps"][0], "id": "middle"})
    d["steps"].append({**d["steps"][1], "id": "press-again"})


def _optional_as_text(d: dict[str, Any]) -> None:
    d["steps"][0]["optional"] = "yes"


def _optional_switch(d: dict[str, Any]) -> None:
    d["switch"]["optional"] = True


def _empty_intro(d: dict[str, Any]) -> None:
    d["intro"] = "  "


def _intro_too_long(d: dict[str, Any]) -> None:
    d["intro"] = "Sit back. " * (MAX_INTRO_CHARS // 10 + 1)


def _intro_not_text(d: dict[str, Any]) -> None:
    d["intro"] = ["Sit back."]


BROKEN: list[tuple[str, Callable[[dict[str, Any]], None], str | None, str | None, str]] = [
    ("missing-field", _missing_why, "press", "why", "is missing"),
    ("unknown-zone", _unknown_zone, "press", "zones", "unknown zone 'instep'"),
    ("duration-above-range", _too_long, "press", "duration", "outside the allowed range 20..300"),
    ("duration-below-range", _too_short, "press", "duration", "outside the allowed range 20..300"),
    ("range-below-minimum", _range_below_minimum, "press", "min", "must lie within 5..3600"),
    ("duplicate-step-id", _duplicate_id, "press", "id", "more than one step"),
    ("switch-reuses-step-id", _switch_reuses_step_id, "press", "id", "more than one step"),
    ("zone-on-wrong-view", _wrong_view, "press", "zones", "is not on the top view"),
    ("unknown-field", _unknown_field, "press", "colour", "is not a known field"),
    ("unknown-switch-field", _unknown_switch_field, "switch-feet", "sound", "not a known field"),
    ("unknown-technique", _bad_technique, "press", "technique", "'tickle' is not one of"),
    ("duration-as-text", _text_duration, "press", "duration", "whole number of seconds"),
    ("duration-as-flag", _true_duration, "press", "duration", "of seconds, not true"),
    ("bad-step-id", _bad_step_id, "Press_Sole", "id", "lower-case letters, digits and dashes"),
    ("no-switch", _no_switch, None, "switch", "is missing"),
    ("session-between-feet", _session_between_feet, "middle", "per", "before or after"),
    ("optional-as-text", _optional_as_text, "warm-up", "optional", "true or false"),
    ("optional-switch", _optional_switch, "switch-feet", "optional", "cannot be skipped"),
    ("empty-intro", _empty_intro, None, "intro", "non-empty text"),
    ("intro-too-long", _intro_too_long, None, "intro", f"at most {MAX_INTRO_CHARS}"),
    ("intro-not-text", _intro_not_text, None, "intro", "non-empty text"),
]


@pytest.mark.parametrize(
    ("name", "breaks", "step", "fld", "fragment"), BROKEN, ids=[b[0] for b in BROKEN]
)
def test_broken_file_names_file_step_and_field(
    tmp_path: Path,
    name: str,
    breaks: Callable[[dict[str, Any]], None],
    step: str | None,
    fld: str | None,
    fragment: str,
) -> None:
    data = good_routine()
    breaks(data)
    (tmp_path / f"{name}.toml").write_text(toml_document(data), encoding="utf-8")
    result = load_routines(tmp_path)
    assert result.routines == {}
    [error] = result.errors
    assert (error.file, error.step, error.field) == (f"{name}.toml", step, fld)
    assert fragment in error.message
    assert str(error).startswith(f"{name}.toml")
    if step is not None:
        assert f"step '{step}'" in str(error)
    if fld is not None:
        assert f"field '{fld}'" in str(error)


def test_the_good_routine_itself_loads(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(toml_document(good_routine()), encoding="utf-8")
    result = load_routines(tmp_path)
    assert result.errors == ()
    assert [s.id for s in result.routines["test-routine"].all_steps] == [
        "warm-up",
        "press",
        "switch-feet",
    ]


def test_bad_toml_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad-toml.toml").write_text('id = "x"\ntitle = \n[[steps]\n', encoding="utf-8")
    [error] = load_routines(tmp_path).errors
    assert (error.file, error.step, error.field) == ("bad-toml.toml", None, None)
    assert "not valid TOML" in error.message
    assert "line 2" in error.message


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "latin1.toml").write_bytes(b'id = "caf\xe9"\n')
    [error] = load_routines(tmp_path).errors
    assert error.file == "latin1.toml"
    assert "cannot be read" in error.message


def test_broken_file_next_to_good_ones(tmp_path: Path) -> None:
    data = good_routine()
    (tmp_path / "a-good.toml").write_text(toml_document(data), encoding="utf-8")
    broken = good_routine()
    _unknown_zone(broken)
    broken["id"] = "broken-routine"
    (tmp_path / "b-broken.toml").write_text(toml_document(broken), encoding="utf-8")
    (tmp_path / "c-evening.toml").write_text(shipped_text("evening-reflexology"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a routine", encoding="utf-8")
    result = load_routines(tmp_path)
    assert list(result.routines) == ["test-routine", "evening-reflexology"]
    [error] = result.errors
    assert (error.file, error.step, error.field) == ("b-broken.toml", "press", "zones")


def test_repeated_routine_id_keeps_the_first(tmp_path: Path) -> None:
    data = good_routine()
    (tmp_path / "one.toml").write_text(toml_document(data), encoding="utf-8")
    data["title"] = "Copy"
    (tmp_path / "two.toml").write_text(toml_document(data), encoding="utf-8")
    result = load_routines(tmp_path)
    assert result.routines["test-routine"].title == "Test"
    [error] = result.errors
    assert error.file == "two.toml"
    assert "test-routine" in error.message


STEP_FIELDS = tuple(good_routine()["steps"][1])
SWITCH_DEFAULTED = {"technique", "view", "zones", "per"}


@pytest.mark.parametrize("key", STEP_FIELDS)
def test_removing_a_step_field(key: str) -> None:
    data = good_routine()
    del data["steps"][1][key]
    if key == "zones":  # optional: a step may name no zones
        assert parse_routine(toml_document(data)).steps[1].zones == ()
        return
    with pytest.raises(RoutineError) as info:
        parse_routine(toml_document(data), "gone.toml")
    assert (info.value.file, info.value.field) == ("gone.toml", key)
    assert info.value.step == ("#2" if key == "id" else "press")
    assert "missing" in info.value.message


@pytest.mark.parametrize("key", STEP_FIELDS)
def test_removing_a_switch_field(key: str) -> None:
    data = good_routine()
    data["switch"].pop(key, None)
    if key in SWITCH_DEFAULTED:
        switch = parse_routine(toml_document(data)).switch
        assert (switch.technique, switch.per, switch.zones) == (Technique.REST, Per.SESSION, ())
        return
    with pytest.raises(RoutineError) as info:
        parse_routine(toml_document(data))
    assert info.value.field == key
    assert info.value.step == ("switch" if key == "id" else "switch-feet")


# --- Parser edge cases found while writing the content ----------------------------------------


def test_deeply_nested_toml_is_a_routine_error() -> None:
    with pytest.raises(RoutineError):
        parse_routine("x = " + "[" * 2000)


def test_range_error_names_max_when_max_is_wrong() -> None:
    data = good_routine()
    data["steps"][1]["max"] = MAX_STEP_SECONDS + 1
    with pytest.raises(RoutineError) as info:
        parse_routine(toml_document(data))
    assert info.value.field == "max"


def test_step_id_rejects_non_ascii_letters() -> None:
    data = good_routine()
    data["steps"][1]["id"] = "café"
    with pytest.raises(RoutineError):
        parse_routine(toml_document(data))


# --- Properties -----------------------------------------------------------------------------


@HYPOTHESIS
@given(st.text())
def test_parse_routine_on_any_text_raises_only_routine_error(text: str) -> None:
    error: RoutineError | None = None
    try:
        parse_routine(text, "any.toml")
    except RoutineError as exc:
        error = exc
    if error is not None:
        assert error.file == "any.toml"
        assert error.message


leaves = (
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.integers(min_value=-10, max_value=4000)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.dates()
    | st.sampled_from(
        [*ZONES, *GROUPS, *(t.value for t in Technique), "foot", "session", "both", "", " "]
    )
)
toml_values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def _mutate(data: dict[str, Any], draw: st.DataObject) -> None:
    """Replace, delete or add one field somewhere in a valid routine's data."""
    places: list[dict[str, Any]] = [data]
    if isinstance(data.get("switch"), dict):
        places.append(data["switch"])
    if isinstance(data.get("steps"), list):
        places += [s for s in data["steps"] if isinstance(s, dict)]
    table = draw.draw(st.sampled_from(places), label="table")
    action = draw.draw(st.sampled_from(["replace", "delete", "add"]), label="action")
    if action == "add" or not table:
        table[draw.draw(st.text(max_size=8), label="new key")] = draw.draw(toml_values)
        return
    key = draw.draw(st.sampled_from(sorted(table)), label="key")
    if action == "delete":
        del table[key]
    else:
        table[key] = draw.draw(toml_values, label="value")


@HYPOTHESIS
@given(st.sampled_from(SHIPPED), st.data())
def test_mutated_routine_raises_only_routine_error(routine_id: str, draw: st.DataObject) -> None:
    data = shipped_data(routine_id)
    for _ in range(draw.draw(st.integers(min_value=1, max_value=3), label="mutations")):
        _mutate(data, draw)
    text = toml_document(data)
    assert tomllib.loads(text) == data  # the writer wrote what we meant
    try:
        routine = parse_routine(text, "mutant.toml")
    except RoutineError as exc:
        error: RoutineError | None = exc
    else:
        error = None
    if error is not None:
        assert error.file == "mutant.toml"
        assert error.message
    else:
        for s in routine.all_steps:
            assert MIN_STEP_SECONDS <= s.min_duration <= s.duration <= s.max_duration
            assert all(z in ZONES for z in s.zones)
            assert re.fullmatch(r"[^\sA-Z_]+", s.id)


def test_unknown_top_level_field_and_oversized_file_are_reported() -> None:
    data = good_routine()
    data["colour"] = "red"
    with pytest.raises(RoutineError) as info:
        parse_routine(toml_document(data))
    assert info.value.field == "colour"
    with pytest.raises(RoutineError, match="too large"):
        parse_routine("# " + "x" * 300_000)


# --- Content read against the source articles (issue 11) ------------------------------------


@pytest.mark.parametrize("routine_id", SHIPPED)
def test_every_shipped_routine_has_its_own_short_intro(routine_id: str) -> None:
    intro = shipped(routine_id).intro
    assert intro.strip(), routine_id
    assert 1 <= len(SENTENCE_END.findall(intro)) <= 2, intro
    assert len(intro) <= MAX_INTRO_CHARS
    assert not MEDICAL_PROMISE.search(intro), intro
    others = [shipped(r).intro for r in SHIPPED if r != routine_id]
    assert intro not in others


def test_full_foot_care_intro_says_it_begins_with_washing_and_a_soak() -> None:
    intro = shipped("full-foot-care").intro.lower()
    assert "wash" in intro
    assert "soak" in intro


def test_intro_is_optional_in_a_file_and_kept_when_given() -> None:
    data = good_routine()
    assert parse_routine(toml_document(data)).intro == ""
    data["intro"] = "Sit back  and\nbreathe out."
    assert parse_routine(toml_document(data)).intro == "Sit back and breathe out."


def test_only_the_soak_is_optional_and_it_says_so() -> None:
    optional = {(rid, s.id) for rid in SHIPPED for s in shipped(rid).all_steps if s.optional}
    assert optional == {("full-foot-care", "warm-soak")}
    soak = shipped("full-foot-care").step("warm-soak")
    assert soak.per is Per.SESSION
    assert "optional" in soak.title.lower()


def test_a_step_is_not_optional_unless_its_file_says_so() -> None:
    data = good_routine()
    routine = parse_routine(toml_document(data))
    assert not any(s.optional for s in routine.all_steps)
    data["steps"][0]["optional"] = True
    assert parse_routine(toml_document(data)).steps[0].optional


def test_the_thumb_walk_lights_every_zone_the_thumbs_pass_over() -> None:
    step = shipped("evening-reflexology").step("thumb-press-ball-to-heel")
    for group in ("ball", "arch", "heel", "inner-edge", "outer-edge"):
        assert set(GROUPS[group]) <= set(step.zones), group
    assert "spine" in step.zones
    assert "knee-hip" in step.zones


# Phrases that state as fact what reflexology or a source only says: each was in a shipped
# text once. Hedge with "is said to", "many people find".
UNHEDGED = (
    "tends to hold",
    "holds a lot of",
    "lets the pressure reach",
    "gets relief",
    "relief first",
    "tension often gathers",
    "most people enjoy",
)
# Close to a sentence of a source article: the routine files use their own words. (The start
# page's fixed intro still has the first; it gives way to each routine's own intro.)
ECHOES = ("oil between your palms", "where tension gathers")


def _shipped_texts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for rid in SHIPPED:
        routine = shipped(rid)
        out += [(rid, routine.summary), (rid, routine.intro)]
        out += [(f"{rid}/{s.id}", t) for s in routine.all_steps for t in (s.instruction, s.why)]
    return out


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def test_no_routine_text_states_a_hearsay_claim_as_fact_or_echoes_a_source() -> None:
    for where, text in _shipped_texts():
        for phrase in (*UNHEDGED, *ECHOES):
            assert phrase not in _flat(text), (where, phrase)


def test_no_source_file_states_a_hearsay_claim_as_fact() -> None:
    # e.g. the start page's hint under "Which foot feels more tired?"
    for path in sorted(Path(footcare_gui.__file__).parent.rglob("*.py")):
        text = _flat(path.read_text(encoding="utf-8"))
        for phrase in UNHEDGED:
            assert phrase not in text, (path.name, phrase)


def _said_of(routine_id: str, words: tuple[str, ...]) -> list[str]:
    """The steps whose texts mention every one of ``words`` with a hedge."""
    found = []
    for s in shipped(routine_id).steps:
        text = f"{s.instruction} {s.why}".lower()
        if all(w in text for w in words) and ("said to" in text or "reflexology" in text):
            found.append(s.id)
    return found


@pytest.mark.parametrize("routine_id", ["full-foot-care", "quick-wind-down"])
def test_the_sources_areas_for_tiredness_and_digestion_are_named(routine_id: str) -> None:
    tired = _said_of(routine_id, ("centre of the sole", "tired"))
    digest = _said_of(routine_id, ("inner arch", "digest"))
    assert tired and digest
    routine = shipped(routine_id)
    assert all("solar-plexus" in routine.step(sid).zones for sid in tired)
    assert all("stomach" in routine.step(sid).zones for sid in digest)
