// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookCommand.h"
#include "common/Dates.h"
#include "health/NpsAnswers.h"

#include <QCoreApplication>

namespace csw {

// An NPS answer added to an account, with the health measure it moves; undo takes both back,
// redo adds the answer again under the id it had.
class AddNpsAnswerCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddNpsAnswerCommand)

public:
    AddNpsAnswerCommand(BookSession &session, NpsAnswer answer);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    NpsAnswer m_answer;   // its id once added
    NpsAdded m_added;     // what the last step wrote, for its undo
};

// An NPS answer's comment handed on as a VOC entry on `on`; undo takes the entry away, redo
// makes it again under the id it had.
class NpsToVocCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(NpsToVocCommand)

public:
    NpsToVocCommand(BookSession &session, qint64 accountId, qint64 answerId, const Date &on);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    qint64 m_accountId, m_answerId;
    Date m_on;
    qint64 m_vocId = 0;
};

} // namespace csw
