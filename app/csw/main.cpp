// SPDX-License-Identifier: MIT
#include "Cli.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("csworkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("csworkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSW_VERSION));
    csw::Translations::install(app);
    return csw::cli::run(app.arguments());
}
