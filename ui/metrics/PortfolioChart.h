// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountRepository.h"

#include <QChartView>
#include <QHash>
#include <QList>

class QBarSet;

namespace csw {

// One chart of the portfolio view: a QChartView whose bars can stand for accounts (clicking
// one asks for them in the Accounts view), with a context menu to save it as PNG or SVG, and
// rendering into a page for the printed report.
class PortfolioChart final : public QChartView
{
    Q_OBJECT

public:
    explicit PortfolioChart(QWidget *parent = nullptr);

    // Removes the series and axes, for a fresh fill.
    void clear();
    // The accounts behind each bar of `set`, by bar index; a bar without an entry is not
    // clickable.
    void setBarAccounts(QBarSet *set, const QList<AccountFilter> &filters);
    // What a click on bar `index` of `set` would ask for; nullopt when nothing is behind it.
    std::optional<AccountFilter> barAccounts(QBarSet *set, int index) const;
    // Asks for bar `index` of `set`'s accounts, as a click does.
    void activateBar(QBarSet *set, int index);

    // Writes the chart as .png or .svg by the file's extension; false when it is neither or the
    // file cannot be written (nothing is left behind then).
    bool saveImage(const QString &path);
    // Draws the chart into `target` of `painter` (a PDF page), keeping its proportions.
    void renderInto(QPainter &painter, const QRectF &target);

Q_SIGNALS:
    void accountsRequested(const csw::AccountFilter &filter);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void saveAs(const QString &suffix);
    QSize renderSize();

    QHash<QBarSet *, QList<AccountFilter>> m_targets;
};

} // namespace csw
