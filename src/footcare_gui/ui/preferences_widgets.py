"""Small helpers the Preferences tabs share: describing a control, a titled form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget


def describe(widget: QWidget, name: str, accessible: str, tip: str) -> None:
    """Name a control for tests and screen readers, and give it its tooltip."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)
    widget.setAccessibleDescription(tip)


def form_box(title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
    """A titled group with a form whose labels sit right-aligned before their fields."""
    box = QGroupBox(title)
    box.setObjectName(name)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(8)
    return box, form
