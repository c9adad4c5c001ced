// SPDX-License-Identifier: MIT
#include "book/BookPaths.h"
#include "i18n/Translations.h"
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
    csw::Translations::install(app);

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
    const QStringList books = parser.positionalArguments();
    const QString path = books.isEmpty() ? csw::BookPaths::defaultBook() : books.first();
    if (!books.isEmpty() || QFileInfo::exists(path))
        window.openBook(path);
    return app.exec();
}
