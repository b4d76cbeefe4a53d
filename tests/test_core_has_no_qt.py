"""The core must stay importable and testable without Qt."""

import subprocess
import sys
from pathlib import Path

import footcare_gui.core

CORE = Path(footcare_gui.core.__file__).parent


def test_no_core_module_imports_qt() -> None:
    modules = sorted(
        f"footcare_gui.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"
    )
    assert "footcare_gui.core.session" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imports Qt: {out.stdout}"


def test_core_sources_do_not_mention_qt_imports() -> None:
    offenders = [p.name for p in CORE.glob("*.py") if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
