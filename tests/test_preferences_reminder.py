"""Preferences → Reminder: each control writes its setting at once and shows the settings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from footcare_gui.core.reminder_fields import WEEKDAYS
from footcare_gui.core.settings_file import load_settings
from footcare_gui.core.themes import contrast_ratio
from footcare_gui.ui.preferences_reminder import ReminderTab
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.theme import apply_theme

MONDAY_EVENING = datetime(2026, 11, 30, 20, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture
def controller(tmp_path: Path, qtbot: QtBot) -> SettingsController:
    return SettingsController(tmp_path / "settings.json")


def _tab(
    qtbot: QtBot, controller: SettingsController, *, tray: bool = True, login: bool = True
) -> ReminderTab:
    tab = ReminderTab(
        controller,
        now=lambda: MONDAY_EVENING,
        tray_available=lambda: tray,
        login_supported=lambda: login,
    )
    qtbot.addWidget(tab)
    controller.changed.connect(tab.sync)
    tab.sync(controller.settings)
    return tab


def test_off_by_default_with_its_controls_disabled(
    qtbot: QtBot, controller: SettingsController
) -> None:
    tab = _tab(qtbot, controller)
    assert not tab.enabled.isChecked()
    assert not tab.time.isEnabled()
    assert not tab.start_at_login.isEnabled()
    assert all(not b.isEnabled() and b.isChecked() for b in tab.days.values())
    assert tab.next_label.text() == "The reminder is off."


def test_turning_it_on_and_choosing_time_and_days(
    qtbot: QtBot, controller: SettingsController
) -> None:
    tab = _tab(qtbot, controller)
    tab.enabled.click()
    assert controller.settings.reminder
    assert tab.time.isEnabled() and tab.start_at_login.isEnabled()
    tab.time.setTime(QTime(22, 5))
    assert controller.settings.reminder_time == "22:05"
    for day in ("mon", "wed", "thu", "fri", "sat"):
        tab.days[day].click()  # leaves Tuesday and Sunday
    assert controller.settings.reminder_days == ("tue", "sun")
    locale = QLocale()
    at = locale.toString(QTime(22, 5), QLocale.FormatType.ShortFormat)
    assert tab.next_label.text() == f"Next reminder: {locale.dayName(2)} at {at}."
    controller.flush()
    saved = load_settings(controller.path).settings
    assert (saved.reminder, saved.reminder_time, saved.reminder_days) == (
        True,
        "22:05",
        ("tue", "sun"),
    )


def test_no_day_chosen_says_so(qtbot: QtBot, controller: SettingsController) -> None:
    controller.update(reminder=True, reminder_days=())
    tab = _tab(qtbot, controller)
    assert tab.next_label.text() == "Choose at least one day for the reminder."


def test_days_in_the_locales_week_order_with_its_names(
    qtbot: QtBot, controller: SettingsController
) -> None:
    tab = _tab(qtbot, controller)
    locale = QLocale()
    first = locale.firstDayOfWeek().value
    order = [WEEKDAYS[(first - 1 + i) % 7] for i in range(7)]
    assert list(tab.days) == order
    assert tab.days["mon"].text() == locale.dayName(1, QLocale.FormatType.ShortFormat)
    assert tab.days["sun"].accessibleName() == locale.dayName(7)


def test_start_at_login_is_written(qtbot: QtBot, controller: SettingsController) -> None:
    controller.update(reminder=True)
    tab = _tab(qtbot, controller)
    tab.start_at_login.click()
    assert controller.settings.start_at_login


def test_start_at_login_elsewhere_is_disabled_and_says_why(
    qtbot: QtBot, controller: SettingsController
) -> None:
    controller.update(reminder=True)
    tab = _tab(qtbot, controller, login=False)
    assert not tab.start_at_login.isEnabled()
    assert "Linux" in tab.start_at_login.toolTip()


@pytest.mark.parametrize(("tray", "words"), [(True, "system tray"), (False, "no system tray")])
def test_the_tray_note_says_what_closing_does(
    qtbot: QtBot, controller: SettingsController, tray: bool, words: str
) -> None:
    tab = _tab(qtbot, controller, tray=tray)
    assert words in tab.tray_note.text()


def test_sync_shows_settings_without_writing_them(
    qtbot: QtBot, controller: SettingsController
) -> None:
    tab = _tab(qtbot, controller)
    writes: list[object] = []
    controller.changed.connect(writes.append)
    controller.update(reminder=True, reminder_time="06:45", reminder_days=("sat",))
    assert len(writes) == 1  # sync fed nothing back
    assert tab.time.time() == QTime(6, 45)
    assert [k for k, b in tab.days.items() if b.isChecked()] == ["sat"]


def _words_contrast(button: QToolButton) -> tuple[QColor, float]:
    """The button's fill (beside its words) and the strongest contrast of a pixel against it."""
    image = button.grab().toImage()
    fill = image.pixelColor(image.width() // 2, 3)
    best = max(
        contrast_ratio(image.pixelColor(x, y).name(), fill.name())
        for x in range(4, image.width() - 4)
        for y in range(4, image.height() - 4)
    )
    return fill, best


@pytest.mark.parametrize("theme", ["light", "dark", "night"])
def test_the_days_are_legible_while_the_reminder_is_off(
    qtbot: QtBot, controller: SettingsController, theme: str
) -> None:
    # Off by default, every day chosen: a new user's first look at the tab. The chosen days'
    # names were muted text on the accent fill (contrast 1.2: unreadable).
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        controller.update(reminder_days=("mon", "tue"))
        tab = _tab(qtbot, controller)
        tab.resize(600, 300)
        tab.show()
        chosen, _ = _words_contrast(tab.days["mon"])
        unchosen, _ = _words_contrast(tab.days["wed"])
        for key in ("mon", "wed"):
            assert not tab.days[key].isEnabled()
            assert _words_contrast(tab.days[key])[1] >= 3.0, key
        assert chosen != unchosen  # still shows which days are chosen
    finally:
        apply_theme(app, "light")
