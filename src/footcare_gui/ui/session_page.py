"""The screen the user follows: feet on one side; countdown, what to do and what is next."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.ui.countdown_ring import CountdownRing
from footcare_gui.ui.foot_view import FootView
from footcare_gui.ui.widgets import button, label, scale_fonts


class SessionPage(QWidget):
    """Lays out a running session; the controller writes into it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.focus_scale = 1.0
        self.feet = FootView()
        self.feet.setObjectName("sessionFeet")
        self.eyebrow = label(role="eyebrow", size=0.95, name="eyebrow", wrap=False)
        self.ring = CountdownRing()
        self.ring.setObjectName("countdown")
        self.ring.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.ring.setMinimumSize(110, 110)
        self.title = label(size=2.0, bold=True, name="stepTitle")
        self.title.setAccessibleName("Current step")
        self.instruction = label(size=1.2, name="stepInstruction")
        self.why = label(role="muted", size=1.0, name="stepWhy")
        f = self.why.font()
        f.setItalic(True)
        self.why.setFont(f)
        self.next = label(role="muted", size=1.0, name="nextStep")
        self.progress = QProgressBar()
        self.progress.setObjectName("sessionProgress")
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Session progress")
        self.progress_text = label(role="muted", size=0.95, name="progressText", wrap=False)

        self.previous = button(
            "◀  Previous", tip="Go back one step", shortcut_hint="Left arrow", name="previousButton"
        )
        self.play = button(
            "Pause",
            tip="Pause or carry on",
            shortcut_hint="Space",
            name="playButton",
            primary=True,
            size=1.1,
        )
        self.play.setMinimumWidth(150)
        self.next_button = button(
            "Next  ▶", tip="Skip to the next step", shortcut_hint="Right arrow", name="nextButton"
        )
        self.restart = button(
            "Restart", tip="Start the session over", shortcut_hint="R", name="restartButton"
        )
        self.wait = QCheckBox("Wait for me at each step")
        self.wait.setObjectName("waitCheck")
        self.wait.setToolTip("Hold each new step until you press Space (W)")
        self.wait.setAccessibleName("Wait for me at each step")
        self.wait.setProperty("scale", 0.9)

        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.eyebrow)
        text.addWidget(self.ring, 10)
        text.addSpacing(6)
        text.addWidget(self.title)
        text.addWidget(self.instruction)
        text.addWidget(self.why)
        text.addStretch(1)
        rule = QFrame()
        rule.setProperty("role", "rule")
        rule.setFixedHeight(1)
        text.addWidget(rule)
        text.addWidget(self.next)
        text.addWidget(self.progress_text)
        text.addWidget(self.progress)

        panel = QWidget()
        panel.setLayout(text)
        body = QHBoxLayout()
        body.setSpacing(32)
        body.addWidget(self.feet, 11)
        body.addWidget(panel, 9)

        self.controls = QWidget()
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(12)
        controls.addWidget(self.previous)
        controls.addWidget(self.play)
        controls.addWidget(self.next_button)
        controls.addSpacing(12)
        controls.addWidget(self.restart)
        controls.addStretch(1)
        controls.addWidget(self.wait)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 16, 32, 16)
        outer.setSpacing(14)
        outer.addLayout(body, 1)
        outer.addWidget(self.controls)
        self.setTabOrder(self.play, self.next_button)
        self.setTabOrder(self.next_button, self.previous)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.progress.setMaximum(max(1, self.progress.width()))
        self.rescale()

    def rescale(self) -> None:
        base = max(13.0, min(self.width() / 70, self.height() / 44)) * self.focus_scale
        scale_fonts(self, base_px=base)
        # The ring takes a share of the height; the words below it keep the rest.
        # In focus mode the words grow, so the ring yields them a little room.
        side = round(min(self.height() * 0.40, self.width() * 0.30) / self.focus_scale**0.5)
        self.ring.setMaximumSize(side * 2, side)  # the text below takes what it needs first
