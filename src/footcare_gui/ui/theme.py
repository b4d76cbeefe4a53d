"""Apply a colour theme to the whole application: palette, plus a little style for big controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from footcare_gui.core.themes import THEMES, ThemeColors

SYSTEM = "system"


def resolve(name: str) -> ThemeColors:
    """The colours for a theme name; ``system`` follows the desktop's light or dark scheme."""
    if name in THEMES:
        return THEMES[name]
    scheme = QGuiApplication.styleHints().colorScheme()
    return THEMES["dark" if scheme == Qt.ColorScheme.Dark else "light"]


def palette_for(t: ThemeColors) -> QPalette:
    """A full QPalette from the theme's few colours."""
    p = QPalette()
    c = QColor
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.panel,
        QPalette.ColorRole.AlternateBase: t.window,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.panel,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.ToolTipBase: t.panel,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted,
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.accent_text,
        QPalette.ColorRole.Link: t.accent,
        QPalette.ColorRole.BrightText: t.accent_text,
        QPalette.ColorRole.Mid: t.track,
        QPalette.ColorRole.Midlight: t.track,
        QPalette.ColorRole.Dark: t.track,
        QPalette.ColorRole.Shadow: t.window,
        QPalette.ColorRole.Light: t.panel,
        QPalette.ColorRole.Accent: t.highlight,
    }
    for role, colour in roles.items():
        p.setColor(role, c(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, c(t.muted))
    return p


def stylesheet_for(t: ThemeColors) -> str:
    """Rounded, roomy buttons; the primary one in the accent colour."""
    return f"""
    QPushButton {{
        background: {t.panel}; color: {t.text}; border: 1px solid {t.track};
        border-radius: 10px; padding: 8px 18px;
    }}
    QPushButton:hover {{ border-color: {t.accent}; }}
    QPushButton:focus {{ border: 2px solid {t.accent}; }}
    QPushButton:checked {{
        background: {t.accent}; color: {t.accent_text}; border-color: {t.accent};
    }}
    QPushButton:disabled {{ color: {t.muted}; }}
    QPushButton[primary="true"] {{
        background: {t.accent}; color: {t.accent_text}; border-color: {t.accent}; font-weight: 600;
    }}
    QPushButton[primary="true"]:disabled {{
        background: {t.track}; color: {t.text}; border-color: {t.track}; font-weight: 400;
    }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="eyebrow"] {{ color: {t.muted}; font-weight: 600; letter-spacing: 1px; }}
    QProgressBar {{ background: {t.track}; border: none; border-radius: 3px; max-height: 6px; }}
    QProgressBar::chunk {{ background: {t.accent}; border-radius: 3px; }}
    QStatusBar {{ color: {t.muted}; }}
    QCheckBox::indicator {{
        width: 16px; height: 16px; border: 1px solid {t.muted}; border-radius: 4px;
        background: {t.panel};
    }}
    QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; }}
    QFrame[role="rule"] {{ background: {t.track}; border: none; }}
    """


def apply_theme(app: QApplication, name: str) -> ThemeColors:
    """Paint the application in a theme and return its colours."""
    colours = resolve(name)
    app.setPalette(palette_for(colours))
    app.setStyleSheet(stylesheet_for(colours))
    return colours
