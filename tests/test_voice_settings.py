"""The voice's settings (issue 12): the v2 -> v3 migration, and Preferences -> Voice."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from footcare_gui.core.settings import SCHEMA_VERSION, VoiceDetail
from footcare_gui.core.settings_file import load_settings, migrate
from footcare_gui.ui.preferences_dialog import PreferencesDialog
from footcare_gui.ui.session_voice import SessionVoice
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.voice import Speaker
from tests.speech_standin import StandInSpeech

FIXTURES = Path(__file__).parent / "fixtures" / "settings"


def _load(tmp_path: Path, fixture: str) -> tuple[Path, object]:
    path = tmp_path / "settings.json"
    shutil.copy(FIXTURES / fixture, path)
    return path, load_settings(path)


def test_a_v2_user_who_had_turned_sounds_off_starts_with_voice_off(tmp_path: Path) -> None:
    path, outcome = _load(tmp_path, "v2-sound-off.json")
    s = outcome.settings  # type: ignore[attr-defined]
    assert (s.sound, s.voice) == (False, False)
    assert (s.first_foot.value, s.volume, s.durations) == (
        "left",
        35,
        {"quick-wind-down": {"arch-circles": 75}},
    )
    assert outcome.backup == path.with_name("settings.json.v2-backup")  # type: ignore[attr-defined]
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION
    assert load_settings(path).messages == ()  # migrated once, quiet afterwards


def test_a_v2_user_with_sounds_gets_the_voice_defaults(tmp_path: Path) -> None:
    _, outcome = _load(tmp_path, "v2-sound-on.json")
    s = outcome.settings  # type: ignore[attr-defined]
    assert s.voice is True
    assert (s.voice_name, s.voice_rate, s.voice_volume) == ("", 0, 80)
    assert (s.voice_detail, s.voice_next) == (VoiceDetail.FULL, False)


def test_the_v2_step_keeps_fields_it_does_not_know_and_a_voice_choice() -> None:
    data = {"schema_version": 2, "sound": False, "voice": True, "future": [1]}
    out = migrate(data, 2)
    assert out["voice"] is True  # already chosen: kept
    assert out["future"] == [1]
    assert data["schema_version"] == 2  # the input is not changed


def _dialog(qtbot: QtBot, tmp_path: Path, speech: StandInSpeech) -> PreferencesDialog:
    controller = SettingsController(tmp_path / "settings.json")
    voice = SessionVoice(controller, speaker_factory=lambda p: Speaker(p, lambda: speech))
    dialog = PreferencesDialog(controller, {}, voice=lambda: voice)
    qtbot.addWidget(dialog)
    return dialog


def test_the_voice_tab_lists_the_engines_voices_and_saves_choices(
    qtbot: QtBot, tmp_path: Path
) -> None:
    speech = StandInSpeech()
    dialog = _dialog(qtbot, tmp_path, speech)
    tab = dialog.voice
    assert speech.events == []  # no engine until the tab is shown
    dialog.show()
    dialog.tabs.setCurrentWidget(tab)
    assert speech.events[0] == "open"
    names = [tab.voice_combo.itemText(i) for i in range(tab.voice_combo.count())]
    assert names == ["Automatic (Anna)", "Anna", "Bert", "Anna+whisper"]  # English only
    assert tab.voice_combo.isEnabled()
    tab.voice_combo.setCurrentIndex(2)
    tab.voice_combo.activated.emit(2)
    tab.rate.setValue(4)
    tab.title_only.click()
    tab.say_next.click()
    tab.enabled.click()
    s = dialog.general._controller.settings
    assert (s.voice_name, s.voice_rate, s.voice_detail, s.voice_next, s.voice) == (
        "Bert",
        4,
        VoiceDetail.TITLE,
        True,
        False,
    )
    tab.try_button.click()
    assert speech.said[-1].startswith("Right foot. Stretch each toe.")


def test_the_voice_tab_says_why_there_is_no_voice(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, StandInSpeech(opens="fail"))
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.voice)
    assert "stand-in error" in dialog.voice.state.text()
    assert not dialog.voice.voice_combo.isEnabled()
    assert not dialog.voice.try_button.isEnabled()
    assert dialog.voice.enabled.isEnabled()  # the choice itself is kept for another day
