// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Handoff.h"
#include "accounts/PeopleCommand.h"

#include <QCoreApplication>

namespace csw {

// The sales hand-off's edit, as it was and as it is now; undo writes it back as it was (its
// version too), or takes it away when it had not been filled at all.
class EditHandoffCommand final : public PeopleCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditHandoffCommand)

public:
    EditHandoffCommand(BookSession &session, Handoff before, Handoff after, const Date &on);

private:
    Status change(Book &book) override;
    Status takeBack(Book &book) override;

    Handoff m_before, m_after;
};

// Success-plan objectives made from the hand-off's success criteria; undo takes them away, redo
// makes them again under the ids they had.
class MakeObjectivesCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(MakeObjectivesCommand)

public:
    MakeObjectivesCommand(BookSession &session, qint64 accountId);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    qint64 m_accountId;
    QList<qint64> m_made;
};

} // namespace csw
