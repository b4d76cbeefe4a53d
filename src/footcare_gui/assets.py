"""Find the files in ``assets/``, in an installed wheel or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def assets_dir() -> Path:
    """Return the assets folder: packaged beside the code, else the checkout's top level."""
    here = Path(__file__).resolve().parent
    packaged = here / "assets"
    if packaged.is_dir():
        return packaged
    checkout = here.parent.parent / "assets"  # src/footcare_gui -> repo root
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"footcare-gui assets not found beside {here} or in {checkout}")


def asset_path(*parts: str) -> Path:
    """Return the path of one asset, e.g. ``asset_path("routines", "x.toml")``."""
    return assets_dir().joinpath(*parts)


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The PNG sizes of the app icon in ``assets/icons/`` (``tools/make_icon.py`` draws them)."""


def icon_path(size: int | None) -> Path:
    """The app icon as a PNG of ``size`` pixels, or as SVG for None."""
    name = "footcare-gui.svg" if size is None else f"footcare-gui-{size}.png"
    return asset_path("icons", name)
