"""Cue sounds (step chime, countdown tick, session finish) played through QSoundEffect.

QtMultimedia is imported and the effects are created only on the first :meth:`SoundPlayer.play`:
importing it costs ~21 ms and the first QSoundEffect loads the FFmpeg plugin (~14 ms, ~13 MiB),
which start-up should not pay, and a muted user never pays at all.

Sound is a nice-to-have here: when no audio output exists the player says so once through
:attr:`SoundPlayer.unavailable` and then stays silent; :meth:`SoundPlayer.play` never raises.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from footcare_gui.assets import asset_path
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

NO_OUTPUT_MESSAGE = QT_TRANSLATE_NOOP("Sound", "No audio output found: sounds are off for now.")
NO_SUPPORT_MESSAGE = QT_TRANSLATE_NOOP(
    "Sound", "Sound is not supported on this system: sounds are off for now."
)
PLAY_FAILED_MESSAGE = QT_TRANSLATE_NOOP(
    "Sound", "Sounds could not be played: sounds are off for now."
)


class Cue(StrEnum):
    """A sound the session can make; the value names ``assets/sounds/<value>.wav``."""

    CHIME = "chime"
    TICK = "tick"
    FINISH = "finish"


QUIET_MULTIMEDIA_LOG = "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg.info=false"


def cue_path(cue: Cue) -> Path:
    """Return the WAV file of ``cue``."""
    return asset_path("sounds", f"{cue}.wav")


def perceived_to_linear(percent: int) -> float:
    """Map a 0..100 volume setting to QSoundEffect's linear 0..1 gain.

    Loudness is heard roughly logarithmically, so a linear gain crowds all the audible change
    into the bottom of the slider. Squaring is a cheap approximation of a perceptual curve:
    50 % becomes 0.25 (-12 dB), which sounds about "half as loud".
    """
    clamped = max(0, min(100, percent))
    return (clamped / 100) ** 2


class SoundBackend(Protocol):
    """One loaded sound that can be played; QSoundEffect in the app, a recorder in tests."""

    def play(self) -> None: ...

    def set_volume(self, volume: float) -> None:
        """Set the linear gain, 0..1."""

    def is_ok(self) -> bool:
        """Return False once the sound is known not to be playable."""


class _SoundUnavailableError(Exception):
    """Raised while setting up Qt audio; the message is shown to the user."""


class SoundPlayer(QObject):
    """Plays the session's cue sounds, or explains once why it can't."""

    unavailable = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        backend_factory: Callable[[Path], SoundBackend] | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = backend_factory
        self._backends: dict[Cue, SoundBackend] = {}
        self._volume = 80
        self._muted = False
        self._failed = False

    @property
    def available(self) -> bool:
        """False once the player has found that it cannot make sound."""
        return not self._failed

    def set_volume(self, percent: int) -> None:
        """Set the volume, 0..100 (values outside are clamped)."""
        self._volume = max(0, min(100, percent))
        gain = perceived_to_linear(self._volume)
        try:
            for backend in self._backends.values():
                backend.set_volume(gain)
        except Exception:
            log.exception("could not set the volume")
            self._fail(PLAY_FAILED_MESSAGE)

    def set_muted(self, muted: bool) -> None:
        """Mute or unmute; muting does not forget the volume."""
        self._muted = muted

    def play(self, cue: Cue) -> None:
        """Play ``cue`` unless muted, silent or unavailable. Never raises."""
        if self._muted or self._volume == 0 or self._failed:
            return
        if not self._backends:
            self._create_backends()
        backend = self._backends.get(cue)
        if backend is None:  # setting up failed, and unavailable was emitted
            return
        try:
            # A backend that already failed (e.g. a QSoundEffect in Error) plays nothing.
            if backend.is_ok():
                backend.play()
                return
        except Exception:
            log.exception("could not play %s", cue)
        self._fail(PLAY_FAILED_MESSAGE)

    # -- internals ---------------------------------------------------------------------

    def _create_backends(self) -> None:
        """Load every cue at once: later cues then sound without a loading delay."""
        try:
            factory = self._factory if self._factory is not None else self._qt_factory()
            gain = perceived_to_linear(self._volume)
            for cue in Cue:
                backend = factory(cue_path(cue))
                backend.set_volume(gain)
                self._backends[cue] = backend
        except _SoundUnavailableError as exc:
            self._fail(str(exc))
        except Exception:
            log.exception("could not set up sound")
            self._fail(PLAY_FAILED_MESSAGE)

    def _qt_factory(self) -> Callable[[Path], SoundBackend]:
        """Import QtMultimedia and check for an output; raise _SoundUnavailableError if not."""
        from PySide6.QtCore import QLoggingCategory

        # The FFmpeg backend reports every optional library it could not find (PipeWire, VA-API)
        # and its version: noise on a user's terminal. QT_LOGGING_RULES still overrides this.
        QLoggingCategory.setFilterRules(QUIET_MULTIMEDIA_LOG)
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:  # e.g. no libpulse.so.0, or a build without QtMultimedia
            log.warning("QtMultimedia unavailable: %s", exc)
            raise _SoundUnavailableError(NO_SUPPORT_MESSAGE) from exc
        if not QMediaDevices.audioOutputs():
            raise _SoundUnavailableError(NO_OUTPUT_MESSAGE)

        def make(path: Path) -> SoundBackend:
            return _QtSoundBackend(path, self, on_error=lambda: self._fail(PLAY_FAILED_MESSAGE))

        return make

    def _fail(self, message: str) -> None:
        """Turn sound off for this player and tell the user, the first time only."""
        if self._failed:
            return
        self._failed = True
        log.warning("sound off: %s", message)
        self.unavailable.emit(translate("Sound", message))  # the messages above, marked


class _QtSoundBackend:
    """A QSoundEffect for one file; reports an Error status through ``on_error``."""

    def __init__(self, path: Path, parent: QObject, on_error: Callable[[], None]) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        self._error_status = QSoundEffect.Status.Error
        self._effect = QSoundEffect(parent)
        self._on_error = on_error
        # Connect before setSource: loading is asynchronous and may fail at once.
        self._effect.statusChanged.connect(self._status_changed)
        self._effect.setSource(QUrl.fromLocalFile(str(path)))

    def play(self) -> None:
        # While the file is still loading QSoundEffect queues the play request.
        self._effect.play()

    def set_volume(self, volume: float) -> None:
        self._effect.setVolume(volume)

    def is_ok(self) -> bool:
        return self._effect.status() != self._error_status

    def _status_changed(self) -> None:
        if self._effect.status() == self._error_status:
            self._on_error()
