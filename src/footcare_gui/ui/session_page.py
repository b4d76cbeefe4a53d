"""The screen the user follows: feet on one side; countdown, what to do and what is next.

Built with the first session, so it may import the session engine at no start-up cost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.i18n import translate
from footcare_gui.core.session import Session
from footcare_gui.core.session_view import (
    TimeShown,
    feet_for,
    step_words,
    time_shown,
    widest_progress_line,
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
        # Foot labels and the legend grow with the page, to stay readable from the couch.
        self.feet.setProperty("scale", 0.7)
        self.eyebrow = label(role="eyebrow", size=0.95, name="eyebrow", wrap=False)
        self.ring = CountdownRing()
        self.ring.setObjectName("countdown")
        self.ring.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.ring.setMinimumSize(96, 96)  # a small window: the words below come first
        self.title = label(size=2.0, bold=True, name="stepTitle")
        self.title.setAccessibleName(translate("SessionPage", "Current step"))
        self.instruction = label(size=1.2, name="stepInstruction")
        self.why = label(role="muted", size=1.0, name="stepWhy")
        f = self.why.font()
        f.setItalic(True)
        self.why.setFont(f)
        self.next = label(role="muted", size=1.0, name="nextStep")
        self.progress = QProgressBar()
        self.progress.setObjectName("sessionProgress")
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("SessionPage", "Session progress"))
        self.progress_text = label(role="muted", size=0.95, name="progressText", wrap=False)
        f = self.progress_text.font()
        f.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: the line keeps its width
        self.progress_text.setFont(f)
        # Opaque: its text changes each second, and the page under it need not repaint then.
        self.progress_text.setAutoFillBackground(True)
        self._progress_widest = ""

        self.previous = button(
            translate("SessionPage", "◀  Previous"),
            tip=translate("SessionPage", "Go back one step"),
            shortcut_hint=translate("SessionPage", "Left arrow"),
            name="previousButton",
        )
        self.play = button(
            translate("SessionPage", "Pause"),
            tip=translate("SessionPage", "Pause or carry on"),
            shortcut_hint=translate("SessionPage", "Space"),
            name="playButton",
            primary=True,
            size=1.1,
        )
        self.play.setMinimumWidth(150)
        self.next_button = button(
            translate("SessionPage", "Next  ▶"),
            tip=translate("SessionPage", "Skip to the next step"),
            shortcut_hint=translate("SessionPage", "Right arrow"),
            name="nextButton",
        )
        self.restart = button(
            translate("SessionPage", "Restart"),
            tip=translate("SessionPage", "Start the session over"),
            shortcut_hint="R",
            name="restartButton",
        )
        self.wait = QCheckBox(translate("SessionPage", "Wait for me at each step"))
        self.wait.setObjectName("waitCheck")
        self.wait.setToolTip(
            translate("SessionPage", "Hold each new step until you press Space (W)")
        )
        self.wait.setAccessibleName(translate("SessionPage", "Wait for me at each step"))
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

        panel = self._panel = QWidget()
        panel.setLayout(text)
        self._words = text
        self._base_px = 13.0
        panel.installEventFilter(self)  # its size known: the words fitted to it
        body = QHBoxLayout()
        body.setSpacing(32)
        body.addWidget(self.feet, 11)
        body.addWidget(panel, 9)

        self.controls = QWidget()
        controls = self._controls = QGridLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(12)
        buttons = self._buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.previous)
        buttons.addWidget(self.play)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.restart)
        buttons.addStretch(1)
        controls.addLayout(buttons, 0, 0)
        controls.addWidget(self.wait, 0, 1)  # or under the buttons (_place_wait)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 16, 32, 16)
        outer.setSpacing(14)
        outer.addLayout(body, 1)
        outer.addWidget(self.controls)
        self.setTabOrder(self.play, self.next_button)
        self.setTabOrder(self.next_button, self.previous)

    # -- showing a session ------------------------------------------------------------------
    def show_step(self, s: Session, announcement: str | None = None) -> None:
        """Show the session's current step: feet, words and what comes next; announce it
        (``announcement``: what the voice says, so a screen reader hears the same words)."""
        self.feet.show_feet(feet_for(s.current, s.next_step))
        words = step_words(s.plan, s.index)
        self.eyebrow.setText(words.eyebrow)
        self.title.setText(words.title)
        self.instruction.setText(words.instruction)
        self.why.setText(words.why)
        self.next.setText(words.next_line)
        self._fit_progress_text(widest_progress_line(s))
        self._fit_words()
        # Settle the layout for the new words now: otherwise the first paint of a new page
        # draws the feet at the old size and the queued relayout draws them again.
        layout = self.layout()
        assert layout is not None
        layout.activate()
        said = announcement if announcement is not None else words.announcement
        self.title.setAccessibleName(said)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.title, said))

    def prepare_next_step(self, s: Session) -> None:
        """Draw the feet of the next and the previous step ahead, so that Next, a timed step
        change and Previous only copy a picture."""
        plan, i = s.plan, s.index
        coming = []
        if i + 1 < len(plan):
            coming.append(feet_for(plan[i + 1], plan[i + 2] if i + 2 < len(plan) else None))
        if i > 0:
            coming.append(feet_for(plan[i - 1], plan[i]))
        self.feet.prepare_feet(*coming)

    def show_time(self, s: Session) -> TimeShown:
        """Show the time left, the state and the progress through the whole session."""
        t = time_shown(s)
        self.ring.set_time(t.remaining, t.duration, caption=t.caption, dimmed=t.dimmed)
        self.play.setText(t.play_label)
        # The bar's range is its width in pixels, so it repaints only when a pixel changes.
        self.progress.setValue(round(self.progress.maximum() * t.progress))
        self._fit_progress_text(widest_progress_line(s))
        self.progress_text.setText(t.progress_line)
        return t

    def _fit_progress_text(self, widest: str | None = None) -> None:
        """Size the progress line for its widest text: again only when the session's length
        (its plan or durations) or the font changes.

        A label whose size can change makes every ``setText`` relayout the whole window
        (and repaint the legend under the feet): each second, that tripled a running
        session's CPU cost. A label of fixed size only repaints itself.
        """
        if widest is not None:
            if widest == self._progress_widest:
                return
            self._progress_widest = widest
        fm = self.progress_text.fontMetrics()
        width = fm.horizontalAdvance(self._progress_widest) + fm.averageCharWidth()
        self.progress_text.setFixedSize(width, fm.height())

    # -- layout ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.progress.setMaximum(max(1, self.progress.width()))
        self.rescale()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._panel and event.type() == QEvent.Type.Resize:
            self._fit_words()
        return False

    def _fit_words(self) -> None:
        """Smaller words for a step whose words do not fit their column at the page's type
        (a small window, a long language), down to 11 px: never cut off."""
        panel = self._panel
        if panel.width() <= 0:
            return
        for k in (1.0, 0.92, 0.85, 0.78, 0.72, 0.66):
            for w in (self.title, self.instruction, self.why, self.next):
                px = max(11, round(self._base_px * float(w.property("scale")) * k))
                f = w.font()
                if f.pixelSize() != px:
                    f.setPixelSize(px)
                    w.setFont(f)
            if self._words.totalMinimumHeightForWidth(panel.width()) <= panel.height():
                break

    def rescale(self) -> None:
        base = max(13.0, min(self.width() / 70, self.height() / 44)) * self.focus_scale
        self._base_px = base
        scale_fonts(self, base_px=base)
        self._fit_progress_text()
        # The ring takes a share of the height; the words below it keep the rest.
        # In focus mode the words grow, so the ring yields them a little room.
        side = round(min(self.height() * 0.40, self.width() * 0.30) / self.focus_scale**0.5)
        self.ring.setMaximumSize(side * 2, side)  # the text below takes what it needs first
        self._place_wait()

    def _place_wait(self) -> None:
        """The "wait for me" box after the buttons, or under them when the words are long."""
        grid = self._controls
        need = self._buttons.sizeHint().width() + grid.spacing() + self.wait.sizeHint().width()
        outer = self.layout()
        assert outer is not None
        margins = outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        row, column = (1, 0) if need > room else (0, 1)
        item = grid.itemAtPosition(row, column)
        if item is None or item.widget() is not self.wait:
            grid.removeWidget(self.wait)
            grid.addWidget(self.wait, row, column)
