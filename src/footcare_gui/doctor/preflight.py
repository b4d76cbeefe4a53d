"""Checks made before Qt is imported, so a first start says what is wrong instead of aborting.

On Linux, Qt aborts (``qFatal``, exit status 134) when no display can be reached or when its
platform plugin cannot load a system library. :func:`run` finds both cases first, in a few
milliseconds and without a subprocess, and returns a message to print; when Wayland cannot
be used but X11 can, it quietly chooses X11. Elsewhere it does nothing.

Should Qt still fail, :class:`hint_on_fatal` (used around ``QApplication()``) adds one line
pointing at ``--doctor`` after Qt's own message. It lives here, already imported, because
every module imported once Qt is loaded costs start-up time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, MutableMapping
from typing import TYPE_CHECKING, NamedTuple

from footcare_gui import APP_NAME
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # types only: Qt and the library table are imported when needed
    from types import TracebackType

    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from footcare_gui.doctor.libraries import Missing

CHECKED = ("xcb", "wayland")  # the platform plugins that need a display and system libraries
# In English, translated where shown (the language is known before the first check).
HINT = QT_TRANSLATE_NOOP(
    "Preflight",
    "footcare-gui could not open its window; run `footcare-gui --doctor` to see what is missing.",
)
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Preflight",
    "footcare-gui needs a graphical desktop; no display was found "
    "(DISPLAY and WAYLAND_DISPLAY are unset).",
)


class PlatformCheck(NamedTuple):
    """One platform plugin: its display (empty if none) and the libraries it cannot find."""

    name: str
    display: str
    missing: tuple[Missing, ...] = ()
    checked: int = 0  # how many system libraries were looked for
    no_display: str = ""  # why there is no display, e.g. "DISPLAY is unset"

    @property
    def usable(self) -> bool:
        """There is a display for it and nothing it needs is missing."""
        return bool(self.display) and not self.missing


class Verdict(NamedTuple):
    """What to do before Qt starts."""

    platform: str | None  # the plugin Qt should get; None: Qt's own choice
    quiet_fallback: bool  # True: set QT_QPA_PLATFORM to ``platform`` (Wayland -> X11)
    problem: str  # empty, or the message to print before exiting with status 1
    checks: tuple[PlatformCheck, ...] = ()
    reason: str = ""  # with a problem: "no display" or "missing libraries"


Checker = Callable[[str], PlatformCheck]  # platform name -> what was found for it


def candidates(env: Mapping[str, str]) -> tuple[tuple[str, ...], bool]:
    """The platform plugins Qt would try, in order, and whether the user named them."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return tuple(p.split(":")[0].strip() for p in requested.split(";") if p.strip()), True
    waylandish = env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland"
    return (("wayland", "xcb") if waylandish else ("xcb",)), False


def decide(env: Mapping[str, str], check: Checker) -> Verdict:
    """The verdict for a Linux environment, given how to check one platform (pure)."""
    names, named = candidates(env)
    displays = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET")
    if not named and not any(env.get(v) for v in displays):
        return Verdict(None, False, translate("Preflight", NO_DISPLAY), reason="no display")
    checks: list[PlatformCheck] = []
    for name in names:
        if name not in CHECKED:  # offscreen, vnc, eglfs...: the user knows what they chose
            return Verdict(name, False, "", tuple(checks))
        result = check(name)
        checks.append(result)
        if result.usable:
            return Verdict(name, not named and name != names[0], "", tuple(checks))
    reason = "missing libraries" if any(c.display for c in checks) else "no display"
    return Verdict(None, False, problem_text(checks, env), tuple(checks), reason)


def problem_text(checks: list[PlatformCheck], env: Mapping[str, str]) -> str:
    """One sentence saying what is wrong, then how to fix it."""
    with_display = [c for c in checks if c.display]
    if not with_display:
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            return translate("Preflight", NO_DISPLAY)
        why = "; ".join(c.no_display for c in checks)
        line = translate(
            "Preflight", "{app} needs a graphical desktop; no display was found ({why})."
        )
        return line.format(app=APP_NAME, why=why)
    from footcare_gui.doctor.libraries import install_lines

    missing = list({m.soname: m for c in with_display for m in c.missing}.values())
    if len(missing) == 1:
        first = translate(
            "Preflight",
            "{app} cannot open its window: Qt needs a system library that is missing: {libraries}.",
        )
        then = translate("Preflight", "Install it, then start {app} again:")
    else:
        first = translate(
            "Preflight",
            "{app} cannot open its window: Qt needs system libraries that are missing: "
            "{libraries}.",
        )
        then = translate("Preflight", "Install them, then start {app} again:")
    libraries = ", ".join(m.soname for m in missing)
    return "\n".join(
        [
            first.format(app=APP_NAME, libraries=libraries),
            then.format(app=APP_NAME),
            *install_lines(missing),
        ]
    )


def run(env: MutableMapping[str, str] = os.environ) -> str:
    """Check this machine before Qt is imported; return a problem to print, or "".

    May set ``QT_QPA_PLATFORM=xcb`` in ``env`` for a quiet fall-back from Wayland to X11.
    """
    if not sys.platform.startswith("linux"):
        return ""

    def check(name: str) -> PlatformCheck:
        from footcare_gui.doctor.platform_libs import check_platform

        return check_platform(name, env)

    verdict = decide(env, check)
    if verdict.quiet_fallback and verdict.platform:
        env["QT_QPA_PLATFORM"] = verdict.platform
    return verdict.problem


class hint_on_fatal:  # noqa: N801 - used like a function: ``with hint_on_fatal(): ...``
    """Within the block, Qt's messages print as Qt prints them; a fatal one (Qt would abort
    next) is followed by ``hint`` (if any), and the process exits with status 1: no core dump.
    """

    def __init__(self, hint: str = HINT) -> None:
        self.hint = translate("Preflight", hint) if hint else ""  # now: Qt may abort soon
        self.previous: object = None

    def __enter__(self) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        self.previous = qInstallMessageHandler(self._handle)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(self.previous)  # type: ignore[arg-type]

    def _handle(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        from PySide6.QtCore import QtMsgType, qFormatLogMessage

        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")
        if kind == QtMsgType.QtFatalMsg:
            if self.hint:
                sys.stderr.write(self.hint + "\n")
            sys.stderr.flush()
            os._exit(1)
