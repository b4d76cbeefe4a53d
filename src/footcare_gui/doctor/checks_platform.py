"""Report lines for the Qt platform plugin and the system libraries it needs.

Whether the plugin loads is tried in a child process (``try_platform``): a failing platform
takes its process down. Inside the running app the answer is simply the running platform.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from typing import NamedTuple

from footcare_gui import APP_NAME
from footcare_gui.core.i18n import Context, translate
from footcare_gui.doctor.check import Check, Status
from footcare_gui.doctor.libraries import Missing, install_commands, is_bundled
from footcare_gui.doctor.preflight import PlatformCheck, Verdict, candidates, decide

CHILD_TIMEOUT_S = 60
ENV_KEYS = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")
Doctor = Context("Doctor")  # its counted phrases


class Probe(NamedTuple):
    """What the platform's test process found."""

    loads: bool | None  # None: not known (no answer)
    name: str  # the platform's name, "" if it did not load
    messages: list[str]  # what Qt printed
    tray: bool | None = None  # whether the desktop shows a system tray; None: not known


def no_display_advice() -> str:
    advice = translate(
        "Doctor", "start {app} in a graphical desktop session (over SSH: `ssh -X`, or set DISPLAY)"
    )
    return advice.format(app=APP_NAME)


def linux_verdict(env: Mapping[str, str]) -> tuple[Verdict, tuple[PlatformCheck, ...]]:
    """The preflight's verdict, and the platforms whose libraries to report (xcb at least)."""
    from footcare_gui.doctor.platform_libs import check_platform

    verdict = decide(env, lambda name: check_platform(name, env, always=True))
    checks = verdict.checks
    if not any(c.name == "xcb" for c in checks):  # e.g. offscreen: still say what X11 lacks
        checks = (*checks, check_platform("xcb", env, always=True))
    return verdict, checks


def libraries_check(verdict: Verdict, checks: tuple[PlatformCheck, ...]) -> Check:
    """Which system libraries the platform plugins cannot find, and how to install them."""
    missing: dict[str, Missing] = {m.soname: m for c in checks for m in c.missing}
    names = [c.name for c in checks]
    checked = max((c.checked for c in checks), default=0)
    data = {
        "platforms": names,
        "checked": checked,
        "missing": [m._asdict() for m in missing.values()],
    }
    key, label = "system_libraries", translate("Doctor", "System libraries")
    if not missing:
        found = Doctor.tr("all %n found (for {platforms})", "", checked)
        return Check(key, label, "ok", found.format(platforms=", ".join(names)), data=data)
    status: Status = "error" if verdict.reason == "missing libraries" else "warning"
    which = "; ".join(
        f"{c.name}: {', '.join(m.soname for m in c.missing)}" for c in checks if c.missing
    )
    apt, dnf = install_commands(missing.values())
    steps = []
    if apt:
        install = translate("Doctor", "install them: `{apt}` (Debian, Ubuntu) or `{dnf}` (Fedora)")
        steps.append(install.format(apt=apt, dnf=dnf))
    if any(is_bundled(name) for name in missing):
        steps.append(
            translate("Doctor", "reinstall footcare-gui (Qt's own libraries are incomplete)")
        )
    unknown = [m.soname for m in missing.values() if m.debian is None and not is_bundled(m.soname)]
    if unknown:
        find = translate(
            "Doctor", "find the package of {libraries} (`apt-file search`, `dnf provides`)"
        )
        steps.append(find.format(libraries=", ".join(unknown)))
    detail = translate("Doctor", "missing ({which})").format(which=which)
    return Check(key, label, status, detail, "; ".join(steps), data)


def platform_check(
    env: Mapping[str, str], verdict: Verdict | None, running: str
) -> tuple[Check, bool | None]:
    """Which platform plugin Qt would use, and whether it loads (``running``: the app's); and
    whether its test process saw a system tray (None: no test process, or it did not say)."""
    key, label = "platform", translate("Doctor", "Platform plugin")
    data: dict[str, object] = {
        "name": running or None,
        "chosen_by": "running app" if running else _chosen_by(env, verdict),
        "loads": True if running else None,
        "qt_messages": [],
        "environment": {k: env.get(k) for k in ENV_KEYS},
    }
    if running:
        detail = translate("Doctor", "{platform} (this running app)").format(platform=running)
        return Check(key, label, "ok", detail, data=data), None
    if verdict is not None and verdict.problem:
        data["loads"] = False
        if verdict.reason == "no display":
            why = "; ".join(c.no_display for c in verdict.checks) or translate(
                "Doctor", "DISPLAY and WAYLAND_DISPLAY are unset"
            )
            detail = translate("Doctor", "no display ({why})").format(why=why)
            return Check(key, label, "error", detail, no_display_advice(), data), None
        names = ", ".join(c.name for c in verdict.checks if c.display)
        detail = translate("Doctor", "{platforms} cannot load: libraries are missing")
        advice = translate("Doctor", "install them (see System libraries)")
        return Check(key, label, "error", detail.format(platforms=names), advice, data), None
    child_env = dict(env)
    if verdict is not None and verdict.quiet_fallback and verdict.platform:
        child_env["QT_QPA_PLATFORM"] = verdict.platform
    loads, name, messages, tray = try_platform(child_env)
    data.update(name=name or None, loads=loads, qt_messages=messages)
    if loads:
        found = translate("Doctor", "{platform} loads").format(platform=name)
        return Check(key, label, "ok", found, data=data), tray
    why = next((m for m in messages if "connect to display" in m), messages[0] if messages else "")
    if "connect to display" in why:
        advice = translate("Doctor", "no X server answers at DISPLAY={display}: {advice}")
        advice = advice.format(display=env.get("DISPLAY"), advice=no_display_advice())
    else:
        advice = translate(
            "Doctor", "see qt_messages in `--doctor --json`, and include them in a bug report"
        )
    detail = translate("Doctor", "does not load ({why})")
    why = why or translate("Doctor", "no message")
    return Check(key, label, "error", detail.format(why=why), advice, data), None


def _chosen_by(env: Mapping[str, str], verdict: Verdict | None) -> str:
    if candidates(env)[1]:
        return "QT_QPA_PLATFORM"
    if verdict is not None and verdict.quiet_fallback:
        return "fallback from Wayland to X11"
    return "Qt's default"


def try_platform(env: Mapping[str, str]) -> Probe:
    """What a child that makes a QGuiApplication found."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "footcare_gui.doctor.try_platform"],
            env=dict(env),
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Probe(None, "", [f"no answer within {CHILD_TIMEOUT_S} s"])
    except OSError as exc:
        return Probe(None, "", [f"could not start a test process ({exc})"])
    messages = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    said = done.stdout.split()  # "<platform> tray yes|no|unknown"
    name = said[0] if said else ""
    tray = {"yes": True, "no": False}.get(said[-1]) if said[1:2] == ["tray"] else None
    return Probe(done.returncode == 0, name, messages, tray)
