// SPDX-License-Identifier: MIT
#include "tasks/RenewalReminders.h"

#include "book/Book.h"
#include "tasks/WorkRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace csw {

namespace {

const QString leadKey = QStringLiteral("renewal_reminder_days");

struct Renewal
{
    qint64 id;
    QString csm;
    Date on;
};

} // namespace

Expected<QList<int>> RenewalReminders::leadDays() const
{
    const QString text = m_book.meta(leadKey);
    if (text.isNull())
        return QList<int>{90, 60, 30};
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        days << part.trimmed().toInt();
    return days;
}

Status RenewalReminders::setLeadDays(const QList<int> &days)
{
    QStringList parts;
    for (int d : days) {
        if (d < 1 || d > 365)
            return Error{tr("a reminder comes 1 to 365 days before the renewal, not %1").arg(d),
                         ErrorKind::Invalid};
        if (!parts.contains(QString::number(d)))
            parts << QString::number(d);
    }
    return m_book.setMeta(leadKey, parts.join(QLatin1Char(',')));
}

Expected<QList<Task>> RenewalReminders::plan(const Date &today) const
{
    auto leads = leadDays();
    if (!leads)
        return leads.error();
    const TeamMember &me = m_book.member();
    if (leads->isEmpty() || (me.role != TeamRole::Lead && me.role != TeamRole::Csm))
        return QList<Task>();
    const int longest = *std::max_element(leads->cbegin(), leads->cend());
    auto q = m_book.query(QStringLiteral("SELECT id, csm, renewal_on FROM account WHERE stage <> 'churned' "
                                         "AND renewal_on >= ? AND renewal_on <= ? ORDER BY renewal_on, id"),
                          {Dates::toIso(today), Dates::toIso(today + boost::gregorian::days(longest))});
    if (!q)
        return q.error();
    QList<Renewal> renewals;
    while (q->next()) {
        if (!me.maySetAccount(q->value(1).toString()))
            continue;
        if (auto on = Dates::parseIso(q->value(2).toString()))
            renewals << Renewal{q->value(0).toLongLong(), q->value(1).toString(), *on};
    }
    q->finish();
    // The reminders already made, in one read rather than one query per account.
    QSet<QString> made;
    auto keys = m_book.query(QStringLiteral("SELECT origin_key FROM task WHERE origin_key LIKE 'renewal:%'"));
    if (!keys)
        return keys.error();
    while (keys->next())
        made.insert(keys->value(0).toString());
    keys->finish();
    QList<Task> tasks;
    for (const Renewal &r : std::as_const(renewals)) {
        for (int lead : std::as_const(*leads)) {
            const Date opens = r.on - boost::gregorian::days(lead);
            if (opens > today)
                continue;   // this window has not opened yet
            // Only the narrowest open window reminds: no 90-day task for a renewal in 20 days.
            const bool narrower = std::any_of(leads->cbegin(), leads->cend(), [&](int other) {
                return other < lead && r.on - boost::gregorian::days(other) <= today;
            });
            const QString key = WorkNames::reminderKey(r.id, r.on, lead);
            if (narrower || made.contains(key))
                continue;
            made.insert(key);
            Task t;
            t.accountId = r.id;
            t.title = WorkNames::reminderTitle(r.on, lead, false);   // shown translated (shownTitle)
            t.owner = r.csm;
            t.dueOn = opens;   // the day its window opened: overdue when that has passed
            t.createdOn = today;
            t.origin = QStringLiteral("renewal:%1").arg(lead);
            t.originKey = key;
            tasks << t;
        }
    }
    return tasks;
}

Expected<int> RenewalReminders::due(const Date &today) const
{
    auto tasks = plan(today);
    if (!tasks)
        return tasks.error();
    return int(tasks->size());
}

Expected<int> RenewalReminders::run(const Date &today)
{
    int made = 0;
    const Status written = m_book.write([&]() -> Status {
        auto tasks = plan(today);
        if (!tasks)
            return tasks.error();
        WorkRepository work(m_book);
        for (const Task &t : std::as_const(*tasks)) {
            if (auto id = work.addTask(t); !id)
                return id.error();
            ++made;
        }
        return {};
    });
    if (!written)
        return written.error();
    return made;
}

} // namespace csw
