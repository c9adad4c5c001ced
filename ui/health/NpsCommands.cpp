// SPDX-License-Identifier: MIT
#include "health/NpsCommands.h"

#include "book/BookSession.h"

namespace csw {

AddNpsAnswerCommand::AddNpsAnswerCommand(BookSession &session, NpsAnswer answer)
    : BookCommand(session, tr("Add NPS answer")), m_answer(std::move(answer))
{
}

Status AddNpsAnswerCommand::apply()
{
    auto done = NpsAnswers(*session().book()).add(m_answer);
    if (!done)
        return done.error();
    m_added = *done;
    m_answer.id = done->answerId;   // redo brings it back under the same id
    return {};
}

Status AddNpsAnswerCommand::revert()
{
    return NpsAnswers(*session().book()).revert(m_added);
}

void AddNpsAnswerCommand::announce()
{
    session().notifyViews(m_answer.accountId, BookSession::WorkViews | BookSession::HealthViews);
}

NpsToVocCommand::NpsToVocCommand(BookSession &session, qint64 accountId, qint64 answerId, const Date &on)
    : BookCommand(session, tr("Make VOC entry from NPS answer")), m_accountId(accountId), m_answerId(answerId),
      m_on(on)
{
}

Status NpsToVocCommand::apply()
{
    auto made = NpsAnswers(*session().book()).toVoc(m_answerId, m_on, m_vocId);
    if (!made)
        return made.error();
    m_vocId = *made;
    return {};
}

Status NpsToVocCommand::revert()
{
    return NpsAnswers(*session().book()).revertToVoc(m_answerId, m_vocId);
}

void NpsToVocCommand::announce()
{
    session().notifyViews(m_accountId, BookSession::WorkViews | BookSession::VocViews);
}

} // namespace csw
