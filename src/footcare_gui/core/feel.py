"""The five faces of "how do your feet feel?" as plain values (no Qt): 1 sore ... 5 wonderful.

Kept apart from the history's records so that the start page can show the faces without
importing them (start-up time counts).
"""

from __future__ import annotations

FEEL_MIN = 1
FEEL_MAX = 5
FEELS = tuple(range(FEEL_MIN, FEEL_MAX + 1))


def is_feel(value: object) -> bool:
    """Whether ``value`` is one of the five faces (1-5)."""
    return isinstance(value, int) and not isinstance(value, bool) and value in FEELS
