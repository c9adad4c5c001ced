// SPDX-License-Identifier: MIT
// Folded search (SearchFold) on a large VOC, in this process, same run:
// - writing and indexing N entries whose search text is folded vs the same entries indexed as
//   written (target <= 1.3x): the cost of NFKC and case folding at every write;
// - search latency for 2-, 3- and 8-character queries on each book (report; the folded book
//   finds more: ＣＳＶ for csv): 2 characters read
//   every entry (LIKE), 3 and more go through the trigram index.
#include "BenchSupport.h"

#include "book/Book.h"
#include "book/BulkLoad.h"
#include "book/BulkStatement.h"
#include "book/Dialect.h"
#include "book/RowStream.h"
#include "common/SearchFold.h"
#include "voc/VocQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <random>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {

// Texts as a Japanese team types them: full- and half-width, 〜 and ～, mixed case.
const char *const phrases[] = {
    "ＣＳＶ出力を１０時〜１２時に実行したい", "CSV export for the finance team", "ｶﾞｲﾄﾞが古くて設定が分からない",
    "請求書ＰＤＦの宛名を変えたい", "Salesforce連携でエラーが出る", "ダッシュボードの表示が遅い（至急）",
    "SSO (SAML) support for Okta", "モバイルアプリで承認したい～再要望", "権限設定を部署ごとに分けたい",
    "APIのレート制限を緩めてほしい", "Onboarding checklist is confusing", "通知メールが多すぎる"};

// Writes `entries` VOC entries into a new book at `path`, their search text folded or not;
// returns seconds (the writing and the index, committed).
double load(const QString &path, qint64 entries, bool fold)
{
    auto created = Book::create(path, *Currency::fromCode(u"JPY"_s));
    if (!created)
        return -1;
    Book &book = **created;
    std::mt19937 random(7);
    QElapsedTimer timer;
    timer.start();
    const Status written = book.write([&]() -> Status {
        auto triggers = BulkLoad::suspendTriggers(book, {u"voc_search_insert"_s});
        if (!triggers)
            return triggers.error();
        auto voc = BulkStatement::prepare(book, "INSERT INTO voc (id, text, kind, target, status, logged_on, "
                                                "search_text) VALUES (?, ?, 'bug', 'product', 'new', "
                                                "'2026-11-01', ?)", 100);
        if (!voc)
            return voc.error();
        for (qint64 id = 1; id <= entries; ++id) {
            const QString text = QString::fromUtf8(phrases[random() % std::size(phrases)])
                                 + QString::number(random() % 1000);
            voc->bind(id).bind(text).bind(fold ? SearchFold::of(text) : text);
            if (auto ok = voc->run(); !ok)
                return ok;
        }
        if (auto ok = voc->flush(); !ok)
            return ok;
        if (auto ok = BulkLoad::restoreTriggers(book, *triggers); !ok)
            return ok;
        return book.execAll(book.dialect().rebuildSearch());
    });
    return written ? double(timer.nsecsElapsed()) / 1e9 : -1;
}

// The best of `runs` searches for `text` on the VOC board's query; seconds.
double search(const QString &path, const QString &text, int runs)
{
    auto book = Book::open(path);
    if (!book)
        return -1;
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        VocFilter filter;
        filter.search = text;
        QElapsedTimer timer;
        timer.start();
        QVariantList values;
        auto rows = RowStream::open(**book, VocQuery::sql((*book)->dialect(), filter, VocSort::Id, values), values);
        qint64 found = 0;
        while (rows && rows->next())
            ++found;
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"entries"_s, u"VOC entries in each book."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"runs"_s, u"Best of this many runs."_s, u"R"_s, u"3"_s});
    parser.process(app);
    const qint64 entries = parser.value(u"entries"_s).toLongLong();
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    QTemporaryDir dir(QDir::tempPath() + u"/csw-bench-XXXXXX"_s);
    bench::header(qPrintable(u"Folded search, %1 VOC entries"_s.arg(entries)));
    double folded = 1e300, plain = 1e300;
    for (int i = 0; i < runs; ++i) {   // in turns, so both see the same machine
        plain = std::min(plain, load(dir.filePath(u"plain%1.sqlite"_s.arg(i)), entries, false));
        folded = std::min(folded, load(dir.filePath(u"folded%1.sqlite"_s.arg(i)), entries, true));
    }
    bench::report(u"write and index: folded vs as written"_s, folded, plain, u"<= 1.3x"_s);
    for (const QString &query : {u"ＰＤ"_s, u"csv"_s, u"ダッシュボードの"_s}) {
        const double withFolding = search(dir.filePath(u"folded0.sqlite"_s), query, runs);
        const double without = search(dir.filePath(u"plain0.sqlite"_s), query, runs);
        bench::report(u"search %1 characters: folded book vs as written"_s.arg(query.size()), withFolding,
                      without, u"report"_s);
    }
    return 0;
}
