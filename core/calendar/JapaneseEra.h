// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace csw {

// Dates written in the Japanese era calendar (和暦) as contracts and forms write them —
// 令和8年4月1日, 令和元年5月1日, R8.4.1, H31/4/30, 昭和64年1月7日, full-width digits too —
// read and written through ICU's Japanese calendar (ja_JP@calendar=japanese): its era names
// and its era boundaries, not a table of our own.
class JapaneseEra final
{
    Q_DECLARE_TR_FUNCTIONS(JapaneseEra)

public:
    // Nothing when `text` is not written as an era date; an error when it is but names no
    // such day (令和8年2月30日, or 平成31年5月1日, after the Heisei era ended).
    static std::optional<Expected<Date>> parse(const QString &text);
    // 令和8年4月1日 (元年 for an era's first year); empty before the eras ICU knows.
    static QString format(const Date &date);
};

} // namespace csw
