// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace csw {

class Book;

// One condition of a segment: a field, a comparison and a value already read as the field's
// type (a key, a number in the book's minor units, a count of days).
struct SegmentCondition
{
    QString field;   // arr, touch, …, or a health measure's key; "usage.age": days since measured
    QString op;      // =, !=, <, <=, >, >=
    QVariant value;
    bool operator==(const SegmentCondition &) const = default;
};

// Segments (issue 19): the accounts that meet every condition over any account field and any
// health measure's latest value or age, e.g.
//   adoption < 40 and touch = low and renewal_days <= 120
//   usage.age > 60                      (usage not measured for more than 60 days, or never)
//   stage = churn-prevention and stage_days > 30
// Fields: csm, plan, industry, source (text); touch, stage, band (keys or their labels); arr
// (in the book's currency), health (the latest score); renewal_days (days until the renewal),
// stage_days (days in the current stage), tenure_days (days since the start); a measure's key
// (its latest value) and KEY.age (days since it was last measured; never: no end).
class SegmentRules final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRules)

public:
    // Reads `text` (conditions joined by "and", "かつ" or ","); an unknown field or measure, an
    // unknown comparison or a value of the wrong type is refused, naming it.
    static Expected<QList<SegmentCondition>> parse(const Book &book, const QString &text);
    // The conditions as SQL over the account table (one term each, joined by AND, each row
    // tested as `account`), their values appended to `values`; empty for none. Churned accounts
    // are left out unless a condition asks for them (stage = churned) or `liveOnly` is false (a
    // list that asks for churned accounts itself).
    static QString sql(const QList<SegmentCondition> &conditions, const Date &today, QVariantList &values,
                       bool liveOnly = true);
    // "`idColumn` IN (SELECT account.id FROM account WHERE …)": the accounts meeting the
    // conditions as they stand `today`, churned ones too (a report's scope: churn and retention
    // need the accounts that left); empty for no conditions.
    static QString membersSql(const QString &idColumn, const QList<SegmentCondition> &conditions, const Date &today,
                              QVariantList &values);
    // The fields that are not measures, for messages and the condition editor.
    static const QStringList &accountFields();
};

// A saved segment: its name and its conditions as written.
struct Segment
{
    QString name;
    QString conditions;
    QString changedBy;
    QString changedAt;
};

// How many accounts a segment holds and their ARR.
struct SegmentSize
{
    qint64 accounts = 0;
    Minor arr = 0;
};

// The book's saved segments, shared by everyone on a team book.
class Segments final
{
    Q_DECLARE_TR_FUNCTIONS(Segments)

public:
    explicit Segments(Book &book) : m_book(book) {}

    Expected<QList<Segment>> list() const;
    Expected<Segment> get(const QString &name) const;
    // Saves `segment` under a name not taken (refused as a Conflict otherwise), its conditions
    // read first (refused as parse() refuses them).
    Status add(const Segment &segment);
    Status remove(const QString &name);
    Expected<SegmentSize> size(const QList<SegmentCondition> &conditions) const;
    // A saved segment's size now (its conditions read again: refused when they cannot be).
    Expected<SegmentSize> size(const Segment &segment) const;

private:
    Book &m_book;
};

} // namespace csw
