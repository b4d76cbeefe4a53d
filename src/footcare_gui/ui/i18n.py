"""Load the app's language at start-up: our .qm, Qt's own (standard buttons), the locale.

The language is the one asked for (``--lang``, else the ``language`` setting), else the
system's (``QLocale.system().uiLanguages()``), else English. English needs no file: the
source texts are English. Changing it takes effect at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from footcare_gui.assets import asset_path
from footcare_gui.core import i18n


def qm_path(code: str) -> str:
    """The compiled translation of the app for ``code`` (``assets/translations/``)."""
    return str(asset_path("translations", f"footcare_gui_{code}.qm"))


def install_language(app: QCoreApplication, asked: str) -> str:
    """Install the translators for the language to show; returns its code."""
    code = i18n.pick_language(asked, QLocale.system().uiLanguages())
    remove_language()  # a second build (tests) starts from English
    if code != "en":
        ours = QTranslator(app)
        ours.setObjectName("footcareTranslator")
        if ours.load(qm_path(code)):
            app.installTranslator(ours)
        qt = QTranslator(app)
        qt.setObjectName("footcareTranslator")
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(code), "qtbase", "_", folder):
            app.installTranslator(qt)
    if QLocale.system().language() != QLocale(code).language():
        QLocale.setDefault(QLocale(code))  # numbers and dates in the language shown
    else:
        QLocale.setDefault(QLocale.system())
    i18n.install(QCoreApplication.translate, code)
    return code


def remove_language() -> None:
    """Back to English: remove the translators :func:`install_language` installed."""
    app = QCoreApplication.instance()
    if app is not None:
        for old in app.findChildren(QTranslator, "footcareTranslator"):
            app.removeTranslator(old)
            old.setParent(None)
    QLocale.setDefault(QLocale.system())
    i18n.install(i18n.english, "en")
