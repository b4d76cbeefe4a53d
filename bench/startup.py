"""Start-up: process start to the first painted window, the app against a bare QLabel.

Four kinds of child run alternately (A B C D, then D C B A, ...), so slow spells of a shared
machine hit each kind alike:

* ``bare``: a QLabel window (the app window's size), shown;
* ``floor`` (diagnosis): a window like the start page made from Qt alone, no app code;
* ``app``: the real main window as ``build()`` makes it (bench/child.py), shown;
* ``entry``: the real entry point ``footcare_gui.app.main`` (single instance, settings,
  ``show``, ``exec``), with ``build`` wrapped only to watch the first paint.

Each reports the moment its first paint finished (the app: the window and the foot diagrams)
on CLOCK_MONOTONIC, which the parent also read just before creating the process.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

from bench.proc import run_child
from bench.stats import median, ratio, summary

KINDS = ("bare", "floor", "app", "entry")
PHASES = ("t_main", "t_imported", "t_built", "t_shown", "t_painted")


def run(quick: bool, log: Any = print) -> dict[str, Any]:
    runs = 1 if quick else 15  # the machine is shared: more runs, steadier medians
    # One config folder for the whole run, as a user's starts share one: the app keeps its
    # decoded routines there, so every start but the first finds them (the warm-up makes it).
    with tempfile.TemporaryDirectory(prefix="footcare-bench-shared-") as shared:
        env = {"FOOTCARE_GUI_CONFIG_DIR": os.path.join(shared, "config")}
        args = {"shared": shared}
        if not quick:
            for kind in KINDS:  # warm the page cache and the app's routine cache; not counted
                run_child(kind, args, env_extra=env)
        samples: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
        for i in range(runs):
            order = KINDS if i % 2 == 0 else tuple(reversed(KINDS))
            for kind in order:
                samples[kind].append(run_child(kind, args, timeout=120, env_extra=env))
            log(f"  start-up run {i + 1}/{runs}")
    out: dict[str, Any] = {"runs": runs}
    for kind, rs in samples.items():
        ms = [(r["t_painted"] - r["t_start"]) * 1000 for r in rs]
        phases = {
            p: round(median([(r[p] - r["t_start"]) * 1000 for r in rs if p in r]), 1)
            for p in PHASES
            if any(p in r for r in rs)
        }
        out[kind] = {
            "ms": summary(ms, 1),
            "phases_ms": phases,
            "rss_kib": summary([float(r["rss_kib"]) for r in rs], 0),
        }
    bare = out["bare"]["ms"]["median"]
    out["ratio_app"] = round(ratio(out["app"]["ms"]["median"], bare), 3)
    out["ratio_entry"] = round(ratio(out["entry"]["ms"]["median"], bare), 3)
    out["ratio_floor"] = round(ratio(out["floor"]["ms"]["median"], bare), 3)
    # Paired ratios (each app run over the bare run next to it) show the spread.
    out["paired_ratios_app"] = [
        round((a["t_painted"] - a["t_start"]) / (b["t_painted"] - b["t_start"]), 3)
        for a, b in zip(samples["app"], samples["bare"], strict=True)
    ]
    return out
