// SPDX-License-Identifier: MIT
#include "voc/VocDetailPanel.h"

#include "common/RowTable.h"
#include "common/Allowed.h"
#include "common/ColumnChooser.h"

#include "book/Book.h"
#include "common/Formatting.h"
#include "voc/VocDialog.h"
#include "voc/VocHistoryModel.h"
#include "voc/VocLinkModel.h"
#include "voc/VocLoopDialog.h"
#include "voc/VocMergeDialog.h"
#include "voc/VocRepository.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csw {

namespace {
QTableView *listTable(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleRowTable(table);
    table->setMinimumHeight(table->fontMetrics().height() * 8);
    // Each column as wide as its contents but the last (a note, what was said), which takes
    // the room left: the list never scrolls sideways beside the account.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(table->model()->columnCount() - 1, QHeaderView::Stretch);
    return table;
}
} // namespace

VocDetailPanel::VocDetailPanel(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_text(new QLabel(this)), m_fields(new QLabel(this)), m_impact(new QLabel(this)),
      m_links(new VocLinkModel(this)), m_linkTable(listTable(m_links, "vocLinkTable", this)),
      m_history(new VocHistoryModel(this)),
      m_statusButton(new QPushButton(tr("Change &status"), this)), m_statusMenu(new QMenu(this)),
      m_edit(new QPushButton(tr("Ed&it…"), this)), m_merge(new QPushButton(tr("&Merge into…"), this)),
      m_told(new QPushButton(tr("Customer &told…"), this)), m_note(new QPushButton(tr("A&dd note…"), this))
{
    m_title->setObjectName(QStringLiteral("vocTitle"));
    m_status->setObjectName(QStringLiteral("vocStatus"));
    m_text->setObjectName(QStringLiteral("vocText"));
    m_fields->setObjectName(QStringLiteral("vocFields"));
    m_impact->setObjectName(QStringLiteral("vocImpact"));
    m_statusButton->setObjectName(QStringLiteral("statusButton"));
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_told->setObjectName(QStringLiteral("toldButton"));
    m_note->setObjectName(QStringLiteral("noteButton"));
    QFont title = m_title->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_title->setFont(title);
    m_title->setWordWrap(true);
    for (QLabel *label : {m_text, m_fields, m_impact}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_statusButton->setMenu(m_statusMenu);
    // Long account names get what the narrow panel has left; the other columns fit their text.
    // Each account's ARR and health are in the column chooser (the impact line above sums them).
    m_linkTable->horizontalHeader()->setStretchLastSection(false);
    m_linkTable->horizontalHeader()->setSectionResizeMode(VocLinkModel::AccountName, QHeaderView::Stretch);
    m_linkTable->horizontalHeader()->setSectionHidden(VocLinkModel::Arr, true);
    m_linkTable->horizontalHeader()->setSectionHidden(VocLinkModel::Health, true);
    new ColumnChooser(m_linkTable->horizontalHeader(), VocLinkModel::AccountName);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    // Two by two: the panel beside the board is narrow.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_statusButton, 0, 0);
    buttons->addWidget(m_edit, 0, 1);
    buttons->addWidget(m_merge, 1, 0);
    buttons->addWidget(m_told, 1, 1);
    buttons->addWidget(m_note, 2, 0);

    auto *accounts = new QGroupBox(tr("Accounts behind it"), this);
    auto *accountsLayout = new QVBoxLayout(accounts);
    accountsLayout->addWidget(m_impact);
    accountsLayout->addWidget(m_linkTable);
    auto *history = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(history);
    m_historyTable = listTable(m_history, "vocHistoryTable", history);
    historyLayout->addWidget(m_historyTable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(buttons);
    layout->addWidget(m_text);
    layout->addWidget(m_fields);
    layout->addWidget(accounts, 1);
    layout->addWidget(history, 1);

    connect(m_edit, &QPushButton::clicked, this, &VocDetailPanel::editEntry);
    connect(m_merge, &QPushButton::clicked, this, &VocDetailPanel::mergeEntry);
    connect(m_told, &QPushButton::clicked, this, &VocDetailPanel::recordLoop);
    connect(m_note, &QPushButton::clicked, this, &VocDetailPanel::addNote);
    connect(m_linkTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openAccountRequested(index.data(VocLinkModel::AccountIdRole).toLongLong());
    });
    connect(&session, &BookSession::vocChanged, this, &VocDetailPanel::onVocChanged);
    connect(&session, &BookSession::accountChanged, this, [this](qint64 id, AccountFields what) {
        if (!m_entry || !(what & VocImpactFields))
            return;
        for (const VocLink &link : m_entry->links)
            if (link.accountId == id)
                return reload();
    });
    connect(&session, &BookSession::bookOpened, this, [this] { showEntry(0); });
    connect(&session, &BookSession::bookClosed, this, [this] { showEntry(0); });
    reload();
}

void VocDetailPanel::showEntry(qint64 id)
{
    m_id = id;
    reload();
}

// Any change may touch the shown entry (a merge or its undo changes two), and reading one
// entry again is cheap.
void VocDetailPanel::onVocChanged(qint64)
{
    reload();
}

void VocDetailPanel::reload()
{
    Book *book = m_session.book();
    m_entry.reset();
    if (book && m_id > 0) {
        if (auto found = VocRepository(*book).get(m_id))
            m_entry = *found;
        else
            m_id = 0;   // gone, e.g. its logging was undone
    }
    m_links->setLinks(m_entry ? m_entry->links : QList<VocLink>(), book);
    m_history->showEntry(book, m_entry ? m_id : 0);
    m_historyTable->setColumnHidden(VocHistoryModel::By, !book || book->engine() == BookEngine::Sqlite);
    const bool shown = m_entry.has_value();
    const bool open = shown && !m_entry->mergedInto;
    m_title->setText(shown ? tr("Entry %1 · %2").arg(m_id).arg(VocNames::label(m_entry->kind))
                           : tr("No VOC entry selected"));
    m_status->setText(shown ? VocNames::label(m_entry->status) : QString());
    m_text->setText(shown ? m_entry->text : QString());
    QStringList fields;
    QString impact;
    if (shown) {
        fields << tr("Hand off to: %1").arg(VocNames::label(m_entry->target));
        fields << tr("Source: %1").arg(m_entry->source ? VocNames::label(*m_entry->source)
                                                       : tr("not recorded"));
        fields << tr("Logged: %1").arg(Formatting::date(m_entry->loggedOn));
        if (!m_entry->tags.isEmpty())
            fields << tr("Tags: %1").arg(m_entry->tags.join(QStringLiteral(", ")));
        if (m_entry->mergedInto)
            fields << tr("Merged into entry %1").arg(*m_entry->mergedInto);
        if (auto i = VocRepository(*book).impact(m_id)) {
            const Currency &currency = book->currency();
            impact = Formatting::revenueText(tr("Accounts: %1 · ARR %2 · weighted %3 · at risk %4"))
                         .arg(QLocale().toString(i->accounts), Formatting::revenue(i->arr, currency),
                              Formatting::revenue(i->weightedArr, currency),
                              Formatting::revenue(i->atRiskArr, currency));
            if (i->churns > 0)
                impact += QLatin1Char('\n')
                          + Formatting::revenueText(tr("Behind %n churn(s): %1 ARR lost", nullptr, int(i->churns)))
                                .arg(Formatting::revenue(i->churnedArr, currency));
        }
    }
    m_fields->setText(fields.join(QLatin1Char('\n')));
    m_impact->setText(impact);
    rebuildStatusMenu();
    m_statusButton->setEnabled(open && !m_statusMenu->isEmpty());
    m_edit->setEnabled(open);
    m_merge->setEnabled(open);
    m_told->setEnabled(open && !m_entry->links.isEmpty());
    QString why;
    setAllowed(m_note, shown && m_session.mayNoteVoc(*m_entry, &why), why);
}

void VocDetailPanel::rebuildStatusMenu()
{
    m_statusMenu->clear();
    if (!m_entry || m_entry->mergedInto)
        return;
    for (VocStatus status : VocWorkflow::next(m_entry->status)) {
        QAction *action = m_statusMenu->addAction(VocNames::label(status));
        action->setObjectName(QStringLiteral("status-") + VocNames::key(status));
        action->setData(int(status));
        connect(action, &QAction::triggered, this, [this, status] { changeStatus(status); });
    }
}

bool VocDetailPanel::run(const QString &text, const QList<qint64> &entries,
                         const BookSession::VocAction &action)
{
    auto done = m_session.performVoc(text, entries, action);
    if (!done) {
        Q_EMIT m_session.errorOccurred(done.error().message);
        reload();
        return false;
    }
    return true;
}

void VocDetailPanel::changeStatus(VocStatus status)
{
    if (!m_entry || m_entry->status == status)
        return;
    const qint64 id = m_id;
    const Date today = Dates::today();
    run(tr("Move VOC entry %1 to %2").arg(id).arg(VocNames::label(status)), {id},
        [id, status, today](VocService &service, qint64) -> Expected<qint64> {
            if (auto ok = service.setStatus(id, status, today); !ok)
                return ok.error();
            return id;
        });
}

void VocDetailPanel::editEntry()
{
    if (!m_entry || m_entry->mergedInto)
        return;
    VocDialog dialog(m_session, *m_entry, this);
    dialog.exec();   // the dialog stores the edit as an undoable command
}

void VocDetailPanel::mergeEntry()
{
    if (!m_entry || m_entry->mergedInto)
        return;
    VocMergeDialog dialog(m_session, m_id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 from = m_id;
    const qint64 into = dialog.into();
    const Date today = Dates::today();
    const bool merged = run(tr("Merge VOC entry %1 into %2").arg(from).arg(into), {from, into},
                            [from, into, today](VocService &service, qint64) -> Expected<qint64> {
                                if (auto ok = service.merge(from, into, today); !ok)
                                    return ok.error();
                                return into;
                            });
    if (merged)
        Q_EMIT this->merged(into);
}

void VocDetailPanel::recordLoop()
{
    if (!m_entry || m_entry->mergedInto || !m_session.book())
        return;
    VocLoopDialog dialog(*m_session.book(), *m_entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_id;
    const VocLoop loop = dialog.loop();
    const bool close = dialog.closeLoop();
    const Date today = Dates::today();
    Book *book = m_session.book();
    run(tr("Record that the customer was told (VOC entry %1)").arg(id), {id},
        [id, loop, close, today, book](VocService &service, qint64) -> Expected<qint64> {
            const Status done = book->write([&]() -> Status {
                if (auto ok = service.recordLoop(id, loop, today); !ok)
                    return ok;
                return close ? service.setStatus(id, VocStatus::ClosedLoop, loop.toldOn) : Status();
            });
            if (!done)
                return done.error();
            return id;
        });
}

// A note goes into the entry's history (undoable); long enough for what a meeting decided.
void VocDetailPanel::addNote()
{
    if (!m_entry)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Note on VOC entry %1").arg(m_id),
                                                        tr("What was decided, asked or found:"), {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const qint64 id = m_id;
    const Date today = Dates::today();
    run(tr("Note on VOC entry %1").arg(id), {id}, [id, text, today](VocService &service, qint64) -> Expected<qint64> {
        if (auto done = service.addNote(id, text, today); !done)
            return done.error();
        return id;
    });
}

} // namespace csw
