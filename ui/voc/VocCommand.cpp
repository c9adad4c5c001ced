// SPDX-License-Identifier: MIT
#include "voc/VocCommand.h"

#include "book/Book.h"

namespace csw {

VocCommand::VocCommand(BookSession &session, const QString &text, BookSession::VocAction action,
                       QList<VocSnapshot> before, qint64 doneId)
    : QUndoCommand(text), m_session(session), m_action(std::move(action)),
      m_before(std::move(before)), m_id(doneId)
{
}

void VocCommand::redo()
{
    if (std::exchange(m_alreadyDone, false))
        return;
    VocService service(*m_session.book());
    auto done = m_action(service, m_before.isEmpty() ? m_id : 0);
    if (!done) {
        setObsolete(true);
        Q_EMIT m_session.errorOccurred(done.error().message);
        return;
    }
    m_id = *done;
    m_session.notifyVoc(m_before.isEmpty() ? 0 : m_id);
}

void VocCommand::undo()
{
    Book &book = *m_session.book();
    VocService service(book);
    const Status undone = m_before.isEmpty()
        ? service.remove(m_id)
        : book.write([&]() -> Status {
              // Newest first, so an entry snapshotted twice ends as it first was.
              for (auto it = m_before.crbegin(); it != m_before.crend(); ++it) {
                  if (auto ok = service.restore(*it); !ok)
                      return ok;
              }
              return {};
          });
    if (!undone) {
        setObsolete(true);
        Q_EMIT m_session.errorOccurred(undone.error().message);
        return;
    }
    m_session.notifyVoc(m_before.isEmpty() ? 0 : m_id);
}

} // namespace csw
