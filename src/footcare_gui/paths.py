"""Where the app keeps its files: one config folder that a flag or variable can move (no Qt).

Everything the app writes lives in :func:`config_dir`, so ``--config-dir`` (or
``FOOTCARE_GUI_CONFIG_DIR``, which the tests set) gives a fully separate instance.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from footcare_gui import APP_NAME

ENV_VAR = "FOOTCARE_GUI_CONFIG_DIR"
SETTINGS_FILE = "settings.json"
LOCK_FILE = f"{APP_NAME}.lock"
ROUTINE_CACHE_FILE = "routines.json"


def config_dir(override: str | None = None) -> Path:
    """The ``--config-dir`` value if given, else ``$FOOTCARE_GUI_CONFIG_DIR``, else the
    platform's user config folder (``~/.config/footcare-gui`` on Linux)."""
    chosen = override or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().absolute()
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def settings_path(folder: Path) -> Path:
    """The settings file in a config folder."""
    return folder / SETTINGS_FILE


def lock_path(folder: Path) -> Path:
    """The single-instance lock file in a config folder."""
    return folder / LOCK_FILE


def routine_cache_path() -> Path:
    """The decoded routines kept between starts, in the user's cache folder
    (``~/.cache/footcare-gui`` on Linux): a file the app can always make again."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / ROUTINE_CACHE_FILE
