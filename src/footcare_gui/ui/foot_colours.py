"""The diagrams' colours, derived from the window's palette so every theme works."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from footcare_gui.core.themes import contrast_ratio


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour a fraction t of the way from a to b."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


_WARM = QColor("#e9a98a")


@dataclass(frozen=True, slots=True)
class FootColours:
    """Every colour the diagrams use, derived from a palette so all themes work."""

    key: tuple[int, ...]
    dark: bool
    window: QColor
    text: QColor
    muted: QColor
    skin: QColor
    line: QColor
    zone_line: QColor
    detail: QColor
    nail: QColor
    accent: QColor
    accent_text: QColor
    hl_fill: QColor
    hl_line: QColor
    hatch: QColor

    @classmethod
    def from_palette(cls, pal: QPalette) -> FootColours:
        role = QPalette.ColorRole
        window, text = pal.color(role.Window), pal.color(role.WindowText)
        accent = pal.color(role.Accent)
        if not accent.isValid() or accent.alpha() == 0:
            accent = pal.color(role.Highlight)
        dark = window.lightnessF() < 0.5
        # A whisper of warm tone on the window colour: skin without a flesh-pink block.
        skin = mix(window, _WARM, 0.13 if dark else 0.2)
        line = mix(text, window, 0.25)
        nail = mix(skin, text, 0.1) if dark else mix(skin, QColor(255, 255, 255), 0.55)
        key = tuple(c.rgba() for c in (window, text, accent))
        return cls(
            key=key,
            dark=dark,
            window=window,
            text=text,
            muted=mix(text, window, 0.4),
            skin=skin,
            line=line,
            zone_line=mix(line, skin, 0.74),
            detail=mix(line, skin, 0.5),
            nail=nail,
            accent=accent,
            accent_text=max((window, text), key=lambda c: _contrast(c, accent)),
            hl_fill=_alpha(accent, 0.45 if dark else 0.36),
            hl_line=accent,
            hatch=mix(accent, text, 0.45 if dark else 0.35),
        )


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (the one rule, in core): the label on the accent pill takes
    whichever text reads best."""
    return contrast_ratio(a.name(), b.name())


def _alpha(c: QColor, a: float) -> QColor:
    out = QColor(c)
    out.setAlphaF(a)
    return out


def art_colours(colours: FootColours) -> tuple[dict[str, QColor], dict[str, QColor]]:
    """Each art class's fill and stroke colour in a theme (other classes keep the file's)."""
    fills = {"skin": colours.skin, "nail": colours.nail}
    strokes = {
        "zone": colours.zone_line,
        "detail": colours.detail,
        "nail": colours.detail,
        "outline": colours.line,
    }
    return fills, strokes
