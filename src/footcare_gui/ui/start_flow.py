"""The start page's logic: the routine (kept in the settings), the first foot, the
precautions before the first session, and the request to begin."""

from __future__ import annotations

import time
from collections.abc import Mapping

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal

from footcare_gui.core.feet_shown import choosing
from footcare_gui.core.i18n import translate
from footcare_gui.core.routines import Routine
from footcare_gui.core.settings import FootChoice, Settings, chosen_routine
from footcare_gui.core.start_view import start_info
from footcare_gui.core.zones import Foot
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.start_page import StartPage


class StartFlow(QObject):
    """Fills the start page from the settings and the foot choice; asks to begin."""

    begin_requested = Signal(object, object)  # the Routine and the first Foot
    status = Signal(str)

    def __init__(
        self,
        page: StartPage,
        routines: Mapping[str, Routine],
        settings: SettingsController,
        foot: Foot | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.routines = routines  # a live view: the user's own routines come and go
        self.settings = settings
        if foot is None and settings.settings.first_foot is not FootChoice.ASK:
            foot = Foot(settings.settings.first_foot.value)
        self._foot = foot
        self._fill_routines()
        page.routine.currentIndexChanged.connect(self._on_routine_chosen)
        page.left.clicked.connect(lambda: self.choose_foot(Foot.LEFT))
        page.right.clicked.connect(lambda: self.choose_foot(Foot.RIGHT))
        page.start.clicked.connect(self.begin)
        page.voice.toggled.connect(self._on_voice_toggled)
        settings.changed.connect(self._show)
        self._show(settings.settings)

    def _fill_routines(self) -> None:
        combo = self.page.routine
        with QSignalBlocker(combo):
            combo.clear()
            for rid, r in self.routines.items():
                combo.addItem(r.title, rid)

    def routines_changed(self) -> None:
        """A routine was added, changed or removed: list them again and show the chosen one."""
        self._fill_routines()
        self._show(self.settings.settings)

    @property
    def routine(self) -> Routine:
        """The routine the next session follows (the settings own the choice)."""
        chosen = chosen_routine(self.settings.settings, self.routines)
        assert chosen is not None  # the app does not start without a routine
        return chosen

    @property
    def first_foot(self) -> Foot | None:
        return self._foot

    def choose_foot(self, foot: Foot) -> None:
        """Pick the foot that goes first this time."""
        self._foot = foot
        self._show(self.settings.settings)

    def _on_routine_chosen(self) -> None:
        rid = self.page.routine.currentData()
        if rid is not None and rid != self.settings.settings.routine:
            self.settings.update(routine=rid)

    def _on_voice_toggled(self, on: bool) -> None:
        if on != self.settings.settings.voice:
            self.settings.update(voice=on)

    def _show(self, s: Settings) -> None:
        page, routine = self.page, self.routine
        with QSignalBlocker(page.routine):
            page.routine.setCurrentIndex(max(0, page.routine.findData(routine.id)))
        with QSignalBlocker(page.voice):
            page.voice.setChecked(s.voice)
        info = start_info(s, routine, self._foot, int(time.time() // 86400))
        page.intro.setText(info.intro)
        page.routine_info.setText(info.routine_line)
        page.tip.setText(info.tip)
        page.left.setChecked(self._foot is Foot.LEFT)
        page.right.setChecked(self._foot is Foot.RIGHT)
        page.start.setEnabled(info.can_start)
        page.start.setText(info.start_label)
        page.feet.show_feet(choosing(self._foot))
        page.words_changed()

    def begin(self) -> None:
        """Ask for a session with the chosen routine and foot (after the precautions, once)."""
        if self._foot is None:
            self.status.emit(
                translate(
                    "StartFlow", "Choose which foot goes first: the one that feels more tired."
                )
            )
            return
        if not self.settings.settings.precautions_acknowledged:
            from footcare_gui.ui.precautions_dialog import PrecautionsDialog  # first run only

            dialog = PrecautionsDialog(first_time=True, parent=self.page.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(self._on_precautions_accepted)
            dialog.open()
            return
        self.begin_requested.emit(self.routine, self._foot)

    def _on_precautions_accepted(self) -> None:
        self.settings.update(precautions_acknowledged=True)
        self.begin()
