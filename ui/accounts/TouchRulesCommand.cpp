// SPDX-License-Identifier: MIT
#include "accounts/TouchRulesCommand.h"

#include "book/Book.h"
#include "book/BookSession.h"

namespace csw {

ApplyTouchRulesCommand::ApplyTouchRulesCommand(BookSession &session, QList<TouchRule> before,
                                               QList<TouchRule> after, TouchPreview preview, QSet<qint64> chosen,
                                               const Date &on)
    : BookCommand(session, tr("Apply touch model rules")), m_before(std::move(before)), m_after(std::move(after)),
      m_preview(std::move(preview)), m_chosen(std::move(chosen)), m_on(on)
{
}

Status ApplyTouchRulesCommand::apply()
{
    Book &b = *session().book();
    return b.write([&]() -> Status {
        if (auto ok = TouchRules(b).replace(m_after); !ok)
            return ok;
        auto result = TouchRules(b).apply(m_preview, m_chosen, m_on);
        if (!result)
            return result.error();
        m_applied = *result;
        return {};
    });
}

Status ApplyTouchRulesCommand::revert()
{
    Book &b = *session().book();
    return b.write([&]() -> Status {
        if (auto ok = TouchRules(b).undo(m_applied); !ok)
            return ok;
        return TouchRules(b).replace(m_before);
    });
}

void ApplyTouchRulesCommand::announce()
{
    session().notifyViews(0, BookSession::AccountViews);
}

} // namespace csw
