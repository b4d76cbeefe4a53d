"""The foot map (View → Foot map, F2, and from the start page): every zone of both feet to
explore. Search by a zone's name or a body area; choose a zone to read what it is said to
reflect, on which feet, and which steps of a routine work it; choose a step to see its page.

Imported when the map is first opened (start-up does not pay for it).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.feet_shown import feet_shown
from footcare_gui.core.foot_map import facts, search, steps_working
from footcare_gui.core.i18n import translate
from footcare_gui.core.motion import motion_of
from footcare_gui.core.routines import Routine, Step
from footcare_gui.core.texts import format_clock
from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.foot_map_canvas import FootMapCanvas
from footcare_gui.ui.foot_map_chip import zone_name
from footcare_gui.ui.foot_map_layout import MAP_ORDER, Key
from footcare_gui.ui.foot_view import FootView

PANEL_WIDTH = 340
NARROW_PANEL = 300  # on a small screen: the map's room for a foot's sole and top together
NARROW = 1000  # px: a dialog narrower than this has the narrow panel


def _label(text: str = "", *, name: str, size: float = 1.0, bold: bool = False) -> QLabel:
    w = QLabel(text)
    w.setObjectName(name)
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    f = w.font()
    f.setPointSizeF(f.pointSizeF() * size)
    f.setBold(bold)
    w.setFont(f)
    return w


class StepPreview(QFrame):
    """A step as its page shows it: title, length, what to do, why, and the feet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = _label(name="previewTitle", size=1.15, bold=True)
        self.meta = _label(name="previewMeta")
        self.meta.setProperty("role", "muted")
        self.instruction = _label(name="previewInstruction")
        self.why = _label(name="previewWhy")
        self.why.setProperty("role", "muted")
        italic = self.why.font()
        italic.setItalic(True)
        self.why.setFont(italic)
        self.feet = FootView()
        self.feet.setObjectName("previewFeet")
        self.feet.setMinimumHeight(250)
        col = QVBoxLayout(self)
        for w in (self.title, self.meta, self.instruction, self.why):
            col.addWidget(w)
        col.addWidget(self.feet, 1)

    def show_step(self, routine: Routine, step: Step, key: Key) -> None:
        clock = format_clock(step.duration)
        each = (
            translate("FootMap", "on each foot")
            if routine.on_each_foot(step)
            else translate("FootMap", "once")
        )
        self.title.setText(step.title)
        self.meta.setText(f"{routine.title} · {clock} {each}")
        self.instruction.setText(step.instruction)
        self.why.setText(step.why)
        foot = key[0]
        self.feet.show_feet(
            feet_shown(step.zones, step.view, step.technique, foot, motion_of(step))
        )
        self.setAccessibleName(translate("FootMap", "Preview of the step: {0}").format(step.title))


class StepButton(QPushButton):
    """A step that works the zone: a flat button whose words wrap (a German title was wider
    than the panel, which then scrolled sideways)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setFlat(True)
        # No focus rectangle: the theme's accent border shows the focus (a text-less button's
        # rectangle was a grey line struck through its words).
        self.setStyleSheet("border-radius: 6px; outline: none;")
        self.words = _label(text, name="stepButtonWords")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 3, 8, 3)
        box.addWidget(self.words)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return super().sizeHint() if layout is None else layout.totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return super().minimumSizeHint() if layout is None else layout.totalMinimumSize()


class PartSwitch(QWidget):
    """Which foot, and which view, a narrow map shows; hidden while it shows all four."""

    def __init__(self, canvas: FootMapCanvas) -> None:
        super().__init__()
        self.setObjectName("mapPartSwitch")
        self.canvas = canvas
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        sole, top = translate("FootMap", "Sole"), translate("FootMap", "Top")
        self.feet = {f: self._button(row, f.label, f.value) for f in Foot}
        row.addSpacing(12)
        self.views = {
            View.SOLE: self._button(row, sole, "sole"),
            View.TOP: self._button(row, top, "top"),
        }
        for group in (self.feet, self.views):
            exclusive = QButtonGroup(self)
            for b in group.values():
                exclusive.addButton(b)
        for foot, b in self.feet.items():
            b.clicked.connect(lambda _=False, f=foot: canvas.show_part(f))
        for view, b in self.views.items():
            b.clicked.connect(lambda _=False, v=view: canvas.show_part(canvas.part[0], v))
            # Hidden while a foot's two views show, they keep their room: the dialog must not
            # widen when they come (the wider canvas would then show both views again).
            policy = b.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            b.setSizePolicy(policy)
        row.addStretch(1)
        canvas.shown_changed.connect(self.follow)
        self.hide()  # until the canvas, placed, shows less than all

    @staticmethod
    def _button(row: QHBoxLayout, text: str, name: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(f"show-{name}")
        b.setCheckable(True)
        b.setAutoDefault(False)
        b.setStyleSheet("padding: 3px 10px;")  # the theme's roomy padding: wider than the map
        row.addWidget(b)
        return b

    def follow(self) -> None:
        """Show and check what the canvas shows."""
        shown = self.canvas.shown
        self.setVisible(len(shown) < len(MAP_ORDER))
        foot, view = shown[0]
        self.feet[foot].setChecked(True)
        self.views[view].setChecked(True)
        for b in self.views.values():
            b.setVisible(len(shown) == 1)


class ZonePanel(QWidget):
    """What the map says about the chosen zone, and the steps of a routine that work it."""

    def __init__(self, routines: Mapping[str, Routine], routine_id: str | None) -> None:
        super().__init__()
        self.setObjectName("zonePanel")
        self.routines = dict(routines)
        self.key: Key | None = None
        self.name = _label(
            translate("FootMap", "Choose a zone"), name="zoneName", size=1.5, bold=True
        )
        self.where = _label(name="zoneWhere")
        self.where.setProperty("role", "muted")
        self.reflects = _label(
            translate(
                "FootMap",
                "Click a zone or its name, or tab to it, to read what it is said to reflect "
                "and which steps work it. Arrow keys move between zones; Enter opens one.",
            ),
            name="zoneReflects",
        )
        self.routine = QComboBox()
        self.routine.setObjectName("mapRoutineCombo")
        self.routine.setAccessibleName(translate("FootMap", "Routine"))
        self.routine.setToolTip(translate("FootMap", "Whose steps to list"))
        for rid, r in self.routines.items():
            self.routine.addItem(r.title, rid)
        if routine_id is not None and routine_id in self.routines:
            self.routine.setCurrentIndex(self.routine.findData(routine_id))
        self.routine.currentIndexChanged.connect(lambda _i: self._list_steps())
        self.steps_title = _label(name="stepsTitle", bold=True)
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(4)
        self.step_buttons: list[QPushButton] = []
        self.preview = StepPreview()
        self.preview.hide()
        note = _label(
            translate(
                "FootMap",
                "Reflexology is not scientifically proven: the map shows what its charts say, "
                "not medical facts.",
            ),
            name="mapNote",
            size=0.9,
        )
        note.setProperty("role", "muted")
        col = QVBoxLayout(self)
        col.setSpacing(8)
        for w in (self.name, self.where, self.reflects):
            col.addWidget(w)
        col.addSpacing(6)
        routine_row = QHBoxLayout()
        routine_row.addWidget(_label(translate("FootMap", "Steps in:"), name="routineLabel"))
        routine_row.addWidget(self.routine, 1)
        col.addLayout(routine_row)
        col.addWidget(self.steps_title)
        col.addLayout(self.steps_box)
        col.addWidget(self.preview, 1)
        col.addStretch(0)
        col.addWidget(note)

    def current_routine(self) -> Routine | None:
        rid = self.routine.currentData()
        return self.routines.get(rid) if isinstance(rid, str) else None

    def show_zone(self, key: Key) -> None:
        self.key = key
        f = facts(key[2])
        self.name.setText(zone_name(key[2]))
        side = (
            translate("FootMap", "Sole")
            if key[1] is View.SOLE
            else translate("FootMap", "Top of the foot")
        )
        self.where.setText(f"{f.feet} · {side} · {f.where}")
        self.reflects.setText(f.reflects)
        self.preview.hide()
        self._list_steps()

    def _list_steps(self) -> None:
        for b in self.step_buttons:
            b.deleteLater()
        self.step_buttons = []
        routine = self.current_routine()
        if self.key is None or routine is None:
            self.steps_title.setText("")
            return
        steps = steps_working(routine, self.key[2])
        if not steps:
            self.steps_title.setText(
                translate("FootMap", "No step of this routine works this zone.")
            )
        else:
            self.steps_title.setText(translate("FootMap", "Steps that work it:"))
        for step in steps:
            b = StepButton(f"{step.title}  ({format_clock(step.duration)})")
            b.setObjectName(f"step-{step.id}")
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setAccessibleName(step.title)
            b.setAccessibleDescription(translate("FootMap", "Show this step's page"))
            b.setToolTip(translate("FootMap", "Show this step's page"))
            b.clicked.connect(lambda _=False, s=step: self.show_step(s))
            self.steps_box.addWidget(b)
            self.step_buttons.append(b)
        self.preview.hide()

    def show_step(self, step: Step) -> None:
        routine = self.current_routine()
        if routine is None or self.key is None:
            return
        self.preview.show_step(routine, step, self.key)
        self.preview.show()

    def open_steps(self) -> None:
        """Enter on a zone: on to its first step (or its words, when no step works it)."""
        if self.step_buttons:
            self.step_buttons[0].setFocus(Qt.FocusReason.TabFocusReason)


class FootMapDialog(QDialog):
    """The foot map: search, the drawing with every zone named, and the chosen zone's page."""

    def __init__(
        self,
        routines: Mapping[str, Routine],
        routine_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("footMapDialog")
        self.setWindowTitle(translate("FootMap", "Foot map"))
        self.canvas = FootMapCanvas()
        self.search = QLineEdit()
        self.search.setObjectName("mapSearch")
        self.search.setPlaceholderText(
            translate("FootMap", "Find a zone or a body area: arch, neck, back…")
        )
        self.search.setAccessibleName(translate("FootMap", "Find a zone"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self._first_match)
        self.found = _label(name="mapFound")
        self.found.setProperty("role", "muted")
        self.found.hide()
        self.panel = ZonePanel(routines, routine_id)
        self.canvas.selected.connect(self.panel.show_zone)
        self.canvas.opened.connect(lambda _key: self.panel.open_steps())
        scroll = self.panel_scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(PANEL_WIDTH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        find_row = QHBoxLayout()
        find_label = _label(translate("FootMap", "&Find:"), name="findLabel")
        find_label.setTextFormat(Qt.TextFormat.AutoText)
        find_label.setBuddy(self.search)
        find_row.addWidget(find_label)
        find_row.addWidget(self.search, 1)
        left.addLayout(find_row)
        left.addWidget(self.found)
        self.part_switch = PartSwitch(self.canvas)
        left.addWidget(self.part_switch)
        left.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.addLayout(row, 1)
        outer.addWidget(buttons)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        width = min(1800, int(screen.width() * 0.94))
        self._fit_panel(width)
        # Never smaller than the canvas's minimum: a sole and its labels, one view at a time.
        self.resize(width, min(1000, int(screen.height() * 0.9)))

    def _fit_panel(self, width: int) -> None:
        self.panel_scroll.setFixedWidth(NARROW_PANEL if width < NARROW else PANEL_WIDTH)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_panel(event.size().width())
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter belongs to what has the focus (the search, a zone, a step): an Enter none of
        them took never presses a default button (the search's Enter pressed Close)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _find(self, text: str) -> None:
        zones = search(text) if text.strip() else None
        self.canvas.show_matches(zones)
        self.found.setVisible(zones is not None)  # no empty line's room above the map
        if zones is None:
            self.found.setText("")
        elif not zones:
            self.found.setText(translate("FootMap", "No zone matches “{0}”.").format(text.strip()))
        else:
            names = ", ".join(zone_name(z) for z in zones)
            self.found.setText(translate("FootMap", "{0} found: {1}").format(len(zones), names))

    def _first_match(self) -> None:
        """Enter in the search box: the first zone found, on the first foot that has it."""
        if self.canvas.matches is None:
            return
        shown = self.canvas.ordered()  # then the foot or view not shown on a narrow map
        for key in shown + [k for k in self.canvas.chips if k not in shown]:
            if key[2] in self.canvas.matches:
                self.canvas.select(key)
                return
