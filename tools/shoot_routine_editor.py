"""Take the routine editor's screenshots (run under Xvfb):

    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python tools/shoot_routine_editor.py

A routine of one's own is built as a user would, with zones picked by clicking the feet.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from footcare_gui.assets import asset_path
from footcare_gui.core.routine_library import RoutineLibrary
from footcare_gui.core.routines import load_routines
from footcare_gui.core.settings import Settings, Theme, settings_to_dict
from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.app_controller import AppController
from footcare_gui.ui.application import make_application
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.routine_editor import RoutineEditor
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.theme import apply_theme

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(6):
        app.processEvents()


def click_zone(editor: RoutineEditor, foot: Foot, view: View, zone: str) -> None:
    feet = editor.picker.feet
    rect = feet.zone_rect(foot, view, zone)
    assert rect is not None, zone
    at = (rect.center() - QPointF(feet.canvas.pos())).toPoint()
    QTest.mouseClick(feet.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def main() -> int:
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "settings.json"
        path.write_text(
            json.dumps(settings_to_dict(Settings(precautions_acknowledged=True))), "utf-8"
        )
        apply_theme(app, Theme.LIGHT.value)
        store = SettingsController(path)
        window = MainWindow()
        library = RoutineLibrary(load_routines(asset_path("routines")).routines, folder / "own")
        controller = AppController(window, library.routines, store, library=library)
        window.resize(1280, 800)
        window.show()
        settle(app)

        editor = controller.routine_actions.new_routine()
        editor.resize(1280, 820)
        settle(app)
        editor.name.setText("Arch and heel")
        editor.summary.setText("A short evening routine for tired arches and heels.")
        form = editor.form
        form.title.setText("Warm the hands")
        form.instruction.setPlainText("Rub a little oil between your palms until they feel warm.")
        form.why.setPlainText("Warm hands glide without tugging.")
        form.once.click()
        editor.add_step()
        form.title.setText("Circle the arch with thumbs")
        form.instruction.setPlainText(
            "Rest both thumbs in the hollow of the arch and make small circles, a little firmer"
            " where it feels tight."
        )
        form.why.setPlainText("The arch is said to reflect digestion.")
        form.technique.setCurrentIndex(form.technique.findData("circles"))
        form.technique.activated.emit(form.technique.currentIndex())
        form.duration.setValue(90)
        settle(app)
        for zone in ("solar-plexus", "stomach", "kidneys-adrenals", "small-intestine"):
            click_zone(editor, Foot.RIGHT, View.SOLE, zone)
            settle(app)
        rect = editor.picker.feet.zone_rect(Foot.LEFT, View.SOLE, "pancreas")
        assert rect is not None
        QCursor.setPos(editor.picker.feet.mapToGlobal(rect.center().toPoint()))
        settle(app)
        editor.grab().save(str(OUT / "routine-editor.png"))
        editor.picker.grab().save(str(OUT / "routine-editor-zones.png"))

        # A step with a problem: the field says why, the list marks it, Save waits.
        editor.add_step()
        form.title.setText("Press the heel")
        form.hi.setValue(15)
        settle(app)
        editor.grab().save(str(OUT / "routine-editor-problem.png"))
        print(editor.status.text(), editor.total.text())
        editor.remove_step()
        editor.save()
        settle(app)

        # Preferences: the routine just saved is chosen, with Edit… and New… beside it.
        controller.dialogs.preferences()
        settle(app)
        from footcare_gui.ui.preferences_dialog import PreferencesDialog

        dialog = window.findChild(PreferencesDialog)
        assert dialog is not None
        dialog.grab().save(str(OUT / "preferences-routine.png"))
        dialog.close()
        menu = window.routine_menu
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        settle(app)
        menu.grab().save(str(OUT / "routine-menu.png"))
        menu.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
