"""The last screen: the session is done; what was done, and a gentle line for the night."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from footcare_gui.core.i18n import translate
from footcare_gui.ui.feel_row import FeelRow
from footcare_gui.ui.widgets import button, label, scale_fonts


class SummaryPage(QWidget):
    """Lays out the summary; the controller fills in the figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label(
            translate("SummaryPage", "All done"), size=2.6, bold=True, name="summaryHeading"
        )
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stats = label(size=1.3, name="summaryStats")
        self.stats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The history: the streak and the week, a line of encouragement, and the feet now.
        self.streak = label(size=1.15, bold=True, name="summaryStreak")
        self.streak.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cheer = label(role="muted", size=1.0, name="summaryCheer")
        self.cheer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feel_question = label(self.tr("And how do your feet feel now?"), size=1.0)
        self.feel_question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feel = FeelRow()
        self.feel.setObjectName("feelAfter")
        self.feel.setProperty("scale", 0.8)
        self.feel.setAccessibleName(self.tr("How do your feet feel after the session?"))
        self.feel_change = label(role="muted", size=0.9, name="feelChange")
        self.feel_change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.streak, self.cheer, self.feel_question, self.feel):
            w.hide()  # shown when the session is in the history
        self.line = label(role="muted", size=1.2, name="windDown")
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.again = button(
            translate("SummaryPage", "Start again"),
            tip=translate("SummaryPage", "Go back to the start screen"),
            shortcut_hint="R",
            name="againButton",
            primary=True,
            size=1.1,
        )
        self.quit = button(
            translate("SummaryPage", "Close"),
            tip=translate("SummaryPage", "Close footcare-gui"),
            shortcut_hint="Ctrl+Q",
            name="quitButton",
            size=1.1,
        )
        for b in (self.again, self.quit):
            b.setMinimumHeight(52)
            b.setMinimumWidth(180)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again)
        buttons.addSpacing(16)
        buttons.addWidget(self.quit)
        buttons.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(48, 32, 48, 32)
        col.addStretch(2)
        col.addWidget(self.heading)
        col.addSpacing(12)
        col.addWidget(self.stats)
        col.addSpacing(14)
        col.addWidget(self.streak)
        col.addWidget(self.cheer)
        col.addSpacing(14)
        col.addWidget(self.feel_question)
        col.addWidget(self.feel, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.feel_change)
        col.addSpacing(20)
        col.addWidget(self.line)
        col.addSpacing(36)
        col.addLayout(buttons)
        col.addStretch(3)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scale_fonts(self, base_px=max(14.0, min(self.width() / 60, self.height() / 38)))
