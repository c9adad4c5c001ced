// SPDX-License-Identifier: MIT
#include "importing/AccountImport.h"

#include "accounts/ChurnReasons.h"
#include "book/Book.h"
#include "book/BulkLoad.h"
#include "book/Schema.h"
#include "importing/AccountRowWrite.h"

#include <QSqlQuery>

namespace csw {

namespace {
// From how many new accounts on the indexes are built after loading.
constexpr qint64 BulkRows = 5000;
} // namespace

const QList<ImportField> &AccountImport::fields()
{
    static const QList<ImportField> list = {
        {QStringLiteral("name"), tr("Name"), true,
         {QStringLiteral("account name"), QStringLiteral("company name"), QStringLiteral("company"),
          QStringLiteral("会社名"), QStringLiteral("取引先名"), QStringLiteral("顧客名"),
          QStringLiteral("企業名"), QStringLiteral("アカウント名")}},
        {QStringLiteral("external_id"), tr("External id"), false,
         {QStringLiteral("accountnumber"), QStringLiteral("account number"), QStringLiteral("account id"),
          QStringLiteral("record id"), QStringLiteral("id"), QStringLiteral("顧客id"),
          QStringLiteral("取引先id"), QStringLiteral("外部id"), QStringLiteral("顧客番号")}},
        {QStringLiteral("csm"), tr("CSM"), false,
         {QStringLiteral("owner"), QStringLiteral("account owner"), QStringLiteral("company owner"),
          QStringLiteral("ownerid"), QStringLiteral("担当csm"), QStringLiteral("担当者"),
          QStringLiteral("担当"), QStringLiteral("カスタマーサクセス担当")}},
        {QStringLiteral("touch"), tr("Touch model"), false,
         {QStringLiteral("touch model"), QStringLiteral("タッチモデル"), QStringLiteral("対応区分")}},
        {QStringLiteral("plan"), tr("Plan"), false,
         {QStringLiteral("type"), QStringLiteral("プラン"), QStringLiteral("契約プラン")}},
        {QStringLiteral("industry"), tr("Industry"), false, {QStringLiteral("業種"), QStringLiteral("業界")}},
        {QStringLiteral("source"), tr("Acquisition source"), false,
         {QStringLiteral("accountsource"), QStringLiteral("account source"), QStringLiteral("lead source"),
          QStringLiteral("original source"), QStringLiteral("流入経路"), QStringLiteral("獲得チャネル"),
          QStringLiteral("リードソース")}},
        {QStringLiteral("arr"), tr("ARR"), false,
         {QStringLiteral("annualrevenue"), QStringLiteral("annual revenue"), QStringLiteral("年間契約額"),
          QStringLiteral("年額"), QStringLiteral("arr（年間経常収益）")}},
        {QStringLiteral("mrr"), tr("MRR (monthly, times 12)"), false,
         {QStringLiteral("monthly revenue"), QStringLiteral("月額"), QStringLiteral("月額料金"),
          QStringLiteral("mrr（月間経常収益）")}},
        {QStringLiteral("start"), tr("Start date"), false,
         {QStringLiteral("start date"), QStringLiteral("contract start"), QStringLiteral("契約開始日"),
          QStringLiteral("開始日"), QStringLiteral("利用開始日")}},
        {QStringLiteral("renewal"), tr("Renewal date"), false,
         {QStringLiteral("renewal date"), QStringLiteral("contract end"), QStringLiteral("契約更新日"),
          QStringLiteral("更新日"), QStringLiteral("契約終了日")}},
        {QStringLiteral("stage"), tr("Stage"), false,
         {QStringLiteral("lifecycle stage"), QStringLiteral("ステージ"), QStringLiteral("フェーズ")}},
        {QStringLiteral("churned"), tr("Churned (yes/no)"), false,
         {QStringLiteral("is churned"), QStringLiteral("解約"), QStringLiteral("解約済み")}},
        {QStringLiteral("churned_on"), tr("Churn date"), false,
         {QStringLiteral("churn date"), QStringLiteral("解約日")}},
        {QStringLiteral("churn_reason"), tr("Churn reason"), false,
         {QStringLiteral("reason"), QStringLiteral("解約理由")}},
        {QStringLiteral("churn_reason_code"), tr("Churn reason category"), false,
         {QStringLiteral("churn category"), QStringLiteral("reason code"), QStringLiteral("解約理由区分"),
          QStringLiteral("解約理由カテゴリ")}},
    };
    return list;
}

Expected<ImportResult> AccountImport::run(const CsvTable &table, const ImportMapping &mapping,
                                          const ImportOptions &options)
{
    if (auto ok = mapping.checkRequired(fields()); !ok)
        return ok.error();
    if (mapping.has(QStringLiteral("arr")) && mapping.has(QStringLiteral("mrr")))
        return Error{tr("map ARR or MRR, not both"), ErrorKind::Invalid};
    ImportResult result;
    auto duplicates = AccountDuplicates::read(m_book);
    if (!duplicates)
        return duplicates.error();
    duplicates->reserve(table.rows.size());
    auto reasons = ChurnReasons(m_book).list(true);
    if (!reasons)
        return reasons.error();
    AccountRowCheck check(table, mapping, options, m_book.currency(), *reasons, result.problems);
    QList<AccountDraft> drafts;
    drafts.reserve(table.rows.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        drafts << check.check(i, *duplicates);
    if (!result.problems.isEmpty())
        return result;
    for (const AccountDraft &d : std::as_const(drafts)) {
        if (!d.existing)
            ++result.created;
        else if (options.duplicates == DuplicatePolicy::Update)
            ++result.updated;
        else
            ++result.skipped;
    }
    const Status written = m_book.write([&] { return write(table, drafts, result.created, options); });
    if (!written && written.error().kind != ErrorKind::RolledBack)
        return written.error();
    result.written = !options.dryRun;
    if (options.progress)
        options.progress(drafts.size(), drafts.size());
    return result;
}

// New accounts in bulk, updates through the lifecycle (they keep their history); a dry run
// writes everything and then rolls it back.
Status AccountImport::write(const CsvTable &table, const QList<AccountDraft> &drafts, qint64 created,
                            const ImportOptions &options)
{
    auto q = m_book.query(QStringLiteral("SELECT coalesce(max(id), 0) FROM account"));
    if (!q)
        return q.error();
    qint64 nextId = (q->next() ? q->value(0).toLongLong() : 0) + 1;
    q->finish();
    // Many new rows are loaded faster with the indexes built once at the end.
    std::optional<BulkLoad> bulk;
    if (BulkLoad::wanted(m_book, created, BulkRows)) {
        auto began = BulkLoad::begin(m_book, {QStringLiteral("account"), QStringLiteral("stage_event"),
                                              QStringLiteral("arr_event")});
        if (!began)
            return began.error();
        bulk = std::move(*began);
    }
    // New accounts are written with stage_on (their latest stage event's date), and an update
    // changes no stage: the triggers that keep it would only cost time.
    auto triggers = BulkLoad::suspendTriggers(m_book, Schema::stageOnTriggers());
    if (!triggers)
        return triggers.error();
    auto writer = AccountRowWrite::prepare(m_book, tr("imported from %1").arg(table.name.section(QLatin1Char('/'), -1)),
                                           options.today);
    if (!writer)
        return writer.error();
    qint64 done = 0;
    for (const AccountDraft &d : drafts) {
        if (options.progress && ++done % 500 == 0 && !options.progress(done, drafts.size()))
            return Error{tr("the import was cancelled; nothing was written"), ErrorKind::Cancelled};
        if (d.existing && options.duplicates != DuplicatePolicy::Update)
            continue;
        if (d.existing) {
            if (auto ok = writer->update(d); !ok)
                return Error{tr("row %1: %2").arg(table.rowNumber(&d - drafts.constData())).arg(ok.error().message),
                             ok.error().kind};
        } else if (auto ok = writer->add(d, nextId++); !ok) {
            return ok;
        }
    }
    if (auto ok = writer->flush(); !ok)
        return ok;
    if (auto ok = BulkLoad::restoreTriggers(m_book, *triggers); !ok)
        return ok;
    if (bulk) {
        if (auto ok = bulk->finish(); !ok)
            return ok;
    }
    if (options.dryRun)   // everything checked and written: now undone
        return Error{{}, ErrorKind::RolledBack};
    return {};
}

} // namespace csw
