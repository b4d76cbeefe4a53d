"""What the session page says at a step and at a moment (no Qt): the words, the clock's
caption, the progress line and the window title, as typed values the widgets only show."""

from __future__ import annotations

from dataclasses import dataclass

from footcare_gui import APP_NAME
from footcare_gui.core.feet_shown import FeetShown, choosing, feet_shown
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.motion import motion_of
from footcare_gui.core.plan import Phase, PlannedStep
from footcare_gui.core.session import PauseReason, Session, State
from footcare_gui.core.spoken import coming_foot, now_the_foot, step_utterance
from footcare_gui.core.texts import format_clock
from footcare_gui.core.zones import Foot

EYEBROWS = {
    Phase.PREPARE: QT_TRANSLATE_NOOP("SessionView", "GETTING READY"),
    Phase.SWITCH: QT_TRANSLATE_NOOP("SessionView", "SWITCH FEET"),
    Phase.FINISH: QT_TRANSLATE_NOOP("SessionView", "WINDING DOWN"),
}


def feet_for(p: PlannedStep, following: PlannedStep | None) -> FeetShown:
    """What the diagrams show for a planned step (the switch marks the coming foot)."""
    if p.phase is Phase.SWITCH:
        return choosing((following.foot if following else None) or Foot.LEFT)
    return feet_shown(p.step.zones, p.step.view, p.step.technique, p.foot, motion_of(p.step))


@dataclass(frozen=True, slots=True)
class StepWords:
    """The words of one step as the session page shows them."""

    eyebrow: str
    title: str
    instruction: str
    why: str
    next_line: str
    announcement: str  # what a screen reader hears when the step begins: what the voice says


def step_words(plan: tuple[PlannedStep, ...], index: int) -> StepWords:
    """The words for step ``index`` of a plan."""
    p = plan[index]
    following = plan[index + 1] if index + 1 < len(plan) else None
    if p.phase is Phase.SWITCH:
        eyebrow = translate("SessionView", EYEBROWS[Phase.SWITCH])
        title = now_the_foot(coming_foot(plan, index))
    else:
        eyebrow = p.foot.label.upper() if p.foot else translate("SessionView", EYEBROWS[p.phase])
        title = p.step.title
    if following is None:
        next_line = translate("SessionView", "Next: all done")
    elif following.phase is Phase.SWITCH:
        next_line = translate("SessionView", "Next: switch feet")
    else:
        next_line = translate("SessionView", "Next: {title}").format(title=following.step.title)
    return StepWords(
        eyebrow=eyebrow,
        title=title,
        instruction=p.step.instruction,
        why=p.step.why,
        next_line=next_line,
        announcement=step_utterance(plan, index).text,
    )


@dataclass(frozen=True, slots=True)
class TimeShown:
    """The clock, the controls' state and the progress at one moment of a session."""

    remaining: float
    duration: float
    caption: str  # under the countdown: "paused", "press Space to start", or nothing
    dimmed: bool
    play_label: str
    progress: float  # 0..1 of the whole session
    progress_line: str
    window_title: str


def progress_line(step: int, steps: int, remaining: float) -> str:
    """``Step 3 of 19 · 18:20 left``."""
    return translate("SessionView", "Step {step} of {steps} · {time} left").format(
        step=step, steps=steps, time=format_clock(remaining)
    )


def widest_progress_line(s: Session) -> str:
    """The longest progress line this session can show: the label is sized for it once."""
    n = len(s.plan)
    return progress_line(n, n, s.total)


def time_shown(s: Session) -> TimeShown:
    """What the page shows of the session now."""
    state = s.state
    carry_on = translate("SessionView", "Carry on")
    if state is State.READY:
        caption = translate("SessionView", "press Space to start")
        play = translate("SessionView", "Start")
    elif state is State.PAUSED:
        waiting = s.pause_reason is PauseReason.WAITING
        caption = (
            translate("SessionView", "press Space to begin")
            if waiting
            else translate("SessionView", "paused")
        )
        play = carry_on
    else:
        caption = ""
        play = translate("SessionView", "Pause") if state is State.RUNNING else carry_on
    done = s.total - s.total_remaining
    title = translate("SessionView", "{time} · {step} — {app}")
    if state is State.PAUSED:
        title = translate("SessionView", "Paused · {time} · {step} — {app}")
    elif state is State.READY:
        title = translate("SessionView", "Ready · {time} · {step} — {app}")
    return TimeShown(
        remaining=s.remaining,
        duration=s.current.duration,
        caption=caption,
        dimmed=state is not State.RUNNING,
        play_label=play,
        progress=done / s.total if s.total else 0.0,
        progress_line=progress_line(s.index + 1, len(s.plan), s.total_remaining),
        window_title=title.format(
            time=format_clock(s.remaining), step=s.current.step.title, app=APP_NAME
        ),
    )
