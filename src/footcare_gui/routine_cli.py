"""The routine commands of the command line, run without Qt: ``--list-routines``,
``--import-routine FILE`` and ``--export-routine ID FILE`` (they respect ``--config-dir``).

Exit status: 0 done; 2 bad input (a file the loader refuses, an unknown id), with one line
naming the file, step and field; 1 when the disk refuses (nothing is half-written).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from footcare_gui import APP_NAME
from footcare_gui.assets import asset_path
from footcare_gui.cli import Options
from footcare_gui.core.i18n import language, translate
from footcare_gui.core.routine_library import LibraryError, RoutineLibrary, load_library
from footcare_gui.core.routines import RoutineError, load_routines
from footcare_gui.core.settings import total_of
from footcare_gui.core.texts import format_clock
from footcare_gui.paths import routine_cache_path


def _rows(library: RoutineLibrary) -> list[tuple[str, str, str, str]]:
    rows = []
    for rid, routine in library.routines.items():
        defaults = {s.id: s.duration for s in routine.all_steps}
        if library.is_builtin(rid):
            kind = translate("RoutineCommands", "built-in")
        else:
            kind = translate("RoutineCommands", "own")
        rows.append((rid, kind, format_clock(total_of(routine, defaults)), routine.title))
    return rows


def list_routines(library: RoutineLibrary, out: TextIO) -> int:
    rows = _rows(library)
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for rid, kind, total, title in rows:
        out.write(f"{rid:<{widths[0]}}  {kind:<{widths[1]}}  {total:>{widths[2]}}  {title}\n")
    return 0


def import_routine(library: RoutineLibrary, file: str, out: TextIO, err: TextIO) -> int:
    try:
        imported = library.import_file(Path(file))
    except RoutineError as exc:
        line = translate("RoutineCommands", "{app}: {error} (nothing was imported)")
        err.write(line.format(app=APP_NAME, error=exc) + "\n")
        return 2
    except LibraryError as exc:
        err.write(f"{APP_NAME}: {exc}\n")  # the reason is already in the app's language
        return 1
    if imported.renamed_from:
        line = translate(
            "RoutineCommands", "{app}: the id {old} was taken, so the routine is {new}"
        )
        old, new = repr(imported.renamed_from), repr(imported.routine.id)
        err.write(line.format(app=APP_NAME, old=old, new=new) + "\n")
    out.write(f"{imported.routine.id}\n")
    return 0


def export_routine(library: RoutineLibrary, rid: str, file: str, out: TextIO, err: TextIO) -> int:
    if rid not in library.routines:
        line = translate("Main", "{app}: unknown routine '{id}' (known routines: {known})")
        known = ", ".join(library.routines)
        err.write(line.format(app=APP_NAME, id=rid, known=known) + "\n")
        return 2
    if file == "-":
        from footcare_gui.core.routine_toml import routine_to_toml

        out.write(routine_to_toml(library.routines[rid]))
        return 0
    try:
        library.export(rid, Path(file))
    except LibraryError as exc:
        err.write(f"{APP_NAME}: {exc}\n")
        return 1
    return 0


def run_routine_command(
    options: Options, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the routine command ``options`` asks for; return the exit status."""
    out, err = out or sys.stdout, err or sys.stderr
    builtin = load_routines(asset_path("routines"), cache=routine_cache_path(options.config_dir))
    library = load_library(builtin.routines, options.config_dir, set_aside=False)
    errors: list[object] = [*builtin.errors]
    if options.list_routines and language() != "en":  # titles as the window shows them
        from footcare_gui.core.routine_i18n import localized

        shown, overlay_errors = localized(builtin.routines, asset_path("routines"), language())
        library.localize(shown)
        errors += overlay_errors
    warning = translate("Main", "{app}: warning: {error}")
    for message in (*map(str, errors), *library.messages):
        err.write(warning.format(app=APP_NAME, error=message) + "\n")
    if options.list_routines:
        return list_routines(library, out)
    if options.import_routine is not None:
        return import_routine(library, options.import_routine, out, err)
    assert options.export_routine is not None
    return export_routine(library, *options.export_routine, out, err)
