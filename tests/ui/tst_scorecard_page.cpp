// SPDX-License-Identifier: MIT
#include "../BookFixture.h"
#include "../FakeToday.h"

#include "accounts/AccountLifecycle.h"
#include "health/HealthService.h"
#include "settings/ScorecardModel.h"
#include "settings/ScorecardPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace csw;

// Editing the scorecard in Preferences: versions, validation, recomputing history.
class TestScorecardPage : public QObject
{
    Q_OBJECT

    BookFixture *m_fixture = nullptr;
    qint64 m_account = 0;

    static void closeNextMessageBox(QString *text)
    {
        QTimer::singleShot(0, [text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->accept();
            }
        });
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = new BookFixture;
        Account a;
        a.name = QStringLiteral("A");
        a.startOn = date("2026-01-01");
        m_account = AccountLifecycle(*m_fixture->book).add(a)->accountId;
        QVERIFY(HealthService(*m_fixture->book).record(m_account, date("2026-11-01"), {QStringLiteral("usage=30")}));
    }
    void cleanup() { delete m_fixture; }

    void showsTheActiveScorecard()
    {
        ScorecardPage page(m_fixture->book.get());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 7);
        QCOMPARE(page.findChild<QDoubleSpinBox *>(QStringLiteral("redBelow"))->value(), 40.0);
    }

    void savesANewVersionAndRecomputes()
    {
        ScorecardPage page(m_fixture->book.get());
        ScorecardModel *model = page.model();
        QVERIFY(model->setData(model->index(0, ScorecardModel::YellowAt), 20.0));
        QVERIFY(page.save());
        HealthRepository repo(*m_fixture->book);
        QCOMPARE(repo.activeScorecard(std::nullopt)->version, 2);
        QCOMPARE(repo.history(m_account)->first().scorecardVersion, 1);
        QSignalSpy changed(&page, &ScorecardPage::scoresChanged);
        QVERIFY(page.recompute());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(repo.history(m_account)->first().scorecardVersion, 2);
        QCOMPARE(repo.history(m_account)->first().score, 47.5);
    }

    void refusesAnInvalidScorecard()
    {
        ScorecardPage page(m_fixture->book.get());
        page.findChild<QDoubleSpinBox *>(QStringLiteral("redBelow"))->setValue(80);
        QString shown;
        closeNextMessageBox(&shown);
        QVERIFY(!page.save());
        QVERIFY2(shown.contains(QStringLiteral("bands")), qPrintable(shown));
        QCOMPARE(HealthRepository(*m_fixture->book).activeScorecard(std::nullopt)->version, 1);
        // A weight of zero is refused by the model itself.
        QVERIFY(page.model()->setData(page.model()->index(1, ScorecardModel::Weight), 0.0));
        page.findChild<QDoubleSpinBox *>(QStringLiteral("redBelow"))->setValue(40);
        closeNextMessageBox(&shown);
        QVERIFY(!page.save());
        QVERIFY2(shown.contains(QStringLiteral("weight")), qPrintable(shown));
    }

    void touchModelScorecard()
    {
        ScorecardPage page(m_fixture->book.get());
        auto *touch = page.findChild<QComboBox *>(QStringLiteral("scorecardTouch"));
        touch->setCurrentIndex(touch->findData(int(Touch::Tech)));
        QVERIFY(page.model()->setData(page.model()->index(0, ScorecardModel::Weight), 90.0));
        QVERIFY(page.save());
        HealthRepository repo(*m_fixture->book);
        QCOMPARE(repo.activeScorecard(Touch::Tech)->measure(QStringLiteral("usage"))->weight, 90.0);
        QCOMPARE(repo.activeScorecard(Touch::High)->measure(QStringLiteral("usage"))->weight, 30.0);
    }

    // A measure's own alert typed in its row (issue 19), saved with the version; emptied, gone.
    void measureAlertsAreTypedInTheTable()
    {
        ScorecardPage page(m_fixture->book.get());
        page.show();
        auto *table = page.findChild<QTableView *>();
        QVERIFY(table);
        const auto type = [&](int column, const QString &text) {
            table->setFocus(Qt::OtherFocusReason);
            table->setCurrentIndex(page.model()->index(0, column));
            QTest::keyClick(table, Qt::Key_F2);
            auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
            if (!editor)
                return false;
            editor->selectAll();
            if (text.isEmpty())
                QTest::keyClick(editor, Qt::Key_Delete);
            else
                QTest::keyClicks(editor, text);
            QTest::keyClick(editor, Qt::Key_Return);
            QCoreApplication::processEvents();   // the delegate commits on the event loop
            return true;
        };
        QVERIFY(type(ScorecardModel::AlertDrop, QStringLiteral("20")));
        QVERIFY(type(ScorecardModel::AlertAt, QStringLiteral("25")));
        QVERIFY(page.save());
        HealthRepository repo(*m_fixture->book);
        QCOMPARE(repo.activeScorecard(std::nullopt)->measure(QStringLiteral("usage"))->alertDrop, std::optional(20.0));
        QCOMPARE(repo.activeScorecard(std::nullopt)->measure(QStringLiteral("usage"))->alertAt, std::optional(25.0));
        QCOMPARE(page.model()->index(0, ScorecardModel::AlertDays).data().toString(), QStringLiteral("30"));
        QVERIFY(type(ScorecardModel::AlertDrop, QString()));
        QVERIFY(page.save());
        QVERIFY(!repo.activeScorecard(std::nullopt)->measure(QStringLiteral("usage"))->alertDrop);
        QCOMPARE(page.model()->index(0, ScorecardModel::AlertDays).data().toString(), QString());
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestScorecardPage)
#include "tst_scorecard_page.moc"
