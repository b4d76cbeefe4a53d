"""The history's values in words: status messages, the summary's lines, feelings. Every
string goes through Qt's translation (context ``History``); numbers through QLocale."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from footcare_gui.core.history_store import Access, Notice, Problem
from footcare_gui.core.history_view import Cheer, EveningSummary
from footcare_gui.core.i18n import Context, translate
from footcare_gui.ui.feel_row import feel_word

CONTEXT = "History"
HistoryCounts = Context("HistoryCounts")  # the history's counted phrases


def notice_text(notice: Notice, access: Access) -> str:
    """One status-bar line for something the user should know about the history."""
    p = notice.problem
    backup = notice.backup.name if notice.backup else ""
    detail = notice.detail
    if p is Problem.DAMAGED:
        text = translate(
            "History",
            "Your history file was damaged, so a new one was started. The old one is kept as {0}.",
        )
        return text.format(backup)
    if p is Problem.DAMAGED_KEPT:
        text = translate(
            "History",
            "Your history file is damaged and could not be moved aside ({0}): history is off "
            "this session, and the file is left as it is.",
        )
        return text.format(detail)
    if p is Problem.NEWER:
        text = translate(
            "History",
            "Your history was written by a newer version of footcare-gui (history version {0}): "
            "it is shown, but nothing is recorded this session.",
        )
        return text.format(QLocale().toString(notice.version))
    if p is Problem.FOLDER:
        if access is Access.READ_ONLY:
            text = translate(
                "History",
                "History is shown but not recorded this session: {0} cannot be written ({1}).",
            )
        else:
            text = translate("History", "History is off this session: {0} cannot be written ({1}).")
        return text.format(notice.path.parent, detail)
    if p is Problem.UNREADABLE:
        return translate(
            "History", "History is off this session: {0} cannot be opened ({1})."
        ).format(notice.path, detail)
    if p is Problem.MIGRATED:
        return translate(
            "History", "Your history was updated for this version; the old file is kept as {0}."
        ).format(backup)
    if p is Problem.MIGRATION_FAILED:
        text = translate(
            "History",
            "Your history could not be updated for this version ({0}): it is shown, but "
            "nothing is recorded this session. A copy is kept as {1}.",
        )
        return text.format(detail, backup)
    return translate(
        "History", "This session could not be recorded: {0}. The app keeps trying."
    ).format(detail)


def streak_text(summary: EveningSummary) -> str:
    """``4 evenings in a row · 5 of the last 7 evenings``."""
    loc = QLocale()
    days = summary.streak
    streak = HistoryCounts.tr("%Ln evening(s) in a row", "", days)
    week = translate("History", "{0} of the last {1} evenings").format(
        loc.toString(summary.week), loc.toString(summary.week_days)
    )
    return f"{streak} · {week}"


def cheer_text(cheer: Cheer) -> str:
    """One line of encouragement: warm, and never a reproach."""
    lines = {
        Cheer.FIRST: translate("History", "Your first evening: a lovely start."),
        Cheer.AGAIN_TONIGHT: translate(
            "History", "Another round tonight: your feet are well looked after."
        ),
        Cheer.FULL_WEEK: translate(
            "History", "Every evening this week: it has become your ritual."
        ),
        Cheer.STREAK: translate("History", "Evening after evening, it is becoming a habit."),
        Cheer.WELCOME_BACK: translate("History", "Good to see you again. Every evening counts."),
        Cheer.STEADY: translate("History", "One more evening of care for your feet."),
    }
    return lines[cheer]


def feel_text(before: int | None, after: int | None) -> str:
    """``Before: Tired → now: Relaxed`` (or the half that was chosen; empty if neither)."""
    if before is not None and after is not None:
        text = translate("History", "Before: {0} → now: {1}")
        return text.format(feel_word(before), feel_word(after))
    if before is not None:
        return translate("History", "Before: {0}").format(feel_word(before))
    if after is not None:
        return translate("History", "Now: {0}").format(feel_word(after))
    return ""
