// SPDX-License-Identifier: MIT
#include "importing/AccountImport.h"

#include "accounts/AccountLifecycle.h"
#include "accounts/ChurnReasons.h"
#include "book/Book.h"
#include "book/BulkLoad.h"
#include "book/Schema.h"
#include "book/BulkStatement.h"
#include "common/SearchFold.h"

#include <QHash>
#include <QSqlQuery>

namespace csw {

namespace {

// One checked row: the account it describes and which of its fields the row filled.
struct Draft
{
    Account account;
    quint32 filled = 0;   // a bit per field, in the order of AccountImport::fields()
    qint64 existing = 0;   // the book's account this row is a duplicate of
    bool churned = false;
};

quint32 bit(const QString &field)
{
    const QList<ImportField> &all = AccountImport::fields();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].key == field)
            return 1u << i;
    }
    return 0;
}

QString cell(const CsvTable &t, qsizetype row, int column)
{
    return column >= 0 ? t.rows[row].value(column).trimmed() : QString();
}

// From how many new accounts on the indexes are built after loading.
constexpr qint64 BulkRows = 5000;
// New rows sent to a team book in one statement (one round trip).
constexpr int BatchRows = 100;

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
        return Error{tr("map ARR or MRR, not both")};
    ImportResult result;

    // What the book has, to find duplicates by external id, else by name.
    QHash<QString, qint64> byExternalId;
    QHash<QString, QList<qint64>> byName;
    {
        auto q = m_book.stream(QStringLiteral("SELECT id, name, external_id FROM account"));
        if (!q)
            return q.error();
        while (q->next()) {
            byName[q->value(1).toString()] << q->value(0).toLongLong();
            if (!q->value(2).isNull())
                byExternalId.insert(q->value(2).toString(), q->value(0).toLongLong());
        }
    }

    auto reasons = ChurnReasons(m_book).list(true);
    if (!reasons)
        return reasons.error();
    const Currency &currency = m_book.currency();
    QHash<QString, int> col;
    for (const ImportField &f : fields())
        col.insert(f.key, mapping.column(f.key));
    QHash<QString, qint64> seenKeys;   // the row that first used an external id or name
    QList<Draft> drafts;
    drafts.reserve(table.rows.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const qint64 row = table.rowNumber(i);
        Draft d;
        Account &a = d.account;
        auto problem = [&](const QString &field, const QString &reason) {
            const int c = col.value(field, -1);
            result.problems << ImportProblem{row, c >= 0 ? table.header.value(c) : QString(),
                                             c >= 0 ? table.rows[i].value(c) : QString(), reason};
        };
        auto text = [&](const QString &field) {
            const QString value = cell(table, i, col.value(field, -1));
            if (!value.isEmpty())
                d.filled |= bit(field);
            return value;
        };
        auto date = [&](const QString &field) -> std::optional<Date> {
            const QString value = text(field);
            if (value.isEmpty())
                return std::nullopt;
            auto parsed = ImportValues::date(value, options.dateOrder);
            if (!parsed) {
                problem(field, parsed.error().message);
                return std::nullopt;
            }
            return *parsed;
        };
        a.name = text(QStringLiteral("name"));
        if (a.name.isEmpty())
            problem(QStringLiteral("name"), tr("a name is required"));
        a.externalId = text(QStringLiteral("external_id"));
        a.csm = text(QStringLiteral("csm"));
        a.plan = text(QStringLiteral("plan"));
        a.industry = text(QStringLiteral("industry"));
        a.source = text(QStringLiteral("source"));
        a.churnReason = text(QStringLiteral("churn_reason"));
        // A category by its code or label; else a note that is a category's label names it.
        if (const QString c = text(QStringLiteral("churn_reason_code")); !c.isEmpty()) {
            a.churnReasonCode = ChurnReasons::match(*reasons, c);
            if (a.churnReasonCode.isEmpty())
                problem(QStringLiteral("churn_reason_code"), tr("'%1' is not a churn reason").arg(c));
        } else {
            a.churnReasonCode = ChurnReasons::match(*reasons, a.churnReason);
        }
        if (const QString t = text(QStringLiteral("touch")); !t.isEmpty()) {
            if (auto touch = Stages::touchFromKey(t))
                a.touch = *touch;
            else
                problem(QStringLiteral("touch"), tr("'%1' is not a touch model (high, low, tech)").arg(t));
        }
        if (const QString s = text(QStringLiteral("stage")); !s.isEmpty()) {
            if (auto stage = Stages::fromKey(s)) {
                a.stage = *stage;
                d.churned = *stage == Stage::Churned;
            } else {
                problem(QStringLiteral("stage"), tr("'%1' is not a stage").arg(s));
            }
        }
        if (const QString f = text(QStringLiteral("churned")); !f.isEmpty()) {
            if (auto flag = ImportValues::flag(f))
                d.churned = d.churned || *flag;
            else
                problem(QStringLiteral("churned"), flag.error().message);
        }
        for (const QString &money : {QStringLiteral("arr"), QStringLiteral("mrr")}) {
            const QString value = text(money);
            if (value.isEmpty())
                continue;
            if (auto amount = ImportValues::amount(value, currency)) {
                a.arr = money == QLatin1String("mrr") ? *amount * 12 : *amount;
                d.filled |= bit(QStringLiteral("arr"));
            } else {
                problem(money, amount.error().message);
            }
        }
        a.startOn = date(QStringLiteral("start"));
        a.renewalOn = date(QStringLiteral("renewal"));
        a.churnedOn = date(QStringLiteral("churned_on"));
        if (a.startOn && *a.startOn > options.today)
            problem(QStringLiteral("start"), tr("the start date is in the future"));
        if (a.churnedOn) {
            d.churned = true;
            if (*a.churnedOn > options.today)
                problem(QStringLiteral("churned_on"), tr("the churn date is in the future"));
            else if (a.startOn && *a.churnedOn < *a.startOn)
                problem(QStringLiteral("churned_on"), tr("the churn date is before the start date"));
        } else if (d.churned) {
            problem(mapping.has(QStringLiteral("churned_on")) ? QStringLiteral("churned_on")
                                                             : QStringLiteral("churned"),
                    tr("a churned account needs a churn date (map churned_on)"));
        }
        if (d.churned)
            a.stage = Stage::Churned;
        else if (a.stage == Stage::Churned)
            a.stage = Stage::Onboarding;

        // Duplicates: within the file, then in the book.
        const bool byId = !a.externalId.isEmpty();
        const QString key = byId ? QStringLiteral("id:") + a.externalId : QStringLiteral("name:") + a.name;
        if (!a.name.isEmpty()) {
            if (const qint64 first = seenKeys.value(key, 0)) {
                problem(byId ? QStringLiteral("external_id") : QStringLiteral("name"),
                        tr("the same account as row %1").arg(first));
            } else {
                seenKeys.insert(key, row);
            }
            const QList<qint64> named = byName.value(a.name);
            d.existing = byId ? byExternalId.value(a.externalId, 0) : (named.size() == 1 ? named[0] : 0);
            if (!byId && named.size() > 1 && options.duplicates == DuplicatePolicy::Update)
                problem(QStringLiteral("name"), tr("the book has %1 accounts of this name; map external_id "
                                                   "to tell them apart").arg(named.size()));
            if (d.existing && options.duplicates == DuplicatePolicy::Stop)
                problem(byId ? QStringLiteral("external_id") : QStringLiteral("name"),
                        tr("the book already has this account (id %1); choose to update or skip "
                           "duplicates").arg(d.existing));
        }
        drafts << d;
    }
    if (!result.problems.isEmpty())
        return result;
    for (const Draft &d : std::as_const(drafts)) {
        if (!d.existing)
            ++result.created;
        else if (options.duplicates == DuplicatePolicy::Update)
            ++result.updated;
        else
            ++result.skipped;
    }

    // Writing: new accounts in bulk, updates through the lifecycle (they keep their history).
    const Status written = m_book.write([&]() -> Status {
        auto q = m_book.query(QStringLiteral("SELECT coalesce(max(id), 0) FROM account"));
        if (!q)
            return q.error();
        qint64 nextId = (q->next() ? q->value(0).toLongLong() : 0) + 1;
        q->finish();
        // Many new rows are loaded faster with the indexes built once at the end.
        std::optional<BulkLoad> bulk;
        if (BulkLoad::wanted(m_book, result.created, BulkRows)) {
            auto began = BulkLoad::begin(m_book, {QStringLiteral("account"), QStringLiteral("stage_event"),
                                                  QStringLiteral("arr_event")});
            if (!began)
                return began.error();
            bulk = std::move(*began);
        }
        // New accounts are written with stage_on (their latest stage event's date), and an
        // update changes no stage: the triggers that keep it would only cost time.
        auto triggers = BulkLoad::suspendTriggers(m_book, Schema::stageOnTriggers());
        if (!triggers)
            return triggers.error();
        auto account = BulkStatement::prepare(m_book,
            "INSERT INTO account (id, name, external_id, csm, touch, plan, industry, source, arr, "
            "start_on, renewal_on, stage, churned_on, churn_reason, churn_reason_code, stage_on, search_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", BatchRows);
        auto stage = BulkStatement::prepare(m_book,
            "INSERT INTO stage_event (account_id, stage, entered_on, note, reason_code) VALUES (?, ?, ?, ?, ?)",
            BatchRows);
        auto arr = BulkStatement::prepare(m_book,
            "INSERT INTO arr_event (account_id, occurred_on, kind, arr_before, arr_after, note) "
            "VALUES (?, ?, ?, ?, ?, ?)", BatchRows);
        for (auto *s : {&account, &stage, &arr}) {
            if (!*s)
                return s->error();
        }
        const QString note = tr("imported from %1").arg(table.name.section(QLatin1Char('/'), -1));
        AccountLifecycle lifecycle(m_book);
        qint64 done = 0;
        for (const Draft &d : std::as_const(drafts)) {
            if (options.progress && ++done % 500 == 0 && !options.progress(done, drafts.size()))
                return Error{tr("the import was cancelled; nothing was written")};
            const Account &a = d.account;
            if (d.existing) {
                if (options.duplicates != DuplicatePolicy::Update)
                    continue;
                AccountChanges changes;
                if ((d.filled & bit(QStringLiteral("name")))) changes.name = a.name;
                if ((d.filled & bit(QStringLiteral("external_id")))) changes.externalId = a.externalId;
                if ((d.filled & bit(QStringLiteral("csm")))) changes.csm = a.csm;
                if ((d.filled & bit(QStringLiteral("touch")))) changes.touch = a.touch;
                if ((d.filled & bit(QStringLiteral("plan")))) changes.plan = a.plan;
                if ((d.filled & bit(QStringLiteral("industry")))) changes.industry = a.industry;
                if ((d.filled & bit(QStringLiteral("source")))) changes.source = a.source;
                if ((d.filled & bit(QStringLiteral("arr")))) changes.arr = a.arr;
                if ((d.filled & bit(QStringLiteral("start")))) changes.startOn = a.startOn;
                if ((d.filled & bit(QStringLiteral("renewal")))) changes.renewalOn = a.renewalOn;
                auto edited = lifecycle.edit(d.existing, changes, options.today, note);
                if (!edited)
                    return Error{tr("row %1: %2").arg(table.rowNumber(&d - drafts.constData()))
                                     .arg(edited.error().message)};
                continue;
            }
            const qint64 id = nextId++;
            const Date since = a.startOn.value_or(options.today);
            const Stage first = a.stage == Stage::Churned ? Stage::Onboarding : a.stage;
            account->bind(id).bind(a.name).bind(a.externalId.isEmpty() ? QString() : a.externalId)
                .bind(a.csm.isEmpty() ? QString() : a.csm).bind(Stages::key(a.touch))
                .bind(a.plan.isEmpty() ? QString() : a.plan)
                .bind(a.industry.isEmpty() ? QString() : a.industry)
                .bind(a.source.isEmpty() ? QString() : a.source).bind(qint64(a.arr))
                .bind(a.startOn ? Dates::toIso(*a.startOn) : QString())
                .bind(a.renewalOn ? Dates::toIso(*a.renewalOn) : QString()).bind(Stages::key(a.stage))
                .bind(a.churnedOn ? Dates::toIso(*a.churnedOn) : QString())
                .bind(a.churnReason.isEmpty() ? QString() : a.churnReason)
                .bind(a.churnedOn && !a.churnReasonCode.isEmpty() ? a.churnReasonCode : QString())
                .bind(Dates::toIso(std::max(a.churnedOn.value_or(since), since)))   // its latest stage event
                .bind(SearchFold::accountKey(a.name, a.externalId, a.csm));
            if (auto ok = account->run(); !ok)
                return ok;
            stage->bind(id).bind(Stages::key(first)).bind(Dates::toIso(since)).bind(note).bind(QString());
            if (auto ok = stage->run(); !ok)
                return ok;
            if (a.arr > 0) {
                arr->bind(id).bind(Dates::toIso(since)).bind("new").bind(qint64(0)).bind(qint64(a.arr)).bind(note);
                if (auto ok = arr->run(); !ok)
                    return ok;
            }
            if (a.churnedOn) {
                stage->bind(id).bind("churned").bind(Dates::toIso(*a.churnedOn)).bind(a.churnReason)
                    .bind(a.churnReasonCode.isEmpty() ? QString() : a.churnReasonCode);
                if (auto ok = stage->run(); !ok)
                    return ok;
                arr->bind(id).bind(Dates::toIso(*a.churnedOn)).bind("churn").bind(qint64(a.arr))
                    .bind(qint64(0)).bind(a.churnReason);
                if (auto ok = arr->run(); !ok)
                    return ok;
            }
        }
        for (auto *s : {&account, &stage, &arr}) {   // the rows a team book's batches still hold
            if (auto ok = (*s)->flush(); !ok)
                return ok;
        }
        if (auto ok = BulkLoad::restoreTriggers(m_book, *triggers); !ok)
            return ok;
        if (bulk) {
            if (auto ok = bulk->finish(); !ok)
                return ok;
        }
        if (options.dryRun)   // everything checked and written: now undone
            return Error{{}, ErrorKind::RolledBack};
        return {};
    });
    if (!written && written.error().kind != ErrorKind::RolledBack)
        return written.error();
    result.written = !options.dryRun;
    if (options.progress)
        options.progress(drafts.size(), drafts.size());
    return result;
}

} // namespace csw
