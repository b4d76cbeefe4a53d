"""SoundPlayer: lazy set-up, volume, mute, and staying quiet and polite without audio."""

from __future__ import annotations

import sys
import wave
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from footcare_gui.ui.sound import (
    NO_OUTPUT_MESSAGE,
    PLAY_FAILED_MESSAGE,
    Cue,
    SoundPlayer,
    cue_path,
    perceived_to_linear,
)


class RecordingBackend:
    """Stands in for a QSoundEffect: records what it was asked to do."""

    def __init__(self, path: Path, log: list[tuple[str, object]], ok: bool = True) -> None:
        self.path = path
        self.log = log
        self.ok = ok

    def play(self) -> None:
        self.log.append(("play", self.path.stem))

    def set_volume(self, volume: float) -> None:
        self.log.append(("volume", volume))

    def is_ok(self) -> bool:
        return self.ok


class RecordingFactory:
    def __init__(self, ok: bool = True) -> None:
        self.calls: list[Path] = []
        self.log: list[tuple[str, object]] = []
        self.backends: list[RecordingBackend] = []
        self.ok = ok

    def __call__(self, path: Path) -> RecordingBackend:
        self.calls.append(path)
        backend = RecordingBackend(path, self.log, self.ok)
        self.backends.append(backend)
        return backend

    def plays(self) -> list[object]:
        return [what for kind, what in self.log if kind == "play"]


@pytest.fixture
def factory() -> RecordingFactory:
    return RecordingFactory()


@pytest.fixture
def player(qtbot: QtBot, factory: RecordingFactory) -> SoundPlayer:
    return SoundPlayer(backend_factory=factory)


# -- assets ------------------------------------------------------------------------------


@pytest.mark.parametrize("cue", list(Cue))
def test_every_cue_has_a_small_mono_16_bit_wav(cue: Cue) -> None:
    path = cue_path(cue)
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getframerate() in {44_100, 48_000}
        seconds = wav.getnframes() / wav.getframerate()
    assert 0.03 < seconds < 3.0
    assert path.stat().st_size < 300_000


@pytest.mark.parametrize("cue", list(Cue))
def test_cue_sounds_are_quiet_and_never_clip(cue: Cue) -> None:
    with wave.open(str(cue_path(cue)), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
    samples = memoryview(frames).cast("h")
    if sys.byteorder != "little":  # WAV is little-endian
        pytest.skip("sample check written for little-endian hosts")
    peak = max(abs(s) for s in samples) / 32768
    assert 0.05 < peak < 0.3  # roughly -26..-10 dBFS: audible, well clear of clipping
    assert abs(samples[0]) < 500  # starts softly...
    assert abs(samples[-1]) < 50  # ...and ends without a click


# -- volume curve ------------------------------------------------------------------------


def test_volume_curve_is_perceptual_and_clamped() -> None:
    assert perceived_to_linear(0) == 0.0
    assert perceived_to_linear(100) == 1.0
    assert perceived_to_linear(50) == pytest.approx(0.25)
    assert perceived_to_linear(150) == 1.0
    assert perceived_to_linear(-5) == 0.0


# -- with a stand-in backend ---------------------------------------------------------------


def test_nothing_is_created_before_the_first_play(
    player: SoundPlayer, factory: RecordingFactory
) -> None:
    player.set_volume(40)
    player.set_muted(False)
    assert factory.calls == []
    assert player.available


def test_play_chime_plays_the_chime_file(player: SoundPlayer, factory: RecordingFactory) -> None:
    player.play(Cue.CHIME)
    assert factory.plays() == ["chime"]
    assert {p.name for p in factory.calls} == {"chime.wav", "tick.wav", "finish.wav"}
    assert all(p.is_file() for p in factory.calls)


def test_each_cue_plays_its_own_sound_and_backends_are_reused(
    player: SoundPlayer, factory: RecordingFactory
) -> None:
    player.play(Cue.TICK)
    player.play(Cue.TICK)
    player.play(Cue.FINISH)
    assert factory.plays() == ["tick", "tick", "finish"]
    assert len(factory.calls) == len(Cue)


def test_volume_maps_through_the_curve(player: SoundPlayer, factory: RecordingFactory) -> None:
    player.set_volume(50)
    player.play(Cue.CHIME)
    volumes = [v for kind, v in factory.log if kind == "volume"]
    assert volumes == [pytest.approx(0.25)] * len(Cue)  # set on creation

    factory.log.clear()
    player.set_volume(100)
    volumes = [v for kind, v in factory.log if kind == "volume"]
    assert volumes == [1.0] * len(Cue)  # and updated on every loaded effect


def test_muted_plays_nothing_and_creates_nothing(
    player: SoundPlayer, factory: RecordingFactory
) -> None:
    player.set_muted(True)
    player.play(Cue.CHIME)
    assert factory.calls == []
    player.set_muted(False)
    player.play(Cue.CHIME)
    assert factory.plays() == ["chime"]


def test_volume_zero_plays_nothing(player: SoundPlayer, factory: RecordingFactory) -> None:
    player.set_volume(0)
    player.play(Cue.FINISH)
    assert factory.calls == []
    assert factory.plays() == []


def test_failing_backend_is_reported_once_and_never_raises(qtbot: QtBot) -> None:
    factory = RecordingFactory(ok=False)
    player = SoundPlayer(backend_factory=factory)
    messages: list[str] = []
    player.unavailable.connect(messages.append)

    player.play(Cue.CHIME)
    player.play(Cue.TICK)
    assert messages == [PLAY_FAILED_MESSAGE]
    assert factory.plays() == []
    assert not player.available


def test_factory_that_raises_is_reported_once(qtbot: QtBot) -> None:
    def broken(path: Path) -> RecordingBackend:
        raise OSError("device vanished")

    player = SoundPlayer(backend_factory=broken)
    messages: list[str] = []
    player.unavailable.connect(messages.append)
    player.play(Cue.CHIME)
    player.play(Cue.CHIME)
    assert messages == [PLAY_FAILED_MESSAGE]
    assert not player.available


def test_backend_raising_on_play_is_contained(qtbot: QtBot) -> None:
    class Exploding(RecordingBackend):
        def play(self) -> None:
            raise RuntimeError("boom")

    player = SoundPlayer(backend_factory=lambda p: Exploding(p, []))
    with qtbot.waitSignal(player.unavailable, timeout=1000) as blocker:
        player.play(Cue.TICK)
    assert blocker.args == [PLAY_FAILED_MESSAGE]


# -- the real Qt path, on this machine with no audio device ---------------------------------


def _qt_multimedia() -> Any:
    """QtMultimedia, or a skip where the system cannot load it (no libpulse.so.0): the app
    then runs silent, which ``test_missing_qtmultimedia_is_reported`` checks."""
    return pytest.importorskip(
        "PySide6.QtMultimedia",
        reason="QtMultimedia cannot load here (install libpulse0)",
        exc_type=ImportError,
    )


def _has_audio_output() -> bool:
    return bool(_qt_multimedia().QMediaDevices.audioOutputs())


def test_no_audio_device_emits_unavailable_once(qtbot: QtBot) -> None:
    if _has_audio_output():
        pytest.skip("this machine has an audio output")
    player = SoundPlayer()
    assert player.available  # not known yet: nothing has been tried
    with qtbot.waitSignal(player.unavailable, timeout=1000) as blocker:
        player.play(Cue.CHIME)
    assert blocker.args == [NO_OUTPUT_MESSAGE]
    assert not player.available

    with qtbot.assertNotEmitted(player.unavailable, wait=50):
        player.play(Cue.CHIME)
        player.play(Cue.TICK)
        player.play(Cue.FINISH)
        player.set_volume(30)


def test_first_play_quiets_the_multimedia_backend_chatter(qtbot: QtBot) -> None:
    """Qt's notes about optional codec libraries stay off the user's terminal."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("")
    resolver = QLoggingCategory("qt.multimedia.symbolsresolver")
    assert resolver.isWarningEnabled()
    SoundPlayer().play(Cue.TICK)
    assert not resolver.isWarningEnabled()
    assert QLoggingCategory("qt.multimedia.ffmpeg").isWarningEnabled()  # real trouble still shows


def test_real_player_with_an_output_plays_without_raising(qtbot: QtBot) -> None:
    if not _has_audio_output():
        pytest.skip("no audio output on this machine")
    player = SoundPlayer()
    messages: list[str] = []
    player.unavailable.connect(messages.append)
    player.set_volume(1)  # barely audible on a developer's machine
    player.play(Cue.TICK)
    assert messages in ([], [PLAY_FAILED_MESSAGE])


def test_missing_qtmultimedia_is_reported(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes the import raise ImportError, as on a system without libpulse.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    player = SoundPlayer()
    messages: list[str] = []
    player.unavailable.connect(messages.append)
    player.play(Cue.CHIME)
    player.play(Cue.CHIME)
    assert len(messages) == 1
    assert "sounds are off" in messages[0]
    assert not player.available


def test_qt_effect_error_status_is_reported(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A QSoundEffect that cannot load its file goes to Error: the player notices."""
    QMediaDevices = _qt_multimedia().QMediaDevices  # noqa: N806 (the Qt class)

    import footcare_gui.ui.sound as sound

    # Pretend an output exists so the real QSoundEffect path runs, then give it a bad file.
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: [object()]))
    monkeypatch.setattr(sound, "cue_path", lambda cue: Path("/nonexistent/footcare.wav"))
    player = SoundPlayer()
    with qtbot.waitSignal(player.unavailable, timeout=5000) as blocker:
        player.play(Cue.CHIME)
    assert blocker.args == [PLAY_FAILED_MESSAGE]
    with qtbot.assertNotEmitted(player.unavailable, wait=50):
        player.play(Cue.CHIME)
