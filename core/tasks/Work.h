// SPDX-License-Identifier: MIT
// What a CSM does and plans around an account: activities, tasks, success plan objectives and
// the playbook steps that make tasks when an account enters a stage.
#pragma once

#include "common/Dates.h"
#include "stages/Stage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace csw {

enum class ActivityKind { Call, Meeting, Email, Note, Qbr };
enum class TaskStatus { Open, Done, Cancelled };

struct Activity
{
    qint64 id = 0;
    qint64 accountId = 0;
    ActivityKind kind = ActivityKind::Note;
    Date occurredOn;
    QString author;
    QString text;
    std::optional<qint64> vocId;
    QList<qint64> attendees;        // the account's contacts who took part
    QStringList attendeeNames;      // theirs as read, "(former contact)" marked; not written
};

struct Task
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString title;
    QString owner;
    Date dueOn;
    TaskStatus status = TaskStatus::Open;
    Date createdOn;
    std::optional<Date> closedOn;
    QString origin = QStringLiteral("manual");   // manual, playbook:STAGE, renewal:DAYS
    QString originKey;                           // unique when set: made once
    int version = 1;        // moved on by every change (see Account::version)
    QString changedBy;      // who made the last change: for a closed task, who closed it
};

// One objective of an account's success plan, measured from a start value to a target.
struct PlanObjective
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString title;
    double startValue = 0;
    double currentValue = 0;
    double targetValue = 100;
    std::optional<Date> dueOn;
    bool quickWin = false;
    std::optional<Date> achievedOn;
    int version = 1;        // moved on by every edit: an edit based on an older one is refused

    // How far from start to target the current value is, 0..100 (clamped).
    double progressPercent() const;
    // `mine`, an edit of `seen`, applied on `theirs` (the objective as someone else left it
    // since): only the fields the person changed go over theirs; the version is theirs.
    static PlanObjective onTopOf(const PlanObjective &theirs, const PlanObjective &seen,
                                 const PlanObjective &mine);
};

// A task a playbook makes when an account enters its stage.
struct PlaybookStep
{
    QString title;
    QString owner = QStringLiteral("csm");   // "csm": the account's CSM; else a name
    int dueBusinessDays = 0;
    bool operator==(const PlaybookStep &) const = default;
};

class WorkNames
{
    Q_DECLARE_TR_FUNCTIONS(WorkNames)

public:
    static QString key(ActivityKind kind);
    static QString label(ActivityKind kind);
    static std::optional<ActivityKind> activityKindFromKey(const QString &key);
    static QStringList activityKindKeys();
    static QString key(TaskStatus status);
    static QString label(TaskStatus status);
    static std::optional<TaskStatus> taskStatusFromKey(const QString &key);
    // The playbooks a new book starts with (schema version 6 writes them as SQL; tst_work keeps
    // the two the same). Their titles are stored as English sources and shown translated
    // (shownTitle): a book made under one language reads in each person's.
    static QList<PlaybookStep> defaultPlaybook(Stage stage);
    // A stored playbook or task title as shown: a built-in one translated, one someone wrote
    // as written.
    static QString shownTitle(const QString &stored);
    // A task's title as shown: a renewal reminder's is made from what it reminds of, in the
    // language shown; others as shownTitle.
    static QString shownTitle(const Task &task);
    // The title of a renewal reminder for a renewal on `renewal`, `lead` days before it.
    static QString reminderTitle(const Date &renewal, int lead, bool translated = true);
    // A renewal reminder's origin_key, "renewal:ACCOUNT:DATE:LEAD": made once per window.
    static QString reminderKey(qint64 accountId, const Date &renewal, int lead);
};

} // namespace csw
