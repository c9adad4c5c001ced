// SPDX-License-Identifier: MIT
#include "accounts/ChurnReasons.h"

#include "book/Book.h"
#include "common/SearchFold.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace csw {

QString ChurnReason::label(const QString &language) const
{
    return language == u"ja" ? labelJa : labelEn;
}

Expected<QList<ChurnReason>> ChurnReasons::all(const Book &book, bool withRetired)
{
    auto q = book.query(QStringLiteral("SELECT code, label_ja, label_en, position, retired FROM "
                                         "churn_reason %1 ORDER BY position, code")
                              .arg(withRetired ? QString() : QStringLiteral("WHERE retired = 0")));
    if (!q)
        return q.error();
    QList<ChurnReason> reasons;
    while (q->next())
        reasons.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toInt(), q->value(4).toInt() != 0});
    return reasons;
}

Expected<bool> ChurnReasons::apply(const QList<ChurnReason> &wanted)
{
    bool changed = false;
    const Status written = m_book.write([&]() -> Status {
        auto stored = list(true);
        if (!stored)
            return stored.error();
        for (qsizetype row = 0; row < wanted.size(); ++row) {
            const ChurnReason &w = wanted.at(row);
            const auto was = std::find_if(stored->cbegin(), stored->cend(),
                                          [&](const ChurnReason &r) { return r.code == w.code; });
            Status step;
            if (was == stored->cend()) {
                step = add(w);
                if (step && w.retired)
                    step = retire(w.code);
                changed = true;
            } else {
                if (w.labelJa.trimmed() != was->labelJa || w.labelEn.trimmed() != was->labelEn) {
                    step = w.labelJa.trimmed().isEmpty() || w.labelEn.trimmed().isEmpty()
                               ? Status(Error{tr("a churn reason needs a Japanese and an English label"),
                                              ErrorKind::Invalid})
                               : relabel(w.code, w.labelJa, w.labelEn);
                    changed = true;
                }
                if (step && w.retired != was->retired) {
                    step = retire(w.code, w.retired);
                    changed = true;
                }
            }
            if (!step)
                return Error{tr("churn reasons, row %1: %2").arg(row + 1).arg(step.error().message),
                             step.error().kind};
        }
        return {};
    });
    if (!written)
        return written.error();
    return changed;
}

QString ChurnReasons::lostArrSql(const QString &stage)
{
    return QStringLiteral("COALESCE((SELECT SUM(e.arr_before - e.arr_after) FROM arr_event e "
                          "WHERE e.account_id = %1.account_id AND e.kind = 'churn' "
                          "AND e.occurred_on = %1.entered_on), 0)")
        .arg(stage);
}

QString ChurnReasons::match(const QList<ChurnReason> &reasons, const QString &text)
{
    const QString folded = SearchFold::of(text.trimmed());
    if (folded.isEmpty())
        return {};
    for (const ChurnReason &r : reasons)
        if (SearchFold::of(r.code) == folded || SearchFold::of(r.labelJa) == folded
            || SearchFold::of(r.labelEn) == folded)
            return r.code;
    return {};
}

Expected<std::optional<ChurnReason>> ChurnReasons::find(const QString &text) const
{
    auto all = list(true);
    if (!all)
        return all.error();
    const QString code = match(*all, text);
    for (const ChurnReason &r : std::as_const(*all))
        if (r.code == code)
            return std::optional<ChurnReason>(r);
    return std::optional<ChurnReason>();
}

Expected<QString> ChurnReasons::resolve(const QString &text) const
{
    auto found = find(text);
    if (!found)
        return found.error();
    if (*found && !(*found)->retired)
        return (*found)->code;
    auto offered = list();
    QStringList known;
    for (const ChurnReason &r : offered ? *offered : QList<ChurnReason>())
        known << QStringLiteral("%1 (%2)").arg(r.code, r.labelJa);
    if (*found)
        return Error{tr("the churn reason '%1' is retired; choose one of: %2").arg(text, known.join(u", ")),
                     ErrorKind::Invalid};
    return Error{tr("'%1' is not a churn reason; choose one of: %2").arg(text, known.join(u", ")),
                 ErrorKind::Invalid};
}

Status ChurnReasons::checkLabelsFree(const QString &code, const QString &labelJa, const QString &labelEn) const
{
    auto all = list(true);
    if (!all)
        return all.error();
    for (const QString &label : {labelJa, labelEn}) {
        if (label.isEmpty())
            continue;
        const QString taken = match(*all, label);
        if (!taken.isEmpty() && taken != code)
            return Error{tr("the label '%1' is already the churn reason '%2'").arg(label, taken),
                         ErrorKind::Conflict};
    }
    return {};
}

Status ChurnReasons::add(const ChurnReason &reason)
{
    static const QRegularExpression codeForm(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!codeForm.match(reason.code).hasMatch())
        return Error{tr("a churn reason's code is lower-case letters, digits and '-' (e.g. "
                        "'contract-terms'), not '%1'")
                         .arg(reason.code),
                     ErrorKind::Invalid};
    if (reason.labelJa.trimmed().isEmpty() || reason.labelEn.trimmed().isEmpty())
        return Error{tr("a churn reason needs a Japanese and an English label"), ErrorKind::Invalid};
    return m_book.write([&]() -> Status {
        auto existing = find(reason.code);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error{tr("the churn reason '%1' exists already").arg(reason.code), ErrorKind::Conflict};
        if (auto ok = checkLabelsFree(reason.code, reason.labelJa.trimmed(), reason.labelEn.trimmed()); !ok)
            return ok;
        auto q = m_book.query(QStringLiteral("INSERT INTO churn_reason (code, label_ja, label_en, position) "
                                             "SELECT ?, ?, ?, COALESCE(MAX(position), 0) + 1 FROM churn_reason"),
                              {reason.code, reason.labelJa.trimmed(), reason.labelEn.trimmed()});
        return q ? Status() : Status(q.error());
    });
}

Status ChurnReasons::relabel(const QString &code, const QString &labelJa, const QString &labelEn)
{
    return m_book.write([&]() -> Status {
        auto existing = list(true);
        if (!existing)
            return existing.error();
        if (std::none_of(existing->cbegin(), existing->cend(), [&](const ChurnReason &r) { return r.code == code; }))
            return Error{tr("there is no churn reason '%1'").arg(code), ErrorKind::NotFound};
        if (auto ok = checkLabelsFree(code, labelJa.trimmed(), labelEn.trimmed()); !ok)
            return ok;
        auto q = m_book.query(QStringLiteral("UPDATE churn_reason SET label_ja = COALESCE(NULLIF(?, ''), label_ja), "
                                             "label_en = COALESCE(NULLIF(?, ''), label_en) WHERE code = ?"),
                              {labelJa.trimmed(), labelEn.trimmed(), code});
        return q ? Status() : Status(q.error());
    });
}

Status ChurnReasons::retire(const QString &code, bool retired)
{
    return m_book.write([&]() -> Status {
        if (retired) {   // a churn always has a reason to choose
            auto offered = list();
            if (!offered)
                return offered.error();
            if (offered->size() == 1 && offered->constFirst().code == code)
                return Error{tr("'%1' is the last churn reason offered; add another before retiring it").arg(code),
                             ErrorKind::Invalid};
        }
        auto q = m_book.query(QStringLiteral("UPDATE churn_reason SET retired = ? WHERE code = ?"),
                              {retired ? 1 : 0, code});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{tr("there is no churn reason '%1'").arg(code), ErrorKind::NotFound};
        return {};
    });
}

} // namespace csw
