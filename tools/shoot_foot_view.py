"""Show FootView in a real window and save screenshots to ``docs/screenshots/foot-*.png``.

Run under Xvfb:
``xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python tools/shoot_foot_view.py``
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from footcare_gui.core.feet_shown import feet_shown
from footcare_gui.core.routines import StepView, Technique
from footcare_gui.core.zones import Foot
from footcare_gui.ui.foot_view import FootView

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

# The app's own themes, when the theme module is there; plain palettes otherwise.
LIGHT = {"window": "#f5f1ea", "text": "#2a2622", "accent": "#c9772e", "on_accent": "#fcfaf6"}
DARK = {"window": "#1e2023", "text": "#e6e3de", "accent": "#e0a060", "on_accent": "#14201c"}


def palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "window"),
        (role.WindowText, "text"),
        (role.Text, "text"),
        (role.ToolTipText, "text"),
        (role.Highlight, "accent"),
        (role.Accent, "accent"),
        (role.HighlightedText, "on_accent"),
    ):
        p.setColor(r, QColor(c[key]))
    return p


def main() -> int:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    window = QWidget()
    window.setWindowTitle("FootView")
    box = QVBoxLayout(window)
    view = FootView()
    box.addWidget(view)
    window.resize(900, 700)
    window.setAutoFillBackground(True)
    shots: list[tuple[str, dict[str, str], dict[str, object]]] = [
        (
            "foot-sole",
            LIGHT,
            {"zones": [], "view": StepView.SOLE, "technique": None, "active_foot": None},
        ),
        (
            "foot-top",
            LIGHT,
            {
                "zones": ["toe-tops"],
                "view": StepView.TOP,
                "technique": Technique.STROKE,
                "active_foot": Foot.LEFT,
            },
        ),
        (
            "foot-both",
            LIGHT,
            {
                "zones": ["toes", "lymph"],
                "view": StepView.BOTH,
                "technique": Technique.STRETCH,
                "active_foot": None,
            },
        ),
        (
            "foot-highlight",
            LIGHT,
            {
                "zones": ["arch"],
                "view": StepView.SOLE,
                "technique": Technique.CIRCLES,
                "active_foot": Foot.RIGHT,
            },
        ),
        (
            "foot-highlight-dark",
            DARK,
            {
                "zones": ["stomach", "pancreas", "solar-plexus"],
                "view": StepView.SOLE,
                "technique": Technique.CIRCLES,
                "active_foot": Foot.RIGHT,
            },
        ),
        (
            "foot-press-dark",
            DARK,
            {
                "zones": ["heel", "spine"],
                "view": StepView.SOLE,
                "technique": Technique.PRESS,
                "active_foot": Foot.LEFT,
            },
        ),
    ]
    window.show()
    for name, colours, step in shots:
        window.setPalette(palette(colours))
        view.show_feet(feet_shown(**step))
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        print(f"saved {OUT / name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
