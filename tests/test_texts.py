"""The fixed wording: precautions, disclaimer, tips and closing lines."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

from footcare_gui.core import texts
from footcare_gui.core.texts import (
    ABOUT,
    DISCLAIMER,
    PRECAUTIONS,
    TIPS,
    WIND_DOWN_LINES,
)

PROMISE = re.compile(r"\b(cures?|heals?|healing|guarantee[sd]?)\b", re.I)


def test_precautions_cover_doctor_injuries_and_pain() -> None:
    assert PRECAUTIONS.title.strip()
    assert 3 <= len(PRECAUTIONS.bullets) <= 5
    assert all(b.strip() and len(b) <= 110 for b in PRECAUTIONS.bullets)
    joined = " ".join(PRECAUTIONS.bullets).lower()
    for word in ("doctor", "diabetes", "circulation", "pregnan", "injur", "wound", "infection"):
        assert word in joined, word
    assert "stop" in joined
    assert "hurt" in joined
    assert "gentle" in joined


def test_precautions_name_any_medical_condition_not_just_two() -> None:
    [doctor] = [b for b in PRECAUTIONS.bullets if "doctor" in b.lower()]
    text = doctor.lower()
    assert "medical condition" in text
    assert "such as diabetes" in text
    assert "pregnan" in text


def test_precautions_say_not_to_massage_an_injured_foot_at_all() -> None:
    # The source says to avoid massage then, not to work around the sore place.
    [injury] = [b for b in PRECAUTIONS.bullets if "injur" in b.lower()]
    text = injury.lower()
    assert re.search(r"\b(do not|don't|never)\b[^.]*\bmassage\b", text), injury
    assert "foot" in text
    for word in ("wound", "infection"):
        assert word in text
    assert "keep away" not in text


def test_readme_gives_the_same_precautions() -> None:
    readme = Path(__file__).resolve().parent.parent / "README.md"
    if not readme.exists():
        pytest.skip("README.md is not beside the tests (an installed copy)")
    lines = readme.read_text(encoding="utf-8").splitlines()
    text = " ".join(" ".join(line.lstrip("> ") for line in lines).lower().split())
    assert "a medical condition such as diabetes or poor circulation" in text
    assert "do not massage a foot that has an injury, an open wound or an infection" in text


def test_precautions_cannot_be_changed() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        PRECAUTIONS.title = "x"  # type: ignore[misc]


def test_disclaimer_is_plain_about_the_evidence() -> None:
    text = DISCLAIMER.lower()
    assert "not scientifically proven" in text
    assert "2009" in text
    assert "review" in text
    assert "illness" in text
    assert "said to reflect" in text
    assert "promises nothing medical" in text
    assert "relax" in text


def test_short_texts_are_present_and_short() -> None:
    assert 5 <= len(WIND_DOWN_LINES) <= 8
    assert len(set(WIND_DOWN_LINES)) == len(WIND_DOWN_LINES)
    assert all(0 < len(line) <= 70 for line in WIND_DOWN_LINES)
    assert any("warm" in line.lower() for line in WIND_DOWN_LINES)
    assert any("water" in line.lower() for line in WIND_DOWN_LINES)
    assert any("bed" in line.lower() for line in WIND_DOWN_LINES)
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", ABOUT)) <= 3
    assert 3 <= len(TIPS) <= 6
    assert all(t.strip() for t in TIPS)
    tips = " ".join(TIPS).lower()
    for word in ("pressure", "dim", "oil", "ball"):
        assert word in tips, word


def test_no_text_makes_a_medical_promise() -> None:
    everything = [
        PRECAUTIONS.title,
        *PRECAUTIONS.bullets,
        DISCLAIMER,
        *WIND_DOWN_LINES,
        ABOUT,
        *TIPS,
    ]
    for text in everything:
        assert not PROMISE.search(text), text
        assert text == " ".join(text.split()), text  # no stray spaces from joined literals


def test_texts_module_has_no_qt_import() -> None:
    tree = ast.parse(Path(texts.__file__).read_text(encoding="utf-8"))
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    imported += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert imported, "the module should at least import typing"
    assert not [m for m in imported if m.startswith(("PySide6", "PyQt", "shiboken"))]
