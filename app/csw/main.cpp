// SPDX-License-Identifier: MIT
#include "Cli.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

namespace {

QtMessageHandler previousHandler = nullptr;

// After a refused write on a team book, Qt's PostgreSQL driver warns that it could not free
// a prepared statement of the aborted transaction: nothing a user can act on, and stderr is
// for csw's own message.
void quietDriver(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    previousHandler = qInstallMessageHandler(quietDriver);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("csworkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("csworkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSW_VERSION));
    csw::Translations::install(app);
    return csw::cli::run(app.arguments());
}
