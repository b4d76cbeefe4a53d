"""``python -m bench [--quick] [--json PATH] [--only startup,memory,...]``: measure and report.

``python -m bench soak [--hours H | --minutes M]``: the long-running soak (bench/soak.py)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from bench import (
    RESULTS,
    animation,
    desktop,
    drawing,
    history,
    idle,
    memory,
    report,
    startup,
    timing,
    voice,
)

SECTIONS = {
    "startup": startup.run,
    "memory": memory.run,
    "idle": idle.run,
    "timing": timing.run,
    "drawing": drawing.run,
    "animation": animation.run,
    "voice": voice.run,
    "history": history.run,
    "desktop": desktop.run,
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["soak"]:  # hours long: never part of a full run
        from bench import soak

        return soak.main(args[1:])
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="a few seconds in all; checks no targets"
    )
    parser.add_argument(
        "--json",
        type=Path,
        help="where to write the results (default: bench/results/latest.json for a full run, "
        "nowhere for --quick)",
    )
    parser.add_argument(
        "--only", help=f"comma-separated sections to run, of: {', '.join(SECTIONS)}"
    )
    ns = parser.parse_args(args)
    chosen = list(SECTIONS) if not ns.only else [s.strip() for s in ns.only.split(",")]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {unknown[0]!r}")

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    if ns.quick:
        from bench import proc

        proc.TIMEOUT_CAP = 45.0
    results: dict[str, Any] = {"quick": ns.quick, "machine": report.machine()}
    started = time.monotonic()
    for name in chosen:
        log(f"{name} ...")
        results[name] = SECTIONS[name](ns.quick, log)
    results["bench_seconds"] = round(time.monotonic() - started, 1)
    results["machine"]["load_average_after"] = list(report.machine()["load_average"])
    print(report.table(results))
    path = ns.json or (None if ns.quick else RESULTS / "latest.json")
    if path is not None:
        if ns.only and path.exists():  # a partial run updates its sections, keeps the others
            import json

            kept = json.loads(path.read_text(encoding="utf-8"))
            if kept.get("quick") == ns.quick:
                kept.pop("targets", None)
                results = {**kept, **results}
        report.write_json(results, path)
        log(f"results written to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
