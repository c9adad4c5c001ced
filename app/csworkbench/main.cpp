// SPDX-License-Identifier: MIT
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("csworkbench"));
    QApplication::setApplicationName(QStringLiteral("csworkbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("CS Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CSW_VERSION));
    csw::Translations::install(app, csw::Settings::language().value());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CS Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("book"),
                                 QApplication::translate("main", "The book to open."),
                                 QStringLiteral("[BOOK]"));
    parser.process(app);

    csw::MainWindow window;
    window.show();
    // The book named on the command line, else the last one opened, else the welcome view.
    const QStringList books = parser.positionalArguments();
    if (!books.isEmpty()) {
        window.openBook(books.first());
    } else {
        const QStringList recent = csw::Settings::recentBooks().value();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
            window.openBook(recent.first());
    }
    return app.exec();
}
