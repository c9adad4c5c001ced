// SPDX-License-Identifier: MIT
#include "programs/AttendanceDialog.h"

#include <QSet>


#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csw {

namespace {

QString byWhat(const QString &how)
{
    if (how == u"email")
        return AttendanceDialog::tr("a contact's email");
    if (how == u"domain")
        return AttendanceDialog::tr("the email's domain");
    return AttendanceDialog::tr("the company");
}

QTableWidget *table(const QStringList &headers, const QList<QStringList> &rows, const char *name, QWidget *parent)
{
    auto *t = new QTableWidget(int(rows.size()), int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < headers.size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[r].value(c)));
    t->resizeColumnsToContents();
    return t;
}

} // namespace

AttendanceDialog::AttendanceDialog(const Program &program, const AttendanceMatch &match,
                                   const QList<std::pair<QString, QString>> &measures, QWidget *parent)
    : QDialog(parent), m_measure(new QComboBox(this))
{
    m_measure->setObjectName(QStringLiteral("attendanceMeasure"));
    m_measure->addItem(tr("(no health measure)"), QString());
    for (const auto &[key, label] : measures)
        m_measure->addItem(label, key);
    m_measure->setToolTip(tr("Record each account's programs attended in the 90 days to this one as this measure"));
    setWindowTitle(tr("Record Attendance: %1").arg(program.name));
    QList<QStringList> matched, unmatched;
    QSet<qint64> accounts;
    for (const Attendee &a : match.matched) {
        matched << QStringList{QString::number(a.row), a.name, a.email, a.accountName, byWhat(a.how)};
        accounts.insert(a.accountId);
    }
    for (const Attendee &a : match.unmatched)
        unmatched << QStringList{QString::number(a.row), a.name, a.email, a.company, a.how};
    m_matched = table({tr("Row"), tr("Name"), tr("Email"), tr("Account"), tr("Matched by")}, matched,
                      "matchedAttendees", this);
    m_unmatched = table({tr("Row"), tr("Name"), tr("Email"), tr("Company"), tr("Why not")}, unmatched,
                        "unmatchedAttendees", this);
    auto *summary = new QLabel(tr("%n attendee(s) matched %1 account(s); %2 row(s) matched none and are left out.",
                                  nullptr, int(match.matched.size()))
                                   .arg(accounts.size())
                                   .arg(match.unmatched.size()),
                               this);
    summary->setObjectName(QStringLiteral("attendanceSummary"));
    summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *record = buttons->addButton(tr("&Record %n Matched", nullptr, int(match.matched.size())),
                                      QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordAttendance"));
    record->setEnabled(!match.matched.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(new QLabel(tr("Matched"), this));
    layout->addWidget(m_matched, 2);
    layout->addWidget(new QLabel(tr("Not matched"), this));
    layout->addWidget(m_unmatched, 1);
    auto *measureRow = new QHBoxLayout;
    auto *measureLabel = new QLabel(tr("Also record as the health &measure:"), this);
    measureLabel->setBuddy(m_measure);
    measureRow->addWidget(measureLabel);
    measureRow->addWidget(m_measure);
    measureRow->addStretch(1);
    layout->addLayout(measureRow);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
}

QString AttendanceDialog::measure() const
{
    return m_measure->currentData().toString();
}

} // namespace csw
