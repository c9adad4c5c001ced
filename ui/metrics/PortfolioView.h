// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountRepository.h"
#include "metrics/PortfolioReport.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace csw {

class Book;
class KpiTiles;
class PortfolioChart;
class PortfolioLoader;
class SegmentChooser;

// The Portfolio view for team leads: KPI tiles for a month, quarter or fiscal year against the
// period before, and the portfolio charts, for all accounts or one CSM's or touch model's.
// Figures are computed off the GUI thread; clicking a bar asks for its accounts.
class PortfolioView final : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioView(QWidget *parent = nullptr);
    ~PortfolioView() override;

    // Shows `book` (nullptr: nothing); recomputes when it is another book or the figures are
    // out of date.
    void showBook(Book *book);
    // The book's KPI settings changed (the fiscal year's start): read them and recompute.
    void settingsChanged(Book *book);
    // Marks the figures out of date (the book changed); recomputes now if the view is shown.
    void invalidate();
    // Starts computing the figures for the current period and filters.
    void refresh();
    bool isComputing() const;

    Period period() const { return m_period; }
    void setPeriod(const Period &period);
    PortfolioScope scope() const;
    const std::optional<PortfolioData> &data() const { return m_data; }
    KpiTiles *tiles() const { return m_tiles; }
    PortfolioChart *chart(const QString &key) const;
    const QList<PortfolioChart *> &charts() const { return m_charts; }

    // Writes the portfolio report as a PDF; false (with nothing written) on failure.
    bool printReport(const QString &path);
    // Asks where to write the report, then writes it.
    void printReportAs();

Q_SIGNALS:
    void accountsRequested(const csw::AccountFilter &filter);
    // The figures for the current period and filters are shown (or failed: see the status).
    void computed();

private:
    void buildFilters(QGridLayout *bar);
    void fillCsms();
    void changePeriodKind();
    void step(int direction);
    void showData(const PortfolioData &data);
    void showFailure(const QString &message);
    QString scopeText() const;

    QComboBox *m_csm;
    QComboBox *m_touch;
    SegmentChooser *m_segment;
    QComboBox *m_periodKind;
    QToolButton *m_previous;
    QLabel *m_periodLabel;
    QToolButton *m_next;
    QComboBox *m_trendStep;
    QLabel *m_status;
    QPushButton *m_print;
    QLabel *m_heading;
    KpiTiles *m_tiles;
    QList<PortfolioChart *> m_charts;
    PortfolioLoader *m_loader;

    QString m_bookPath;
    QString m_bookName;
    Currency m_currency;
    int m_fiscalStart = 4;
    Period m_period;
    bool m_stale = true;
    std::optional<PortfolioData> m_data;
};

} // namespace csw
