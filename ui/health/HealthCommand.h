// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookSession.h"

#include <QUndoCommand>

namespace csw {

// Recording health measures as one undoable command: redo records them (one transaction), undo
// puts back the values they replaced and the scores and alert as they were (one transaction).
// Pushed by BookSession::recordHealth after the first recording.
class HealthCommand final : public QUndoCommand
{
public:
    HealthCommand(BookSession &session, const QString &text, qint64 accountId, const Date &on,
                  QStringList assignments, const HealthUpdate &done);

    void undo() override;
    void redo() override;

private:
    void remember(const HealthUpdate &update);

    BookSession &m_session;
    qint64 m_accountId;
    Date m_on;
    QStringList m_assignments;
    MeasureSnapshot m_replaced;
    std::optional<qint64> m_raisedAlert;
    bool m_alreadyDone = true;   // recordHealth() recorded before pushing the command
};

} // namespace csw
