"""What the voice says, worked out in core without Qt (issue 12)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footcare_gui.assets import asset_path
from footcare_gui.core.plan import Phase, build_plan
from footcare_gui.core.routines import Routine, load_routines, parse_routine
from footcare_gui.core.settings import VoiceDetail
from footcare_gui.core.spoken import (
    MAX_LINE_WORDS,
    NEXT_LEAD_SECONDS,
    as_sentence,
    choose_voice,
    closing_utterance,
    first_sentence,
    locale_territory,
    next_due,
    next_utterance,
    speakable_problems,
    spoken_instruction,
    spoken_title,
    step_utterance,
)
from footcare_gui.core.zones import Foot
from tests.plans import make_routine

ROUTINES = load_routines(asset_path("routines")).routines


def test_first_sentence_and_sentence_endings() -> None:
    assert first_sentence("Hold one toe. Let go, then move on.") == "Hold one toe."
    assert first_sentence("Not soaking tonight? Skip it.") == "Not soaking tonight?"
    assert first_sentence("One sentence only") == "One sentence only"
    assert as_sentence("Stretch each toe") == "Stretch each toe."
    assert as_sentence("Ready?") == "Ready?"
    assert as_sentence("Trailing comma,") == "Trailing comma."


@given(st.text(max_size=200))
def test_first_sentence_is_a_prefix_of_the_text(text: str) -> None:
    tidy = " ".join(text.split())
    assert tidy.startswith(first_sentence(text))


@pytest.mark.parametrize("first", list(Foot))
def test_the_foot_is_said_on_its_first_step_and_at_the_switch(first: Foot) -> None:
    plan = build_plan(make_routine(), first)
    lines = [step_utterance(plan, i).lines for i in range(len(plan))]
    foot_said = [i for i, ls in enumerate(lines) if ls[0] in ("Left foot.", "Right foot.")]
    first_of_each = [
        i for i, p in enumerate(plan) if p.foot is not None and plan[i - 1].foot is not p.foot
    ]
    assert foot_said == first_of_each
    assert lines[foot_said[0]][0] == f"{first.label}."
    assert lines[foot_said[1]][0] == f"{first.other.label}."
    switch = next(i for i, p in enumerate(plan) if p.phase is Phase.SWITCH)
    assert lines[switch][0] == f"Now the {first.other.value} foot."


def test_title_only_leaves_out_what_to_do() -> None:
    plan = build_plan(ROUTINES["evening-reflexology"], Foot.RIGHT)
    full = step_utterance(plan, 1)
    short = step_utterance(plan, 1, VoiceDetail.TITLE)
    assert full.lines == (
        "Right foot.",
        "Stroke the whole foot.",
        "Wrap both hands around the foot and glide from the toes to the heel, gently and steadily.",
    )
    assert short.lines == full.lines[:2]
    assert short.language == "en"


def test_a_step_without_a_say_line_speaks_its_instructions_first_sentence() -> None:
    plan = build_plan(make_routine(), Foot.LEFT)
    assert step_utterance(plan, 0).text == "Prep. Do prep."


def test_the_say_field_is_read_and_checked_like_any_text() -> None:
    text = (asset_path("routines") / "quick-wind-down.toml").read_text(encoding="utf-8")
    routine = parse_routine(text)
    assert routine.steps[0].say.startswith("Rub a little oil")
    assert spoken_instruction(routine.steps[0]) == routine.steps[0].say
    broken = text.replace('say = "Rub a little oil', "say = 3 #", 1)
    with pytest.raises(ValueError, match="field 'say'"):
        parse_routine(broken)


def test_next_is_said_in_long_steps_only_near_their_end() -> None:
    assert next_due(NEXT_LEAD_SECONDS, 60)
    assert next_due(1, 60)
    assert not next_due(NEXT_LEAD_SECONDS + 1, 60)
    assert not next_due(0, 60)
    assert not next_due(3, 2 * NEXT_LEAD_SECONDS - 1)  # short steps keep their own words
    plan = build_plan(ROUTINES["evening-reflexology"], Foot.RIGHT)
    assert next_utterance(plan, 0) is not None
    assert next_utterance(plan, 0).text == "Next: Stroke the whole foot."  # type: ignore[union-attr]
    switch = next(i for i, p in enumerate(plan) if p.phase is Phase.SWITCH)
    assert next_utterance(plan, switch - 1).text == "Next: switch feet."  # type: ignore[union-attr]
    assert next_utterance(plan, len(plan) - 1) is None


def test_titles_lose_their_asides_aloud() -> None:
    soak = ROUTINES["full-foot-care"].step("warm-soak")
    assert soak.title == "Soak the feet (optional)"
    assert spoken_title(soak) == "Soak the feet."
    assert closing_utterance("Sleep well").text == "Sleep well."


@pytest.mark.parametrize(
    "line", ["Hold 1:30.", "Press L/R.", "Toes & heel.", "Wait 5 min.", "e.g. this"]
)
def test_lines_a_voice_reads_badly_are_caught(line: str) -> None:
    assert speakable_problems(line)


def test_long_lines_are_caught() -> None:
    assert speakable_problems(" ".join(["word"] * (MAX_LINE_WORDS + 1)))
    assert speakable_problems(" ".join(["word"] * MAX_LINE_WORDS)) == []


@pytest.mark.parametrize("routine", list(ROUTINES.values()), ids=list(ROUTINES))
def test_every_step_of_every_routine_has_speakable_text(routine: Routine) -> None:
    assert len(ROUTINES) >= 3
    for first in Foot:
        plan = build_plan(routine, first)
        for i in range(len(plan)):
            for detail in VoiceDetail:
                for line in step_utterance(plan, i, detail).lines:
                    assert speakable_problems(line) == [], (plan[i].key, line)
            following = next_utterance(plan, i)
            if following is not None:
                assert speakable_problems(following.text) == []
    for step in routine.all_steps:
        assert step.say, f"{routine.id}/{step.id} has no say line written for the ear"


def test_choose_voice_prefers_the_saved_one_then_a_plain_voice_of_the_language() -> None:
    voices = [("Hindi", "hi_IN"), ("English+Annie", "en_GB"), ("English", "en_GB"), ("Am", "en_US")]
    assert choose_voice(voices, "en") == "English"
    assert choose_voice(voices, "en", preferred="en_US") == "Am"
    assert choose_voice(voices, "en", saved="English+Annie") == "English+Annie"
    assert choose_voice(voices, "en", saved="Hindi") == "English"  # not for this language
    assert choose_voice(voices, "de") is None


@given(
    st.lists(st.tuples(st.text(max_size=12), st.sampled_from(["en_GB", "en-US", "de_DE", "C"]))),
    st.sampled_from(["en", "de", "fr"]),
    st.text(max_size=12),
)
def test_choose_voice_only_ever_picks_a_voice_of_the_language(
    voices: list[tuple[str, str]], language: str, saved: str
) -> None:
    chosen = choose_voice(voices, language, saved)
    fitting = [n for n, loc in voices if loc.replace("-", "_").split("_")[0] == language]
    if fitting:
        assert chosen in fitting
    else:
        assert chosen is None


# What speech-dispatcher lists with espeak-ng 1.51 (Debian 12), plain voices and one variant,
# in the engine's order: "English (Caribbean)" comes first and is filed under en_US.
ESPEAK = [
    ("English (Caribbean)", "en_US"),
    ("English (Caribbean)+Adam", "en_US"),
    ("English (America)", "en_US"),
    ("English (America, New York City)", "en_US"),
    ("English (Scotland)", "en_GB"),
    ("English (Great Britain)", "en_GB"),
    ("English (Lancaster)", "en_GB"),
    ("English (Received Pronunciation)", "en_GB"),
    ("German+Annie", "de_DE"),
    ("German", "de_DE"),
    ("Spanish (Latin America)", "es_419"),
    ("Spanish (Spain)", "es_ES"),
    ("Hindi", "hi_IN"),
]


@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [
        ("en", "C", "English (America)"),
        ("en", "", "English (America)"),
        ("en", "en_US", "English (America)"),
        ("en", "en_GB", "English (Great Britain)"),
        ("en", "en_AU", "English (Great Britain)"),  # no Australian voice: the nearest
        ("en", "en_CA", "English (America)"),
        ("en", "de_DE", "English (America)"),  # --lang en on a German system
        ("de", "C", "German"),
        ("de", "de_AT", "German"),
        ("de", "en_GB", "German"),
        ("es", "C", "Spanish (Spain)"),
        ("es", "es_ES", "Spanish (Spain)"),
        ("es", "es_MX", "Spanish (Latin America)"),
        ("es", "es_419", "Spanish (Latin America)"),
        ("es", "en_US", "Spanish (Latin America)"),  # Spanish in the United States
        ("es", "en_GB", "Spanish (Spain)"),
    ],
)
def test_the_voice_is_the_usual_one_of_the_language_or_the_systems_country(
    language: str, system: str, expected: str
) -> None:
    assert choose_voice(ESPEAK, language, preferred=system) == expected


def test_the_users_choice_always_wins_when_it_speaks_the_language() -> None:
    for system in ("C", "en_GB", "en_US"):
        saved = "English (Caribbean)+Adam"
        assert choose_voice(ESPEAK, "en", saved=saved, preferred=system) == saved
    assert choose_voice(ESPEAK, "de", saved="English (Scotland)", preferred="C") == "German"


def test_windows_voice_names_are_ranked_too() -> None:
    voices = [
        ("Microsoft Hazel Desktop - English (Great Britain)", "en_GB"),
        ("Microsoft Zira Desktop - English (United States)", "en_US"),
    ]
    assert choose_voice(voices, "en", preferred="C") == voices[1][0]
    assert choose_voice(voices, "en", preferred="en_IE") == voices[0][0]


@pytest.mark.parametrize(
    ("locale", "territory"),
    [
        ("en_GB.UTF-8", "GB"),
        ("es-419", "419"),
        ("de", ""),
        ("C", ""),
        ("", ""),
        ("sr_RS@latin", "RS"),
        ("zh-Hans-CN", "CN"),
        ("en_us", "US"),
    ],
)
def test_locale_territory(locale: str, territory: str) -> None:
    assert locale_territory(locale) == territory
