"""``footcare-gui --doctor``: what this system offers the app, one line per subject.

Every line ends with OK or with what to do (lines for features not built yet only inform).
The exit status is 0 when a session can run, 1 otherwise. ``--json`` gives the same facts
under the stable keys documented in docs/doctor.md.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import dataclass
from typing import Any

from footcare_gui import APP_NAME, __version__
from footcare_gui.doctor.check import Check

REPORT_VERSION = 1  # bump when a JSON key changes meaning or goes away
KEYS = (  # the order of the report, and the JSON keys of "checks"
    "app",
    "python",
    "qt",
    "platform",
    "system_libraries",
    "audio",
    "speech",
    "screen_hold",
    "tray",
    "notifications",
    "config_folder",
    "cache_folder",
    "log_folder",
    "settings_file",
)


@dataclass(frozen=True, slots=True)
class Report:
    """Every check, in report order."""

    checks: tuple[Check, ...]

    @property
    def session_can_run(self) -> bool:
        """No check found something that stops a session."""
        return all(c.status != "error" for c in self.checks)


def collect(config_dir: str | None = None) -> Report:
    """Run every check. Inside the running app the platform is the app's own."""
    from footcare_gui.doctor.checks_files import folder_check, settings_check
    from footcare_gui.paths import config_dir as find_config_dir
    from footcare_gui.paths import log_dir, routine_cache_path, settings_path

    folder = find_config_dir(config_dir)
    checks = [
        Check("app", "App", "ok", f"{APP_NAME} {__version__}", data={"version": __version__}),
        _python_check(),
        *_qt_checks(),
        folder_check(
            "config_folder", "Config folder", folder, "settings and choices will not be saved"
        ),
        folder_check(
            "cache_folder",
            "Cache folder",
            routine_cache_path(config_dir).parent,
            "each start reads the routine files again (a few ms slower)",
        ),
        folder_check(
            "log_folder",
            "Log folder",
            log_dir(config_dir),
            "details of unexpected errors cannot be kept",
        ),
        settings_check(settings_path(folder)),
    ]
    order = {key: i for i, key in enumerate(KEYS)}
    return Report(tuple(sorted(checks, key=lambda c: order[c.key])))


def _python_check() -> Check:
    version = platform.python_version()
    data = {"version": version, "executable": sys.executable, "system": platform.platform()}
    return Check("python", "Python", "ok", f"{version} on {platform.platform()}", data=data)


def _qt_checks() -> list[Check]:
    from footcare_gui.doctor.checks_qt import qt_check

    qt = qt_check()
    platform_lines = _platform_checks(qt.status == "ok")
    if qt.status != "ok":
        return [qt, *platform_lines, *_unknown(), *_unused()]
    from footcare_gui.doctor.checks_qt import (
        audio_check,
        ensure_core_app,
        screen_hold_check,
        speech_check,
    )

    with ensure_core_app():
        found = [audio_check(), speech_check(), screen_hold_check()]
    return [qt, *platform_lines, *found, *_unused()]


def _platform_checks(qt_loads: bool) -> list[Check]:
    from footcare_gui.doctor.checks_platform import libraries_check, platform_check

    running = _running_platform() if qt_loads else ""
    verdict = None
    lines: list[Check] = []
    if sys.platform.startswith("linux"):
        from footcare_gui.doctor.checks_platform import linux_verdict

        verdict, considered = linux_verdict(os.environ)
        lines.append(libraries_check(verdict, considered))
    else:
        data = {"platforms": [], "checked": 0, "missing": []}
        lines.append(
            Check(
                "system_libraries", "System libraries", "info", "checked on Linux only", data=data
            )
        )
    return [platform_check(os.environ, verdict, running), *lines]


def _running_platform() -> str:
    """The platform of this process's QGuiApplication, or "" when there is none."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None or not hasattr(app, "platformName"):
        return ""
    return str(app.platformName())


def _unknown() -> list[Check]:
    """The lines that need Qt, when it cannot load: same keys, nothing known."""
    unknown: list[tuple[str, str, dict[str, Any]]] = [
        ("audio", "Audio outputs", {"outputs": None, "qt_messages": []}),
        ("speech", "Speech engines", {"engines": None, "used": True, "voices": None}),
        ("screen_hold", "Screen hold", {"method": None, "available": None}),
    ]
    advice = "see the Qt line"
    return [
        Check(k, label, "warning", "unknown: Qt cannot load", advice, d) for k, label, d in unknown
    ]


def _unused() -> list[Check]:
    from footcare_gui.doctor.checks_qt import not_used_yet

    return [not_used_yet("tray", "System tray"), not_used_yet("notifications", "Notifications")]


def render_text(report: Report) -> str:
    """The report as the lines a person reads."""
    lines = [f"{APP_NAME} --doctor", *(c.line() for c in report.checks)]
    if report.session_can_run:
        lines.append("A session can run here.")
    else:
        lines.append("A session cannot run here yet: do what the lines above say.")
    return "\n".join(lines)


def to_json(report: Report) -> dict[str, Any]:
    """The report under its documented keys."""
    return {
        "report_version": REPORT_VERSION,
        "session_can_run": report.session_can_run,
        "checks": {c.key: c.as_json() for c in report.checks},
    }


def run_doctor(config_dir: str | None, as_json: bool = False) -> int:
    """Print the report; 0 if a session can run here, else 1."""
    report = collect(config_dir)
    if as_json:
        print(json.dumps(to_json(report), indent=2, ensure_ascii=False))
    else:
        print(render_text(report))
    return 0 if report.session_can_run else 1
