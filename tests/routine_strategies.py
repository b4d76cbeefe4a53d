"""Hypothesis strategies for routines: what the editor can build, and routine files the loader
accepts in all the ways a person may write one (groups, extra spaces, omitted defaults)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from footcare_gui.core.routine_draft import RoutineDraft, StepDraft
from footcare_gui.core.routines import MAX_STEP_SECONDS, MIN_STEP_SECONDS, Per, StepView, Technique
from footcare_gui.core.zones import GROUPS, ZONES, View

# Any character a person can type or paste (no lone surrogates: they cannot be UTF-8).
_CHARS = st.characters(blacklist_categories=("Cs",))


def texts(most: int) -> st.SearchStrategy[str]:
    """A text the loader accepts: not blank, and at most ``most`` characters once its spaces
    are folded."""
    return st.text(_CHARS, min_size=1, max_size=most).filter(
        lambda t: bool(t.split()) and len(" ".join(t.split())) <= most
    )


def zone_ids(view: StepView) -> st.SearchStrategy[list[str]]:
    on_view = [z for z, zone in ZONES.items() if zone.view in view.views]
    return st.lists(st.sampled_from(on_view), unique=True, max_size=6)


@st.composite
def durations(draw: st.DrawFn) -> tuple[int, int, int]:
    lo = draw(st.integers(MIN_STEP_SECONDS, MAX_STEP_SECONDS))
    hi = draw(st.integers(lo, MAX_STEP_SECONDS))
    return lo, draw(st.integers(lo, hi)), hi


@st.composite
def step_drafts(draw: st.DrawFn, per: Per, *, switch: bool = False) -> StepDraft:
    view = draw(st.sampled_from(list(StepView)))
    lo, duration, hi = draw(durations())
    step_texts = {
        "title": draw(texts(60)),
        "instruction": draw(texts(600)),
        "why": draw(texts(300)),
    }
    if draw(st.booleans()):
        step_texts["say"] = draw(texts(300))
    return StepDraft(
        id="",
        texts=step_texts,
        technique=draw(st.sampled_from(list(Technique))),
        view=view,
        zones=draw(zone_ids(view)),
        duration=duration,
        lo=lo,
        hi=hi,
        per=per,
        optional=False if switch else draw(st.booleans()),
    )


@st.composite
def drafts(draw: st.DrawFn) -> RoutineDraft:
    """A routine as the editor builds it: steps once before, on each foot, once after."""
    before = draw(st.lists(step_drafts(Per.SESSION), max_size=2))
    feet = draw(st.lists(step_drafts(Per.FOOT), min_size=1, max_size=4))
    after = draw(st.lists(step_drafts(Per.SESSION), max_size=2))
    return RoutineDraft(
        id="",
        title=draw(texts(60)),
        summary=draw(texts(300)),
        intro=draw(st.one_of(st.just(""), texts(240))),
        steps=[*before, *feet, *after],
        switch=draw(step_drafts(Per.SESSION, switch=True)),
    )


def _spaced(text: str) -> st.SearchStrategy[str]:
    """The same text as a person may write it: extra spaces and line breaks around words."""
    words = text.split()
    gaps = st.lists(st.sampled_from([" ", "  ", "\n", "\t ", " \n  "]), min_size=len(words) + 1)
    return gaps.map(lambda g: g[0] + "".join(w + g[i + 1] for i, w in enumerate(words)))


@st.composite
def step_tables(draw: st.DrawFn, sid: str, per: Per, *, switch: bool = False) -> dict[str, Any]:
    view = draw(st.sampled_from(list(StepView)))
    lo, duration, hi = draw(durations())
    groups = [
        g for g, members in GROUPS.items() if all(ZONES[z].view in view.views for z in members)
    ]
    zones = draw(st.lists(st.sampled_from(groups) | st.sampled_from(draw_zone_pool(view))))
    table: dict[str, Any] = {"id": sid}
    for key, most in (("title", 60), ("instruction", 600), ("why", 300)):
        table[key] = draw(texts(most).flatmap(_spaced))
    if draw(st.booleans()):
        table["say"] = draw(texts(300))
    table |= {"technique": draw(st.sampled_from(list(Technique))).value, "view": view.value}
    table |= {"zones": zones, "duration": duration, "min": lo, "max": hi}
    if switch:
        # The switch may leave out what it does not need: rest, the sole, no zones, once.
        for key in draw(st.lists(st.sampled_from(["technique", "view", "zones"]), unique=True)):
            table.pop(key, None)
        if "view" not in table:
            table.pop("zones", None)
        if draw(st.booleans()):
            table["per"] = "session"
    else:
        table["per"] = per.value
        if draw(st.booleans()):
            table["optional"] = draw(st.booleans())
    return table


def draw_zone_pool(view: StepView) -> list[str]:
    return [z for z, zone in ZONES.items() if zone.view in view.views] or [
        z for z, zone in ZONES.items() if zone.view is View.SOLE
    ]


@st.composite
def routine_files(draw: st.DrawFn) -> dict[str, Any]:
    """The decoded data of a routine file the loader accepts."""
    pers = [
        *[Per.SESSION] * draw(st.integers(0, 2)),
        *[Per.FOOT] * draw(st.integers(1, 4)),
        *[Per.SESSION] * draw(st.integers(0, 2)),
    ]
    ids = draw(
        st.lists(
            st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
            min_size=len(pers) + 1,
            max_size=len(pers) + 1,
            unique=True,
        )
    )
    data: dict[str, Any] = {
        "id": draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,63}", fullmatch=True)),
        "title": draw(texts(60)),
        "summary": draw(texts(300).flatmap(_spaced)),
    }
    if draw(st.booleans()):
        data["intro"] = draw(texts(240))
    data["steps"] = [draw(step_tables(i, p)) for i, p in zip(ids, pers, strict=False)]
    data["switch"] = draw(step_tables(ids[-1], Per.SESSION, switch=True))
    return data
