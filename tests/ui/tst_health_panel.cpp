// SPDX-License-Identifier: MIT
#include "../BookFixture.h"
#include "../FakeToday.h"

#include "accounts/AccountDetailView.h"
#include "accounts/AccountFilterBar.h"
#include "accounts/AccountLifecycle.h"
#include "accounts/AccountRepository.h"
#include "accounts/AccountTableModel.h"
#include "accounts/AccountsView.h"
#include "book/BookSession.h"
#include "demo/DemoGenerator.h"
#include "health/AlertListModel.h"
#include "health/AlertsView.h"
#include "health/HealthChart.h"
#include "health/HealthExplainModel.h"
#include "health/HealthPanel.h"
#include "health/HealthService.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <memory>

using namespace csw;

namespace {
qint64 scalar(Book &book, const QString &sql)
{
    QSqlQuery q(book.database());
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// A book with one account (onboarded 2026-01-15, in adoption since 2026-04-01), opened in a
// session and shown in a detail view.
struct Shown
{
    BookFixture fixture;
    BookSession session;
    qint64 id = 0;
    std::unique_ptr<AccountDetailView> view;

    bool setUp()
    {
        Account draft;
        draft.name = QStringLiteral("Kobayashi Foods");
        draft.startOn = date("2026-01-15");
        AccountLifecycle lifecycle(*fixture.book);
        auto added = lifecycle.add(draft);
        if (!added)
            return false;
        id = added->accountId;
        if (!lifecycle.moveStage(id, Stage::Adoption, date("2026-04-01")))
            return false;
        fixture.book.reset();
        if (!session.open(fixture.path))
            return false;
        view = std::make_unique<AccountDetailView>(session);
        view->resize(700, 1600);
        view->showAccount(id);
        view->show();
        return view->accountId() == id;
    }

    template<typename T = QLineEdit>
    T *child(const QString &name) const
    {
        return view->findChild<T *>(name);
    }
    QList<ScoreRecord> history() const { return *HealthRepository(*session.book()).history(id); }
    HealthChart *chart() const { return view->healthPanel()->chart(); }
    // Records "usage=…" style values through the service, as the CLI would, and shows them.
    bool record(const char *on, const QStringList &assignments)
    {
        const bool ok = HealthService(*session.book()).record(id, date(on), assignments).hasValue();
        view->showAccount(id);
        return ok;
    }
    void type(const QString &measure, const QString &text) const
    {
        QLineEdit *edit = child(QStringLiteral("measureEdit_") + measure);
        QVERIFY2(edit, qPrintable(measure));
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
};
} // namespace

// The health GUI over real books: the explain and alert models, recording measures through the
// account detail with undo and redo, the score chart and its images, the alerts view and the
// accounts table's health column and filter.
class TestHealthPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(Dates::today(), date("2026-11-23"));
    }

    void explainModel()
    {
        BookFixture f;
        Account draft;
        draft.name = QStringLiteral("さくら物流");
        const qint64 id = AccountLifecycle(*f.book).add(draft)->accountId;
        HealthService health(*f.book);
        QVERIFY(health.record(id, date("2026-10-01"), {QStringLiteral("usage=60"), QStringLiteral("support=4")}));
        QVERIFY(health.record(id, date("2026-11-01"), {QStringLiteral("usage=30")}));

        HealthExplainModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(HealthExplainModel::ColumnCount));
        model.setExplanation(*health.explain(id, std::nullopt));
        const Scorecard card = Scorecard::defaults();
        QCOMPARE(model.rowCount(), int(card.measures.size()));
        // Row 0 is usage (30 now, 60 before: its score went from 70 to 40).
        QCOMPARE(model.index(0, HealthExplainModel::MeasureName).data().toString(), card.measures[0].label);
        QCOMPARE(model.index(0, HealthExplainModel::Value).data().toString(), QStringLiteral("30"));
        QCOMPARE(model.index(0, HealthExplainModel::Score).data().toString(), QStringLiteral("40.0"));
        QCOMPARE(model.index(0, HealthExplainModel::Weight).data().toString(), QStringLiteral("30"));
        QCOMPARE(model.index(0, HealthExplainModel::Contribution).data().toString(), QStringLiteral("30.0"));
        QCOMPARE(model.index(0, HealthExplainModel::Change).data().toString(), QStringLiteral("-30.0"));
        // Adoption has no value: listed, left out.
        QCOMPARE(model.index(1, HealthExplainModel::Value).data().toString(), QStringLiteral("no value"));
        QVERIFY(model.index(1, HealthExplainModel::Score).data().toString().isEmpty());
        QVERIFY(model.index(1, HealthExplainModel::Value).data(Qt::ToolTipRole).toString().contains(QStringLiteral("left out")));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        model.setExplanation(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    void alertListModel()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(AlertListModel::ColumnCount));
        HealthAlert red{7, 3, QStringLiteral("Kobayashi Foods"), date("2026-11-01"), QStringLiteral("red"),
                        32.5, 55.0, QStringLiteral("open"), std::nullopt};
        HealthAlert drop{8, 4, QStringLiteral("Tanaka Steel"), date("2026-10-20"), QStringLiteral("drop"),
                         62.0, 80.5, QStringLiteral("open"), std::nullopt};
        model.setAlerts({red, drop}, {{3, Stage::Adoption}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AlertListModel::AccountName).data().toString(), QStringLiteral("Kobayashi Foods"));
        QCOMPARE(model.index(0, AlertListModel::Reason).data().toString(), QStringLiteral("Fell into red"));
        QCOMPARE(model.index(1, AlertListModel::Reason).data().toString(), QStringLiteral("Dropped 18.5 points"));
        QCOMPARE(model.index(0, AlertListModel::Score).data().toString(), QStringLiteral("32.5"));
        QCOMPARE(model.index(1, AlertListModel::PreviousScore).data().toString(), QStringLiteral("80.5"));
        QCOMPARE(model.index(0, AlertListModel::StageName).data().toString(), Stages::label(Stage::Adoption));
        QVERIFY(model.index(1, AlertListModel::StageName).data().toString().isEmpty());
        QCOMPARE(model.index(1, 0).data(AlertListModel::AlertIdRole).toLongLong(), qint64(8));
        QCOMPARE(model.rowOf(8), 1);
        QCOMPARE(model.rowOf(99), -1);
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void noScoreYet()
    {
        Shown s;
        QVERIFY(s.setUp());
        QCOMPARE(s.child<QLabel>(QStringLiteral("healthSummaryLabel"))->text(), QStringLiteral("No health score yet"));
        QVERIFY(s.child<QLabel>(QStringLiteral("healthBandLabel"))->isHidden());
        QVERIFY(s.child<QTableView>(QStringLiteral("explainTable"))->isHidden());
        QCOMPARE(s.chart()->scoreSeries()->count(), 0);
        QVERIFY(!s.child<QPushButton>(QStringLiteral("saveChartButton"))->isEnabled());
        QVERIFY(!s.child<QPushButton>(QStringLiteral("recordHealthButton"))->isEnabled());
        QCOMPARE(s.child<QDateEdit>(QStringLiteral("healthDateEdit"))->date(), QDate(2026, 11, 23));
    }

    void recordThroughThePanelWithUndo()
    {
        Shown s;
        QVERIFY(s.setUp());
        QSignalSpy changed(&s.session, &BookSession::healthChanged);
        // Usage, adoption and outcomes at their green edges: 65 % of the weight, each scoring 70.
        s.type(QStringLiteral("usage"), QStringLiteral("60"));
        s.type(QStringLiteral("adoption"), QStringLiteral("50"));
        s.type(QStringLiteral("outcomes"), QStringLiteral("90"));
        s.child<QDateEdit>(QStringLiteral("healthDateEdit"))->setDate(QDate(2026, 11, 1));
        auto *record = s.child<QPushButton>(QStringLiteral("recordHealthButton"));
        QVERIFY(record->isEnabled());
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(s.history().size(), 1);
        QCOMPARE(s.history()[0].scoredOn, date("2026-11-01"));
        QCOMPARE(s.history()[0].score, 70.0);
        QCOMPARE(s.history()[0].band, Band::Green);
        QVERIFY(s.child<QLabel>(QStringLiteral("healthBandLabel"))->text().contains(QStringLiteral("Green")));
        QVERIFY(s.child<QLabel>(QStringLiteral("healthIncompleteLabel"))->isHidden());
        QVERIFY(s.child(QStringLiteral("measureEdit_usage"))->text().isEmpty());   // cleared
        QCOMPARE(s.view->healthPanel()->explainModel()->rowCount(), 7);
        QCOMPARE(s.chart()->scoreSeries()->count(), 1);
        QCOMPARE(AccountRepository(*s.session.book()).get(s.id)->healthBand, std::optional(Band::Green));

        // Over the same date: usage falls to 10 (its score 13.3) → (30×13.3 + 15×70 + 20×70) / 65.
        s.type(QStringLiteral("usage"), QStringLiteral("10"));
        s.child<QDateEdit>(QStringLiteral("healthDateEdit"))->setDate(QDate(2026, 11, 1));
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(s.history().size(), 1);
        QCOMPARE(s.history()[0].band, Band::Yellow);
        QCOMPARE(s.session.undoStack()->count(), 2);

        s.session.undoStack()->undo();
        QCOMPARE(s.history()[0].score, 70.0);
        QVERIFY(s.child<QLabel>(QStringLiteral("healthBandLabel"))->text().contains(QStringLiteral("Green")));
        s.session.undoStack()->undo();
        QVERIFY(s.history().isEmpty());
        QCOMPARE(scalar(*s.session.book(), QStringLiteral("SELECT count(*) FROM health_measure")), 0);
        QVERIFY(!AccountRepository(*s.session.book()).get(s.id)->healthScore);
        QCOMPARE(s.child<QLabel>(QStringLiteral("healthSummaryLabel"))->text(), QStringLiteral("No health score yet"));
        s.session.undoStack()->redo();
        s.session.undoStack()->redo();
        QCOMPARE(s.history().size(), 1);
        QCOMPARE(s.history()[0].band, Band::Yellow);
        QCOMPARE(changed.size(), 6);
    }

    void refusedValueKeepsTheBook()
    {
        Shown s;
        QVERIFY(s.setUp());
        QSignalSpy errors(&s.session, &BookSession::errorOccurred);
        // The date edit cannot go past today; the core refuses it as well.
        auto update = s.session.recordHealth(s.id, date("2026-11-30"), {QStringLiteral("usage=50")});
        QVERIFY(!update);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(s.session.undoStack()->count(), 0);
        QVERIFY(s.history().isEmpty());
        // Out of range: the validator keeps "Record" off.
        s.type(QStringLiteral("nps"), QStringLiteral("11"));
        QVERIFY(!s.child<QPushButton>(QStringLiteral("recordHealthButton"))->isEnabled());
    }

    void chartSeriesAndImages()
    {
        Shown s;
        QVERIFY(s.setUp());
        QVERIFY(s.record("2026-03-01", {QStringLiteral("usage=80"), QStringLiteral("adoption=60"), QStringLiteral("outcomes=100")}));
        QVERIFY(s.record("2026-05-01", {QStringLiteral("usage=40")}));
        QVERIFY(s.record("2026-07-01", {QStringLiteral("usage=15"), QStringLiteral("outcomes=40")}));
        QCOMPARE(s.chart()->scoreSeries()->count(), 3);
        QCOMPARE(s.chart()->scoreSeries()->at(2).y(), s.history()[2].score);
        int areas = 0;
        int stageLines = 0;
        for (QAbstractSeries *series : s.chart()->chart()->series()) {
            if (qobject_cast<QAreaSeries *>(series))
                ++areas;
            if (series->objectName() == QLatin1String("stageLine"))
                ++stageLines;
        }
        QCOMPARE(areas, 3);
        QCOMPARE(stageLines, 1);   // the move to adoption on 2026-04-01; onboarding is before
        const auto red = qobject_cast<QAreaSeries *>(s.chart()->chart()->series().constFirst());
        QCOMPARE(red->upperSeries()->at(0).y(), 40.0);

        // Hovering the line tells the nearest score's date, value and band: the mouse moved
        // onto the line an hour after the second score; moved off it, the tip goes.
        QVERIFY(QTest::qWaitForWindowExposed(s.view.get()));
        QChart *chart = s.chart()->chart();
        const QPointF second = s.chart()->scoreSeries()->at(1);
        const QPoint onLine = s.chart()->mapFromScene(
            chart->mapToScene(chart->mapToPosition(second + QPointF(3600000, 0), s.chart()->scoreSeries())));
        QVERIFY(s.chart()->viewport()->rect().contains(onLine));
        QTest::mouseMove(s.chart()->viewport(), onLine);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QLocale().toString(s.history()[1].score, 'f', 1)));
        QVERIFY(QToolTip::text().contains(Scorecard::bandLabel(s.history()[1].band)));
        QTest::mouseMove(s.chart()->viewport(), onLine - QPoint(0, 40));
        QTRY_VERIFY(!QToolTip::isVisible());

        QVERIFY(!s.chart()->grab().isNull());
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(s.chart()->saveImage(png));
        QVERIFY(s.chart()->saveImage(svg));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("<?xml") || text.contains("<svg"));
        QVERIFY(s.chart()->saveImage(dir.filePath(QStringLiteral("chart.pdf"))));
        QFile pdf(dir.filePath(QStringLiteral("chart.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(4) == "%PDF");
        QVERIFY(!s.chart()->saveImage(dir.filePath(QStringLiteral("chart.bmpx"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chart.bmpx"))));
    }

    void alertsView()
    {
        Shown s;
        QVERIFY(s.setUp());
        AlertsView alerts(s.session);
        QAbstractItemModelTester tester(alerts.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        alerts.show();
        QCOMPARE(alerts.model()->rowCount(), 0);
        QVERIFY(s.session.recordHealth(s.id, date("2026-10-01"), {QStringLiteral("usage=60")}));
        auto red = s.session.recordHealth(s.id, date("2026-11-01"), {QStringLiteral("usage=5")});
        QVERIFY(red && red->alert);
        QCOMPARE(alerts.model()->rowCount(), 1);
        QCOMPARE(alerts.model()->index(0, AlertListModel::Reason).data().toString(), QStringLiteral("Fell into red"));
        QCOMPARE(alerts.model()->index(0, AlertListModel::AccountName).data().toString(), QStringLiteral("Kobayashi Foods"));

        // Undoing the recording withdraws its alert; redoing raises it again.
        s.session.undoStack()->undo();
        QCOMPARE(alerts.model()->rowCount(), 0);
        s.session.undoStack()->redo();
        QCOMPARE(alerts.model()->rowCount(), 1);

        // Move to churn prevention from the alert, undoably.
        QSignalSpy open(&alerts, &AlertsView::openAccountRequested);
        QTest::mouseClick(alerts.findChild<QPushButton *>(QStringLiteral("openAlertAccountButton")), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0][0].toLongLong(), s.id);
        auto *move = alerts.findChild<QPushButton *>(QStringLiteral("churnPreventionButton"));
        QVERIFY(move->isEnabled());
        QTest::mouseClick(move, Qt::LeftButton);
        QCOMPARE(AccountRepository(*s.session.book()).get(s.id)->stage, Stage::ChurnPrevention);
        QCOMPARE(alerts.model()->index(0, AlertListModel::StageName).data().toString(),
                 Stages::label(Stage::ChurnPrevention));
        QVERIFY(!move->isEnabled());
        s.session.undoStack()->undo();
        QCOMPARE(AccountRepository(*s.session.book()).get(s.id)->stage, Stage::Adoption);
        QVERIFY(move->isEnabled());

        // Snooze hides it for a week; dismiss closes it.
        const qint64 alertId = alerts.model()->alert(0)->id;
        QTest::mouseClick(alerts.findChild<QPushButton *>(QStringLiteral("snoozeAlertButton")), Qt::LeftButton);
        QCOMPARE(alerts.model()->rowCount(), 0);
        QCOMPARE(HealthRepository(*s.session.book()).openAlerts(date("2026-11-30"))->size(), 1);
        QVERIFY(!alerts.findChild<QLabel *>(QStringLiteral("noAlertsLabel"))->isHidden());
        QVERIFY(s.session.dismissAlert(alertId));
        QCOMPARE(HealthRepository(*s.session.book()).openAlerts(date("2026-11-30"))->size(), 0);
    }

    void dismissRemovesTheAlert()
    {
        Shown s;
        QVERIFY(s.setUp());
        AlertsView alerts(s.session);
        alerts.show();
        QVERIFY(s.session.recordHealth(s.id, date("2026-11-01"), {QStringLiteral("usage=5")}));
        QCOMPARE(alerts.model()->rowCount(), 1);
        QSignalSpy changed(&s.session, &BookSession::alertsChanged);
        QTest::mouseClick(alerts.findChild<QPushButton *>(QStringLiteral("dismissAlertButton")), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(alerts.model()->rowCount(), 0);
        QCOMPARE(scalar(*s.session.book(), QStringLiteral("SELECT count(*) FROM health_alert WHERE status = 'dismissed'")), 1);
    }

    void tableShowsAndFiltersHealth()
    {
        BookFixture f;
        QVERIFY(fillDemo(*f.book, 300));
        f.book.reset();
        BookSession session;
        QVERIFY(session.open(f.path));
        AccountsView view(session);
        view.show();
        AccountTableModel *model = view.model();
        const qint64 reds = scalar(*session.book(), QStringLiteral("SELECT count(*) FROM account WHERE health_band = 'red'"));
        QVERIFY(reds > 0);

        auto *combo = view.filterBar()->findChild<QComboBox *>(QStringLiteral("healthFilter"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4);
        combo->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(combo, Qt::Key_Down);   // "Red"
        QCOMPARE(view.filterBar()->filter().health, std::optional(Band::Red));
        QCOMPARE(qint64(model->rowCount()), reds);
        const QModelIndex cell = model->index(0, AccountTableModel::Health);
        // The score with its band ("38 Red"), as the table sorts by the score.
        const qint64 score = scalar(*session.book(), QStringLiteral("SELECT round(health_score) FROM account WHERE id = %1")
                                                         .arg(model->accountId(0)));
        QCOMPARE(cell.data().toString(), QStringLiteral("%1 Red").arg(score));
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Health score")));

        QTest::keyClick(combo, Qt::Key_Up);   // all bands again
        QCOMPARE(model->rowCount(), 300);
        model->sort(AccountTableModel::Health, Qt::DescendingOrder);
        QCOMPARE(model->accountId(0),
                 scalar(*session.book(), QStringLiteral("SELECT id FROM account ORDER BY health_score DESC, id DESC LIMIT 1")));
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestHealthPanel)
#include "tst_health_panel.moc"
