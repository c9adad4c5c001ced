// SPDX-License-Identifier: MIT
#include "accounts/AccountDetailView.h"

#include "common/RowTable.h"
#include "common/Allowed.h"
#include "common/ColumnChooser.h"
#include "accounts/AccountDialogs.h"
#include "accounts/AccountFieldsForm.h"
#include "accounts/EditConflictDialog.h"
#include "accounts/AccountRepository.h"
#include "accounts/ChurnReasons.h"
#include "accounts/ContactsPanel.h"
#include "accounts/HandoffPanel.h"
#include "accounts/ArrEventRepository.h"
#include "accounts/ArrHistoryModel.h"
#include "accounts/StageHistoryModel.h"
#include "book/Book.h"
#include "common/Formatting.h"
#include "common/WheelGuard.h"
#include "i18n/Translations.h"
#include "health/HealthPanel.h"
#include "health/NpsPanel.h"
#include "stages/StageRepository.h"
#include "voc/AccountVocPanel.h"
#include "voc/VocRepository.h"
#include "tasks/AccountTasksPanel.h"
#include "tasks/ActivityPanel.h"
#include "tasks/SuccessPlanPanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace csw {

AccountDetailView::AccountDetailView(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_name(new QLabel(this)), m_stage(new QLabel(this)),
      m_churn(new QLabel(this)), m_form(new AccountFieldsForm(this)),
      m_stages(new StageHistoryModel(this)), m_arrEvents(new ArrHistoryModel(this)),
      m_move(new QPushButton(tr("&Move to stage…"), this)),
      m_churnButton(new QPushButton(tr("Ch&urn…"), this)),
      m_renew(new QPushButton(tr("&Renew…"), this)), m_health(new HealthPanel(session, this)),
      m_nps(new NpsPanel(session, this)), m_contacts(new ContactsPanel(session, this)),
      m_handoff(new HandoffPanel(session, this)),
      m_voc(new AccountVocPanel(session, this)), m_activities(new ActivityPanel(session, this)),
      m_tasks(new AccountTasksPanel(session, this)), m_plan(new SuccessPlanPanel(session, this))
{
    m_name->setObjectName(QStringLiteral("nameLabel"));
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_churn->setObjectName(QStringLiteral("churnLabel"));
    m_move->setObjectName(QStringLiteral("moveStageButton"));
    m_churnButton->setObjectName(QStringLiteral("churnButton"));
    m_renew->setObjectName(QStringLiteral("renewButton"));
    QFont title = m_name->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_name->setFont(title);
    m_name->setTextFormat(Qt::PlainText);
    m_churn->setTextFormat(Qt::PlainText);
    m_churn->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_name, 1);
    header->addWidget(m_stage);

    auto *timeline = new QGroupBox(tr("Stage timeline"), this);
    auto *timelineLayout = new QVBoxLayout(timeline);
    m_stageTable = historyTable(m_stages, "stageTable", timeline);
    timelineLayout->addWidget(m_stageTable);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_move);
    buttons->addWidget(m_churnButton);
    buttons->addWidget(m_renew);
    buttons->addStretch(1);
    timelineLayout->addLayout(buttons);

    QTableView *arrTable = historyTable(m_arrEvents, "arrTable", this);
    // ARR before is the row below's ARR after: in the column chooser, so the rest fit beside
    // the list.
    arrTable->horizontalHeader()->setSectionHidden(ArrHistoryModel::ArrBefore, true);
    new ColumnChooser(arrTable->horizontalHeader(), ArrHistoryModel::OccurredOn);

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(header);
    m_layout->addWidget(m_churn);
    m_layout->addWidget(m_form);
    m_handoffGroup = group(tr("Hand-off from sales"), m_handoff, "handoffGroup", 0);
    m_contactsGroup = group(tr("Contacts"), m_contacts, "contactsGroup");
    m_layout->addWidget(timeline, 1);
    m_arrGroup = group(Formatting::revenueText(tr("ARR history")), arrTable, "arrGroup");
    group(tr("Health"), m_health, "healthGroup", 0);
    group(tr("NPS answers"), m_nps, "npsGroup");
    group(tr("Success plan"), m_plan, "successPlanGroup");
    group(tr("Tasks"), m_tasks, "tasksGroup");
    group(tr("Activities"), m_activities, "activitiesGroup");
    group(tr("Voice of the customer"), m_voc, "vocGroup");

    connect(m_form, &AccountFieldsForm::editRequested, this, &AccountDetailView::commitEdit);
    connect(m_move, &QPushButton::clicked, this, &AccountDetailView::moveToStage);
    connect(m_churnButton, &QPushButton::clicked, this, &AccountDetailView::churnAccount);
    connect(m_renew, &QPushButton::clicked, this, &AccountDetailView::renewAccount);
    connect(m_voc, &AccountVocPanel::openEntryRequested, this,
            &AccountDetailView::openVocEntryRequested);
    connect(&session, &BookSession::accountChanged, this, &AccountDetailView::onAccountChanged);
    // An undone addition removes the account; a redone one brings it back under the same id.
    connect(&session, &BookSession::accountsAddedOrRemoved, this, &AccountDetailView::reload);
    connect(&session, &BookSession::bookOpened, this, [this] { showAccount(0); });
    connect(&session, &BookSession::bookClosed, this, [this] { showAccount(0); });
    m_reloadLater = new QTimer(this);
    m_reloadLater->setSingleShot(true);
    m_reloadLater->setInterval(300);
    connect(m_reloadLater, &QTimer::timeout, this, &AccountDetailView::reload);
    WheelGuard::install(this);   // scrolling the detail changes no date or choice
    reload();
}

AccountDetailView::~AccountDetailView() = default;

QTableView *AccountDetailView::historyTable(QAbstractItemModel *model, const char *name,
                                            QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleRowTable(table);
    table->setMinimumHeight(table->fontMetrics().height() * 9);
    // Each column as wide as its contents but the last (a note, what was said), which takes
    // the room left: the list never scrolls sideways beside the account.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(table->model()->columnCount() - 1, QHeaderView::Stretch);
    return table;
}

void AccountDetailView::showAccount(qint64 id)
{
    m_id = id;
    reload();
}

void AccountDetailView::onAccountChanged(qint64 id, AccountFields)
{
    if (id == m_id)
        reload();
}

void AccountDetailView::reload()
{
    // What others change does not wipe out what the person is typing: the account is read
    // again once the edit is done, and the edit is based on the account as it was shown, so a
    // colleague's change meanwhile shows as a conflict instead of being overwritten.
    if (m_account && m_account->id == m_id && m_form->isEditing()) {
        m_reloadLater->start();
        return;
    }
    Book *book = m_session.book();
    if (!book || m_id == 0) {
        m_account.reset();
    } else if (auto found = AccountRepository(*book).get(m_id)) {
        m_account = *found;
    } else if (found.error().kind == ErrorKind::NotFound) {
        m_account.reset();
        m_id = 0;   // gone, e.g. its addition was undone
    } else if (found.error().kind == ErrorKind::Busy) {
        m_reloadLater->start();   // another writer: keep showing it, read it again soon
        return;
    } else {
        return;   // unreachable or refused: keep showing it until the next change says more
    }
    m_form->setAccount(m_account, book ? book->currency() : Currency());
    QList<StageSpan> spans;
    QList<ArrEvent> events;
    if (m_account) {
        if (auto history = StageRepository(*book).history(m_id, Dates::today()))
            spans = *history;
        if (auto arr = ArrEventRepository(*book).forAccount(m_id))
            events = *arr;
    }
    m_stages->setSpans(spans);
    m_stageTable->setColumnHidden(StageHistoryModel::By, !book || book->engine() == BookEngine::Sqlite);
    m_arrEvents->setEvents(events, book ? book->currency() : Currency());
    m_health->showAccount(m_account ? m_id : 0);
    m_nps->showAccount(m_account ? m_id : 0);
    m_contacts->showAccount(m_account ? m_id : 0);
    m_handoff->showAccount(m_account ? m_id : 0);
    m_voc->showAccount(m_account ? m_id : 0);
    m_activities->showAccount(m_account ? m_id : 0);
    m_tasks->showAccount(m_account ? m_id : 0);
    m_plan->showAccount(m_account ? m_id : 0);
    showHeader();
}

QGroupBox *AccountDetailView::group(const QString &title, QWidget *content, const char *name, int stretch)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(QLatin1String(name));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    m_layout->addWidget(box, stretch);
    return box;
}

void AccountDetailView::showHeader()
{
    m_arrGroup->setTitle(Formatting::revenueText(tr("ARR history")));   // per year or per month
    // An onboarding account shows what sales handed over first; the others after their contacts.
    const bool onboarding = m_account && m_account->stage == Stage::Onboarding;
    m_layout->removeWidget(m_handoffGroup);
    QWidget *anchor = onboarding ? static_cast<QWidget *>(m_form) : m_contactsGroup;
    m_layout->insertWidget(m_layout->indexOf(anchor) + (onboarding ? 0 : 1), m_handoffGroup);
    const bool working = m_account && !m_account->isChurned();
    m_name->setText(m_account ? m_account->name : tr("No account selected"));
    m_stage->setText(m_account ? Stages::label(m_account->stage) : QString());
    m_churn->setVisible(m_account && m_account->isChurned());
    if (m_account && m_account->isChurned()) {
        const QString on = Formatting::date(m_account->churnedOn);
        QStringList why;
        if (!m_account->churnReasonCode.isEmpty() && m_session.book()) {
            const auto reason = ChurnReasons(*m_session.book()).find(m_account->churnReasonCode);
            why << (reason && *reason ? (*reason)->label(Translations::current()) : m_account->churnReasonCode);
        }
        if (!m_account->churnReason.isEmpty() && !why.contains(m_account->churnReason))
            why << m_account->churnReason;
        m_churn->setText(why.isEmpty() ? tr("Churned on %1").arg(on)
                                       : tr("Churned on %1: %2").arg(on, why.join(tr(" — "))));
    }
    QString why;
    const bool mine = m_account && m_session.mayChangeAccount(m_id, &why);
    for (QWidget *button : {static_cast<QWidget *>(m_move), static_cast<QWidget *>(m_churnButton),
                            static_cast<QWidget *>(m_renew)})
        setAllowed(button, working && mine, why);
    setAllowed(m_form, mine, why);   // as the form itself: disabled without an account
}

void AccountDetailView::logVoc()
{
    if (m_account)
        m_voc->logVoc();
}

void AccountDetailView::run(const QString &text, const BookSession::Action &action)
{
    // A refused action leaves the book as it was; the session's errorOccurred tells the user,
    // and showing the account again takes back what the editors were showing.
    if (!m_session.perform(text, action))
        reload();
}

void AccountDetailView::commitEdit(const QString &field, const AccountChanges &changes)
{
    if (m_account)
        edit(field, changes, *m_account);
}

void AccountDetailView::edit(const QString &field, const AccountChanges &changes, const Account &seen)
{
    const qint64 id = seen.id;   // the account the person typed into, whatever is shown now
    const Date today = Dates::today();   // fixed now, so that redo records the same day
    // The first run is based on the account as the person saw it; a redo after an undo on the
    // account as the undo left it.
    auto based = std::make_shared<std::optional<int>>(seen.version);
    const auto action = [id, changes, today, based](AccountLifecycle &lifecycle, qint64) {
        AccountChanges edit = changes;
        edit.basedOn = std::exchange(*based, std::nullopt);
        return lifecycle.edit(id, edit, today);
    };
    const auto done = m_session.perform(tr("Edit %1").arg(field), action, field);
    if (done)
        return;
    Book *book = m_session.book();
    const auto now = book && done.error().kind == ErrorKind::Stale ? AccountRepository(*book).get(id)
                                                                   : Expected<Account>(done.error());
    if (!now) {
        reload();   // takes back what the editors were showing
        return;
    }
    EditConflictDialog dialog(EditConflictDialog::describe(changes, seen, book->currency()), seen, *now,
                              book->currency(), this);
    if (dialog.exec() == QDialog::Accepted)
        edit(field, changes, *now);
    else
        reload();
}

void AccountDetailView::moveToStage()
{
    if (!m_account || m_account->isChurned())
        return;
    MoveStageDialog dialog(*m_account, Dates::today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_id;
    const Stage stage = dialog.stage();
    const Date date = dialog.date();
    const QString note = dialog.note();
    run(tr("Move to %1").arg(Stages::label(stage)),
        [id, stage, date, note](AccountLifecycle &lifecycle, qint64) {
            return lifecycle.moveStage(id, stage, date, note);
        });
}

void AccountDetailView::churnAccount()
{
    if (!m_account || m_account->isChurned() || !m_session.book())
        return;
    const auto reasons = ChurnReasons(*m_session.book()).list();
    const auto entries = VocRepository(*m_session.book()).entriesOfAccount(m_id);
    if (!reasons || !entries) {
        Q_EMIT m_session.errorOccurred(!reasons ? reasons.error().message : entries.error().message);
        return;
    }
    QList<std::pair<qint64, QString>> voc;
    for (const VocEntry &e : *entries)
        if (!e.mergedInto)
            voc.append({e.id, e.text});
    ChurnDialog dialog(*m_account, Dates::today(), *reasons, voc, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_id;
    const ChurnRecord record{dialog.date(), dialog.reasonCode(), dialog.reason(), dialog.vocIds()};
    run(tr("Churn %1").arg(m_account->name), [id, record](AccountLifecycle &lifecycle, qint64) {
        return lifecycle.churn(id, record);
    });
}

void AccountDetailView::renewAccount()
{
    if (!m_account || m_account->isChurned() || !m_session.book())
        return;
    RenewDialog dialog(*m_account, m_session.book()->currency(), Dates::today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_id;
    const Date date = dialog.date();
    const Minor arr = dialog.arr();
    const int term = dialog.termMonths();
    const QString note = dialog.note();
    run(tr("Renew %1").arg(m_account->name),
        [id, date, arr, term, note](AccountLifecycle &lifecycle, qint64) {
            return lifecycle.renew(id, date, arr, term, note);
        });
}

} // namespace csw
