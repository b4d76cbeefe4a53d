"""Benchmarks of footcare-gui side by side with a bare PySide6 window (``python -m bench``).

The parent process never imports Qt: every figure is measured in a child process
(``python -m bench.child MODE ARGS``) on the offscreen platform, and the parent collects one
JSON line from each child.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
