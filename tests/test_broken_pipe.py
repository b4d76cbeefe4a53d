"""A printing command whose reader leaves early (``| head``) ends quietly, not in a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.skipif(os.name != "posix", reason="a closed pipe is a POSIX matter here")
@pytest.mark.parametrize("args", [["--list-routines"], ["--help"], ["--doctor", "--json"]])
def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path, args: list[str]) -> None:
    env = {**os.environ, "FOOTCARE_GUI_CONFIG_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line is written
    try:
        out = subprocess.run(
            [sys.executable, "-m", "footcare_gui", *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    assert "Traceback" not in out.stderr
    assert "BrokenPipeError" not in out.stderr
    assert out.stderr == ""
    assert out.returncode in (0, 1)  # --help may finish its write before it sees the pipe
