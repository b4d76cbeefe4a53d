"""Command-line arguments. Parsed before Qt is imported, so --help and --version are instant.

Every word is in the app's language, chosen before parsing (early_language.py); argparse's
own words (``usage:``, its errors) too, while :func:`parse_args` runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NoReturn

from footcare_gui import APP_NAME, __version__
from footcare_gui.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, language, translate
from footcare_gui.core.zones import Foot

# argparse's own messages (Python 3.11 to 3.13) that this parser can show, looked up by
# argparse through gettext's ``_`` at the moment it shows them; others stay English.
ARGPARSE_MESSAGES = frozenset(
    {
        QT_TRANSLATE_NOOP("Argparse", "usage: "),
        QT_TRANSLATE_NOOP("Argparse", "options"),
        QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
        QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    }
)


def _argparse_text(message: str) -> str:
    return translate("Argparse", message) if message in ARGPARSE_MESSAGES else message


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return _argparse_text(singular if n == 1 else plural)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: the hint says where to look.
        line = translate("CommandLine", "{prog}: {message} (see {prog} --help)")
        self.exit(2, line.format(prog=self.prog, message=message) + "\n")


@dataclass(frozen=True, slots=True)
class Options:
    """What the command line asked for; None means "use the setting"."""

    foot: Foot | None
    routine: str | None
    config_dir: str | None
    doctor: bool = False  # print the --doctor report instead of starting
    json: bool = False  # the --doctor report as JSON
    desktop: str | None = None  # "install" or "uninstall": the menu entry and icons
    background: bool = False  # no window: wait for the reminder (tray icon if there is one)
    list_routines: bool = False  # print every routine and exit (no window)
    import_routine: str | None = None  # a routine file to add to the user's own
    export_routine: tuple[str, str] | None = None  # (routine id, file) to write
    lang: str | None = None  # the language for this run ("de"); None: the setting's

    @property
    def routine_command(self) -> bool:
        """Whether a routine command was asked for: it runs without a window."""
        return self.list_routines or bool(self.import_routine or self.export_routine)


def parse_args(argv: Sequence[str] | None = None) -> Options:
    """Parse the arguments; a bad one exits with status 2 and a one-line message."""
    args = list(sys.argv[1:] if argv is None else argv)
    if language() == "en":  # argparse's words are English already
        return _parse(args)
    saved = {name: getattr(argparse, name) for name in ("_", "ngettext")}
    vars(argparse).update(_=_argparse_text, ngettext=_argparse_plural)
    try:
        return _parse(args)
    finally:
        vars(argparse).update(saved)


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the app's language."""
    parser = _Parser(
        prog=APP_NAME,
        description=translate(
            "CommandLine", "A guided, hands-free evening foot-reflexology self-massage timer."
        ),
        epilog=translate(
            "CommandLine",
            "Settings are kept between runs; the Preferences dialog (Ctrl+,) changes them.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("CommandLine", "show the version number and exit"),
    )
    parser.add_argument(
        "--foot",
        choices=[f.value for f in Foot],
        help=translate(
            "CommandLine",
            "which foot goes first this time (overrides the setting for this run only)",
        ),
    )
    parser.add_argument(
        "--routine",
        metavar="ID",
        help=translate("CommandLine", "the routine to use, e.g. quick-wind-down"),
    )
    lang_help = translate(
        "CommandLine",
        "the language of the window and the voice for this run: {codes} "
        "(default: the setting, else the system's)",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        choices=sorted(LANGUAGES),
        help=lang_help.format(codes=", ".join(sorted(LANGUAGES))),
    )
    parser.add_argument(
        "--config-dir",
        metavar="DIR",
        help=translate(
            "CommandLine",
            "keep every file the app writes in DIR "
            "(default: $FOOTCARE_GUI_CONFIG_DIR, else the user's config folder)",
        ),
    )
    parser.add_argument(
        "--doctor",
        action="store_true",
        help=translate(
            "CommandLine",
            "check this system (display, Qt, libraries, sound, folders, settings) and exit",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "with --doctor: print JSON")
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        dest="desktop",
        action="store_const",
        const="install",
        help=translate(
            "CommandLine", "add the app to your desktop's menu, with its icon (Linux), and exit"
        ),
    )
    desktop.add_argument(
        "--uninstall-desktop",
        dest="desktop",
        action="store_const",
        const="uninstall",
        help=translate(
            "CommandLine",
            "remove exactly what --install-desktop (and the reminder) wrote, and exit",
        ),
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help=translate(
            "CommandLine",
            "start without a window, waiting for the evening reminder (in the tray if any)",
        ),
    )
    own = parser.add_argument_group(
        translate("CommandLine", "routines"),
        translate(
            "CommandLine", "each of these prints its answer and exits, without opening a window"
        ),
    ).add_mutually_exclusive_group()
    own.add_argument(
        "--list-routines",
        action="store_true",
        help=translate(
            "CommandLine",
            "list every routine: id, built-in or own, length at the default durations, title",
        ),
    )
    own.add_argument(
        "--import-routine",
        metavar="FILE",
        help=translate("CommandLine", "add a routine from a .toml file; prints its id"),
    )
    own.add_argument(
        "--export-routine",
        nargs=2,
        metavar=("ID", "FILE"),
        help=translate("CommandLine", "write a routine to a .toml file (FILE - prints it)"),
    )
    return parser


def _parse(args: list[str]) -> Options:
    parser = build_parser()
    ns = parser.parse_args(args)
    if ns.config_dir is not None and not ns.config_dir.strip():
        parser.error(translate("CommandLine", "argument --config-dir: the folder name is empty"))
    if ns.json and not ns.doctor:
        parser.error(translate("CommandLine", "argument --json: only with --doctor"))
    return Options(
        foot=Foot(ns.foot) if ns.foot else None,
        routine=ns.routine,
        config_dir=ns.config_dir,
        doctor=ns.doctor,
        json=ns.json,
        desktop=ns.desktop,
        background=ns.background,
        list_routines=ns.list_routines,
        import_routine=ns.import_routine,
        export_routine=tuple(ns.export_routine) if ns.export_routine else None,
        lang=ns.lang,
    )
