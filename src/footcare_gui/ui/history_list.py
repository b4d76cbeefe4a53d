"""The History page's list of recent sessions: evening, routine, minutes, and the feet before
and after as two small faces (a session left early is shown muted, its steps in the tooltip)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from footcare_gui.core.history_record import Outcome, SessionRecord
from footcare_gui.ui.feel_row import draw_face, feel_word

FEEL_ROLE = Qt.ItemDataRole.UserRole + 1  # (before, after) on the Feet column
COLUMNS = 4
_Index = QModelIndex | QPersistentModelIndex


class FeetDelegate(QStyledItemDelegate):
    """Paints ``before → after`` as two faces with an arrow between them."""

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        feel = index.data(FEEL_ROLE)
        if not feel:
            super().paint(p, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the row's background (selection, hover)
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, p, widget)
        rect = QRectF(option.rect)
        side = rect.height() * 0.8
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = pal.color(role)
        y = rect.top() + (rect.height() - side) / 2
        before, after = feel
        x = rect.left() + 4
        for i, value in enumerate((before, after)):
            box = QRectF(x, y, side, side)
            if value:
                draw_face(p, box, int(value), ink, None)
            else:
                p.setPen(ink)
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, "\u2013")
            x += side
            if i == 0:
                p.setPen(ink)
                p.drawText(QRectF(x, y, side, side), Qt.AlignmentFlag.AlignCenter, "\u2192")
                x += side

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        h = size.height() + 6  # room for the faces (every row: uniform row heights)
        return QSize(round(h * 0.8 * 3 + 8), h)


class RecentList(QTreeWidget):
    """The most recent sessions, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale_ = QLocale()
        self.setObjectName("recentSessions")
        self.setAccessibleName(self.tr("Recent sessions"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QTreeWidget.SelectionBehavior.SelectRows)
        self.setHeaderLabels(
            [self.tr("Evening"), self.tr("Routine"), self.tr("Time"), self.tr("Feet")]
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._feet = FeetDelegate(self)
        self.setItemDelegateForColumn(3, self._feet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The header (and its viewport, under the page's style sheet) keep their own size
            # otherwise.
            self.header().setFont(self.font())
            self.header().viewport().setFont(self.font())

    def show_sessions(self, records: list[SessionRecord], today: date) -> None:
        self.clear()
        self.addTopLevelItems([self._item(r, today) for r in records])

    def _item(self, r: SessionRecord, today: date) -> QTreeWidgetItem:
        loc = self.locale_
        day = QDate(r.evening.year, r.evening.month, r.evening.day)
        when = loc.toString(day, "ddd d MMM" if r.evening.year == today.year else "d MMM yyyy")
        minutes = max(1, round(r.done_s / 60)) if r.done_s else 0
        time = self.tr("{0} min").format(loc.toString(minutes))
        item = QTreeWidgetItem([when, r.routine_title, time, ""])
        at = r.started_local
        started = loc.toString(QDate(at.year, at.month, at.day), QLocale.FormatType.LongFormat)
        clock = f"{at.hour:02d}:{at.minute:02d}"
        tip = self.tr("Started {0} at {1}").format(started, clock)
        if r.outcome is not Outcome.FINISHED:
            left = self.tr("Left early, after {0} of {1} steps").format(
                loc.toString(r.steps_done), loc.toString(r.steps_total)
            )
            tip = f"{tip}\n{left}"
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
            for col in range(COLUMNS):
                item.setForeground(col, muted)
        for col in range(COLUMNS):
            item.setToolTip(col, tip)
        if r.feel_before or r.feel_after:
            item.setData(3, FEEL_ROLE, (r.feel_before or 0, r.feel_after or 0))
            words = [feel_word(f) if f else "\u2013" for f in (r.feel_before, r.feel_after)]
            item.setToolTip(3, " \u2192 ".join(words))
            item.setData(3, Qt.ItemDataRole.AccessibleTextRole, " \u2192 ".join(words))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item
