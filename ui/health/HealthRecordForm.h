// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "health/Scorecard.h"

#include <QList>
#include <QWidget>

class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace csw {

// The form for recording health measures: one field per measure of the account's scorecard
// (labelled, with its allowed range; an empty field records nothing), the date they were seen
// (today unless changed, never later) and "Record". It only asks; the panel records.
class HealthRecordForm final : public QWidget
{
    Q_OBJECT

public:
    explicit HealthRecordForm(QWidget *parent = nullptr);

    // Offers the measures of `card`; the fields are rebuilt only when the measures differ.
    void setScorecard(const Scorecard &card);
    // Empties the fields and puts the date back to today.
    void clear();
    // "usage=55" for each filled field, in the scorecard's order.
    QStringList assignments() const;
    Date date() const;
    // Whether what is typed can be recorded: at least one field, every field a number in range.
    bool isAcceptable() const;

Q_SIGNALS:
    void recordRequested(const csw::Date &on, const QStringList &assignments);

private:
    void updateButton();
    void requestRecord();

    QList<Measure> m_measures;
    QList<QLineEdit *> m_edits;
    QFormLayout *m_fields;
    QDateEdit *m_date;
    QPushButton *m_record;
};

} // namespace csw
