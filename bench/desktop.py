"""Real desktop conditions (issue 18): start-up and idle cost under a real X server.

When ``Xvfb`` and ``dbus-run-session`` are installed, one Xvfb (1920x1080, 24 bits) and one
session bus started by ``dbus-run-session`` (the desktop's session configuration, so services
are activated as on a desktop) with the accessibility bus running (``at-spi-bus-launcher``)
serve every child of this section; the children run Qt's ``xcb`` platform on that display and
that bus, otherwise exactly as the offscreen children (``bench/startup.py``, ``bench/idle.py``):

* start-up to the first mapped window: the same ``bare``, ``floor`` and ``app`` children,
  alternated; under xcb a window paints only once the X server has mapped and exposed it, so
  the first paint marks the first mapped window;
* idle cost: the same ``idle:child`` and ``idle:bare_child``.

Without Xvfb the section reports ``available: false`` and measures nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from bench.proc import run_child
from bench.stats import median, ratio, summary

KINDS = ("bare", "floor", "app")
AT_SPI = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


@contextmanager
def desktop(log: Any) -> Iterator[dict[str, str] | None]:
    """An X server and a session bus with the accessibility bus: the children's environment."""
    xvfb, dbus = shutil.which("Xvfb"), shutil.which("dbus-run-session")
    if xvfb is None or dbus is None:
        log("  desktop: Xvfb or dbus-run-session not installed, skipped")
        yield None
        return
    procs: list[subprocess.Popen[str]] = []
    try:
        read, write = os.pipe()
        server = subprocess.Popen(
            [xvfb, "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        procs.append(server)
        os.close(write)
        with os.fdopen(read) as f:
            display = ":" + f.readline().strip()
        launcher = next((p for p in AT_SPI if os.path.exists(p)), None)
        # The bus lives as long as this shell: it prints its address, starts the accessibility
        # bus on it (as a desktop session does), and waits.
        script = 'echo "$DBUS_SESSION_BUS_ADDRESS"; '
        if launcher:
            script += f"{launcher} --launch-immediately & "
        script += "exec sleep 100000"
        bus = subprocess.Popen(
            [dbus, "--", "sh", "-c", script],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
            env={**os.environ, "DISPLAY": display},
        )
        procs.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        time.sleep(0.5)  # let the accessibility bus register itself
        env = {
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "XDG_SESSION_TYPE": "x11",
        }
        log(f"  desktop: Xvfb on {display}, a session bus, accessibility bus: {bool(launcher)}")
        yield env
    finally:
        for p in reversed(procs):
            with suppress(ProcessLookupError, PermissionError):
                if p is procs[0]:
                    p.terminate()
                else:  # the shell, the bus and the accessibility bus: their process group
                    os.killpg(p.pid, 15)
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


def run(quick: bool, log: Any = print) -> dict[str, Any]:
    runs = 1 if quick else 9
    idle = {
        "warmup_ms": 300 if quick else 2000,
        "running_s": 2.0 if quick else 60.0,
        "paused_s": 2.0 if quick else 10.0,
        "paint_s": 1.0 if quick else 10.0,
    }
    with desktop(log) as env:
        if env is None:
            return {"available": False}
        with tempfile.TemporaryDirectory(prefix="footcare-bench-shared-") as shared:
            extra = {**env, "FOOTCARE_GUI_CONFIG_DIR": os.path.join(shared, "config")}
            args = {"shared": shared}
            for kind in KINDS:  # warm-up, not counted (the routine cache, the page cache)
                run_child(kind, args, timeout=120, env_extra=extra)
            samples: dict[str, list[float]] = {k: [] for k in KINDS}
            for i in range(runs):
                for kind in KINDS if i % 2 == 0 else tuple(reversed(KINDS)):
                    r = run_child(kind, args, timeout=120, env_extra=extra)
                    samples[kind].append((r["t_painted"] - r["t_start"]) * 1000)
                log(f"  desktop: start-up run {i + 1}/{runs}")
        log(f"  desktop: idle, app {idle['running_s']:.0f} s running, bare label clock")
        app = run_child("idle:child", idle, timeout=300, env_extra=env)
        bare = run_child("idle:bare_child", idle, timeout=300, env_extra=env)
    out: dict[str, Any] = {"available": True, "runs": runs}
    for kind, ms in samples.items():
        out[kind] = summary(ms, 1)
    bare_ms = median(samples["bare"])
    out["ratio_app"] = round(ratio(median(samples["app"]), bare_ms), 3)
    out["ratio_floor"] = round(ratio(median(samples["floor"]), bare_ms), 3)
    out["ratio_app_floor"] = round(ratio(median(samples["app"]), median(samples["floor"])), 3)
    out["idle_app_running"] = app["running"]
    out["idle_app_paused"] = app["paused"]
    out["idle_bare_clock"] = bare["clock"]
    out["idle_bare_idle"] = bare["idle"]
    return out


def table_rows(d: dict[str, Any]) -> list[list[str]]:
    """The section's rows for the report: app, bare window, ratio."""
    b = d["bare"]["median"]
    rows = [
        ["under Xvfb + session bus + accessibility bus (xcb):", "", "", ""],
        [
            "  start-up to the first mapped window, median ms",
            f"{d['app']['median']:.1f}",
            f"{b:.1f}",
            f"{d['ratio_app']:.2f}",
        ],
        [
            "  ... the Qt-only window of its kind (floor), ms",
            f"{d['floor']['median']:.1f}",
            f"{b:.1f}",
            f"{d['ratio_floor']:.2f}",
        ],
        ["  ... app / floor", f"{d['ratio_app_floor']:.3f}", "-", "-"],
    ]
    run, clock = d["idle_app_running"], d["idle_bare_clock"]
    rows.append(
        [
            "  CPU s/min running (bare: 1 s label clock)",
            f"{run['cpu_s_per_min']:.3f}",
            f"{clock['cpu_s_per_min']:.3f}",
            f"{run['cpu_s_per_min'] / clock['cpu_s_per_min']:.2f}"
            if clock["cpu_s_per_min"]
            else "-",
        ]
    )
    rows.append(
        [
            "  CPU s/min paused (bare: idle)",
            f"{d['idle_app_paused']['cpu_s_per_min']:.3f}",
            f"{d['idle_bare_idle']['cpu_s_per_min']:.3f}",
            "-",
        ]
    )
    rows.append(
        [
            "  GUI-thread wake-ups/s running / paused",
            f"{run['wakeups_per_s']:.2f} / {d['idle_app_paused']['wakeups_per_s']:.2f}",
            f"{clock['wakeups_per_s']:.2f} / {d['idle_bare_idle']['wakeups_per_s']:.2f}",
            "-",
        ]
    )
    return rows


def checks(d: dict[str, Any]) -> list[tuple[str, float, str, bool]]:
    """The section's targets: the same as offscreen (start-up against the floor, CPU)."""
    a = d["ratio_app_floor"]
    cpu = d["idle_app_running"]["cpu_s_per_min"]
    return [
        ("start-up under X, app / Qt-only window", a, "<= 1.15", a <= 1.15),
        ("CPU s/min running under X", cpu, "<= 0.10", cpu <= 0.10),
    ]
