"""The measuring side: ``python -m bench.child MODE JSON`` prints one result line and exits.

Kept free of heavy imports at the top so that the bare window and the app start from the same
point: start-up is timed from the parent's ``time.monotonic()`` just before the process was
created to this process's ``time.monotonic()`` once the first paint has finished.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

T_MAIN = time.monotonic()  # the child's first line of bench code ran

MARK = "BENCH-RESULT "

Result = dict[str, Any]


def peak_rss_kib() -> int:
    """Peak resident set size of this process so far (KiB on Linux)."""
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def emit(result: Result) -> None:
    """Print the result line and leave at once (no teardown: nothing left to measure)."""
    sys.stdout.write(MARK + json.dumps(result) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def watch_first_paint(widgets: Sequence[object], done: Callable[[], None]) -> object:
    """Call ``done`` once every widget has had its first paint event handled.

    An event filter sees the Paint event before the widget handles it, so it only queues
    ``done`` (a zero-timeout single shot): that runs when control is back in the event loop,
    after the whole backing-store sync that painted the window. Keep the returned object.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Watcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.waiting = list(widgets)
            self.fired = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.fired:
                self.waiting = [w for w in self.waiting if w is not obj]
                if not self.waiting:
                    self.fired = True
                    QTimer.singleShot(0, done)
            return False

    watcher = _Watcher()
    for w in widgets:
        w.installEventFilter(watcher)  # type: ignore[attr-defined]
    return watcher


def diagram_canvas(feet: Any) -> Any:
    """The widget that paints FootView's diagrams."""
    return feet.canvas


def write_settings(folder: str, **fields: Any) -> str:
    """A config folder whose settings.json holds ``fields`` (e.g. the precautions seen)."""
    from footcare_gui.core.settings import Settings, settings_to_dict

    config = os.path.join(folder, "config")
    os.makedirs(config, exist_ok=True)
    with open(os.path.join(config, "settings.json"), "w", encoding="utf-8") as f:
        json.dump(settings_to_dict(Settings(**fields)), f)
    return config


def _startup_result(marks: dict[str, float]) -> Result:
    painted = time.monotonic()
    return {"t_main": T_MAIN, **marks, "t_painted": painted, "rss_kib": peak_rss_kib()}


# -------------------------------------------------------------------- start-up modes


def bare(args: Result) -> None:
    """A bare PySide6 window: one QLabel the app window's size, shown, first paint."""
    from PySide6.QtWidgets import QApplication, QLabel

    marks = {"t_imported": time.monotonic()}
    app = QApplication(sys.argv[:1])
    label = QLabel("footcare-gui benchmark: a bare window")
    label.resize(1200, 780)
    marks["t_built"] = time.monotonic()
    keep = watch_first_paint([label], lambda: emit(_startup_result(marks)))
    label.show()
    marks["t_shown"] = time.monotonic()
    app.exec()
    del keep


def floor(args: Result) -> None:
    """Diagnosis: a window like the app's start page made from Qt alone, no app code.

    The ``Qt`` namespace, QtSvg, a menu bar of three menus with shortcuts, a stacked page of
    labels, a combo box and buttons under a style sheet, and two foot SVGs rendered on the
    first paint: what any PySide6 window of this kind costs before a line of the app runs.
    """
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QPixmap
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QHBoxLayout,
        QLabel,
        QMainWindow,
        QPushButton,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )

    marks = {"t_imported": time.monotonic()}
    qapp = QApplication([*sys.argv[:1], "-style", "Fusion"])
    qapp.setStyleSheet("QPushButton { border-radius: 10px; padding: 8px 18px; }")
    feet = [
        os.path.join(os.path.dirname(os.path.dirname(__file__)), "assets", "feet", f"{n}.svg")
        for n in ("sole-left", "sole-right")
    ]

    class Canvas(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            p = QPainter(self)
            w = self.width() // 2
            for i, path in enumerate(feet):
                pm = QPixmap(w, self.height())
                pm.fill(Qt.GlobalColor.transparent)
                q = QPainter(pm)
                QSvgRenderer(path).render(q, QRectF(0, 0, w, self.height()))
                q.end()
                p.drawPixmap(i * w, 0, pm)

    window = QMainWindow()
    window.resize(1200, 780)
    for title in ("&Session", "&View", "&Help"):
        menu = window.menuBar().addMenu(title)
        for i in range(4):
            action = QAction(f"Action {i}", window)
            action.setShortcut(QKeySequence(f"Ctrl+{i}"))
            menu.addAction(action)
            window.addAction(action)
    page = QWidget()
    row = QHBoxLayout(page)
    canvas = Canvas()
    row.addWidget(canvas, 3)
    side = QVBoxLayout()
    row.addLayout(side, 2)
    for text in ("Evening foot care", "Sit comfortably", "Which foot?", "Begin with that one"):
        lab = QLabel(text)
        lab.setWordWrap(True)
        lab.setAlignment(Qt.AlignmentFlag.AlignLeft)
        side.addWidget(lab)
    combo = QComboBox()
    combo.addItems(["Evening", "Quick", "Full"])
    side.addWidget(combo)
    for text in ("Left foot", "Right foot", "Start", "Safety"):
        side.addWidget(QPushButton(text))
    stack = QStackedWidget()
    stack.addWidget(page)
    window.setCentralWidget(stack)
    window.statusBar()
    marks["t_built"] = time.monotonic()
    keep = watch_first_paint([window, canvas], lambda: emit(_startup_result(marks)))
    window.show()
    marks["t_shown"] = time.monotonic()
    qapp.exec()
    del keep


def app(args: Result) -> None:
    """The real main window as ``build()`` makes it, shown, first paint of window and diagrams.

    ``args["defer"]`` (diagnosis only) leaves out what the first paint does not need, as lazy
    imports would: the two dialogs' modules are stubbed and QtDBus is hidden.
    """
    if args.get("defer"):
        _defer_unneeded_imports()
    from footcare_gui.assets import asset_path
    from footcare_gui.cli import parse_args
    from footcare_gui.core.routines import load_routines
    from footcare_gui.paths import routine_cache_path
    from footcare_gui.ui.application import build, make_application

    marks = {"t_imported": time.monotonic()}
    qapp = make_application(sys.argv[:1])
    config = os.path.join(args.get("shared") or args["folder"], "config")
    options = parse_args(["--config-dir", config, "--foot", "right"])
    window, _controller = build(
        options, load_routines(asset_path("routines"), cache=routine_cache_path(config)), qapp
    )
    marks["t_built"] = time.monotonic()
    canvas = diagram_canvas(window.start_page.feet)
    keep = watch_first_paint([window, canvas], lambda: emit(_startup_result(marks)))
    window.show()
    marks["t_shown"] = time.monotonic()
    qapp.exec()
    del keep


def _defer_unneeded_imports() -> None:
    import types

    sys.modules["PySide6.QtDBus"] = None  # type: ignore[assignment]
    for name, cls in (
        ("footcare_gui.ui.preferences_dialog", "PreferencesDialog"),
        ("footcare_gui.ui.precautions_dialog", "PrecautionsDialog"),
    ):
        stub = types.ModuleType(name)
        setattr(stub, cls, object)
        sys.modules[name] = stub


def entry(args: Result) -> None:
    """The real entry point ``footcare_gui.app.main``, observed: ``build`` is wrapped only to
    watch the window's first paint; everything else (single instance, show, exec) is real."""
    import footcare_gui.ui.application as application
    from footcare_gui.app import main

    marks: dict[str, float] = {"t_imported": time.monotonic()}
    original = application.build
    keep: list[object] = []

    def observed(*a: Any, **k: Any) -> Any:
        window, controller = original(*a, **k)
        marks["t_built"] = time.monotonic()
        canvas = diagram_canvas(window.start_page.feet)
        keep.append(watch_first_paint([window, canvas], lambda: emit(_startup_result(marks))))
        return window, controller

    application.build = observed  # type: ignore[assignment]
    config = os.path.join(args.get("shared") or args["folder"], "config")
    main(["--config-dir", config, "--foot", "right"])


def main() -> None:
    mode, raw = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "{}"
    args: Result = json.loads(raw)
    if args.get("time_limit"):  # a child that hangs prints where, and ends, before its parent
        import faulthandler  # gives up on it

        faulthandler.dump_traceback_later(args["time_limit"], exit=True)
    simple = {"bare": bare, "floor": floor, "app": app, "entry": entry}
    if mode in simple:
        simple[mode](args)
        raise SystemExit(f"{mode}: the event loop ended before the first paint")
    import importlib

    module_name, _, func = mode.partition(":")
    module = importlib.import_module(f"bench.{module_name}")
    emit(getattr(module, func or "child")(args))


if __name__ == "__main__":
    main()
