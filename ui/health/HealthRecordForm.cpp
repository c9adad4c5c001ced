// SPDX-License-Identifier: MIT
#include "health/HealthRecordForm.h"

#include "common/Formatting.h"

#include <QDateEdit>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace csw {

namespace {
QString rawNumber(double value)
{
    return QLocale().toString(value, 'g', 12);
}

bool sameMeasures(const QList<Measure> &a, const QList<Measure> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].key != b[i].key || a[i].label != b[i].label || a[i].minimum != b[i].minimum
            || a[i].maximum != b[i].maximum)
            return false;
    }
    return true;
}
} // namespace

HealthRecordForm::HealthRecordForm(QWidget *parent)
    : QWidget(parent), m_fields(new QFormLayout), m_date(new QDateEdit(this)),
      m_record(new QPushButton(tr("Re&cord"), this))
{
    m_date->setObjectName(QStringLiteral("healthDateEdit"));
    m_record->setObjectName(QStringLiteral("recordHealthButton"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_record->setToolTip(tr("Record the filled-in measures for the date; Ctrl+Z takes it back"));
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Seen on:"), this));
    bottom->addWidget(m_date);
    bottom->addStretch(1);
    bottom->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_fields);
    layout->addLayout(bottom);

    connect(m_record, &QPushButton::clicked, this, &HealthRecordForm::requestRecord);
    clear();
}

void HealthRecordForm::setScorecard(const Scorecard &card)
{
    if (sameMeasures(card.measures, m_measures) && !m_edits.isEmpty())
        return;
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_edits.clear();
    m_measures = card.measures;
    for (const Measure &measure : std::as_const(m_measures)) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("measureEdit_") + measure.key);
        const QString range =
            tr("%1–%2").arg(rawNumber(measure.minimum), rawNumber(measure.maximum));
        edit->setPlaceholderText(range);
        edit->setToolTip(measure.higherIsBetter
                             ? tr("%1: %2, higher is better. Leave empty to keep the last value.")
                                   .arg(measure.shownLabel(), range)
                             : tr("%1: %2, lower is better. Leave empty to keep the last value.")
                                   .arg(measure.shownLabel(), range));
        auto *validator = new QDoubleValidator(measure.minimum, measure.maximum, 6, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
        connect(edit, &QLineEdit::textChanged, this, &HealthRecordForm::updateButton);
        connect(edit, &QLineEdit::returnPressed, this, &HealthRecordForm::requestRecord);
        auto *label = new QLabel(measure.shownLabel(), this);
        label->setBuddy(edit);   // a long label puts its field below it (WrapLongRows), never cut
        m_fields->addRow(label, edit);
        m_edits << edit;
    }
    updateButton();
}

void HealthRecordForm::clear()
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->clear();
    const QDate today = Formatting::toQDate(Dates::today());
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    updateButton();
}

QStringList HealthRecordForm::assignments() const
{
    QStringList list;
    const QLocale locale;
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        const QString text = m_edits[i]->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        double value = locale.toDouble(text, &ok);
        if (!ok)
            value = text.toDouble(&ok);   // "62.5" typed in a locale with a decimal comma
        // A value that is not a number goes as typed: the core names the measure and refuses it.
        list << m_measures[i].key + QLatin1Char('=')
                    + (ok ? QString::number(value, 'g', 15) : text);
    }
    return list;
}

Date HealthRecordForm::date() const
{
    return Formatting::fromQDate(m_date->date());
}

bool HealthRecordForm::isAcceptable() const
{
    bool any = false;
    for (QLineEdit *edit : m_edits) {
        if (edit->text().trimmed().isEmpty())
            continue;
        any = true;
        if (!edit->hasAcceptableInput())
            return false;
    }
    return any;
}

void HealthRecordForm::updateButton()
{
    m_record->setEnabled(isAcceptable());
}

void HealthRecordForm::requestRecord()
{
    if (!isAcceptable())
        return;
    Q_EMIT recordRequested(date(), assignments());
}

} // namespace csw
