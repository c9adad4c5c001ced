// SPDX-License-Identifier: MIT
#include "book/ChangeSummary.h"

namespace csw {

namespace {

bool among(const QString &table, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        if (table == QLatin1String(name))
            return true;
    return false;
}

// Adds the change's accounts to `ids`; false when they are not named.
bool addAccounts(const BookChange &change, QSet<qint64> &ids)
{
    if (change.manyAccounts)
        return false;
    for (qint64 id : change.accounts)
        ids.insert(id);
    return true;
}

void summariseAccount(const BookChange &change, ChangeSummary &summary)
{
    if (change.op != BookChange::Op::Update || change.manyRows) {
        summary.accountsAddedOrRemoved = true;
        return;
    }
    const AccountFields fields = fieldsOfColumns(change.columns);
    for (qint64 id : change.rows)
        summary.accounts[id] |= fields;
}

void summariseVoc(const BookChange &change, ChangeSummary &summary)
{
    // A new or removed entry changes the board's rows; a link, tag or status row of an entry
    // changes that entry.
    if ((change.table == u"voc" && change.op != BookChange::Op::Update) || change.manyRows) {
        summary.allVoc = true;
        return;
    }
    for (qint64 id : change.rows)
        summary.voc.insert(id);
}

void summarise(const BookChange &change, ChangeSummary &summary)
{
    const QString &table = change.table;
    if (table == u"account") {
        summariseAccount(change, summary);
    } else if (among(table, {"stage_event", "arr_event", "renewal_event", "nps_response"})) {
        // Histories: the account row changes with them (its stage, ARR, renewal), except
        // for NPS answers and corrections of the history alone.
        if (change.manyAccounts)
            summary.accountsAddedOrRemoved = true;
        for (qint64 id : change.accounts)
            summary.accounts[id] |= AccountField::History;
    } else if (among(table, {"health_measure", "health_score"})) {
        summary.allHealth = summary.allHealth || !addAccounts(change, summary.health);
    } else if (among(table, {"scorecard", "scorecard_measure"})) {
        summary.allHealth = true;
    } else if (table == u"churn_reason") {   // a relabelled reason shows in every list
        summary.accountsAddedOrRemoved = true;
    } else if (table == u"health_alert") {
        summary.alerts = true;
    } else if (table.startsWith(u"voc") || table == u"churn_voc") {
        summariseVoc(change, summary);
    } else if (among(table, {"task", "activity", "activity_contact", "plan_objective", "contact", "handoff"})) {
        summary.allWork = summary.allWork || !addAccounts(change, summary.work);
    }
}

} // namespace

ChangeSummary ChangeSummary::of(const QList<BookChange> &changes)
{
    ChangeSummary summary;
    if (changes.isEmpty()) {
        summary.accountsAddedOrRemoved = summary.allHealth = summary.alerts = summary.allVoc =
            summary.allWork = true;
        return summary;
    }
    for (const BookChange &change : changes)
        summarise(change, summary);
    if (summary.accounts.size() > MaxNamed)
        summary.accountsAddedOrRemoved = true;
    if (summary.accountsAddedOrRemoved)
        summary.accounts.clear();
    summary.allHealth = summary.allHealth || summary.health.size() > MaxNamed;
    summary.allVoc = summary.allVoc || summary.voc.size() > MaxNamed;
    summary.allWork = summary.allWork || summary.work.size() > MaxNamed;
    if (summary.allHealth)
        summary.health.clear();
    if (summary.allVoc)
        summary.voc.clear();
    if (summary.allWork)
        summary.work.clear();
    return summary;
}

} // namespace csw
