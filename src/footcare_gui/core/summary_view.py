"""What the summary page says when a session is done (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from footcare_gui.core.session import Session
from footcare_gui.core.texts import WIND_DOWN_LINES, format_clock


@dataclass(frozen=True, slots=True)
class SummaryWords:
    """The figures of the evening and a line for the rest of it."""

    stats: str
    wind_down: str


def summary_words(s: Session, day: int) -> SummaryWords:
    """The summary of a session (``day``: days since the epoch picks tonight's line)."""
    steps = f"{s.completed} of {len(s.plan)} steps"
    return SummaryWords(
        stats=f"{format_clock(s.active_seconds)} of foot care · {steps} done",
        wind_down=WIND_DOWN_LINES[day % len(WIND_DOWN_LINES)],
    )
