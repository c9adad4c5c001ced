// SPDX-License-Identifier: MIT
#include "PeopleFeed.h"

#include "book/Book.h"
#include "health/PeopleMeasures.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PeopleFeed)
};
} // namespace

int withPeopleMeasures(CommandContext &context, Book &book, qint64 accountId, const std::function<Status()> &change,
                       const std::function<void()> &committed)
{
    std::optional<HealthUpdate> fed;
    const Status done = book.write([&]() -> Status {
        if (auto ok = change(); !ok)
            return ok;
        auto update = PeopleMeasures(book).feed(accountId, Dates::today());
        if (!update)
            return update.error();
        fed = *update;
        return {};
    });
    if (!done)
        return CommandContext::fail(done.error());
    if (committed)
        committed();
    if (fed && fed->result)
        context.print(Tr::tr("health score %1 (champion and hand-off measures updated)").arg(fed->result->score, 0, 'f', 1));
    if (fed && fed->alert)
        context.print(Tr::tr("alert raised: the health score fell"));
    return 0;
}

} // namespace csw::cli
