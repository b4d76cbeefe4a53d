"""The app icon: set on the application and the window, every size there, legible at 16 px
on light and dark panels."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from footcare_gui.assets import ICON_SIZES, icon_path
from footcare_gui.core.themes import contrast_ratio
from footcare_gui.ui.application import WINDOW_ICON_SIZES, app_icon, make_application
from footcare_gui.ui.main_window import MainWindow


def test_the_window_has_the_icon(qapp: QApplication) -> None:
    app = make_application(["footcare-gui"])
    window = MainWindow()
    try:
        assert not app.windowIcon().isNull()
        assert not window.windowIcon().isNull()
        sizes = [s.width() for s in window.windowIcon().availableSizes()]
        assert sizes == list(WINDOW_ICON_SIZES)
        assert window.windowIcon().pixmap(16, 16).size().width() == 16
    finally:
        window.deleteLater()


def test_window_icon_leaves_out_the_large_files() -> None:
    # Every size in the window icon is copied into X11's _NET_WM_ICON at the first show.
    assert max(WINDOW_ICON_SIZES) <= 128
    assert set(WINDOW_ICON_SIZES) <= set(ICON_SIZES)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_png_is_its_size_with_a_transparent_corner(size: int) -> None:
    image = QImage(str(icon_path(size)))
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(0, 0).alpha() < 64  # a rounded tile, not a square
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def _hex(c: QColor) -> str:
    return c.name(QColor.NameFormat.HexRgb)


def test_legible_at_16_px_on_light_and_dark_panels(qapp: QApplication) -> None:
    image = QImage(str(icon_path(16)))
    rim = _hex(image.pixelColor(8, 0))
    tile = _hex(image.pixelColor(2, 12))
    sole = _hex(image.pixelColor(7, 9))
    assert contrast_ratio(sole, tile) >= 4.5  # the foot stands out of its tile
    for panel in ("#ffffff", "#f0f0f0", "#303030", "#000000"):
        # Either the rim or the tile sets the icon apart from the panel.
        assert max(contrast_ratio(rim, panel), contrast_ratio(tile, panel)) >= 3.0, panel


def test_app_icon_draws_each_size_from_its_own_file(qapp: QApplication) -> None:
    icon = app_icon()
    for size in WINDOW_ICON_SIZES:
        drawn = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        own = QImage(str(icon_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert drawn == own, size
