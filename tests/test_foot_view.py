"""FootView, rendered offscreen and checked pixel by pixel."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from PySide6.QtCore import QAbstractAnimation, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStackedWidget
from pytestqt.qtbot import QtBot

from footcare_gui.core.feet_shown import feet_shown
from footcare_gui.core.routines import StepView, Technique
from footcare_gui.core.zones import Foot, UnknownZoneError, View, zones_on
from footcare_gui.ui import foot_compose
from footcare_gui.ui.foot_art import load_art, parse_path
from footcare_gui.ui.foot_colours import FootColours
from footcare_gui.ui.foot_painter import FootPainter
from footcare_gui.ui.foot_view import FootView
from tests.test_prepare_next_step import count_compositions

LIGHT = {"window": "#f5f1ea", "text": "#2a2622", "accent": "#c9772e"}
DARK = {"window": "#1e2023", "text": "#e6e3de", "accent": "#e0a060"}


def _palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.WindowText, "text"),
        (role.Highlight, "accent"),
        (role.Accent, "accent"),
    ):
        p.setColor(r, QColor(c[key]))
    return p


@pytest.fixture
def view(qtbot: QtBot) -> FootView:
    w = FootView()
    qtbot.addWidget(w)
    w.setPalette(_palette(LIGHT))
    w.resize(900, 700)
    with qtbot.waitExposed(w):
        w.show()
    return w


def _show(
    v: FootView,
    zones: list[str],
    step_view: StepView = StepView.SOLE,
    foot: Foot | None = Foot.RIGHT,
    technique: Technique | None = None,
) -> QImage:
    v.show_feet(feet_shown(zones=zones, view=step_view, technique=technique, active_foot=foot))
    return v.grab().toImage()


def _changed(a: QImage, b: QImage, rect: QRectF, step: int = 2) -> float:
    """The share of sampled pixels in rect that differ between two images."""
    r = rect.toAlignedRect().intersected(a.rect())
    total = diff = 0
    for y in range(r.top(), r.bottom(), step):
        for x in range(r.left(), r.right(), step):
            total += 1
            diff += a.pixel(x, y) != b.pixel(x, y)
    assert total > 0
    return diff / total


def _rect(v: FootView, foot: Foot, view: View, zone: str) -> QRectF:
    r = v.zone_rect(foot, view, zone)
    assert r is not None, zone
    return r


def test_highlight_changes_its_zone_and_leaves_the_rest(view: FootView) -> None:
    before = _show(view, [])
    after = _show(view, ["stomach"])
    assert _changed(before, after, _rect(view, Foot.RIGHT, View.SOLE, "stomach")) > 0.5
    for far in ("pelvis-sciatic", "head-brain"):
        assert _changed(before, after, _rect(view, Foot.RIGHT, View.SOLE, far)) == 0
    assert view.shown().zones == ("stomach",)


@pytest.mark.parametrize(("foot", "view_"), [(f, v) for f in Foot for v in View])
def test_every_zone_shows_when_highlighted_alone(view: FootView, foot: Foot, view_: View) -> None:
    step_view = StepView(view_.value)
    base = _show(view, [], step_view, foot)
    for zone in zones_on(foot, view_):
        img = _show(view, [zone.id], step_view, foot)
        assert _changed(base, img, _rect(view, foot, view_, zone.id), step=1) > 0.15, zone.id


@pytest.mark.parametrize(("foot", "view_"), [(f, v) for f in Foot for v in View])
def test_no_zone_is_hidden_under_another(foot: Foot, view_: View) -> None:
    """Render every zone in its own flat colour: each keeps a fair visible area."""
    root = ET.fromstring(load_art(foot, view_).svg)
    colours: dict[str, str] = {}
    for i, el in enumerate(e for e in root.iter() if e.get("id", "").startswith("zone-")):
        colour = f"#{(i + 1) * 9:02x}{(i * 37) % 256:02x}{255 - i * 7:02x}"
        colours[colour] = el.get("id", "")
        for sub in el.iter():
            if sub.get("d"):
                sub.set("fill", colour)
                sub.set("stroke", "none")
    img = QImage(400, 960, QImage.Format.Format_RGB32)
    img.fill(QColor("black"))
    p = QPainter(img)
    QSvgRenderer(ET.tostring(root)).render(p, QRectF(0, 0, 400, 960))
    p.end()
    counts = Counter(QColor(img.pixel(x, y)).name() for y in range(960) for x in range(400))
    for colour, zid in colours.items():
        assert counts[colour] > 250, f"{zid} shows only {counts[colour]} pixels"


def test_top_view_step_shows_the_tops(view: FootView) -> None:
    before = _show(view, [], StepView.TOP, Foot.LEFT)
    assert view.shown().views == (View.TOP,)
    after = _show(view, ["lymph"], StepView.TOP, Foot.LEFT)
    assert view.zone_rect(Foot.LEFT, View.SOLE, "stomach") is None
    assert _changed(before, after, _rect(view, Foot.LEFT, View.TOP, "lymph")) > 0.4


def test_zones_decide_the_views_too(view: FootView) -> None:
    _show(view, ["heel", "lymph"], StepView.BOTH, None)
    assert view.shown().views == (View.SOLE, View.TOP)
    assert view.shown().zones == ("pelvis-sciatic", "lymph")


def test_left_foot_step_marks_left_active_and_dims_right(view: FootView) -> None:
    both = _show(view, ["heel"], foot=None)
    left = _show(view, ["heel"], foot=Foot.LEFT)
    assert view.shown().active_foot is Foot.LEFT
    right_heel = _rect(view, Foot.RIGHT, View.SOLE, "pelvis-sciatic")
    left_ball = _rect(view, Foot.LEFT, View.SOLE, "lungs-chest")
    assert _changed(both, left, right_heel) > 0.5  # the right foot is dimmed, unhighlighted
    assert _changed(both, left, left_ball) == 0  # the left foot is drawn as before


def test_legend_names_each_zone_and_what_it_is_said_to_reflect(view: FootView) -> None:
    _show(view, ["stomach", "liver"])
    text = view.legend_text()
    assert "Stomach</b> — said to reflect: stomach, digestion" in text
    assert "(right foot only)" in text
    _show(view, ["sole"])
    assert "Highlighted:" in view.legend_text()


def test_hit_test_finds_the_topmost_zone(view: FootView) -> None:
    _show(view, [])
    gall = _rect(view, Foot.RIGHT, View.SOLE, "gallbladder")
    assert view.zone_at(gall.center()) == "gallbladder"
    heel = _rect(view, Foot.RIGHT, View.SOLE, "pelvis-sciatic")
    assert view.zone_at(QPointF(heel.center().x(), heel.bottom() - 20)) == "pelvis-sciatic"
    assert view.zone_at(QPointF(2, 2)) is None


def test_cached_pictures_are_reused(view: FootView) -> None:
    _show(view, ["stomach"])
    renders = view.svg_render_count()
    assert renders > 0
    _show(view, ["lungs-chest"], technique=Technique.CIRCLES)
    _show(view, ["stomach"])
    view.grab()
    assert view.svg_render_count() == renders  # highlight changes reuse the plain feet


def test_motion_is_drawn_over_the_active_foot(view: FootView) -> None:
    still = _show(view, ["arch"], foot=Foot.RIGHT)
    moving = _show(view, ["arch"], foot=Foot.RIGHT, technique=Technique.STROKE)
    right_arch = _rect(view, Foot.RIGHT, View.SOLE, "colon")
    left_arch = _rect(view, Foot.LEFT, View.SOLE, "colon")
    assert _changed(still, moving, right_arch, step=1) > 0.01
    assert _changed(still, moving, left_arch) == 0


def test_palette_change_recolours(view: FootView, qtbot: QtBot) -> None:
    light = _show(view, [])
    heel = _rect(view, Foot.LEFT, View.SOLE, "pelvis-sciatic").center().toPoint()
    view.setPalette(_palette(DARK))
    dark = view.grab().toImage()
    assert QColor(dark.pixel(heel)).lightness() < QColor(light.pixel(heel)).lightness() - 80
    # Nothing pure white on dark.
    assert all(
        QColor(dark.pixel(x, y)).lightness() < 250
        for y in range(0, dark.height(), 7)
        for x in range(0, dark.width(), 7)
    )


def test_no_timer_or_animation_runs(view: FootView) -> None:
    _show(view, ["arch"], technique=Technique.CIRCLES)
    timers = [t for t in view.findChildren(QTimer) if t.isActive()]
    anims = [
        a
        for a in view.findChildren(QAbstractAnimation)
        if a.state() == QAbstractAnimation.State.Running
    ]
    assert timers == [] and anims == []


def test_unknown_zone_is_refused(view: FootView) -> None:
    with pytest.raises(UnknownZoneError):
        view.show_feet(
            feet_shown(zones=["elbow"], view=StepView.SOLE, technique=None, active_foot=None)
        )


def _session_states() -> list[dict[str, object]]:
    """The distinct diagram states of the evening routine, in session order."""
    from footcare_gui.assets import asset_path
    from footcare_gui.core.plan import build_plan
    from footcare_gui.core.routines import load_routines

    routine = load_routines(asset_path("routines")).routines["evening-reflexology"]
    states: list[dict[str, object]] = []
    for p in build_plan(routine, Foot.RIGHT):
        state = {
            "zones": p.step.zones,
            "view": p.step.view,
            "technique": p.step.technique,
            "active_foot": p.foot,
        }
        if state not in states:
            states.append(state)
    return states


def test_a_view_keeps_only_the_shown_frame_and_its_neighbours(
    view: FootView, monkeypatch: pytest.MonkeyPatch
) -> None:
    states = _session_states()
    assert len(states) > 4
    calls = count_compositions(monkeypatch)
    for before, shown, coming in zip(states, states[1:], states[2:], strict=False):
        view.show_feet(feet_shown(**shown))
        view.grab()
        view.prepare_feet(feet_shown(**coming), feet_shown(**before))
        assert view.cached_pictures()[0] == 3
        made = len(calls)
        view.show_feet(feet_shown(**before))  # Previous, then Next again: both copied
        view.grab()
        view.show_feet(feet_shown(**shown))
        view.grab()
        assert len(calls) == made
    view.resize(700, 500)  # a new size: the old frames are no use
    view.grab()
    assert view.cached_pictures()[0] <= 3


def test_a_new_step_is_drawn_into_the_buffer_of_a_frame_no_longer_needed(
    view: FootView,
) -> None:
    buffers: list[QPixmap] = []
    for zone in ("stomach", "liver", "spleen", "heart", "colon", "bladder"):
        _show(view, [zone])
        pix = view._frames[next(reversed(view._frames))].pixmap
        if not any(pix is b for b in buffers):
            buffers.append(pix)
    assert len(buffers) == 3


def test_a_hidden_view_keeps_no_pictures(qtbot: QtBot) -> None:
    pages = QStackedWidget()
    qtbot.addWidget(pages)
    start, session = FootView(), FootView()
    pages.addWidget(start)
    pages.addWidget(session)
    pages.resize(600, 500)
    with qtbot.waitExposed(pages):
        pages.show()
    start.show_feet(
        feet_shown(zones=["heel"], view=StepView.SOLE, technique=None, active_foot=Foot.LEFT)
    )
    start.grab()
    frames, plain = start.cached_pictures()
    assert frames > 0 and plain == 2
    pages.setCurrentWidget(session)  # a session begins: the start page is hidden
    session.grab()
    assert start.cached_pictures() == (0, 0)
    assert session.cached_pictures() == (1, 2)
    pages.setCurrentWidget(start)  # and back: drawn again
    assert session.cached_pictures() == (0, 0)
    image = start.grab().toImage()
    assert start.cached_pictures() == (1, 2)
    assert _changed(image, session.grab().toImage(), QRectF(image.rect())) > 0


def test_a_minimised_window_keeps_its_pictures(view: FootView) -> None:
    _show(view, ["stomach"])
    pictures = view.cached_pictures()
    view.showMinimized()
    QApplication.processEvents()
    assert view.windowState() & Qt.WindowState.WindowMinimized
    assert view.cached_pictures() == pictures != (0, 0)


@pytest.mark.parametrize("size", [(1400, 420), (420, 700), (200, 180)])
def test_a_frame_covers_the_drawn_part_and_nothing_is_cut_off(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    v = FootView()
    qtbot.addWidget(v)
    v.resize(*size)
    with qtbot.waitExposed(v):
        v.show()
    cropped: list[QImage] = []
    areas: list[int] = []
    states = _session_states()
    for state in states:
        v.show_feet(feet_shown(**state))
        cropped.append(v.grab().toImage())
        pix = v._frames[next(reversed(v._frames))].pixmap
        areas.append(pix.width() * pix.height())
    canvas = v.canvas.width() * v.canvas.height()
    if size == (1400, 420):
        assert min(areas) < canvas * 0.6  # wide: the feet leave much of the canvas empty
    whole = v.canvas.size()
    monkeypatch.setattr(
        foot_compose, "drawn_area", lambda *a, **k: (0, 0, whole.width(), whole.height())
    )
    v._frames.clear()
    for state, image in zip(states, cropped, strict=True):
        v.show_feet(feet_shown(**state))
        assert v.grab().toImage() == image, state


def _in_theme(svg: bytes, c: FootColours) -> bytes:
    """The file with a style sheet giving each class its theme colours (CSS beats attributes)."""
    css = (
        f".skin{{fill:{c.skin.name()}}}.zone{{stroke:{c.zone_line.name()}}}"
        f".detail{{stroke:{c.detail.name()}}}.outline{{stroke:{c.line.name()}}}"
        f".nail{{fill:{c.nail.name()};stroke:{c.detail.name()}}}"
    )
    end = svg.index(b">", svg.index(b"<svg")) + 1
    return svg[:end] + f"<style>{css}</style>".encode() + svg[end:]


@pytest.mark.parametrize("theme", [LIGHT, DARK])
@pytest.mark.parametrize(("foot", "view_"), [(f, v) for f in Foot for v in View])
def test_the_art_is_drawn_as_qsvgrenderer_draws_the_file(
    qtbot: QtBot, theme: dict[str, str], foot: Foot, view_: View
) -> None:
    colours = FootColours.from_palette(_palette(theme))
    art = load_art(foot, view_)
    for w, h in ((160, 384), (389, 931)):  # the second not quite the art's aspect
        ours = FootPainter().plain(foot, view_, QSize(w, h), 1.0, colours).toImage()
        pix = QPixmap(w, h)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(_in_theme(art.svg, colours)).render(p, QRectF(0, 0, w, h))
        p.end()
        svg = pix.toImage()
        assert QColor(ours.pixel(w // 2, h * 3 // 4)).name() == colours.skin.name()  # in theme
        if ours != svg:  # identical today; a Qt update may shade an edge a little differently
            far = _far_pixels(ours, svg)
            assert far == 0, f"{far} pixels differ at {w}x{h}"


def _far_pixels(a: QImage, b: QImage) -> int:
    """How many pixels differ by more than a little in some channel."""
    pa, pb = bytes(a.constBits()), bytes(b.constBits())
    return sum(
        max(abs(x - y) for x, y in zip(pa[i : i + 4], pb[i : i + 4], strict=True)) > 24
        for i in range(0, len(pa), 4)
    )


def test_drawing_the_feet_loads_no_svg_or_xml_module() -> None:
    probe = """
import sys
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication
from footcare_gui.core.feet_shown import feet_shown
from footcare_gui.core.routines import StepView, Technique
from footcare_gui.core.zones import Foot
from footcare_gui.ui.foot_view import FootView

app = QApplication([])
view = FootView()
view.resize(900, 700)
view.show_feet(feet_shown(["sole"], StepView.BOTH, Technique.STRETCH, None))
view.show()
view.grab()
view.zone_at(QPointF(view.rect().center()))
print(sorted(m for m in ("PySide6.QtSvg", "xml.etree.ElementTree") if m in sys.modules))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_path_data_is_read_as_svg_reads_it() -> None:
    expected = QPainterPath()
    expected.setFillRule(Qt.FillRule.OddEvenFill)
    expected.moveTo(0, 0)
    expected.lineTo(10, 0)  # a move's further pairs are lines
    expected.lineTo(10, 10)
    expected.cubicTo(10, 20, 0, 20, 0, 10)
    expected.quadTo(-5, 5, 0, 0)
    expected.closeSubpath()
    expected.moveTo(10, 5)
    expected.lineTo(12.5, -5)
    assert parse_path("M0,0 10,0 L10,10 C10,20 0,20 0,10 Q-5,5 0,0Z M1e1,5 L12.5 -5") == expected
    for bad in ("M0,0 l1,1", "M0,0 L1", "M0,0 C1,1 2,2", "M0,0 A1,1 0 0 1 2,2"):
        with pytest.raises(ValueError, match=r"not supported|bad path data"):
            parse_path(bad)
