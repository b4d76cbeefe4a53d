"""The first screen: choose the routine and the foot that goes first, then Start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.i18n import translate
from footcare_gui.ui.foot_view import FootView

if TYPE_CHECKING:
    from footcare_gui.ui.feel_row import FeelRow
from footcare_gui.ui.widgets import OneLineFirst, button, label, scale_fonts

MARGIN = 20  # the page's top and bottom margin
SIDES, GAP = 28 + 36, 32  # its left and right margins, and the gap between feet and panel
PANEL_MAX = 560


class _Room(QWidget):
    """Room kept for a row that arrives later: its width never pushes the feet aside."""

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class StartPage(QWidget):
    """Lays out the choice; the controller fills it and reacts to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feet = FootView()
        self.feet.setObjectName("startFeet")
        self.heading = label(
            translate("StartPage", "Evening foot care"), size=2.1, bold=True, name="startHeading"
        )
        self.intro = label(role="muted", size=1.0, name="routineIntro")  # the routine's own
        self.routine = QComboBox()
        self.routine.setObjectName("routineCombo")
        self.routine.setAccessibleName(translate("StartPage", "Routine"))
        self.routine.setToolTip(translate("StartPage", "Which routine to follow tonight"))
        self.routine.setProperty("scale", 1.0)
        self.routine_info = label(role="muted", size=0.95, name="routineInfo")
        self.question = label(
            translate("StartPage", "Which foot feels more tired?"), size=1.5, bold=True
        )
        self.question_hint = label(
            translate("StartPage", "Many people like to begin with that one."),
            role="muted",
            size=0.95,
        )
        self.left = button(
            translate("StartPage", "Left foot"),
            tip=translate("StartPage", "Start with the left foot"),
            shortcut_hint=translate("StartPage", "Left arrow"),
            name="leftFootButton",
            size=1.3,
        )
        self.right = button(
            translate("StartPage", "Right foot"),
            tip=translate("StartPage", "Start with the right foot"),
            shortcut_hint=translate("StartPage", "Right arrow"),
            name="rightFootButton",
            size=1.3,
        )
        self.feet_group = QButtonGroup(self)
        for b in (self.left, self.right):
            b.setCheckable(True)
            self.feet_group.addButton(b)
        self.start = button(
            translate("StartPage", "Start"),
            tip=translate("StartPage", "Start the session"),
            shortcut_hint=translate("StartPage", "Space"),
            name="startButton",
            primary=True,
            size=1.35,
        )
        self.safety = button(
            translate("StartPage", "Safety first"),
            tip=translate("StartPage", "Read the precautions before you start"),
            shortcut_hint="F1",
            name="safetyButton",
            size=0.9,
        )
        self.safety.setFlat(True)
        self.map_link = button(
            translate("StartPage", "Foot map"),
            tip=translate(
                "StartPage", "Explore every reflex zone of both feet, and the steps that work it"
            ),
            shortcut_hint="F2",
            name="footMapButton",
            size=0.9,
        )
        self.map_link.setFlat(True)
        self.voice = QCheckBox(translate("StartPage", "Speak the steps aloud"))
        self.voice.setObjectName("voiceCheck")
        self.voice.setToolTip(
            translate("StartPage", "Voice guidance: hear each step, eyes on your foot (V)")
        )
        self.voice.setAccessibleName(translate("StartPage", "Speak the steps aloud"))
        self.voice.setProperty("scale", 0.9)
        # Optional, one tap (keys 1-5): how the feet feel before tonight's session. Made after
        # the first paint, once the history can record it (show_feel_row); its room is kept.
        self.feel_question: QLabel | None = None
        self.feel: FeelRow | None = None
        self.feel_slot = _Room()
        self.feel_slot.setObjectName("feelSlot")
        self._base_px = 14.0
        self._panel_width = PANEL_MAX  # as laid out by _fit
        self._faces_h = 0  # the feel row's faces' height at the type
        self.tip = label(role="muted", size=0.9, name="eveningTip")
        self.tip.setAccessibleName(translate("StartPage", "Tip for tonight"))

        feet_row = self._feet_row = QHBoxLayout()
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
        # Side by side, or one under the other when their words are too long for that.
        self._extras = extras = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        extras.addWidget(self.safety, 0, Qt.AlignmentFlag.AlignLeft)
        extras.addStretch(1)
        extras.addWidget(self.voice, 0, Qt.AlignmentFlag.AlignLeft)
        side.addLayout(extras)
        side.addSpacing(6)
        side.addWidget(self.tip)
        side.addStretch(1)

        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(PANEL_MAX)
        self._side, self._panel = side, panel
        row = QHBoxLayout(self)
        row.setContentsMargins(28, MARGIN, 36, MARGIN)
        row.setSpacing(GAP)
        left = QVBoxLayout()
        left.addWidget(self.feet, 1)
        # Under the feet it explains: the map asks more of them (and keeps the panel narrow).
        left.addWidget(self.map_link, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.feel_slot)
        row.addLayout(left, 3)
        row.addWidget(panel, 2)

    def show_feel_row(self, on: bool) -> None:
        """Ask how the feet feel (on), or give its room back to the feet (off)."""
        if on and self.feel is None:
            from footcare_gui.ui.feel_row import FeelRow

            # On two lines when the feet leave it too little room (a small window, long words).
            question = label(
                translate("StartPage", "How do your feet feel?"), size=0.9, kind=OneLineFirst
            )
            question.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = FeelRow(compact=True)
            row.setObjectName("feelBefore")
            row.setProperty("scale", 0.8)
            row.setAccessibleName(
                translate("StartPage", "How do your feet feel before the session?")
            )
            line = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.feel_slot)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(0)
            line.addStretch(1)
            line.addWidget(question, 0, Qt.AlignmentFlag.AlignHCenter)
            line.addSpacing(10)
            line.addWidget(row, 0, Qt.AlignmentFlag.AlignHCenter)
            line.addStretch(1)
            self.feel_question, self.feel = question, row
            scale_fonts(self, base_px=self._base_px)
            self._place_feel()
        self.feel_slot.setVisible(on)

    def words_changed(self) -> None:
        """The routine's words were set anew: fit the type to them (once shown)."""
        if self.isVisible():
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # the style is applied on the first show: the words may have grown

    def _fit(self) -> None:
        base = max(14.0, min(self.width() / 62, self.height() / 40))
        # A small window: smaller type (down to 10 px) until the panel's words and buttons fit
        # its height, instead of squeezing wrapped lines into each other.
        while True:
            self._apply_type(base)
            # The panel's share of the width (two fifths, as laid out below), or its minimum.
            share = (self.width() - SIDES - GAP) * 2 / 5
            m = self._side.contentsMargins()
            both = self.safety.sizeHint().width() + self.voice.sizeHint().width() + 24
            self._extras.setDirection(
                QBoxLayout.Direction.LeftToRight
                if both <= PANEL_MAX - m.left() - m.right()
                else QBoxLayout.Direction.TopToBottom
            )
            width = round(min(PANEL_MAX, max(self._panel.minimumSizeHint().width(), share)))
            need = self._side.totalHeightForWidth(width)
            if need <= self.height() - 2 * MARGIN or base <= 10:
                break
            base = max(10.0, base - 1)
        # Still too tall at the smallest type (long words): a wider panel, the feet narrower.
        most, wider = min(PANEL_MAX, round((self.width() - SIDES - GAP) * 0.55)), 0
        while need > self.height() - 2 * MARGIN and width < most:
            width = wider = min(most, width + 16)
            need = self._side.totalHeightForWidth(width)
        self._panel.setMinimumWidth(wider)
        self._panel_width = width
        self._place_feel()
        # Settle the layout for the new type now: else the first paint draws the feet at one
        # width and the queued relayout moves them.
        outer = self.layout()
        if outer is not None:
            outer.activate()

    def _apply_type(self, base_px: float) -> None:
        self._base_px = base_px
        for b in (self.left, self.right, self.start):
            b.setMinimumHeight(round(base_px * 4.4))  # 64 px at the usual 14.5 px type
        # The feel row's room, kept before the row is made: its faces are 2.3 lines high.
        font = QFont(self.font())
        font.setPixelSize(max(11, round(base_px * 0.8)))
        self._faces_h = round(QFontMetrics(font).height() * 2.3)
        self.feel_slot.setFixedHeight(self._faces_h)
        scale_fonts(self, base_px=base_px)
        for row in (self._feet_row, self._extras):  # their sizes were kept from the old type
            row.invalidate()

    def _place_feel(self) -> None:
        """The feel question beside the faces, or above them when the feet leave too little
        room for both on a line (a small window, long words)."""
        question, line = self.feel_question, self.feel_slot.layout()
        if question is None or self.feel is None or not isinstance(line, QBoxLayout):
            return
        room = self.width() - SIDES - GAP - self._panel_width
        beside = question.sizeHint().width() + 10 + self.feel.sizeHint().width() <= room
        line.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        align = Qt.AlignmentFlag.AlignRight if beside else Qt.AlignmentFlag.AlignHCenter
        question.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        above = 4 + question.heightForWidth(room) if not beside else 0
        self.feel_slot.setFixedHeight(self._faces_h + above)
