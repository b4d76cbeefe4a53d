"""Safety first: the precautions and the plain statement that reflexology is unproven."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from footcare_gui.core.i18n import translate
from footcare_gui.core.texts import DISCLAIMER, PRECAUTIONS
from footcare_gui.ui.widgets import natural_size


def _para(text: str, *, px: int, bold: bool = False, muted: bool = False) -> QLabel:
    w = QLabel(text)
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.PlainText)
    f = w.font()
    f.setPixelSize(px)
    f.setBold(bold)
    w.setFont(f)
    if muted:
        w.setProperty("role", "muted")
    return w


class PrecautionsDialog(QDialog):
    """Shown before the very first session (``first_time``), and from Help at any time."""

    def __init__(self, *, first_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("precautionsDialog")
        self.setWindowTitle(translate("PrecautionsDialog", "Safety and precautions"))
        self.setMinimumWidth(520)
        col = QVBoxLayout(self)
        col.setContentsMargins(28, 24, 28, 20)
        col.setSpacing(10)
        col.addWidget(_para(translate("Texts", PRECAUTIONS.title), px=22, bold=True))
        for line in PRECAUTIONS.bullets:
            col.addWidget(_para(f"•  {translate('Texts', line)}", px=16))
        col.addSpacing(10)
        col.addWidget(_para(translate("PrecautionsDialog", "About reflexology"), px=17, bold=True))
        col.addWidget(_para(translate("Texts", DISCLAIMER), px=15, muted=True))
        col.addSpacing(12)
        buttons = QDialogButtonBox()
        if first_time:
            ok = buttons.addButton(
                translate("PrecautionsDialog", "I understand, let's begin"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            buttons.addButton(
                translate("PrecautionsDialog", "Not now"), QDialogButtonBox.ButtonRole.RejectRole
            )
        else:
            ok = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            ok.clicked.connect(self.accept)
        ok.setObjectName("acknowledgeButton")
        ok.setProperty("primary", True)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        natural_size(self)  # every line of the text, on a small screen too
