// SPDX-License-Identifier: MIT
// Segments in the Accounts view (issue 19): conditions typed in the segment dialog, what they
// hold shown as they are typed (or why they cannot be read), applied to the list, saved by name
// and chosen again from the filter bar. The real widgets on a demo book.
#include "../BookFixture.h"

#include "accounts/AccountFilterBar.h"
#include "accounts/AccountTableModel.h"
#include "accounts/AccountsView.h"
#include "accounts/SegmentDialog.h"
#include "accounts/Segments.h"
#include "book/BookSession.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace csw;

namespace {

qint64 scalar(Book &book, const QString &sql)
{
    QSqlQuery q(book.database());
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// What `handle` saw of the dialog, once it runs inside its exec.
void whenDialog(std::function<void(SegmentDialog *)> handle)
{
    QTimer::singleShot(0, qApp, [handle] {
        if (auto *dialog = qobject_cast<SegmentDialog *>(QApplication::activeModalWidget()))
            handle(dialog);
    });
}

// Types `text` into `edit` and lets the dialog's pause in typing pass.
void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::qWait(350);
}

} // namespace

class TestSegmentsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CSW_TODAY", "2026-11-23"); }

    void conditionsFilterAndSave()
    {
        BookFixture f;
        QVERIFY(fillDemo(*f.book, 300));
        f.book.reset();
        BookSession session;
        QVERIFY(session.open(f.path));
        AccountsView view(session);
        view.show();
        AccountTableModel *model = view.model();
        const int all = model->rowCount();
        const qint64 expected = scalar(*session.book(), QStringLiteral("SELECT count(*) FROM account WHERE touch = 'low' "
                                                                      "AND arr >= 1000000 AND stage <> 'churned'"));
        QVERIFY(expected > 0 && expected < all);

        QString refused, preview;
        bool applyWhenRefused = true;
        whenDialog([&](SegmentDialog *dialog) {
            auto *conditions = dialog->findChild<QLineEdit *>(QStringLiteral("conditionsEdit"));
            auto *result = dialog->findChild<QLabel *>(QStringLiteral("segmentResult"));
            type(conditions, QStringLiteral("mood < 3"));
            refused = result->text();
            applyWhenRefused = dialog->findChild<QPushButton *>(QStringLiteral("applySegment"))->isEnabled();
            type(conditions, QStringLiteral("touch = low and arr >= 1000000"));
            preview = result->text();
            type(dialog->findChild<QLineEdit *>(QStringLiteral("segmentName")), QStringLiteral("Low touch, big"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveSegment")), Qt::LeftButton);
        });
        QTest::mouseClick(view.filterBar()->findChild<QToolButton *>(QStringLiteral("segmentConditions")),
                          Qt::LeftButton);
        QVERIFY2(refused.contains(QStringLiteral("'mood' is neither")), qPrintable(refused));
        QVERIFY(!applyWhenRefused);
        QVERIFY2(preview.startsWith(QStringLiteral("%1 account").arg(expected)), qPrintable(preview));
        QCOMPARE(qint64(model->rowCount()), expected);
        auto *segments = view.filterBar()->findChild<QComboBox *>(QStringLiteral("segmentFilter"));
        QCOMPARE(segments->currentText(), QStringLiteral("Low touch, big"));
        QCOMPARE(Segments(*session.book()).get(QStringLiteral("Low touch, big"))->conditions,
                 QStringLiteral("touch = low and arr >= 1000000"));

        // "All accounts", then the saved segment chosen again.
        segments->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(segments, Qt::Key_Up);
        QCOMPARE(model->rowCount(), all);
        QTest::keyClick(segments, Qt::Key_Down);
        QCOMPARE(qint64(model->rowCount()), expected);
        QVERIFY(view.filterBar()->findChild<QLabel *>(QStringLiteral("extraFilter"))->text().contains(
            QStringLiteral("touch = low")));

        // One undoable step on every account listed: the touch model of the segment's accounts.
        QStringList offered;
        QTimer::singleShot(0, qApp, [&offered] {
            if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                offered = input->comboBoxItems();
                input->setTextValue(QStringLiteral("Tech touch"));
                input->accept();
            }
        });
        auto *bulk = view.findChild<QPushButton *>(QStringLiteral("bulkActionsButton"));
        bulk->menu()->actions().at(1)->trigger();   // Set Touch Model…
        QVERIFY2(offered.contains(QStringLiteral("Tech touch")), qPrintable(offered.join(u',')));
        const QString tech = QStringLiteral("SELECT count(*) FROM account WHERE touch = 'tech' AND arr >= 1000000 "
                                            "AND stage <> 'churned'");
        const qint64 techBefore = scalar(*session.book(), tech);
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Set Tech touch for %1 account(s)").arg(expected));
        QVERIFY(techBefore >= expected);
        QCOMPARE(model->rowCount(), 0);   // they left the low-touch segment
        session.undoStack()->undo();
        QCOMPARE(qint64(model->rowCount()), expected);
        QCOMPARE(scalar(*session.book(), tech) + expected, techBefore);
    }
};

QTEST_MAIN(TestSegmentsView)
#include "tst_segments_view.moc"
