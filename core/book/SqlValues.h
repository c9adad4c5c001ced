// SPDX-License-Identifier: MIT
// Values as statements bind them: a missing text, date or id as a typed NULL.
#pragma once

#include "common/Dates.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace csw::SqlValues {

// Text as given, NULL when empty.
inline QVariant text(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Text as stored: trimmed, NULL when nothing is left.
inline QVariant trimmedText(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t);
}

inline QVariant date(const std::optional<Date> &day)
{
    return day ? QVariant(Dates::toIso(*day)) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant number(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

inline QVariant id(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace csw::SqlValues
