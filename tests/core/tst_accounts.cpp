// SPDX-License-Identifier: MIT
#include "../BookFixture.h"
#include "../FakeToday.h"

#include "accounts/AccountExport.h"
#include "accounts/AccountLifecycle.h"
#include "accounts/AccountRepository.h"
#include "book/RowStream.h"
#include "stages/StageRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {
Account draft(const char *name, Minor arr = 1200000, const char *start = "2026-04-01",
              const char *renewal = "2027-03-31")
{
    Account a;
    a.name = QString::fromUtf8(name);
    a.arr = arr;
    a.csm = QStringLiteral("佐藤 美咲");
    a.startOn = date(start);
    a.renewalOn = date(renewal);
    return a;
}
} // namespace

// Adding, editing, churning and renewing accounts, and the ARR history that each keeps.
class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Rows streamed for exports and reports read the same on both engines: a real as SQLite
    // writes it, NULL as null, text and whole numbers as they are; a stream left half read
    // leaves the book free for the next statement.
    void rowStreamsReadAlike()
    {
        BookFixture f;
        auto rows = RowStream::open(*f.book, "SELECT CAST(48 AS REAL), CAST(2.5 AS REAL), NULL, 'さくら', 12");
        QVERIFY(rows);
        QVERIFY(rows->next());
        QCOMPARE(rows->columnCount(), 5);
        QCOMPARE(rows->text(0).toByteArray(), QByteArray("48.0"));
        QCOMPARE(rows->real(0), 48.0);
        QCOMPARE(rows->text(1).toByteArray(), QByteArray("2.5"));
        QVERIFY(rows->isNull(2));
        QVERIFY(!rows->isNull(3));
        QCOMPARE(QString::fromUtf8(rows->text(3).toByteArray()), u"さくら"_s);
        QCOMPARE(rows->integer(4), 12);
        QCOMPARE(rows->text(4).toByteArray(), QByteArray("12"));
        QVERIFY(!rows->next());
        QVERIFY(!rows->error());

        for (const char *name : {"A", "B", "C"})
            addAccount(*f.book, QString::fromLatin1(name), 100);
        {
            auto half = RowStream::open(*f.book, "SELECT id, name FROM account ORDER BY id");
            QVERIFY(half);
            QVERIFY(half->next());
            QCOMPARE(half->text(1).toByteArray(), QByteArray("A"));
        }
        auto count = f.book->query(u"SELECT count(*) FROM account"_s);
        QVERIFY2(count, count ? "" : qPrintable(count.error().message));
        QVERIFY(count->next());
        QCOMPARE(count->value(0).toInt(), 3);

        auto bad = RowStream::open(*f.book, "SELECT no_such_column FROM account");
        if (bad) {   // PostgreSQL says so on the first row, SQLite when preparing
            QVERIFY(!bad->next());
            QVERIFY(bad->error());
        }
        QVERIFY(f.book->query(u"SELECT 1"_s));
    }

    // Renewals in these tests fall in 2027; history may not be dated after today.

    void addKeepsTheFirstEvents()
    {
        BookFixture f;
        auto added = AccountLifecycle(*f.book).add(draft("株式会社さくら物流"));
        QVERIFY(added);
        const qint64 *id = &added->accountId;
        auto account = AccountRepository(*f.book).get(*id);
        QVERIFY(account);
        QCOMPARE(account->name, QStringLiteral("株式会社さくら物流"));
        QCOMPARE(account->stage, Stage::Onboarding);
        QCOMPARE(account->arr, Minor(1200000));
        auto events = ArrEventRepository(*f.book).forAccount(*id);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).kind, ArrChange::New);
        QCOMPARE(events->at(0).occurredOn, date("2026-04-01"));
        QCOMPARE(events->at(0).arrAfter, Minor(1200000));
        auto stages = StageRepository(*f.book).events(*id);
        QCOMPARE(stages->size(), 1);
        QCOMPARE(stages->at(0).enteredOn, date("2026-04-01"));
    }

    void addRefusesBadAccounts()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const auto unnamed = lifecycle.add(draft(""));
        QVERIFY(!unnamed);
        QCOMPARE(unnamed.error().kind, ErrorKind::Invalid);
        QVERIFY2(unnamed.error().message.contains(u"needs a name"_s), qPrintable(unnamed.error().message));
        const auto backwards = lifecycle.add(draft("A", 0, "2026-04-01", "2026-03-31"));
        QVERIFY(!backwards);
        QCOMPARE(backwards.error().kind, ErrorKind::Invalid);
        QVERIFY2(backwards.error().message.contains(u"the renewal date 2026-03-31 is before the start date 2026-04-01"_s),
                 qPrintable(backwards.error().message));
        Account churned = draft("B");
        churned.stage = Stage::Churned;
        const auto startsChurned = lifecycle.add(churned);
        QVERIFY(!startsChurned);
        QCOMPARE(startsChurned.error().kind, ErrorKind::Invalid);
        QVERIFY2(startsChurned.error().message.contains(u"cannot start churned"_s),
                 qPrintable(startsChurned.error().message));
        Account first = draft("C");
        first.externalId = QStringLiteral("SF-1");
        QVERIFY(lifecycle.add(first));
        Account second = draft("D");
        second.externalId = QStringLiteral("SF-1");
        auto duplicate = lifecycle.add(second);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, ErrorKind::Conflict);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("SF-1")));
        QVERIFY2(duplicate.error().message.contains(u"already belongs to account"_s),
                 qPrintable(duplicate.error().message));
        QCOMPARE(*AccountRepository(*f.book).count(), qint64(1));
    }

    void arrChangesAreDatedEvents_data()
    {
        QTest::addColumn<qlonglong>("from");
        QTest::addColumn<qlonglong>("to");
        QTest::addColumn<int>("kind");
        QTest::newRow("expansion") << 1200000LL << 1500000LL << int(ArrChange::Expansion);
        QTest::newRow("contraction") << 1200000LL << 900000LL << int(ArrChange::Contraction);
        QTest::newRow("first ARR") << 0LL << 600000LL << int(ArrChange::New);
        QTest::newRow("to zero") << 1200000LL << 0LL << int(ArrChange::Contraction);
    }
    void arrChangesAreDatedEvents()
    {
        QFETCH(qlonglong, from);
        QFETCH(qlonglong, to);
        QFETCH(int, kind);
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const qint64 id = lifecycle.add(draft("A", from))->accountId;
        AccountChanges changes;
        changes.arr = to;
        QVERIFY(lifecycle.edit(id, changes, date("2026-10-01"), QStringLiteral("20 seats")));
        auto events = *ArrEventRepository(*f.book).forAccount(id);
        const ArrEvent &last = events.last();
        QCOMPARE(int(last.kind), kind);
        QCOMPARE(last.occurredOn, date("2026-10-01"));
        QCOMPARE(qlonglong(last.arrBefore), from);
        QCOMPARE(qlonglong(last.arrAfter), to);
        QCOMPARE(last.note, QStringLiteral("20 seats"));
        QCOMPARE(qlonglong(AccountRepository(*f.book).get(id)->arr), to);
    }

    void editParsesFields()
    {
        BookFixture f(QStringLiteral("USD"));
        AccountLifecycle lifecycle(*f.book);
        const qint64 id = lifecycle.add(draft("A", 100000))->accountId;
        auto changes = AccountChanges::parse({QStringLiteral("arr=1,234.50"),
                                              QStringLiteral("csm=Sato"),
                                              QStringLiteral("touch=テックタッチ"),
                                              QStringLiteral("renewal=2027-04-30"),
                                              QStringLiteral("plan=")},
                                             f.book->currency());
        QVERIFY(changes);
        QVERIFY(lifecycle.edit(id, *changes, date("2026-05-01")));
        const Account a = *AccountRepository(*f.book).get(id);
        QCOMPARE(a.arr, Minor(123450));
        QCOMPARE(a.csm, QStringLiteral("Sato"));
        QCOMPARE(a.touch, Touch::Tech);
        QCOMPARE(a.renewalOn, std::optional(date("2027-04-30")));
        QVERIFY(a.plan.isEmpty());
    }

    void editRefusesBadFields_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown field") << "colour=red" << "'colour' is not an account field";
        QTest::newRow("stage") << "stage=adoption" << "stage: change the stage with 'csw stage set'";
        QTest::newRow("no equals") << "arr" << "'arr' is not FIELD=VALUE";
        QTest::newRow("negative arr") << "arr=-1" << "arr: the amount -1 is negative";
        QTest::newRow("impossible date") << "renewal=2026-02-30" << "renewal: '2026-02-30' is not a date";
        QTest::newRow("bad touch") << "touch=medium" << "touch: 'medium' is not a touch model";
        QTest::newRow("empty name") << "name=" << "name: an account needs a name";
    }
    void editRefusesBadFields()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, reason);
        const auto parsed = AccountChanges::parse({assignment}, Currency());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }

    void editBeforeStartIsRefusedWhole()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const qint64 id = lifecycle.add(draft("A"))->accountId;
        AccountChanges changes;
        changes.arr = 2000000;
        changes.csm = QStringLiteral("Tanaka");
        const auto refused = lifecycle.edit(id, changes, date("2026-01-01"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY2(refused.error().message.contains(u"2026-01-01 is before account %1 started (2026-04-01)"_s.arg(id)),
                 qPrintable(refused.error().message));
        const Account a = *AccountRepository(*f.book).get(id);
        QCOMPARE(a.arr, Minor(1200000));
        QCOMPARE(a.csm, QStringLiteral("佐藤 美咲"));
        QCOMPARE(ArrEventRepository(*f.book).forAccount(id)->size(), 1);
    }

    void churnRecordsStageAndArr()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const qint64 id = lifecycle.add(draft("A"))->accountId;
        QVERIFY(lifecycle.churn(id, date("2026-09-30"), QStringLiteral("予算削減")));
        const Account a = *AccountRepository(*f.book).get(id);
        QVERIFY(a.isChurned());
        QCOMPARE(a.churnedOn, std::optional(date("2026-09-30")));
        QCOMPARE(a.churnReason, QStringLiteral("予算削減"));
        QCOMPARE(a.arr, Minor(1200000));
        const ArrEvent last = ArrEventRepository(*f.book).forAccount(id)->last();
        QCOMPARE(last.kind, ArrChange::Churn);
        QCOMPARE(last.delta(), Minor(-1200000));
        QCOMPARE(StageRepository(*f.book).events(id)->last().stage, Stage::Churned);
        const QStringList churnedBook = dumpBook(*f.book);
        const auto again = lifecycle.churn(id, date("2026-10-30"), {});
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        QVERIFY2(again.error().message.contains(u"churned already on 2026-09-30"_s), qPrintable(again.error().message));
        AccountChanges changes;
        changes.arr = 5;
        const auto edited = lifecycle.edit(id, changes, date("2026-10-01"));
        QVERIFY(!edited);
        QCOMPARE(edited.error().kind, ErrorKind::Invalid);
        QVERIFY2(edited.error().message.contains(u"has churned; its ARR cannot change"_s),
                 qPrintable(edited.error().message));
        const auto renewed = lifecycle.renew(id, date("2026-10-01"), std::nullopt, 12);
        QVERIFY(!renewed);
        QCOMPARE(renewed.error().kind, ErrorKind::Invalid);
        QVERIFY2(renewed.error().message.contains(u"has churned and cannot be renewed"_s),
                 qPrintable(renewed.error().message));
        QCOMPARE(dumpBook(*f.book), churnedBook);
    }

    void renewMovesTheRenewalDate_data()
    {
        QTest::addColumn<QString>("renewal");
        QTest::addColumn<int>("term");
        QTest::addColumn<QString>("next");
        QTest::newRow("a year") << "2027-03-31" << 12 << "2028-03-31";
        QTest::newRow("half a year") << "2027-03-31" << 6 << "2027-09-30";
        QTest::newRow("into a leap year") << "2027-02-28" << 12 << "2028-02-29";
        QTest::newRow("two years") << "2027-04-15" << 24 << "2029-04-15";
    }
    void renewMovesTheRenewalDate()
    {
        QFETCH(QString, renewal);
        QFETCH(int, term);
        QFETCH(QString, next);
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const qint64 id = lifecycle.add(draft("A", 1200000, "2026-04-01", renewal.toLatin1()))->accountId;
        auto event = lifecycle.renew(id, *Dates::parseIso(renewal), 1500000, term);
        QVERIFY(event);
        QCOMPARE(Dates::toIso(*event->after.renewalOn), next);
        const Account a = *AccountRepository(*f.book).get(id);
        QCOMPARE(Dates::toIso(*a.renewalOn), next);
        QCOMPARE(a.arr, Minor(1500000));
        auto renewals = *ArrEventRepository(*f.book).renewalsFor(id);
        QCOMPARE(renewals.size(), 1);
        QCOMPARE(renewals[0].termMonths, term);
        QCOMPARE(renewals[0].arrBefore, Minor(1200000));
        QCOMPARE(ArrEventRepository(*f.book).forAccount(id)->last().kind, ArrChange::Expansion);
    }

    void renewRefusesBadTerms()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const qint64 id = lifecycle.add(draft("A"))->accountId;
        const auto noTerm = lifecycle.renew(id, date("2027-03-31"), std::nullopt, 0);
        QVERIFY(!noTerm);
        QCOMPARE(noTerm.error().kind, ErrorKind::Invalid);
        QVERIFY2(noTerm.error().message.contains(u"between 1 and 120 months, not 0"_s), qPrintable(noTerm.error().message));
        const auto early = lifecycle.renew(id, date("2026-01-01"), std::nullopt, 12);
        QVERIFY(!early);
        QCOMPARE(early.error().kind, ErrorKind::Invalid);
        QVERIFY2(early.error().message.contains(u"2026-01-01 is before account %1 started"_s.arg(id)),
                 qPrintable(early.error().message));
        const auto missing = lifecycle.renew(4242, date("2027-03-31"), std::nullopt, 12);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY2(missing.error().message.contains(u"no account 4242"_s), qPrintable(missing.error().message));
        QVERIFY(ArrEventRepository(*f.book).renewalsFor(id)->isEmpty());
    }

    void revertUndoesExactly_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action : {"add", "edit", "arr", "stage", "churn", "renew"})
            QTest::newRow(action) << QString::fromLatin1(action);
    }
    void revertUndoesExactly()
    {
        QFETCH(QString, action);
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const qint64 id = lifecycle.add(draft("A"))->accountId;
        const QStringList before = dumpBook(*f.book, false);
        Expected<AccountChange> change = Error{};
        AccountChanges changes;
        if (action == QLatin1String("add")) {
            change = lifecycle.add(draft("B"));
        } else if (action == QLatin1String("edit")) {
            changes.csm = QStringLiteral("Tanaka");
            changes.plan = QStringLiteral("Enterprise");
            change = lifecycle.edit(id, changes, date("2026-06-01"));
        } else if (action == QLatin1String("arr")) {
            changes.arr = 1800000;
            change = lifecycle.edit(id, changes, date("2026-06-01"));
        } else if (action == QLatin1String("stage")) {
            change = lifecycle.moveStage(id, Stage::Adoption, date("2026-06-01"));
        } else if (action == QLatin1String("churn")) {
            change = lifecycle.churn(id, date("2026-06-01"), QStringLiteral("予算削減"));
        } else {
            change = lifecycle.renew(id, date("2027-03-31"), 1500000, 12);
        }
        QVERIFY(change);
        QVERIFY(dumpBook(*f.book) != before);
        QVERIFY(lifecycle.revert(*change));
        QCOMPARE(dumpBook(*f.book, false), before);
    }

    // No lost edits: an edit based on a version someone else moved on is refused, naming who
    // and when, and leaves the book as it was; so is an undo that would overwrite their edit.
    void staleEditsAreRefused()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const qint64 id = lifecycle.add(draft("A"))->accountId;
        const int seen = AccountRepository(*f.book).get(id)->version;
        AccountChanges theirs;
        theirs.plan = QStringLiteral("Enterprise");
        const auto changed = lifecycle.edit(id, theirs, date("2026-06-01"));
        QVERIFY(changed);
        QCOMPARE(changed->after.version, seen + 1);
        QCOMPARE(AccountRepository(*f.book).get(id)->version, seen + 1);

        AccountChanges mine;
        mine.csm = QStringLiteral("Tanaka");
        mine.basedOn = seen;
        const QStringList before = dumpBook(*f.book);
        const auto refused = lifecycle.edit(id, mine, date("2026-06-01"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Stale);
        QCOMPARE(dumpBook(*f.book), before);
        mine.basedOn = seen + 1;   // on top of theirs
        const auto applied = lifecycle.edit(id, mine, date("2026-06-01"));
        QVERIFY(applied);
        QCOMPARE(AccountRepository(*f.book).get(id)->plan, QStringLiteral("Enterprise"));
        QCOMPARE(AccountRepository(*f.book).get(id)->csm, QStringLiteral("Tanaka"));

        // Their first edit cannot be undone over mine.
        const QStringList now = dumpBook(*f.book);
        const Status undone = lifecycle.revert(*changed);
        QVERIFY(!undone);
        QCOMPARE(undone.error().kind, ErrorKind::Stale);
        QVERIFY2(undone.error().message.contains(u"plan"_s), qPrintable(undone.error().message));
        QCOMPARE(dumpBook(*f.book), now);
        QVERIFY(lifecycle.revert(*applied));   // the latest edit can
    }

    void redoneAdditionKeepsItsId()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const auto added = lifecycle.add(draft("A"));
        QVERIFY(lifecycle.revert(*added));
        QCOMPARE(*AccountRepository(*f.book).count(), qint64(0));
        Account again = draft("A");
        again.id = added->accountId;
        QCOMPARE(lifecycle.add(again)->accountId, added->accountId);
    }

    // The search box folds width, case and the wave dash in names, external ids and CSMs.
    void searchFoldsNames_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("found");
        QTest::newRow("name, ASCII") << u"abc"_s << true;
        QTest::newRow("name, full-width") << u"ＡＢＣ"_s << true;
        QTest::newRow("external id") << u"crm-001"_s << true;
        QTest::newRow("CSM in full-width kana") << u"サトウ"_s << true;
        QTest::newRow("wave dash") << u"東京~大阪"_s << true;
        QTest::newRow("across two fields") << u"商事crm"_s << false;
        QTest::newRow("not there") << u"xyz"_s << false;
    }

    void searchFoldsNames()
    {
        QFETCH(QString, search);
        QFETCH(bool, found);
        BookFixture f;
        Account a = draft("x");
        a.name = u"株式会社ＡＢＣ商事 東京〜大阪"_s;
        a.externalId = u"ＣＲＭ-００１"_s;
        a.csm = u"ｻﾄｳ"_s;
        QVERIFY(AccountLifecycle(*f.book).add(a));
        AccountRepository accounts(*f.book);
        QCOMPARE(*accounts.count({.search = search}), qint64(found ? 1 : 0));
        const auto page = accounts.page({.search = search}, AccountSort::Name, false, 0, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), found ? 1 : 0);
        if (found)
            QCOMPARE(page->first().name, a.name);   // stored as written
    }

    void pagesFromTheEndKeepTheOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (const auto &[name, sort] : {std::pair{"name", AccountSort::Name}, {"csm", AccountSort::Csm},
                                         {"arr", AccountSort::Arr}, {"renewal", AccountSort::Renewal},
                                         {"health", AccountSort::Health}, {"id", AccountSort::Id}}) {
            QTest::addRow("%s ascending", name) << int(sort) << false;
            QTest::addRow("%s descending", name) << int(sort) << true;
        }
    }

    // A page in the second half is read backwards from the end (a shorter walk along the
    // index): the same rows in the same order as reading forwards, ties and empty values too.
    void pagesFromTheEndKeepTheOrder()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const char *csms[] = {"佐藤 美咲", "", "Emily Clark"};
        for (int i = 0; i < 23; ++i) {
            Account a = draft(i % 2 ? "Beta" : "alpha", 100 * (1 + i % 3));
            a.csm = QString::fromUtf8(csms[i % 3]);
            if (i % 4 == 0)
                a.renewalOn = Date();
            QVERIFY(lifecycle.add(a));
        }
        AccountRepository accounts(*f.book);
        const auto ids = [&](qint64 offset, int limit, qint64 total) {
            QList<qint64> result;
            const auto page = accounts.page({}, AccountSort(sort), descending, offset, limit, total);
            for (const Account &a : *page)
                result << a.id;
            return result;
        };
        const QList<qint64> all = ids(0, 100, -1);
        QCOMPARE(all.size(), 23);
        for (qint64 offset = 0; offset <= 23; ++offset)
            QCOMPARE(ids(offset, 5, 23), all.mid(offset, 5));
    }

    void pagesSortAndSearch()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const QStringList names = {QStringLiteral("Delta"), QStringLiteral("alpha 100%"),
                                   QStringLiteral("株式会社さくら"), QStringLiteral("Charlie"),
                                   QStringLiteral("bravo_1")};
        Minor arr = 100;
        for (const QString &name : names) {
            Account a = draft("x", arr += 100);
            a.name = name;
            QVERIFY(lifecycle.add(a));
        }
        AccountRepository accounts(*f.book);
        auto pageNames = [&](const AccountFilter &filter, AccountSort sort, bool descending,
                             qint64 offset, int limit) {
            QStringList result;
            const auto page = accounts.page(filter, sort, descending, offset, limit);
            for (const Account &a : *page)
                result << a.name;
            return result;
        };
        QCOMPARE(pageNames({}, AccountSort::Arr, true, 0, 2),
                 (QStringList{QStringLiteral("bravo_1"), QStringLiteral("Charlie")}));
        QCOMPARE(pageNames({}, AccountSort::Arr, true, 2, 2),
                 (QStringList{QStringLiteral("株式会社さくら"), QStringLiteral("alpha 100%")}));
        QCOMPARE(pageNames({}, AccountSort::Arr, true, 4, 2), QStringList{QStringLiteral("Delta")});
        QCOMPARE(pageNames({}, AccountSort::Name, false, 0, 2),
                 (QStringList{QStringLiteral("alpha 100%"), QStringLiteral("bravo_1")}));
        QCOMPARE(pageNames({.search = QStringLiteral("さくら")}, AccountSort::Id, false, 0, 10),
                 QStringList{QStringLiteral("株式会社さくら")});
        // LIKE's wildcards in the search text are searched for, not used.
        QCOMPARE(pageNames({.search = QStringLiteral("0%")}, AccountSort::Id, false, 0, 10),
                 QStringList{QStringLiteral("alpha 100%")});
        QCOMPARE(pageNames({.search = QStringLiteral("o_")}, AccountSort::Id, false, 0, 10),
                 QStringList{QStringLiteral("bravo_1")});
        QCOMPARE(*accounts.count({.search = QStringLiteral("a")}), qint64(4));
        QCOMPARE(*accounts.count({}), qint64(5));
        QCOMPARE(*accounts.csms(), QStringList{QStringLiteral("佐藤 美咲")});
        // Where an account is in each order (what keeps a selection across a sort), the same
        // as the pages say; none when the filter leaves it out.
        for (AccountSort sort : {AccountSort::Arr, AccountSort::Name, AccountSort::Id}) {
            for (bool descending : {false, true}) {
                const QStringList order = pageNames({}, sort, descending, 0, 10);
                for (qint64 id = 1; id <= 5; ++id) {
                    const auto at = accounts.position({}, sort, descending, id);
                    QVERIFY(at && *at);
                    QCOMPARE(order.at(**at), names.at(id - 1));
                }
            }
        }
        QCOMPARE(*accounts.position({.search = QStringLiteral("さくら")}, AccountSort::Name, false, 1),
                 std::optional<qint64>());
    }

    // The accounts list as CSV for Excel: the filtered accounts in the list's order, a byte
    // order mark, plain numbers, formulas neutralised; a file that cannot be written is left
    // as it was.
    void exportWritesTheListAsShown()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const QList<std::pair<QString, Minor>> rows = {
            {u"=HYPERLINK(\"x\")"_s, 300000}, {u"株式会社さくら, 横浜"_s, 900000}, {u"Delta"_s, 600000}};
        for (const auto &[name, arr] : rows) {
            Account a = draft("x", arr);
            a.name = name;
            QVERIFY(lifecycle.add(a));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"accounts.csv"_s);
        AccountExportOptions options;
        options.sort = AccountSort::Arr;
        options.descending = true;
        const auto written = AccountExport(*f.book).writeFile(options, path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(*written, qint64(3));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(u"id,name,external_id,csm"_s));
        QVERIFY2(lines[1].contains(u"\"株式会社さくら, 横浜\""_s) && lines[1].contains(u",900000,"_s), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(u",Delta,"_s) && lines[2].contains(u",600000,"_s), qPrintable(lines[2]));
        QVERIFY2(lines[3].contains(u"\"'=HYPERLINK(\"\"x\"\")\""_s), qPrintable(lines[3]));
        options.filter.search = u"delta"_s;
        QCOMPARE(*AccountExport(*f.book).writeFile(options, path), qint64(1));
        // A folder that is not there: an error, nothing written.
        const QString nowhere = dir.filePath(u"no/such/accounts.csv"_s);
        const auto unwritten = AccountExport(*f.book).writeFile(options, nowhere);
        QVERIFY(!unwritten);
        QCOMPARE(unwritten.error().kind, ErrorKind::Io);
        QVERIFY2(unwritten.error().message.contains(u"cannot write %1"_s.arg(nowhere)),
                 qPrintable(unwritten.error().message));
        QVERIFY(!QFileInfo::exists(nowhere));
        // Nor over the open book itself (a file; a team book is no file to choose).
        if (f.book->engine() == BookEngine::Sqlite) {
            const QByteArray before = fileHash(f.path);
            const auto overBook = AccountExport(*f.book).writeFile(options, f.path);
            QVERIFY(!overBook);
            QCOMPARE(overBook.error().kind, ErrorKind::Invalid);
            QVERIFY2(overBook.error().message.contains(u"is a book open in CS Workbench"_s),
                     qPrintable(overBook.error().message));
            QCOMPARE(fileHash(f.path), before);
        }
    }

    // For older Japanese Excel: CP932 as Windows writes it (〜 typed on a Mac becomes ～,
    // 0x81 0x60), no byte order mark. A character CP932 lacks stops the export naming the
    // account and column, the old file untouched; asked to, it becomes 〓 and is told.
    void exportWritesCp932AsWindowsDoes()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        Account a = draft("x", 100000);
        a.name = u"さくら〜物産"_s;
        QVERIFY(lifecycle.add(a));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"accounts.csv"_s);
        AccountExportOptions options;
        options.encoding = TextEncoding::Cp932;
        QCOMPARE(*AccountExport(*f.book).writeFile(options, path), qint64(1));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.startsWith("id,name,"));
        QVERIFY2(bytes.contains("\x82\xb3\x82\xad\x82\xe7\x81\x60\x95\xa8\x8e\x59"), bytes.toHex(' ').constData());

        Account emoji = draft("y", 200000);
        emoji.name = u"カフェ☕ 渋谷"_s;
        const qint64 id = lifecycle.add(emoji)->accountId;
        const auto refused = AccountExport(*f.book).writeFile(options, path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY2(refused.error().message.contains(u"account %1, column name"_s.arg(id))
                     && refused.error().message.contains(u"U+2615"_s),
                 qPrintable(refused.error().message));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);   // the earlier export, as it was
        file.close();

        options.replaceUnencodable = true;
        QStringList told;
        options.replaced = [&](qint64 account, const QString &column, char32_t c) {
            told << u"%1 %2 %3"_s.arg(account).arg(column).arg(uint(c), 0, 16);
        };
        QCOMPARE(*AccountExport(*f.book).writeFile(options, path), qint64(2));
        QCOMPARE(told, QStringList{u"%1 name 2615"_s.arg(id)});
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QStringDecoder("CP932").decode(file.readAll());
        QVERIFY2(text.contains(u"カフェ〓 渋谷"_s), qPrintable(text));
    }

    void futureAndEarlyDatesAreRefused_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("message");
        QTest::newRow("stage in the future") << "stage" << "future";
        QTest::newRow("churn in the future") << "churn" << "future";
        QTest::newRow("renewal in the future") << "renew" << "future";
        QTest::newRow("ARR change in the future") << "arr" << "future";
        QTest::newRow("start after the history") << "start" << "history";
        QTest::newRow("blank name") << "name" << "name";
    }
    void futureAndEarlyDatesAreRefused()
    {
        QFETCH(QString, action);
        QFETCH(QString, message);
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        const qint64 id = lifecycle.add(draft("A"))->accountId;
        const QStringList before = dumpBook(*f.book);
        const Date future = date("2030-01-02");
        AccountChanges changes;
        Expected<AccountChange> result = Error{};
        if (action == QLatin1String("stage")) {
            result = lifecycle.moveStage(id, Stage::Adoption, future);
        } else if (action == QLatin1String("churn")) {
            result = lifecycle.churn(id, future, {});
        } else if (action == QLatin1String("renew")) {
            result = lifecycle.renew(id, future, std::nullopt, 12);
        } else if (action == QLatin1String("arr")) {
            changes.arr = 5;
            result = lifecycle.edit(id, changes, future);
        } else if (action == QLatin1String("start")) {
            changes.startOn = std::optional(date("2026-05-01"));
            result = lifecycle.edit(id, changes, date("2026-06-01"));
        } else {
            changes.name = QStringLiteral("   ");
            result = lifecycle.edit(id, changes, date("2026-06-01"));
        }
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(dumpBook(*f.book), before);
    }

    void listFilters()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        Account a = draft("A");
        Account b = draft("B");
        b.csm = QStringLiteral("Tanaka");
        b.touch = Touch::Tech;
        QVERIFY(lifecycle.add(a));
        const qint64 idB = lifecycle.add(b)->accountId;
        QVERIFY(lifecycle.moveStage(idB, Stage::Adoption, date("2026-05-01")));
        auto names = [&](const AccountFilter &filter) {
            QStringList result;
            (void)AccountRepository(*f.book).forEach(filter, [&](const Account &x) { result << x.name; });
            return result;
        };
        QCOMPARE(names({}), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(names({.csm = QStringLiteral("Tanaka")}), QStringList{QStringLiteral("B")});
        QCOMPARE(names({.stage = Stage::Onboarding}), QStringList{QStringLiteral("A")});
        QCOMPARE(names({.touch = Touch::Tech}), QStringList{QStringLiteral("B")});
        QCOMPARE(names({.csm = QStringLiteral("Tanaka"), .stage = Stage::Onboarding}),
                 QStringList());
    }

private:
    const FakeToday m_today{"2030-01-01"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
