"""The entry point: parse arguments, load routines, then start the Qt app."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from footcare_gui import APP_NAME, early_language
from footcare_gui.assets import asset_path
from footcare_gui.cli import parse_args
from footcare_gui.core.i18n import translate
from footcare_gui.core.routine_library import load_library
from footcare_gui.core.routines import load_routines
from footcare_gui.paths import routine_cache_path


def main(argv: Sequence[str] | None = None) -> int:
    """Run footcare-gui; returns the process exit status."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader left early (`footcare-gui --list-routines | head`): nothing more to say,
        # and no traceback. Python would report the pipe again when it flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    early_language.install(args)  # before the first word: --help and its errors speak it
    options = parse_args(args)
    if options.doctor:
        from footcare_gui.doctor.report import run_doctor

        return run_doctor(options.config_dir, as_json=options.json)
    if options.desktop is not None:  # --install-desktop / --uninstall-desktop: no Qt needed
        from footcare_gui.desktop import install

        return install.install() if options.desktop == "install" else install.uninstall()
    if options.routine_command:  # --list-routines, --import-routine, --export-routine: no Qt
        from footcare_gui.routine_cli import run_routine_command

        return run_routine_command(options)
    routines = load_routines(asset_path("routines"), cache=routine_cache_path(options.config_dir))
    for error in routines.errors:
        warning = translate("Main", "{app}: warning: {error}")
        print(warning.format(app=APP_NAME, error=error), file=sys.stderr)
    if not routines.routines:
        none = translate("Main", "{app}: no routine could be loaded; reinstall the app.")
        print(none.format(app=APP_NAME), file=sys.stderr)
        return 1
    library = load_library(routines.routines, options.config_dir)  # the user's own too
    if options.routine is not None and options.routine not in library.routines:
        unknown = translate("Main", "{app}: unknown routine '{id}' (known routines: {known})")
        known = ", ".join(sorted(library.routines))
        print(unknown.format(app=APP_NAME, id=options.routine, known=known), file=sys.stderr)
        return 2
    from footcare_gui.doctor import preflight

    problem = preflight.run()  # no display, or a library Qt needs: say so, not Qt's abort
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from footcare_gui.ui.application import run  # Qt is imported only now

    return run(options, routines, library)
