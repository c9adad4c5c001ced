// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/BulkActions.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QSet>

namespace csw {

class Book;

// One touch model rule (issue 19): accounts whose ARR is from `arrFrom` (inclusive) and below
// `arrBelow` (exclusive; either end open when unset), optionally only those on `plan` or in the
// saved segment `segment`, get `touch`.
struct TouchRule
{
    qint64 id = 0;
    Touch touch = Touch::Low;
    std::optional<Minor> arrFrom;
    std::optional<Minor> arrBelow;
    QString plan;
    QString segment;
    bool operator==(const TouchRule &) const = default;
};

// An account the rules would move, and the rule that moves it.
struct TouchChange
{
    qint64 accountId = 0;
    QString name;
    QString csm;
    Minor arr = 0;
    Touch from = Touch::High;
    Touch to = Touch::High;
    qint64 rule = 0;
    bool kept = false;   // its touch model is kept as set by hand: left alone unless released
};

// What applying the rules would do: the accounts that would change (kept ones too, marked), and
// how many live accounts no rule covers.
struct TouchPreview
{
    QList<TouchChange> changes;
    qint64 unmatched = 0;
    // The accounts that would change (not kept) and their ARR.
    qint64 moving() const;
    Minor movingArr() const;
};

// What one application did, to undo it exactly: the accounts' changes and the keep marks it
// set or took away.
struct TouchApplied
{
    BulkResult bulk;
    QList<qint64> keptNow;
    QList<qint64> releasedNow;
};

// Touch model rules by ARR, plan and segment (issue 19), shared by everyone on a team book. The
// narrowest rule comes first: one within a segment and a plan, then a segment, then a plan,
// then a rule for every account; rules of the same reach may not cover the same ARR (refused,
// naming the overlap). Among rules of two segments an account is in, the one added first wins.
class TouchRules final
{
    Q_DECLARE_TR_FUNCTIONS(TouchRules)

public:
    explicit TouchRules(Book &book) : m_book(book) {}

    Expected<QList<TouchRule>> list() const;
    // Adds `rule` after checking it against the others; returns its id.
    Expected<qint64> add(const TouchRule &rule);
    Status remove(qint64 id);
    // Every rule replaced by `rules` (the window's editor saves them all at once), checked first;
    // a rule with an id keeps it.
    Status replace(const QList<TouchRule> &rules);
    // Refuses an empty ARR range, a segment that is not saved, or two rules of the same reach
    // that cover the same ARR.
    Status check(const QList<TouchRule> &rules) const;

    // What `rules` would change over the live accounts.
    Expected<TouchPreview> preview(const QList<TouchRule> &rules) const;
    // Applies `preview` as one step: each change in `apply` (account ids) is made, releasing a
    // kept account; each other change is kept by hand from now on. Refused for nothing to do.
    Expected<TouchApplied> apply(const TouchPreview &preview, const QSet<qint64> &apply, const Date &on);
    Status undo(const TouchApplied &applied);

    // Accounts whose touch model is kept as set by hand.
    Expected<QSet<qint64>> kept() const;
    Status keep(const QList<qint64> &accounts, bool kept);

    // "¥1,000,000 ≤ ARR < ¥10,000,000", "plan Enterprise", "segment 大口": what a rule covers.
    static QString describe(const TouchRule &rule, const Currency &currency);

private:
    Status setKept(const QList<qint64> &accounts, bool kept);
    Expected<QHash<QString, QSet<qint64>>> segmentMembers(const QList<TouchRule> &rules) const;

    Book &m_book;
};

} // namespace csw
