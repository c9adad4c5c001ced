// SPDX-License-Identifier: MIT
// The account import's checks: each row of the file read into an account draft, every problem
// named by row, column and value; and the duplicates, within the file and in the book.
#pragma once

#include "accounts/Account.h"
#include "accounts/ChurnReasons.h"
#include "common/Expected.h"
#include "common/Money.h"
#include "importing/ImportMapping.h"
#include "importing/ImportTypes.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace csw {

class Book;

// The fields of AccountImport::fields(), in its order.
enum class AccountColumn {
    Name, ExternalId, Csm, Touch, Plan, Industry, Source, Arr, Mrr, Start, Renewal, Stage, Churned,
    ChurnedOn, ChurnReason, ChurnReasonCode, Count
};

// One checked row: the account it describes and which of its fields the row filled.
struct AccountDraft
{
    Account account;
    quint32 filled = 0;    // a bit per AccountColumn
    qint64 existing = 0;   // the book's account this row is a duplicate of
    bool churned = false;

    bool has(AccountColumn column) const { return filled & (1u << int(column)); }
};

class AccountDuplicates;

class AccountRowCheck final
{
    Q_DECLARE_TR_FUNCTIONS(AccountImport)

public:
    AccountRowCheck(const CsvTable &table, const ImportMapping &mapping, const ImportOptions &options,
                    const Currency &currency, const QList<ChurnReason> &reasons, QList<ImportProblem> &problems);

    // The draft of row `index`, marked as a duplicate where it is one; its problems are added
    // to the list given.
    AccountDraft check(qsizetype index, AccountDuplicates &duplicates);

private:
    QString text(AccountColumn column);
    std::optional<Date> date(AccountColumn column);
    void problem(AccountColumn column, const QString &reason);
    void readChoices();   // touch, stage, churned, churn reason category
    void readMoney();
    void readDates();

    const CsvTable &m_table;
    const ImportMapping &m_mapping;
    const ImportOptions &m_options;
    const Currency &m_currency;
    const QList<ChurnReason> &m_reasons;
    QList<ImportProblem> &m_problems;
    std::array<int, std::size_t(AccountColumn::Count)> m_columns{};
    qsizetype m_index = 0;
    AccountDraft m_draft;
};

// Which rows repeat another row of the file or an account of the book: by external id when
// the row has one, else by name.
class AccountDuplicates final
{
    Q_DECLARE_TR_FUNCTIONS(AccountImport)

public:
    static Expected<AccountDuplicates> read(const Book &book);
    void reserve(qsizetype rows) { m_seen.reserve(rows); }

    // Sets the draft's existing account; a problem when the row repeats an earlier one, when
    // its name is ambiguous in the book, or when duplicates stop the import.
    void mark(AccountDraft &draft, qint64 row, const ImportOptions &options,
              const std::function<void(AccountColumn, const QString &)> &problem);

private:
    QHash<QString, qint64> m_byExternalId;
    QHash<QString, QList<qint64>> m_byName;
    QHash<QString, qint64> m_seen;   // the row that first used an external id or name
};

} // namespace csw
