// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookCommand.h"
#include "book/BookSession.h"

namespace csw {

// Recording health measures as one undoable command: redo records them (one transaction), undo
// puts back the values they replaced and the scores and alert as they were (one transaction).
// Pushed by BookSession::recordHealth after the first recording.
class HealthCommand final : public BookCommand
{
public:
    HealthCommand(BookSession &session, const QString &text, qint64 accountId, const Date &on,
                  QStringList assignments, const HealthUpdate &done);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;
    void remember(const HealthUpdate &update);

    qint64 m_accountId;
    Date m_on;
    QStringList m_assignments;
    MeasureSnapshot m_replaced;
    std::optional<qint64> m_raisedAlert;
};

} // namespace csw
