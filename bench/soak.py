"""The soak: the real app runs a routine of 5-second steps for hours and must not grow.

``python -m bench soak --hours H`` (default 8) or ``--minutes M``: a child process runs the
real window and AppController, offscreen, with the real clock and real timers (sound and the
screen hold are stand-ins), restarting at each summary. Every minute it appends a sample to a
JSON-lines file: resident memory, Python objects (``gc.get_objects()``), QObjects under the
application and its windows, open file descriptors and threads. The parent then judges
growth after the first 10 minutes against fixed bounds and draws the samples (QPainter).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench import RESULTS
from bench.proc import REPO, child_env

WARM_UP_MIN = 10.0
BOUNDS = {"rss_mib": 2.0, "objects_pct": 1.0, "fds": 0, "threads": 0}
STEP_SECONDS = 5
PLOT = REPO / "docs" / "soak.png"


def soak_routine() -> Any:
    """The evening routine with every step 5 seconds long: real zones, art and words."""
    from footcare_gui.assets import asset_path
    from footcare_gui.core.routines import load_routines

    routine = load_routines(asset_path("routines")).routines["evening-reflexology"]

    def short(step: Any) -> Any:
        return replace(step, duration=STEP_SECONDS, min_duration=1)

    return replace(
        routine,
        id="soak",
        steps=tuple(short(s) for s in routine.steps),
        switch=short(routine.switch),
    )


def _sample(app: Any, window: Any, started: float, counts: dict[str, int]) -> dict[str, Any]:
    import gc

    from PySide6.QtCore import QObject

    with open("/proc/self/statm", encoding="ascii") as f:
        rss_pages = int(f.read().split()[1])
    qobjects = len(app.findChildren(QObject)) + len(window.findChildren(QObject))
    return {
        "minute": round((time.monotonic() - started) / 60, 3),
        "rss_mib": round(rss_pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 2),
        "objects": len(gc.get_objects()),
        "qobjects": qobjects,
        "top_level_widgets": len(app.topLevelWidgets()),
        "fds": len(os.listdir("/proc/self/fd")),
        "threads": len(os.listdir("/proc/self/task")),
        **counts,
    }


def child(args: dict[str, Any]) -> None:
    """Run the app for ``args["minutes"]``, appending a sample each minute to ``args["out"]``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.timing import stand_in_app

    app, window, controller = stand_in_app(args["folder"], soak_routine())
    window.resize(1280, 800)
    window.show()
    counts = {"sessions": 0, "steps": 0}
    started = time.monotonic()
    out = Path(args["out"])

    def again() -> None:  # "Restart" on the summary, then Start: a new session
        counts["sessions"] += 1
        window.restart_action.trigger()
        window.toggle_action.trigger()

    def step(_index: int) -> None:
        counts["steps"] += 1

    def sample() -> None:
        with out.open("a", encoding="utf-8") as f:
            f.write(json.dumps(_sample(app, window, started, counts)) + "\n")
        if time.monotonic() - started >= args["minutes"] * 60:
            QApplication.quit()

    controller.runner.finished.connect(lambda: QTimer.singleShot(1000, again))
    controller.runner.step_changed.connect(step)
    every = QTimer(app)
    every.setInterval(int(args.get("every_s", 60) * 1000))
    every.timeout.connect(sample)
    every.start()
    QTimer.singleShot(0, sample)
    QTimer.singleShot(100, window.toggle_action.trigger)  # Start, as the user would
    app.exec()


def judge(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Growth of each measure after the warm-up, against the bounds; pass when all hold."""
    later = [s for s in samples if s["minute"] >= WARM_UP_MIN]
    if len(later) < 2:
        return {"verdict": "too short", "minutes": samples[-1]["minute"] if samples else 0}
    base = later[0]
    grow = {
        "rss_mib": round(max(s["rss_mib"] for s in later) - base["rss_mib"], 2),
        "objects_pct": round(
            (max(s["objects"] for s in later) - base["objects"]) / base["objects"] * 100, 3
        ),
        "qobjects": max(s["qobjects"] for s in later) - base["qobjects"],
        "fds": max(s["fds"] for s in later) - base["fds"],
        "threads": max(s["threads"] for s in later) - base["threads"],
    }
    ok = all(grow[k] <= bound for k, bound in BOUNDS.items()) and grow["qobjects"] <= 0
    return {
        "verdict": "pass" if ok else "fail",
        "growth_after_warm_up": grow,
        "bounds": BOUNDS,
        "minutes": later[-1]["minute"],
        "sessions": later[-1]["sessions"],
        "steps": later[-1]["steps"],
        "at_warm_up": {k: base[k] for k in ("rss_mib", "objects", "qobjects", "fds", "threads")},
        "at_end": {k: later[-1][k] for k in ("rss_mib", "objects", "qobjects", "fds", "threads")},
    }


def plot(samples: list[dict[str, Any]], path: Path) -> None:
    """Draw each measure over time in its own panel, scaled to its own range."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(["soak-plot"])
    keys = [("rss_mib", "RSS (MiB)"), ("objects", "Python objects"), ("qobjects", "QObjects")]
    keys += [("fds", "open files"), ("threads", "threads")]
    w, h, pad = 1200, 170 * len(keys), 60
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("#faf7f2"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    end = max(s["minute"] for s in samples) or 1
    for row, (key, name) in enumerate(keys):
        box = QRectF(pad, row * 170 + 30, w - 2 * pad, 110)
        values = [float(s[key]) for s in samples]
        lo, hi = min(values), max(values)
        span = (hi - lo) or max(1.0, abs(hi) * 0.01)
        p.setPen(QPen(QColor("#8a8178"), 1))
        p.drawRect(box)
        warm = box.left() + box.width() * min(1.0, WARM_UP_MIN / end)
        p.drawLine(QPointF(warm, box.top()), QPointF(warm, box.bottom()))
        p.setPen(QColor("#2b2520"))
        p.drawText(QRectF(pad, row * 170 + 6, w, 22), Qt.AlignmentFlag.AlignLeft, name)
        label = f"{lo:g} .. {hi:g}"
        p.drawText(QRectF(pad, row * 170 + 6, w - 2 * pad, 22), Qt.AlignmentFlag.AlignRight, label)
        p.setPen(QPen(QColor("#2e6b5e"), 2))
        points = [
            QPointF(
                box.left() + box.width() * s["minute"] / end,
                box.bottom() - box.height() * (float(s[key]) - lo) / span,
            )
            for s in samples
        ]
        for a, b in itertools.pairwise(points):
            p.drawLine(a, b)
    p.setPen(QColor("#2b2520"))
    p.drawText(
        QRectF(pad, h - 24, w - 2 * pad, 20),
        Qt.AlignmentFlag.AlignLeft,
        f"minutes 0 .. {end:g}; the grey line marks the end of the {WARM_UP_MIN:g}-minute warm-up",
    )
    p.end()
    image.save(str(path))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench soak", description=__doc__)
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--hours", type=float, help="how long to run (default 8)")
    length.add_argument("--minutes", type=float, help="how long to run, in minutes")
    parser.add_argument("--every", type=float, default=60, help="seconds between samples")
    parser.add_argument("--json", type=Path, default=RESULTS / "soak.json")
    parser.add_argument("--plot", type=Path, default=PLOT)
    ns = parser.parse_args(argv)
    minutes = ns.minutes if ns.minutes is not None else (ns.hours or 8) * 60
    with tempfile.TemporaryDirectory(prefix="footcare-soak-") as folder:
        samples_path = Path(folder) / "samples.jsonl"
        payload = {"folder": folder, "out": str(samples_path), "minutes": minutes}
        payload["every_s"] = ns.every
        cmd = [sys.executable, "-m", "bench.child", "soak:child", json.dumps(payload)]
        print(f"soak: {minutes:g} minutes, a sample every {ns.every:g} s", file=sys.stderr)
        proc = subprocess.run(cmd, cwd=REPO, env=child_env(folder), check=False)
        written = samples_path.exists()
        lines = samples_path.read_text(encoding="utf-8").splitlines() if written else []
    samples = [json.loads(line) for line in lines]
    if not samples:
        print("soak: the app wrote no sample (see its messages above)", file=sys.stderr)
        return 1
    result = {"exit_status": proc.returncode, **judge(samples), "samples": samples}
    ns.json.parent.mkdir(parents=True, exist_ok=True)
    ns.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if samples:
        plot(samples, ns.plot)
    summary = {k: v for k, v in result.items() if k != "samples"}
    print(json.dumps(summary, indent=1))
    return 0 if result["verdict"] == "pass" and proc.returncode == 0 else 1
