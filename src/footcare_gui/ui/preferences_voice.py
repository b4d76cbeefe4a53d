"""The Voice tab of Preferences: voice guidance on or off, which voice, its rate and volume,
and how much it says.

The speech engine is opened only when this tab is first shown (listing the voices needs it),
never merely because Preferences opened. When the platform has no engine or no voice for the
routine's language, the tab says why and what to install, and its controls stay disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.settings import Settings, VoiceDetail
from footcare_gui.ui.preferences_widgets import describe, form_box
from footcare_gui.ui.settings_controller import SettingsController

if TYPE_CHECKING:
    from footcare_gui.ui.session_voice import SessionVoice
    from footcare_gui.ui.voice import Speaker

SAMPLE = "Right foot. Stretch each toe. Hold one toe at a time and ease it gently outward."


class VoiceTab(QWidget):
    """Each control writes its setting at once; :meth:`sync` shows the settings."""

    def __init__(
        self,
        controller: SettingsController,
        voice: Callable[[], SessionVoice] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voicePage")
        self._controller = controller
        self._voice = voice
        self._speaker: Speaker | None = None
        self._settings = controller.settings
        col = QVBoxLayout(self)
        col.setSpacing(12)
        box, form = form_box(self.tr("Voice guidance"), "voiceGroup")
        col.addWidget(box)
        col.addStretch(1)

        self.enabled = QCheckBox(self.tr("Speak the steps aloud"))
        describe(
            self.enabled,
            "voiceEnabledCheck",
            self.tr("Speak the steps aloud"),
            self.tr("Hear each step, so your eyes can stay on your foot (V)"),
        )
        self.enabled.toggled.connect(lambda on: self._set(voice=on))
        form.addRow(QLabel(), self.enabled)

        self.state = QLabel(self.tr("The voices are listed when this page is shown."))
        self.state.setObjectName("voiceStateLabel")
        self.state.setWordWrap(True)
        self.state.setMinimumWidth(360)  # wrapped text in a form row gets too little width
        # And the field's whole width: the form measures a wrapped label's height at that
        # width, but gives a Preferred field only its size hint (a line too few was cut).
        policy = self.state.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.state.setSizePolicy(policy)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QLabel(), self.state)

        self.voice_combo = QComboBox()
        self.voice_combo.addItem(self.tr("Automatic"), "")
        self.voice_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        describe(
            self.voice_combo,
            "voiceCombo",
            self.tr("Voice"),
            self.tr("The speech engine's voices for the language of the routine"),
        )
        self.voice_combo.activated.connect(
            lambda _i: self._set(voice_name=str(self.voice_combo.currentData() or ""))
        )
        form.addRow(self.tr("V&oice:"), self.voice_combo)

        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(-10, 10)
        self.rate.setPageStep(2)
        describe(self.rate, "voiceRateSlider", self.tr("Rate"), self.tr("Slower or faster speech"))
        self.rate.valueChanged.connect(lambda v: self._set(voice_rate=v))
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(self.tr("Slower")))
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(QLabel(self.tr("Faster")))
        form.addRow(self.tr("&Rate:"), rate_row)
        self._buddy(form, rate_row, self.rate)

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        describe(
            self.volume, "voiceVolumeSlider", self.tr("Voice volume"), self.tr("How loud, 0 to 100")
        )
        self.volume.valueChanged.connect(lambda v: self._set(voice_volume=v))
        self.volume_value = QLabel()
        self.volume_value.setObjectName("voiceVolumeValueLabel")
        self.volume_value.setMinimumWidth(
            self.volume_value.fontMetrics().horizontalAdvance("100 %")
        )
        self.volume_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_value)
        form.addRow(self.tr("Vo&lume:"), volume_row)
        self._buddy(form, volume_row, self.volume)

        self.full = QRadioButton(self.tr("Say the full instruction"))
        describe(
            self.full,
            "voiceFullRadio",
            self.tr("Say the full instruction"),
            self.tr("At each step: its title, then what to do"),
        )
        self.title_only = QRadioButton(self.tr("Say the title only"))
        describe(
            self.title_only,
            "voiceTitleRadio",
            self.tr("Say the title only"),
            self.tr("At each step: only its title"),
        )
        detail = QButtonGroup(self)
        detail.addButton(self.full)
        detail.addButton(self.title_only)
        detail.buttonClicked.connect(
            lambda b: self._set(
                voice_detail=VoiceDetail.FULL if b is self.full else VoiceDetail.TITLE
            )
        )
        detail_box = QWidget()
        detail_col = QVBoxLayout(detail_box)
        detail_col.setContentsMargins(0, 0, 0, 0)
        detail_col.addWidget(self.full)
        detail_col.addWidget(self.title_only)
        form.addRow(self.tr("At each step:"), detail_box)

        self.say_next = QCheckBox(self.tr("Say what comes next near the end of a step"))
        describe(
            self.say_next,
            "voiceNextCheck",
            self.tr("Say what comes next"),
            self.tr("About eight seconds before a step ends: “Next: …”"),
        )
        self.say_next.toggled.connect(lambda on: self._set(voice_next=on))
        form.addRow(QLabel(), self.say_next)

        self.try_button = QPushButton(self.tr("&Try the voice"))
        describe(
            self.try_button,
            "voiceTryButton",
            self.tr("Try the voice"),
            self.tr("Hear a step as it will sound"),
        )
        self.try_button.setAutoDefault(False)
        self.try_button.clicked.connect(self._try)
        form.addRow(QLabel(), self.try_button)
        self._controls: list[QWidget] = [
            self.voice_combo,
            self.rate,
            self.volume,
            self.full,
            self.title_only,
            self.say_next,
            self.try_button,
        ]

    @staticmethod
    def _buddy(form: object, row: QHBoxLayout, field: QWidget) -> None:
        from PySide6.QtWidgets import QFormLayout

        if isinstance(form, QFormLayout):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(field)

    def _set(self, **changes: object) -> None:
        self._controller.update(**changes)

    # -- the engine -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.open_engine()

    def open_engine(self) -> None:
        """Open the speech engine (once) to list its voices."""
        if self._speaker is not None or self._voice is None:
            if self._voice is None:
                self._show_state(self.tr("Voice guidance is not available here."), False)
            return
        speaker = self._speaker = self._voice().speaker
        speaker.ready.connect(self._list_voices)
        speaker.unavailable.connect(lambda why: self._show_state(why, False))
        if speaker.failure:
            self._show_state(speaker.failure, False)
        elif speaker.is_ready:
            self._list_voices()
        else:
            self._show_state(self.tr("Looking for voices…"), False)

    def _list_voices(self) -> None:
        speaker = self._speaker
        if speaker is None:
            return
        voices = speaker.voices()
        # Plain voices first, then an engine's variants of them (espeak's "+Annie").
        names = sorted((v.name for v in voices), key=lambda n: ("+" in n, n.casefold()))
        with_blocked = self.voice_combo.blockSignals(True)
        self.voice_combo.clear()
        best = speaker.voice_for() or ""
        self.voice_combo.addItem(self.tr("Automatic ({voice})").format(voice=best), "")
        for name in names:
            self.voice_combo.addItem(name, name)
        self.voice_combo.blockSignals(with_blocked)
        count = len(names)
        self._show_state(self.tr("{count} voices for this language.").format(count=count), True)
        self.sync(self._settings)

    def _show_state(self, text: str, usable: bool) -> None:
        self.state.setText(text)
        for w in self._controls:
            w.setEnabled(usable)
        if usable:
            self.volume_value.setEnabled(True)

    def _try(self) -> None:
        from footcare_gui.core.spoken import Utterance

        if self._speaker is not None:
            self._speaker.speak(Utterance((SAMPLE,)))

    # -- showing ----------------------------------------------------------------------------
    def sync(self, settings: Settings) -> None:
        """Show ``settings`` in every control without feeding the change back."""
        self._settings = settings
        widgets: list[QWidget] = [
            self.enabled,
            self.voice_combo,
            self.rate,
            self.volume,
            self.full,
            self.title_only,
            self.say_next,
        ]
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            self.enabled.setChecked(settings.voice)
            self.voice_combo.setCurrentIndex(max(0, self.voice_combo.findData(settings.voice_name)))
            self.rate.setValue(settings.voice_rate)
            self.volume.setValue(settings.voice_volume)
            full = settings.voice_detail is VoiceDetail.FULL
            (self.full if full else self.title_only).setChecked(True)
            self.say_next.setChecked(settings.voice_next)
        finally:
            for w, was in zip(widgets, blocked, strict=True):
                w.blockSignals(was)
        self.volume_value.setText(f"{settings.voice_volume} %")
