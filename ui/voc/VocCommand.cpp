// SPDX-License-Identifier: MIT
#include "voc/VocCommand.h"

#include "book/Book.h"

namespace csw {

VocCommand::VocCommand(BookSession &session, const QString &text, BookSession::VocAction action,
                       QList<VocSnapshot> before, qint64 doneId)
    : BookCommand(session, text), m_action(std::move(action)), m_before(std::move(before)), m_id(doneId)
{
}

Status VocCommand::apply()
{
    VocService service(*session().book());
    auto done = m_action(service, m_before.isEmpty() ? m_id : 0);
    if (!done)
        return done.error();
    m_id = *done;
    return {};
}

Status VocCommand::revert()
{
    Book &book = *session().book();
    VocService service(book);
    if (m_before.isEmpty())
        return service.remove(m_id);
    return book.write([&]() -> Status {
        // Newest first, so an entry snapshotted twice ends as it first was.
        for (auto it = m_before.crbegin(); it != m_before.crend(); ++it) {
            if (auto ok = service.restore(*it); !ok)
                return ok;
        }
        return {};
    });
}

void VocCommand::announce()
{
    session().notifyVoc(m_before.isEmpty() ? 0 : m_id);
}

} // namespace csw
