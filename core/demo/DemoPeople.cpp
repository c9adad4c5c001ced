// SPDX-License-Identifier: MIT
#include "demo/DemoPeople.h"

#include "book/Book.h"
#include "book/BulkLoad.h"
#include "book/BulkStatement.h"
#include "demo/Random.h"

#include <QSqlQuery>

namespace csw {

using boost::gregorian::days;

namespace {

struct Person
{
    const char16_t *ja;
    const char16_t *kana;
    const char16_t *en;
};
const Person family[] = {{u"高橋", u"タカハシ", u"Takahashi"}, {u"田中", u"タナカ", u"Tanaka"},
                         {u"伊藤", u"イトウ", u"Ito"},         {u"渡辺", u"ワタナベ", u"Watanabe"},
                         {u"山本", u"ヤマモト", u"Yamamoto"},   {u"中村", u"ナカムラ", u"Nakamura"},
                         {u"小林", u"コバヤシ", u"Kobayashi"}, {u"加藤", u"カトウ", u"Kato"}};
const Person given[] = {{u"一郎", u"イチロウ", u"Ichiro"}, {u"花子", u"ハナコ", u"Hanako"}, {u"翔太", u"ショウタ", u"Shota"},
                        {u"彩", u"アヤ", u"Aya"},           {u"健", u"ケン", u"Ken"},        {u"陽菜", u"ヒナ", u"Hina"}};
// Title, department and role keys of the first, second and third contact.
const Person titles[] = {{u"部長", u"", u"Head of department"}, {u"課長", u"", u"Manager"}, {u"主任", u"", u"Team lead"}};
const Person departments[] = {{u"情報システム部", u"", u"IT"}, {u"営業企画部", u"", u"Sales planning"},
                              {u"経理部", u"", u"Finance"}};
const char *const roles[] = {"decision-maker", "champion", "user,billing"};
const Person salesOwners[] = {{u"松本 大輔", u"", u"Daisuke Matsumoto"}, {u"井上 香織", u"", u"Kaori Inoue"},
                              {u"木村 拓也", u"", u"Takuya Kimura"}};

} // namespace

Expected<qint64> DemoPeople::write(Book &book, Random &random, const Date &today, DemoLanguage language)
{
    struct Row { qint64 id; QString stage; std::optional<Date> start; };
    QList<Row> rows;
    qint64 nextId = 1;
    {
        auto q = book.stream(QStringLiteral("SELECT id, stage, start_on, (SELECT coalesce(max(id), 0) FROM contact) "
                                            "FROM account WHERE stage <> 'churned' AND csm IS NOT NULL AND csm <> '' "
                                            "ORDER BY id"));
        if (!q)
            return q.error();
        while (q->next()) {
            rows << Row{q->value(0).toLongLong(), q->value(1).toString(), Dates::parseIso(q->value(2).toString())};
            nextId = q->value(3).toLongLong() + 1;
        }
    }
    auto contact = BulkStatement::prepare(book, "INSERT INTO contact (id, account_id, name, kana, title, department, "
                                                "email, roles, is_primary, left_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto handoff = BulkStatement::prepare(book, "INSERT INTO handoff (account_id, sales_owner, purpose, problems, "
                                                "expectations, promises, success_criteria, decision_maker_id, "
                                                "champion_id, handed_over_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (auto *s : {&contact, &handoff}) {
        if (!*s)
            return s->error();
    }
    const qint64 first = nextId;
    for (const Row &r : std::as_const(rows)) {
        const int people = int(random.between(1, 3));
        const qint64 decides = nextId, champions = people > 1 ? nextId + 1 : 0;
        for (int i = 0; i < people; ++i) {
            const Person &f = family[random.between(0, std::size(family) - 1)];
            const Person &g = given[random.between(0, std::size(given) - 1)];
            const bool left = i == 1 && random.chance(4);   // a champion who left lately: a churn signal
            contact->bind(nextId++).bind(r.id)
                .bind(language == DemoLanguage::Japanese ? QString::fromUtf16(f.ja) + u' ' + QString::fromUtf16(g.ja)
                                                         : QString::fromUtf16(g.en) + u' ' + QString::fromUtf16(f.en))
                .bind(language == DemoLanguage::Japanese ? QString::fromUtf16(f.kana) + u' ' + QString::fromUtf16(g.kana)
                                                         : QString())
                .bind(DemoData::text(language, titles[i].ja, titles[i].en)).bind(DemoData::text(language, departments[i].ja, departments[i].en))
                .bind(QStringLiteral("%1.%2@example.co.jp").arg(QString::fromUtf16(g.en), QString::fromUtf16(f.en)).toLower())
                .bind(roles[i]).bind(i == 0 ? 1 : 0)
                .bind(left ? Dates::toIso(today - days(random.between(3, 80))) : QString());
            if (auto ok = contact->run(); !ok)
                return ok.error();
        }
        const bool onboarding = r.stage == QLatin1String("onboarding");
        if (!onboarding && !random.chance(30))
            continue;
        const bool incomplete = onboarding && random.chance(35);   // for My Day's follow-ups
        const Date start = r.start.value_or(today);
        const Person &owner = salesOwners[random.between(0, std::size(salesOwners) - 1)];
        handoff->bind(r.id).bind(DemoData::text(language, owner.ja, owner.en))
            .bind(DemoData::text(language, u"請求・経費精算の自動化", u"Automate invoicing and expenses"))
            .bind(incomplete ? QString() : DemoData::text(language, u"月末の締めに3日かかる", u"Month-end close takes three days"))
            .bind(DemoData::text(language, u"1か月で本番稼働", u"Live within a month"))
            .bind(DemoData::text(language, u"初期設定の代行、月1回の定例", u"Setup done for them; a monthly check-in"))
            .bind(incomplete ? QString()
                             : DemoData::text(language, u"締め作業を1日に (%1)\n全部署で利用 (%2)", u"Close in one day (%1)\nEvery department uses it (%2)")
                                   .arg(Dates::toIso(start + days(90)), Dates::toIso(start + days(180))))
            .bind(decides).bind(champions > 0 ? std::optional<qint64>(champions) : std::nullopt)
            .bind(Dates::toIso(start - days(random.between(1, 10))));
        if (auto ok = handoff->run(); !ok)
            return ok.error();
    }
    for (auto *s : {&contact, &handoff}) {
        if (auto ok = (*s)->flush(); !ok)
            return ok.error();
    }
    if (auto ok = BulkLoad::advanceSequences(book, {QStringLiteral("contact")}); !ok)
        return ok.error();
    return nextId - first;
}

} // namespace csw
