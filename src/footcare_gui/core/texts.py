"""Fixed wording shown around the routines: precautions, disclaimer, tips and closing lines,
and how a time is written (:func:`format_clock`).

Plain constants with no Qt import, so that pages, tests and packaging read the same words.
Each is English, marked for translation (context ``Texts``): show it through
``translate("Texts", text)``.
Reflexology is not proven to treat anything: every line here speaks of what feels good or
what reflexology *says*, and makes no medical promise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP


def format_clock(seconds: float) -> str:
    """Seconds as ``m:ss`` (``h:mm:ss`` from an hour on), rounding up so 0:00 means done."""
    whole = max(0, math.ceil(seconds - 1e-9))
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


@dataclass(frozen=True, slots=True)
class Notice:
    """A short heading with a few bullet lines under it."""

    title: str
    bullets: tuple[str, ...]


PRECAUTIONS: Final[Notice] = Notice(
    title=QT_TRANSLATE_NOOP("Texts", "Before you start"),
    bullets=(
        QT_TRANSLATE_NOOP(
            "Texts",
            "Ask your doctor first if you have a medical condition such as diabetes or poor "
            "circulation, or are pregnant.",
        ),
        QT_TRANSLATE_NOOP(
            "Texts",
            "Do not massage a foot that has an injury, an open wound or an infection, not even "
            "around it.",
        ),
        QT_TRANSLATE_NOOP(
            "Texts", "Begin with gentle pressure and build up only as far as it feels good."
        ),
        QT_TRANSLATE_NOOP("Texts", "If anything hurts, stop."),
    ),
)

DISCLAIMER: Final[str] = QT_TRANSLATE_NOOP(
    "Texts",
    "Reflexology is not scientifically proven. When a 2009 systematic review weighed the "
    "published studies, it found nothing convincing to show that reflexology treats any "
    "illness. This app only tells you what each part of the foot is said to reflect in "
    "reflexology, and it promises nothing medical. Even so, a slow foot massage can feel "
    "wonderfully relaxing.",
)

WIND_DOWN_LINES: Final[tuple[str, ...]] = (
    QT_TRANSLATE_NOOP("Texts", "Slip on warm socks or tuck your feet under a blanket."),
    QT_TRANSLATE_NOOP("Texts", "Sip a glass of water before bed."),
    QT_TRANSLATE_NOOP("Texts", "Keep the lights low for the rest of the evening."),
    QT_TRANSLATE_NOOP("Texts", "Leave the phone on the other side of the room."),
    QT_TRANSLATE_NOOP("Texts", "Take a few slow breaths and let your shoulders drop."),
    QT_TRANSLATE_NOOP("Texts", "Go to bed while you still feel this relaxed."),
)

ABOUT: Final[str] = QT_TRANSLATE_NOOP(
    "Texts",
    "This app guides you through an evening foot massage step by step, with a timer for "
    "each step so your oily hands can stay on your feet. Large text can be read from across "
    "the room, and the sounds and screen stay soft and quiet so the evening stays calm.",
)

TIPS: Final[tuple[str, ...]] = (
    QT_TRANSLATE_NOOP(
        "Texts", "Begin with light pressure and go firmer only as far as it stays comfortable."
    ),
    QT_TRANSLATE_NOOP(
        "Texts", "Dim the lights or light a candle, and keep the room pleasantly warm."
    ),
    QT_TRANSLATE_NOOP(
        "Texts", "A little oil or lotion lets the hands glide instead of dragging on the skin."
    ),
    QT_TRANSLATE_NOOP(
        "Texts", "A tennis ball or foot roller can reach the sole when your thumbs get tired."
    ),
    QT_TRANSLATE_NOOP(
        "Texts", "Quiet music or silence both work: pick whatever helps you slow down."
    ),
)

__all__ = [
    "ABOUT",
    "DISCLAIMER",
    "PRECAUTIONS",
    "TIPS",
    "WIND_DOWN_LINES",
    "Notice",
]
