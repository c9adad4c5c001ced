// SPDX-License-Identifier: MIT
#include "book/BookSession.h"

#include "common/Formatting.h"
#include "metrics/KpiSettings.h"

#include "accounts/AccountRepository.h"
#include "book/AccountCommand.h"
#include "book/BookCommand.h"
#include "book/BackupRotation.h"
#include "book/ChangeSummary.h"
#include "book/ChangeWatch.h"
#include "book/Book.h"
#include "health/HealthCommand.h"
#include "settings/Settings.h"
#include "voc/VocCommand.h"

#include <QUndoStack>

namespace csw {

BookSession::BookSession(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

BookSession::~BookSession()
{
    m_undo->clear();   // commands refer to the book: drop them first
    m_watch.reset();
}

namespace {

bool refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

} // namespace

bool BookSession::mayChangeAccount(qint64 accountId, QString *why) const
{
    if (why)
        why->clear();   // a reason left from an earlier question is not this one's
    if (!m_book || accountId <= 0)
        return refuse(why, {});
    if (m_book->isReadOnly())
        return refuse(why, tr("The book is open read-only"));
    const TeamMember &me = m_book->member();
    if (me.isLead())
        return true;
    const auto account = AccountRepository(*m_book).get(accountId);
    if (account && me.maySetAccount(account->csm))
        return true;
    return refuse(why, me.rule());
}

bool BookSession::mayLead(QString *why) const
{
    if (why)
        why->clear();   // a reason left from an earlier question is not this one's
    if (!m_book)
        return refuse(why, {});
    if (m_book->isReadOnly())
        return refuse(why, tr("The book is open read-only"));
    if (m_book->member().isLead())
        return true;
    return refuse(why, m_book->member().leadRule());
}

bool BookSession::mayLog(QString *why) const
{
    if (why)
        why->clear();   // a reason left from an earlier question is not this one's
    if (!m_book)
        return refuse(why, {});
    if (m_book->isReadOnly())
        return refuse(why, tr("The book is open read-only"));
    const TeamRole role = m_book->member().role;
    if (role == TeamRole::Lead || role == TeamRole::Csm)
        return true;
    return refuse(why, m_book->member().rule());
}

bool BookSession::mayNoteVoc(const VocEntry &entry, QString *why) const
{
    if (why)
        why->clear();   // a reason left from an earlier question is not this one's
    if (!m_book)
        return refuse(why, {});
    if (m_book->isReadOnly())
        return refuse(why, tr("The book is open read-only"));
    const TeamMember &me = m_book->member();
    const QString target = VocNames::key(entry.target);
    if (me.role == TeamRole::Lead || me.role == TeamRole::Csm
        || (me.role == TeamRole::Viewer && !me.team.isEmpty()
            && (target == me.team || entry.target == VocTarget::Both)))
        return true;
    return refuse(why, me.rule());
}

Status BookSession::open(const QString &path)
{
    auto opened = Book::open(path);
    if (!opened)
        return opened.error();
    adopt(std::move(*opened));
    return {};
}

Status BookSession::create(const QString &path, const Currency &currency)
{
    auto created = Book::create(path, currency);
    if (!created)
        return created.error();
    adopt(std::move(*created));
    return {};
}

// A book that was changed gets a rotating backup as it closes (Settings::backupsToKeep()).
void BookSession::backUpIfChanged()
{
    const int keep = Settings::backupsToKeep().value();
    if (!m_book || keep < 1 || m_book->isReadOnly())
        return;
    if (auto made = BackupRotation::runIfChanged(*m_book, keep); !made)
        Q_EMIT errorOccurred(tr("The automatic backup failed: %1").arg(made.error().message));
}

void BookSession::adopt(std::unique_ptr<Book> book)
{
    backUpIfChanged();
    m_undo->clear();
    m_watch.reset();
    m_book = std::move(book);
    m_watch = std::make_unique<ChangeWatch>(*m_book);
    connect(m_watch.get(), &ChangeWatch::changed, this, &BookSession::changedElsewhere);
    const auto settings = KpiSettings::load(*m_book);
    Formatting::setRevenueView(settings ? settings->revenue : RevenueView{});
    Q_EMIT bookOpened(m_book.get());
}

void BookSession::refreshRevenueView()
{
    if (!m_book)
        return;
    const auto settings = KpiSettings::load(*m_book);
    const RevenueView view = settings ? settings->revenue : RevenueView{};
    if (view == Formatting::revenueView())
        return;
    Formatting::setRevenueView(view);
    // Every list that shows money or names ARR reads itself again.
    Q_EMIT accountsAddedOrRemoved();
    Q_EMIT vocChanged(0);
    Q_EMIT workChanged(0);
    Q_EMIT healthChanged(0);
}

// What others committed, told to the views as the changes this window makes are: each view
// re-reads what it shows of the accounts, entries and work named, keeping its selection.
void BookSession::changedElsewhere(const QList<BookChange> &changes)
{
    const ChangeSummary summary = ChangeSummary::of(changes);
    if (summary.accountsAddedOrRemoved)
        Q_EMIT accountsAddedOrRemoved();
    for (auto it = summary.accounts.cbegin(); it != summary.accounts.cend(); ++it)
        Q_EMIT accountChanged(it.key(), it.value());
    if (summary.allHealth)
        Q_EMIT healthChanged(0);
    for (qint64 id : summary.health)
        Q_EMIT healthChanged(id);
    if (summary.alerts)
        Q_EMIT alertsChanged();
    if (summary.allVoc)
        Q_EMIT vocChanged(0);
    for (qint64 id : summary.voc)
        Q_EMIT vocChanged(id);
    if (summary.allWork)
        Q_EMIT workChanged(0);
    for (qint64 id : summary.work)
        Q_EMIT workChanged(id);
    Q_EMIT changedByOthers(changes);
}

void BookSession::close()
{
    if (!m_book)
        return;
    backUpIfChanged();
    m_undo->clear();
    m_watch.reset();
    m_book.reset();
    Q_EMIT bookClosed();
}

Expected<AccountChange> BookSession::perform(const QString &text, const Action &action,
                                             const QString &field)
{
    if (!m_book)
        return Error{tr("no book is open")};
    AccountLifecycle lifecycle(*m_book);
    auto change = action(lifecycle, 0);
    if (!change) {
        if (change.error().kind != ErrorKind::Stale)   // the caller shows the conflict
            Q_EMIT errorOccurred(change.error().message);
        return change;
    }
    m_undo->push(new AccountCommand(*this, text, action, *change, field));
    notify(*change);
    return change;
}

void BookSession::notify(const AccountChange &change)
{
    if (change.created) {
        Q_EMIT accountsAddedOrRemoved();
        return;
    }
    AccountFields what = differingFields(change.before, change.after);
    if (!change.stageEvents.isEmpty() || !change.arrEvents.isEmpty() || !change.renewals.isEmpty())
        what |= AccountField::History;
    Q_EMIT accountChanged(change.accountId, what);
    if (!change.tasks.isEmpty())   // the playbook of the stage entered
        Q_EMIT workChanged(change.accountId);
}

Expected<HealthUpdate> BookSession::recordHealth(qint64 accountId, const Date &on,
                                                 const QStringList &assignments)
{
    if (!m_book)
        return Error{tr("no book is open")};
    auto update = HealthService(*m_book).record(accountId, on, assignments);
    if (!update) {
        Q_EMIT errorOccurred(update.error().message);
        return update;
    }
    const auto account = AccountRepository(*m_book).get(accountId);
    const QString text =
        tr("Record health of %1").arg(account ? account->name : QString::number(accountId));
    m_undo->push(new HealthCommand(*this, text, accountId, on, assignments, *update));
    notifyHealth(accountId);
    return update;
}

void BookSession::notifyHealth(qint64 accountId)
{
    Q_EMIT accountChanged(accountId, AccountField::Health);
    Q_EMIT healthChanged(accountId);
}

Status BookSession::snoozeAlert(qint64 alertId, const Date &until)
{
    if (!m_book)
        return Error{tr("no book is open")};
    const Status done = HealthService(*m_book).snooze(alertId, until);
    if (!done)
        Q_EMIT errorOccurred(done.error().message);
    else
        Q_EMIT alertsChanged();
    return done;
}

Status BookSession::dismissAlert(qint64 alertId)
{
    if (!m_book)
        return Error{tr("no book is open")};
    const Status done = HealthService(*m_book).dismiss(alertId);
    if (!done)
        Q_EMIT errorOccurred(done.error().message);
    else
        Q_EMIT alertsChanged();
    return done;
}

Expected<qint64> BookSession::performVoc(const QString &text, const QList<qint64> &entries,
                                         const VocAction &action)
{
    if (!m_book)
        return Error{tr("no book is open")};
    VocService service(*m_book);
    QList<VocSnapshot> before;
    for (qint64 id : entries) {
        auto snapshot = service.snapshot(id);
        if (!snapshot)
            return snapshot.error();
        before << *snapshot;
    }
    auto done = action(service, 0);
    if (!done)
        return done;
    m_undo->push(new VocCommand(*this, text, action, before, *done));
    notifyVoc(entries.isEmpty() ? 0 : *done);
    return done;
}

void BookSession::notifyVoc(qint64 id)
{
    Q_EMIT vocChanged(id);
}

void BookSession::notifyImported(ImportKind kind)
{
    m_undo->clear();
    switch (kind) {
    case ImportKind::Accounts:
        Q_EMIT accountsAddedOrRemoved();
        break;
    case ImportKind::Health:
        Q_EMIT accountsAddedOrRemoved();   // latest scores and bands
        Q_EMIT healthChanged(0);
        Q_EMIT alertsChanged();
        break;
    case ImportKind::Voc:
        Q_EMIT vocChanged(0);
        break;
    case ImportKind::Nps:
        Q_EMIT accountsAddedOrRemoved();   // an account's NPS answers, wherever they are shown
        break;
    case ImportKind::Contacts:
    case ImportKind::Handoffs:
        Q_EMIT workChanged(0);   // the account's contacts and hand-off panels (and rescheduled tasks)
        break;
    }
}

Status BookSession::run(std::unique_ptr<BookCommand> command)
{
    if (!m_book)
        return Error{tr("no book is open")};
    if (const Status done = command->run(); !done)
        return done;
    m_undo->push(command.release());   // the first redo does nothing: the change has run
    return {};
}

void BookSession::notifyViews(qint64 accountId, int views)
{
    if (views & WorkViews)
        notifyWork(accountId);
    if (views & HealthViews) {
        notifyHealth(accountId);
        Q_EMIT alertsChanged();
    }
    if (views & VocViews)
        notifyVoc(0);
    if (views & AccountViews)
        Q_EMIT accountsAddedOrRemoved();
}

void BookSession::notifyWork(qint64 accountId)
{
    Q_EMIT workChanged(accountId);
}

} // namespace csw
