// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/BulkActions.h"
#include "book/BookCommand.h"

namespace csw {

// One change made to every listed account, as one step: undo takes back exactly what the last
// step did to each (BulkResult); redo makes it again, giving the tasks and activities it adds the
// ids they had. Subclasses hold the value they set and say which BulkActions call sets it.
class BulkCommand : public BookCommand
{
protected:
    BulkCommand(BookSession &session, const QString &text, QList<qint64> ids);

    // Makes the change on `ids`; `reuse`: the ids of the rows an undone run added.
    virtual Expected<BulkResult> change(BulkActions &bulk, const QList<qint64> &ids, const QList<qint64> &reuse) = 0;

private:
    Status apply() final;
    Status revert() final;
    void announce() final;

    QList<qint64> m_ids;
    BulkResult m_done;
};

class AssignCsmCommand final : public BulkCommand
{
public:
    AssignCsmCommand(BookSession &session, const QString &text, QList<qint64> ids, QString csm, const Date &on);

private:
    Expected<BulkResult> change(BulkActions &bulk, const QList<qint64> &ids, const QList<qint64> &) override;

    QString m_csm;
    Date m_on;
};

class SetTouchCommand final : public BulkCommand
{
public:
    SetTouchCommand(BookSession &session, const QString &text, QList<qint64> ids, Touch touch, const Date &on);

private:
    Expected<BulkResult> change(BulkActions &bulk, const QList<qint64> &ids, const QList<qint64> &) override;

    Touch m_touch;
    Date m_on;
};

class MoveStageCommand final : public BulkCommand
{
public:
    MoveStageCommand(BookSession &session, const QString &text, QList<qint64> ids, Stage stage, const Date &on);

private:
    Expected<BulkResult> change(BulkActions &bulk, const QList<qint64> &ids, const QList<qint64> &) override;

    Stage m_stage;
    Date m_on;
};

class AddTaskToEachCommand final : public BulkCommand
{
public:
    AddTaskToEachCommand(BookSession &session, const QString &text, QList<qint64> ids, Task task);

private:
    Expected<BulkResult> change(BulkActions &bulk, const QList<qint64> &ids, const QList<qint64> &reuse) override;

    Task m_task;
};

class LogActivityOnEachCommand final : public BulkCommand
{
public:
    LogActivityOnEachCommand(BookSession &session, const QString &text, QList<qint64> ids, Activity activity);

private:
    Expected<BulkResult> change(BulkActions &bulk, const QList<qint64> &ids, const QList<qint64> &reuse) override;

    Activity m_activity;
};

} // namespace csw
