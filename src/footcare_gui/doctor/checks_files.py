"""Report lines for the app's folders and its settings file (no Qt; never writes there)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from footcare_gui.core.settings_file import load_settings
from footcare_gui.doctor.check import Check, Status


def folder_check(key: str, label: str, folder: Path, unwritable_effect: str) -> Check:
    """Whether ``folder`` exists (or can be made) and can be written."""
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    writable = existing is not None and existing.is_dir() and os.access(existing, os.W_OK | os.X_OK)
    state = "" if folder.is_dir() else " (made when first needed)"
    data = {"path": str(folder), "exists": folder.is_dir(), "writable": writable}
    if writable:
        return Check(key, label, "ok", f"{folder}{state}, writable", data=data)
    where = existing if existing is not None and existing != folder else folder
    return Check(
        key,
        label,
        "warning",
        f"{folder}{state} is not writable",
        f"{unwritable_effect}; make {where} writable, or use --config-dir",
        data,
    )


def settings_check(path: Path) -> Check:
    """The settings file's state, found by the app's own loader run on a copy of it."""
    kept = sorted(p.name for p in path.parent.glob(f"{path.name}.corrupt-*"))
    data: dict[str, object] = {"path": str(path), "state": "absent", "kept_aside": kept}
    aside = f"; {len(kept)} damaged earlier file(s) kept aside beside it" if kept else ""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Check(
            "settings_file", "Settings file", "ok", f"none yet, defaults{aside}", data=data
        )
    except OSError as exc:
        data["state"] = "unreadable"
        return Check(
            "settings_file",
            "Settings file",
            "warning",
            f"{path} cannot be read ({exc.strerror or exc})",
            "defaults are used and nothing is saved; check the file's permissions",
            data,
        )
    state, detail, advice = _loaded_state(raw, path.name)
    data["state"] = state
    status: Status = "ok" if state in ("fine", "older") else "warning"
    return Check("settings_file", "Settings file", status, f"{path}: {detail}{aside}", advice, data)


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
        return (
            "damaged",
            f"damaged ({reset})",
            f"at the next start the app resets {reset} and keeps the original as "
            f"{name}.corrupt-<time>; or fix the file by hand (see docs/settings.md)",
        )
    if outcome.backup is not None:
        return "older", "from an older version; updated at the next start (a backup is kept)", ""
    if outcome.read_only:
        return (
            "newer",
            "written by a newer footcare-gui; used, but never overwritten",
            "changes last only until you quit: update footcare-gui",
        )
    return "fine", "fine", ""
