"""The benchmark's quick mode runs end to end, so `make bench` cannot rot unnoticed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _positive_numbers(node: object) -> list[float]:
    if isinstance(node, bool):
        return []
    if isinstance(node, int | float):
        return [float(node)]
    if isinstance(node, dict):
        return [x for v in node.values() for x in _positive_numbers(v)]
    if isinstance(node, list):
        return [x for v in node for x in _positive_numbers(v)]
    return []


def test_quick_benchmark_reports_every_section(tmp_path: Path) -> None:
    out = tmp_path / "q.json"
    results = REPO / "bench" / "results"
    before = {p: p.stat().st_mtime_ns for p in results.glob("*")} if results.exists() else {}
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json", str(out)],
        cwd=REPO,
        timeout=300,  # a hung child ends itself within 45 s (bench/proc.py): this is a backstop
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["quick"] is True
    s = data["startup"]
    for kind in ("bare", "app", "entry"):
        assert s[kind]["ms"]["median"] > 0
        assert s[kind]["rss_kib"]["median"] > 0
    assert s["ratio_app"] > 0
    m = data["memory"]
    for key in ("bare_paint_mib", "app_paint_mib", "app_session_mib", "ratio_paint"):
        assert m[key] > 0
    for part in ("sound", "voice", "session"):  # memory in parts (issue 18)
        assert f"part_{part}_mib" in m
    i = data["idle"]
    for part in ("app_running", "app_paused", "bare_idle", "bare_clock"):
        assert i[part]["wall_s"] > 0
        assert i[part]["cpu_s_per_min"] >= 0
    assert i["app_running"]["timer_ticks"] > 0
    assert i["app_running"]["painted"]["px_per_tick"] > 0  # what a running second repaints
    t = data["timing"]
    assert t["real"]["finished"] is True
    assert t["real"]["changes"] == 3
    assert t["simulation"]["session_s"] == 1800
    assert abs(t["simulation"]["end_error_ms"]) < 1e-6
    d = data["drawing"]
    for key in ("cached_ms", "new_step_ms", "cold_ms"):
        assert d["foot_view"][key]["median"] > 0
    assert d["window"]["step_change_ms"]["median"] > 0
    assert d["window"]["paced_step_change_ms"]["median"] > 0
    h = data["history"]
    assert h["rows"] == 365
    assert 0 < h["page_ms"]["median"] <= h["page_worst_ms"]
    for key in ("record_first_step_ms", "record_finish_ms", "summary_history_ms"):
        assert h[key]["median"] > 0
    assert h["open_ms"] > 0
    a = data["animation"]
    for size in ("1280x800", "1920x1080"):
        assert a[size]["running"]["animating"] is True
        assert a[size]["running"]["frames"] > 0
        assert a[size]["paused"]["frames"] == 0
    for section in ("startup", "memory", "idle", "timing", "drawing", "history"):
        assert _positive_numbers(data[section]), section
    x = data["desktop"]  # under Xvfb when it is installed
    if x["available"]:
        assert x["app"]["median"] > 0 and x["ratio_app_floor"] > 0
        assert x["idle_app_running"]["timer_ticks"] > 0
    assert data["voice"]["engine"] == "mock"  # never the machine's speech engine
    assert "BENCH-RESULT" not in proc.stdout
    after = {p: p.stat().st_mtime_ns for p in results.glob("*")} if results.exists() else {}
    assert after == before  # the quick run never writes into bench/results/
