// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "importing/ImportMapping.h"
#include "importing/ImportTypes.h"
#include "io/CsvReader.h"

#include <QCoreApplication>

namespace csw {

class Book;

// Contacts: the account (its external id, e.g. Salesforce's AccountId, or its name), the
// person's name (one column, or last and first name: 姓 名 in Japanese order), reading, title,
// department, email, phone, roles and notes; headers of Salesforce and HubSpot contact exports
// and Japanese ones (氏名, 役職, 部署, メールアドレス, 電話番号). Each row is checked as
// `csw contact add` checks it; any problem writes nothing.
class ContactImport
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)

public:
    static const QList<ImportField> &fields();
    static Expected<ImportResult> run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                      const ImportOptions &options);
    // "田中" + "一郎" → "田中 一郎" (Japanese order); "Ada" + "Lovelace" → "Ada Lovelace".
    static QString fullName(const QString &last, const QString &first);
};

} // namespace csw
