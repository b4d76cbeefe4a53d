"""Every routine the app knows: the built-in ones (read-only) and the user's own, which live
as one TOML file each in ``routines/`` of the data folder (no Qt).

The start page, Preferences, the routine editor and the command line all read one
:class:`RoutineLibrary`; the Qt layer wraps it with a single ``changed`` signal. Own files are
named ``<id>.toml`` by an id the app derives (:func:`derive_id`), never by a name taken from
a file; they are written atomically, and a damaged one is moved aside and reported, never
fatal. Nothing here imports ``tomllib`` unless a file must really be decoded.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

from footcare_gui.core.i18n import translate
from footcare_gui.core.routines import (
    MAX_FILE_BYTES,
    MAX_ID_CHARS,
    MAX_TITLE_CHARS,
    Routine,
    RoutineError,
    load_routines,
    parse_routine,
)
from footcare_gui.core.settings import DEFAULT_ROUTINE, Settings

SUFFIX = ".toml"
DAMAGED = "damaged"  # a damaged file is renamed <name>.damaged-<time>: no longer *.toml


class LibraryError(Exception):
    """A routine could not be saved, deleted, imported or exported; ``str()`` says why, for
    the user."""


def slug(text: str, fallback: str) -> str:
    """Lower-case ASCII letters, digits and single dashes from ``text`` (accents dropped)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:MAX_ID_CHARS].rstrip("-") or fallback


def unique_id(base: str, taken: Collection[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is free, always a valid id."""
    if base not in taken:
        return base
    n = 2
    while True:
        tail = f"-{n}"
        candidate = base[: MAX_ID_CHARS - len(tail)].rstrip("-") + tail
        if candidate not in taken:
            return candidate
        n += 1


def derive_id(text: str, taken: Collection[str], fallback: str = "routine") -> str:
    """A safe, unused id made from a title: "Quick & calm" -> ``quick-calm``."""
    return unique_id(slug(text, fallback), taken)


def _unique_title(title: str, titles: Collection[str]) -> str:
    folded = {t.casefold() for t in titles}
    if title.casefold() not in folded:
        return title
    n = 2
    while True:
        tail = f" ({n})"
        candidate = title[: MAX_TITLE_CHARS - len(tail)].rstrip() + tail
        if candidate.casefold() not in folded:
            return candidate
        n += 1


def forget_routine(settings: Settings, routine_id: str) -> Settings:
    """Settings without a deleted routine: its durations go, and if it was the chosen
    routine the default takes its place."""
    durations = {rid: d for rid, d in settings.durations.items() if rid != routine_id}
    chosen = DEFAULT_ROUTINE if settings.routine == routine_id else settings.routine
    return replace(settings, durations=durations, routine=chosen)


def keep_durations_of(settings: Settings, routine: Routine) -> Settings:
    """Settings whose stored durations for ``routine`` name only steps it still has."""
    stored = settings.durations.get(routine.id)
    if not stored:
        return settings
    ids = {s.id for s in routine.all_steps}
    kept = {sid: sec for sid, sec in stored.items() if sid in ids}
    if kept == stored:
        return settings
    table = {rid: d for rid, d in settings.durations.items() if rid != routine.id}
    if kept:
        table[routine.id] = kept
    return replace(settings, durations=table)


@dataclass(frozen=True, slots=True)
class Imported:
    """An imported routine, and the id its file gave it when that id was taken."""

    routine: Routine
    renamed_from: str | None = None


def read_routine_file(path: Path) -> Routine:
    """Read a routine file from anywhere, as untrusted input: a size limit, UTF-8, the
    loader's full validation. Raises RoutineError naming the file (and step and field)."""
    name = path.name
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        line = translate("RoutineRules", "cannot be read ({detail})")
        raise RoutineError(name, line.format(detail=exc.strerror or exc)) from None
    if len(raw) > MAX_FILE_BYTES:
        line = translate("RoutineRules", "is too large for a routine (over {most} bytes)")
        raise RoutineError(name, line.format(most=MAX_FILE_BYTES))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise RoutineError(name, translate("RoutineRules", "is not UTF-8 text")) from None
    return parse_routine(text, name)


def _move_aside(path: Path) -> Path:
    """Rename a damaged file so it is kept but no longer loaded; raises OSError."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        target = path.with_name(f"{path.name}.{DAMAGED}-{stamp}" + (f"-{n}" if n > 1 else ""))
        if not target.exists():
            os.replace(path, target)
            return target
    raise OSError(f"too many damaged copies of {path.name}")


def _load_own(
    folder: Path, builtin: Collection[str], cache: Path | None, set_aside: bool
) -> tuple[dict[str, Routine], list[str]]:
    if not folder.is_dir():
        return {}, []
    result = load_routines(folder, cache)
    messages = []
    for error in result.errors:
        # A file that cannot be read, or repeats an id, is left alone: it is not damaged.
        aside = None
        if error.in_content and set_aside:
            with contextlib.suppress(OSError):
                aside = _move_aside(folder / error.file)
        if aside is not None:
            line = translate(
                "RoutineLibrary", "Your routine file {error}. It was moved aside as {name}."
            )
        else:
            line = translate("RoutineLibrary", "Your routine file {error}. It was skipped.")
        messages.append(line.format(error=error, name=aside.name if aside else ""))
    own: dict[str, Routine] = {}
    for rid, routine in result.routines.items():
        if rid in builtin:
            name = routine.path.name if routine.path else rid
            line = translate(
                "RoutineLibrary",
                "Your routine {name} has the id {id} of a built-in routine, so it was skipped: "
                "give it another id.",
            )
            messages.append(line.format(name=name, id=repr(rid)))
        else:
            own[rid] = routine
    if not os.access(folder, os.W_OK | os.X_OK):
        line = translate(
            "RoutineLibrary",
            "Your routines folder {folder} is read-only: routines cannot be saved.",
        )
        messages.append(line.format(folder=folder))
    return own, messages


class RoutineLibrary:
    """The built-in routines and the user's own, with the file operations on the own ones.

    :attr:`routines` is a live, read-only view: built-in routines first (in file-name order),
    then the user's own by title.
    """

    def __init__(
        self,
        builtin: Mapping[str, Routine],
        folder: Path | None = None,
        own: Mapping[str, Routine] | None = None,
        messages: Iterable[str] = (),
    ) -> None:
        self._builtin = dict(builtin)
        self._own = {rid: r for rid, r in (own or {}).items() if rid not in self._builtin}
        self.folder = folder
        self.messages: tuple[str, ...] = tuple(messages)  # what loading found, for the user
        self._all: dict[str, Routine] = {}
        self.routines: Mapping[str, Routine] = MappingProxyType(self._all)
        self._rebuild()

    @classmethod
    def load(
        cls,
        builtin: Mapping[str, Routine],
        folder: Path | None,
        cache: Path | None = None,
        *,
        set_aside: bool = True,
    ) -> RoutineLibrary:
        """The library with the own routines read from ``folder``; damaged files are moved
        aside unless ``set_aside`` is False (the command line only reports them)."""
        if folder is None:
            return cls(builtin)
        own, messages = _load_own(folder, builtin, cache, set_aside)
        return cls(builtin, folder, own, messages)

    def localize(self, builtin: Mapping[str, Routine]) -> None:
        """Show the built-in routines in the app's language (core/routine_i18n.py)."""
        self._builtin = {rid: builtin.get(rid, r) for rid, r in self._builtin.items()}
        self._rebuild()

    def _rebuild(self) -> None:
        self._all.clear()
        self._all.update(self._builtin)
        mine = sorted(self._own.values(), key=lambda r: (r.title.casefold(), r.id))
        self._all.update((r.id, r) for r in mine)

    # -- reading ---------------------------------------------------------------------------
    def is_builtin(self, routine_id: str) -> bool:
        return routine_id in self._builtin

    def is_own(self, routine_id: str) -> bool:
        return routine_id in self._own

    def taken_ids(self) -> set[str]:
        """Ids a new routine may not use: every known routine's, and every file's name in the
        folder (a damaged or unreadable file keeps its name)."""
        taken = set(self._all)
        if self.folder is not None:
            with contextlib.suppress(OSError):
                taken.update(p.name.split(".", 1)[0] for p in self.folder.iterdir())
        return taken

    def new_id(self, title: str) -> str:
        """The id a new routine with this title gets."""
        return derive_id(title, self.taken_ids())

    # -- changing --------------------------------------------------------------------------
    def _own_folder(self) -> Path:
        if self.folder is None:
            line = translate(
                "RoutineLibrary", "This copy of the app has no folder for your own routines."
            )
            raise LibraryError(line)
        return self.folder

    def save(self, routine: Routine) -> Routine:
        """Write one of the user's routines (new or changed); return it with its path."""
        if self.is_builtin(routine.id):
            line = translate("RoutineLibrary", "“{title}” is built in and cannot be changed.")
            raise LibraryError(line.format(title=routine.title))
        from footcare_gui.core.routine_toml import routine_to_toml
        from footcare_gui.core.settings_file import write_atomic

        target = self._own_folder() / f"{routine.id}{SUFFIX}"
        try:
            write_atomic(target, routine_to_toml(routine).encode("utf-8"))
        except OSError as exc:
            line = translate("RoutineLibrary", "“{title}” could not be saved: {reason} ({path})")
            reason = exc.strerror or exc
            raise LibraryError(
                line.format(title=routine.title, reason=reason, path=target)
            ) from exc
        old = self._own.get(routine.id)
        if old is not None and old.path is not None and old.path != target:
            # A hand-named file becomes <id>.toml; the old name must not load twice.
            with contextlib.suppress(OSError):
                old.path.unlink()
        saved = replace(routine, path=target)
        self._own[routine.id] = saved
        self._rebuild()
        return saved

    def delete(self, routine_id: str) -> Routine:
        """Remove one of the user's routines and its file; return what was removed."""
        routine = self._own.get(routine_id)
        if routine is None:
            line = translate("RoutineLibrary", "{id} is not one of your routines.")
            raise LibraryError(line.format(id=repr(routine_id)))
        if routine.path is not None:
            try:
                routine.path.unlink(missing_ok=True)
            except OSError as exc:
                line = translate(
                    "RoutineLibrary", "“{title}” could not be deleted: {reason} ({path})"
                )
                reason = exc.strerror or exc
                raise LibraryError(
                    line.format(title=routine.title, reason=reason, path=routine.path)
                ) from exc
        del self._own[routine_id]
        self._rebuild()
        return routine

    def import_file(self, path: Path) -> Imported:
        """Add a routine from a file anywhere. It gets a new id when its own is taken, and a
        numbered title when another routine has its title (the lists show titles); nothing is
        written unless the whole file is valid. Raises RoutineError for a
        bad file, LibraryError when it cannot be saved."""
        routine = read_routine_file(path)
        taken = self.taken_ids()
        renamed = routine.id if routine.id in taken else None
        routine = replace(
            routine,
            id=unique_id(routine.id, taken),
            title=_unique_title(routine.title, [r.title for r in self._all.values()]),
            path=None,
        )
        return Imported(self.save(routine), renamed)

    def export(self, routine_id: str, path: Path) -> None:
        """Write any routine (built-in or own) to ``path`` as a routine file."""
        from footcare_gui.core.routine_toml import routine_to_toml
        from footcare_gui.core.settings_file import write_atomic

        routine = self._all.get(routine_id)
        if routine is None:
            line = translate("RoutineLibrary", "There is no routine {id}.")
            raise LibraryError(line.format(id=repr(routine_id)))
        try:
            write_atomic(path, routine_to_toml(routine).encode("utf-8"))
        except OSError as exc:
            line = translate("RoutineLibrary", "“{title}” could not be exported: {reason} ({path})")
            reason = exc.strerror or exc
            raise LibraryError(line.format(title=routine.title, reason=reason, path=path)) from exc


def load_library(
    builtin: Mapping[str, Routine], config_dir: str | None, *, set_aside: bool = True
) -> RoutineLibrary:
    """The library of a run of the app: its own routines from ``routines/`` in the data
    folder (or under ``--config-dir``), through their cache."""
    from footcare_gui.paths import own_routine_cache_path, routines_dir

    folder, cache = routines_dir(config_dir), own_routine_cache_path(config_dir)
    return RoutineLibrary.load(builtin, folder, cache, set_aside=set_aside)
