"""The one owner of the settings at run time: loads them, applies changes, saves them lazily.

Saves are debounced so that dragging a slider writes the file once, not a hundred times;
:meth:`SettingsController.flush` writes at once and must be called on quit.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from footcare_gui.core.i18n import translate
from footcare_gui.core.settings import Settings
from footcare_gui.core.settings_file import SettingsSaveError, load_settings, save_settings

SAVE_DELAY_MS = 500


class SettingsController(QObject):
    """Holds the current :class:`Settings`, announces changes and saves them."""

    changed = Signal(object)  # the new Settings
    message = Signal(str)  # user-facing text for the status bar
    saved = Signal()  # the file now holds the current settings

    def __init__(
        self, path: Path, parent: QObject | None = None, *, save_delay_ms: int = SAVE_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self._path = path
        outcome = load_settings(path)
        self._settings = outcome.settings
        self._read_only = outcome.read_only
        # The window connects to `message` only after this, so load messages wait here.
        self.startup_messages: list[str] = list(outcome.messages)
        self._pending = False
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)  # no need for a precise wake-up
        self._timer.setInterval(save_delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def path(self) -> Path:
        return self._path

    @property
    def read_only(self) -> bool:
        """True when this session never writes the file (newer version, unsafe to write)."""
        return self._read_only

    @property
    def save_pending(self) -> bool:
        return self._pending

    def update(self, **changes: Any) -> None:
        """Change some fields; raises ValueError/TypeError for an invalid value or name."""
        self.apply(replace(self._settings, **changes))

    def apply(self, settings: Settings) -> None:
        """Replace the whole settings (e.g. from a ``with_duration`` helper)."""
        if settings == self._settings:
            return
        self._settings = settings
        self.changed.emit(settings)
        if self._read_only:
            return
        self._pending = True
        self._timer.start()  # restarting it is the debounce

    def flush(self) -> bool:
        """Save now if a save is pending; return False only if that save failed."""
        self._timer.stop()
        if not self._pending or self._read_only:
            return True
        try:
            save_settings(self._path, self._settings)
        except SettingsSaveError as exc:
            # Say it once; later changes still try again quietly (the disk may free up).
            self._pending = False
            if not self._failing:
                self._failing = True
                line = translate(
                    "SettingsController",
                    "Settings cannot be saved: {error}. Changes last until you quit.",
                )
                self.message.emit(line.format(error=exc))
            return False
        self._pending = False
        if self._failing:
            self._failing = False
            self.message.emit(translate("SettingsController", "Settings are being saved again."))
        self.saved.emit()
        return True
