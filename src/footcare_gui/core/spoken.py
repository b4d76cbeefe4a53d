"""What the voice says during a session, as typed values (no Qt).

Each line is short and written for the ear. At a step change: the foot when it changes (the
first step done on a foot says which one), the step's title, then what to do: the step's
``say`` line from the routine file, else the first sentence of its instruction. At the switch:
"Now the left foot." and what to do. Near a step's end, if asked: "Next: ...". On a pause or
carry-on by the user: "Paused." / "Carrying on.". At the end: the summary's wind-down line.

The same text is what a screen reader announces at a step change, so both stay in step.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, language, translate
from footcare_gui.core.plan import Phase, PlannedStep
from footcare_gui.core.routines import Step
from footcare_gui.core.settings import VoiceDetail
from footcare_gui.core.zones import Foot

LANGUAGE = "en"
"""The language the routine files and the app's own lines are written in (a BCP 47 code)."""


def text_language() -> str:
    """The language the session's words are in: the app's (the routines' overlays follow it),
    so the voice is chosen for it."""
    return language()


NEXT_LEAD_SECONDS = 8
""""Next: ..." is said this long before a step ends: time to say it before the last ticks."""

MAX_LINE_WORDS = 25

PAUSED = QT_TRANSLATE_NOOP("Spoken", "Paused.")
CARRYING_ON = QT_TRANSLATE_NOOP("Spoken", "Carrying on.")


@dataclass(frozen=True, slots=True)
class Utterance:
    """Lines said one after the other as one piece of speech (stopping it stops them all)."""

    lines: tuple[str, ...]
    language: str = field(default_factory=text_language)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def first_sentence(text: str) -> str:
    """The first sentence of a text (the whole text if it has only one)."""
    text = " ".join(text.split())
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""


def as_sentence(text: str) -> str:
    """The text with a full stop at its end unless it already ends a sentence."""
    text = " ".join(text.split())
    if not text or text[-1] in ".!?":
        return text
    return text.rstrip(",;:") + "."


def foot_line(foot: Foot) -> str:
    """``Right foot.``"""
    return translate("Spoken", "{foot}.").format(foot=foot.label)


def now_the_foot(foot: Foot) -> str:
    """``Now the left foot`` (the switch's title; the voice adds a full stop)."""
    if foot is Foot.LEFT:
        return translate("Spoken", "Now the left foot")
    return translate("Spoken", "Now the right foot")


_ASIDE = re.compile(r"\s*\([^)]*\)")


def spoken_title(step: Step) -> str:
    """The step's title as a sentence, without asides in brackets ("Soak the feet.")."""
    return as_sentence(_ASIDE.sub("", step.title))


def spoken_instruction(step: Step) -> str:
    """What to do, for the ear: the step's ``say`` line, else its instruction's first sentence."""
    return as_sentence(step.say or first_sentence(step.instruction))


def _foot_changes(plan: tuple[PlannedStep, ...], index: int) -> bool:
    """Whether step ``index`` is the first of its foot (no earlier step worked on that foot
    since the last one that worked on another)."""
    foot = plan[index].foot
    if foot is None:
        return False
    before = next((p.foot for p in reversed(plan[:index]) if p.foot is not None), None)
    return before is not foot


def coming_foot(plan: tuple[PlannedStep, ...], index: int) -> Foot:
    """The foot of the first step after ``index`` that works on one."""
    return next((p.foot for p in plan[index + 1 :] if p.foot is not None), Foot.LEFT)


def step_utterance(
    plan: tuple[PlannedStep, ...], index: int, detail: VoiceDetail = VoiceDetail.FULL
) -> Utterance:
    """What is said when step ``index`` of a plan begins."""
    p = plan[index]
    lines: list[str] = []
    if p.phase is Phase.SWITCH:
        lines.append(as_sentence(now_the_foot(coming_foot(plan, index))))
    else:
        if _foot_changes(plan, index):
            assert p.foot is not None
            lines.append(foot_line(p.foot))
        lines.append(spoken_title(p.step))
    if detail is VoiceDetail.FULL:
        lines.append(spoken_instruction(p.step))
    return Utterance(tuple(lines))


def next_utterance(plan: tuple[PlannedStep, ...], index: int) -> Utterance | None:
    """``Next: Stretch each toe.`` near the end of step ``index``; None after the last step."""
    if index + 1 >= len(plan):
        return None
    following = plan[index + 1]
    if following.phase is Phase.SWITCH:
        return Utterance((translate("Spoken", "Next: switch feet."),))
    line = translate("Spoken", "Next: {title}").format(title=spoken_title(following.step))
    return Utterance((line,))


def next_due(remaining: float, duration: float) -> bool:
    """Whether it is time for "Next: ..." in a step of ``duration`` with ``remaining`` left.

    Only in steps long enough that it does not crowd the step's own words: twice the lead.
    """
    return duration >= 2 * NEXT_LEAD_SECONDS and 0 < remaining <= NEXT_LEAD_SECONDS


def closing_utterance(wind_down: str) -> Utterance:
    """The last words of a session: the summary's wind-down line."""
    return Utterance((as_sentence(wind_down),))


def user_toggle_utterance(now_running: bool) -> Utterance:
    """What is said when the user pauses or carries on (by a key or a click)."""
    return Utterance((translate("Spoken", CARRYING_ON if now_running else PAUSED),))


# -- what a voice reads badly ---------------------------------------------------------------

_UNSPEAKABLE = (
    (re.compile(r"\b\d{1,2}:\d{2}\b"), "a clock time such as m:ss"),
    (re.compile(r"\b[A-Za-z]/[A-Za-z]\b"), "a slashed abbreviation such as L/R"),
    (re.compile(r"&"), "an ampersand"),
    (re.compile(r"\b(?:e\.g|i\.e|etc|approx|mins?|secs?|cf|vs)\b\.?", re.I), "an abbreviation"),
    (re.compile(r"[()\[\]{}<>*#_~|\\]"), "a bracket or symbol"),
    (re.compile(r"\d+\s*(?:%|°)"), "a percent or degree sign"),
)


def speakable_problems(line: str) -> list[str]:
    """Why a line would sound wrong read aloud (empty if it is fine)."""
    problems = [why for pattern, why in _UNSPEAKABLE if pattern.search(line)]
    words = len(line.split())
    if words > MAX_LINE_WORDS:
        problems.append(f"{words} words (at most {MAX_LINE_WORDS})")
    if not line.strip():
        problems.append("nothing to say")
    return problems


# -- which voice ------------------------------------------------------------------------------


def locale_language(locale: str) -> str:
    """The language part of a locale name: ``en_GB`` -> ``en``, ``de-DE`` -> ``de``."""
    return locale.replace("-", "_").split("_", 1)[0].lower()


def locale_territory(locale: str) -> str:
    """The country or region of a locale name: ``en_GB.UTF-8`` -> ``GB``, ``es-419`` ->
    ``419``; "" when it names none (``C``, ``de``)."""
    parts = locale.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_")[1:]
    found = (p for p in parts if (len(p) == 2 and p.isalpha()) or (len(p) == 3 and p.isdigit()))
    return next(found, "").upper()


USUAL_VOICES = {
    "en": ("America", "United States", "Great Britain", "United Kingdom", "US", "UK"),
    "de": ("German", "Deutsch"),
    "es": ("Spain", "España", "Castilian"),
}
"""Words in the names of each language's usual voices (espeak, speech-dispatcher, Windows),
the first the most usual: the choice where the system's locale says nothing (the C locale)."""

_LATIN_AMERICA = "AR BO CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV US UY VE"

NEAREST_REGION = {
    ("en", "GB"): frozenset({"IE", "AU", "NZ", "ZA", "IN", "MT"}),
    ("es", "419"): frozenset(_LATIN_AMERICA.split()),
}
"""For a system in one of these countries, the voices of this region come next after the
country's own: espeak has English only for GB and US, Spanish for Spain and Latin America."""


def choose_voice(
    voices: Sequence[tuple[str, str]], language: str, saved: str = "", preferred: str = ""
) -> str | None:
    """The name of the voice to speak ``language`` with, from ``(name, locale)`` pairs.

    The saved voice if it speaks that language. Else a plain voice before an engine's variants
    of it (espeak's ``English (Great Britain)+Annie``): of the ``preferred`` (the system's)
    locale's country first, then of its nearest region (Mexico: Latin America), then the usual
    voice of the language (English (America), Spanish (Spain)), then the engine's order. None
    when no voice speaks the language: engines that offer every language (speech-dispatcher
    under the C locale) must not read English with a Hindi voice.
    """
    want = locale_language(language)
    fitting = [(name, loc) for name, loc in voices if locale_language(loc) == want]
    if not fitting:
        return None
    if saved and any(name == saved for name, _ in fitting):
        return saved

    usual = USUAL_VOICES.get(want, ())
    home = locale_territory(preferred)

    def how_usual(name: str) -> int:
        """0 for ``English (America)``, 1 for ``English (America, New York City)``, ..."""
        for i, word in enumerate(usual):
            if f"({word})" in name or name == word:
                return 2 * i
            if word in name:
                return 2 * i + 1
        return 2 * len(usual)

    def rank(item: tuple[int, tuple[str, str]]) -> tuple[bool, bool, bool, int, int]:
        position, (name, loc) = item
        territory = locale_territory(loc)
        own = bool(home) and territory == home
        near = home in NEAREST_REGION.get((want, territory), ())
        return ("+" in name, not own, not near, how_usual(name), position)

    return min(enumerate(fitting), key=rank)[1][0]
