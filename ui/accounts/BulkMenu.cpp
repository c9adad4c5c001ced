// SPDX-License-Identifier: MIT
#include "accounts/BulkMenu.h"

#include "accounts/BulkCommands.h"
#include "accounts/TouchRulesDialog.h"
#include "programs/ProgramsDialog.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "stages/Stage.h"
#include "tasks/ActivityDialog.h"
#include "tasks/TaskDialog.h"

#include <QInputDialog>
#include <QMessageBox>

#include <memory>

namespace csw {

BulkMenu::BulkMenu(BookSession &session, Listed listed, std::function<QString()> segmentName, QWidget *parent)
    : QMenu(parent), m_session(session), m_listed(std::move(listed)), m_segmentName(std::move(segmentName))
{
    addAction(tr("Assign CSM…"), this, &BulkMenu::assignCsm);
    addAction(tr("Set Touch Model…"), this, &BulkMenu::setTouch);
    addAction(tr("Move to Stage…"), this, &BulkMenu::moveStage);
    addSeparator();
    addAction(tr("Add Task to Each…"), this, &BulkMenu::addTask);
    addAction(tr("Log Activity on Each…"), this, &BulkMenu::logActivity);
    addSeparator();
    addAction(tr("Touch Model Rules…"), this, &BulkMenu::touchRules);   // every account, not only those listed
    addAction(tr("Programs…"), this, &BulkMenu::programs);
}

void BulkMenu::programs()
{
    if (!m_session.book())
        return;
    ProgramsDialog dialog(m_session, m_listed, m_segmentName, parentWidget());
    dialog.exec();
}

void BulkMenu::touchRules()
{
    if (!m_session.book())
        return;
    TouchRulesDialog dialog(m_session, parentWidget());
    dialog.exec();
}

QList<qint64> BulkMenu::listedIds()
{
    Book *book = m_session.book();
    if (!book)
        return {};
    const auto ids = BulkActions(*book).accounts(m_listed());
    if (!ids || ids->isEmpty()) {
        QMessageBox::information(parentWidget(), tr("For the Accounts Listed"),
                                 ids ? tr("No accounts are listed: nothing to change.") : ids.error().message);
        return {};
    }
    return *ids;
}

void BulkMenu::assignCsm()
{
    const QList<qint64> ids = listedIds();
    if (ids.isEmpty())
        return;
    const auto csms = AccountRepository(*m_session.book()).csms();
    bool ok = false;
    const QString csm = QInputDialog::getItem(parentWidget(), tr("Assign CSM"),
                                              tr("CSM for the %n account(s) listed:", nullptr, int(ids.size())),
                                              csms ? *csms : QStringList(), 0, true, &ok).trimmed();
    if (!ok)
        return;
    const Status done = m_session.run(std::make_unique<AssignCsmCommand>(
        m_session, tr("Assign %1 to %n account(s)", nullptr, int(ids.size())).arg(csm), ids, csm, Dates::today()));
    if (!done)
        Q_EMIT m_session.errorOccurred(done.error().message);
}

void BulkMenu::setTouch()
{
    const QList<qint64> ids = listedIds();
    if (ids.isEmpty())
        return;
    QStringList labels;
    for (const QString &key : Stages::touchKeys())
        labels << Stages::label(*Stages::touchFromKey(key));
    bool ok = false;
    const QString label = QInputDialog::getItem(parentWidget(), tr("Set Touch Model"),
                                                tr("Touch model for the %n account(s) listed:", nullptr, int(ids.size())),
                                                labels, 0, false, &ok);
    if (!ok)
        return;
    const Touch touch = *Stages::touchFromKey(Stages::touchKeys().value(labels.indexOf(label)));
    const Status done = m_session.run(std::make_unique<SetTouchCommand>(
        m_session, tr("Set %1 for %n account(s)", nullptr, int(ids.size())).arg(label), ids, touch, Dates::today()));
    if (!done)
        Q_EMIT m_session.errorOccurred(done.error().message);
}

void BulkMenu::moveStage()
{
    const QList<qint64> ids = listedIds();
    if (ids.isEmpty())
        return;
    QStringList labels;
    QList<Stage> stages;
    for (const QString &key : Stages::keys()) {
        if (const Stage stage = *Stages::fromKey(key); stage != Stage::Churned) {   // churns one by one, with a reason
            labels << Stages::label(stage);
            stages << stage;
        }
    }
    bool ok = false;
    const QString label = QInputDialog::getItem(parentWidget(), tr("Move to Stage"),
                                                tr("Stage for the %n account(s) listed, from today:", nullptr,
                                                   int(ids.size())),
                                                labels, 0, false, &ok);
    if (!ok)
        return;
    const Stage stage = stages.value(labels.indexOf(label));
    const Status done = m_session.run(std::make_unique<MoveStageCommand>(
        m_session, tr("Move %n account(s) to %1", nullptr, int(ids.size())).arg(label), ids, stage, Dates::today()));
    if (!done)
        Q_EMIT m_session.errorOccurred(done.error().message);
}

void BulkMenu::addTask()
{
    const QList<qint64> ids = listedIds();
    if (ids.isEmpty())
        return;
    const auto csms = AccountRepository(*m_session.book()).csms();
    // No owner chosen: each account's own CSM does it.
    TaskDialog dialog(QStringList{QString()} + (csms ? *csms : QStringList()), QString(),
                      Dates::today() + boost::gregorian::days(7), parentWidget());
    dialog.setWindowTitle(tr("Add Task to %n Account(s)", nullptr, int(ids.size())));
    dialog.setSubmit([&]() -> Status {
        return m_session.run(std::make_unique<AddTaskToEachCommand>(
            m_session, tr("Add task to %n account(s)", nullptr, int(ids.size())), ids, dialog.task()));
    });
    dialog.exec();
}

void BulkMenu::logActivity()
{
    const QList<qint64> ids = listedIds();
    if (ids.isEmpty())
        return;
    ActivityDialog dialog({}, {}, Dates::today(), parentWidget());
    dialog.setWindowTitle(tr("Log Activity on %n Account(s)", nullptr, int(ids.size())));
    const QString author = m_session.book()->member().login;
    dialog.setSubmit([&]() -> Status {
        Activity activity = dialog.activity();
        activity.author = author;
        return m_session.run(std::make_unique<LogActivityOnEachCommand>(
            m_session, tr("Log activity on %n account(s)", nullptr, int(ids.size())), ids, activity));
    });
    dialog.exec();
}

} // namespace csw
