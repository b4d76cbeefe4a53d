"""Load the app's language at start-up: our .qm, Qt's own (standard buttons), the locale.

The language is the one asked for (``--lang``, else the ``language`` setting), else the
system's (``QLocale.system().uiLanguages()``), else English. English needs no file: the
source texts are English. Changing it takes effect at the next start.

Start-up cost (paired starts, bench/child.py ``app``): English adds nothing to load; German or
Spanish load two small .qm files here and the routine overlays (ui/application.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from footcare_gui.assets import asset_path
from footcare_gui.core import i18n

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

_installed: list[QTranslator] = []  # the translators of the last install, to remove (tests)


def qm_path(code: str) -> str:
    """The compiled translation of the app for ``code`` (``assets/translations/``)."""
    return str(asset_path("translations", f"footcare_gui_{code}.qm"))


def install_language(app: QCoreApplication, asked: str) -> str:
    """Install the translators for the language to show; returns its code."""
    if _installed:
        remove_language()  # a second build (tests) starts from English
    system = QLocale.system()
    code = i18n.pick_language(asked, system.uiLanguages())
    if code != "en":
        from PySide6.QtCore import QLibraryInfo, QTranslator  # only for another language

        ours = QTranslator(app)
        if ours.load(qm_path(code)):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(code), "qtbase", "_", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    mine = system.language()
    if mine != QLocale(code).language() and (code != "en" or mine != QLocale.Language.C):
        QLocale.setDefault(QLocale(code))  # numbers and dates in the language shown
    i18n.install(QCoreApplication.translate, code)
    return code


def remove_language() -> None:
    """Back to English: remove the translators :func:`install_language` installed."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    i18n.install(i18n.english, "en")
