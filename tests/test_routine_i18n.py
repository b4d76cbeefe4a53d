"""Routine texts in German and Spanish (issue 15): overlays complete, checked like routines,
English string by string where one is missing; the session and the voice in the language."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footcare_gui.assets import asset_path
from footcare_gui.core import i18n
from footcare_gui.core.plan import build_plan
from footcare_gui.core.routine_i18n import apply_overlay, localized, overlay_path
from footcare_gui.core.routines import RoutineError, load_routines
from footcare_gui.core.spoken import speakable_problems, step_utterance
from footcare_gui.core.zones import Foot
from tests.ui_harness import make_app

FOLDER = asset_path("routines")
BUILT_IN = load_routines(FOLDER).routines


@pytest.mark.parametrize("lang", ["de", "es"])
def test_every_routine_has_every_text_in(lang: str) -> None:
    out, errors = localized(BUILT_IN, FOLDER, lang)
    assert errors == []
    missing = []
    for rid, english in BUILT_IN.items():
        assert overlay_path(FOLDER, rid, lang).is_file()
        ours = out[rid]
        for key in ("title", "summary", "intro"):
            if getattr(ours, key) == getattr(english, key):
                missing.append(f"{rid}: {key}")
        for mine, theirs in zip(ours.all_steps, english.all_steps, strict=True):
            assert (mine.id, mine.zones, mine.duration) == (
                theirs.id,
                theirs.zones,
                theirs.duration,
            )
            for key in ("title", "instruction", "say", "why"):
                if getattr(theirs, key) and getattr(mine, key) == getattr(theirs, key):
                    missing.append(f"{rid}, step {mine.id}: {key}")
            assert not speakable_problems(mine.say or mine.instruction), (rid, mine.id)
    assert not missing, "\n".join(missing)


def test_an_unknown_step_or_key_is_an_error_and_a_missing_text_stays_english() -> None:
    english = BUILT_IN["quick-wind-down"]
    with pytest.raises(RoutineError, match="not a step"):
        apply_overlay(english, {"steps": {"no-such-step": {"title": "X"}}}, "x.de.toml")
    with pytest.raises(RoutineError, match="not a translatable field"):
        apply_overlay(english, {"steps": {"warm-oil": {"duration": 5}}}, "x.de.toml")
    with pytest.raises(RoutineError, match="not a known field"):
        apply_overlay(english, {"titel": "X"}, "x.de.toml")
    with pytest.raises(RoutineError, match="non-empty"):
        apply_overlay(english, {"steps": {"warm-oil": {"why": " "}}}, "x.de.toml")
    with pytest.raises(RoutineError, match="at most"):
        apply_overlay(english, {"title": "x" * 61}, "x.de.toml")
    partly = apply_overlay(english, {"steps": {"warm-oil": {"title": "Öl wärmen"}}}, "x.de.toml")
    warm = partly.step("warm-oil")
    assert warm.title == "Öl wärmen"
    assert warm.instruction == english.step("warm-oil").instruction
    assert partly.title == english.title


def test_a_damaged_overlay_is_named_and_the_routine_stays_english(tmp_path: Path) -> None:
    (tmp_path / "i18n").mkdir()
    overlay_path(tmp_path, "quick-wind-down", "de").write_text("title = [", "utf-8")
    out, errors = localized(BUILT_IN, tmp_path, "de")
    assert out["quick-wind-down"] == BUILT_IN["quick-wind-down"]
    assert len(errors) == 1 and "quick-wind-down.de.toml" in str(errors[0])


def test_the_spoken_lines_follow_the_language() -> None:
    out, _ = localized(BUILT_IN, FOLDER, "de")
    i18n.install(lambda c, s, d=None, n=-1: s, "de")  # the texts are German from here on
    plan = build_plan(out["evening-reflexology"], Foot.LEFT)
    said = step_utterance(plan, 1)
    assert said.language == "de"
    assert "Fuß" in said.text


@pytest.mark.parametrize(
    ("lang", "first", "heading", "done"),
    [("de", "Ankommen", "Geschafft", "Fußpflege"), ("es", "Acomódate", "Terminado", "cuidado")],
)
def test_a_whole_evening_runs_in_the_language(
    qtbot: QtBot, tmp_path: Path, lang: str, first: str, heading: str, done: str
) -> None:
    app = make_app(qtbot, tmp_path / "cfg", foot=Foot.LEFT, lang=lang)
    c = app.controller
    assert app.window.start_page.heading.text() != "Evening foot care"
    c.begin()
    assert c.session is not None
    page = app.window.session_page
    assert page.title.text() == first
    assert page.next.text().startswith("Danach" if lang == "de" else "Después")
    plan = c.session.plan
    app.run(c.session.total + 1)
    assert app.window.windowTitle().startswith(heading)
    assert done in app.window.summary_page.stats.text()
    if lang == "de":  # the stand-in engine has a German voice: the voice speaks German
        expected = [step_utterance(plan, i).text for i in range(len(plan))]
        assert app.speech.said[: len(expected)] == expected
        assert app.speech.said[1].startswith("Linker Fuß.")
        assert any(s.startswith("Jetzt der rechte Fuß.") for s in app.speech.said)
