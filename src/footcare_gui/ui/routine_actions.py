"""The Routine menu's commands: New, Duplicate, Edit, Delete, Import and Export, on the
routine the settings choose (the one the start page shows). Also used by Preferences.

The editor, file dialogs and message boxes are imported on first use: start-up never pays.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from footcare_gui.core.routine_library import forget_routine, keep_durations_of
from footcare_gui.core.routines import MAX_TITLE_CHARS, Routine
from footcare_gui.core.settings import chosen_routine
from footcare_gui.ui.library_controller import LibraryController
from footcare_gui.ui.settings_controller import SettingsController

if TYPE_CHECKING:
    from footcare_gui.core.routine_draft import RoutineDraft
    from footcare_gui.ui.routine_editor import RoutineEditor


class RoutineActions(QObject):
    """The routine commands, as actions for a menu and as methods."""

    status = Signal(str)

    def __init__(
        self,
        window: QWidget,
        library: LibraryController,
        settings: SettingsController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self.library = library
        self.settings = settings
        self.editor: RoutineEditor | None = None  # the one open, if any
        self._session_running = False

        def act(text: str, tip: str, keys: str = "") -> QAction:
            a = QAction(text, window)
            a.setStatusTip(tip)
            a.setToolTip(tip)
            if keys:
                sequence = QKeySequence(keys)
                a.setShortcut(sequence)
                a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                a.setToolTip(f"{tip} ({shown})")
                window.addAction(a)  # works in focus mode too, with the menu bar hidden
            return a

        self.new_action = act(
            self.tr("&New routine…"), self.tr("Make a routine of your own"), "Ctrl+N"
        )
        self.duplicate_action = act(
            self.tr("&Duplicate…"), self.tr("Make your own copy of the chosen routine")
        )
        self.edit_action = act(self.tr("&Edit…"), self.tr("Change the chosen routine"), "Ctrl+E")
        self.delete_action = act(self.tr("De&lete…"), self.tr("Delete the chosen routine"))
        self.import_action = act(
            self.tr("&Import…"), self.tr("Add a routine from a .toml file"), "Ctrl+I"
        )
        self.export_action = act(
            self.tr("E&xport…"), self.tr("Save the chosen routine as a .toml file to share")
        )
        # Lambdas: `triggered` passes a bool that must not become the dialogs' parent.
        self.new_action.triggered.connect(lambda: self.new_routine())
        self.duplicate_action.triggered.connect(lambda: self.duplicate())
        self.edit_action.triggered.connect(lambda: self.edit())
        self.delete_action.triggered.connect(lambda: self.delete())
        self.import_action.triggered.connect(lambda: self.import_routine())
        self.export_action.triggered.connect(lambda: self.export())
        settings.changed.connect(lambda _s: self._update_actions())
        library.changed.connect(self._update_actions)
        self._update_actions()

    def fill_menu(self, menu: QMenu) -> None:
        for a in (self.new_action, self.duplicate_action, self.edit_action, self.delete_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)

    def chosen(self) -> Routine | None:
        return chosen_routine(self.settings.settings, self.library.routines)

    def set_session_running(self, running: bool) -> None:
        """No deleting while a session runs: Restart would bring back a routine that is gone."""
        self._session_running = running
        self._update_actions()

    def _update_actions(self) -> None:
        routine = self.chosen()
        own = routine is not None and not self.library.is_builtin(routine.id)
        self.delete_action.setEnabled(own and not self._session_running)
        for a in (self.duplicate_action, self.edit_action, self.export_action):
            a.setEnabled(routine is not None)

    # -- commands --------------------------------------------------------------------------
    def new_routine(self, parent: QWidget | None = None) -> RoutineEditor:
        """The editor on a new routine (over ``parent``, e.g. Preferences, if given)."""
        from footcare_gui.core.routine_draft import RoutineDraft

        return self._open(RoutineDraft(), parent)

    def duplicate(self, parent: QWidget | None = None) -> RoutineEditor | None:
        routine = self.chosen()
        if routine is None:
            return None
        from footcare_gui.core.routine_draft import copy_of

        suffix = self.tr(" (my copy)")
        title = routine.title[: MAX_TITLE_CHARS - len(suffix)] + suffix
        return self._open(copy_of(routine, title), parent)

    def edit(self, parent: QWidget | None = None) -> RoutineEditor | None:
        """Open the chosen routine; a built-in one offers "Duplicate to edit" instead."""
        routine = self.chosen()
        if routine is None:
            return None
        if self.library.is_builtin(routine.id):
            self._offer_duplicate(routine, parent)
            return None
        from footcare_gui.core.routine_draft import draft_of

        return self._open(draft_of(routine), parent)

    def _offer_duplicate(self, routine: Routine, parent: QWidget | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        # The copy opens over the box's owner: opened over the box, it went with the box.
        owner = parent or self._dialog_parent()
        box = QMessageBox(owner)
        box.setObjectName("builtInBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("A built-in routine"))
        box.setText(
            self.tr("“{0}” comes with the app and cannot be changed.").format(routine.title)
        )
        box.setInformativeText(self.tr("Make your own copy of it, and edit that?"))
        copy = box.addButton(self.tr("&Duplicate to edit"), QMessageBox.ButtonRole.AcceptRole)
        copy.setObjectName("duplicateToEditButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: self.duplicate(owner) if b is copy else None)
        box.open()

    def _open(self, draft: RoutineDraft, parent: QWidget | None = None) -> RoutineEditor:
        from footcare_gui.ui.routine_editor import RoutineEditor

        editor = RoutineEditor(draft, self.library, parent or self._dialog_parent())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_saved)
        editor.destroyed.connect(lambda: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def _dialog_parent(self) -> QWidget:
        from PySide6.QtWidgets import QApplication

        # Over Preferences when it is open (the editor can be opened from there), else the window.
        active = QApplication.activeModalWidget()
        owner = active
        while owner is not None and owner is not self.window:
            owner = owner.parentWidget()
        return active if active is not None and owner is not None else self.window

    def _on_saved(self, routine: Routine) -> None:
        # Durations of steps it no longer has go; the routine just saved is the one chosen.
        kept = keep_durations_of(self.settings.settings, routine)
        self.settings.apply(replace(kept, routine=routine.id))
        self.status.emit(self.tr("“{0}” is saved.").format(routine.title))

    def delete(self) -> None:
        """Ask, then delete the chosen routine, its file and its stored step lengths."""
        routine = self.chosen()
        if routine is None or self.library.is_builtin(routine.id) or self._session_running:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._dialog_parent())
        box.setObjectName("deleteRoutineBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete routine"))
        box.setText(self.tr("Delete “{0}”?").format(routine.title))
        box.setInformativeText(
            self.tr("Its file and the step lengths you chose for it go too. This cannot be undone.")
        )
        yes = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirmDeleteButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: self._delete(routine) if b is yes else None)
        box.open()

    def _delete(self, routine: Routine) -> None:
        from footcare_gui.core.routine_library import LibraryError

        try:
            self.library.delete(routine.id)
        except LibraryError as exc:
            self.status.emit(str(exc))
            return
        self.settings.apply(forget_routine(self.settings.settings, routine.id))
        self.status.emit(self.tr("“{0}” was deleted.").format(routine.title))

    def ask_open_path(self) -> Path | None:
        """The file to import, from a file dialog (tests replace this)."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._dialog_parent(), self.tr("Import a routine"), "", self.tr("Routines (*.toml)")
        )
        return Path(name) if name else None

    def ask_save_path(self, suggested: str) -> Path | None:
        """Where to export, from a file dialog (tests replace this)."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self._dialog_parent(),
            self.tr("Export a routine"),
            suggested,
            self.tr("Routines (*.toml)"),
        )
        return Path(name) if name else None

    def import_routine(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return
        from footcare_gui.core.routine_library import LibraryError
        from footcare_gui.core.routines import RoutineError

        try:
            imported = self.library.import_file(path)
        except (RoutineError, LibraryError) as exc:
            self._warn(self.tr("This routine cannot be imported"), str(exc))
            return
        routine = imported.routine
        self.settings.update(routine=routine.id)
        if imported.renamed_from:
            self.status.emit(
                self.tr("“{0}” is imported (as {1}: the id {2} was taken).").format(
                    routine.title, routine.id, imported.renamed_from
                )
            )
        else:
            self.status.emit(self.tr("“{0}” is imported.").format(routine.title))

    def export(self) -> None:
        routine = self.chosen()
        if routine is None:
            return
        path = self.ask_save_path(f"{routine.id}.toml")
        if path is None:
            return
        from footcare_gui.core.routine_library import LibraryError

        try:
            self.library.export(routine.id, path)
        except LibraryError as exc:
            self._warn(self.tr("This routine cannot be exported"), str(exc))
            return
        self.status.emit(self.tr("“{0}” is exported to {1}.").format(routine.title, path))

    def _warn(self, title: str, detail: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._dialog_parent())
        box.setObjectName("routineProblemBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.status.emit(self.tr("{problem}: {detail}").format(problem=title, detail=detail))
