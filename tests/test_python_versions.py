"""PySide6 is kept below 6.12 only where that release crashes (Python 3.11), and CI also runs
the checks on the newest Python the machine has (``.ci/newest-python`` finds it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
NEWEST_PYTHON = ROOT / ".ci" / "newest-python"


def _allowed(package: str, version: str, python: str) -> bool:
    """Whether the app's dependencies let ``package`` ``version`` install on ``python``."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    matching = [
        req
        for req in map(Requirement, dependencies)
        if req.name == package
        and (req.marker is None or req.marker.evaluate({"python_version": python}))
    ]
    assert len(matching) == 1, f"{package} on Python {python}: {matching}"
    return Version(version) in matching[0].specifier


@pytest.mark.parametrize("package", ["PySide6-Essentials", "PySide6-Addons"])
def test_pyside6_612_is_kept_from_python_311_only(package: str) -> None:
    assert _allowed(package, "6.11.3", "3.11")
    assert not _allowed(package, "6.12.0", "3.11")  # None loses a reference per void call
    assert not _allowed(package, "6.7", "3.11")
    for python in ("3.12", "3.13", "3.14"):  # None is immortal from 3.12 on
        assert _allowed(package, "6.12.0", python)
        assert _allowed(package, "6.13.1", python)
        assert not _allowed(package, "6.7", python)


# -- .ci/newest-python, with stand-in Pythons -------------------------------------------------

needs_bash = pytest.mark.skipif(
    sys.platform == "win32" or shutil.which("bash") is None, reason="CI script for bash"
)


def _python(path: Path, answer: str) -> Path:
    """A stand-in Python that answers the script's probe (its version as 3013, or 0)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\n{answer}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def _newest(tmp_path: Path, *, pyenv_root: Path | None = None, pyenv: bool = False) -> str:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    if pyenv and pyenv_root is not None:
        _python(bin_dir / "pyenv", f"echo {pyenv_root}")
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path / "home")}  # nothing else on PATH
    if pyenv_root is not None and not pyenv:
        env["PYENV_ROOT"] = str(pyenv_root)
    bash = shutil.which("bash")
    assert bash is not None
    done = subprocess.run(
        [bash, str(NEWEST_PYTHON)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@needs_bash
def test_a_newer_python_on_path_is_found(tmp_path: Path) -> None:
    _python(tmp_path / "bin" / "python3", "echo 3011")
    _python(tmp_path / "bin" / "python3.12", "exit 127")  # a shim of a version not selected
    newest = _python(tmp_path / "bin" / "python3.13", "echo 3013")
    _python(tmp_path / "bin" / "python3.14", "echo 0")  # a pre-release, say
    _python(tmp_path / "bin" / "python3.11-config", "echo 9999")
    assert _newest(tmp_path) == str(newest)


@needs_bash
@pytest.mark.parametrize("pyenv", [True, False], ids=["pyenv-root", "PYENV_ROOT"])
def test_the_newest_pyenv_version_is_found(tmp_path: Path, pyenv: bool) -> None:
    root = tmp_path / "pyenv"
    _python(tmp_path / "bin" / "python3", "echo 3011")
    _python(root / "versions" / "3.12.1" / "bin" / "python3", "echo 3012")
    newest = _python(root / "versions" / "3.13.0" / "bin" / "python3", "echo 3013")
    _python(root / "versions" / "3.13.0t" / "bin" / "python3", "echo 0")  # free-threaded
    _python(root / "versions" / "3.9.18" / "bin" / "python3", "echo 3009")
    assert _newest(tmp_path, pyenv_root=root, pyenv=pyenv) == str(newest)


@needs_bash
def test_nothing_newer_prints_nothing(tmp_path: Path) -> None:
    _python(tmp_path / "bin" / "python3", "echo 3013")
    _python(tmp_path / "bin" / "python3.12", "echo 3012")
    assert _newest(tmp_path) == ""  # and no pyenv at all: still fine
    assert _newest(tmp_path, pyenv_root=tmp_path / "missing") == ""


@needs_bash
def test_the_real_script_finds_a_python_that_runs(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(NEWEST_PYTHON)], env=dict(os.environ), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    found = done.stdout.strip()
    if found:  # a newer Python than the default python3 on this machine
        version = subprocess.run(
            [found, "-c", "import sys; print(sys.version_info >= (3, 11))"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert version.stdout.strip() == "True"
