// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountFields.h"
#include "accounts/AccountLifecycle.h"
#include "book/BookChange.h"
#include "common/Expected.h"
#include "health/HealthService.h"
#include "importing/ImportRunner.h"
#include "voc/VocService.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace csw {

class Book;
class BookCommand;
class ChangeWatch;

// The open book as the window sees it: the Book, its undo stack, and the change signals views
// refresh from. Every edit goes through perform(), which runs it as one transaction and pushes
// an undoable command.
class BookSession final : public QObject
{
    Q_OBJECT

public:
    // One account action; `previousId` is the id an undone addition had, to get it back on redo.
    using Action = std::function<Expected<AccountChange>(AccountLifecycle &, qint64 previousId)>;

    // One VOC action; `previousId` is the id an undone addition had, to get it back on redo.
    // Returns the id of the entry it logged or changed.
    using VocAction = std::function<Expected<qint64>(VocService &, qint64 previousId)>;

    explicit BookSession(QObject *parent = nullptr);
    ~BookSession() override;

    // Opens `path`; on failure the book that was open stays open and the error is returned.
    Status open(const QString &path);
    Status create(const QString &path, const Currency &currency);
    void close();

    Book *book() const { return m_book.get(); }

    // Whether the person may change account `accountId` and its records (on a team book: a
    // lead, or the CSM whose account it is; on a read-only book no one). When not, `why` says
    // why, for a tooltip.
    bool mayChangeAccount(qint64 accountId, QString *why = nullptr) const;
    // Whether the person may make a lead's changes (imports, scorecards, playbooks, holidays).
    bool mayLead(QString *why = nullptr) const;
    // Whether the person may log VOC entries and add accounts (a lead or a CSM).
    bool mayLog(QString *why = nullptr) const;
    // Whether the person may write a note on `entry` (a lead; a CSM, on the entries they
    // logged, which the server checks; a viewer on the entries handed to their team).
    bool mayNoteVoc(const VocEntry &entry, QString *why = nullptr) const;
    QUndoStack *undoStack() const { return m_undo; }

    // Runs `action` now; when it succeeds, pushes it on the undo stack as `text` and returns the
    // change; when it fails, emits errorOccurred and returns the error. The book is unchanged then.
    // An edit refused because someone else changed the account first (ErrorKind::Stale) is only
    // returned: the caller shows the conflict and offers to apply it on top.
    // An edit of one field names it in `field`: repeated edits of that field fold into one step.
    Expected<AccountChange> perform(const QString &text, const Action &action, const QString &field = {});

    // Runs `command`'s change now and, when the book takes it, pushes it on the undo stack (where
    // it may fold into the command before it) and tells the views. A failure is returned, not
    // reported: the caller shows it where the user is; the book is unchanged and the command dropped.
    Status run(std::unique_ptr<BookCommand> command);

    // Tells the views that an account changed (or, when `membership` is set, that accounts were
    // added or removed); used by the undo commands too.
    void notify(const AccountChange &change);

    // Records health measures ("usage=55") for `accountId` on `on` as one undoable command;
    // on failure emits errorOccurred and returns the error, and the book is unchanged.
    Expected<HealthUpdate> recordHealth(qint64 accountId, const Date &on,
                                        const QStringList &assignments);
    // Reads the book's revenue view (ARR or MRR) again after its settings changed; when it
    // moved, every view that shows money reads itself again.
    void refreshRevenueView();
    // Tells the views that an account's health (and so the account and the alerts) changed.
    void notifyHealth(qint64 accountId);
    // Alert actions; plain actions, not undoable. On failure they emit errorOccurred.
    Status snoozeAlert(qint64 alertId, const Date &until);
    Status dismissAlert(qint64 alertId);

    // Runs a VOC action now and, when it succeeds, pushes it on the undo stack as `text`.
    // `entries` are the entries it changes: their snapshots are put back on undo. With no
    // entries the action logs a new one, and undo removes it. A failure is returned, not
    // reported: the caller shows it where the user is (a dialog, or errorOccurred).
    Expected<qint64> performVoc(const QString &text, const QList<qint64> &entries,
                                const VocAction &action);
    // Tells the views that VOC entry `id` changed (0: entries were added or removed).
    void notifyVoc(qint64 id);
    // Tells the views that an import of `kind` wrote to the book. Imports are not undoable, and
    // the commands on the undo stack were recorded against the book before it: the stack is
    // cleared so no undo or redo runs over rows the import added or changed.
    void notifyImported(ImportKind kind);

    // The views a command's change concerns, for notifyViews: an account's work (tasks,
    // activities, objectives, contacts), its health score and alerts, the VOC lists, or the
    // fields of many accounts (a bulk action: every list reads them again).
    enum Views { WorkViews = 1, HealthViews = 2, VocViews = 4, AccountViews = 8 };
    // Tells the views named by `views` (Views flags) about a change of `accountId`'s records
    // (0: of many accounts).
    void notifyViews(qint64 accountId, int views);
    // Tells the views that the tasks, activities or objectives of `accountId` changed
    // (0: of many accounts).
    void notifyWork(qint64 accountId);

Q_SIGNALS:
    void bookOpened(csw::Book *book);
    void bookClosed();
    // Account `id` changed in place, in the fields `what`: a view re-reads it only when it
    // shows, filters or sorts by one of them.
    void accountChanged(qint64 id, csw::AccountFields what);
    void accountsAddedOrRemoved();
    void healthChanged(qint64 id);   // 0: of many accounts
    void alertsChanged();
    void vocChanged(qint64 id);
    void workChanged(qint64 accountId);
    void errorOccurred(const QString &message);
    // Others (another window, csw, a colleague on the team book) committed these changes
    // (empty: unknown which); the matching change signals above were emitted first.
    void changedByOthers(const QList<csw::BookChange> &changes);

private:
    void adopt(std::unique_ptr<Book> book);
    void backUpIfChanged();
    void changedElsewhere(const QList<BookChange> &changes);

    std::unique_ptr<Book> m_book;
    std::unique_ptr<ChangeWatch> m_watch;   // what others commit to m_book
    QUndoStack *m_undo;
};

} // namespace csw
