"""Shared test set-up: Qt runs offscreen, and no test touches the real settings folders."""

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The system's language, for the app: the C locale (English) unless a test asks for another.
os.environ.pop("LANGUAGE", None)
os.environ["LC_ALL"] = "C.UTF-8"

from collections.abc import Iterator
from pathlib import Path

import pytest


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A test that shows another language leaves the app's words English for the next one."""
    yield
    from footcare_gui.core import i18n

    i18n.install(i18n.english, "en")
    if "footcare_gui.ui.i18n" in sys.modules:
        from footcare_gui.ui.i18n import remove_language

        remove_language()


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Send every file the app writes to a temporary folder."""
    folder = tmp_path / "config"
    monkeypatch.setenv("FOOTCARE_GUI_CONFIG_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return folder
