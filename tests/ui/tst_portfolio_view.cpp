// SPDX-License-Identifier: MIT
#include "../FakeToday.h"
#include "../core/PortfolioFixture.h"
#include "Modal.h"
#include "UserInput.h"

#include "accounts/AccountTableModel.h"
#include "accounts/AccountsView.h"
#include "metrics/CohortHeatmap.h"
#include "metrics/KpiTiles.h"
#include "metrics/PortfolioChart.h"
#include "metrics/PeriodRangeDialog.h"
#include "accounts/OptionalDateEdit.h"
#include "metrics/PortfolioPdf.h"
#include "common/Formatting.h"
#include "metrics/KpiSettings.h"
#include "metrics/PortfolioView.h"
#include "settings/ChurnReasonPage.h"
#include "settings/KpiPage.h"
#include "window/MainWindow.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QDoubleSpinBox>
#include <QTest>
#include <QToolButton>
#include <QApplication>

using namespace csw;
using namespace portfoliotest;

namespace {

// The bar sets of the first bar series of `chart`, by label.
QBarSet *barSet(PortfolioChart *chart, const QString &label)
{
    for (QAbstractSeries *series : chart->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->label() == label)
                    return set;
            }
        }
    }
    return nullptr;
}

// Clicks bar `index` of `set` in `chart` as a person does: the chart scrolled into sight, the
// mouse on the middle of the bar as drawn. Whether Qt Charts took it for a click on that bar
// (a bar of no height cannot be clicked).
bool clickBar(PortfolioChart *chart, QBarSet *set, int index)
{
    QAbstractBarSeries *series = nullptr;
    for (QAbstractSeries *candidate : chart->chart()->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(candidate);
        if (bars && bars->barSets().contains(set))
            series = bars;
    }
    if (!series || index < 0 || index >= set->count() || set->at(index) <= 0)
        return false;
    // Where the middle of the bar is in the series' values: a category's bars side by side
    // within its bar width, or stacked on the sets before.
    const QList<QBarSet *> sets = series->barSets();
    const qsizetype position = sets.indexOf(set);
    QPointF middle(index, set->at(index) / 2);
    if (series->type() == QAbstractSeries::SeriesTypeStackedBar) {
        for (qsizetype below = 0; below < position; ++below)
            middle.ry() += sets[below]->at(index);
    } else if (series->type() == QAbstractSeries::SeriesTypeBar) {
        const qreal width = series->barWidth() / qreal(sets.size());
        middle.rx() += -series->barWidth() / 2 + (qreal(position) + 0.5) * width;
    } else {
        return false;
    }
    for (QWidget *parent = chart->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(chart);
            break;
        }
    }
    QApplication::processEvents();   // the chart laid out at its size
    QChart *drawn = chart->chart();
    const QPoint at = chart->mapFromScene(drawn->mapToScene(drawn->mapToPosition(middle, series)));
    if (!chart->isVisible() || !chart->viewport()->rect().contains(at))
        return false;
    QSignalSpy clicked(set, &QBarSet::clicked);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
    return clicked.count() == 1 && clicked.at(0).at(0).toInt() == index;
}

#define COMPARE_SHARE(actual, expected) QVERIFY((actual) && qAbs(*(actual) - (expected)) < 1e-9)

QStringList categories(PortfolioChart *chart)
{
    for (QAbstractAxis *axis : chart->chart()->axes(Qt::Horizontal)) {
        if (auto *category = qobject_cast<QBarCategoryAxis *>(axis))
            return category->categories();
    }
    return {};
}

QString tileText(PortfolioView &view, const QString &key, const char *part)
{
    auto *tile = view.tiles()->findChild<QFrame *>(QStringLiteral("tile_") + key);
    if (!tile)
        return QStringLiteral("(no tile %1)").arg(key);
    auto *label = tile->findChild<QLabel *>(QLatin1String(part));
    return label ? label->text() : QStringLiteral("(no label)");
}

bool waitForFigures(PortfolioView &view)
{
    return QTest::qWaitFor([&] { return !view.isComputing() && view.data().has_value(); }, 20000);
}

// A book of PortfolioFixture.h, shown in a portfolio view for FY2026.
struct Shown
{
    PortfolioBook fixture;
    PortfolioView view;

    bool setUp()
    {
        view.resize(1300, 900);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        view.showBook(fixture.book.get());
        return view.isComputing() && waitForFigures(view);
    }
};

} // namespace

// The Portfolio view on a hand-worked book: tiles, chart series, filters, the accounts behind a
// bar, saved charts and the printed report; and the window that opens those accounts.
class TestPortfolioView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("csworkbench-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    // FY2026 to date (2026-11-23) against FY2025's same stretch (to 2025-11-23). At FY2026's
    // start A, B, C, E, F were active (4,700,000); E and F churn (1,200,000); D is new; A, B,
    // C, D are active at the end. On 2025-11-23 only E and F were active.
    void tilesForTheFiscalYear()
    {
        Shown s;
        QVERIFY(s.setUp());
        QCOMPARE(s.view.period(), Period::fiscalYear(2026, 4));
        QCOMPARE(tileText(s.view, u"accounts"_qs, "value"), u"4"_qs);
        QCOMPARE(tileText(s.view, u"accounts"_qs, "change"), u"+2"_qs);   // 2 on 2025-11-23
        QCOMPARE(tileText(s.view, u"new"_qs, "value"), u"1"_qs);
        QCOMPARE(tileText(s.view, u"churned"_qs, "value"), u"2"_qs);      // of the 5 at the start
        QCOMPARE(tileText(s.view, u"newChurned"_qs, "value"), u"0"_qs);   // D started and stayed
        QCOMPARE(tileText(s.view, u"logoChurn"_qs, "value"), u"40.0 %"_qs);
        QCOMPARE(tileText(s.view, u"logoChurn"_qs, "change"), u"n/a"_qs);   // none active before
        QCOMPARE(tileText(s.view, u"grr"_qs, "value"), u"74.5 %"_qs);       // 3.5M / 4.7M
        QCOMPARE(tileText(s.view, u"churnedArr"_qs, "value"), u"¥1,200,000"_qs);
        QVERIFY(s.view.tiles()->findChild<QFrame *>(u"tile_grr"_qs)->toolTip().contains(u"FY2025, same stretch"_qs));
        QVERIFY2(s.view.tiles()->findChild<QFrame *>(u"tile_logoChurn"_qs)->toolTip().contains(
                     u"2 of the 5 accounts at the start churned"_qs),
                 qPrintable(s.view.tiles()->findChild<QFrame *>(u"tile_logoChurn"_qs)->toolTip()));
        QCOMPARE(tileText(s.view, u"revenueChurn"_qs, "value"), u"25.5 %"_qs);   // 1.2M / 4.7M
        QCOMPARE(tileText(s.view, u"earlyChurn"_qs, "value"), u"0"_qs);   // E and F after 14 and 17 months
        QCOMPARE(s.view.tiles()->figures().size(), 20);
    }

    void chartSeries()
    {
        Shown s;
        QVERIFY(s.setUp());
        PortfolioChart *health = s.view.chart(u"healthByCsm"_qs);
        QVERIFY(health);
        QCOMPARE(categories(health), (QStringList{u"Sato"_qs, u"Tanaka"_qs}));
        const QList<std::pair<QString, QList<qreal>>> expected = {
            {u"Red"_qs, {1, 0}}, {u"Yellow"_qs, {0, 1}}, {u"Green"_qs, {1, 0}}, {u"No score"_qs, {0, 1}}};
        for (const auto &[label, values] : expected) {
            QBarSet *set = barSet(health, label);
            QVERIFY2(set, qPrintable(label));
            QCOMPARE(set->count(), 2);
            QCOMPARE(set->at(0), values[0]);
            QCOMPARE(set->at(1), values[1]);
        }
        // ARR by stage in yen (small amounts stay in units): adoption A + B.
        QBarSet *arr = barSet(s.view.chart(u"arrByStage"_qs), u"ARR"_qs);
        QCOMPARE(arr->at(1), 1'500'000.0);
        QCOMPARE(arr->at(3), 2'000'000.0);
        // Renewals within 90 days: C (churn prevention) and A (red) at risk, B not.
        PortfolioChart *windows = s.view.chart(u"renewalWindows"_qs);
        QCOMPARE(barSet(windows, u"ARR at risk"_qs)->at(2), 3'000'000.0);
        QCOMPARE(barSet(windows, u"Other ARR"_qs)->at(2), 500'000.0);
        QCOMPARE(barSet(s.view.chart(u"renewalMonths"_qs), u"ARR at risk"_qs)->count(), 12);
        // Each title says what its figures are of: today for the book as it is, the period for
        // what happened in it (as the tiles), its own span for a trend.
        QCOMPARE(s.view.chart(u"arrByStage"_qs)->chart()->title(),
                 u"ARR by lifecycle stage, as of %1"_qs.arg(Formatting::date(date("2026-11-23"))));
        QVERIFY(s.view.chart(u"churnByPlan"_qs)->chart()->title().startsWith(u"Churn by plan, FY2026"_qs));
        const QString months = s.view.chart(u"renewalMonths"_qs)->chart()->title();
        QVERIFY2(months.contains(u"Nov 2026 – Oct 2027"_qs), qPrintable(months));   // 2026年11月〜2027年10月 in Japanese
        QCOMPARE(barSet(s.view.chart(u"churnByPlan"_qs), u"Churned ARR"_qs)->at(0), 800'000.0);
        QCOMPARE(categories(s.view.chart(u"churnBySource"_qs)),
                 (QStringList{u"Webinar"_qs, u"Referral"_qs}));
        // Why they left: the fixture's churns were recorded without a category, stacked by source.
        QCOMPARE(categories(s.view.chart(u"churnReasons"_qs)), (QStringList{u"(no reason chosen)"_qs}));
        QCOMPARE(barSet(s.view.chart(u"churnReasons"_qs), u"Webinar"_qs)->count(), 1);
        QCOMPARE(categories(s.view.chart(u"churnReasonsByPlan"_qs)), (QStringList{u"(no reason chosen)"_qs}));
        QBarSet *onboarding = barSet(s.view.chart(u"onboarding"_qs), u"Median days"_qs);
        QCOMPARE(onboarding->count(), 8);
        QCOMPARE(onboarding->at(4), 30.0);   // 2026-Q1: A 30, B 40, C 20
        // The retention trend: 12 months of GRR and NRR.
        const auto lines = s.view.chart(u"retentionTrend"_qs)->chart()->series();
        QCOMPARE(lines.size(), 2);
        auto *grr = qobject_cast<QLineSeries *>(lines.at(0));
        auto *nrr = qobject_cast<QLineSeries *>(lines.at(1));
        QVERIFY(grr && nrr);
        QVERIFY(grr->color() != nrr->color());   // told apart by colour, line and marker
        QCOMPARE(grr->pen().style(), Qt::SolidLine);
        QCOMPARE(nrr->pen().style(), Qt::DashLine);
        QVERIFY(!nrr->lightMarker().isNull());
        QCOMPARE(categories(s.view.chart(u"retentionTrend"_qs)).size(), 12);
    }

    // Preferences ▸ KPIs: a new fiscal year start is stored in the book and the Portfolio reads
    // its years from it at once; unchanged settings store nothing.
    void theKpiPageMovesTheFiscalYear()
    {
        Shown s;
        QVERIFY(s.setUp());
        QCOMPARE(s.view.period().first(), date("2026-04-01"));
        KpiPage page(s.fixture.book.get());
        QCOMPARE(page.fiscalStartCombo()->currentData().toInt(), 4);
        QCOMPARE(*page.save(), false);   // nothing changed
        page.fiscalStartCombo()->setCurrentIndex(0);   // January
        page.marginSpin()->setValue(72.5);
        QCOMPARE(*page.save(), true);
        const auto stored = KpiSettings::load(*s.fixture.book);
        QCOMPARE(stored->fiscalYearStartMonth, 1);
        QCOMPARE(stored->grossMarginPercent, 72.5);
        s.view.settingsChanged(s.fixture.book.get());
        QCOMPARE(s.view.period().first(), date("2026-01-01"));
        QVERIFY(waitForFigures(s.view));
        // Early churn within 18 months: E (14 months) and F (17) now count, and the tile says so.
        QCOMPARE(page.earlyChurnSpin()->value(), 6);
        page.earlyChurnSpin()->setValue(18);
        QCOMPARE(*page.save(), true);
        QCOMPARE(KpiSettings::load(*s.fixture.book)->earlyChurnMonths, 18);
        s.view.settingsChanged(s.fixture.book.get());
        QVERIFY(waitForFigures(s.view));
        QCOMPARE(tileText(s.view, u"earlyChurn"_qs, "value"), u"2"_qs);
    }

    // Preferences ▸ Churn Reasons: a relabelled, a retired and an added reason are stored all
    // together; a bad new code is refused with its row and nothing is stored.
    void theChurnReasonPageEditsTheList()
    {
        Shown s;
        QVERIFY(s.setUp());
        ChurnReasonPage page(s.fixture.book.get());
        QTableWidget *table = page.table();
        QCOMPARE(table->rowCount(), 7);
        QCOMPARE(*page.save(), false);
        table->item(0, ChurnReasonPage::English)->setText(u"Too expensive"_qs);
        table->item(6, ChurnReasonPage::Offered)->setCheckState(Qt::Unchecked);
        page.addRow();
        table->item(7, ChurnReasonPage::Code)->setText(u"Bad Code"_qs);
        table->item(7, ChurnReasonPage::Japanese)->setText(u"契約条件"_qs);
        table->item(7, ChurnReasonPage::English)->setText(u"Contract terms"_qs);
        const auto refused = page.save();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"row 8"_qs), qPrintable(refused.error().message));
        QCOMPARE(ChurnReasons(*s.fixture.book).find(u"price"_qs)->value().labelEn, u"Price"_qs);   // all or nothing
        table->item(7, ChurnReasonPage::Code)->setText(u"contract-terms"_qs);
        QCOMPARE(*page.save(), true);
        const auto offered = *ChurnReasons(*s.fixture.book).list();
        QCOMPARE(offered.size(), 7);
        QCOMPARE(offered.first().labelEn, u"Too expensive"_qs);
        QCOMPARE(offered.last().code, u"contract-terms"_qs);
        QCOMPARE(ChurnReasons(*s.fixture.book).find(u"other"_qs)->value().retired, true);
        QCOMPARE(table->rowCount(), 8);
    }

    // Preferences ▸ KPIs ▸ Show revenue as MRR: the tiles and the charts show money per month
    // and say so; LTV stays a lifetime's.
    void revenuePerMonth()
    {
        Shown s;
        QVERIFY(s.setUp());
        const QString yearly = tileText(s.view, u"startArr"_qs, "value");
        const QString ltv = tileText(s.view, u"ltv"_qs, "value");
        KpiPage page(s.fixture.book.get());
        page.revenueCombo()->setCurrentIndex(page.revenueCombo()->findData(true));
        QCOMPARE(*page.save(), true);
        QCOMPARE(KpiSettings::load(*s.fixture.book)->revenue, RevenueView{true});
        Formatting::setRevenueView(RevenueView{true});
        s.view.settingsChanged(s.fixture.book.get());
        QVERIFY(waitForFigures(s.view));
        const Minor startArr = s.view.data()->current.counts.startArr;
        QCOMPARE(tileText(s.view, u"startArr"_qs, "value"),
                 Formatting::money(RevenueView{true}.shown(startArr), s.fixture.book->currency()));
        QVERIFY(tileText(s.view, u"startArr"_qs, "value") != yearly);
        QCOMPARE(tileText(s.view, u"startArr"_qs, "label"), u"Start MRR"_qs);
        QCOMPARE(tileText(s.view, u"ltv"_qs, "value"), ltv);
        QCOMPARE(barSet(s.view.chart(u"arrByStage"_qs), u"MRR"_qs)->at(1), 125'000.0);   // 1,500,000 a year
        Formatting::setRevenueView({});
    }

    void filtersChangeTheFigures()
    {
        Shown s;
        QVERIFY(s.setUp());
        auto *csm = s.view.findChild<QComboBox *>(u"csmFilter"_qs);
        QVERIFY(csm);
        const int tanaka = csm->findData(u"Tanaka"_qs);
        QVERIFY(tanaka > 0);
        QVERIFY(chooseItem(csm, tanaka));   // clicked open, Tanaka picked in its list
        QVERIFY(s.view.isComputing());
        QVERIFY(waitForFigures(s.view));
        QCOMPARE(s.view.scope().csm, u"Tanaka"_qs);
        QCOMPARE(tileText(s.view, u"accounts"_qs, "value"), u"2"_qs);   // C and D
        QCOMPARE(categories(s.view.chart(u"healthByCsm"_qs)), QStringList{u"Tanaka"_qs});

        // All CSMs again, and back a year by the previous-period button: FY2025, when A, B, C,
        // E, F were new.
        QVERIFY(chooseItem(csm, 0));
        QVERIFY(waitForFigures(s.view));
        auto *previous = s.view.findChild<QToolButton *>(u"previousPeriod"_qs);
        QTest::mouseClick(previous, Qt::LeftButton);
        QVERIFY(waitForFigures(s.view));
        QCOMPARE(s.view.period(), Period::fiscalYear(2025, 4));
        QCOMPARE(tileText(s.view, u"new"_qs, "value"), u"5"_qs);

        // A quarter of the fiscal year: the one holding the year's end, FY2025-Q4 (2026-01..03).
        auto *kind = s.view.findChild<QComboBox *>(u"periodKind"_qs);
        QVERIFY(chooseItem(kind, kind->findData(int(Period::Kind::FiscalQuarter))));
        QVERIFY(waitForFigures(s.view));
        QCOMPARE(s.view.period(), Period::fiscalQuarter(2025, 4, 4));
        QCOMPARE(tileText(s.view, u"new"_qs, "value"), u"3"_qs);
    }

    // "Custom range…" asks for a first and last day; a range that ends before it starts is
    // refused in the dialog; Cancel keeps the period shown; the arrows step by its length.
    void aCustomRange()
    {
        Shown s;
        QVERIFY(s.setUp());
        auto *kind = s.view.findChild<QComboBox *>(u"periodKind"_qs);
        const int custom = kind->findData(int(Period::Kind::Range));
        QVERIFY(custom > 0);
        const Period before = s.view.period();
        // "Custom range…" picked in the combo; the dialog it opens given `first` and `last`
        // and OK; if OK is refused, the refusal is noted and the dialog cancelled.
        bool seen = false, picked = false, accepted = false;
        QString refusal;
        const auto choose = [&](const char *first, const char *last) {
            whenModal<PeriodRangeDialog>(seen, [&, first, last](PeriodRangeDialog *dialog) {
                dialog->firstEdit()->setOptionalDate(date(first));
                dialog->lastEdit()->setOptionalDate(date(last));
                dialog->accept();
                refusal = dialog->errorText();
                accepted = dialog->result() == QDialog::Accepted && !dialog->isVisible();
                if (!accepted)
                    dialog->reject();
            });
            picked = chooseItem(kind, custom);
        };
        choose("2026-06-30", "2026-04-01");
        QVERIFY(picked);
        QVERIFY(seen);
        QVERIFY(!accepted);
        QVERIFY2(refusal.contains(u"ends before it starts"_qs), qPrintable(refusal));
        QCOMPARE(s.view.period(), before);
        QCOMPARE(kind->currentData().toInt(), int(before.kind()));

        choose("2026-04-01", "2026-09-30");
        QVERIFY(picked);
        QVERIFY(seen);
        QVERIFY(accepted);
        QVERIFY(waitForFigures(s.view));
        QCOMPARE(s.view.period(), *Period::range(date("2026-04-01"), date("2026-09-30")));
        QCOMPARE(s.view.data()->request.period, s.view.period());
        QCOMPARE(kind->currentIndex(), custom);
        QCOMPARE(s.view.findChild<QLabel *>(u"periodLabel"_qs)->text(), u"2026-04-01 to 2026-09-30"_qs);
        s.view.findChild<QToolButton *>(u"nextPeriod"_qs)->click();
        QVERIFY(waitForFigures(s.view));
        QCOMPARE(s.view.period(), *Period::range(date("2026-10-01"), date("2027-03-31")));
        s.view.findChild<QToolButton *>(u"previousPeriod"_qs)->click();
        s.view.findChild<QToolButton *>(u"previousPeriod"_qs)->click();
        QVERIFY(waitForFigures(s.view));
        QCOMPARE(s.view.period(), *Period::range(date("2025-10-01"), date("2026-03-31")));
    }

    // The cohort heat map: a row per start month over the last 18, oldest at the top, each
    // cell the share still active k months after the start. E began 2025-05-01 and churned
    // 2026-06-30: still there 13 months on, gone at 14. It is drawn in the chart's image.
    void cohortHeatMap()
    {
        Shown s;
        QVERIFY(s.setUp());
        PortfolioChart *chart = s.view.chart(u"cohorts"_qs);
        QVERIFY(chart);
        CohortHeatmap *map = nullptr;
        for (QGraphicsItem *item : chart->chart()->childItems()) {
            if (auto *found = qobject_cast<CohortHeatmap *>(item->toGraphicsObject()))
                map = found;
        }
        QVERIFY(map);
        const auto &rows = map->values();
        QCOMPARE(rows.size(), 19);   // 2025-05 to 2026-11
        QCOMPARE(rows.constFirst().size(), 19);   // months 0 to 18
        COMPARE_SHARE(rows[0].value(13), 1.0);
        COMPARE_SHARE(rows[0].value(14), 0.0);
        QCOMPARE(rows[0].value(18), std::nullopt);   // not reached yet
        QCOMPARE(categories(chart).size(), 19);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"cohorts.png"_qs);
        QVERIFY(chart->saveImage(png));
        QVERIFY(!QImage(png).isNull());
        // The ARR map beside it: the share of each cohort's starting ARR still held.
        CohortHeatmap *arrMap = nullptr;
        for (QGraphicsItem *item : s.view.chart(u"cohortsArr"_qs)->chart()->childItems()) {
            if (auto *found = qobject_cast<CohortHeatmap *>(item->toGraphicsObject()))
                arrMap = found;
        }
        QVERIFY(arrMap);
        QCOMPARE(arrMap->values().size(), 19);
        QCOMPARE(arrMap->values().constFirst(), s.view.data()->cohorts.constFirst().arr);
        QCOMPARE(CohortHeatmap::colour(1.0), CohortHeatmap::colour(1.3));   // more than kept: green
        QVERIFY(CohortHeatmap::colour(0.0) != CohortHeatmap::colour(1.0));
    }

    void barsAskForTheirAccounts()
    {
        Shown s;
        QVERIFY(s.setUp());
        QSignalSpy asked(&s.view, &PortfolioView::accountsRequested);
        // Sato's red bar clicked.
        PortfolioChart *health = s.view.chart(u"healthByCsm"_qs);
        QVERIFY(clickBar(health, barSet(health, u"Red"_qs), 0));
        QCOMPARE(asked.size(), 1);
        auto filter = asked.takeFirst().at(0).value<AccountFilter>();
        QCOMPARE(filter.csm, u"Sato"_qs);
        QCOMPARE(filter.health, std::optional<Band>(Band::Red));

        PortfolioChart *stages = s.view.chart(u"arrByStage"_qs);
        QVERIFY(clickBar(stages, barSet(stages, u"ARR"_qs), 3));
        QCOMPARE(asked.size(), 1);
        filter = asked.takeFirst().at(0).value<AccountFilter>();
        QCOMPARE(filter.stage, std::optional<Stage>(Stage::ChurnPrevention));

        PortfolioChart *plans = s.view.chart(u"churnByPlan"_qs);
        QVERIFY(clickBar(plans, barSet(plans, u"Churned ARR"_qs), 0));
        QCOMPARE(asked.size(), 1);
        filter = asked.takeFirst().at(0).value<AccountFilter>();
        QCOMPARE(filter.plan, u"Enterprise"_qs);
        QCOMPARE(filter.stage, std::optional<Stage>(Stage::Churned));
        QCOMPARE(filter.churnedFrom, std::optional<Date>(date("2026-04-01")));
        QCOMPARE(filter.churnedTo, std::optional<Date>(date("2026-11-23")));   // FY2026 to date

        // Renewals in the next 30 days are all at risk (the other ARR's bar has no height
        // there); in the next 60, the other ARR's bar asks for that window's accounts.
        PortfolioChart *windows = s.view.chart(u"renewalWindows"_qs);
        QVERIFY(clickBar(windows, barSet(windows, u"ARR at risk"_qs), 0));
        QCOMPARE(asked.size(), 1);
        filter = asked.takeFirst().at(0).value<AccountFilter>();
        QCOMPARE(filter.renewalFrom, std::optional<Date>(date("2026-11-23")));
        QCOMPARE(filter.renewalTo, std::optional<Date>(date("2026-12-23")));
        QVERIFY(clickBar(windows, barSet(windows, u"Other ARR"_qs), 1));
        QCOMPARE(asked.size(), 1);
        filter = asked.takeFirst().at(0).value<AccountFilter>();
        QCOMPARE(filter.renewalFrom, std::optional<Date>(date("2026-11-23")));
        QCOMPARE(filter.renewalTo, std::optional<Date>(date("2027-01-22")));

        // The onboarding chart has nothing to open: its 2026-Q1 bar clicked asks for nothing.
        PortfolioChart *onboarding = s.view.chart(u"onboarding"_qs);
        QVERIFY(clickBar(onboarding, barSet(onboarding, u"Median days"_qs), 4));
        QCOMPARE(asked.size(), 0);
    }

    void savesChartsAndPrintsTheReport()
    {
        Shown s;
        QVERIFY(s.setUp());
        QTemporaryDir out;
        PortfolioChart *health = s.view.chart(u"healthByCsm"_qs);
        const QString png = out.filePath(u"health.png"_qs), svg = out.filePath(u"health.svg"_qs);
        QVERIFY(health->saveImage(png));
        QVERIFY(health->saveImage(svg));
        QVERIFY(!health->saveImage(out.filePath(u"health.gif"_qs)));
        QVERIFY(!QImage(png).isNull());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.size() > 1000);

        const QString pdf = out.filePath(u"portfolio.pdf"_qs);
        QVERIFY(s.view.printReport(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromLatin1(pdfFile.readAll());
        QVERIFY(text.startsWith(u"%PDF"_qs));
        // A first page with the KPIs, then the charts two to a page (the heat map alone).
        const qsizetype pages = text.count(QRegularExpression(u"/Type\\s*/Page(?!s)"_qs));
        QCOMPARE(pages, qsizetype(PortfolioPdf::pageCount(s.view.charts().size())));
        QCOMPARE(pages, 8);
        QVERIFY(!s.view.printReport(out.filePath(u"no/such/folder/report.pdf"_qs)));
    }

    // In the window: Ctrl+4's view opens the accounts behind a bar in the Accounts view.
    void windowOpensTheAccountsBehindABar()
    {
        PortfolioBook fixture;
        const QString path = fixture.path;
        fixture.book.reset();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openBook(path));
        window.showView(MainWindow::Portfolio);
        PortfolioView *view = window.portfolioView();
        QVERIFY(waitForFigures(*view));
        PortfolioChart *health = view->chart(u"healthByCsm"_qs);
        QVERIFY(clickBar(health, barSet(health, u"Yellow"_qs), 1));   // Tanaka's C
        QCOMPARE(window.currentView(), int(MainWindow::Accounts));
        AccountTableModel *model = window.accountsView()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), u"C"_qs);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestPortfolioView)
#include "tst_portfolio_view.moc"
