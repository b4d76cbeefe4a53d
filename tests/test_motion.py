"""The technique's motion as a pure function of time (core, no Qt)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footcare_gui.assets import asset_path
from footcare_gui.core.motion import (
    LOOP_SECONDS,
    Motion,
    MotionSpec,
    ease,
    motion_for,
    motion_of,
    phase,
    pose,
    travel_of,
)
from footcare_gui.core.routine_i18n import localized
from footcare_gui.core.routines import Technique, load_routines

FRAME = 0.04  # the animation's frame interval (25 frames a second)

# What every shipped step plays, read from its technique, zones and words.
EXPECTED = {
    "stroke-whole-foot": (Motion.STROKE, "toward-heel"),
    "press-sole": (Motion.THUMB_WALK, "toward-heel"),
    "stretch-toes": (Motion.STRETCH, "in-place"),
    "thumb-press-ball-to-heel": (Motion.THUMB_WALK, "toward-heel"),
    "thumb-circles": (Motion.CIRCLES, "in-place"),
    "thumbs-top": (Motion.THUMB_WALK, "toward-heel"),
    "press-sole-again": (Motion.THUMB_WALK, "toward-heel"),
    "toe-joints": (Motion.TOE_JOINTS, "in-place"),
    "rest-and-wrap": (Motion.REST, "in-place"),
    "spread-oil": (Motion.STROKE, "toward-toes"),
    "knead-foot": (Motion.KNEAD, "both-ways"),
    "roll-ball": (Motion.ROLL, "toward-toes"),
    "press-ball": (Motion.PRESS, "in-place"),
    "press-arch": (Motion.THUMB_WALK, "toward-heel"),
    "press-heel": (Motion.PRESS, "in-place"),
    "circle-sole": (Motion.CIRCLES, "in-place"),
    "tight-spots": (Motion.KNEAD, "in-place"),
    "rest-feet": (Motion.REST, "in-place"),
    "upward-strokes": (Motion.STROKE, "circuit"),
    "arch-circles": (Motion.CIRCLES, "in-place"),
    "ball-and-toe-bases": (Motion.CIRCLES, "in-place"),
    "rest-warm": (Motion.REST, "in-place"),
}


def test_every_shipped_step_plays_the_motion_its_words_describe() -> None:
    routines = load_routines(asset_path("routines")).routines
    seen: dict[str, tuple[Motion, str] | None] = {}
    for routine in routines.values():
        for step in routine.steps:
            spec = motion_of(step)
            seen[step.id] = None if spec is None else (spec.motion, spec.travel)
    preparation = {sid for sid, got in seen.items() if got is None}
    assert preparation == {
        "settle-in",
        "wash-feet",
        "warm-soak",
        "raise-feet",
        "warm-oil",
        "wipe-oil",
    }
    assert {sid: got for sid, got in seen.items() if got is not None} == EXPECTED


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_translated_step_plays_the_same_motion(language: str) -> None:
    """The motion is read from the step's words, which a translation replaces: in German and
    Spanish the thumb walks were plain presses and the oil went toward the heel."""
    folder = asset_path("routines")
    routines = load_routines(folder).routines
    translated, errors = localized(routines, folder, language)
    assert not errors
    for rid, routine in routines.items():
        for step, words in zip(routine.all_steps, translated[rid].all_steps, strict=True):
            assert words.instruction != step.instruction or motion_of(step) is None
            assert motion_of(words) == motion_of(step), (language, step.id)


@pytest.mark.parametrize(
    ("words", "travel"),
    [
        ("Gleiten Sie von der Ferse bis zu den Zehen.", "toward-toes"),
        ("Von den Zehen zur Ferse und zurück.", "both-ways"),
        ("Von der Ferse zu den Zehen, dann über den Fußrücken zum Knöchel.", "circuit"),
        ("Desliza de los dedos hacia el talón y vuelve a empezar.", "toward-heel"),
        ("Avanza despacio de los dedos al talón y vuelve.", "both-ways"),
        ("Del talón a los dedos y luego hacia el tobillo.", "circuit"),
        ("Glide from the toes toward the heel.", "toward-heel"),
        ("Roll it slowly from heel to toes.", "toward-toes"),
        ("Move from the toes to the heel and back.", "both-ways"),
        ("From the heel up to the toes, then over the top toward the ankle.", "circuit"),
        ("Work across it, from the toes toward the ankle.", "toward-heel"),
        ("Walk your thumbs down the arch.", "toward-heel"),
        ("Press here and hold.", "in-place"),
    ],
)
def test_the_way_the_hands_travel_is_read_from_the_words(words: str, travel: str) -> None:
    assert travel_of(words) == travel


def test_presses_become_a_walk_a_pinch_or_a_press() -> None:
    walk = motion_for(Technique.PRESS, ["stomach"], "Walk your thumbs along it.")
    assert walk == MotionSpec(Motion.THUMB_WALK, "toward-heel")
    for words in ("Wandern Sie mit den Daumen darüber.", "Recórrelo con los pulgares a pasitos."):
        assert motion_for(Technique.PRESS, ["stomach"], words) == walk
    joints = motion_for(Technique.PRESS, ["head-brain", "toe-tops"], "Press each joint.")
    assert joints == MotionSpec(Motion.TOE_JOINTS)
    assert motion_for(Technique.PRESS, ["heel"], "Press in several places.") == MotionSpec(
        Motion.PRESS
    )
    assert motion_for(Technique.PREPARE, [], "Warm the oil.") is None


def test_every_loop_is_calm() -> None:
    assert all(1.4 <= s <= 3.2 for s in LOOP_SECONDS.values())
    assert set(LOOP_SECONDS) == set(Motion)


specs = st.sampled_from(
    [MotionSpec(m, t) for m in Motion for t in ("toward-heel", "toward-toes", "both-ways")]
)
times = st.floats(min_value=0.0, max_value=600.0, allow_nan=False)


@given(specs, times, st.booleans(), st.integers(min_value=1, max_value=8))
def test_a_pose_depends_only_on_the_time(spec: MotionSpec, t: float, top: bool, n: int) -> None:
    a = pose(spec, t, top=top, spots=n)
    assert a == pose(spec, t, top=top, spots=n)
    assert 0.0 <= a.along <= 1.0 and 0.0 <= a.depth <= 1.0 and 0.0 <= a.alpha <= 1.0
    assert 0 <= a.spot < n


@given(specs, times, st.booleans())
def test_nothing_jumps_or_flashes_between_two_frames(spec: MotionSpec, t: float, top: bool) -> None:
    """From one frame to the next a visible marker moves a little and fades gently."""
    a, b = pose(spec, t, top=top, spots=5), pose(spec, t + FRAME, top=top, spots=5)
    assert abs(b.alpha - a.alpha) <= 0.3
    assert abs(b.depth - a.depth) <= 0.35
    if a.spot == b.spot and min(a.alpha, b.alpha) > 0.05:
        assert abs(b.along - a.along) <= 0.08
        turn = abs(b.turn - a.turn)
        assert min(turn, 1 - turn) <= 0.06


def test_a_stroke_glides_the_way_the_step_says_and_fades_at_the_ends() -> None:
    down = MotionSpec(Motion.STROKE, "toward-heel")
    loop = down.loop
    glide = [pose(down, loop * k / 20) for k in range(1, 16)]
    assert [p.along for p in glide] == sorted(p.along for p in glide)  # toward the heel
    assert pose(down, 0.0).alpha == 0.0 and pose(down, loop * 0.9).alpha == 0.0
    assert pose(down, loop * 0.4).alpha == 1.0
    up = MotionSpec(Motion.STROKE, "toward-toes")
    assert pose(up, loop * 0.4).along == pytest.approx(1 - pose(down, loop * 0.4).along)
    circuit = MotionSpec(Motion.STROKE, "circuit")  # up the sole, down the top
    assert pose(circuit, loop * 0.4).along == pose(up, loop * 0.4).along
    assert pose(circuit, loop * 0.4, top=True).along == pose(down, loop * 0.4).along


def test_motions_loop_and_move_on_to_the_next_spot() -> None:
    press = MotionSpec(Motion.PRESS)
    assert [pose(press, press.loop * (k + 0.5), spots=3).spot for k in range(5)] == [
        0,
        1,
        2,
        0,
        1,
    ]
    circles = MotionSpec(Motion.CIRCLES)
    assert pose(circles, 0.3).turn == pytest.approx(pose(circles, 0.3 + 4 * circles.loop).turn)
    deep = pose(press, press.loop * 0.5)
    assert deep.depth == 1.0 and pose(press, 0.0).depth == 0.0
    knead = MotionSpec(Motion.KNEAD, "both-ways")
    there = [pose(knead, s).along for s in (0.0, 4.5, 9.0)]
    back = [pose(knead, s).along for s in (9.0, 13.5, 18.0)]
    assert there == sorted(there) and back == sorted(back, reverse=True)


def test_time_helpers() -> None:
    assert phase(5.0, 2.0) == (2, 0.5)
    assert phase(-1.0, 2.0) == (0, 0.0)
    assert ease(0.0) == 0.0 and ease(1.0) == 1.0 and ease(0.5) == pytest.approx(0.5)
