"""Translation without Qt: the one ``translate`` every user-visible string goes through.

Core code writes ``translate("SessionView", "Next: all done")`` (or, for a constant,
``QT_TRANSLATE_NOOP("Texts", "...")`` where it is defined and ``translate("Texts", X)`` where it
is shown). ``pyside6-lupdate`` finds both forms in Python files and extracts them into
``translations/footcare_gui_<lang>.ts``. Until the Qt layer installs Qt's own
``QCoreApplication.translate`` (ui/i18n.py, at start-up), the text stays English, with ``%n``
replaced by the count as Qt does. Placeholders other than ``%n`` are Python's ``{name}``,
filled by the caller with ``str.format`` after translation, so a translation may move them.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    # (context, source, disambiguation, n) -> text: QCoreApplication.translate's signature
    Translator = Callable[[str, str, str | None, int], str]


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with ``%n`` replaced by ``n`` (Qt does the same)."""
    if n < 0:
        return source
    return english_plural(source.replace("%Ln", str(n)).replace("%n", str(n)), n)


def english_plural(text: str, n: int) -> str:
    """English plurals in a source text: ``minute(s)`` is ``minute`` for one, else ``minutes``
    (the sources carry no English .qm; a translation has no ``(s)`` left)."""
    return text.replace("(s)", "" if n == 1 else "s")


_current: list[Translator] = [english]
_language: list[str] = ["en"]


def install(translator: Translator, language: str) -> None:
    """Use ``translator`` from now on; ``language`` is the code of the texts it gives."""
    if language == "en":
        translator = english
    _current[0] = translator
    _language[0] = language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the app's language (English when it has no translation)."""
    text = _current[0](context, source, disambiguation, n)
    return english_plural(text, n) if n >= 0 and "(s)" in text else text


def language() -> str:
    """The code of the language the app's words are shown in (``en``, ``de``, ``es``)."""
    return _language[0]


@contextmanager
def in_english() -> Iterator[None]:
    """English words inside the block (``--doctor --json`` stays machine-stable), then the
    translator and language of before."""
    saved = _current[0], _language[0]
    _current[0], _language[0] = english, "en"
    try:
        yield
    finally:
        _current[0], _language[0] = saved


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction under ``context``; translated later, where shown."""
    return source


LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
"""The languages the app speaks, by code, each named in itself (never translated)."""


def check_language(value: object) -> str:
    """A ``language`` setting: "" (the system's) or a code of :data:`LANGUAGES`."""
    if not isinstance(value, str) or (value != "" and value not in LANGUAGES):
        known = ", ".join(LANGUAGES)
        raise ValueError(f'language must be "" (the system\'s) or one of {known}, not {value!r}')
    return str(value)


def pick_language(asked: str, system_languages: list[str]) -> str:
    """The language to show: the one asked for if the app has it, else the first of the
    system's (``de_DE``, ``de-AT``...) that it has, else English."""
    for name in [asked, *system_languages]:
        code = name.replace("-", "_").split("_", 1)[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class Context:
    """A translation context for counted phrases: ``StartView = Context("StartView")``, then
    ``StartView.tr("About %n minute(s).", "", n)``.

    pyside6-lupdate reads ``Name.tr(text, disambiguation, n)`` as a plural (numerus) message
    of context ``Name`` whatever ``n`` is, while it marks ``translate(...)`` as plural only
    for a literal count. So the name must be the context's own (one per module).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source, disambiguation or None, n)
