// SPDX-License-Identifier: MIT
#include "../BookFixture.h"

#include "demo/DemoGenerator.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace csw;

namespace {
QStringList labelTexts(QWidget &window)
{
    QStringList texts;
    for (QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

// The window over a real book: it shows the book and survives a bad file.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheBook()
    {
        BookFixture f;
        DemoOptions options;
        options.accounts = 120;
        options.today = date("2026-11-23");
        QVERIFY(DemoGenerator::fill(*f.book, options));
        f.book.reset();
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(f.path));
        QVERIFY(window.book());
        QVERIFY(window.windowTitle().contains(QStringLiteral("book.sqlite")));
        const QStringList texts = labelTexts(window);
        QVERIFY(texts.contains(QStringLiteral("Adoption")));
        QVERIFY(texts.contains(QStringLiteral("Churn prevention")));
        QVERIFY(texts.contains(QStringLiteral("ARR (JPY)")));
    }

    void badFileKeepsThePreviousBook()
    {
        BookFixture f;
        const QString good = f.path;
        f.book.reset();
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a book\n");
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(window.openBook(good));
        Book *before = window.book();
        QString shown;
        QTimer::singleShot(0, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!window.openBook(bad));
        QVERIFY2(shown.contains(QStringLiteral("not a CS Workbench book")), qPrintable(shown));
        QCOMPARE(window.book(), before);
        QCOMPARE(window.book()->path(), good);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
