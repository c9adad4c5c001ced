// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csw {

// What a customer said (DOMAIN.md, "Voice of the customer").
enum class VocKind { FeatureRequest, Bug, Usability, ExpectationGap, Praise, ChurnReason, Pricing,
                     Other };
// Who it is handed off to: sales gets the expectation gaps sales created (提供する情報に差異).
enum class VocTarget { Product, Marketing, Both, Sales };
// Where in the triage workflow it is; see VocWorkflow for the allowed moves.
enum class VocStatus { New, Triaged, HandedOff, Accepted, Planned, Done, Declined, ClosedLoop };
// Where it was heard.
enum class VocSource { Meeting, Call, Email, Survey, Support, Qbr, Other };

// How much an account cares: the weight of its ARR in the weighted impact.
enum class Importance { NiceToHave = 1, Important = 2, Dealbreaker = 3 };

// Keys (as in CLI.md and the book) and translated labels of the VOC vocabularies.
class VocNames
{
    Q_DECLARE_TR_FUNCTIONS(VocNames)

public:
    static QString key(VocKind kind);
    static QString key(VocTarget target);
    static QString key(VocStatus status);
    static QString key(VocSource source);
    static QString key(Importance importance);   // "nice-to-have", "important", "dealbreaker"
    static QString label(VocKind kind);
    static QString label(VocTarget target);
    static QString label(VocStatus status);
    static QString label(VocSource source);
    static QString label(Importance importance);

    // Keys, and also the Japanese labels users see and type.
    static std::optional<VocKind> kindFromKey(const QString &key);
    static std::optional<VocTarget> targetFromKey(const QString &key);
    static std::optional<VocStatus> statusFromKey(const QString &key);
    static std::optional<VocSource> sourceFromKey(const QString &key);
    // "1".."3" or a key.
    static std::optional<Importance> importanceFromKey(const QString &key);

    static const QList<VocKind> &kinds();
    static const QList<VocTarget> &targets();
    static const QList<VocStatus> &statuses();
    static const QList<VocSource> &sources();
    static QStringList kindKeys();
    static QStringList targetKeys();
    static QStringList statusKeys();
    static QStringList sourceKeys();
};

// One account behind an entry, and how much it cares.
struct VocLink
{
    qint64 accountId = 0;
    Importance importance = Importance::NiceToHave;
    bool operator==(const VocLink &) const = default;
};

// One VOC entry as logged.
struct VocEntry
{
    qint64 id = 0;
    QString text;
    VocKind kind = VocKind::FeatureRequest;
    VocTarget target = VocTarget::Product;
    VocStatus status = VocStatus::New;
    std::optional<VocSource> source;
    Date loggedOn;
    QStringList tags;        // sorted, unique
    QList<VocLink> links;    // by account id
    std::optional<qint64> mergedInto;   // set when merged into another entry
    std::optional<qint64> saidBy;       // the contact who said it, one of the linked accounts' people
    int version = 1;         // moved on by every change: a change based on an older one is refused
    QString changedBy;       // who made the last change, and when (ISO, local)
    QString changedAt;
};

// An entry's impact: what the accounts behind it are worth, now (DOMAIN.md).
struct VocImpact
{
    qint64 accounts = 0;
    Minor arr = 0;           // their ARR
    Minor weightedArr = 0;   // ARR x importance (1..3)
    Minor atRiskArr = 0;     // ARR of those in red health or churn prevention
    qint64 accountsAtRisk = 0;
    qint64 churns = 0;       // churns that named the entry as behind them
    Minor churnedArr = 0;    // and the ARR they lost
};

// A dated change of an entry, kept for its history.
struct VocChange
{
    Date changedOn;
    QString field;      // status, target, kind, text, tags, accounts, merged-into, merged-from
    QString oldValue;
    QString newValue;
    QString changedBy;  // the team book's login that made it; empty on an SQLite book
};

// The customer was told the outcome: who, when and how, per linked account.
struct VocLoop
{
    qint64 accountId = 0;
    QString contact;   // as written (a chosen contact's name)
    Date toldOn;
    QString channel;   // e.g. email, meeting, call
    QString note;
    std::optional<qint64> contactId;   // one of the account's contacts, when chosen
};

// Normalises free tags: split at 、 ， , ; and ；, trimmed, empty ones dropped, unique, sorted.
QStringList normalizeTags(const QStringList &tags);

// What a person changed in an entry's editable fields, `mine` against the entry as they saw it
// (its text trimmed, its tags normalised, its accounts in any order).
struct VocEdit
{
    bool text = false, kind = false, target = false, source = false, tags = false, links = false,
         saidBy = false;
    bool any() const { return text || kind || target || source || tags || links || saidBy; }

    static VocEdit between(const VocEntry &seen, const VocEntry &mine);
    // `theirs` (someone else's newer version) with only the fields changed here from `mine`.
    VocEntry applied(VocEntry theirs, const VocEntry &mine) const;
};

} // namespace csw
