"""The diagrams' screenshots (issue 17) and the stroke animation, into ``docs/screenshots/``.

Run under Xvfb from the repository:
``xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python tools/shoot_diagrams.py``

* ``foot-map.png`` (Light: a zone chosen, one of its steps shown) and ``foot-map-night.png``
  (Night: a search for "back");
* ``session-motion-light.png`` and ``session-motion-night.png``: the real window at 1280x800,
  a step's motion caught mid-way (the session runs on a fake clock, so the moment is exact);
* ``art-old-new.png``: the right foot's sole and top before the art pass (read from git at
  ``OLD_ART``) beside the art now;
* ``stroke.webp``: two loops of the "Stroke the whole foot" motion, 25 frames a second, each
  frame grabbed from a FootView on a fake clock. Pillow writes the animated WebP (Qt's image
  writer writes single images only); Pillow is not a dependency of the app: install it into
  the virtual environment for this tool (``.venv/bin/pip install pillow``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from footcare_gui.assets import asset_path
from footcare_gui.core.plan import build_plan
from footcare_gui.core.routines import load_routines
from footcare_gui.core.session_view import feet_for
from footcare_gui.core.settings import Theme
from footcare_gui.core.zones import Foot, View
from footcare_gui.ui.app_controller import AppController
from footcare_gui.ui.application import make_application
from footcare_gui.ui.foot_map_dialog import FootMapDialog
from footcare_gui.ui.foot_motion import FRAME_MS
from footcare_gui.ui.foot_view import FootView
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.theme import apply_theme

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
OLD_ART = "9457c8e"  # the last commit with the art before the pass
ROUTINES = load_routines(asset_path("routines")).routines


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(image: QImage, name: str) -> None:
    path = OUT / name
    image.save(str(path))
    print("wrote", path)


# ---------------------------------------------------------------- the map


def shoot_map(app: QApplication) -> None:
    apply_theme(app, "light")
    d = FootMapDialog(ROUTINES, "evening-reflexology")
    d.resize(1600, 940)
    d.show()
    settle(app)
    d.canvas.select((Foot.RIGHT, View.SOLE, "stomach"))
    d.panel.show_step(ROUTINES["evening-reflexology"].step("thumb-circles"))
    settle(app)
    save(d.grab().toImage(), "foot-map.png")
    d.close()
    apply_theme(app, "night")
    d = FootMapDialog(ROUTINES, "quick-wind-down")
    d.resize(1600, 940)
    d.show()
    settle(app)
    d.search.setText("back")
    d.canvas.select((Foot.LEFT, View.TOP, "lower-back"))
    settle(app)
    save(d.grab().toImage(), "foot-map-night.png")
    d.close()


# ---------------------------------------------------------------- mid-animation


def _at_step(controller: AppController, clock: Any, step: str, foot: Foot) -> None:
    s = controller.session
    assert s is not None
    index = next(i for i, p in enumerate(s.plan) if p.step.id == step and p.foot is foot)
    s.jump(index)
    controller.tick()


def _motion_at(
    app: QApplication,
    window: MainWindow,
    controller: AppController,
    clock: Any,
    t: float,
) -> None:
    """Let the step's motion run ``t`` seconds on the fake clock (a second at a time, as the
    session's timer does), then draw that moment."""
    motion = window.session_page.feet.motion
    assert motion is not None and motion.running()
    while motion.elapsed() + 1.0 < t:
        clock.now += 1.0
        controller.tick()
    clock.now += t - motion.elapsed()
    controller.tick()
    motion.timer.timeout.emit()
    settle(app)


def shoot_motion(app: QApplication, folder: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import screenshots  # tools/screenshots.py: the same window, fake clock and stand-ins

    for theme, step, foot, moment, name in (
        (Theme.LIGHT, "stroke-whole-foot", Foot.RIGHT, 2.6 + 1.0, "session-motion-light.png"),
        (Theme.NIGHT, "thumb-circles", Foot.LEFT, 1.8 * 3 + 0.5, "session-motion-night.png"),
    ):
        window, controller, clock = screenshots.make(app, folder, theme)
        controller.choose_foot(Foot.RIGHT)
        controller.begin()
        _at_step(controller, clock, step, foot)
        _motion_at(app, window, controller, clock, moment)
        save(window.grab().toImage(), name)
        window.close()


# ---------------------------------------------------------------- the art, before and after


def shoot_art() -> None:
    w, h, gap, head = 300, 720, 24, 46
    names = ("sole-right", "top-right")
    old = {
        n: subprocess.run(
            ["git", "show", f"{OLD_ART}:assets/feet/{n}.svg"],
            cwd=REPO,
            capture_output=True,
            check=True,
        ).stdout
        for n in names
    }
    new = {n: asset_path("feet", f"{n}.svg").read_bytes() for n in names}
    width = 4 * w + 3 * gap + 2 * gap
    img = QImage(width, h + head, QImage.Format.Format_RGB32)
    img.fill(QColor("#f5f1ea"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(22)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#2a2622"))
    x = 0.0
    for title, art in (("Before", old), ("After", new)):
        p.drawText(QRectF(x, 4, 2 * w + gap, head - 8), Qt.AlignmentFlag.AlignCenter, title)
        for n in names:
            QSvgRenderer(QByteArray(art[n])).render(p, QRectF(x, head, w, h))
            x += w + gap
        x += 2 * gap
    p.end()
    save(img, "art-old-new.png")


# ---------------------------------------------------------------- the stroke, animated


def shoot_stroke(app: QApplication) -> None:
    from PIL import Image  # the tool's own need; see the module's docstring

    apply_theme(app, "light")
    routine = ROUTINES["evening-reflexology"]
    plan = build_plan(routine, Foot.RIGHT)
    i = next(k for k, p in enumerate(plan) if p.step.id == "stroke-whole-foot")
    feet = feet_for(plan[i], plan[i + 1])
    assert feet.motion is not None

    class Clock:
        now = 0.0

        def __call__(self) -> float:
            return self.now

    clock = Clock()
    view = FootView()
    view.resize(760, 560)
    view.show()
    view.show_feet(feet)
    settle(app)
    view.set_moving(True, clock)
    motion = view.motion
    assert motion is not None
    cells = [c.rect for c in view.cells() if c.foot is Foot.RIGHT]
    area = cells[0].united(cells[-1]).adjusted(-16, -40, 16, 26)
    area.translate(view.canvas.pos())
    box = area.toAlignedRect().intersected(view.rect())
    frames = []
    count = round(2 * feet.motion.loop * 1000 / FRAME_MS)  # two loops
    for k in range(count):
        clock.now = k * FRAME_MS / 1000
        motion.timer.timeout.emit()
        image = view.grab(box).toImage().convertToFormat(QImage.Format.Format_RGBA8888)
        raw = bytes(image.constBits())
        size = (image.width(), image.height())
        frames.append(Image.frombuffer("RGBA", size, raw, "raw", "RGBA", image.bytesPerLine(), 1))
    path = OUT / "stroke.webp"
    frames[0].save(
        path,
        save_all=True,
        append_images=frames[1:],
        duration=FRAME_MS,
        loop=0,
        quality=70,  # the hatch is fine detail: lossless would be about 2.5 MiB
        method=6,
        minimize_size=True,
    )
    print("wrote", path, f"({len(frames)} frames, {path.stat().st_size // 1024} KiB)")
    view.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        shoot_map(app)
        shoot_motion(app, Path(tmp))
    shoot_art()
    shoot_stroke(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
