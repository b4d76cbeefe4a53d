"""Voice guidance (issue 12): what a whole session says, in order, and how the voice keeps out
of the way of the sounds and the user. A stand-in engine records every word; one test drives
Qt's own QTextToSpeech with the ``mock`` engine that ships in the PySide6 wheel."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footcare_gui.core.plan import Phase
from footcare_gui.core.session import State
from footcare_gui.core.settings import Settings, VoiceDetail
from footcare_gui.core.spoken import (
    CARRYING_ON,
    NEXT_LEAD_SECONDS,
    PAUSED,
    as_sentence,
    next_utterance,
    step_utterance,
)
from footcare_gui.core.zones import Foot
from footcare_gui.ui.voice import (
    Speaker,
    no_answer_message,
    sentence_limit_ms,
    stopped_answering_message,
)
from tests.speech_standin import StandInSpeech
from tests.ui_harness import App, make_app

BASE = Settings(precautions_acknowledged=True)


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> App:
    return make_app(qtbot, tmp_path / "cfg")


def held_app(qtbot: QtBot, tmp_path: Path, settings: Settings = BASE) -> App:
    """An app whose engine goes on speaking each sentence until the test finishes it."""
    return make_app(qtbot, tmp_path / "cfg", settings=settings, speech=StandInSpeech(hold=True))


@pytest.mark.parametrize("first", [Foot.RIGHT, Foot.LEFT])
def test_a_whole_evening_says_every_step_once_in_order(
    qtbot: QtBot, tmp_path: Path, first: Foot
) -> None:
    app = make_app(qtbot, tmp_path / "cfg", foot=first)
    c = app.controller
    c.begin()
    assert c.session is not None
    plan = c.session.plan
    app.run(c.session.total + 1)
    assert c.session.state is State.FINISHED
    wind_down = app.window.summary_page.line.text()
    expected = [step_utterance(plan, i).text for i in range(len(plan))]
    assert app.speech.said == [*expected, as_sentence(wind_down)]
    on_foot = next(i for i, p in enumerate(plan) if p.foot is not None)
    assert app.speech.said[on_foot].startswith(f"{first.label}.")
    switch = next(i for i, p in enumerate(plan) if p.phase is Phase.SWITCH)
    assert app.speech.said[switch].startswith(f"Now the {first.other.value} foot.")
    assert app.speech.said[switch + 1].startswith(f"{first.other.label}.")


def test_next_mid_sentence_stops_it_and_says_the_new_step(qtbot: QtBot, tmp_path: Path) -> None:
    app = held_app(qtbot, tmp_path)
    app.controller.begin()
    assert app.speech.speaking
    app.speech.events.clear()
    app.window.next_action.trigger()
    plan = app.controller.session.plan  # type: ignore[union-attr]
    assert app.speech.events[0] == "stop"
    assert app.speech.events[-1] == f"say: {step_utterance(plan, 1).text}"
    assert app.speech.said == [step_utterance(plan, 0).text, step_utterance(plan, 1).text]
    app.window.previous_action.trigger()
    assert app.speech.said[-1] == step_utterance(plan, 0).text


def test_pause_and_carry_on_are_said_only_when_the_user_asks(app: App) -> None:
    c = app.controller
    c.begin()
    app.window.toggle_action.trigger()  # the Space key's action
    assert app.speech.said[-1] == PAUSED
    app.window.toggle_action.trigger()
    assert app.speech.said[-1] == CARRYING_ON
    count = len(app.speech.said)
    app.clock.advance(60)  # the laptop slept: the session pauses itself, silently
    c.tick()
    assert c.session is not None and c.session.state is State.PAUSED
    assert len(app.speech.said) == count


def test_restart_says_the_first_step_again_or_nothing_when_paused(app: App) -> None:
    c = app.controller
    c.begin()
    app.run(50)
    assert c.session is not None and c.session.index > 0
    first = step_utterance(c.session.plan, 0).text
    app.window.restart_action.trigger()
    assert app.speech.said[-1] == first
    app.window.toggle_action.trigger()  # paused
    count = len(app.speech.said)
    app.window.restart_action.trigger()
    assert c.session.state is State.READY
    assert len(app.speech.said) == count


def test_waiting_at_each_step_says_the_step_then_carries_on(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=replace(BASE, auto_advance=False))
    c = app.controller
    c.begin()
    assert c.session is not None
    app.run(c.session.current.duration)
    assert c.session.state is State.PAUSED
    assert app.speech.said[-1] == step_utterance(c.session.plan, 1).text
    app.window.toggle_action.trigger()
    assert app.speech.said[-1] == CARRYING_ON
    assert c.session.running


def test_the_ticks_keep_quiet_while_the_voice_speaks(qtbot: QtBot, tmp_path: Path) -> None:
    app = held_app(qtbot, tmp_path)
    c = app.controller
    c.begin()
    assert c.session is not None
    app.run(c.session.current.duration - 2)  # two warning seconds pass, the voice still on
    assert app.sound.played == ["chime"]
    app.speech.finish()
    app.run(1)
    assert app.sound.played == ["chime", "tick"]


def test_an_engine_stuck_mid_sentence_is_given_up_and_the_ticks_come_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = held_app(qtbot, tmp_path)  # the sentence never ends, as a hung engine's
    voice = app.controller.runner.voice
    voice.speaker_factory = lambda parent: Speaker(parent, lambda: app.speech, limit_ms=lambda t: 5)
    messages: list[str] = []
    app.controller.status.connect(messages.append)
    c = app.controller
    c.begin()
    assert c.session is not None and len(app.speech.said) == 1
    qtbot.waitUntil(lambda: bool(messages), timeout=2000)
    assert messages == [stopped_answering_message()]
    assert not voice.busy
    app.run(c.session.current.duration - 2)
    assert app.sound.played == ["chime", "tick", "tick"]  # the last seconds warn again
    app.run(10)
    assert len(app.speech.said) == 1 and len(messages) == 1  # silent from then on, said once


def test_a_long_sentence_is_given_time_before_the_engine_counts_as_stuck() -> None:
    short, long_ = sentence_limit_ms("Right foot."), sentence_limit_ms("word " * 25)
    assert short >= 15_000
    assert long_ >= 15_000 + 2 * 25 * 60_000 // 80  # twice 25 words at a slow 80 a minute


def test_the_chime_plays_then_the_voice(qtbot: QtBot, app: App) -> None:
    app.controller.runner.voice.after_chime_ms = 20
    app.controller.begin()
    assert app.sound.played == ["chime"]
    assert app.speech.said == []
    assert app.controller.runner.voice.busy  # so a tick would wait too
    qtbot.waitUntil(lambda: len(app.speech.said) == 1, timeout=2000)


def test_next_is_said_near_the_end_when_asked(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=replace(BASE, voice_next=True))
    c = app.controller
    c.begin()
    assert c.session is not None
    plan = c.session.plan
    app.run(plan[0].duration - NEXT_LEAD_SECONDS - 1)
    assert len(app.speech.said) == 1
    app.run(1)
    assert app.speech.said[-1] == next_utterance(plan, 0).text  # type: ignore[union-attr]
    app.run(NEXT_LEAD_SECONDS)
    assert app.speech.said[-1] == step_utterance(plan, 1).text
    assert app.speech.said.count(next_utterance(plan, 0).text) == 1  # type: ignore[union-attr]


def test_title_only_and_the_options_reach_the_engine(qtbot: QtBot, tmp_path: Path) -> None:
    s = replace(BASE, voice_detail=VoiceDetail.TITLE, voice_rate=-5, voice_volume=40)
    app = make_app(qtbot, tmp_path / "cfg", settings=s)
    app.controller.begin()
    assert app.speech.said == ["Settle in."]
    assert app.speech.configured[-1] == ("Anna", -0.5, 0.4)
    app.settings.update(voice_name="Bert")
    app.window.next_action.trigger()
    assert app.speech.configured[-1] == ("Bert", -0.5, 0.4)
    assert app.speech.said[-1] == "Right foot. Stroke the whole foot."
    assert app.window.session_page.title.accessibleName() == app.speech.said[-1]


def test_voice_off_says_nothing_and_never_loads_the_engine(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=replace(BASE, voice=False))
    app.controller.begin()
    app.run(120)
    assert app.speech.said == []
    assert not app.controller.runner.voice.made
    assert app.sound.played[0] == "chime"


def test_v_and_the_start_page_switch_turn_the_voice_off_and_on(qtbot: QtBot, app: App) -> None:
    assert app.window.voice_action.isChecked()
    assert app.window.start_page.voice.isChecked()
    app.window.voice_action.trigger()
    assert not app.settings.settings.voice
    assert not app.window.start_page.voice.isChecked()
    app.window.start_page.voice.click()
    assert app.settings.settings.voice
    assert app.window.voice_action.isChecked()
    assert app.window.voice_action.shortcut().toString() == "V"


def test_turning_the_voice_off_mid_sentence_silences_it(qtbot: QtBot, tmp_path: Path) -> None:
    app = held_app(qtbot, tmp_path)
    app.controller.begin()
    assert app.speech.speaking
    app.window.voice_action.trigger()
    assert not app.speech.speaking
    app.window.next_action.trigger()
    assert len(app.speech.said) == 1


@pytest.mark.parametrize("opens", ["fail", "never"])
def test_no_engine_gives_one_message_and_a_session_with_chimes(
    qtbot: QtBot, tmp_path: Path, opens: str
) -> None:
    speech = StandInSpeech(opens=opens)
    app = make_app(qtbot, tmp_path / "cfg", speech=speech)
    voice = app.controller.runner.voice
    voice.speaker_factory = lambda parent: Speaker(parent, lambda: speech, timeout_ms=10)
    messages: list[str] = []
    app.controller.status.connect(messages.append)
    app.controller.begin()
    if opens == "never":
        qtbot.waitUntil(lambda: bool(messages), timeout=2000)
        assert messages == [no_answer_message()]
    else:
        assert messages == ["The speech engine failed (stand-in error)."]
    app.run(200)
    assert app.controller.session is not None and app.controller.session.index > 1
    assert app.sound.played.count("chime") > 2  # chimes carry on
    assert "tick" in app.sound.played  # and nothing waits for a voice that never comes
    assert speech.said == []
    assert len(messages) == 1
    assert "not spoken" in app.window.statusBar().currentMessage() or opens == "fail"


def test_no_voice_for_the_language_is_said_once(qtbot: QtBot, tmp_path: Path) -> None:
    speech = StandInSpeech(voice_list=StandInSpeech().voice_list[3:])  # German only
    app = make_app(qtbot, tmp_path / "cfg", speech=speech)
    messages: list[str] = []
    app.controller.status.connect(messages.append)
    app.controller.begin()
    app.run(100)
    assert len(messages) == 1
    assert "no voice for this language (en)" in messages[0]
    assert speech.said == []


def test_qt_mock_engine_speaks_a_step_change_and_finishes(qtbot: QtBot, tmp_path: Path) -> None:
    """The real QTextToSpeech, on its thread, with the test engine in the PySide6 wheel."""
    pytest.importorskip("PySide6.QtTextToSpeech")
    app = make_app(qtbot, tmp_path / "cfg")
    voice = app.controller.runner.voice
    voice.speaker_factory = lambda parent: Speaker(parent, engine="mock")
    with qtbot.waitSignal(voice.speaker.ready, timeout=5000):
        pass
    speaker = voice.speaker
    assert speaker.voices()  # the mock engine's English voices
    heard: list[bool] = []
    speaker.speaking_changed.connect(heard.append)
    app.controller.begin()
    with qtbot.waitSignals([speaker.speaking_changed] * 2, timeout=10000):
        app.window.next_action.trigger()  # cuts the first step off, says the second
    qtbot.waitUntil(lambda: not speaker.busy, timeout=10000)
    assert heard[0] is True and heard[-1] is False
    assert speaker.failure == ""
    app.window.close()  # closes the engine and its thread


def test_every_countrys_voices_of_the_language_are_listed(qtbot: QtBot) -> None:
    """QTextToSpeech.allVoices(QLocale("en")) lists en_US voices only: a British user never saw
    the British ones, and an engine with only en_GB voices seemed to have no English."""
    pytest.importorskip("PySide6.QtTextToSpeech")
    from PySide6.QtTextToSpeech import QTextToSpeech

    from footcare_gui.ui.speech_engine import language_voices

    tts = QTextToSpeech("mock")  # Bob and Anne en_GB, Charly and Mary en_US, Norwegian, Finnish
    found = {(v.name(), v.locale().name()) for v in language_voices(tts, "en")}
    assert found == {("Bob", "en_GB"), ("Anne", "en_GB"), ("Charly", "en_US"), ("Mary", "en_US")}
    assert language_voices(tts, "de") == []
    del tts


def test_the_doctor_counts_every_countrys_voices_of_the_language() -> None:
    pytest.importorskip("PySide6.QtTextToSpeech")
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "footcare_gui.doctor.try_speech", "mock", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    ).stdout
    assert json.loads(out.splitlines()[-1])["voices"] == 4
