"""A zone's name on the foot map (ZoneChip): a real, focusable button, so every zone is
reachable by keyboard and has an accessible name and description; and the zones' calm
colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton

from footcare_gui.core.foot_map import TINT_COUNT, facts
from footcare_gui.core.i18n import translate
from footcare_gui.core.zones import ZONES, View
from footcare_gui.ui.foot_colours import FootColours, mix
from footcare_gui.ui.foot_map_layout import Key

if TYPE_CHECKING:
    from footcare_gui.ui.foot_map_canvas import FootMapCanvas

HUES = (100, 205, 38, 265, 345, 168)  # sage, sky, sand, lavender, rose, teal (degrees)


def zone_name(zone_id: str) -> str:
    return QCoreApplication.translate("Zones", ZONES[zone_id].name)


def tints(colours: FootColours) -> list[QColor]:
    """The six calm zone colours in a theme: hues whispered into the window colour."""
    out = []
    for hue in HUES:
        base = QColor.fromHslF(hue / 360, 0.5, 0.55 if colours.dark else 0.6)
        out.append(mix(colours.window, base, 0.3 if colours.dark else 0.38))
    assert len(out) == TINT_COUNT
    return out


class ZoneChip(QAbstractButton):
    """A zone's name on the map: click it, tab to it, arrow between them, Enter opens it."""

    def __init__(self, key: Key, canvas: FootMapCanvas) -> None:
        super().__init__(canvas)
        self.key, self._canvas = key, canvas
        foot, view, zid = key
        f = facts(zid)
        self.setText(zone_name(zid))
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName(f"zone-{foot.value}-{view.value}-{zid}")
        side = translate("FootMap", "sole") if view is View.SOLE else translate("FootMap", "top")
        self.setAccessibleName(f"{self.text()}, {foot.label.lower()} {side}")
        self.setAccessibleDescription(f"{f.reflects} {f.where}. {f.feet}.")
        self.setToolTip(f.reflects)
        self.dimmed = False

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self._canvas.colours()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.dimmed:
            p.setOpacity(0.35)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        chosen = self.isChecked() or self.hasFocus()
        fill = self._canvas.tint(self.key[2])
        p.setBrush(fill if not self.isChecked() else mix(fill, c.accent, 0.35))
        p.setPen(QPen(c.accent, 2.0) if chosen else QPen(mix(fill, c.text, 0.25), 1.0))
        p.drawRoundedRect(r, 6, 6)
        font = self.font()
        font.setBold(self.isChecked())
        p.setFont(font)
        p.setPen(c.text)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        p.drawText(r.adjusted(5, 1, -5, -1), flags, self.text())
        p.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._canvas.select(self.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
        }
        if key in moves:
            self._canvas.move_focus(self.key, *moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._canvas.opened.emit(self.key)
        else:
            super().keyPressEvent(event)
