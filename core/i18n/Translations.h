// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace csw::Translations {

// Installs CS Workbench's and Qt's translations for `language` ("ja", "en"), or for the
// system's UI languages when `language` is empty. Returns the language in use.
QString install(QCoreApplication &app, const QString &language = {});
// The language the last install() put in use ("en" before any).
QString current();

} // namespace csw::Translations
