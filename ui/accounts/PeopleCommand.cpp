// SPDX-License-Identifier: MIT
#include "accounts/PeopleCommand.h"

#include "book/Book.h"
#include "book/BookSession.h"
#include "health/PeopleMeasures.h"

namespace csw {

PeopleCommand::PeopleCommand(BookSession &session, const QString &text, qint64 accountId, const Date &on)
    : BookCommand(session, text), m_accountId(accountId), m_on(on)
{
}

Status PeopleCommand::apply()
{
    Book &b = *session().book();
    return b.write([&]() -> Status {
        if (auto ok = change(b); !ok)
            return ok;
        auto update = PeopleMeasures(b).feed(m_accountId, m_on);
        if (!update)
            return update.error();
        m_fed = *update;
        return {};
    });
}

Status PeopleCommand::revert()
{
    Book &b = *session().book();
    return b.write([&]() -> Status {
        if (m_fed) {   // the measures as they were, the alert it raised withdrawn
            const auto alert = m_fed->alert ? std::optional<qint64>(m_fed->alert->id) : std::nullopt;
            if (auto ok = HealthService(b).restore(m_accountId, m_on, m_fed->replaced, alert); !ok)
                return ok;
        }
        return takeBack(b);
    });
}

void PeopleCommand::announce()
{
    session().notifyViews(m_accountId, BookSession::WorkViews | BookSession::HealthViews);
}

} // namespace csw
