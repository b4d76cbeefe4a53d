"""The entry point: parse arguments, load routines, then start the Qt app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from footcare_gui import APP_NAME
from footcare_gui.assets import asset_path
from footcare_gui.cli import parse_args
from footcare_gui.core.routine_library import load_library
from footcare_gui.core.routines import load_routines
from footcare_gui.paths import routine_cache_path


def main(argv: Sequence[str] | None = None) -> int:
    """Run footcare-gui; returns the process exit status."""
    options = parse_args(argv)
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
        print(f"{APP_NAME}: warning: {error}", file=sys.stderr)
    if not routines.routines:
        print(f"{APP_NAME}: no routine could be loaded; reinstall the app.", file=sys.stderr)
        return 1
    library = load_library(routines.routines, options.config_dir)  # the user's own too
    if options.routine is not None and options.routine not in library.routines:
        known = ", ".join(sorted(library.routines))
        print(
            f"{APP_NAME}: unknown routine '{options.routine}' (known routines: {known})",
            file=sys.stderr,
        )
        return 2
    from footcare_gui.doctor import preflight

    problem = preflight.run()  # no display, or a library Qt needs: say so, not Qt's abort
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from footcare_gui.ui.application import run  # Qt is imported only now

    return run(options, routines, library)
