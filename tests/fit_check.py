"""Find text that is cut off or widgets that overlap in a shown window (issue 15).

``check_fit(window)`` looks at every visible widget of a window or dialog, laid out at its
current size, and returns a :class:`Finding` for each:

- a label without word wrap whose text (plain, or rich text measured with QTextDocument) is
  wider or taller than its contents;
- a word-wrapped label that needs more height for its width than it has, or holds a word
  wider than itself (word wrap never breaks a word);
- a button, check box or radio button narrower than its size hint;
- a combo box whose current text does not fit its field;
- a tab whose text is elided, or that lies outside its tab bar;
- a group box whose title is wider than the box;
- a menu bar title that does not fit (Qt hides it behind a » button);
- a status bar message wider than the bar;
- a scroll area that scrolls sideways (its rows' ends are hidden);
- visible widgets side by side in one layout whose geometries overlap.

Some texts are elided on purpose (with a tooltip holding the whole text): pass them in
``allowed``, by the name :func:`name_of` gives, each with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextOption
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLayout,
    QMenuBar,
    QScrollArea,
    QStackedLayout,
    QStatusBar,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QWidget,
)

SLACK = 1  # px: rounding between the ways Qt measures text


@dataclass(frozen=True)
class Finding:
    """One widget whose text does not fit, or two that overlap."""

    widget: str  # name_of(widget)
    problem: str  # "cut off", "overlaps"...
    text: str
    sizes: str  # what it needs against what it has

    def __str__(self) -> str:
        return f"{self.widget}: {self.problem} ({self.sizes}): {self.text!r}"


def name_of(w: QWidget) -> str:
    """``Class#objectName``, inside the nearest named ancestor for a widget with no name."""
    own = f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__
    if w.objectName() or w.isWindow():
        return own
    p = w.parentWidget()
    while p is not None and not p.objectName() and not p.isWindow():
        p = p.parentWidget()
    return own if p is None else f"{name_of(p)} > {own}"


def check_fit(window: QWidget, allowed: Mapping[str, str] | None = None) -> list[Finding]:
    """Every text of ``window``'s visible widgets that is cut off, and every overlap."""
    allowed = allowed or {}
    found: list[Finding] = []
    for w in _visible(window):
        found += _text_fits(w)
        found += _overlaps(w)
    return [f for f in found if f.widget not in allowed]


def _visible(window: QWidget) -> Iterator[QWidget]:
    yield window
    for w in window.findChildren(QWidget):
        if w.isVisible() and w.window() is window:
            yield w


def _text_fits(w: QWidget) -> list[Finding]:
    if isinstance(w, QLabel):
        return _label(w)
    if isinstance(w, QAbstractButton):
        return _button(w)
    if isinstance(w, QComboBox):
        return _combo(w)
    if isinstance(w, QTabBar):
        return _tabs(w)
    if isinstance(w, QGroupBox):
        return _group(w)
    if isinstance(w, QMenuBar):
        return _menu_bar(w)
    if isinstance(w, QStatusBar):
        return _status(w)
    if isinstance(w, QScrollArea):
        return _sideways(w)
    return []


def _cut(w: QWidget, text: str, need: QSize | int, have: QSize | int, how: str = "") -> Finding:
    def show(s: QSize | int) -> str:
        return f"{s.width()}x{s.height()}" if isinstance(s, QSize) else str(s)

    return Finding(name_of(w), f"cut off{how}", text, f"needs {show(need)}, has {show(have)}")


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def _document(label: QLabel, width: float = -1) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if width >= 0 else QTextOption.WrapMode.NoWrap)
    doc.setDefaultTextOption(option)
    if _rich(label):
        doc.setHtml(label.text())
    elif label.buddy() is not None:  # "&Find:" shows as "Find:"
        doc.setPlainText(re.sub(r"&(.)", r"\1", label.text()))
    else:
        doc.setPlainText(label.text())
    if width >= 0:
        doc.setTextWidth(width)
    return doc


def _label_room(label: QLabel) -> QRect:
    """The rectangle a label draws its text in (QLabel's contents, margin and indent)."""
    room = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    indent = label.indent()
    if indent < 0 and label.frameWidth() > 0:
        indent = label.fontMetrics().horizontalAdvance("x") // 2
    if indent > 0:
        room.setWidth(room.width() - indent)
    return room


def _label(label: QLabel) -> list[Finding]:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return []
    room = _label_room(label)
    if label.wordWrap():
        found = []
        doc = _document(label, room.width())
        if doc.idealWidth() > room.width() + SLACK:  # a word wider than the label
            found.append(_cut(label, text, round(doc.idealWidth()), room.width(), ": a word"))
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            found.append(_cut(label, text, need, label.height(), ": lines"))
        return found
    if _rich(label):
        doc = _document(label)
        need = QSize(round(doc.idealWidth()), round(doc.size().height()))
    else:
        flags = Qt.TextFlag.TextExpandTabs
        if label.buddy() is not None:
            flags |= Qt.TextFlag.TextShowMnemonic
        need = QFontMetrics(label.font()).size(int(flags), text)
    if need.width() > room.width() + SLACK or need.height() > room.height() + SLACK:
        return [_cut(label, text, need, room.size())]
    return []


def _button(b: QAbstractButton) -> list[Finding]:
    if not b.text().strip():
        return []
    need = b.sizeHint()
    if need.width() > b.width() + SLACK:
        return [_cut(b, b.text(), need.width(), b.width())]
    return []


def _combo(c: QComboBox) -> list[Finding]:
    text = c.currentText()
    if not text.strip() or c.isEditable():  # an editable one shows its text in a line edit
        return []
    opt = QStyleOptionComboBox()
    opt.initFrom(c)
    opt.currentText = text
    opt.frame = c.hasFrame()
    opt.subControls = QStyle.SubControl.SC_All
    field = c.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, c
    )
    need = c.fontMetrics().horizontalAdvance(text)
    icon = c.itemIcon(c.currentIndex())
    if not icon.isNull():
        need += c.iconSize().width() + 4
    if need > field.width() + SLACK:
        return [_cut(c, text, need, field.width())]
    return []


def _tabs(bar: QTabBar) -> list[Finding]:
    found = []
    fm = bar.fontMetrics()
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        text, rect = bar.tabText(i), bar.tabRect(i)
        need = fm.size(int(Qt.TextFlag.TextShowMnemonic), text).width() + space
        if need > rect.width() + SLACK:
            found.append(_cut(bar, text, need, rect.width(), ": elided tab"))
        elif rect.right() > bar.width() or rect.left() < 0:
            found.append(_cut(bar, text, rect.right() + 1, bar.width(), ": tab off the bar"))
    return found


def _group(box: QGroupBox) -> list[Finding]:
    if not box.title().strip():
        return []
    opt = QStyleOptionGroupBox()
    opt.initFrom(box)
    opt.text = box.title()
    opt.lineWidth = 1
    opt.subControls = QStyle.SubControl.SC_GroupBoxFrame | QStyle.SubControl.SC_GroupBoxLabel
    if box.isCheckable():
        opt.subControls |= QStyle.SubControl.SC_GroupBoxCheckBox
    opt.textAlignment = box.alignment()
    title = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, opt, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    if title.right() > box.width() - 1 + SLACK or title.left() < 0:
        return [_cut(box, box.title(), title.right() + 1, box.width(), ": title")]
    return []


def _menu_bar(bar: QMenuBar) -> list[Finding]:
    found = []
    for a in bar.actions():
        if a.isVisible() and not a.isSeparator():
            g = bar.actionGeometry(a)
            if g.isEmpty() or g.right() > bar.width() - 1:
                found.append(_cut(bar, a.text(), g.right() + 1, bar.width(), ": menu title"))
    return found


def _status(bar: QStatusBar) -> list[Finding]:
    text = bar.currentMessage()
    need = bar.fontMetrics().horizontalAdvance(text)
    if text and need > bar.contentsRect().width() - 8:  # QStatusBar draws it 4 px in
        return [_cut(bar, text, need, bar.contentsRect().width() - 8, ": status message")]
    return []


def _sideways(area: QScrollArea) -> list[Finding]:
    """A scroll area of rows or a form that must scroll sideways hides their ends."""
    bar, content = area.horizontalScrollBar(), area.widget()
    if bar.isVisible() and content is not None:
        need, have = content.width(), area.viewport().width()
        return [Finding(name_of(area), "scrolls sideways", "", f"needs {need}, has {have}")]
    return []


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    """The widgets a layout places, its nested layouts' included (not a stack's pages)."""
    if isinstance(layout, QStackedLayout):
        return
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        w = item.widget()
        if w is not None:
            yield w
        elif (inner := item.layout()) is not None:
            yield from _layout_widgets(inner)


def _overlaps(parent: QWidget) -> list[Finding]:
    layout = parent.layout()
    if layout is None:
        return []
    shown = [
        w
        for w in _layout_widgets(layout)
        if w.isVisible() and not w.geometry().isEmpty() and not _blank(w)
    ]
    found = []
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            both = a.geometry().intersected(b.geometry())
            if not both.isEmpty():
                found.append(
                    Finding(
                        name_of(a),
                        f"overlaps {name_of(b)}",
                        _text_of(a) or _text_of(b),
                        f"{both.width()}x{both.height()} px in common",
                    )
                )
    scrolls = isinstance(parent.parentWidget(), QAbstractScrollArea)  # a scrolled content
    if not scrolls:
        room = parent.rect()
        for w in shown:
            if not room.contains(w.geometry()):
                g = w.geometry()
                found.append(
                    Finding(
                        name_of(w),
                        f"outside {name_of(parent)}",
                        _text_of(w),
                        f"at {g.x()},{g.y()} {g.width()}x{g.height()} in "
                        f"{room.width()}x{room.height()}",
                    )
                )
    return found


def _blank(w: QWidget) -> bool:
    """An empty label (a form's empty label column): nothing of it shows."""
    return isinstance(w, QLabel) and not w.text() and w.pixmap().isNull()


def _text_of(w: QWidget) -> str:
    for getter in ("text", "title", "currentText"):
        value = getattr(w, getter, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str):
                return text
    return ""
