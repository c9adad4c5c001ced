// SPDX-License-Identifier: MIT
#include "importing/ImportMapping.h"

#include <algorithm>

namespace csw {

namespace {

// Headers compared without case, spaces, underscores and hyphens: "Account Owner",
// "account_owner" and "AccountOwner" are the same.
QString folded(const QString &header)
{
    QString out;
    for (QChar c : header.trimmed().toLower()) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('_') && c != QLatin1Char('-')
            && c != QChar(0x3000))
            out += c;
    }
    return out;
}

} // namespace

void ImportMapping::set(const QString &field, int column)
{
    // A column fills one field: taking it away from any other.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column && it.key() != field)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_columns.insert(field, column);
}

ImportMapping ImportMapping::suggest(const QList<ImportField> &fields, const QStringList &header)
{
    ImportMapping mapping;
    QList<QString> names;
    for (const QString &h : header)
        names << folded(h);
    for (const ImportField &field : fields) {
        QStringList candidates{folded(field.key)};
        for (const QString &alias : field.aliases)
            candidates << folded(alias);
        for (const QString &candidate : std::as_const(candidates)) {
            const int column = int(names.indexOf(candidate));
            if (column >= 0 && !std::any_of(mapping.m_columns.cbegin(), mapping.m_columns.cend(),
                                            [&](int used) { return used == column; })) {
                mapping.m_columns.insert(field.key, column);
                break;
            }
        }
    }
    return mapping;
}

Expected<ImportMapping> ImportMapping::parse(const QString &text, const QList<ImportField> &fields,
                                             const QStringList &header, ImportMapping base)
{
    QStringList keys;
    for (const ImportField &f : fields)
        keys << f.key;
    QStringList named;   // the fields this text maps: one column may fill several of them
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{tr("--map: '%1' is not FIELD=COLUMN").arg(part), ErrorKind::Invalid};
        const QString field = part.left(eq).trimmed();
        const QString column = part.mid(eq + 1).trimmed();
        if (!keys.contains(field))
            return Error{tr("--map: '%1' is not a field here (%2)").arg(field, keys.join(QStringLiteral(", "))), ErrorKind::Invalid};
        if (column.isEmpty()) {
            base.unset(field);
            continue;
        }
        int index = int(header.indexOf(column));
        if (index < 0) {
            for (qsizetype i = 0; i < header.size() && index < 0; ++i) {
                if (folded(header[i]) == folded(column))
                    index = int(i);
            }
        }
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (index < 0 && isNumber && number >= 1 && number <= header.size())
            index = number - 1;
        if (index < 0)
            return Error{tr("--map: the file has no column '%1' (it has: %2)")
                             .arg(column, header.join(QStringLiteral(", "))), ErrorKind::Invalid};
        // The column leaves the fields it filled by suggestion, not those named here.
        for (auto it = base.m_columns.begin(); it != base.m_columns.end();) {
            if (it.value() == index && it.key() != field && !named.contains(it.key()))
                it = base.m_columns.erase(it);
            else
                ++it;
        }
        base.m_columns.insert(field, index);
        named << field;
    }
    return base;
}

Status ImportMapping::checkRequired(const QList<ImportField> &fields) const
{
    QStringList missing;
    for (const ImportField &f : fields) {
        if (f.required && !has(f.key))
            missing << f.key;
    }
    if (missing.isEmpty())
        return {};
    return Error{tr("no column is mapped to %1; map one with --map %2=COLUMN")
                     .arg(missing.join(QStringLiteral(", ")), missing.constFirst()), ErrorKind::Invalid};
}

QString ImportMapping::toText(const QStringList &header) const
{
    QStringList parts;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + header.value(it.value());
    parts.sort();
    return parts.join(QLatin1Char(','));
}

} // namespace csw
