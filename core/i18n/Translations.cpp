// SPDX-License-Identifier: MIT
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace csw::Translations {

namespace {
QString &inUse()
{
    static QString language = QStringLiteral("en");
    return language;
}

QString installLanguage(QCoreApplication &app, const QString &language);
} // namespace

QString install(QCoreApplication &app, const QString &language)
{
    return inUse() = installLanguage(app, language);
}

QString current()
{
    return inUse();
}

namespace {
QString installLanguage(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("csworkbench"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(locale.language());
}
} // namespace

} // namespace csw::Translations
