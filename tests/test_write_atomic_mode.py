"""Files the app writes atomically get the mode a plain write would give, not owner-only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from footcare_gui.core import settings_file
from footcare_gui.core.settings_file import write_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def umask_022(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    old = os.umask(0o022)
    try:
        # The umask is read once, when the module is imported: as if the app started now.
        monkeypatch.setattr(settings_file, "_NEW_FILE_MODE", 0o666 & ~settings_file._read_umask())
        yield
    finally:
        os.umask(old)


def test_reading_the_umask_leaves_it_as_it_was(umask_022: None) -> None:
    assert settings_file._read_umask() == 0o022
    assert os.umask(0o022) == 0o022  # still the process's umask


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_follows_the_umask(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "shared.toml"
    write_atomic(target, b"x")
    assert mode_of(target) == 0o644  # mkstemp alone gives 0o600: unreadable to others
    assert target.read_bytes() == b"x"


def test_a_replaced_file_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "mine.toml"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert mode_of(target) == 0o640
    assert target.read_bytes() == b"new"
