"""A JSON copy of the decoded routine files, so that a start needs no ``tomllib``.

Importing and running ``tomllib`` costs a start about 8 ms; ``json`` is loaded anyway for the
settings. Each entry is keyed by its file's name, size, modification time and inode, and the
data is validated like a freshly read file, so a stale, foreign or damaged cache costs only a
re-read.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

FORMAT = 3  # 2: routines gained `intro` and steps `optional`; 3: stamps name the inode


def stamp(path: Path) -> list[int]:
    """What must match for a cached copy of ``path`` to be used: its size, mtime and inode.

    The inode matters for the user's own routines: each save replaces the file (a new inode),
    so two saves of the same size within one tick of a coarse clock still differ.
    """
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def read_cache(cache: Path) -> dict[str, dict[str, Any]]:
    """The cached entries (``{"stamp": [...], "data": {...}}`` by file name); {} if unusable."""
    try:
        raw = json.loads(cache.read_bytes())
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        return {}
    files = raw.get("files")
    if not isinstance(files, dict):
        return {}
    return {
        name: entry
        for name, entry in files.items()
        if isinstance(entry, dict)
        and isinstance(entry.get("stamp"), list)
        and isinstance(entry.get("data"), dict)
    }


def write_cache(cache: Path, entries: dict[str, dict[str, Any]]) -> None:
    """Replace the cache with ``entries`` in one step; a cache that cannot be written is skipped."""
    try:
        text = json.dumps({"format": FORMAT, "files": entries}, ensure_ascii=False)
    except (TypeError, ValueError):  # e.g. a TOML date, which JSON cannot hold
        return
    tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
