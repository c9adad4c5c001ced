// SPDX-License-Identifier: MIT
#include "metrics/PortfolioView.h"

#include "accounts/SegmentChooser.h"
#include "book/Book.h"
#include "common/Formatting.h"
#include "metrics/KpiTiles.h"
#include "metrics/PeriodRangeDialog.h"
#include "metrics/PortfolioChart.h"
#include "metrics/PortfolioCharts.h"
#include "metrics/PortfolioLoader.h"
#include "metrics/PortfolioPdf.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace csw {

namespace {
constexpr int ChartColumns = 2;

// The period of `kind` that holds `day`.
Period periodOf(Period::Kind kind, const Date &day, int fiscalStart)
{
    switch (kind) {
    case Period::Kind::Month: return Period::month(day.year(), day.month());
    case Period::Kind::FiscalQuarter: return Period::fiscalQuarterOf(day, fiscalStart);
    default: return Period::fiscalYearOf(day, fiscalStart);
    }
}
} // namespace

PortfolioView::PortfolioView(QWidget *parent)
    : QWidget(parent), m_csm(new QComboBox(this)), m_touch(new QComboBox(this)), m_segment(new SegmentChooser(this)),
      m_periodKind(new QComboBox(this)), m_previous(new QToolButton(this)),
      m_periodLabel(new QLabel(this)), m_next(new QToolButton(this)),
      m_trendStep(new QComboBox(this)), m_status(new QLabel(this)),
      m_print(new QPushButton(tr("Print Report…"), this)), m_heading(new QLabel(this)),
      m_tiles(new KpiTiles(this)), m_loader(new PortfolioLoader(this))
{
    auto *bar = new QGridLayout;
    buildFilters(bar);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_tiles);
    // The charts: one per entry of PortfolioCharts::all(), two to a row.
    auto *grid = new QGridLayout;
    const QList<PortfolioChartSpec> specs = PortfolioCharts::all();
    int row = 0, column = 0;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        auto *chart = new PortfolioChart(content);
        chart->setObjectName(specs[i].key);
        chart->chart()->setTitle(specs[i].title);
        connect(chart, &PortfolioChart::accountsRequested, this, &PortfolioView::accountsRequested);
        if (specs[i].wide) {   // a row of its own, twice as tall
            row += column > 0 ? 1 : 0;
            chart->setMinimumHeight(chart->minimumHeight() * 2);
            grid->addWidget(chart, row++, 0, 1, ChartColumns);
            column = 0;
        } else {
            grid->addWidget(chart, row, column);
            if (++column == ChartColumns) {
                column = 0;
                ++row;
            }
        }
        m_charts.append(chart);
    }
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_loader, &PortfolioLoader::progressed, this, &PortfolioView::showData);
    connect(m_loader, &PortfolioLoader::finished, this, &PortfolioView::showData);
    connect(m_loader, &PortfolioLoader::failed, this, &PortfolioView::showFailure);
    showBook(nullptr);
}

PortfolioView::~PortfolioView() = default;

void PortfolioView::buildFilters(QGridLayout *bar)
{
    m_csm->setObjectName(QStringLiteral("csmFilter"));
    m_touch->setObjectName(QStringLiteral("touchFilter"));
    m_periodKind->setObjectName(QStringLiteral("periodKind"));
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_previous->setObjectName(QStringLiteral("previousPeriod"));
    m_next->setObjectName(QStringLiteral("nextPeriod"));
    m_trendStep->setObjectName(QStringLiteral("trendStep"));
    m_status->setObjectName(QStringLiteral("status"));
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setToolTip(tr("Write the portfolio report, as shown, to a PDF file"));

    m_touch->addItem(tr("All touch models"));
    for (const QString &key : Stages::touchKeys()) {
        const Touch touch = *Stages::touchFromKey(key);
        m_touch->addItem(Stages::label(touch), int(touch));
    }
    m_periodKind->addItem(tr("Fiscal year"), int(Period::Kind::FiscalYear));
    m_periodKind->addItem(tr("Quarter"), int(Period::Kind::FiscalQuarter));   // of the fiscal year
    m_periodKind->addItem(tr("Month"), int(Period::Kind::Month));
    m_periodKind->addItem(tr("Custom range…"), int(Period::Kind::Range));
    m_trendStep->addItem(tr("Retention by month"), int(PortfolioRequest::TrendStep::Month));
    m_trendStep->addItem(tr("Retention by quarter"), int(PortfolioRequest::TrendStep::Quarter));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous period"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next period"));
    m_periodLabel->setAlignment(Qt::AlignCenter);

    // Whose accounts on the first row, which period on the second: a 1280-wide window holds both.
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(new QLabel(tr("CSM:"), this));
    scopeRow->addWidget(m_csm);
    scopeRow->addWidget(new QLabel(tr("Touch:"), this));
    scopeRow->addWidget(m_touch);
    scopeRow->addWidget(new QLabel(tr("Segment:"), this));
    scopeRow->addWidget(m_segment);
    scopeRow->addStretch(1);
    scopeRow->addWidget(m_status);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Period:"), this));
    row->addWidget(m_periodKind);
    row->addWidget(m_previous);
    row->addWidget(m_periodLabel);
    row->addWidget(m_next);
    row->addSpacing(12);
    row->addWidget(m_trendStep);
    row->addStretch(1);
    row->addWidget(m_print);
    bar->addLayout(scopeRow, 0, 0);
    bar->addLayout(row, 1, 0);

    for (QComboBox *combo : {m_csm, m_touch, m_trendStep})
        connect(combo, &QComboBox::activated, this, &PortfolioView::refresh);
    connect(m_segment, &SegmentChooser::segmentChosen, this, &PortfolioView::refresh);
    connect(m_periodKind, &QComboBox::activated, this, &PortfolioView::changePeriodKind);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_print, &QPushButton::clicked, this, &PortfolioView::printReportAs);
}

void PortfolioView::settingsChanged(Book *book)
{
    m_bookPath.clear();   // read as a book newly shown: its settings and default period
    m_stale = true;
    showBook(book);
}

void PortfolioView::showBook(Book *book)
{
    m_segment->setBook(book);   // segments may have come or gone: the choice kept while it is there
    if (!book) {
        m_loader->cancel();
        m_bookPath.clear();
        m_data.reset();
        m_stale = true;
        m_heading->setText(tr("No book is open."));
        m_status->clear();
        m_print->setEnabled(false);
        return;
    }
    if (book->path() == m_bookPath && !m_stale)
        return;
    if (book->path() != m_bookPath) {
        m_bookPath = book->path();
        m_bookName = QFileInfo(m_bookPath).fileName();
        m_currency = book->currency();
        const auto settings = KpiSettings::load(*book);
        m_fiscalStart = settings ? settings->fiscalYearStartMonth
                                 : KpiSettings::DefaultFiscalYearStartMonth;
        m_periodKind->setCurrentIndex(0);
        m_period = PortfolioReport::defaultPeriod(Dates::today(), m_fiscalStart);
        m_csm->clear();
    }
    // CSM names may have come or gone: offer the current ones, keeping the choice.
    const QString chosen = m_csm->currentData().toString();
    m_csm->clear();
    m_csm->addItem(tr("All CSMs"));
    if (const auto names = AccountRepository(*book).csms()) {
        for (const QString &name : *names)
            m_csm->addItem(name, name);
    }
    m_csm->setCurrentIndex(std::max(0, m_csm->findData(chosen)));
    refresh();
}

void PortfolioView::invalidate()
{
    m_stale = true;
    if (isVisible() && !m_bookPath.isEmpty())
        refresh();
}

PortfolioScope PortfolioView::scope() const
{
    PortfolioScope scope;
    scope.csm = m_csm->currentData().toString();
    if (m_touch->currentIndex() > 0)
        scope.touch = Touch(m_touch->currentData().toInt());
    scope.segment = m_segment->conditions();
    return scope;
}

void PortfolioView::setPeriod(const Period &period)
{
    m_period = period;
    const int at = m_periodKind->findData(int(period.kind()));
    if (at >= 0)
        m_periodKind->setCurrentIndex(at);
    refresh();
}

void PortfolioView::changePeriodKind()
{
    const auto kind = Period::Kind(m_periodKind->currentData().toInt());
    if (kind == Period::Kind::Range) {
        PeriodRangeDialog dialog(m_period, this);
        if (dialog.exec() == QDialog::Accepted && dialog.period())
            setPeriod(*dialog.period());
        else   // the period shown stays, and so does its kind
            m_periodKind->setCurrentIndex(m_periodKind->findData(int(m_period.kind())));
        return;
    }
    const Date anchor = std::min(m_period.last(), Dates::today());
    setPeriod(periodOf(kind, anchor, m_fiscalStart));
}

void PortfolioView::step(int direction)
{
    setPeriod(direction < 0 ? m_period.previous() : m_period.next());
}

bool PortfolioView::isComputing() const
{
    return m_loader->isBusy();
}

void PortfolioView::refresh()
{
    m_periodLabel->setText(m_period.shownLabel());
    // As wide as the widest label of its kind, as shown: the arrows stay put while stepping.
    const Period widest = m_period.kind() == Period::Kind::Range ? m_period
                          : m_period.kind() == Period::Kind::Month ? Period::month(2026, 12)
                                                                   : Period::fiscalQuarter(2026, 4, m_fiscalStart);
    m_periodLabel->setMinimumWidth(fontMetrics().horizontalAdvance(widest.shownLabel()) + 12);
    m_periodLabel->setToolTip(tr("%1 to %2").arg(Formatting::date(m_period.first()),
                                                Formatting::date(m_period.last())));
    if (m_bookPath.isEmpty())
        return;
    m_stale = false;
    PortfolioRequest request;
    request.period = m_period;
    request.scope = scope();
    request.trendStep = PortfolioRequest::TrendStep(m_trendStep->currentData().toInt());
    request.today = Dates::today();
    m_status->setText(tr("Computing…"));
    if (!m_data)
        m_heading->setText(tr("Computing the portfolio of %1…").arg(m_bookName));
    m_print->setEnabled(false);
    m_loader->start(m_bookPath, request);
}

QString PortfolioView::scopeText() const
{
    const QString csm = m_csm->currentIndex() > 0 ? m_csm->currentText() : tr("all CSMs");
    const QString touch = m_touch->currentIndex() > 0 ? m_touch->currentText() : tr("all touch models");
    if (!m_segment->chosenName().isEmpty())
        return tr("%1, %2, segment %3").arg(csm, touch, m_segment->chosenName());
    return tr("%1, %2").arg(csm, touch);
}

void PortfolioView::showData(const PortfolioData &data)
{
    m_data = data;
    const Period previous = data.request.period.previous();
    m_heading->setText(tr("%1 (%2 to %3) · %4 · changes against %5 (%6 to %7)")
                           .arg(data.request.period.shownLabel(),
                                Formatting::date(data.request.period.first()),
                                Formatting::date(data.request.period.last()), scopeText(),
                                previous.shownLabel(), Formatting::date(previous.first()),
                                Formatting::date(previous.last())));
    m_tiles->setFigures(KpiFigures::make(data.current, data.previous, m_currency, data.settings.earlyChurnMonths),
                        previous.shownLabel());
    const QList<PortfolioChartSpec> specs = PortfolioCharts::all();
    for (qsizetype i = 0; i < specs.size() && i < m_charts.size(); ++i) {
        m_charts[i]->clear();
        m_charts[i]->chart()->setTitle(PortfolioCharts::titleFor(specs[i], data));   // a fill may say more
        specs[i].fill(*m_charts[i], data, m_currency);
    }
    if (isComputing()) {   // the retention trend is still to come
        m_status->setText(tr("Computing the retention trend…"));
        return;
    }
    m_status->setText(tr("As of %1").arg(Formatting::date(data.request.today)));
    m_status->setToolTip(QString());
    m_print->setEnabled(true);
    Q_EMIT computed();
}

void PortfolioView::showFailure(const QString &message)
{
    m_status->setText(tr("Could not compute the portfolio."));
    m_status->setToolTip(message);
    m_heading->setText(message);
    Q_EMIT computed();
}

PortfolioChart *PortfolioView::chart(const QString &key) const
{
    for (PortfolioChart *chart : m_charts) {
        if (chart->objectName() == key)
            return chart;
    }
    return nullptr;
}

bool PortfolioView::printReport(const QString &path)
{
    if (!m_data)
        return false;
    PortfolioPdf pdf;
    pdf.title = tr("Portfolio report: %1").arg(m_data->request.period.shownLabel());
    pdf.subtitle = {tr("Period: %1 to %2").arg(Formatting::date(m_data->request.period.first()),
                                               Formatting::date(m_data->request.period.last())),
                    tr("Accounts: %1").arg(scopeText()),
                    tr("Book: %1 · as of %2").arg(m_bookName, Formatting::date(m_data->request.today))};
    pdf.previousLabel = m_data->request.period.previous().shownLabel();
    pdf.figures = m_tiles->figures();
    pdf.charts = m_charts;
    return pdf.write(path);
}

void PortfolioView::printReportAs()
{
    if (!m_data)
        return;
    const QString suggested = QDir::home().filePath(
        tr("portfolio-%1.pdf").arg(m_data->request.period.label()).replace(QLatin1Char('/'), QLatin1Char('-')));
    QString path = QFileDialog::getSaveFileName(this, tr("Print Portfolio Report"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (!printReport(path))
        QMessageBox::warning(this, tr("Print Portfolio Report"),
                             tr("Could not write the report to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace csw
