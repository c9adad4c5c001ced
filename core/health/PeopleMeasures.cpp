// SPDX-License-Identifier: MIT
#include "health/PeopleMeasures.h"

#include "accounts/AccountRepository.h"
#include "accounts/Handoff.h"
#include "book/Book.h"
#include "health/HealthRepository.h"

#include <QSqlQuery>

#include <cmath>

namespace csw {

const QList<Measure> &PeopleMeasures::definitions()
{
    static const QList<Measure> list = {
        // Shown through Measure::shownLabel, in the scorecard's context.
        {Champion, QString::fromUtf8(QT_TRANSLATE_NOOP("Scorecard", "Champion in place (1 yes, 0 left)")), 10, true, 0, 1,
         0.4, 0.6},
        {HandoffComplete, QString::fromUtf8(QT_TRANSLATE_NOOP("Scorecard", "Hand-off complete (%)")), 5, true, 0, 100,
         50, 80},
    };
    return list;
}

const Measure *PeopleMeasures::definition(const QString &key)
{
    for (const Measure &m : definitions())
        if (m.key == key)
            return &m;
    return nullptr;
}

Expected<std::optional<double>> PeopleMeasures::champion(qint64 accountId) const
{
    // Champions: contacts with the role, and the one the hand-off names; one who left or was
    // removed from the list is no longer there.
    auto q = m_book.query(QStringLiteral("SELECT c.left_on IS NULL AND c.removed_on IS NULL FROM contact c "
                                         "WHERE c.account_id = ? AND "
                                         "((',' || c.roles || ',') LIKE '%,champion,%' OR c.id = "
                                         "(SELECT h.champion_id FROM handoff h WHERE h.account_id = c.account_id))"),
                          {accountId});
    if (!q)
        return q.error();
    std::optional<double> value;
    while (q->next()) {
        if (q->value(0).toBool())
            return std::optional<double>(1);
        value = 0;
    }
    return value;
}

Expected<double> PeopleMeasures::handoffComplete(qint64 accountId) const
{
    auto h = Handoffs(m_book).of(accountId);
    if (!h)
        return h.error();
    const double all = double(Handoffs::missing(Handoff{}).size());
    return 100.0 * (all - double(Handoffs::missing(*h).size())) / all;
}

Expected<std::optional<HealthUpdate>> PeopleMeasures::feed(qint64 accountId, const Date &on)
{
    auto account = AccountRepository(m_book).get(accountId);
    if (!account)
        return account.error();
    HealthRepository health(m_book);
    auto card = health.activeScorecard(account->touch);
    if (!card)
        return card.error();
    auto latest = health.valuesAsOf(accountId, on);
    if (!latest)
        return latest.error();
    auto recorded = [&](const QString &key) -> std::optional<double> {
        for (const MeasureValue &v : std::as_const(*latest))
            if (v.key == key)
                return v.value;
        return std::nullopt;
    };
    QStringList assignments;
    bool championLeft = false;
    if (card->measure(Champion)) {
        auto now = champion(accountId);
        if (!now)
            return now.error();
        // Nobody named any more after a champion was: none is there.
        const std::optional<double> value = *now ? *now : recorded(Champion) ? std::optional<double>(0) : std::nullopt;
        if (value && value != recorded(Champion)) {
            assignments << QStringLiteral("%1=%2").arg(Champion).arg(*value);
            championLeft = *value == 0;
        }
    }
    if (card->measure(HandoffComplete)) {
        auto now = handoffComplete(accountId);
        if (!now)
            return now.error();
        const double shown = std::round(*now * 10) / 10;   // as recorded: one decimal
        if (shown != recorded(HandoffComplete))
            assignments << QStringLiteral("%1=%2").arg(HandoffComplete).arg(shown, 0, 'f', 1);
    }
    if (assignments.isEmpty())
        return std::optional<HealthUpdate>();
    auto update = HealthService(m_book).record(accountId, on, assignments, championLeft);
    if (!update)
        return update.error();
    return std::optional<HealthUpdate>(*update);
}

} // namespace csw
