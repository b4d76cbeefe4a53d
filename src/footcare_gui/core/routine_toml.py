"""Write a routine as a TOML file in the schema of the shipped ones (no Qt, no ``tomllib``).

What this writes is exactly what the loader reads back: ``parse_routine(routine_to_toml(r))``
equals ``r`` for every valid routine (the tests check it with Hypothesis). Zones are written
expanded (groups already resolved) and every field is written out, the switch's too, so a
file needs no defaults to be understood.
"""

from __future__ import annotations

from footcare_gui.core.routines import Routine, Step

HEADER = "# A footcare-gui routine. The file format is described in docs/routines.md.\n"


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _step_lines(step: Step) -> list[str]:
    lines = [
        f"id = {toml_string(step.id)}",
        f"title = {toml_string(step.title)}",
        f"instruction = {toml_string(step.instruction)}",
    ]
    if step.say:
        lines.append(f"say = {toml_string(step.say)}")
    lines += [
        f"why = {toml_string(step.why)}",
        f"technique = {toml_string(step.technique.value)}",
        f"view = {toml_string(step.view.value)}",
        "zones = [" + ", ".join(toml_string(z) for z in step.zones) + "]",
        f"duration = {step.duration}",
        f"min = {step.min_duration}",
        f"max = {step.max_duration}",
        f"per = {toml_string(step.per.value)}",
    ]
    if step.optional:
        lines.append("optional = true")
    return lines


def routine_to_toml(routine: Routine) -> str:
    """The routine as the text of a routine file."""
    lines = [
        HEADER.rstrip("\n"),
        "",
        f"id = {toml_string(routine.id)}",
        f"title = {toml_string(routine.title)}",
        f"summary = {toml_string(routine.summary)}",
    ]
    if routine.intro:
        lines.append(f"intro = {toml_string(routine.intro)}")
    for step in routine.steps:
        lines += ["", "[[steps]]", *_step_lines(step)]
    lines += ["", "[switch]", *_step_lines(routine.switch)]
    return "\n".join(lines) + "\n"
