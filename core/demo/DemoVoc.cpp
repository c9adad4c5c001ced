// SPDX-License-Identifier: MIT
#include "demo/DemoVoc.h"

#include "book/Book.h"
#include "book/Dialect.h"
#include "book/BulkLoad.h"
#include "book/BulkStatement.h"
#include "common/SearchFold.h"
#include "demo/Random.h"

#include <QStringList>

#include <QSqlQuery>

namespace csw {

namespace {

using boost::gregorian::days;

// A recurring theme: what many customers say in their own words.
struct Theme
{
    const char *kind;
    const char *target;
    const char *tags;          // ';'-separated
    const char *englishTags;
    const char *japanese;
    const char *english;
};

constexpr Theme themes[] = {
    {"feature-request", "product", "請求;PDF", "billing;PDF", "請求書をPDFで一括出力したい", "Bulk export of invoices as PDF"},
    {"feature-request", "product", "連携;Salesforce", "integration;Salesforce", "Salesforceと顧客データを同期したい", "Sync customer data with Salesforce"},
    {"feature-request", "product", "権限", "permissions", "部署ごとに閲覧権限を分けたい", "Separate view permissions per department"},
    {"feature-request", "product", "ダッシュボード", "dashboard", "ダッシュボードを役員向けにカスタマイズしたい", "Customisable dashboard for executives"},
    {"feature-request", "product", "API", "API", "APIの呼び出し上限を上げてほしい", "Raise the API rate limit"},
    {"feature-request", "product", "モバイル", "mobile", "スマホアプリでも承認できるようにしてほしい", "Approve from the mobile app"},
    {"bug", "product", "CSV;文字化け", "CSV;garbled text", "CSVをExcelで開くと文字化けする", "Exported CSV is garbled in Excel"},
    {"bug", "product", "通知", "notifications", "通知メールが二重に届く", "Notification emails arrive twice"},
    {"bug", "product", "性能", "performance", "月末にレポート画面が重くなる", "Reports are slow at month end"},
    {"usability", "product", "UI", "UI", "設定画面の場所が分かりにくい", "Settings are hard to find"},
    {"usability", "product", "オンボーディング", "onboarding", "初期設定の手順が多すぎる", "Too many steps to set up"},
    {"usability", "both", "ヘルプ", "help", "ヘルプ記事が古く画面と合っていない", "Help articles do not match the screens"},
    {"expectation-gap", "marketing", "営業;期待値", "sales;expectations", "営業から「自動で連携できる」と聞いていたが手作業が必要", "Sales said integration was automatic; it is manual"},
    {"expectation-gap", "marketing", "価格;期待値", "price;expectations", "無料トライアルの機能が有料プランに含まれていなかった", "A trial feature is missing from the paid plan"},
    {"expectation-gap", "sales", "導入期間", "rollout time", "導入に1か月と聞いていたが3か月かかった", "Rollout took three months, not the one promised"},
    {"praise", "marketing", "成功事例", "success story", "請求業務の工数が半分になった", "Billing work was cut in half"},
    {"praise", "marketing", "成功事例;サポート", "success story;support", "サポートの対応が速くて助かっている", "Support answers fast"},
    {"praise", "marketing", "成功事例", "success story", "全社展開して利用部署が3倍になった", "Rolled out company-wide: three times the teams"},
    {"churn-reason", "both", "予算", "budget", "予算削減のため来期は更新できない", "Budget cut: cannot renew next year"},
    {"churn-reason", "marketing", "競合", "competitor", "競合製品の方が安い", "A competitor is cheaper"},
    {"churn-reason", "product", "機能不足", "missing features", "必要な機能が足りず他社に乗り換える", "Missing features: moving to another vendor"},
    {"pricing", "marketing", "価格", "price", "ユーザー単価が高いと感じる", "The per-seat price feels high"},
    {"pricing", "both", "価格;プラン", "price;plans", "中間のプランがほしい", "Wants a plan between the two tiers"},
    {"other", "product", "セキュリティ", "security", "SSOとIP制限に対応してほしい", "Needs SSO and IP restrictions"},
};

constexpr const char *sources[] = {"meeting", "call", "email", "survey", "support", "qbr"};
constexpr const char *flow[] = {"new", "triaged", "handed-off", "accepted", "planned", "done"};

} // namespace

Expected<qint64> DemoVoc::write(Book &book, Random &random, qint64 entries, qint64 accounts,
                                int months, const Date &today, DemoLanguage language)
{
    // The search index is built once at the end: filled row by row, FTS5 writes its pending
    // terms out at every statement of the transaction (a segment per entry to merge later).
    auto triggers = BulkLoad::suspendTriggers(book, {QStringLiteral("voc_search_insert")});
    if (!triggers)
        return triggers.error();
    auto voc = BulkStatement::prepare(book, "INSERT INTO voc (id, text, kind, target, status, "
                                            "source, logged_on, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto link = BulkStatement::prepare(book, "INSERT INTO voc_account (voc_id, account_id, "
                                             "importance) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    auto tag = BulkStatement::prepare(book, "INSERT INTO voc_tag (voc_id, tag, search_tag) VALUES (?, ?, ?) "
                                            "ON CONFLICT DO NOTHING");
    auto change = BulkStatement::prepare(book, "INSERT INTO voc_change (voc_id, changed_on, "
                                               "field, old_value, new_value) VALUES (?, ?, "
                                               "'status', ?, ?)");
    for (auto *s : {&voc, &link, &tag, &change}) {
        if (!*s)
            return s->error();
    }
    const int spanDays = std::max(1, months * 30);
    const QStringList details = language == DemoLanguage::English
                                     ? QStringList{QString(), QString(), QStringLiteral(" (urgent)"),
                                                   QStringLiteral(" (asked again)"),
                                                   QStringLiteral(" - raised again at the regular meeting")}
                                     : QStringList{QString(), QString(), QStringLiteral("（至急）"),
                                                   QStringLiteral("（再要望）"),
                                                   QStringLiteral("。定例会で再度話題に")};
    const bool english = language == DemoLanguage::English;
    for (qint64 id = 1; id <= entries; ++id) {
        // A few themes are heard far more often than the rest, as in real books.
        const auto &theme = themes[random.chance(50) ? random.between(0, 5)
                                                     : random.between(0, std::size(themes) - 1)];
        (void)random.chance(70);   // the draw that chose the language once: the same seed, the same book
        const QString text = QString::fromUtf8(english ? theme.english : theme.japanese)
                             + details[qsizetype(random.between(0, details.size() - 1))];
        const Date logged = today - days(random.between(0, spanDays - 1));
        const qint64 age = (today - logged).days();
        // Older entries got further: each month gives a chance to move on.
        int step = int(std::min<qint64>(5, random.between(0, age / 45)));
        QString status = QString::fromLatin1(flow[step]);
        if (step > 0 && step < 5 && random.chance(10))
            status = QStringLiteral("declined");
        else if (step == 5 && random.chance(60))
            status = QStringLiteral("closed-loop");
        const auto source = sources[random.between(0, std::size(sources) - 1)];
        voc->bind(id).bind(text).bind(theme.kind).bind(theme.target).bind(status).bind(source)
            .bind(Dates::toIso(logged)).bind(SearchFold::of(text));
        if (auto ok = voc->run(); !ok)
            return ok.error();
        const int linked = random.chance(70) ? 1 : int(random.between(2, 4));
        for (int i = 0; i < linked; ++i) {
            const int importance = random.chance(60) ? 1 : random.chance(70) ? 2 : 3;
            link->bind(id).bind(qint64(random.between(1, accounts))).bind(importance);
            if (auto ok = link->run(); !ok)
                return ok.error();
        }
        for (const QString &t : QString::fromUtf8(english ? theme.englishTags : theme.tags).split(QLatin1Char(';'))) {
            tag->bind(id).bind(t).bind(SearchFold::of(t));
            if (auto ok = tag->run(); !ok)
                return ok.error();
        }
        change->bind(id).bind(Dates::toIso(logged)).bindNull().bind("new");
        if (auto ok = change->run(); !ok)
            return ok.error();
        if (status != QLatin1String("new")) {
            const Date changed = logged + days(random.between(0, age));
            change->bind(id).bind(Dates::toIso(changed)).bind("new").bind(status);
            if (auto ok = change->run(); !ok)
                return ok.error();
        }
    }
    if (auto ok = book.execAll(book.dialect().rebuildSearch()); !ok)
        return ok.error();
    if (auto ok = BulkLoad::restoreTriggers(book, *triggers); !ok)
        return ok.error();
    return entries;
}

} // namespace csw
