// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace csw {

// A field an import can fill, with the column headers it is recognised by.
struct ImportField
{
    QString key;            // "name", "renewal", …
    QString label;          // translated, for the wizard
    bool required = false;
    QStringList aliases;    // header names from CRMs and Japanese spreadsheets, lower case
};

// Which column of the file fills which field: field key -> column index.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    ImportMapping() = default;

    // Suggests a mapping from the header: our own field names, common CRM export names
    // (Salesforce, HubSpot) and Japanese headers; each column fills one field at most.
    static ImportMapping suggest(const QList<ImportField> &fields, const QStringList &header);
    // Applies "field=column,field=column" over `base` (a column by header name or 1-based
    // number; an empty column unmaps the field). One column may fill several fields named here
    // (external_id=customerID,name=customerID); it leaves those `base` gave it.
    static Expected<ImportMapping> parse(const QString &text, const QList<ImportField> &fields,
                                         const QStringList &header, ImportMapping base = {});
    // Fails naming the required fields no column fills.
    Status checkRequired(const QList<ImportField> &fields) const;

    int column(const QString &field) const { return m_columns.value(field, -1); }
    bool has(const QString &field) const { return m_columns.contains(field); }
    void set(const QString &field, int column);
    void unset(const QString &field) { m_columns.remove(field); }
    // "name=会社名,csm=担当CSM": what `parse` reads back, for saved mappings.
    QString toText(const QStringList &header) const;
    bool operator==(const ImportMapping &) const = default;

private:
    QHash<QString, int> m_columns;
};

} // namespace csw
