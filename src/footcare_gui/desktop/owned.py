"""Files the app writes outside its config folder, and a manifest that remembers them (no Qt).

The rule: the app writes a file only where there is none, or where the file is one it wrote
itself and nobody has changed since; it removes only such files. The manifest keeps each
path with the SHA-256 of what was written, and the folders the app had to create, so an
uninstall removes exactly that: a file the user placed or edited there is never touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.settings_file import write_atomic

MANIFEST_VERSION = 1
NOT_OURS = QT_TRANSLATE_NOOP("DesktopInstall", "not written by footcare-gui")
CHANGED = QT_TRANSLATE_NOOP("DesktopInstall", "changed since footcare-gui wrote it")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
    except OSError:
        return None


@dataclass
class Outcome:
    """What a batch of writes and removals did, as lines for the user."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    left_alone: list[tuple[Path, str]] = field(default_factory=list)  # path, why
    errors: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class Manifest:
    """The files (with digests) and folders this app wrote, kept in one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.files: dict[str, str] = {}
        self.dirs: list[str] = []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # none yet, or unreadable: then nothing is ours, so nothing is removed
        if isinstance(data, dict) and data.get("version") == MANIFEST_VERSION:
            files, dirs = data.get("files"), data.get("dirs")
            if isinstance(files, dict):
                self.files = {k: v for k, v in files.items() if isinstance(v, str)}
            if isinstance(dirs, list):
                self.dirs = [d for d in dirs if isinstance(d, str)]

    def owns(self, path: Path) -> bool:
        return str(path) in self.files

    def save(self) -> None:
        """Write the manifest; raises OSError."""
        self._make_dirs(self.path.parent)
        data = {"version": MANIFEST_VERSION, "files": self.files, "dirs": self.dirs}
        write_atomic(self.path, (json.dumps(data, indent=2, sort_keys=True) + "\n").encode())

    def _make_dirs(self, folder: Path) -> None:
        missing = []
        for d in (folder, *folder.parents):
            if d.exists():
                break
            missing.append(d)
        folder.mkdir(parents=True, exist_ok=True)
        for d in reversed(missing):
            if str(d) not in self.dirs:
                self.dirs.append(str(d))

    def write(self, path: Path, data: bytes, outcome: Outcome) -> None:
        """Write ``data`` to ``path`` unless a file there is not ours, or was changed."""
        current = _file_digest(path)
        if path.exists() or path.is_symlink():
            if not self.owns(path):
                outcome.left_alone.append((path, translate("DesktopInstall", NOT_OURS)))
                return
            if current != self.files[str(path)]:
                outcome.left_alone.append((path, translate("DesktopInstall", CHANGED)))
                return
            if current == digest(data):
                outcome.unchanged.append(path)
                return
        try:
            self._make_dirs(path.parent)
            write_atomic(path, data)
        except OSError as exc:
            outcome.errors.append((path, exc.strerror or str(exc)))
            return
        self.files[str(path)] = digest(data)
        outcome.written.append(path)
        self._save_into(outcome)

    def remove(self, path: Path, outcome: Outcome) -> None:
        """Remove ``path`` if this app wrote it and it is unchanged; forget it either way."""
        key = str(path)
        if key not in self.files:
            return
        current = _file_digest(path)
        if current is not None and current != self.files[key]:
            outcome.left_alone.append((path, translate("DesktopInstall", CHANGED)))
        elif current is not None:
            try:
                path.unlink()
            except OSError as exc:
                outcome.errors.append((path, exc.strerror or str(exc)))
                return
            outcome.removed.append(path)
        del self.files[key]
        self._save_into(outcome)

    def close(self, outcome: Outcome) -> None:
        """After removals: with no file left, delete the manifest itself and the folders this
        app created where they are empty now (deepest first); a folder that holds anything
        else stays. Otherwise keep listing what is left."""
        if self.files:
            self._save_into(outcome)
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            outcome.errors.append((self.path, exc.strerror or str(exc)))
            return
        for d in sorted(self.dirs, key=lambda s: len(Path(s).parts), reverse=True):
            folder = Path(d)
            with contextlib.suppress(OSError):
                if folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()
        self.dirs = []

    def _save_into(self, outcome: Outcome) -> None:
        # After every file, so that a crash half-way still leaves every written file listed.
        try:
            self.save()
        except OSError as exc:
            outcome.errors.append((self.path, exc.strerror or str(exc)))
