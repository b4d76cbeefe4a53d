"""The defects a full review found (issue 11), each pinned by a test that failed before."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from footcare_gui.assets import asset_path
from footcare_gui.core.durations_view import duration_rows
from footcare_gui.core.feet_shown import legend_for
from footcare_gui.core.plan import build_plan
from footcare_gui.core.routines import RoutineError, load_routines, parse_routine
from footcare_gui.core.session_view import feet_for
from footcare_gui.core.settings import Settings, step_count
from footcare_gui.core.texts import TIPS
from footcare_gui.core.themes import contrast_ratio
from footcare_gui.core.zones import ZONES, Foot
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.preferences_dialog import PreferencesDialog
from tests.ui_harness import make_app

ROOT = Path(__file__).resolve().parent.parent
ROUTINES = load_routines(asset_path("routines")).routines


def _pick(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())  # what picking it from the list does


# 1 -------------------------------------------------------------------------------------------
def test_the_routine_chosen_in_preferences_is_the_one_that_runs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    dialog = PreferencesDialog(app.settings, app.controller.routines, app.window)
    qtbot.addWidget(dialog)
    _pick(dialog.general.routine, "quick-wind-down")
    assert app.window.start_page.routine.currentData() == "quick-wind-down"
    assert "Quick" in dialog.findChild(QLabel, "durationsRoutineLabel").text()
    app.controller.begin()
    assert app.controller.session is not None
    ran = {p.step.id for p in app.controller.session.plan}
    assert ran == {s.id for s in ROUTINES["quick-wind-down"].all_steps}


def test_the_start_page_choice_shows_in_preferences_and_its_durations(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    dialog = PreferencesDialog(app.settings, app.controller.routines, app.window)
    qtbot.addWidget(dialog)
    start = app.window.start_page.routine
    start.setCurrentIndex(start.findData("full-foot-care"))
    assert app.settings.settings.routine == "full-foot-care"
    assert dialog.general.routine.currentData() == "full-foot-care"
    assert dialog.durations.current_routine() == ROUTINES["full-foot-care"]
    assert dialog.findChild(object, "duration-warm-soak") is not None


# 2 -------------------------------------------------------------------------------------------
def test_quitting_in_focus_mode_opens_a_normal_window_next_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    app.window.show()
    app.window.set_focus_mode(True)
    assert app.window.windowState() & Qt.WindowState.WindowFullScreen
    app.window.close()
    again = make_app(qtbot, tmp_path / "cfg", keep_file=True)
    geometry = again.settings.settings.window_geometry
    assert geometry
    again.window.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
    assert not again.window.windowState() & Qt.WindowState.WindowFullScreen
    assert not again.window.in_focus_mode()


def test_a_late_window_manager_does_not_save_the_full_screen_as_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    window = app.window
    window.resize(800, 640)
    with qtbot.waitExposed(window):
        window.show()
    window.set_focus_mode(True)
    QApplication.processEvents()
    assert window.height() > 640

    def late_window_manager() -> None:  # X11: the state is normal at once, the size comes later
        full = window.geometry()
        MainWindow.showNormal(window)
        window.setGeometry(full)

    monkeypatch.setattr(window, "showNormal", late_window_manager)
    window.close()
    again = make_app(qtbot, tmp_path / "cfg", keep_file=True)
    geometry = again.settings.settings.window_geometry
    again.window.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
    assert again.window.height() == 640  # the window as it was, not as big as the screen
    assert not again.window.windowState() & Qt.WindowState.WindowFullScreen


# 3 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("routine_id", sorted(ROUTINES))
@pytest.mark.parametrize("first", list(Foot))
def test_the_legend_names_only_zones_on_the_worked_foot(routine_id: str, first: Foot) -> None:
    plan = build_plan(ROUTINES[routine_id], first)
    for i, p in enumerate(plan):
        feet = feet_for(p, plan[i + 1] if i + 1 < len(plan) else None)
        named = {line.name for line in legend_for(feet).lines}
        if p.foot is None:
            continue
        on_foot = {ZONES[z].name for z in p.step.zones if p.foot in ZONES[z].feet}
        assert named == on_foot, (p.key, named ^ on_foot)


def test_a_left_foot_arch_step_does_not_list_the_liver(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", foot=Foot.LEFT)
    app.window.resize(1400, 900)
    with qtbot.waitExposed(app.window):
        app.window.show()
    app.controller.begin()
    session = app.controller.session
    assert session is not None
    index = next(
        i
        for i, p in enumerate(session.plan)
        if p.foot is Foot.LEFT and p.step.id == "thumb-circles"  # the arch: one-sided organs
    )
    assert "liver" in session.plan[index].step.zones
    session.jump(index)
    app.controller.tick()
    legend = app.window.session_page.feet.legend_text()
    assert "more" not in legend  # every name is listed (a long list ends in "and N more")
    assert "Spleen" in legend
    assert "Liver" not in legend and "Gallbladder" not in legend


# 5 -------------------------------------------------------------------------------------------
def _asset_calls() -> list[tuple[Path, ast.Call]]:
    calls = []
    for path in (ROOT / "src").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "asset_path":
                calls.append((path, node))
    return calls


def test_every_asset_the_code_names_exists() -> None:
    from footcare_gui.assets import ICON_SIZES, assets_dir, icon_path
    from footcare_gui.core.zones import View
    from footcare_gui.ui.foot_art import file_name
    from footcare_gui.ui.sound import Cue

    named = []
    computed = 0
    for path, call in _asset_calls():
        if all(isinstance(a, ast.Constant) for a in call.args):
            named.append([a.value for a in call.args])  # type: ignore[attr-defined]
        else:
            computed += 1
            assert path.name in {"foot_art.py", "sound.py", "assets.py", "i18n.py"}, (
                f"{path}: add its names"
            )
    named += [["feet", file_name(f, v)] for f in Foot for v in View]
    named += [["sounds", f"{c.value}.wav"] for c in Cue]
    named += [["translations", f"footcare_gui_{code}.qm"] for code in ("de", "es")]
    named += [list(icon_path(s).relative_to(assets_dir()).parts) for s in (None, *ICON_SIZES)]
    assert computed == 4
    missing = [n for n in named if not asset_path(*n).exists()]
    assert missing == []
    # The wheel ships the whole assets folder: tests/test_packaging.py checks it file by file.


# 7 -------------------------------------------------------------------------------------------
def test_an_id_too_long_for_the_settings_is_refused_by_the_loader() -> None:
    text = (ROOT / "assets" / "routines" / "quick-wind-down.toml").read_text(encoding="utf-8")
    long_id = "a" * 65
    with pytest.raises(RoutineError, match="at most 64"):
        parse_routine(text.replace('id = "quick-wind-down"', f'id = "{long_id}"', 1))
    ok = parse_routine(text.replace('id = "quick-wind-down"', f'id = "{"a" * 64}"', 1))
    assert Settings(routine=ok.id).routine == ok.id  # what loads can be chosen and saved


@pytest.mark.parametrize(
    "pair", [("#000000", "#0a0a0a"), ("#ffffff", "#0b0b0b"), ("#0a0b0c", "#fff")]
)
def test_the_diagrams_use_the_one_contrast_rule(pair: tuple[str, str]) -> None:
    from PySide6.QtGui import QColor

    from footcare_gui.ui.foot_colours import _contrast

    a, b = QColor(pair[0]), QColor(pair[1])
    assert _contrast(a, b) == pytest.approx(contrast_ratio(a.name(), b.name()))


@pytest.mark.parametrize("routine_id", sorted(ROUTINES))
def test_each_foot_is_one_rule_for_durations_and_totals(routine_id: str) -> None:
    routine = ROUTINES[routine_id]
    for row in duration_rows(routine):
        twice = step_count(routine, row.step_id) == 2
        assert (row.often == "each foot") is twice, row.step_id
    switch = next(r for r in duration_rows(routine) if r.step_id == routine.switch.id)
    assert switch.often == "once"


# 8 -------------------------------------------------------------------------------------------
def test_a_message_shows_in_focus_mode_while_it_is_up(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    window, bar = app.window, app.window.statusBar()
    with qtbot.waitExposed(window):
        window.show()
    crashed = f"Something went wrong; the details are in {tmp_path / 'footcare-gui.log'}."
    app.controller.status.emit(crashed)
    window.set_focus_mode(True)
    assert not bar.isVisible()  # a message seen before focus mode does not come back
    app.controller.status.emit(crashed)
    assert bar.isVisible() and bar.currentMessage().startswith("Something went wrong")
    assert window.in_focus_mode() and not window.menuBar().isVisible()
    bar.clearMessage()  # its time is up
    assert not bar.isVisible()
    window.set_focus_mode(False)
    assert bar.isVisible()
    bar.clearMessage()
    assert bar.isVisible()  # a normal window keeps its status bar


# 9 -------------------------------------------------------------------------------------------
def test_the_start_page_shows_a_tip_for_the_evening(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    tip = app.window.start_page.tip.text()
    assert tip in TIPS


def test_the_start_page_shows_the_routines_own_intro_and_length(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    page = app.window.start_page
    page.routine.setCurrentIndex(page.routine.findData("full-foot-care"))
    assert page.intro.text() == ROUTINES["full-foot-care"].intro
    assert "About 32 minutes, 42 with the optional step." in page.routine_info.text()
    assert "  " not in page.routine_info.text()
    page.routine.setCurrentIndex(page.routine.findData("evening-reflexology"))
    assert page.routine_info.text().endswith("About 22 minutes.")


def test_about_copies_the_system_report(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox, QPushButton

    app = make_app(qtbot, tmp_path / "cfg")
    said: list[str] = []
    app.controller.status.connect(said.append)
    app.window.about_action.trigger()
    box = app.window.findChild(QMessageBox, "aboutBox")
    assert box is not None
    button = box.findChild(QPushButton, "copySystemInfoButton")
    button.click()
    copied = QGuiApplication.clipboard().text()
    assert "footcare-gui" in copied and "Python" in copied
    assert said and "copied" in said[-1]


def test_copying_the_system_report_shows_a_busy_cursor(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    import footcare_gui.doctor

    cursors: list[Qt.CursorShape | None] = []

    def report(config_dir: str | None = None) -> str:
        c = QGuiApplication.overrideCursor()
        cursors.append(None if c is None else c.shape())
        return "report"

    monkeypatch.setattr(footcare_gui.doctor, "report_text", report)
    app = make_app(qtbot, tmp_path / "cfg")
    app.controller.dialogs.copy_system_information()
    assert cursors == [Qt.CursorShape.WaitCursor]  # seconds with a stuck speech engine
    assert QGuiApplication.overrideCursor() is None
    assert QGuiApplication.clipboard().text() == "report"


@pytest.mark.parametrize("size", [(800, 600), (1000, 640), (1280, 800)])
def test_the_start_panel_never_squeezes_its_words(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    window, page = app.window, app.window.start_page
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    QApplication.processEvents()  # the queued relayout
    for lab in (page.intro, page.routine_info, page.question, page.tip):
        assert lab.height() >= lab.heightForWidth(lab.width()), lab.objectName()
    column = [page.heading, page.intro, page.routine, page.routine_info, page.question]
    column += [page.question_hint, page.left, page.start, page.safety, page.tip]
    tops = [w.mapTo(page, w.rect().topLeft()).y() for w in column]
    bottoms = [w.mapTo(page, w.rect().bottomLeft()).y() for w in column]
    assert all(b < t for b, t in zip(bottoms, tops[1:], strict=False))


@pytest.mark.parametrize("width", [420, 700, 1400])
def test_a_long_legend_fits_its_four_lines(qtbot: QtBot, width: int) -> None:
    from footcare_gui.core.feet_shown import feet_shown
    from footcare_gui.core.routines import StepView, Technique
    from footcare_gui.ui.foot_view import FootView

    view = FootView()
    qtbot.addWidget(view)
    view.resize(width, 600)
    with qtbot.waitExposed(view):
        view.show()
    view.show_feet(feet_shown(["sole", "top"], StepView.BOTH, Technique.STROKE, Foot.LEFT))
    legend = view.findChild(QLabel, "footLegend")
    assert legend.heightForWidth(legend.width()) <= legend.height()
    assert "Point at a zone" in legend.text()
    if width == 420:
        assert "more" in legend.text()  # names left out are counted, not cut off
