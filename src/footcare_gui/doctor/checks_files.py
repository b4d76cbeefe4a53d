"""Report lines for the app's folders and its settings file (no Qt; never writes there)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from footcare_gui.core.i18n import Context, translate
from footcare_gui.core.settings_file import load_settings
from footcare_gui.doctor.check import Check, Status

Doctor = Context("Doctor")  # its counted phrases


def folder_check(key: str, label: str, folder: Path, unwritable_effect: str) -> Check:
    """Whether ``folder`` exists (or can be made) and can be written."""
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    writable = existing is not None and existing.is_dir() and os.access(existing, os.W_OK | os.X_OK)
    data = {"path": str(folder), "exists": folder.is_dir(), "writable": writable}
    if writable:
        if folder.is_dir():
            detail = translate("Doctor", "{folder}, writable")
        else:
            detail = translate("Doctor", "{folder} (made when first needed), writable")
        return Check(key, label, "ok", detail.format(folder=folder), data=data)
    if folder.is_dir():
        detail = translate("Doctor", "{folder} is not writable")
    else:
        detail = translate("Doctor", "{folder} (made when first needed) is not writable")
    where = existing if existing is not None and existing != folder else folder
    advice = translate("Doctor", "{effect}; make {folder} writable, or use --config-dir")
    return Check(
        key,
        label,
        "warning",
        detail.format(folder=folder),
        advice.format(effect=unwritable_effect, folder=where),
        data,
    )


def settings_check(path: Path) -> Check:
    """The settings file's state, found by the app's own loader run on a copy of it."""
    kept = sorted(p.name for p in path.parent.glob(f"{path.name}.corrupt-*"))
    data: dict[str, object] = {"path": str(path), "state": "absent", "kept_aside": kept}
    aside = Doctor.tr("; %n damaged earlier file(s) kept aside beside it", "", len(kept))
    aside = aside if kept else ""
    label = translate("Doctor", "Settings file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        detail = translate("Doctor", "none yet, defaults{aside}").format(aside=aside)
        return Check("settings_file", label, "ok", detail, data=data)
    except OSError as exc:
        data["state"] = "unreadable"
        detail = translate("Doctor", "{path} cannot be read ({why})")
        return Check(
            "settings_file",
            label,
            "warning",
            detail.format(path=path, why=exc.strerror or exc),
            translate(
                "Doctor", "defaults are used and nothing is saved; check the file's permissions"
            ),
            data,
        )
    state, found, advice = _loaded_state(raw, path.name)
    data["state"] = state
    status: Status = "ok" if state in ("fine", "older") else "warning"
    detail = translate("Doctor", "{path}: {state}{aside}")
    return Check(
        "settings_file",
        label,
        status,
        detail.format(path=path, state=found, aside=aside),
        advice,
        data,
    )


def _loaded_state(raw: bytes, name: str) -> tuple[str, str, str]:
    """(state, detail, advice) for the file's bytes, loaded from a throw-away copy."""
    folder = tempfile.mkdtemp(prefix="footcare-doctor-")
    try:
        copy = Path(folder) / name
        copy.write_bytes(raw)
        outcome = load_settings(copy)  # may repair or migrate: only the copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if outcome.reset_fields:
        reset = ", ".join(outcome.reset_fields)
        advice = translate(
            "Doctor",
            "at the next start the app resets {fields} and keeps the original as "
            "{name}.corrupt-<time>; or fix the file by hand (see docs/settings.md)",
        )
        return (
            "damaged",
            translate("Doctor", "damaged ({fields})").format(fields=reset),
            advice.format(fields=reset, name=name),
        )
    if outcome.backup is not None:
        older = translate(
            "Doctor", "from an older version; updated at the next start (a backup is kept)"
        )
        return "older", older, ""
    if outcome.read_only:
        return (
            "newer",
            translate("Doctor", "written by a newer footcare-gui; used, but never overwritten"),
            translate("Doctor", "changes last only until you quit: update footcare-gui"),
        )
    return "fine", translate("Doctor", "fine"), ""
