"""The History page (View → History, Ctrl+H): totals, the calendar of the last 26 weeks, how
the feet felt, the most recent sessions, Export CSV and Delete all history.

The page only shows; :class:`~footcare_gui.ui.history_controller.HistoryController` fills it
from the database and acts on its buttons. Words go through ``self.tr``; dates and numbers
through the page's QLocale.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.history_record import SessionRecord
from footcare_gui.core.history_view import HistoryOverview
from footcare_gui.core.i18n import translate
from footcare_gui.ui.feel_plot import FeelPlot
from footcare_gui.ui.feel_row import feel_word
from footcare_gui.ui.history_calendar import HistoryCalendar
from footcare_gui.ui.history_list import RecentList
from footcare_gui.ui.history_words import HistoryCounts
from footcare_gui.ui.widgets import button, label, scale_fonts

CONTEXT = "HistoryPage"
NONE = "\u2013"  # an en dash: no face chosen
CARD_STYLE = """
QFrame[role="card"] {
    background: palette(base); border: 1px solid palette(mid); border-radius: 10px;
}
"""


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class HistoryPage(QWidget):
    """Lays out the history; the controller fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale_ = QLocale()
        self.back = button(
            translate("HistoryPage", "Back"),
            tip=translate("HistoryPage", "Back to where you were"),
            shortcut_hint="Ctrl+H",
        )
        self.back.setObjectName("historyBack")
        self.heading = label(
            translate("HistoryPage", "Your evenings"), size=1.8, bold=True, name="historyHeading"
        )
        self.export = button(
            translate("HistoryPage", "Export CSV…"),
            tip=translate("HistoryPage", "Save every session as a CSV file"),
        )
        self.export.setObjectName("exportCsv")
        self.delete = button(
            translate("HistoryPage", "Delete all history…"),
            tip=translate("HistoryPage", "Forget every recorded session"),
        )
        self.delete.setObjectName("deleteHistory")
        for b in (self.back, self.export, self.delete):
            b.setProperty("scale", 0.9)
        self.banner = label(role="muted", size=0.9, name="historyBanner")
        self.banner.hide()
        self.privacy = label(
            translate(
                "HistoryPage", "Your history stays on this computer; nothing is ever sent anywhere."
            ),
            role="muted",
            size=0.8,
            name="historyPrivacy",
        )

        self.totals: dict[str, tuple[QLabel, QLabel]] = {}
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for key, caption in (
            ("evenings", translate("HistoryPage", "evenings")),
            ("minutes", translate("HistoryPage", "minutes of foot care")),
            ("longest", translate("HistoryPage", "longest streak")),
            ("current", translate("HistoryPage", "evenings in a row now")),
        ):
            value = label("0", size=1.7, bold=True, name=f"total_{key}")
            words = label(caption, role="muted", size=0.85)
            setattr(self, f"total_{key}", value)
            setattr(self, f"total_{key}_caption", words)
            card = QFrame()
            card.setObjectName("totalCard")
            card.setProperty("role", "card")
            box = QVBoxLayout(card)
            box.setContentsMargins(14, 8, 14, 10)
            box.setSpacing(0)
            box.addWidget(value)
            box.addWidget(words)
            cards.addWidget(card, 1)
            self.totals[key] = (value, words)

        self.calendar_heading = label(
            translate("HistoryPage", "The last 26 weeks"), size=1.05, bold=True
        )
        self.calendar = HistoryCalendar()
        self.calendar.setProperty("scale", 0.8)
        self.calendar.weekday_names = {
            d: self.locale_.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)
        }
        months = {
            m: self.locale_.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)
        }
        self.calendar.month_names = months
        self.calendar.describe = self.describe_day
        self.day_detail = label(role="muted", size=0.9, name="dayDetail")
        self.calendar.day_selected.connect(lambda d: self.day_detail.setText(self.describe_day(d)))
        self.plot_heading = label(
            translate("HistoryPage", "How your feet felt"), size=1.05, bold=True
        )
        self.plot = FeelPlot()
        self.plot.setProperty("scale", 0.8)
        self.plot.month_names = months

        self.recent_heading = label(
            translate("HistoryPage", "Recent sessions"), size=1.05, bold=True
        )
        self.recent = RecentList()
        self.recent.setProperty("scale", 0.85)
        self.empty = label(
            translate(
                "HistoryPage",
                "No evenings yet. After your first session, each evening you take care of "
                "your feet shows here.",
            ),
            role="muted",
            size=1.0,
            name="historyEmpty",
        )
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        top.addWidget(self.export)
        top.addWidget(self.delete)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.calendar_heading)
        left.addWidget(self.calendar, 5)
        left.addWidget(self.day_detail)
        left.addSpacing(10)
        left.addWidget(self.plot_heading)
        left.addWidget(self.plot, 5)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.recent_heading)
        right.addWidget(self.recent, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.setStyleSheet(CARD_STYLE)
        page = QVBoxLayout(self)
        page.setContentsMargins(28, 18, 28, 14)
        page.setSpacing(10)
        page.addLayout(top)
        page.addWidget(self.banner)
        page.addLayout(cards)
        page.addWidget(self.empty)
        page.addLayout(grid, 1)
        page.addWidget(self.privacy)

    # -- filling -----------------------------------------------------------------------
    def show_history(self, overview: HistoryOverview, recent: list[SessionRecord]) -> None:
        """Show an overview and the most recent sessions (newest first)."""
        self._overview = overview
        loc = self.locale_
        t = overview.totals
        for key, value in (
            ("evenings", t.evenings),
            ("minutes", t.minutes),
            ("longest", t.longest_streak),
            ("current", t.current_streak),
        ):
            self.totals[key][0].setText(loc.toString(value))
        self.empty.setVisible(t.sessions == 0)
        self.calendar.set_overview(overview)
        self.plot.set_overview(overview)
        self.recent.show_sessions(recent, overview.today)

    def describe_day(self, day: date) -> str:
        """What a day of the calendar holds, in words."""
        loc = self.locale_
        when = loc.toString(qdate(day), QLocale.FormatType.LongFormat)
        o = getattr(self, "_overview", None)
        row = o.day(day) if o is not None else None
        if row is None:
            return translate("HistoryPage", "%1: no session").replace("%1", when)
        minutes = max(1, round(row.done_s / 60))
        text = HistoryCounts.tr("%1: %Ln minute(s)", "", minutes).replace("%1", when)
        if row.sessions > 1:
            sessions = row.sessions
            text += HistoryCounts.tr(", %Ln session(s)", "", sessions)
        if row.feel_before is not None or row.feel_after is not None:
            b = feel_word(round(row.feel_before)) if row.feel_before is not None else NONE
            a = feel_word(round(row.feel_after)) if row.feel_after is not None else NONE
            text += translate("HistoryPage", "; feet: %1 → %2").replace("%1", b).replace("%2", a)
        return text

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scale_fonts(self, base_px=max(13.0, min(self.width() / 70, self.height() / 44)))
