"""What the summary page says when a session is done (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from footcare_gui.core.i18n import Context, translate
from footcare_gui.core.session import Session
from footcare_gui.core.texts import WIND_DOWN_LINES, format_clock

SummaryView = Context("SummaryView")


@dataclass(frozen=True, slots=True)
class SummaryWords:
    """The figures of the evening and a line for the rest of it."""

    stats: str
    wind_down: str


def summary_words(s: Session, day: int) -> SummaryWords:
    """The summary of a session (``day``: days since the epoch picks tonight's line)."""
    steps = len(s.plan)
    stats = SummaryView.tr("{time} of foot care · {done} of %n step(s) done", "", steps)
    return SummaryWords(
        stats=stats.format(time=format_clock(s.active_seconds), done=s.completed),
        wind_down=translate("Texts", WIND_DOWN_LINES[day % len(WIND_DOWN_LINES)]),
    )
