"""``footcare-gui --doctor``: what this system offers the app, one line per subject.

Every line ends with OK or with what to do (lines that only inform end with neither).
The exit status is 0 when a session can run, 1 otherwise. The lines are in the app's
language; ``--json`` gives the same facts under the stable keys documented in docs/doctor.md,
its texts always English (a bug report is read by the maintainers; scripts compare them).
"""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import dataclass
from typing import Any

from footcare_gui import APP_NAME, __version__
from footcare_gui.core.i18n import in_english, language, translate
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


def collect(config_dir: str | None = None, spoken: str | None = None) -> Report:
    """Run every check, its words in the app's language; speech voices are counted for
    ``spoken`` (default: the app's language). Inside the running app the platform is the
    app's own."""
    from footcare_gui.doctor.checks_files import folder_check, settings_check
    from footcare_gui.paths import config_dir as find_config_dir
    from footcare_gui.paths import log_dir, routine_cache_path, settings_path

    folder = find_config_dir(config_dir)
    app = translate("Doctor", "App")
    checks = [
        Check("app", app, "ok", f"{APP_NAME} {__version__}", data={"version": __version__}),
        _python_check(),
        *_qt_checks(spoken or language()),
        folder_check(
            "config_folder",
            translate("Doctor", "Config folder"),
            folder,
            translate("Doctor", "settings and choices will not be saved"),
        ),
        folder_check(
            "cache_folder",
            translate("Doctor", "Cache folder"),
            routine_cache_path(config_dir).parent,
            translate("Doctor", "each start reads the routine files again (a few ms slower)"),
        ),
        folder_check(
            "log_folder",
            translate("Doctor", "Log folder"),
            log_dir(config_dir),
            translate("Doctor", "details of unexpected errors cannot be kept"),
        ),
        settings_check(settings_path(folder)),
    ]
    order = {key: i for i, key in enumerate(KEYS)}
    return Report(tuple(sorted(checks, key=lambda c: order[c.key])))


def _python_check() -> Check:
    version = platform.python_version()
    data = {"version": version, "executable": sys.executable, "system": platform.platform()}
    detail = translate("Doctor", "{version} on {system}").format(
        version=version, system=platform.platform()
    )
    return Check("python", "Python", "ok", detail, data=data)


def _qt_checks(spoken: str) -> list[Check]:
    from footcare_gui.doctor.checks_qt import qt_check

    qt = qt_check()
    platform_lines, tray = _platform_checks(qt.status == "ok")
    if qt.status != "ok":
        return [qt, *platform_lines, *_unknown(spoken)]
    from footcare_gui.doctor.checks_qt import (
        audio_check,
        ensure_core_app,
        screen_hold_check,
        speech_check,
    )
    from footcare_gui.doctor.checks_reminder import (
        notifications_check,
        running_tray,
        tray_check,
    )

    if tray is None:  # no test process: the running app answers (or nobody knows)
        tray = running_tray()
    with ensure_core_app():
        found = [audio_check(), speech_check(spoken), screen_hold_check(), notifications_check()]
    return [qt, *platform_lines, *found, tray_check(tray)]


def _platform_checks(qt_loads: bool) -> tuple[list[Check], bool | None]:
    """The platform and system-library lines, and whether the platform's test process saw a
    system tray (None: not known)."""
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
        label = translate("Doctor", "System libraries")
        only = translate("Doctor", "checked on Linux only")
        lines.append(Check("system_libraries", label, "info", only, data=data))
    platform, tray = platform_check(os.environ, verdict, running)
    return [platform, *lines], tray


def _running_platform() -> str:
    """The platform of this process's QGuiApplication, or "" when there is none."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None or not hasattr(app, "platformName"):
        return ""
    return str(app.platformName())


def _unknown(spoken: str) -> list[Check]:
    """The lines that need Qt, when it cannot load: same keys, nothing known."""
    speech = {"engines": None, "used": True, "language": spoken, "voices": None}
    unknown: list[tuple[str, str, dict[str, Any]]] = [
        ("audio", translate("Doctor", "Audio outputs"), {"outputs": None, "qt_messages": []}),
        ("speech", translate("Doctor", "Speech engines"), speech),
        ("screen_hold", translate("Doctor", "Screen hold"), {"method": None, "available": None}),
        ("tray", translate("Doctor", "System tray"), {"used": True, "available": None}),
        (
            "notifications",
            translate("Doctor", "Notifications"),
            {"used": True, "service": None, "available": None},
        ),
    ]
    detail = translate("Doctor", "unknown: Qt cannot load")
    advice = translate("Doctor", "see the Qt line")
    return [Check(k, label, "warning", detail, advice, d) for k, label, d in unknown]


def render_text(report: Report) -> str:
    """The report as the lines a person reads."""
    width = max([16, *(len(c.label) for c in report.checks)]) + 2  # labels may be longer
    lines = [f"{APP_NAME} --doctor", *(c.line(width) for c in report.checks)]
    if report.session_can_run:
        lines.append(translate("Doctor", "A session can run here."))
    else:
        lines.append(
            translate("Doctor", "A session cannot run here yet: do what the lines above say.")
        )
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
    spoken = language()  # the app speaks the language of its words: count its voices
    if as_json:
        with in_english():  # machine-stable: the texts of --json never follow the language
            report = collect(config_dir, spoken)
        print(json.dumps(to_json(report), indent=2, ensure_ascii=False))
        return 0 if report.session_can_run else 1
    report = collect(config_dir, spoken)
    print(render_text(report))
    return 0 if report.session_can_run else 1
