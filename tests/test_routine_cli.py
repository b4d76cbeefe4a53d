"""The routine commands (issue 16): --list-routines, --import-routine, --export-routine, run
without a window, in the folder --config-dir names."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from footcare_gui.cli import parse_args
from footcare_gui.core.routines import parse_routine
from footcare_gui.routine_cli import run_routine_command


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footcare_gui", *args], capture_output=True, text=True, timeout=60
    )


def command(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run_routine_command(parse_args(list(args)), out, err)
    return status, out.getvalue(), err.getvalue()


def test_list_export_import_and_list_again_in_the_config_folder(tmp_path: Path) -> None:
    config = str(tmp_path / "config")
    status, out, err = command("--config-dir", config, "--list-routines")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "evening-reflexology  built-in  22:00  Evening reflexology",
        "full-foot-care       built-in  41:45  Full foot care",
        "quick-wind-down      built-in   8:00  Quick wind-down",
    ]
    shared = tmp_path / "shared.toml"
    assert (
        command("--config-dir", config, "--export-routine", "quick-wind-down", str(shared))[0] == 0
    )
    status, out, err = command("--config-dir", config, "--import-routine", str(shared))
    assert (status, out) == (0, "quick-wind-down-2\n")
    assert "the id 'quick-wind-down' was taken" in err
    assert (tmp_path / "config" / "routines" / "quick-wind-down-2.toml").is_file()
    status, out, _ = command("--config-dir", config, "--list-routines")
    assert out.splitlines()[-1] == "quick-wind-down-2    own        8:00  Quick wind-down (2)"


def test_export_to_standard_output(tmp_path: Path) -> None:
    status, out, _ = command(
        "--config-dir", str(tmp_path), "--export-routine", "quick-wind-down", "-"
    )
    assert status == 0
    assert parse_routine(out).id == "quick-wind-down"


def test_a_bad_import_names_the_field_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    text = run("--config-dir", str(tmp_path), "--export-routine", "quick-wind-down", "-").stdout
    bad.write_text(text.replace("duration = 30", "duration = 2", 1), encoding="utf-8")
    out = run("--config-dir", str(tmp_path / "config"), "--import-routine", str(bad))
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr == (
        "footcare-gui: bad.toml, step 'warm-oil', field 'duration': 2 s is outside the allowed "
        "range 10..120 s (nothing was imported)\n"
    )
    assert not (tmp_path / "config" / "routines").exists()


def test_an_unknown_routine_to_export_exits_2_and_names_the_known_ones(tmp_path: Path) -> None:
    status, out, err = command(
        "--config-dir", str(tmp_path), "--export-routine", "nope", str(tmp_path / "x.toml")
    )
    assert (status, out) == (2, "")
    assert err.startswith("footcare-gui: unknown routine 'nope' (known routines: evening-")
    assert not (tmp_path / "x.toml").exists()


def test_an_export_the_disk_refuses_exits_1(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    status, _, err = command(
        "--config-dir",
        str(tmp_path),
        "--export-routine",
        "quick-wind-down",
        str(blocker / "x.toml"),
    )
    assert status == 1
    assert "could not be exported" in err and "Traceback" not in err


def test_a_damaged_own_file_is_reported_but_left_in_place(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "mine.toml").write_text("oops", encoding="utf-8")
    status, out, err = command("--config-dir", str(tmp_path), "--list-routines")
    assert status == 0 and len(out.splitlines()) == 3
    assert "warning: Your routine file mine.toml: is not valid TOML" in err
    assert [p.name for p in folder.iterdir()] == ["mine.toml"]


def test_the_routine_commands_never_load_qt(tmp_path: Path) -> None:
    probe = (
        "import sys\nfrom footcare_gui.app import main\n"
        f"status = main(['--config-dir', {str(tmp_path)!r}, '--list-routines'])\n"
        "print(status, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.splitlines()[-1] == "0 False"


def test_an_own_routine_can_be_chosen_with_routine(tmp_path: Path) -> None:
    shared = tmp_path / "shared.toml"
    command("--config-dir", str(tmp_path), "--export-routine", "quick-wind-down", str(shared))
    command("--config-dir", str(tmp_path), "--import-routine", str(shared))
    # --routine with an unknown id stops before any window; a known own one gets past that.
    bad = run("--config-dir", str(tmp_path), "--routine", "quick-wind-down-3")
    assert bad.returncode == 2 and "quick-wind-down-2" in bad.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--list-routines", "--import-routine", "x.toml"],
        ["--export-routine", "only-an-id"],
    ],
)
def test_conflicting_or_incomplete_routine_commands_get_one_line_and_status_2(
    args: list[str],
) -> None:
    out = run(*args)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
