// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace csw {

class BookSession;
class HealthChart;
class HealthExplainModel;
class HealthRecordForm;

// An account's health on its detail view: the latest score as a coloured band chip (marked when
// incomplete), the score history chart, the table that explains the latest score measure by
// measure, and the form that records new measures (each recording an undoable command).
class HealthPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPanel(BookSession &session, QWidget *parent = nullptr);

    // Shows account `id`'s health, or nothing for 0; reads it from the book again.
    void showAccount(qint64 id);
    qint64 accountId() const { return m_id; }

    HealthChart *chart() const { return m_chart; }
    HealthExplainModel *explainModel() const { return m_explain; }

public Q_SLOTS:
    // Asks where to save the chart (PNG, SVG or PDF) and saves it.
    void saveChart();

private:
    void reload();
    void fitExplainTable();
    void record(const Date &on, const QStringList &assignments);

    BookSession &m_session;
    qint64 m_id = 0;
    QLabel *m_band;
    QLabel *m_incomplete;
    QLabel *m_summary;
    HealthChart *m_chart;
    QPushButton *m_save;
    HealthExplainModel *m_explain;
    QTableView *m_explainTable;
    HealthRecordForm *m_form;
};

} // namespace csw
