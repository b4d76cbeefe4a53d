"""The routine library at run time: the Qt-free :class:`RoutineLibrary` with one ``changed``
signal, so that the start page, Preferences and the routine editor all show the same list."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from footcare_gui.core.routine_library import Imported, RoutineLibrary
from footcare_gui.core.routines import Routine


class LibraryController(QObject):
    """Every change to the routines goes through here and is announced once."""

    changed = Signal()  # a routine was added, changed or removed

    def __init__(self, library: RoutineLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    @property
    def routines(self) -> Mapping[str, Routine]:
        """Every routine, built-in first then the user's own: a live, read-only view."""
        return self.library.routines

    def is_builtin(self, routine_id: str) -> bool:
        return self.library.is_builtin(routine_id)

    def new_id(self, title: str) -> str:
        return self.library.new_id(title)

    def save(self, routine: Routine) -> Routine:
        """Write one of the user's routines; raises LibraryError (nothing changed then)."""
        saved = self.library.save(routine)
        self.changed.emit()
        return saved

    def delete(self, routine_id: str) -> Routine:
        removed = self.library.delete(routine_id)
        self.changed.emit()
        return removed

    def import_file(self, path: Path) -> Imported:
        """Add a routine from a file; raises RoutineError or LibraryError (nothing added)."""
        imported = self.library.import_file(path)
        self.changed.emit()
        return imported

    def export(self, routine_id: str, path: Path) -> None:
        self.library.export(routine_id, path)
