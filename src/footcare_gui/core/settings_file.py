"""Reading and writing ``settings.json`` so that settings are never lost (no Qt).

Rules, each learnt from an app that lost its users' settings:

* saves are atomic (temp file in the same folder, fsync, ``os.replace``, fsync the folder),
  so a crash or power cut leaves the old file or the new one, never half of one;
* a bad file is copied aside (``settings.json.corrupt-<timestamp>``) before anything is
  written over it, every still-valid field is kept, and the user is told what was reset;
* a file from a newer version is used but never overwritten;
* an older file is backed up, then migrated one version at a time;
* no ``OSError`` escapes: loading reports problems as messages, saving raises
  :class:`SettingsSaveError` only.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from footcare_gui.core.i18n import check_language, translate
from footcare_gui.core.routines import is_id
from footcare_gui.core.settings import (
    SCHEMA_VERSION,
    Settings,
    settings_from_dict,
    settings_to_dict,
)

_TEMP_SUFFIX = ".tmp"
_MAX_BYTES = 1_000_000  # a settings file is a few hundred bytes; more is not ours


class SettingsSaveError(Exception):
    """Settings could not be written; ``str()`` is a short, user-facing reason."""

    def __init__(self, path: Path, cause: OSError) -> None:
        self.path, self.cause = path, cause
        reason = cause.strerror or str(cause) or type(cause).__name__
        super().__init__(
            translate("SettingsFile", "{reason} ({path})").format(reason=reason, path=path)
        )


@dataclass(frozen=True, slots=True)
class LoadOutcome:
    """What loading found: settings to use, messages for the user, and whether to save."""

    settings: Settings
    messages: tuple[str, ...] = ()
    read_only: bool = False  # True: never write this file (newer version, or unsafe)
    reset_fields: tuple[str, ...] = ()
    backup: Path | None = None  # where the original was copied, if it was


# --- saving ------------------------------------------------------------------------------


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable. Windows cannot open a folder; skip there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_umask() -> int:
    # os.umask can only be read by setting it: done once, at import, before any thread of
    # the app runs (a file another thread made meanwhile would get mode 0666).
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_NEW_FILE_MODE = 0o666 & ~_read_umask()


def _plain_mode(path: Path) -> int:
    # mkstemp makes owner-only files; an exported routine or CSV is meant to be shared, so
    # the file gets what a plain write would give: the old file's mode, else the umask's.
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return _NEW_FILE_MODE


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably; raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _plain_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TEMP_SUFFIX, dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # not on Windows, where modes mean little
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(path.parent)


def encode_settings(settings: Settings) -> bytes:
    """Human-readable JSON: indented, sorted keys, with ``schema_version``."""
    text = json.dumps(settings_to_dict(settings), indent=2, sort_keys=True, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically; raise :class:`SettingsSaveError` on any OS failure."""
    try:
        write_atomic(path, encode_settings(settings))
    except OSError as exc:
        raise SettingsSaveError(path, exc) from exc


# --- migrations --------------------------------------------------------------------------


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v1 called the first foot ``foot``, said ``auto`` for the system theme, and kept
    durations as a flat list of ``{"routine", "step", "seconds"}`` records."""
    out = {k: v for k, v in data.items() if k not in {"version", "foot", "durations"}}
    if "foot" in data:
        out["first_foot"] = data["foot"]
    if out.get("theme") == "auto":
        out["theme"] = "system"
    records = data.get("durations", [])
    table: dict[str, dict[str, Any]] = {}
    if isinstance(records, list):
        for rec in records:
            if isinstance(rec, dict) and is_id(rec.get("routine")) and is_id(rec.get("step")):
                table.setdefault(rec["routine"], {})[rec["step"]] = rec.get("seconds")
            else:
                table.setdefault("", {})  # an invalid key: reported as a reset of durations
    else:
        table = {"": {}}
    out["durations"] = table
    out["schema_version"] = 2
    return out


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """v3 adds voice guidance (``voice`` and the ``voice_*`` keys, defaults otherwise). Someone
    who had turned sounds off chose a silent app: their voice starts off too."""
    out = dict(data)
    if data.get("sound") is False and "voice" not in data:
        out["voice"] = False
    out["schema_version"] = 3
    return out


# MIGRATIONS[n] turns a version-n dict into a version-(n+1) dict. Each must accept any values
# (validation comes after the last step) and must not lose a field it does not understand.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}
MIGRATIONS[2] = _v2_to_v3


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """v4 adds the nightly reminder (``reminder``, ``reminder_time``, ``reminder_days``,
    ``start_at_login``, ``tray_notice_shown``): each takes its default, so it starts off."""
    return {**data, "schema_version": 4}


MIGRATIONS[3] = _v3_to_v4


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """v5 adds ``language`` (issue 15): "" follows the system's language, as before."""
    return {**data, "schema_version": 5}


MIGRATIONS[4] = _v4_to_v5


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a file's dict from ``version`` up to :data:`SCHEMA_VERSION`, step by step."""
    for v in range(version, SCHEMA_VERSION):
        data = MIGRATIONS[v](data)
    return data


def _file_version(data: dict[str, Any]) -> int | None:
    """The schema version a dict was written with; None if the field itself is broken."""
    if "schema_version" not in data:
        if "version" in data or "foot" in data:
            # Only v1 used "version" (and "foot"); any other value there is damage.
            return 1 if data.get("version", 1) == 1 and data.get("version") is not True else None
        return SCHEMA_VERSION  # a hand-written file without a version: read it as current
    v = data["schema_version"]
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        return None
    return v


# --- loading -----------------------------------------------------------------------------


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def _preserve(path: Path, raw: bytes, suffix: str) -> Path:
    """Copy the original bytes beside ``path`` under a name nothing else uses; raise OSError."""
    for n in range(1, 1000):
        target = path.with_name(f"{path.name}.{suffix}" + (f"-{n}" if n > 1 else ""))
        try:
            # O_EXCL: never overwrite an earlier copy, even one made the same second.
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(raw)
                f.flush()
                os.fsync(f.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(target)
            raise
        return target
    raise OSError(errno.EEXIST, "too many earlier copies", str(path))


def _parse(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """The file's top-level object, or None and why it is not usable."""
    if not raw.strip(b" \t\r\n"):
        return None, translate("SettingsFile", "it is empty")
    if len(raw) > _MAX_BYTES:
        return None, translate("SettingsFile", "it is far too large to be a settings file")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None, translate("SettingsFile", "it is not text")
    except (ValueError, RecursionError):
        return None, translate("SettingsFile", "it is not valid JSON")
    if not isinstance(data, dict):
        return None, translate("SettingsFile", "it does not hold a JSON object")
    return data, ""


def _remove_stale_temps(path: Path) -> None:
    # A save killed between mkstemp and os.replace leaves its temp file behind.
    with contextlib.suppress(OSError):
        for tmp in path.parent.glob(f".{path.name}.*{_TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _folder_problem(folder: Path) -> str | None:
    """Why settings cannot be saved in this folder, or None if they probably can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        line = translate("SettingsFile", "the folder {folder} cannot be created ({reason})")
        return line.format(folder=folder, reason=exc.strerror or exc)
    if not os.access(folder, os.W_OK | os.X_OK):
        return translate("SettingsFile", "the folder {folder} is not writable").format(
            folder=folder
        )
    return None


def language_in(path: Path) -> str:
    """The ``language`` a settings file asks for ("" if none, or if the file is unusable),
    read without writing anything: the app installs its language before
    :func:`load_settings`, whose messages are made in that language."""
    try:
        raw = path.read_bytes()
    except OSError:
        return ""
    data, _ = _parse(raw)
    try:
        return check_language((data or {}).get("language", ""))
    except ValueError:  # load_settings resets it: the system's language
        return ""


def _not_saved(reason: str) -> str:
    return translate("SettingsFile", "Settings will not be saved this session: {reason}.").format(
        reason=reason
    )


def load_settings(path: Path) -> LoadOutcome:
    """Read settings; never raises. Problems come back as messages (see module docstring)."""
    folder_problem = _folder_problem(path.parent)
    if folder_problem is None:
        _remove_stale_temps(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        notes = (_not_saved(folder_problem),) if folder_problem else ()
        return LoadOutcome(Settings(), notes, read_only=folder_problem is not None)
    except OSError as exc:
        line = translate(
            "SettingsFile",
            "Using default settings. Settings will not be saved this session: {path} cannot be "
            "read ({reason}); it is left as it is.",
        )
        return LoadOutcome(Settings(), (line.format(path=path, reason=exc.strerror or exc),), True)

    data, problem = _parse(raw)
    version = None if data is None else _file_version(data)

    if data is not None and version is not None and version > SCHEMA_VERSION:
        settings, _ = settings_from_dict(data)
        line = translate(
            "SettingsFile",
            "Your settings file was written by a newer version of footcare-gui (settings "
            "version {version}; this one knows {known}). Its settings are used where possible, "
            "but the file will not be changed, so changes you make now last until you quit.",
        )
        message = line.format(version=version, known=SCHEMA_VERSION)
        return LoadOutcome(settings, (message,), read_only=True)

    migrated_from: int | None = None
    if data is None:
        settings, bad = Settings(), [translate("SettingsFile", "all settings")]
    elif version is None:
        settings, bad = settings_from_dict(data)
        bad.insert(0, "schema_version")
    elif version < SCHEMA_VERSION:
        migrated_from = version
        settings, bad = settings_from_dict(migrate(data, version))
    else:
        settings, bad = settings_from_dict(data)
    if migrated_from is None and not bad:
        notes = (_not_saved(folder_problem),) if folder_problem else ()
        return LoadOutcome(settings, notes, read_only=folder_problem is not None)

    # Something must be written over the file: keep its original first, or write nothing.
    suffix = f"v{migrated_from}-backup" if migrated_from else f"corrupt-{_stamp()}"
    try:
        backup: Path | None = _preserve(path, raw, suffix)
    except OSError as exc:
        backup = None
        line = translate(
            "SettingsFile",
            "Settings will not be saved this session: a copy of the original could not be made "
            "({reason}), so {name} is left untouched.",
        )
        keep = line.format(reason=exc.strerror or exc, name=path.name)
    message = _describe(bad, problem, backup, migrated_from)
    if backup is None:
        message += " " + keep
        return LoadOutcome(settings, (message,), True, tuple(bad), None)
    try:
        # Write the repaired (or migrated) file now, so the next start is quiet.
        save_settings(path, settings)
    except SettingsSaveError as exc:
        message += " " + _not_saved(str(exc))
        return LoadOutcome(settings, (message,), True, tuple(bad), backup)
    return LoadOutcome(settings, (message,), False, tuple(bad), backup)


def _describe(bad: list[str], problem: str, backup: Path | None, migrated_from: int | None) -> str:
    """What happened to the file, then (as a sentence of its own) where its original is."""
    if problem:
        line = translate(
            "SettingsFile",
            "Your settings file could not be used ({problem}), so all settings were reset to "
            "defaults.",
        )
    elif migrated_from is not None and not bad:
        line = translate(
            "SettingsFile", "Your settings were updated from an older version of the app."
        )
    else:
        line = translate(
            "SettingsFile",
            "Your settings file had problems; these were reset to defaults: {fields}.",
        )
    message = line.format(problem=problem, fields=", ".join(bad))
    if backup is None:
        return message
    saved = translate("SettingsFile", "The original is saved as {name}.")
    return f"{message} {saved.format(name=backup.name)}"
