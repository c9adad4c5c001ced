// SPDX-License-Identifier: MIT
#include "tasks/Work.h"

#include <QCoreApplication>

#include <algorithm>

namespace csw {

double PlanObjective::progressPercent() const
{
    if (targetValue == startValue)
        return 0;
    return std::clamp((currentValue - startValue) / (targetValue - startValue) * 100.0, 0.0, 100.0);
}

PlanObjective PlanObjective::onTopOf(const PlanObjective &theirs, const PlanObjective &seen,
                                     const PlanObjective &mine)
{
    PlanObjective out = theirs;
    const auto take = [](auto &field, const auto &was, const auto &wanted) {
        if (wanted != was)
            field = wanted;
    };
    take(out.title, seen.title, mine.title);
    take(out.startValue, seen.startValue, mine.startValue);
    take(out.currentValue, seen.currentValue, mine.currentValue);
    take(out.targetValue, seen.targetValue, mine.targetValue);
    take(out.dueOn, seen.dueOn, mine.dueOn);
    take(out.quickWin, seen.quickWin, mine.quickWin);
    take(out.achievedOn, seen.achievedOn, mine.achievedOn);
    return out;
}

QString WorkNames::key(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call: return QStringLiteral("call");
    case ActivityKind::Meeting: return QStringLiteral("meeting");
    case ActivityKind::Email: return QStringLiteral("email");
    case ActivityKind::Note: return QStringLiteral("note");
    case ActivityKind::Qbr: return QStringLiteral("qbr");
    }
    return {};
}

QString WorkNames::label(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call: return tr("Call");
    case ActivityKind::Meeting: return tr("Meeting");
    case ActivityKind::Email: return tr("Email");
    case ActivityKind::Note: return tr("Note");
    case ActivityKind::Qbr: return tr("QBR");
    }
    return {};
}

std::optional<ActivityKind> WorkNames::activityKindFromKey(const QString &key)
{
    for (ActivityKind k : {ActivityKind::Call, ActivityKind::Meeting, ActivityKind::Email,
                           ActivityKind::Note, ActivityKind::Qbr}) {
        if (WorkNames::key(k) == key.trimmed().toLower())
            return k;
    }
    return std::nullopt;
}

QStringList WorkNames::activityKindKeys()
{
    return {QStringLiteral("call"), QStringLiteral("meeting"), QStringLiteral("email"),
            QStringLiteral("note"), QStringLiteral("qbr")};
}

QString WorkNames::key(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open: return QStringLiteral("open");
    case TaskStatus::Done: return QStringLiteral("done");
    case TaskStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString WorkNames::label(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open: return tr("Open");
    case TaskStatus::Done: return tr("Done");
    case TaskStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

std::optional<TaskStatus> WorkNames::taskStatusFromKey(const QString &key)
{
    for (TaskStatus s : {TaskStatus::Open, TaskStatus::Done, TaskStatus::Cancelled}) {
        if (WorkNames::key(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

QList<PlaybookStep> WorkNames::defaultPlaybook(Stage stage)
{
    const auto step = [](const char *title, int days) {
        return PlaybookStep{QString::fromUtf8(title), QStringLiteral("csm"), days};
    };
    switch (stage) {
    case Stage::Onboarding:
        return {step(QT_TR_NOOP("Kickoff meeting: goals and success criteria"), 2),
                step(QT_TR_NOOP("Agree the success plan and a quick win"), 5),
                step(QT_TR_NOOP("Check the first logins and setup"), 10),
                step(QT_TR_NOOP("Confirm the quick win with the customer"), 30)};
    case Stage::Adoption:
        return {step(QT_TR_NOOP("Review usage and feature adoption"), 5),
                step(QT_TR_NOOP("Training for the users who lag"), 15),
                step(QT_TR_NOOP("Plan the next QBR"), 40)};
    case Stage::Expansion:
        return {step(QT_TR_NOOP("Map upsell and cross-sell opportunities"), 5),
                step(QT_TR_NOOP("Hand the expansion case to sales"), 10)};
    case Stage::ChurnPrevention:
        return {step(QT_TR_NOOP("Call the sponsor: what changed?"), 1),
                step(QT_TR_NOOP("Write a rescue plan with the customer"), 3),
                step(QT_TR_NOOP("Escalate to the team lead if no progress"), 10)};
    case Stage::Churned: break;
    }
    return {};
}

QString WorkNames::shownTitle(const QString &stored)
{
    return QCoreApplication::translate("WorkNames", stored.toUtf8().constData());
}

QString WorkNames::reminderTitle(const Date &renewal, int lead, bool translated)
{
    static const char *const source = QT_TR_NOOP("Renewal on %1 (%2 days): confirm the renewal");
    const QString text = translated ? tr(source) : QString::fromUtf8(source);
    return text.arg(Dates::toIso(renewal)).arg(lead);
}

QString WorkNames::reminderKey(qint64 accountId, const Date &renewal, int lead)
{
    return QStringLiteral("renewal:%1:%2:%3").arg(accountId).arg(Dates::toIso(renewal)).arg(lead);
}

QString WorkNames::shownTitle(const Task &task)
{
    // origin_key as reminderKey makes it
    const QStringList parts = task.originKey.split(u':');
    if (task.origin.startsWith(u"renewal:") && parts.size() == 4) {
        bool ok = false;
        const int lead = parts.at(3).toInt(&ok);
        if (const auto renewal = Dates::parseIso(parts.at(2)); renewal && ok)
            return reminderTitle(*renewal, lead);
    }
    return shownTitle(task.title);
}

} // namespace csw
