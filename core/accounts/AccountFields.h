// SPDX-License-Identifier: MIT
#pragma once

#include <QFlags>
#include <QStringList>

namespace csw {

struct Account;
struct AccountFilter;
enum class AccountSort;

// What of an account a change touched, so that each view re-reads only when something it
// shows, filters or sorts by changed (a note on the account does not re-query the VOC board).
enum class AccountField : quint32 {
    Name = 1u << 0,         // and the external id
    Csm = 1u << 1,
    Touch = 1u << 2,
    Plan = 1u << 3,         // plan, industry, acquisition channel
    Arr = 1u << 4,
    Start = 1u << 5,
    Renewal = 1u << 6,
    Stage = 1u << 7,        // the stage, its date, and a churn's date and reason
    Health = 1u << 8,       // the latest score and band
    History = 1u << 9,      // stage, ARR and renewal events, NPS answers
    Version = 1u << 10,     // the row version and who made the last edit
};
Q_DECLARE_FLAGS(AccountFields, AccountField)
Q_DECLARE_OPERATORS_FOR_FLAGS(AccountFields)

// Every field: a change whose fields are not known.
inline constexpr AccountFields AnyAccountField = AccountFields::fromInt(0x7ff);

// What VOC entries show of their accounts (the names) and rank by (ARR; at risk by health and
// stage).
inline constexpr AccountFields VocImpactFields =
    AccountField::Name | AccountField::Arr | AccountField::Health | AccountField::Stage;

// The fields in which `before` and `after` differ.
AccountFields differingFields(const Account &before, const Account &after);

// The fields the account table's `columns` hold (as named by a team book's change
// notification); an unknown column counts as every field.
AccountFields fieldsOfColumns(const QStringList &columns);

// The fields that decide whether an account passes `filter`, and where `sort` puts it: a
// change to one of them may move the account in or out of a list, or within it.
AccountFields fieldsOf(const AccountFilter &filter);
AccountFields fieldsOf(AccountSort sort);

} // namespace csw
