"""The pseudo locale (issue 15): every text of the .ts files, accented and 40% longer.

``Start`` becomes ``[Šţàŕţ ~~]``: each ASCII letter becomes an accented look-alike (so English
left on screen stands out), and ``~`` pads it to about 140% of its length, in groups of at
most four that a word-wrapped label may break between (German is often 30% longer than
English). What the app fills in or Qt reads stays as it is: placeholders (``{0}``, ``{name}``,
``{{``, ``%1``, ``%n``, ``%Ln``), the ``&`` of a mnemonic with its letter, HTML tags and
entities. A pseudo text always ends with ``~]`` (:func:`is_marked`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from footcare_gui.core import i18n
from footcare_gui.core.i18n import english_plural

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçďéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĎÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_ACCENT = str.maketrans(_PLAIN, _ACCENTED)
MARK = "~]"
"""The end of every pseudo text."""

# What must survive the accents: placeholders, Qt's %-arguments, a mnemonic (& and its
# letter, or a literal &&), HTML tags and entities.
_KEEP = re.compile(
    r"\{\{|\}\}|\{[^{}]*\}"  # Python's str.format
    r"|%L?\d+|%L?n"  # Qt's %1, %L1, %n, %Ln
    r"|&[a-zA-Z]+;|&#\d+;|&#x[0-9a-fA-F]+;"  # HTML entities
    r"|&&|&\w"  # a literal & or a mnemonic with its letter
    r"|</?[a-zA-Z][^<>]*>"  # HTML tags
)


def pseudo(text: str) -> str:
    """``text`` accented and padded to about 140% of its length (placeholders intact)."""
    if not text.strip():
        return text
    pieces: list[tuple[bool, str]] = []  # (kept as it is, text)
    at = 0
    for m in _KEEP.finditer(text):
        pieces += [(False, text[at : m.start()]), (True, m.group())]
        at = m.end()
    pieces.append((False, text[at:]))
    shown = sum(len(t) if not kept else (0 if t.startswith("<") else 1) for kept, t in pieces)
    out = [t if kept else t.translate(_ACCENT) for kept, t in pieces]
    # The brackets go around what shows: inside the outer HTML tags, outside the spaces.
    seen = [i for i, (kept, t) in enumerate(pieces) if (t[0] != "<" if kept else t.strip())]
    first, last = (seen[0], seen[-1]) if seen else (0, len(out) - 1)
    # 40% more: the two brackets, a space and the tildes, four at most between spaces.
    tildes = max(1, round(shown * 0.4) - 3)
    pad = " ".join("~" * min(4, tildes - i) for i in range(0, tildes, 4))
    head = out[first]
    out[first] = head[: len(head) - len(head.lstrip())] + "[" + head.lstrip()
    tail = out[last]
    out[last] = tail.rstrip() + " " + pad + "]" + tail[len(tail.rstrip()) :]
    return "".join(out)


def is_marked(text: str) -> bool:
    """Whether ``text`` is, or holds, a pseudo text."""
    return MARK in text


def ts_keys() -> set[tuple[str, str]]:
    """Every (context, source) the translation files hold."""
    root = ET.parse(Path(__file__).parent.parent / "translations" / "footcare_gui_de.ts")
    return {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.getroot().iter("context")
        for m in c.iter("message")
    }


class PseudoTranslator(QTranslator):
    """Every text the .ts files hold, under the context it is looked up in, made pseudo.
    A text looked up under another context than the one it was extracted with stays as it is,
    so a walk finds it as English."""

    keys = ts_keys()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if source and (context, source) in self.keys:
            # A counted phrase's English "(s)" first; Qt fills %n in the result.
            return pseudo(english_plural(source, n) if n >= 0 else source)
        return source

    def isEmpty(self) -> bool:
        return False


@contextmanager
def pseudo_locale() -> Iterator[None]:
    """The app's words in the pseudo locale for a while (routine files' words stay English)."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    i18n.install(QCoreApplication.translate, "xx")
    try:
        yield
    finally:
        app.removeTranslator(translator)
        i18n.install(i18n.english, "en")
