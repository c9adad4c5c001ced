// SPDX-License-Identifier: MIT
#include "importing/HandoffImport.h"

#include "accounts/Contacts.h"
#include "accounts/Handoff.h"
#include "book/Book.h"
#include "health/PeopleMeasures.h"
#include "importing/ImportValues.h"
#include "importing/RowImport.h"

namespace csw {

const QList<ImportField> &HandoffImport::fields()
{
    static const QList<ImportField> list = {
        {QStringLiteral("account"), tr("Account (external id, name or #id)"), true,
         RowImport::aliases({"account_id", "accountid", "external_id", "account", "account name", "company", "会社名", "取引先名",
                  "取引先id", "顧客名", "顧客id"})},
        {QStringLiteral("sales_owner"), tr("Sales owner"), false,
         RowImport::aliases({"sales owner", "opportunity owner", "owner", "ownerid", "担当営業", "営業担当", "所有者"})},
        {QStringLiteral("purpose"), tr("Purpose of use"), false, RowImport::aliases({"purpose", "利用目的", "導入目的"})},
        {QStringLiteral("problems"), tr("Problems"), false, RowImport::aliases({"problems", "pain points", "課題"})},
        {QStringLiteral("expectations"), tr("Expectations"), false, RowImport::aliases({"expectations", "期待値", "期待"})},
        {QStringLiteral("promises"), tr("Promises"), false, RowImport::aliases({"promises", "約束事項", "約束"})},
        {QStringLiteral("success_criteria"), tr("Success criteria"), false,
         RowImport::aliases({"success criteria", "成功基準", "成功指標"})},
        {QStringLiteral("competitors"), tr("Competitors"), false, RowImport::aliases({"competitors", "競合", "比較検討"})},
        {QStringLiteral("notes"), tr("Notes"), false, RowImport::aliases({"notes", "description", "備考", "メモ"})},
        {QStringLiteral("decision_maker"), tr("Decision maker (a contact)"), false,
         RowImport::aliases({"decision maker", "決裁者"})},
        {QStringLiteral("champion"), tr("Champion (a contact)"), false, RowImport::aliases({"champion", "推進者"})},
        {QStringLiteral("handed_over_on"), tr("Handed over on"), false,
         RowImport::aliases({"handed over on", "handoff date", "hand-off date", "close date", "closedate", "引き継ぎ日", "受注日"})},
    };
    return list;
}

Expected<ImportResult> HandoffImport::run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                          const ImportOptions &options)
{
    if (auto ok = mapping.checkRequired(fields()); !ok)
        return ok.error();
    auto accounts = AccountResolver::load(book);
    if (!accounts)
        return accounts.error();
    Handoffs handoffs(book);
    return RowImport::run(book, table, options, [&](qsizetype i, QList<ImportProblem> &problems) -> Status {
        const auto cell = [&](const QString &field) { return RowImport::cell(table, mapping, i, field); };
        const auto problem = [&](const QString &field, const QString &reason) {
            problems << RowImport::problem(table, mapping, i, field, reason);
        };
        const qsizetype before = problems.size();
        const auto account = accounts->resolve(cell(QStringLiteral("account")));
        if (!account) {
            problem(QStringLiteral("account"), account.error().message);
            return {};
        }
        auto h = handoffs.of(*account);
        if (!h)
            return h.error();
        for (const QString &key : Handoffs::fieldKeys()) {   // blank cells keep what it has
            if (QString Handoff::*member = Handoffs::textMember(key); member && !cell(key).isEmpty())
                (*h).*member = cell(key);
        }
        for (const auto &[key, member] : {std::pair{QStringLiteral("decision_maker"), &Handoff::decisionMakerId},
                                          std::pair{QStringLiteral("champion"), &Handoff::championId}}) {
            if (cell(key).isEmpty())
                continue;
            const auto contact = Contacts(book).find({*account}, cell(key));
            if (!contact && contact.error().kind != ErrorKind::Invalid && contact.error().kind != ErrorKind::NotFound)
                return contact.error();   // not the row's own problem: the import ends
            if (!contact || !*contact)
                problem(key, contact ? tr("'%1' is none of the account's contacts (import them first)").arg(cell(key))
                                     : contact.error().message);
            else
                (*h).*member = (*contact)->id;
        }
        if (const QString day = cell(QStringLiteral("handed_over_on")); !day.isEmpty()) {
            if (const auto parsed = ImportValues::date(day, options.dateOrder))
                h->handedOverOn = *parsed;
            else
                problem(QStringLiteral("handed_over_on"), parsed.error().message);
        }
        if (problems.size() > before)
            return {};
        // A row the book refuses for what it says is that row's problem; anything else (a busy
        // book, a refusal by the server, a lost connection) ends the import with its error.
        const Status saved = handoffs.save(*h);
        const ErrorKind kind = saved ? ErrorKind::Other : saved.error().kind;
        if (saved) {   // and the measures it moves, where the scorecard has them
            auto fed = PeopleMeasures(book).feed(*account, options.today);
            return fed ? Status() : Status(fed.error());
        }
        if (kind != ErrorKind::Invalid && kind != ErrorKind::NotFound && kind != ErrorKind::Stale)
            return saved;
        problem(QStringLiteral("account"), saved.error().message);
        return {};
    });
}

} // namespace csw
