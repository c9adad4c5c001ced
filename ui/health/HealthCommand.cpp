// SPDX-License-Identifier: MIT
#include "health/HealthCommand.h"

#include "book/Book.h"

namespace csw {

HealthCommand::HealthCommand(BookSession &session, const QString &text, qint64 accountId,
                             const Date &on, QStringList assignments, const HealthUpdate &done)
    : QUndoCommand(text), m_session(session), m_accountId(accountId), m_on(on),
      m_assignments(std::move(assignments))
{
    remember(done);
}

void HealthCommand::remember(const HealthUpdate &update)
{
    m_replaced = update.replaced;
    m_raisedAlert = update.alert ? std::optional(update.alert->id) : std::nullopt;
}

void HealthCommand::redo()
{
    if (std::exchange(m_alreadyDone, false))
        return;
    auto update = HealthService(*m_session.book()).record(m_accountId, m_on, m_assignments);
    if (!update) {
        setObsolete(true);
        Q_EMIT m_session.errorOccurred(update.error().message);
        return;
    }
    remember(*update);   // a raised alert has a new id now
    m_session.notifyHealth(m_accountId);
}

void HealthCommand::undo()
{
    const Status restored =
        HealthService(*m_session.book()).restore(m_accountId, m_on, m_replaced, m_raisedAlert);
    if (!restored) {
        setObsolete(true);
        Q_EMIT m_session.errorOccurred(restored.error().message);
        return;
    }
    m_session.notifyHealth(m_accountId);
}

} // namespace csw
