"""What the pages show, worked out in core without Qt: words, clock captions and lengths."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from footcare_gui.core.durations_view import could_become_mss, mss, parse_mss, scale_note
from footcare_gui.core.plan import Phase, build_plan
from footcare_gui.core.session import Session
from footcare_gui.core.session_view import step_words, time_shown
from footcare_gui.core.settings import Settings, scale_to_total, total_range
from footcare_gui.core.spoken import step_utterance
from footcare_gui.core.start_view import length_text, start_info
from footcare_gui.core.summary_view import summary_words
from footcare_gui.core.texts import TIPS, WIND_DOWN_LINES
from footcare_gui.core.zones import Foot
from tests.conftest import FakeClock
from tests.plans import make_routine


@given(st.integers(min_value=0, max_value=999 * 60 + 59))
def test_mss_reads_back_what_it_writes(seconds: int) -> None:
    assert parse_mss(mss(seconds)) == seconds
    assert could_become_mss(mss(seconds))


@given(st.text(max_size=8))
def test_parse_mss_never_raises_and_agrees_with_the_validator(text: str) -> None:
    value = parse_mss(text)
    if value is not None:
        assert value >= 0
        assert could_become_mss(text)


def test_the_words_of_each_phase() -> None:
    plan = build_plan(make_routine(), Foot.RIGHT)
    first = step_words(plan, 0)
    assert first.eyebrow == ("RIGHT FOOT" if plan[0].foot else "GETTING READY")
    on_foot = next(i for i, p in enumerate(plan) if p.foot is Foot.RIGHT)
    assert step_words(plan, on_foot).eyebrow == "RIGHT FOOT"
    # A screen reader hears what the voice says (core.spoken), so both stay in step.
    assert first.announcement == step_utterance(plan, 0).text
    assert step_words(plan, on_foot).announcement.startswith("Right foot. ")
    switch = next(i for i, p in enumerate(plan) if p.phase is Phase.SWITCH)
    assert step_words(plan, switch).title == "Now the left foot"
    assert step_words(plan, switch - 1).next_line == "Next: switch feet"
    assert step_words(plan, len(plan) - 1).next_line == "Next: all done"


def test_the_clock_says_what_state_the_session_is_in() -> None:
    clock = FakeClock()
    s = Session(build_plan(make_routine(), Foot.LEFT), clock)
    ready = time_shown(s)
    assert (ready.caption, ready.play_label, ready.dimmed) == (
        "press Space to start",
        "Start",
        True,
    )
    assert ready.window_title.startswith("Ready · ")
    s.start()
    for _ in range(10):
        clock.advance(1)
        s.update()
    running = time_shown(s)
    assert (running.caption, running.play_label, running.dimmed) == ("", "Pause", False)
    assert 0 < running.progress < 1
    s.pause()
    assert (time_shown(s).caption, time_shown(s).play_label) == ("paused", "Carry on")


def test_the_start_page_words() -> None:
    routine = make_routine()
    info = start_info(Settings(), routine, None, day=3)
    assert (info.can_start, info.start_label) == (False, "Choose a foot to start")
    assert info.tip == TIPS[3 % len(TIPS)]
    assert start_info(Settings(), routine, Foot.LEFT, 0).can_start
    assert length_text(Settings(), routine).startswith("About ")


def test_the_summary_words() -> None:
    s = Session(build_plan(make_routine(), Foot.LEFT), FakeClock())
    words = summary_words(s, day=8)
    assert words.wind_down == WIND_DOWN_LINES[8 % len(WIND_DOWN_LINES)]
    assert f"0 of {len(s.plan)} steps" in words.stats


def test_the_scale_note_says_why_a_target_was_missed() -> None:
    routine = make_routine()
    lo, hi = total_range(routine)
    assert "allowed lengths" in scale_note(scale_to_total(routine, hi + 600), (lo, hi))
    exact = scale_to_total(routine, lo)
    assert scale_note(exact, (lo, hi)).startswith("Every step was scaled")
