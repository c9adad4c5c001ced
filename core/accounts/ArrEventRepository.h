// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "common/Money.h"

#include <QList>
#include <QString>

namespace csw {

class Book;

// Why an account's ARR changed; revenue retention for any period is computed from these.
enum class ArrChange { New, Expansion, Contraction, Churn, Reactivation };

struct ArrEvent
{
    qint64 id = 0;
    qint64 accountId = 0;
    Date occurredOn;
    ArrChange kind = ArrChange::New;
    Minor arrBefore = 0;
    Minor arrAfter = 0;
    QString note;

    Minor delta() const { return arrAfter - arrBefore; }
};

// A dated renewal of an account's contract.
struct RenewalEvent
{
    qint64 id = 0;
    qint64 accountId = 0;
    Date renewedOn;
    std::optional<Date> previousRenewalOn;
    Date nextRenewalOn;
    int termMonths = 12;
    Minor arrBefore = 0;
    Minor arrAfter = 0;
    QString note;
};

// The ARR and renewal event tables. Callers wrap writes in Book::write.
class ArrEventRepository final
{
public:
    explicit ArrEventRepository(Book &book) : m_book(book) {}

    static QString key(ArrChange kind);

    Expected<qint64> record(const ArrEvent &event);
    Expected<QList<ArrEvent>> forAccount(qint64 accountId) const;
    Expected<qint64> recordRenewal(const RenewalEvent &event);
    Expected<QList<RenewalEvent>> renewalsFor(qint64 accountId) const;

private:
    Book &m_book;
};

} // namespace csw
