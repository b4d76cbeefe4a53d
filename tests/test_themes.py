"""Every theme passes WCAG AA for text, and Night has no pure white."""

import pytest

from footcare_gui.core.themes import THEMES, contrast_ratio, text_pairs


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_colour_passes_wcag_aa(name: str) -> None:
    for what, (fg, bg) in text_pairs(THEMES[name]).items():
        assert contrast_ratio(fg, bg) >= 4.5, f"{name}: {what} is {contrast_ratio(fg, bg):.2f}"


def test_night_theme_is_dark_warm_and_has_no_pure_white() -> None:
    night = THEMES["night"]
    colours = [night.window, night.panel, night.text, night.muted, night.accent, night.accent_text]
    assert all(c.lower() not in ("#ffffff", "#fff") for c in colours)
    r, _g, b = (int(night.text[i : i + 2], 16) for i in (1, 3, 5))
    assert r > b  # warm: more red than blue
    # Lower contrast than the Dark theme: gentler on eyes at bedtime.
    assert contrast_ratio(night.text, night.window) < contrast_ratio(
        THEMES["dark"].text, THEMES["dark"].window
    )


def test_contrast_ratio_extremes() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
