// SPDX-License-Identifier: MIT
#include "health/HealthCommand.h"

#include "book/Book.h"

namespace csw {

HealthCommand::HealthCommand(BookSession &session, const QString &text, qint64 accountId,
                             const Date &on, QStringList assignments, const HealthUpdate &done)
    : BookCommand(session, text), m_accountId(accountId), m_on(on), m_assignments(std::move(assignments))
{
    remember(done);
}

void HealthCommand::remember(const HealthUpdate &update)
{
    m_replaced = update.replaced;
    m_raisedAlert = update.alert ? std::optional(update.alert->id) : std::nullopt;
}

Status HealthCommand::apply()
{
    auto update = HealthService(*session().book()).record(m_accountId, m_on, m_assignments);
    if (!update)
        return update.error();
    remember(*update);   // a raised alert has a new id now
    return {};
}

Status HealthCommand::revert()
{
    return HealthService(*session().book()).restore(m_accountId, m_on, m_replaced, m_raisedAlert);
}

void HealthCommand::announce()
{
    session().notifyHealth(m_accountId);
}

} // namespace csw
