// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace csw {

class Book;

// One category of why customers leave (価格, 機能不足 …): a stable code, a label in each UI
// language, its place in the list, and whether it is still offered (a retired reason stays on
// the churns that named it).
struct ChurnReason
{
    QString code;
    QString labelJa;
    QString labelEn;
    int position = 0;
    bool retired = false;

    // The label in the language the program shows ("ja" or anything else for English).
    QString label(const QString &language) const;
};

// The churn_reason table: the short, editable list a churn picks its reason from.
class ChurnReasons final
{
    Q_DECLARE_TR_FUNCTIONS(ChurnReasons)

public:
    explicit ChurnReasons(Book &book) : m_book(book) {}

    // In list order; retired ones only when asked.
    Expected<QList<ChurnReason>> list(bool withRetired = false) const { return all(m_book, withRetired); }
    static Expected<QList<ChurnReason>> all(const Book &book, bool withRetired);
    // The reason whose code or label (either language; width and case folded) is `text`.
    Expected<std::optional<ChurnReason>> find(const QString &text) const;
    // As find(), but an unknown or retired reason is an error (Invalid) naming the known ones.
    Expected<QString> resolve(const QString &text) const;

    // A new reason at the end of the list: code of a–z, 0–9 and '-', labels unique.
    Status add(const ChurnReason &reason);
    // New labels for a reason; empty keeps a label as it is.
    Status relabel(const QString &code, const QString &labelJa, const QString &labelEn);
    // Takes a reason off the list offered (or back on); churns keep it.
    Status retire(const QString &code, bool retired = true);

    // Makes the list what `wanted` says, in one transaction: a reason the book lacks is added,
    // the others relabelled, retired or offered again as they say. Returns whether anything
    // changed; a refusal names the reason's place in `wanted` (row 1 first) and changes nothing.
    Expected<bool> apply(const QList<ChurnReason> &wanted);

    // SQL for the ARR that the churn recorded by stage event `stage` (an alias with account_id
    // and entered_on) lost: its churn ARR events of that day; 0 for a churn without ARR.
    static QString lostArrSql(const QString &stage);
    // The code of a code or label among `reasons` (folded as find()); empty when none matches.
    static QString match(const QList<ChurnReason> &reasons, const QString &text);

private:
    Status checkLabelsFree(const QString &code, const QString &labelJa, const QString &labelEn) const;

    Book &m_book;
};

} // namespace csw
