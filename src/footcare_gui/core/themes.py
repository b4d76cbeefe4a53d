"""Colour themes as plain data, with the WCAG contrast check that every theme must pass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ThemeColors:
    """The few colours the app is painted with, as ``#rrggbb``."""

    name: str
    dark: bool
    window: str  # the background
    panel: str  # cards, fields and buttons
    text: str
    muted: str  # secondary text: the "why" line, labels
    accent: str  # the countdown ring, the primary button
    accent_text: str  # text on the accent colour
    track: str  # the empty part of the ring, borders
    highlight: str  # highlighted reflex zones


THEMES: dict[str, ThemeColors] = {
    t.name: t
    for t in (
        ThemeColors(
            name="light",
            dark=False,
            window="#f5f1ea",
            panel="#fcfaf6",
            text="#2a2622",
            muted="#5c554d",
            accent="#2f6b5e",
            accent_text="#fcfaf6",
            track="#ddd5c8",
            highlight="#c9772e",
        ),
        ThemeColors(
            name="dark",
            dark=True,
            window="#1e2023",
            panel="#2a2d31",
            text="#e6e3de",
            muted="#aaa59d",
            accent="#74c2ae",
            accent_text="#14201c",
            track="#3b3f44",
            highlight="#e0a060",
        ),
        # Night: for bedtime. Warm, dim, no pure white, and still AA for every text colour.
        ThemeColors(
            name="night",
            dark=True,
            window="#17120f",
            panel="#211a15",
            text="#cdb89d",
            muted="#9d8a74",
            accent="#c98a52",
            accent_text="#17120f",
            track="#33291f",
            highlight="#b9733c",
        ),
    )
}


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """Relative luminance as WCAG 2 defines it."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_pairs(theme: ThemeColors) -> dict[str, tuple[str, str]]:
    """Every text colour the theme puts on a background, by a readable name."""
    return {
        "text on window": (theme.text, theme.window),
        "text on panel": (theme.text, theme.panel),
        "muted on window": (theme.muted, theme.window),
        "muted on panel": (theme.muted, theme.panel),
        "accent text on accent": (theme.accent_text, theme.accent),
        "accent on window": (theme.accent, theme.window),
    }
