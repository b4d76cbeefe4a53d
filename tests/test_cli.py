"""The command line: help, version, and one-line errors with exit status 2."""

import subprocess
import sys

import pytest

from footcare_gui import __version__
from footcare_gui.cli import parse_args
from footcare_gui.core.zones import Foot


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footcare_gui", *args], capture_output=True, text=True, timeout=60
    )


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"footcare-gui {__version__}"


def test_help_lists_every_option() -> None:
    out = run("--help")
    assert out.returncode == 0
    for option in ("--foot", "--routine", "--config-dir", "--version"):
        assert option in out.stdout


@pytest.mark.parametrize("args", [["--foot", "middle"], ["--bogus"], ["--config-dir", " "]])
def test_bad_argument_gets_one_line_and_status_2(args: list[str]) -> None:
    out = run(*args)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert out.stderr.startswith("footcare-gui: ")
    assert "Traceback" not in out.stderr


def test_unknown_routine_lists_the_known_ones() -> None:
    out = run("--routine", "no-such-routine")
    assert out.returncode == 2
    assert "no-such-routine" in out.stderr
    assert "evening-reflexology" in out.stderr
    assert "Traceback" not in out.stderr


def test_parse_args_values() -> None:
    opts = parse_args(["--foot", "left", "--routine", "quick-wind-down", "--config-dir", "x"])
    assert (opts.foot, opts.routine, opts.config_dir) == (Foot.LEFT, "quick-wind-down", "x")
    assert parse_args([]).foot is None
