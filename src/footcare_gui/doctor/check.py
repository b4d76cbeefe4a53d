"""One line of the ``--doctor`` report (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["ok", "info", "warning", "error"]  # "error": a session cannot run


@dataclass(frozen=True, slots=True)
class Check:
    """What was found for one subject, and what to do about it if anything."""

    key: str  # stable JSON key, see docs/doctor.md
    label: str
    status: Status
    detail: str  # what was found
    advice: str = ""  # what to do; empty when nothing needs doing
    data: dict[str, Any] = field(default_factory=dict)  # the facts, for --json

    def line(self, width: int = 18) -> str:
        """``Label  detail: OK`` or ``Label  detail: what to do``."""
        if self.advice:
            end = f": {self.advice}"
        elif self.status == "info":
            end = ""
        else:
            end = ": OK"
        return f"{self.label:<{width}}{self.detail}{end}"

    def as_json(self) -> dict[str, Any]:
        """``status``, ``detail`` and ``advice``, then this check's own keys."""
        return {"status": self.status, "detail": self.detail, "advice": self.advice, **self.data}
