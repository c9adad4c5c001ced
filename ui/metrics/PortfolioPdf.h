// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/KpiFigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace csw {

class PortfolioChart;

// The printed portfolio report: a first page with the title, the period, the filters and the
// KPI table, then the charts two to a page, as a PDF written with QPdfWriter.
class PortfolioPdf final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioPdf)

public:
    static constexpr int ChartsPerPage = 2;

    QString title;
    QStringList subtitle;   // lines under the title: period, filters, book, date
    QString previousLabel;   // the period the changes are against
    QList<KpiFigure> figures;
    QList<PortfolioChart *> charts;

    static int pageCount(qsizetype charts) { return 1 + int((charts + ChartsPerPage - 1) / ChartsPerPage); }
    // Writes the report to `path` whole or not at all; false when it cannot be written.
    bool write(const QString &path) const;
};

} // namespace csw
