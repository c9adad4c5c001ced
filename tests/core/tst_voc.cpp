// SPDX-License-Identifier: MIT
// Voice of the customer in the core: workflow, impact, merge, search, history, undo, export.
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "demo/DemoGenerator.h"

#include "accounts/AccountRepository.h"
#include "book/RowStream.h"
#include "voc/VocExport.h"
#include "voc/VocQuery.h"
#include "voc/VocRepository.h"
#include "voc/VocService.h"

#include <QBuffer>

using namespace csw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(csw::VocStatus)

namespace {

void sql(Book &book, const QString &statement)
{
    QSqlQuery q(book.database());
    if (!q.exec(statement))
        qFatal("%s", qPrintable(statement));
}

VocEntry entry(const QString &text, QList<VocLink> links, VocKind kind = VocKind::FeatureRequest)
{
    VocEntry e;
    e.text = text;
    e.kind = kind;
    e.links = std::move(links);
    e.loggedOn = date("2026-11-01");
    return e;
}

QList<qint64> listed(Book &book, const VocFilter &filter, VocSort sort = VocSort::Id)
{
    QVariantList values;
    auto rows = RowStream::open(book, VocQuery::sql(book.dialect(), filter, sort, values), values);
    QList<qint64> ids;
    while (rows && rows->next())
        ids << rows->integer(VocQuery::Id);
    return ids;
}

// Every row of the VOC tables: equal dumps mean nothing was written.
QStringList dumpVoc(Book &book)
{
    QStringList rows = dumpBook(book);
    QSqlQuery q(book.database());
    for (const char *table : {"voc", "voc_account", "voc_tag", "voc_change", "voc_loop"}) {
        q.exec(u"SELECT * FROM %1"_s.arg(QLatin1String(table)));
        while (q.next()) {
            QStringList cells{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(u'|');
        }
    }
    rows.sort();
    return rows;
}

} // namespace

class TestVoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // An edit is what the person changed against the entry as they saw it: spaces around the
    // text, the tags' order or separators and the accounts' order are no change; applied on top
    // of someone else's newer version, only the changed fields go over theirs.
    void anEditIsWhatChanged()
    {
        VocEntry seen;
        seen.text = u"請求書をPDFで出したい"_qs;
        seen.tags = {u"PDF"_qs, u"請求"_qs};
        seen.links = {{1, Importance::NiceToHave}, {2, Importance::Dealbreaker}};
        VocEntry mine = seen;
        mine.text = u"  請求書をPDFで出したい "_qs;
        mine.tags = {u"請求、PDF"_qs};
        mine.links = {{2, Importance::Dealbreaker}, {1, Importance::NiceToHave}};
        QVERIFY(!VocEdit::between(seen, mine).any());
        mine.kind = VocKind::Bug;
        mine.tags = {u"請求"_qs};
        const VocEdit edit = VocEdit::between(seen, mine);
        QVERIFY(edit.kind && edit.tags && !edit.text && !edit.target && !edit.source && !edit.links);
        VocEntry theirs = seen;
        theirs.text = u"請求書をPDFで一括出力したい"_qs;   // their newer wording stays
        theirs.target = VocTarget::Both;
        const VocEntry out = edit.applied(theirs, mine);
        QCOMPARE(out.text, theirs.text);
        QCOMPARE(out.target, VocTarget::Both);
        QCOMPARE(out.kind, VocKind::Bug);
        QCOMPARE(out.tags, QStringList{u"請求"_qs});
    }

    void workflow_data()
    {
        QTest::addColumn<VocStatus>("from");
        QTest::addColumn<VocStatus>("to");
        QTest::addColumn<bool>("allowed");
        using S = VocStatus;
        QTest::newRow("new to triaged") << S::New << S::Triaged << true;
        QTest::newRow("skipping steps forward") << S::New << S::Planned << true;
        QTest::newRow("handed-off to accepted") << S::HandedOff << S::Accepted << true;
        QTest::newRow("back from planned") << S::Planned << S::Triaged << false;
        QTest::newRow("back to new") << S::Triaged << S::New << false;
        QTest::newRow("declining an open entry") << S::Accepted << S::Declined << true;
        QTest::newRow("declining a done entry") << S::Done << S::Declined << false;
        QTest::newRow("reopening a declined entry") << S::Declined << S::Triaged << true;
        QTest::newRow("declined straight to planned") << S::Declined << S::Planned << false;
        QTest::newRow("done to closed loop") << S::Done << S::ClosedLoop << true;
        QTest::newRow("declined to closed loop") << S::Declined << S::ClosedLoop << true;
        QTest::newRow("planned to closed loop") << S::Planned << S::ClosedLoop << false;
        QTest::newRow("closed loop is final") << S::ClosedLoop << S::Done << false;
        QTest::newRow("staying") << S::Triaged << S::Triaged << true;
    }
    void workflow()
    {
        QFETCH(VocStatus, from);
        QFETCH(VocStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(VocWorkflow::allowed(from, to), allowed);
        QCOMPARE(VocWorkflow::next(from).contains(to), allowed && from != to);
    }

    // An edit with a status move is one step: a move the workflow refuses leaves the text as
    // it was too.
    void anEditAndItsMoveAreOneStep()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        VocService service(*f.book);
        const auto id = service.add(entry(u"PDF出力"_s, {{a, Importance::NiceToHave}}));
        QVERIFY(id);
        QVERIFY(service.setStatus(*id, VocStatus::HandedOff, date("2026-11-10")));
        QVERIFY(service.setStatus(*id, VocStatus::Planned, date("2026-11-20")));
        const QStringList before = dumpVoc(*f.book);
        VocEntry edited = *VocRepository(*f.book).get(*id);
        edited.text = u"PDFで一括出力"_s;
        const Status refused = service.editAndMove(edited, VocStatus::Triaged, date("2026-11-21"));   // planned -> triaged
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY2(refused.error().message.contains(u"cannot move from planned to triaged"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(dumpVoc(*f.book), before);
        QVERIFY(service.editAndMove(edited, std::nullopt, date("2026-11-21")));
        QCOMPARE(VocRepository(*f.book).get(*id)->text, u"PDFで一括出力"_s);
    }

    void statusChangesAreDatedAndIllegalOnesRefused()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        VocService service(*f.book);
        const auto id = service.add(entry(u"PDF出力"_s, {{a, Importance::NiceToHave}}));
        QVERIFY(id);
        QVERIFY(service.setStatus(*id, VocStatus::HandedOff, date("2026-11-10")));
        QVERIFY(service.setStatus(*id, VocStatus::Planned, date("2026-11-20")));
        const QStringList before = dumpVoc(*f.book);
        const Status back = service.setStatus(*id, VocStatus::Triaged, date("2026-11-21"));
        QVERIFY(!back);
        QCOMPARE(back.error().kind, ErrorKind::Invalid);
        QVERIFY2(back.error().message.contains(u"planned"_s), qPrintable(back.error().message));
        QCOMPARE(dumpVoc(*f.book), before);
        const auto changes = VocRepository(*f.book).changes(*id);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 3);
        QCOMPARE(changes->at(0).newValue, u"new"_s);
        QCOMPARE(changes->at(1).changedOn, date("2026-11-10"));
        QCOMPARE(changes->at(1).oldValue, u"new"_s);
        QCOMPARE(changes->at(1).newValue, u"handed-off"_s);
        QCOMPARE(changes->at(2).newValue, u"planned"_s);
    }

    void badEntriesStoreNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("loggedOn");
        QTest::addColumn<int>("links");   // 0 none, 1 known, 2 unknown account, 3 twice
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty text") << u"   "_s << u"2026-11-01"_s << 1 << u"empty"_s << int(ErrorKind::Invalid);
        QTest::newRow("no account") << u"x"_s << u"2026-11-01"_s << 0 << u"at least one account"_s
                                    << int(ErrorKind::Invalid);
        QTest::newRow("unknown account") << u"x"_s << u"2026-11-01"_s << 2 << u"no account 99"_s
                                         << int(ErrorKind::NotFound);
        QTest::newRow("account twice") << u"x"_s << u"2026-11-01"_s << 3 << u"twice"_s << int(ErrorKind::Invalid);
        QTest::newRow("future date") << u"x"_s << u"2026-11-24"_s << 1 << u"future"_s << int(ErrorKind::Invalid);
    }
    void badEntriesStoreNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, loggedOn);
        QFETCH(int, links);
        QFETCH(QString, message);
        QFETCH(int, kind);
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        const QStringList before = dumpVoc(*f.book);
        VocEntry e = entry(text, {});
        e.loggedOn = *Dates::parseIso(loggedOn);
        if (links == 1)
            e.links = {{a, Importance::Important}};
        else if (links == 2)
            e.links = {{99, Importance::Important}};
        else if (links == 3)
            e.links = {{a, Importance::Important}, {a, Importance::NiceToHave}};
        const auto id = VocService(*f.book).add(e);
        QVERIFY(!id);
        QCOMPARE(int(id.error().kind), kind);
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(dumpVoc(*f.book), before);
    }

    void impactWeighsArrByImportanceAndRisk()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 1'000'000);
        const qint64 b = addAccount(*f.book, u"B"_s, 300'000);
        const qint64 c = addAccount(*f.book, u"C"_s, 50'000);
        sql(*f.book, u"UPDATE account SET health_band = 'red' WHERE id = %1"_s.arg(b));
        sql(*f.book, u"UPDATE account SET stage = 'churn-prevention' WHERE id = %1"_s.arg(c));
        VocService service(*f.book);
        const auto big = service.add(entry(u"big"_s, {{a, Importance::Dealbreaker},
                                                      {b, Importance::Important},
                                                      {c, Importance::NiceToHave}}));
        const auto small = service.add(entry(u"small"_s, {{c, Importance::Dealbreaker}}));
        QVERIFY(big && small);
        const auto impact = VocRepository(*f.book).impact(*big);
        QVERIFY(impact);
        QCOMPARE(impact->accounts, 3);
        QCOMPARE(impact->arr, 1'350'000);
        QCOMPARE(impact->weightedArr, 3'000'000 + 600'000 + 50'000);
        QCOMPARE(impact->atRiskArr, 350'000);
        QCOMPARE(impact->accountsAtRisk, 2);
        // The list ranks by the same numbers.
        QCOMPARE(listed(*f.book, {}, VocSort::WeightedArr), (QList<qint64>{*big, *small}));
        QCOMPARE(listed(*f.book, {}, VocSort::Date), (QList<qint64>{*small, *big}));
        QVariantList values;
        auto rows = RowStream::open(*f.book, VocQuery::sql(f.book->dialect(), {}, VocSort::Id, values), values);
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->integer(VocQuery::WeightedArr), 3'650'000);
        QCOMPARE(rows->integer(VocQuery::AtRiskArr), 350'000);
        QCOMPARE(rows->integer(VocQuery::AccountsAtRisk), 2);
        QVERIFY(rows->next());
        QCOMPARE(rows->integer(VocQuery::WeightedArr), 150'000);
    }

    void mergeUnitesAccountsAndTags()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        const qint64 b = addAccount(*f.book, u"B"_s, 200);
        VocService service(*f.book);
        VocEntry first = entry(u"CSV出力が欲しい"_s, {{a, Importance::NiceToHave}});
        first.tags = {u"export"_s};
        VocEntry second = entry(u"CSVで出したい"_s, {{a, Importance::Dealbreaker}, {b, Importance::Important}});
        second.tags = {u"csv"_s, u"export"_s};
        const auto survivor = service.add(first);
        const auto duplicate = service.add(second);
        QVERIFY(survivor && duplicate);
        const QStringList unmerged = dumpVoc(*f.book);
        const Status intoItself = service.merge(*survivor, *survivor);
        QVERIFY(!intoItself);
        QCOMPARE(intoItself.error().kind, ErrorKind::Invalid);
        QVERIFY2(intoItself.error().message.contains(u"VOC entry %1 cannot be merged into itself"_s.arg(*survivor)),
                 qPrintable(intoItself.error().message));
        QCOMPARE(dumpVoc(*f.book), unmerged);
        QVERIFY(service.merge(*duplicate, *survivor, date("2026-11-22")));
        const auto merged = VocRepository(*f.book).get(*survivor);
        QVERIFY(merged);
        QCOMPARE(merged->links, (QList<VocLink>{{a, Importance::Dealbreaker}, {b, Importance::Important}}));
        QCOMPARE(merged->tags, (QStringList{u"csv"_s, u"export"_s}));
        const auto gone = VocRepository(*f.book).get(*duplicate);
        QCOMPARE(gone->mergedInto, std::optional<qint64>(*survivor));
        QCOMPARE(listed(*f.book, {}), (QList<qint64>{*survivor}));
        VocFilter all;
        all.includeMerged = true;
        QCOMPARE(listed(*f.book, all).size(), 2);
        const auto history = VocRepository(*f.book).changes(*duplicate);
        QCOMPARE(history->last().field, u"merged-into"_s);
        QCOMPARE(history->last().changedOn, date("2026-11-22"));
        QCOMPARE(VocRepository(*f.book).changes(*survivor)->last().field, u"merged-from"_s);
        // A merged entry can be merged no further, nor changed.
        const QStringList afterMerge = dumpVoc(*f.book);
        const Status again = service.merge(*duplicate, *survivor);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        QVERIFY2(again.error().message.contains(u"VOC entry %1 was already merged into %2"_s.arg(*duplicate).arg(*survivor)),
                 qPrintable(again.error().message));
        const Status moved = service.setStatus(*duplicate, VocStatus::Triaged);
        QVERIFY(!moved);
        QCOMPARE(moved.error().kind, ErrorKind::Invalid);
        QVERIFY2(moved.error().message.contains(u"VOC entry %1 was merged into %2; change that one instead"_s
                                                    .arg(*duplicate).arg(*survivor)),
                 qPrintable(moved.error().message));
        const Status edited = service.edit(*gone);
        QVERIFY(!edited);
        QCOMPARE(edited.error().kind, ErrorKind::Invalid);
        QCOMPARE(dumpVoc(*f.book), afterMerge);
    }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<int>>("expected");   // positions of the entries below
        QTest::newRow("japanese phrase") << u"PDF出力"_s << QList<int>{0};
        QTest::newRow("japanese, two characters") << u"請求"_s << QList<int>{0, 1};
        QTest::newRow("one kanji") << u"速"_s << QList<int>{2};
        QTest::newRow("english, any case") << u"dashboard"_s << QList<int>{3};
        QTest::newRow("two latin letters") << u"sa"_s << QList<int>{3};
        QTest::newRow("quotes") << u"\"fast\""_s << QList<int>{3};
        QTest::newRow("percent is literal") << u"50%"_s << QList<int>{1};
        QTest::newRow("underscore is literal") << u"_x"_s << QList<int>{};
        QTest::newRow("a whole tag") << u"billing"_s << QList<int>{0};
        QTest::newRow("nothing") << u"該当なし"_s << QList<int>{};
    }
    void search()
    {
        QFETCH(QString, search);
        QFETCH(QList<int>, expected);
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        VocService service(*f.book);
        QList<qint64> ids;
        VocEntry first = entry(u"請求書のPDF出力が欲しい"_s, {{a, Importance::NiceToHave}});
        first.tags = {u"billing"_s};
        for (const VocEntry &e : {first, entry(u"請求金額を50%に"_s, {{a, Importance::NiceToHave}}),
                                  entry(u"サポートが速い"_s, {{a, Importance::NiceToHave}}),
                                  entry(u"The Dashboard is \"fast\", says Sato"_s,
                                        {{a, Importance::NiceToHave}})}) {
            const auto id = service.add(e);
            QVERIFY(id);
            ids << *id;
        }
        VocFilter filter;
        filter.search = search;
        QList<qint64> wanted;
        for (int i : expected)
            wanted << ids[i];
        QCOMPARE(listed(*f.book, filter), wanted);
    }

    // An edit based on an entry someone else changed meanwhile is refused and stores nothing.
    void staleEditsAreRefused()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        VocService service(*f.book);
        const auto id = service.add(entry(u"請求書をPDFで"_s, {{a, Importance::NiceToHave}}));
        const auto seen = VocRepository(*f.book).get(*id);
        QVERIFY(service.setStatus(*id, VocStatus::Triaged, Dates::today()));
        VocEntry mine = *seen;
        mine.text = u"請求書をPDFとCSVで"_s;
        const Status refused = service.edit(mine);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Stale);
        const auto now = VocRepository(*f.book).get(*id);
        QCOMPARE(now->text, u"請求書をPDFで"_s);
        QCOMPARE(now->status, VocStatus::Triaged);
        QCOMPARE(now->version, seen->version + 1);
        mine.version = now->version;   // on top of theirs
        QVERIFY(service.edit(mine));
        QCOMPARE(VocRepository(*f.book).get(*id)->text, u"請求書をPDFとCSVで"_s);
    }

    void searchFollowsEdits()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        VocService service(*f.book);
        const auto id = service.add(entry(u"古い文章です"_s, {{a, Importance::NiceToHave}}));
        auto e = VocRepository(*f.book).get(*id);
        e->text = u"新しい文章です"_s;
        QVERIFY(service.edit(*e));
        VocFilter filter;
        filter.search = u"古い文"_s;
        QVERIFY(listed(*f.book, filter).isEmpty());
        filter.search = u"新しい文"_s;
        QCOMPARE(listed(*f.book, filter), QList<qint64>{*id});
    }

    // A demo book's entries are indexed once after loading; searching finds them, and an
    // entry added afterwards is indexed as usual.
    void demoBookIsSearchable()
    {
        BookFixture f;
        QVERIFY(fillDemo(*f.book, 200));
        QSqlQuery q(f.book->database());
        QVERIFY(q.exec(u"SELECT id, text FROM voc ORDER BY id DESC LIMIT 1"_s) && q.next());
        const qint64 last = q.value(0).toLongLong();
        const QString text = q.value(1).toString();
        q.finish();
        const bool sqlite = f.book->engine() == BookEngine::Sqlite;
        // The search index: SQLite's FTS5 table, filled; PostgreSQL's trigram index on the
        // folded text.
        QVERIFY(q.exec(sqlite ? u"SELECT count(*) FROM voc_search JOIN voc ON voc.id = voc_search.rowid"_s
                              : u"SELECT count(*) FROM pg_indexes WHERE indexname = 'voc_search_trgm'"_s)
                && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        q.finish();
        VocFilter filter;
        filter.search = text.left(4);
        QVERIFY(listed(*f.book, filter).contains(last));
        const auto added = VocService(*f.book).add(entry(u"デモの後に追加した要望"_s, {{1, Importance::NiceToHave}}));
        QVERIFY(added);
        filter.search = u"後に追加"_s;
        QCOMPARE(listed(*f.book, filter), QList<qint64>{*added});
        if (sqlite)
            QVERIFY(q.exec(u"INSERT INTO voc_search (voc_search) VALUES ('integrity-check')"_s));
    }

    // Search folds width, case and the wave dash both ways, on the text and the tags; what
    // was written is kept as it was.
    void searchFoldsWidthCaseAndWaveDash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("found");
        const QString wide = u"ＣＳＶ出力を１０時〜１２時に"_s;
        QTest::newRow("CSV") << wide << QString() << u"CSV"_s << true;
        QTest::newRow("csv") << wide << QString() << u"csv"_s << true;
        QTest::newRow("10時") << wide << QString() << u"10時"_s << true;
        QTest::newRow("１０時～ (full-width tilde)") << wide << QString() << u"１０時～"_s << true;
        QTest::newRow("10時~12時") << wide << QString() << u"10時~12時"_s << true;
        QTest::newRow("two characters") << wide << QString() << u"cs"_s << true;
        QTest::newRow("half-width kana") << u"ｶﾞｲﾄﾞが古い"_s << QString() << u"ガイド"_s << true;
        QTest::newRow("full-width kana to half") << u"ガイドが古い"_s << QString() << u"ｶﾞｲﾄﾞ"_s << true;
        QTest::newRow("typed wide, written plain") << u"csv export, 10:00〜12:00"_s << QString()
                                                   << u"ＣＳＶ　ＥＸＰＯＲＴ"_s << true;
        QTest::newRow("tag, other width and case") << u"請求書の改善"_s << u"ＰＤＦ"_s << u"pdf"_s << true;
        QTest::newRow("not there") << wide << QString() << u"PDF"_s << false;
    }

    void searchFoldsWidthCaseAndWaveDash()
    {
        QFETCH(QString, text);
        QFETCH(QString, tag);
        QFETCH(QString, search);
        QFETCH(bool, found);
        BookFixture f;
        VocEntry e = entry(text, {{addAccount(*f.book, u"A"_s, 100), Importance::Important}});
        if (!tag.isEmpty())
            e.tags = {tag};
        const auto added = VocService(*f.book).add(e);
        QVERIFY(added);
        VocFilter filter;
        filter.search = search;
        QCOMPARE(listed(*f.book, filter), found ? QList<qint64>{*added} : QList<qint64>{});
        const auto stored = VocRepository(*f.book).get(*added);
        QVERIFY(stored);
        QCOMPARE(stored->text, text);
        QCOMPARE(stored->tags, tag.isEmpty() ? QStringList() : QStringList{tag});
    }

    // Tags typed with Japanese separators are several tags.
    void tagsSplitOnJapaneseSeparators_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("、 and ，") << QStringList{u"請求、PDF，経理"_s} << QStringList{u"PDF"_s, u"経理"_s, u"請求"_s};
        QTest::newRow("; and ；") << QStringList{u"a;b；c"_s} << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("commas, spaces, repeats") << QStringList{u" a , b"_s, u"b"_s} << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("nothing but separators") << QStringList{u"、,"_s} << QStringList{};
    }

    void tagsSplitOnJapaneseSeparators()
    {
        QFETCH(QStringList, typed);
        QFETCH(QStringList, tags);
        QCOMPARE(normalizeTags(typed), tags);
    }

    void filters()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100, u"佐藤"_s);
        const qint64 b = addAccount(*f.book, u"B"_s, 100, u"Suzuki"_s);
        VocService service(*f.book);
        VocEntry product = entry(u"p"_s, {{a, Importance::NiceToHave}});
        VocEntry marketing = entry(u"m"_s, {{b, Importance::NiceToHave}}, VocKind::Praise);
        marketing.target = VocTarget::Marketing;
        marketing.loggedOn = date("2026-10-01");
        VocEntry both = entry(u"b"_s, {{a, Importance::NiceToHave}, {b, Importance::NiceToHave}});
        both.target = VocTarget::Both;
        const qint64 p = *service.add(product), m = *service.add(marketing), x = *service.add(both);
        VocFilter filter;
        filter.target = VocTarget::Product;
        QCOMPARE(listed(*f.book, filter), (QList<qint64>{p, x}));
        filter.target = VocTarget::Marketing;
        QCOMPARE(listed(*f.book, filter), (QList<qint64>{m, x}));
        filter = {};
        filter.csm = u"佐藤"_s;
        QCOMPARE(listed(*f.book, filter), (QList<qint64>{p, x}));
        filter = {};
        filter.kind = VocKind::Praise;
        QCOMPARE(listed(*f.book, filter), QList<qint64>{m});
        filter = {};
        filter.since = date("2026-10-15");
        QCOMPARE(listed(*f.book, filter), (QList<qint64>{p, x}));
        filter = {};
        filter.until = date("2026-10-01");
        QCOMPARE(listed(*f.book, filter), QList<qint64>{m});
        filter = {};
        filter.accountId = b;
        QCOMPARE(listed(*f.book, filter), (QList<qint64>{m, x}));
    }

    void restorePutsAnEntryBack()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        const qint64 b = addAccount(*f.book, u"B"_s, 100);
        VocService service(*f.book);
        const qint64 id = *service.add(entry(u"text"_s, {{a, Importance::NiceToHave}}));
        const QStringList before = dumpVoc(*f.book);
        const auto snapshot = service.snapshot(id);
        QVERIFY(snapshot);
        auto e = VocRepository(*f.book).get(id);
        e->tags = {u"t"_s};
        e->links << VocLink{b, Importance::Dealbreaker};
        e->target = VocTarget::Both;
        QVERIFY(service.edit(*e));
        QVERIFY(service.setStatus(id, VocStatus::Done));
        QVERIFY(service.recordLoop(id, {a, u"田中様"_s, date("2026-11-23"), u"email"_s, {}}));
        QVERIFY(dumpVoc(*f.book) != before);
        QVERIFY(service.restore(*snapshot));
        QCOMPARE(dumpVoc(*f.book), before);
    }

    void loopsNeedALinkedAccount()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        const qint64 b = addAccount(*f.book, u"B"_s, 100);
        VocService service(*f.book);
        const qint64 id = *service.add(entry(u"text"_s, {{a, Importance::NiceToHave}}));
        const Status unlinked = service.recordLoop(id, {b, u"x"_s, date("2026-11-23"), {}, {}});
        QVERIFY(!unlinked);
        QCOMPARE(unlinked.error().kind, ErrorKind::Invalid);
        QVERIFY2(unlinked.error().message.contains(u"account %1 is not linked to VOC entry %2"_s.arg(b).arg(id)),
                 qPrintable(unlinked.error().message));
        const Status tomorrow = service.recordLoop(id, {a, u"x"_s, date("2026-11-24"), {}, {}});
        QVERIFY(!tomorrow);
        QCOMPARE(tomorrow.error().kind, ErrorKind::Invalid);
        QVERIFY2(tomorrow.error().message.contains(u"the date 2026-11-24 is in the future"_s),
                 qPrintable(tomorrow.error().message));
        QVERIFY(VocRepository(*f.book).loops(id)->isEmpty());
        QVERIFY(service.recordLoop(id, {a, u"田中様"_s, date("2026-11-23"), u"call"_s, {}}));
        QCOMPARE(VocRepository(*f.book).loops(id)->size(), 1);
    }

    // A note is kept in the entry's history, dated; a bad one stores nothing.
    void notesAreKeptInTheHistory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("on");
        QTest::addColumn<bool>("entryExists");
        QTest::addColumn<QString>("refusal");   // empty: stored
        QTest::addColumn<int>("kind");
        QTest::newRow("note") << u"  Q2のロードマップで検討  "_s << u"2026-11-20"_s << true << QString()
                              << int(ErrorKind::Other);
        QTest::newRow("empty") << u"   "_s << u"2026-11-20"_s << true << u"empty"_s << int(ErrorKind::Invalid);
        QTest::newRow("too long") << QString(VocService::MaxNoteLength + 1, u'あ') << u"2026-11-20"_s << true
                                  << u"at most 2000"_s << int(ErrorKind::Invalid);
        QTest::newRow("future") << u"x"_s << u"2026-11-24"_s << true << u"future"_s << int(ErrorKind::Invalid);
        QTest::newRow("no entry") << u"x"_s << u"2026-11-20"_s << false << u"99"_s << int(ErrorKind::NotFound);
    }
    void notesAreKeptInTheHistory()
    {
        QFETCH(QString, text);
        QFETCH(QString, on);
        QFETCH(bool, entryExists);
        QFETCH(QString, refusal);
        QFETCH(int, kind);
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"A"_s, 100);
        VocService service(*f.book);
        const qint64 id = *service.add(entry(u"text"_s, {{a, Importance::NiceToHave}}));
        const qsizetype before = VocRepository(*f.book).changes(id)->size();
        const Status noted = service.addNote(entryExists ? id : 99, text, date(qPrintable(on)));
        const auto changes = *VocRepository(*f.book).changes(id);
        if (!refusal.isEmpty()) {
            QVERIFY(!noted);
            QCOMPARE(int(noted.error().kind), kind);
            QVERIFY2(noted.error().message.contains(refusal), qPrintable(noted.error().message));
            QCOMPARE(changes.size(), before);
            return;
        }
        QVERIFY2(noted, qPrintable(noted.error().message));
        QCOMPARE(changes.size(), before + 1);
        QCOMPARE(changes.last().field, u"note"_s);
        QCOMPARE(changes.last().newValue, u"Q2のロードマップで検討"_s);
        QCOMPARE(changes.last().changedOn, date(qPrintable(on)));
    }

    void cp932ExportNamesTheCharacterAndKeepsTheOldFile()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"髙橋商事"_s, 100);
        VocService service(*f.book);
        QVERIFY(service.add(entry(u"～①の表示が崩れる"_s, {{a, Importance::NiceToHave}})));
        const QString path = f.dir.filePath(u"voc.csv"_s);
        VocExportOptions options;
        options.encoding = TextEncoding::Cp932;
        QCOMPARE(*VocExport(*f.book).writeFile(options, path), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QStringDecoder decoder("CP932");
        const QString text = decoder.decode(bytes);
        QVERIFY(!decoder.hasError());
        QVERIFY(text.contains(u"～①の表示が崩れる"_s));
        QVERIFY(text.contains(u"髙橋商事"_s));

        const qint64 emoji = *service.add(entry(u"最高です 😀"_s, {{a, Importance::NiceToHave}}));
        const QByteArray old = fileHash(path);
        const auto failed = VocExport(*f.book).writeFile(options, path);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(u"VOC entry %1, column text"_s.arg(emoji)),
                 qPrintable(failed.error().message));
        QVERIFY(failed.error().message.contains(u"U+1F600"_s));
        QCOMPARE(fileHash(path), old);

        // Cancelled (the progress is asked every 4,096 rows): the old file is kept too.
        QVERIFY(f.book->write([&]() -> Status {
            for (int i = 0; i < 4096; ++i) {
                if (auto added = service.add(entry(u"CSVで出したい"_s, {{a, Importance::NiceToHave}})); !added)
                    return added.error();
            }
            return {};
        }));
        const auto cancelled = VocExport(*f.book).writeFile(VocExportOptions(), path, [](qint64) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(fileHash(path), old);
    }

    void bomAndAnonymizedColumns()
    {
        BookFixture f;
        const qint64 a = addAccount(*f.book, u"株式会社さくら"_s, 100);
        const qint64 id = *VocService(*f.book).add(entry(u"x"_s, {{a, Importance::NiceToHave}}));
        QVERIFY(VocService(*f.book).recordLoop(id, {a, u"田中様"_s, date("2026-11-23"), {}, {}}));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        VocExportOptions options;
        options.bom = true;
        QVERIFY(VocExport(*f.book).write(options, &buffer));
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBFid,logged_on,"));
        QVERIFY(buffer.data().contains("株式会社さくら"));
        QVERIFY(buffer.data().contains("田中様"));
        QBuffer anonymous;
        anonymous.open(QIODevice::WriteOnly);
        options.anonymize = true;
        QVERIFY(VocExport(*f.book).write(options, &anonymous));
        QVERIFY(!anonymous.data().contains("株式会社さくら"));
        QVERIFY(!anonymous.data().contains("田中様"));
        QVERIFY(!anonymous.data().contains(",accounts,"));
        QVERIFY(anonymous.data().contains(",account_count,"));
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestVoc)
#include "tst_voc.moc"
