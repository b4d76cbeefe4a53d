"""Where the app keeps its files: one config folder that a flag or variable can move (no Qt).

Everything the app writes lives in :func:`config_dir`, so ``--config-dir`` (or
``FOOTCARE_GUI_CONFIG_DIR``, which the tests set) gives a fully separate instance; the log of
unexpected errors (:func:`log_dir`) and the history (:func:`history_path`) then move into that
folder too.
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
LOG_FILE = f"{APP_NAME}.log"
LOG_SUBFOLDER = "logs"
HISTORY_FILE = "history.sqlite3"
ROUTINES_SUBFOLDER = "routines"
OWN_ROUTINE_CACHE_FILE = "own-routines.json"


def _chosen_dir(override: str | None) -> Path | None:
    """The ``--config-dir`` value if given, else ``$FOOTCARE_GUI_CONFIG_DIR``, else None."""
    chosen = override or os.environ.get(ENV_VAR)
    return Path(chosen).expanduser().absolute() if chosen else None


def config_dir(override: str | None = None) -> Path:
    """The ``--config-dir`` value if given, else ``$FOOTCARE_GUI_CONFIG_DIR``, else the
    platform's user config folder (``~/.config/footcare-gui`` on Linux)."""
    return _chosen_dir(override) or platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_dir(override: str | None = None) -> Path:
    """Where the log of unexpected errors goes: ``logs/`` in a config folder chosen with
    ``--config-dir`` or ``$FOOTCARE_GUI_CONFIG_DIR``, else the platform's user log folder
    (``~/.local/state/footcare-gui/log`` on Linux)."""
    chosen = _chosen_dir(override)
    if chosen is not None:
        return chosen / LOG_SUBFOLDER
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def log_path(override: str | None = None) -> Path:
    """The log file of unexpected errors (see :func:`log_dir`)."""
    return log_dir(override) / LOG_FILE


def settings_path(folder: Path) -> Path:
    """The settings file in a config folder."""
    return folder / SETTINGS_FILE


def lock_path(folder: Path) -> Path:
    """The single-instance lock file in a config folder."""
    return folder / LOCK_FILE


def routine_cache_path(override: str | None = None) -> Path:
    """The decoded routines kept between starts: a file the app can always make again.

    In the user's cache folder (``~/.cache/footcare-gui`` on Linux); with ``--config-dir`` (or
    ``$FOOTCARE_GUI_CONFIG_DIR``) in ``cache/`` under that folder, which then holds everything
    the app writes.
    """
    chosen = override or os.environ.get(ENV_VAR)
    if chosen:
        return config_dir(chosen) / "cache" / ROUTINE_CACHE_FILE
    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / ROUTINE_CACHE_FILE


def data_dir(override: str | None = None) -> Path:
    """Where the app keeps what it records: the folder chosen with ``--config-dir`` or
    ``$FOOTCARE_GUI_CONFIG_DIR``, else the platform's user *data* folder
    (``~/.local/share/footcare-gui`` on Linux)."""
    return _chosen_dir(override) or platformdirs.user_data_path(APP_NAME, appauthor=False)


def history_path(override: str | None = None) -> Path:
    """The history database (see docs/data.md)."""
    return data_dir(override) / HISTORY_FILE


def routines_dir(override: str | None = None) -> Path:
    """The user's own routines, one TOML file each: ``routines/`` in :func:`data_dir`
    (see docs/routines.md)."""
    return data_dir(override) / ROUTINES_SUBFOLDER


def own_routine_cache_path(override: str | None = None) -> Path:
    """The decoded copy of the user's own routines, beside :func:`routine_cache_path`."""
    return routine_cache_path(override).with_name(OWN_ROUTINE_CACHE_FILE)
