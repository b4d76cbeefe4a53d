"""Small building blocks shared by the pages: labels with a role, buttons with a shortcut hint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def label(
    text: str = "",
    *,
    role: str = "",
    size: float = 1.0,
    bold: bool = False,
    wrap: bool = True,
    name: str = "",
    parent: QWidget | None = None,
) -> QLabel:
    """A label; ``size`` is relative to the page's base font, applied by :func:`scale_fonts`
    (so keep it as an attribute of its page)."""
    w = QLabel(text, parent)
    w.setWordWrap(wrap)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setProperty("scale", size)
    if role:
        w.setProperty("role", role)
    if bold:
        f = w.font()
        f.setWeight(QFont.Weight.DemiBold)
        w.setFont(f)
    if name:
        w.setObjectName(name)
    return w


def button(
    text: str,
    *,
    tip: str,
    shortcut_hint: str = "",
    name: str = "",
    primary: bool = False,
    size: float = 1.0,
) -> QPushButton:
    """A button whose tooltip names its shortcut and whose accessible name is its action."""
    b = QPushButton(text)
    b.setToolTip(f"{tip} ({shortcut_hint})" if shortcut_hint else tip)
    b.setAccessibleName(text.replace("&", ""))
    b.setAccessibleDescription(b.toolTip())
    b.setProperty("scale", size)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    if primary:
        b.setProperty("primary", True)
    if name:
        b.setObjectName(name)
    return b


def scale_fonts(page: QWidget, base_px: float) -> None:
    """Give each of the page's widgets that has a scale a pixel size of ``base_px`` times it.

    The page's widgets are the ones it keeps as attributes (all its labels and buttons are):
    ``findChildren`` would make a Python wrapper for every one of Qt's internal children, and
    a wrapper type for each of their classes, which costs start-up time.
    """
    for w in vars(page).values():
        if not isinstance(w, QWidget):
            continue
        scale = w.property("scale")
        if isinstance(scale, (int, float)):
            f = w.font()
            px = max(11, round(base_px * float(scale)))
            if f.pixelSize() != px:
                f.setPixelSize(px)
                w.setFont(f)
