// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/TouchRules.h"
#include "book/BookCommand.h"
#include "common/Dates.h"

#include <QCoreApplication>
#include <QSet>

namespace csw {

// The touch model rules saved as typed and the changes of a preview applied, on `on`, as one
// step: undone, the accounts and the rules are both as they were.
class ApplyTouchRulesCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyTouchRulesCommand)

public:
    // `chosen`: the accounts of `preview` whose change the person ticked.
    ApplyTouchRulesCommand(BookSession &session, QList<TouchRule> before, QList<TouchRule> after,
                           TouchPreview preview, QSet<qint64> chosen, const Date &on);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    QList<TouchRule> m_before, m_after;
    TouchPreview m_preview;
    QSet<qint64> m_chosen;
    Date m_on;
    TouchApplied m_applied;
};

} // namespace csw
