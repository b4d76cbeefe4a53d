"""The routine editor's step pane: the selected step's fields, its zones on the feet and its
preview, in a scroll area that only ever scrolls down.

Where the pane is wide enough, the zones stand beside the fields and the preview and take the
pane's height, as before; on a small screen (800x600) they go under the fields, before the
preview, and the pane scrolls (the editor was 960 to 1060 px wide: partly off such a screen).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QScrollArea, QStyle, QWidget

from footcare_gui.ui.step_form import StepForm
from footcare_gui.ui.step_widgets import StepPreview
from footcare_gui.ui.zone_picker import ZonePicker

BESIDE = 280  # px: the narrowest the zones are shown beside the fields
FEET_UNDER = 300  # px: the feet's height under the fields (beside, they fill the pane's)
FEET_BESIDE = 160  # px: FootCanvas's own minimum
SPACING = 16
GAP = 8  # px between the fields and the scroll bar


class StepPane(QScrollArea):
    """Holds the editor's StepForm, ZonePicker and StepPreview, side by side or stacked."""

    def __init__(self, form: StepForm, picker: ZonePicker, preview: StepPreview) -> None:
        super().__init__()
        self.setObjectName("stepPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.form, self.picker, self.preview = form, picker, preview
        content = QWidget()
        content.setObjectName("stepPaneContent")
        self.grid = QGridLayout(content)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # Room between the fields and the scroll bar, while there is one.
        self.verticalScrollBar().rangeChanged.connect(
            lambda _lo, hi: self.grid.setContentsMargins(0, 0, GAP if hi > 0 else 0, 0)
        )
        self.grid.setHorizontalSpacing(SPACING)
        self.grid.setVerticalSpacing(10)
        self.setWidget(content)
        self.beside: bool | None = None
        self._arrange(beside=True)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a mnemonic's field must not stay scrolled away
            app.focusChanged.connect(self._follow_focus)

    def minimumSizeHint(self) -> QSize:
        """The stacked arrangement's width (never a sideways scroll) and a few lines' height."""
        widest = max(w.minimumSizeHint().width() for w in (self.form, self.picker, self.preview))
        height = super().minimumSizeHint().height()
        return QSize(widest + GAP + self._bar() + 2 * self.frameWidth(), height)

    def fits_beside(self, width: int) -> bool:
        """Whether a pane this wide shows the zones beside the fields, whole (the fields'
        rows unwrapped), with room for the scroll bar."""
        column = max(self.form.unwrapped_width(), self.preview.minimumSizeHint().width())
        return width >= column + SPACING + BESIDE + GAP + self._bar() + 2 * self.frameWidth()

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        beside = self.fits_beside(event.size().width())
        self._arrange(beside)
        # Beside the zones the fields keep every row on one line (the type may have changed).
        self.grid.setColumnMinimumWidth(0, self.form.unwrapped_width() if beside else 0)
        super().resizeEvent(event)

    def _arrange(self, beside: bool) -> None:
        if beside == self.beside:
            return
        self.beside = beside
        g = self.grid
        for w in (self.form, self.picker, self.preview):
            g.removeWidget(w)
        if beside:
            g.addWidget(self.form, 0, 0)
            g.addWidget(self.preview, 1, 0)
            g.addWidget(self.picker, 0, 1, 3, 1)
        else:
            g.addWidget(self.form, 0, 0)
            g.addWidget(self.picker, 1, 0)
            g.addWidget(self.preview, 2, 0)
        g.setColumnStretch(0, 7)  # the fields a little wider than the feet, as they were
        g.setColumnStretch(1, 6 if beside else 0)
        g.setRowStretch(1, 0 if beside else 1)
        g.setRowStretch(2, 1 if beside else 0)
        # The canvas asks for no more than its minimum: a layout takes a part's preferred
        # height for its width as that part's minimum, and the pane would scroll for it.
        canvas = self.picker.feet.canvas
        canvas.setMinimumHeight(FEET_BESIDE if beside else FEET_UNDER)
        canvas.hint = QSize(BESIDE, canvas.minimumHeight())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.ensureWidgetVisible(new)
