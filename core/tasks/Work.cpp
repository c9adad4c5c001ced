// SPDX-License-Identifier: MIT
#include "tasks/Work.h"

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
    switch (stage) {
    case Stage::Onboarding:
        return {{tr("Kickoff meeting: goals and success criteria"), QStringLiteral("csm"), 2},
                {tr("Agree the success plan and a quick win"), QStringLiteral("csm"), 5},
                {tr("Check the first logins and setup"), QStringLiteral("csm"), 10},
                {tr("Confirm the quick win with the customer"), QStringLiteral("csm"), 30}};
    case Stage::Adoption:
        return {{tr("Review usage and feature adoption"), QStringLiteral("csm"), 5},
                {tr("Training for the users who lag"), QStringLiteral("csm"), 15},
                {tr("Plan the next QBR"), QStringLiteral("csm"), 40}};
    case Stage::Expansion:
        return {{tr("Map upsell and cross-sell opportunities"), QStringLiteral("csm"), 5},
                {tr("Hand the expansion case to sales"), QStringLiteral("csm"), 10}};
    case Stage::ChurnPrevention:
        return {{tr("Call the sponsor: what changed?"), QStringLiteral("csm"), 1},
                {tr("Write a rescue plan with the customer"), QStringLiteral("csm"), 3},
                {tr("Escalate to the team lead if no progress"), QStringLiteral("csm"), 10}};
    case Stage::Churned: break;
    }
    return {};
}

} // namespace csw
