"""The app's language from its first printed line, before the arguments are parsed.

``--help``, argument errors, the routine commands, the doctor and the preflight speak before
any QApplication exists. :func:`install` chooses the language as ui/i18n.py's
``install_language`` will choose it for the window: ``--lang`` (found in the arguments by
hand, since ``--help`` needs it before parsing), else the ``language`` setting (read, never
written), else the system's languages, else English. It then installs a translator that
reads the .qm file with a ``QTranslator`` into ``core.i18n``; the window's
``install_language`` replaces it with ``QCoreApplication.translate``.

English costs nothing: when nothing is asked and the locale variables name only English, C
or POSIX, Qt would find no other language either, and nothing of Qt is imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from footcare_gui.core import i18n

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

OPTIONS: dict[str, int] = {
    "--help": 0,
    "--version": 0,
    "--foot": 1,
    "--routine": 1,
    "--lang": 1,
    "--config-dir": 1,
    "--doctor": 0,
    "--json": 0,
    "--install-desktop": 0,
    "--uninstall-desktop": 0,
    "--background": 0,
    "--list-routines": 0,
    "--import-routine": 1,
    "--export-routine": 2,
}
"""cli.py's long options and how many values each takes (a test keeps them equal), so that
a value is never read as an option and an abbreviation (``--la de``) counts as argparse's."""

# On Unix, Qt's system languages come from these variables only (LANGUAGE is a list).
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_ENV_LOCALE_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")


def long_option(token: str) -> str | None:
    """The option ``token`` names, whole or as argparse's unique abbreviation."""
    if token in OPTIONS:
        return token
    matches = [name for name in OPTIONS if name.startswith(token)]
    return matches[0] if len(matches) == 1 else None


def split(argv: Sequence[str]) -> Iterator[tuple[str | None, str | None, list[str]]]:
    """Each argument of ``argv`` as (the long option it names or None, its value or None, its
    tokens): an option's values come with it, and everything after ``--`` is plain."""
    i = 0
    while i < len(argv):
        token = argv[i]
        i += 1
        if token == "--":
            yield None, None, list(argv[i - 1 :])
            return
        name, equals, value = token.partition("=")
        option = long_option(name) if token.startswith("--") else None
        if option is None:
            yield None, None, [token]
            continue
        given: str | None = value if equals else None
        taken = 0 if equals else OPTIONS[option]
        if taken:
            given = argv[i] if i < len(argv) else None
        yield option, given, list(argv[i - 1 : i + taken])
        i += taken


def scan(argv: Sequence[str]) -> dict[str, str]:
    """The values of ``--lang`` and ``--config-dir`` in ``argv`` (the last one counts)."""
    return {
        option: given
        for option, given, _tokens in split(argv)
        if option in ("--lang", "--config-dir") and given is not None
    }


def surely_english(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether the system's languages are surely English only, told without Qt: on Unix Qt
    reads them from the locale variables, here all unset, C, POSIX or English."""
    if not platform.startswith(_ENV_LOCALE_PLATFORMS):
        return False  # Windows and macOS ask the system: only Qt knows
    names = [name for var in LOCALE_VARIABLES for name in env.get(var, "").split(":")]
    return all(_english_locale(name) for name in names)


def _english_locale(name: str) -> bool:
    """``""``, ``C``, ``POSIX`` or English (``en``, ``en_GB.UTF-8``, ``en_US@euro``)."""
    base = name.split("@", 1)[0].split(".", 1)[0]
    return base in ("", "C", "POSIX", "en") or base.startswith(("en_", "en-"))


def asked_language(argv: Sequence[str], env: Mapping[str, str] = os.environ) -> str:
    """``--lang`` if it names a language of the app, else the setting's ("" for none)."""
    found = scan(argv)
    if found.get("--lang") in i18n.LANGUAGES:
        return found["--lang"]
    from footcare_gui.core.settings_file import language_in
    from footcare_gui.paths import ENV_VAR, config_dir, settings_path

    folder = found.get("--config-dir") or env.get(ENV_VAR) or None
    return language_in(settings_path(config_dir(folder)))


def choose(argv: Sequence[str], env: Mapping[str, str] = os.environ) -> str:
    """The language code the window will show for these arguments and this system."""
    asked = asked_language(argv, env)
    if asked in i18n.LANGUAGES or surely_english(env):
        return i18n.pick_language(asked, [])
    from PySide6.QtCore import QLocale

    return i18n.pick_language(asked, QLocale.system().uiLanguages())


def install(argv: Sequence[str], env: Mapping[str, str] = os.environ) -> str:
    """Choose the language and install its translator into core.i18n; returns its code."""
    code = choose(argv, env)
    if code == "en":
        i18n.install(i18n.english, "en")
        return code
    from footcare_gui.ui.i18n import qm_path  # the window's file; QtCore is needed anyway

    translator = _QmTranslator(qm_path(code), code)
    i18n.install(translator if translator.loaded else i18n.english, code)
    return code


class _QmTranslator:
    """``core.i18n``'s translator over one .qm file, in QCoreApplication.translate's ways:
    the source where there is no entry, and ``%n`` / ``%Ln`` replaced by the count."""

    def __init__(self, path: str, code: str) -> None:
        from PySide6.QtCore import QLocale
        from shiboken6 import isValid

        self.is_valid = isValid
        self.path = path
        self.locale = QLocale(code)
        self.qm = self._load()
        self.loaded = not self.qm.isEmpty()

    def _load(self) -> QTranslator:
        from PySide6.QtCore import QTranslator

        qm = QTranslator()
        qm.load(self.path)
        return qm

    def __call__(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        if not self.is_valid(self.qm):  # QCoreApplication.shutdown() (the doctor's) deletes it
            self.qm = self._load()
        text = self.qm.translate(context, source, disambiguation, n)
        if not text:  # QTranslator's answer when it has no entry
            return i18n.english(context, source, disambiguation, n)
        if n < 0:
            return text
        return text.replace("%Ln", self.locale.toString(n)).replace("%n", str(n))
