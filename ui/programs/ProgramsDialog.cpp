// SPDX-License-Identifier: MIT
#include "programs/ProgramsDialog.h"
#include "programs/ProgramCommands.h"

#include "accounts/BulkActions.h"
#include "accounts/OptionalDateEdit.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "common/Formatting.h"
#include "programs/AttendanceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace csw {

ProgramsDialog::ProgramsDialog(BookSession &session, Listed listed, std::function<QString()> segmentName,
                               QWidget *parent)
    : QDialog(parent), m_session(session), m_listed(std::move(listed)), m_segmentName(std::move(segmentName)),
      m_table(new QTableWidget(0, 6, this))
{
    setWindowTitle(tr("Programs"));
    m_table->setObjectName(QStringLiteral("programTable"));
    m_table->setHorizontalHeaderLabels({tr("Program"), tr("Kind"), tr("Held on"), tr("Segment"), tr("Invited"),
                                        tr("Attended")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("&New Program for the Accounts Listed…"), this);
    auto *attendance = new QPushButton(tr("Record &Attendance…"), this);
    auto *invitees = new QPushButton(tr("&Export Invitees…"), this);
    invitees->setObjectName(QStringLiteral("exportInvitees"));
    invitees->setToolTip(tr("The contacts invited (name, email, company) as CSV for the webinar tool's invitations"));
    add->setObjectName(QStringLiteral("newProgram"));
    attendance->setObjectName(QStringLiteral("recordAttendanceButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(attendance);
    row->addWidget(invitees);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &ProgramsDialog::newProgram);
    connect(attendance, &QPushButton::clicked, this, &ProgramsDialog::chooseAttendanceFile);
    connect(invitees, &QPushButton::clicked, this, [this] {
        if (currentProgram() == 0)
            return;
        const QString file = QFileDialog::getSaveFileName(this, tr("Export Invitees"), tr("invitees.csv"),
                                                          tr("CSV files (*.csv)"));
        if (file.isEmpty())
            return;
        const auto written = Programs(*m_session.book()).exportInvitees(currentProgram(), file);
        if (!written)
            QMessageBox::warning(this, tr("Export Invitees"), written.error().message);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(fontMetrics().averageCharWidth() * 95, fontMetrics().height() * 22);
}

void ProgramsDialog::reload()
{
    const auto programs = Programs(*m_session.book()).list();
    const QList<Program> list = programs ? *programs : QList<Program>();
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Program &p = list[r];
        const QStringList cells = {p.name, Programs::label(p.kind), Formatting::date(p.heldOn), p.segment,
                                   QString::number(p.invited), QString::number(p.attended)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, p.id);
            if (c >= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!list.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

qint64 ProgramsDialog::currentProgram() const
{
    const int row = m_table->currentRow();
    return row < 0 ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

Status ProgramsDialog::addForListed(const Program &program, ContactInvite contacts)
{
    const AccountFilter filter = m_listed();
    const auto ids = BulkActions(*m_session.book()).accounts(filter);
    if (!ids)
        return ids.error();
    Program made = program;
    if (made.segment.isEmpty() && m_segmentName)
        made.segment = m_segmentName();   // the saved segment the list is of
    const Status done = m_session.run(std::make_unique<AddProgramCommand>(m_session, std::move(made), *ids, contacts));
    reload();
    return done;
}

void ProgramsDialog::newProgram()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("New Program"));
    auto *name = new QLineEdit(&ask);
    auto *kind = new QComboBox(&ask);
    for (const QString &key : Programs::kindKeys())
        kind->addItem(Programs::label(*Programs::kindFromKey(key)), key);
    auto *day = new OptionalDateEdit(false, &ask);
    auto *invite = new QComboBox(&ask);
    invite->addItem(tr("Each account's primary contact"), int(ContactInvite::Primary));
    invite->addItem(tr("Every contact still there"), int(ContactInvite::All));
    invite->addItem(tr("The accounts only"), int(ContactInvite::None));
    day->setOptionalDate(Dates::today());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Held on:"), day);
    form->addRow(tr("&Invite:"), invite);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    Program program;
    program.name = name->text();
    program.kind = *Programs::kindFromKey(kind->currentData().toString());
    program.heldOn = day->optionalDate().value_or(Dates::today());
    if (const Status added = addForListed(program, ContactInvite(invite->currentData().toInt())); !added)
        QMessageBox::warning(this, tr("New Program"), added.error().message);
}

void ProgramsDialog::chooseAttendanceFile()
{
    if (currentProgram() == 0)
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Attendance File"), QString(),
                                                      tr("CSV or TSV files (*.csv *.tsv *.txt)"));
    if (!file.isEmpty())
        recordAttendance(currentProgram(), file);
}

void ProgramsDialog::recordAttendance(qint64 programId, const QString &file)
{
    Book &book = *m_session.book();
    const auto program = Programs(book).get(programId);
    const auto read = CsvReader::readFile(file);
    const auto match = read ? Attendance::match(book, *read) : Expected<AttendanceMatch>(read.error());
    if (!program || !match) {
        QMessageBox::warning(this, tr("Record Attendance"), !program ? program.error().message : match.error().message);
        return;
    }
    QList<std::pair<QString, QString>> measures;
    if (const auto card = HealthRepository(book).activeScorecard(std::nullopt))
        for (const Measure &m : card->measures)
            measures.append({m.key, m.shownLabel()});
    AttendanceDialog confirm(*program, *match, measures, this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    const Status done = m_session.run(std::make_unique<RecordAttendanceCommand>(
        m_session, *program, match->matched, book.member().login, confirm.measure()));
    if (!done)
        QMessageBox::warning(this, tr("Record Attendance"), done.error().message);
    reload();
}

} // namespace csw
