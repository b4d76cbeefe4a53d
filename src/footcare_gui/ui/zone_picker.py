"""ZonePicker: the zones a step works on, picked by clicking them on the foot diagram (a click
toggles a zone) or, from the keyboard, by ticking them in a checklist beside it.

The diagram is the session page's own FootView, lighting the picked zones on both feet; its
legend names them, as it will during the session.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.feet_shown import feet_shown, legend_line
from footcare_gui.core.i18n import translate
from footcare_gui.core.routines import StepView
from footcare_gui.core.zones import ZONES, View
from footcare_gui.ui.foot_view import FootView

ZONE_ROLE = Qt.ItemDataRole.UserRole


class ZonePicker(QWidget):
    """Shows a step's zones; says which zone the user toggled (the editor keeps the draft)."""

    toggled = Signal(str)  # a zone id, clicked on the diagram or ticked in the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zonePicker")
        self.feet = FootView()
        self.feet.setObjectName("editorFeet")
        self.feet.canvas.setMouseTracking(True)
        self.feet.canvas.installEventFilter(self)
        self.feet.canvas.setAccessibleName(self.tr("Foot diagram: click a zone to pick it"))
        self.heading = QLabel(self.tr("&Zones: click them on the feet, or tick them here"))
        self.heading.setObjectName("zonesHeading")
        self.heading.setWordWrap(True)  # its width must not widen the editor (issue 15)
        self.checklist = QListWidget()
        self.checklist.setObjectName("zoneChecklist")
        self.checklist.setAccessibleName(self.tr("Zones of this step"))
        self.checklist.setToolTip(self.tr("Space ticks or unticks the zone under the cursor"))
        # Rows of three or so, read left to right and scrolled down: no sideways scrolling.
        self.checklist.setFlow(QListView.Flow.LeftToRight)
        self.checklist.setWrapping(True)
        self.checklist.setResizeMode(QListView.ResizeMode.Adjust)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heading.setBuddy(self.checklist)
        self._items: dict[str, QListWidgetItem] = {}
        self._fill()
        self.checklist.itemChanged.connect(self._on_item_changed)
        self.error = QLabel()
        self.error.setObjectName("error-zones")
        self.error.setWordWrap(True)
        self.error.hide()
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.feet, 1)
        col.addWidget(self.heading)
        col.addWidget(self.checklist)
        col.addWidget(self.error)
        self._zones: tuple[str, ...] = ()
        self._view = StepView.SOLE

    def _fill(self) -> None:
        """A box per zone, the sole's first; a zone on the top of the foot says so."""
        for zid, zone in ZONES.items():
            line = legend_line(zid)
            if line.only_on is not None:
                side = (
                    self.tr(" (left only)")
                    if line.only_on.value == "left"
                    else self.tr(" (right only)")
                )
            else:
                side = self.tr(" (top)") if zone.view is View.TOP else ""
            item = QListWidgetItem(line.name + side)
            item.setData(ZONE_ROLE, zid)
            item.setToolTip(
                self.tr("{0}: {1}; said to reflect {2}").format(
                    line.name, translate("Zones", zone.where), line.reflects
                )
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
            self._items[zid] = item
        self._fit_grid()

    def _fit_grid(self) -> None:
        """Columns as wide as the longest zone's name, in the list's font as drawn."""
        fm = self.checklist.fontMetrics()
        widest = max(fm.horizontalAdvance(i.text()) for i in self._items.values())
        box = self.checklist.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        row = fm.height() + 8
        self.checklist.setGridSize(QSize(widest + box + 24, row))
        # Six rows show, the rest scroll; the feet take any height beyond.
        self.checklist.setFixedHeight(row * 6 + 6)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_grid()  # the style sheet's font is known only now
        super().showEvent(event)

    # -- showing a step --------------------------------------------------------------------
    def show_step(self, zones: Sequence[str], view: StepView) -> None:
        """Light ``zones`` on the feet and tick them in the list; zones on a side the step
        does not show can still be unticked, but not newly ticked. No motion is drawn over
        them here: the zones must stay easy to see and to click."""
        self._zones, self._view = tuple(zones), view
        self.feet.show_feet(feet_shown(self._zones, view, None, None))
        blocked = self.checklist.blockSignals(True)
        try:
            for zid, item in self._items.items():
                on = zid in self._zones
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                usable = on or ZONES[zid].view in view.views
                flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if usable else flags)
        finally:
            self.checklist.blockSignals(blocked)

    def show_problem(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))

    def checked(self) -> tuple[str, ...]:
        """The zones ticked in the list, in the list's order."""
        return tuple(z for z, i in self._items.items() if i.checkState() == Qt.CheckState.Checked)

    # -- input -----------------------------------------------------------------------------
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        zid = item.data(ZONE_ROLE)
        if isinstance(zid, str) and (item.checkState() == Qt.CheckState.Checked) != (
            zid in self._zones
        ):
            self.toggled.emit(zid)

    def zone_under(self, canvas_pos: QPointF) -> str | None:
        """The zone a click at a point of the diagram's canvas would toggle: one already
        picked, or one on a side this step works on."""
        zid = self.feet.zone_at(canvas_pos + QPointF(self.feet.canvas.pos()))
        if zid is None or (zid not in self._zones and ZONES[zid].view not in self._view.views):
            return None
        return zid

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.feet.canvas and isinstance(event, QMouseEvent):
            zid = self.zone_under(event.position())
            if event.type() == QEvent.Type.MouseMove:
                shape = Qt.CursorShape.PointingHandCursor if zid else Qt.CursorShape.ArrowCursor
                self.feet.canvas.setCursor(shape)
            elif (
                event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
                and zid is not None
            ):
                self.toggled.emit(zid)
                return True
        return super().eventFilter(watched, event)
