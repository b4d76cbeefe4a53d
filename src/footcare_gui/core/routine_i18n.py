"""Routine texts in another language: one overlay file per routine and language (no Qt).

``assets/routines/i18n/<routine id>.<lang>.toml`` holds the translated words of a built-in
routine: its ``title``, ``summary`` and ``intro``, and under ``[steps.<step id>]`` a step's
``title``, ``instruction``, ``say`` and ``why`` (the switch between the feet too, by its id).
Everything else (zones, lengths, order) stays the routine's own. An overlay is checked like
the routine: an unknown key or step id is an error, and so is a text that is empty or longer
than the routine's field allows; a damaged overlay is skipped whole (and named), a missing
string keeps its English, string by string. The user's own routines are never overlaid.
docs/translating.md describes the files.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from footcare_gui.core.i18n import translate
from footcare_gui.core.routine_fields import MAX_TITLE_CHARS, STEP_TEXTS, Fail, RoutineError, text
from footcare_gui.core.routines import MAX_INTRO_CHARS, MAX_SUMMARY_CHARS, Routine

ROUTINE_TEXTS: dict[str, int] = {
    "title": MAX_TITLE_CHARS,
    "summary": MAX_SUMMARY_CHARS,
    "intro": MAX_INTRO_CHARS,
}


def overlay_path(folder: Path, routine_id: str, language: str) -> Path:
    """Where the overlay of a routine for ``language`` lives, beside the routine files."""
    return folder / "i18n" / f"{routine_id}.{language}.toml"


def apply_overlay(routine: Routine, data: Mapping[str, Any], file: str) -> Routine:
    """The routine with the overlay's words; raises RoutineError naming the first problem."""
    fail = Fail(file)
    for key in sorted(set(data) - {*ROUTINE_TEXTS, "steps"}):
        raise fail(
            key, translate("RoutineRules", "is not a known field of a routine's translation")
        )
    words = {k: text(data, k, fail, most=most) for k, most in ROUTINE_TEXTS.items() if k in data}
    steps = data.get("steps", {})
    if not isinstance(steps, Mapping):
        raise fail("steps", translate("RoutineRules", "must be a table of step ids"))
    known = {s.id for s in routine.all_steps}
    for sid in sorted(set(steps) - known):
        line = translate("RoutineRules", "is not a step of {routine}")
        raise RoutineError(file, line.format(routine=repr(routine.id)), str(sid))
    translated = {}
    for step in routine.all_steps:
        table = steps.get(step.id)
        if table is None:
            continue
        step_fail = Fail(file, step.id)
        if not isinstance(table, Mapping):
            raise step_fail(None, translate("RoutineRules", "must be a table"))
        for key in sorted(set(table) - set(STEP_TEXTS)):
            raise step_fail(key, translate("RoutineRules", "is not a translatable field of a step"))
        texts = {k: text(table, k, step_fail, most=STEP_TEXTS[k][1]) for k in table}
        translated[step.id] = replace(
            step,
            title=texts.get("title", step.title),
            instruction=texts.get("instruction", step.instruction),
            say=texts.get("say", step.say),
            why=texts.get("why", step.why),
        )
    return replace(
        routine,
        title=words.get("title", routine.title),
        summary=words.get("summary", routine.summary),
        intro=words.get("intro", routine.intro),
        steps=tuple(translated.get(s.id, s) for s in routine.steps),
        switch=translated.get(routine.switch.id, routine.switch),
    )


def load_overlay(routine: Routine, path: Path) -> Routine:
    """``routine`` in the language of the overlay file at ``path``; raises RoutineError."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        line = translate("RoutineRules", "cannot be read ({detail})").format(detail=exc)
        raise RoutineError(path.name, line, in_content=False) from exc
    except tomllib.TOMLDecodeError as exc:
        line = translate("RoutineRules", "is not valid TOML ({detail})").format(detail=exc)
        raise RoutineError(path.name, line) from exc
    return apply_overlay(routine, data, path.name)


def localized(
    routines: Mapping[str, Routine], folder: Path, language: str
) -> tuple[dict[str, Routine], list[RoutineError]]:
    """The built-in routines in ``language`` where an overlay exists (English otherwise), and
    the overlays that could not be used."""
    out = dict(routines)
    errors: list[RoutineError] = []
    if language == "en":
        return out, errors
    for rid, routine in routines.items():
        path = overlay_path(folder, rid, language)
        if not path.is_file():
            continue
        try:
            out[rid] = load_overlay(routine, path)
        except RoutineError as exc:
            errors.append(exc)
    return out, errors
