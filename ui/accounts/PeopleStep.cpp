// SPDX-License-Identifier: MIT
#include "accounts/PeopleStep.h"

#include "book/Book.h"
#include "health/PeopleMeasures.h"

#include <memory>

namespace csw {

PeopleStep PeopleStep::of(qint64 accountId, const Date &on, BookSession::WorkStep redo, BookSession::WorkStep undo)
{
    auto fed = std::make_shared<std::optional<HealthUpdate>>();
    return {[=](Book &b) -> Status {
                return b.write([&]() -> Status {
                    if (auto ok = redo(b); !ok)
                        return ok;
                    auto update = PeopleMeasures(b).feed(accountId, on);
                    if (!update)
                        return update.error();
                    *fed = *update;
                    return {};
                });
            },
            [=](Book &b) -> Status {
                return b.write([&]() -> Status {
                    if (*fed) {   // the measures as they were, the alert it raised withdrawn
                        const HealthUpdate &u = **fed;
                        const auto alert = u.alert ? std::optional<qint64>(u.alert->id) : std::nullopt;
                        if (auto ok = HealthService(b).restore(accountId, on, u.replaced, alert); !ok)
                            return ok;
                    }
                    return undo(b);
                });
            }};
}

} // namespace csw
