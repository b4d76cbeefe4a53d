"""The first screen: choose the routine and the foot that goes first, then Start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.ui.feel_row import FeelRow
from footcare_gui.ui.foot_view import FootView
from footcare_gui.ui.widgets import button, label, scale_fonts


class StartPage(QWidget):
    """Lays out the choice; the controller fills it and reacts to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feet = FootView()
        self.feet.setObjectName("startFeet")
        self.heading = label("Evening foot care", size=2.1, bold=True, name="startHeading")
        self.intro = label(role="muted", size=1.0, name="routineIntro")  # the routine's own
        self.routine = QComboBox()
        self.routine.setObjectName("routineCombo")
        self.routine.setAccessibleName("Routine")
        self.routine.setToolTip("Which routine to follow tonight")
        self.routine.setProperty("scale", 1.0)
        self.routine_info = label(role="muted", size=0.95, name="routineInfo")
        self.question = label("Which foot feels more tired?", size=1.5, bold=True)
        self.question_hint = label(
            "Many people like to begin with that one.", role="muted", size=0.95
        )
        self.left = button(
            "Left foot",
            tip="Start with the left foot",
            shortcut_hint="Left arrow",
            name="leftFootButton",
            size=1.3,
        )
        self.right = button(
            "Right foot",
            tip="Start with the right foot",
            shortcut_hint="Right arrow",
            name="rightFootButton",
            size=1.3,
        )
        self.feet_group = QButtonGroup(self)
        for b in (self.left, self.right):
            b.setCheckable(True)
            b.setMinimumHeight(64)
            self.feet_group.addButton(b)
        self.start = button(
            "Start",
            tip="Start the session",
            shortcut_hint="Space",
            name="startButton",
            primary=True,
            size=1.35,
        )
        self.start.setMinimumHeight(64)
        self.safety = button(
            "Safety first",
            tip="Read the precautions before you start",
            shortcut_hint="F1",
            name="safetyButton",
            size=0.9,
        )
        self.safety.setFlat(True)
        self.voice = QCheckBox(self.tr("Speak the steps aloud"))
        self.voice.setObjectName("voiceCheck")
        self.voice.setToolTip(self.tr("Voice guidance: hear each step, eyes on your foot (V)"))
        self.voice.setAccessibleName(self.tr("Speak the steps aloud"))
        self.voice.setProperty("scale", 0.9)
        # Optional, one tap (keys 1-5): how the feet feel before tonight's session.
        self.feel_question = label(self.tr("How do your feet feel?"), size=0.9, wrap=False)
        self.feel_question.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.feel = FeelRow(compact=True)
        self.feel.setObjectName("feelBefore")
        self.feel.setProperty("scale", 0.8)
        self.feel.setAccessibleName(self.tr("How do your feet feel before the session?"))
        self.tip = label(role="muted", size=0.9, name="eveningTip")
        self.tip.setAccessibleName("Tip for tonight")

        feet_row = QHBoxLayout()
        feet_row.setSpacing(16)
        feet_row.addWidget(self.left)
        feet_row.addWidget(self.right)

        side = QVBoxLayout()
        side.setSpacing(14)
        side.addStretch(1)
        side.addWidget(self.heading)
        side.addWidget(self.intro)
        side.addSpacing(10)
        side.addWidget(self.routine)
        side.addWidget(self.routine_info)
        side.addSpacing(18)
        side.addWidget(self.question)
        side.addWidget(self.question_hint)
        side.addLayout(feet_row)
        side.addSpacing(18)
        side.addWidget(self.start)
        extras = QHBoxLayout()
        extras.addWidget(self.safety)
        extras.addStretch(1)
        extras.addWidget(self.voice)
        side.addLayout(extras)
        side.addSpacing(6)
        side.addWidget(self.tip)
        side.addStretch(1)

        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(560)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 20, 36, 20)
        row.setSpacing(32)
        feel_line = QHBoxLayout()
        feel_line.addStretch(1)
        feel_line.addWidget(self.feel_question)
        feel_line.addSpacing(10)
        feel_line.addWidget(self.feel)
        feel_line.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.feet, 1)
        left.addLayout(feel_line)
        row.addLayout(left, 3)
        row.addWidget(panel, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scale_fonts(self, base_px=max(14.0, min(self.width() / 62, self.height() / 40)))
