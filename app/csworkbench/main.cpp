// SPDX-License-Identifier: MIT
#include "common/Formatting.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("csworkbench"));
    QApplication::setApplicationName(QStringLiteral("csworkbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("CS Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CSW_VERSION));
    csw::Translations::install(app, csw::Settings::language().value());
    csw::Formatting::setEraDates(csw::Settings::eraDates().value());   // before the views size their columns

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CS Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    // For the README's screenshots (packaging/screenshots.sh): show a view, save the window.
    const QCommandLineOption view(QStringLiteral("view"),
                                  QApplication::translate("main", "Show this view: 1 My Day, 2 Accounts, "
                                                                  "3 VOC, 4 Portfolio."),
                                  QStringLiteral("N"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save the window as a PNG after a "
                                                                        "few seconds, then quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(view);
    parser.addOption(screenshot);
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
    if (parser.isSet(view))
        window.showView(parser.value(view).toInt() - 1);
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(5000, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
