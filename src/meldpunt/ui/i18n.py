"""Loads Meldpunt's own translations and Qt's, and sets the locale for dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from meldpunt.resources import as_path

LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
# English is the language of the source strings; it needs no translation file of its own.
SOURCE_LANGUAGE = "en"


class TranslationMissing(RuntimeError):
    pass


def load_translators(lang: str) -> list[QTranslator]:
    """Translators for ``lang``: Meldpunt's own first, then Qt's own dialogs (qtbase)."""
    translators: list[QTranslator] = []
    if lang != SOURCE_LANGUAGE:
        own = QTranslator()
        qm = as_path("translations", f"meldpunt_{lang}.qm")
        if not own.load(str(qm)):
            raise TranslationMissing(f"translation file meldpunt_{lang}.qm not found")
        translators.append(own)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    return translators


def install_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators (keep the returned list alive) and the matching locale."""
    QLocale.setDefault(QLocale(LOCALES.get(lang, "nl_BE")))
    translators = load_translators(lang)
    for translator in translators:
        app.installTranslator(translator)
    return translators
