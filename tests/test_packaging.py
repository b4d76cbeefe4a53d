"""The wheel carries the assets, and an installed wheel finds them (not the checkout's)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = out.glob("footcare_gui-*.whl")
    return found


def test_wheel_contains_every_asset(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "assets").rglob("*") if p.is_file()
    )
    assert shipped, "no assets in the checkout"
    missing = [a for a in shipped if f"footcare_gui/{a}" not in names]
    assert missing == []
    assert any(n.endswith("entry_points.txt") for n in names)


def test_wheel_has_every_icon_size_and_the_desktop_files(wheel: Path) -> None:
    from footcare_gui.assets import ICON_SIZES

    names = set(zipfile.ZipFile(wheel).namelist())
    icons = [f"footcare_gui/assets/icons/footcare-gui-{s}.png" for s in ICON_SIZES]
    icons.append("footcare_gui/assets/icons/footcare-gui.svg")
    assert [i for i in icons if i not in names] == []
    assert "footcare_gui/assets/desktop/footcare-gui.desktop" in names
    assert "footcare_gui/assets/desktop/io.github.footcare_gui.FootcareGui.metainfo.xml" in names


def test_installed_wheel_finds_its_own_assets(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    code = (
        "import footcare_gui, footcare_gui.assets as a\n"
        "from footcare_gui.core.routines import load_routines\n"
        "print(footcare_gui.__file__); print(a.assets_dir())\n"
        "print(sorted(load_routines(a.asset_path('routines')).routines))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    module, assets, routines = out.stdout.splitlines()
    assert Path(module).is_relative_to(target)
    assert Path(assets).is_relative_to(target)
    assert "evening-reflexology" in routines
