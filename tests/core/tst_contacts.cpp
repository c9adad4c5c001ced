// SPDX-License-Identifier: MIT
// Contacts: an account's people with their roles, one primary at most, those who left kept;
// Japanese phone formats and email checked, bad input refused with the book as it was. And the
// hand-off from sales that names two of them (decision maker, champion).
#include "../FakeToday.h"
#include "KpiFixture.h"

#include "accounts/Contacts.h"
#include "accounts/Handoff.h"
#include "tasks/MyDayQueries.h"
#include "tasks/WorkRepository.h"
#include "importing/ContactImport.h"
#include "importing/ImportRunner.h"

using namespace csw;
using namespace kpitest;
using namespace Qt::StringLiterals;

namespace {

struct ContactBook : KpiBook
{
    qint64 account = add("A", 1'000'000, "2025-01-10");
    Contacts contacts{*book};

    Contact person(const QString &name, bool primary = false)
    {
        Contact c;
        c.accountId = account;
        c.name = name;
        c.primary = primary;
        return c;
    }
    // Accounts the import files name: CRM-1 株式会社さくら物流 and CRM-2 Acme Inc.; returns the first id.
    qint64 importBook()
    {
        Account a;
        a.name = u"株式会社さくら物流"_s;
        a.externalId = u"CRM-1"_s;
        const qint64 id = must(life.add(a)).accountId;
        a.name = u"Acme Inc."_s;
        a.externalId = u"CRM-2"_s;
        must(life.add(a));
        return id;
    }
    Expected<ImportOutcome> importFile(const QString &file)
    {
        ImportRequest request;
        request.kind = ImportKind::Contacts;
        request.path = QStringLiteral(CSW_TEST_DATA "/import/") + file;
        request.options.today = date("2026-11-23");
        return ImportRunner(*book).run(request);
    }
    qint64 contactRows()
    {
        auto q = must(book->query(u"SELECT count(*) FROM contact"_s));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace

class TestContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void phones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Tokyo landline") << u"03-1234-5678"_s << true;
        QTest::newRow("mobile") << u"090-1234-5678"_s << true;
        QTest::newRow("free dial") << u"0120-123-456"_s << true;
        QTest::newRow("no hyphens") << u"0312345678"_s << true;
        QTest::newRow("+81") << u"+81 90 1234 5678"_s << true;
        QTest::newRow("brackets") << u"(03) 1234-5678"_s << true;
        QTest::newRow("too short") << u"12345"_s << false;
        QTest::newRow("letters") << u"03-CALL-NOW"_s << false;
        QTest::newRow("domestic without 0") << u"31234567890"_s << false;
        QTest::newRow("empty is fine") << QString() << true;
        QTest::newRow("full-width, as a Japanese keyboard types it") << u"０３－１２３４－５６７８"_s << true;
        QTest::newRow("long vowel mark as hyphen") << u"03ー1234ー5678"_s << true;
        QTest::newRow("050 IP phone") << u"050-1234-5678"_s << true;
    }
    void phones()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(Contacts::phoneProblem(phone).isEmpty(), valid);
    }

    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"tanaka@example.co.jp"_s << true;
        QTest::newRow("plus") << u"t.tanaka+cs@example.com"_s << true;
        QTest::newRow("no domain") << u"tanaka@"_s << false;
        QTest::newRow("no at") << u"tanaka.example.com"_s << false;
        QTest::newRow("no dot") << u"tanaka@example"_s << false;
        QTest::newRow("space") << u"ta naka@example.com"_s << false;
    }
    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(Contacts::emailProblem(email).isEmpty(), valid);
    }

    void roles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("keys");
        QTest::newRow("keys") << u"champion,billing"_s << u"champion,billing"_s;
        QTest::newRow("japanese, 、") << u"推進者、決裁者"_s << u"decision-maker,champion"_s;
        QTest::newRow("english labels, case") << u"Decision Maker, USER"_s << u"decision-maker,user"_s;
        QTest::newRow("twice") << u"user,利用者"_s << u"user"_s;
        QTest::newRow("none") << QString() << QString();
    }
    void roles()
    {
        QFETCH(QString, text);
        QFETCH(QString, keys);
        QCOMPARE(ContactRoles::keys(must(ContactRoles::parse(text))), keys);
    }

    void addsListsAndChanges()
    {
        ContactBook f;
        Contact tanaka = f.person(u"田中 一郎"_s, true);
        tanaka.kana = u"たなか いちろう"_s;
        tanaka.title = u"部長"_s;
        tanaka.roles = {ContactRole::DecisionMaker};
        tanaka.email = u"tanaka@example.co.jp"_s;
        const qint64 t = must(f.contacts.add(tanaka));
        Contact abe = f.person(u"阿部 花子"_s);
        abe.kana = u"あべ はなこ"_s;
        abe.roles = {ContactRole::Champion};
        const qint64 a = must(f.contacts.add(abe));
        Contact ueda = f.person(u"上田"_s);
        ueda.kana = u"うえだ"_s;
        ueda.leftOn = date("2026-10-31");
        const qint64 u = must(f.contacts.add(ueda));
        // The primary first, then by reading, those who left last.
        QList<qint64> order;
        for (const Contact &c : must(f.contacts.ofAccount(f.account)))
            order << c.id;
        QCOMPARE(order, (QList<qint64>{t, a, u}));
        const Contact stored = must(f.contacts.get(t));
        QCOMPARE(stored.title, u"部長"_s);
        QCOMPARE(stored.roles, QList<ContactRole>{ContactRole::DecisionMaker});
        QVERIFY(stored.primary);

        // Making another primary takes it from the first.
        Contact changed = must(f.contacts.get(a));
        QVERIFY(Contacts::applyFields(changed, {u"primary=yes"_s, u"roles=推進者,利用者"_s, u"phone=090-1234-5678"_s}));
        QVERIFY(f.contacts.update(changed));
        QVERIFY(!must(f.contacts.get(t)).primary);
        QVERIFY(must(f.contacts.get(a)).primary);
        QCOMPARE(must(f.contacts.get(a)).roles, (QList<ContactRole>{ContactRole::Champion, ContactRole::User}));
        QCOMPARE(must(f.contacts.get(a)).version, 2);

        QVERIFY(f.contacts.remove(u));
        QCOMPARE(f.contacts.get(u).error().kind, ErrorKind::NotFound);
        // An account's contacts go with it.
        QVERIFY(AccountRepository(*f.book).remove(f.account));
        QCOMPARE(f.contactRows(), 0);
    }

    // An edit based on an older version is refused: someone else's change is never overwritten.
    void staleEditsAreRefused()
    {
        ContactBook f;
        Contact c = f.person(u"田中"_s);
        c.phone = u"０３－１２３４－５６７８"_s;
        const qint64 id = must(f.contacts.add(c));
        QCOMPARE(must(f.contacts.get(id)).phone, u"03-1234-5678"_s);   // stored as digits and hyphens
        Contact mine = must(f.contacts.get(id)), theirs = must(f.contacts.get(id));
        theirs.title = u"部長"_s;
        QVERIFY(f.contacts.update(theirs));
        mine.title = u"課長"_s;
        const Status refused = f.contacts.update(mine);
        QCOMPARE(refused.error().kind, ErrorKind::Stale);
        QCOMPARE(must(f.contacts.get(id)).title, u"部長"_s);

        Handoff first = must(Handoffs(*f.book).of(f.account)), second = first;
        first.salesOwner = u"鈴木"_s;
        QVERIFY(Handoffs(*f.book).save(first));
        second.salesOwner = u"佐藤"_s;   // read before the first was saved
        QCOMPARE(Handoffs(*f.book).save(second).error().kind, ErrorKind::Stale);
        QCOMPARE(Handoffs(*f.book).remove(f.account, 5).error().kind, ErrorKind::Stale);
        QCOMPARE(must(Handoffs(*f.book).of(f.account)).salesOwner, u"鈴木"_s);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("primary");
        QTest::addColumn<qint64>("account");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name") << QString() << QString() << QString() << false << qint64(1) << int(ErrorKind::Invalid)
                                 << u"name"_s;
        QTest::newRow("bad email") << u"X"_s << u"x@"_s << QString() << false << qint64(1) << int(ErrorKind::Invalid)
                                   << u"email"_s;
        QTest::newRow("bad phone") << u"X"_s << QString() << u"123"_s << false << qint64(1) << int(ErrorKind::Invalid)
                                   << u"phone"_s;
        QTest::newRow("second primary") << u"X"_s << QString() << QString() << true << qint64(1)
                                        << int(ErrorKind::Conflict) << u"primary"_s;
        QTest::newRow("no account") << u"X"_s << QString() << QString() << false << qint64(99)
                                    << int(ErrorKind::NotFound) << u"99"_s;
    }
    void refusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(bool, primary);
        QFETCH(qint64, account);
        QFETCH(int, kind);
        QFETCH(QString, reason);
        ContactBook f;
        must(f.contacts.add(f.person(u"田中"_s, true)));
        Contact c = f.person(name, primary);
        c.accountId = account;
        c.email = email;
        c.phone = phone;
        const auto refused = f.contacts.add(c);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), kind);
        QVERIFY2(refused.error().message.contains(reason), qPrintable(refused.error().message));
        QCOMPARE(f.contactRows(), 1);
    }

    void refusesBadFields_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown field") << u"mood=happy"_s << u"'mood=happy' is not FIELD=VALUE"_s;
        QTest::newRow("no value sign") << u"name"_s << u"'name' is not FIELD=VALUE"_s;
        QTest::newRow("bad role") << u"roles=boss"_s << u"'boss' is not a contact role"_s;
        QTest::newRow("bad primary") << u"primary=maybe"_s << u"primary is yes or no, not 'maybe'"_s;
        QTest::newRow("bad left date") << u"left=yesterday"_s << u"left: 'yesterday' is not a date"_s;
    }
    void refusesBadFields()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, reason);
        Contact c;
        c.name = u"田中"_s;
        const auto refused = Contacts::applyFields(c, {assignment});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY2(refused.error().message.contains(reason), qPrintable(refused.error().message));
        QCOMPARE(c.name, u"田中"_s);
    }
    void fullNames_data()
    {
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("name");
        QTest::newRow("japanese order") << u"田中"_s << u"一郎"_s << u"田中 一郎"_s;
        QTest::newRow("western order") << u"Lovelace"_s << u"Ada"_s << u"Ada Lovelace"_s;
        QTest::newRow("last only") << u"田中"_s << QString() << u"田中"_s;
    }
    void fullNames()
    {
        QFETCH(QString, last);
        QFETCH(QString, first);
        QFETCH(QString, name);
        QCOMPARE(ContactImport::fullName(last, first), name);
    }

    // Salesforce's and HubSpot's contact exports and a Japanese CP932 file, matched to accounts
    // by external id or name.
    void importsCrmExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("firstEmail");
        QTest::newRow("salesforce") << u"contacts-salesforce.csv"_s << QStringList{u"田中 一郎"_s, u"Ada Smith"_s}
                                    << u"tanaka@example.co.jp"_s;
        QTest::newRow("hubspot") << u"contacts-hubspot.csv"_s << QStringList{u"阿部 花子"_s} << u"abe@example.co.jp"_s;
        QTest::newRow("japanese, cp932") << u"contacts-ja-cp932.csv"_s << QStringList{u"上田 健"_s, u"高橋 彩"_s}
                                         << u"ueda@example.co.jp"_s;
    }
    void importsCrmExports()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        QFETCH(QString, firstEmail);
        ContactBook f;
        const qint64 sakura = f.importBook();
        const auto outcome = f.importFile(file);
        QVERIFY2(outcome && outcome->result.problems.isEmpty(),
                 qPrintable(outcome ? outcome->result.problems.value(0).reason : outcome.error().message));
        QCOMPARE(outcome->result.created, names.size());
        QStringList stored;
        QString email;
        for (const qint64 account : {sakura, sakura + 1, f.account}) {
            for (const Contact &c : must(f.contacts.ofAccount(account))) {
                stored << c.name;
                if (email.isEmpty())
                    email = c.email;
            }
        }
        std::sort(stored.begin(), stored.end());
        std::sort(names.begin(), names.end());
        QCOMPARE(stored, names);
        QCOMPARE(email, firstEmail);
        if (file.contains(u"cp932"_s)) {
            const auto takahashi = must(f.contacts.ofAccount(sakura + 1));
            QCOMPARE(takahashi.first().roles, (QList<ContactRole>{ContactRole::DecisionMaker, ContactRole::Champion}));
            QCOMPARE(takahashi.first().kana, u"タカハシ アヤ"_s);
        }
        // The same file again adds nobody twice: each person is skipped, by email or name.
        const auto again = f.importFile(file);
        QVERIFY(again && again->result.problems.isEmpty());
        QCOMPARE(again->result.created, 0);
        QCOMPARE(again->result.skipped, names.size());
        QCOMPARE(f.contactRows(), names.size());
    }

    // Hand-offs in bulk, one row per account, Japanese headers; the decision maker named among
    // the account's contacts; bad rows named by row and column and nothing written.
    void importsHandoffs()
    {
        ContactBook f;
        const qint64 sakura = f.importBook();
        QVERIFY(f.importFile(u"contacts-salesforce.csv"_s));
        ImportRequest request;
        request.kind = ImportKind::Handoffs;
        request.path = QStringLiteral(CSW_TEST_DATA "/import/handoffs-ja.csv");
        request.options.today = date("2026-11-23");
        const auto outcome = ImportRunner(*f.book).run(request);
        QVERIFY2(outcome && outcome->result.problems.isEmpty(),
                 qPrintable(outcome ? outcome->result.problems.value(0).reason : outcome.error().message));
        QCOMPARE(outcome->result.created, 1);
        const Handoff h = must(Handoffs(*f.book).of(sakura));
        QCOMPARE(h.salesOwner, u"鈴木"_s);
        QCOMPARE(h.purpose, u"請求業務の自動化"_s);
        QCOMPARE(h.handedOverOn, date("2026-11-20"));
        QCOMPARE(must(f.contacts.get(*h.decisionMakerId)).name, u"田中 一郎"_s);
        QCOMPARE(Handoffs::criteria(h).size(), 2);
        QVERIFY(Handoffs::missing(h).contains(u"champion"_s));

        request.path = QStringLiteral(CSW_TEST_DATA "/import/handoffs-bad.csv");
        const auto bad = ImportRunner(*f.book).run(request);
        QVERIFY(bad);
        QStringList seen;
        for (const ImportProblem &p : bad->result.problems)
            seen << u"%1:%2"_s.arg(p.row).arg(p.column);
        QCOMPARE(seen, (QStringList{u"2:champion"_s, u"3:account"_s, u"4:handoff date"_s}));
        QCOMPARE(must(Handoffs(*f.book).of(sakura)).salesOwner, u"鈴木"_s);   // nothing written
        QCOMPARE(must(Handoffs(*f.book).of(sakura + 1)).version, 0);
    }

    void importRefusesBadRows()
    {
        ContactBook f;
        f.importBook();
        const auto outcome = f.importFile(u"contacts-bad.csv"_s);
        QVERIFY(outcome);
        QStringList seen;
        for (const ImportProblem &p : outcome->result.problems)
            seen << u"%1:%2"_s.arg(p.row).arg(p.column);
        QCOMPARE(seen, (QStringList{u"3:Account"_s, u"4:Email"_s, u"5:Name"_s, u"5:Phone"_s, u"5:Role"_s}));
        QCOMPARE(f.contactRows(), 0);   // nothing written
    }
    void handoffIsFilledAndChecked()
    {
        ContactBook f;
        const qint64 tanaka = must(f.contacts.add(f.person(u"田中"_s)));
        Handoffs handoffs(*f.book);
        Handoff h = must(handoffs.of(f.account));
        QCOMPARE(h.version, 0);
        QCOMPARE(Handoffs::missing(h).size(), 7);
        QVERIFY(Handoffs::applyFields(h, {u"sales_owner=鈴木"_s, u"purpose=請求業務の自動化"_s,
                                          u"decision_maker=%1"_s.arg(tanaka), u"handed_over_on=2026-11-01"_s}));
        QVERIFY(handoffs.save(h));
        Handoff stored = must(handoffs.of(f.account));
        QCOMPARE(stored.salesOwner, u"鈴木"_s);
        QCOMPARE(stored.decisionMakerId, std::optional<qint64>(tanaka));
        QCOMPARE(stored.handedOverOn, std::optional<Date>(date("2026-11-01")));
        QCOMPARE(stored.version, 1);
        QCOMPARE(Handoffs::missing(stored),
                 (QStringList{u"problems"_s, u"expectations"_s, u"success_criteria"_s, u"champion"_s}));
        // Saved again: the same row, its version on.
        stored.problems = u"月末の請求書作成に3日かかる"_s;
        QVERIFY(handoffs.save(stored));
        QCOMPARE(must(handoffs.of(f.account)).version, 2);
        // The decision maker's contact removed: the hand-off stays, without them.
        QVERIFY(f.contacts.remove(tanaka));
        QVERIFY(!must(handoffs.of(f.account)).decisionMakerId);
        QVERIFY(handoffs.remove(f.account, 2));
        QCOMPARE(must(handoffs.of(f.account)).version, 0);
    }

    void handoffRefusals_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<bool>("atSave");
        QTest::newRow("unknown field") << u"budget=1"_s << false;
        QTest::newRow("bad date") << u"handed_over_on=someday"_s << false;
        QTest::newRow("bad contact id") << u"champion=abc"_s << false;
        QTest::newRow("another account's contact") << u"champion=%1"_s << true;
    }
    void handoffRefusals()
    {
        QFETCH(QString, assignment);
        QFETCH(bool, atSave);
        ContactBook f;
        const qint64 other = f.add("B", 0, "2025-01-10");
        Contact elsewhere = f.person(u"他社"_s);
        elsewhere.accountId = other;
        const qint64 id = must(f.contacts.add(elsewhere));
        Handoff h = must(Handoffs(*f.book).of(f.account));
        const Status applied = Handoffs::applyFields(h, {assignment.arg(id)});
        QCOMPARE(bool(applied), atSave);
        if (atSave) {
            const Status saved = Handoffs(*f.book).save(h);
            QCOMPARE(saved.error().kind, ErrorKind::Invalid);
        } else {
            QCOMPARE(applied.error().kind, ErrorKind::Invalid);
        }
        QCOMPARE(must(Handoffs(*f.book).of(f.account)).version, 0);
    }
    // My Day's follow-ups: a champion or decision maker who left in the last 90 days (latest
    // first), then onboarding accounts whose hand-off is incomplete.
    void myDayListsPeopleAndHandoffs()
    {
        ContactBook f;   // A: onboarding, no hand-off
        const qint64 b = f.add("B", 500'000, "2025-01-10", "Tanaka");
        const qint64 c = f.add("C", 500'000, "2025-01-10");
        must(f.life.moveStage(b, Stage::Adoption, date("2025-06-01")));
        must(f.life.moveStage(c, Stage::Adoption, date("2025-06-01")));
        const auto person = [&](qint64 account, const QString &name, QList<ContactRole> roles, const char *left) {
            Contact p = f.person(name);
            p.accountId = account;
            p.roles = roles;
            p.leftOn = date(left);
            return must(f.contacts.add(p));
        };
        person(b, u"阿部"_s, {ContactRole::Champion}, "2026-11-01");
        person(c, u"上田"_s, {ContactRole::DecisionMaker, ContactRole::User}, "2026-10-01");
        person(c, u"古川"_s, {ContactRole::Champion}, "2026-07-01");   // 145 days ago: not listed
        person(c, u"石井"_s, {ContactRole::User}, "2026-11-20");        // not a key person
        const MyDayQueries queries(*f.book);
        auto rows = must(queries.peopleToFollow({}, date("2026-11-23"), 90, 50));
        QStringList seen;
        for (const AccountRow &r : rows)
            seen << r.name + u": "_s + r.note;
        QCOMPARE(seen, (QStringList{u"B: champion 阿部 left"_s, u"C: decision maker 上田 left"_s,
                                    u"A: hand-off incomplete"_s}));
        QCOMPARE(rows.first().on, date("2026-11-01"));
        QCOMPARE(must(queries.peopleToFollow(u"Tanaka"_s, date("2026-11-23"), 90, 50)).size(), 1);

        // A complete hand-off takes A off the list.
        const qint64 dm = must(f.contacts.add(f.person(u"田中"_s)));
        Handoff h = must(Handoffs(*f.book).of(f.account));
        QVERIFY(Handoffs::applyFields(h, {u"sales_owner=鈴木"_s, u"purpose=p"_s, u"problems=p"_s, u"expectations=e"_s,
                                          u"success_criteria=s"_s, u"decision_maker=%1"_s.arg(dm),
                                          u"champion=%1"_s.arg(dm)}));
        QVERIFY(Handoffs(*f.book).save(h));
        QCOMPARE(must(queries.peopleToFollow({}, date("2026-11-23"), 90, 50)).size(), 2);
    }
    void successCriteria_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("due");
        QTest::newRow("full-width brackets") << u"請求書作成を1日に短縮（2027-03-31）"_s << u"請求書作成を1日に短縮"_s
                                             << u"2027-03-31"_s;
        QTest::newRow("slashes, no brackets") << u"ログイン率80% 2027/6/1"_s << u"ログイン率80%"_s << u"2027-06-01"_s;
        QTest::newRow("ascii brackets") << u"Onboarding done (2027-01-15)"_s << u"Onboarding done"_s << u"2027-01-15"_s;
        QTest::newRow("no date") << u"経営会議で利用状況を報告"_s << u"経営会議で利用状況を報告"_s << QString();
        QTest::newRow("impossible date stays text") << u"X 2027-02-30"_s << u"X 2027-02-30"_s << QString();
    }
    void successCriteria()
    {
        QFETCH(QString, line);
        QFETCH(QString, title);
        QFETCH(QString, due);
        Handoff h;
        h.successCriteria = u"\n"_s + line + u"\n\n"_s;
        const auto criteria = Handoffs::criteria(h);
        QCOMPARE(criteria.size(), 1);
        QCOMPARE(criteria.first().title, title);
        QCOMPARE(criteria.first().dueOn ? Dates::toIso(*criteria.first().dueOn) : QString(), due);
    }

    // The success criteria become objectives once; those made are marked and undone.
    void criteriaBecomeObjectives()
    {
        ContactBook f;
        Handoff h = must(Handoffs(*f.book).of(f.account));
        h.successCriteria = u"請求書作成を1日に短縮（2027-03-31）\nログイン率80%"_s;
        QVERIFY(Handoffs(*f.book).save(h));
        const auto made = must(Handoffs(*f.book).makeObjectives(f.account));
        QCOMPARE(made.size(), 2);
        const auto objectives = must(WorkRepository(*f.book).objectives(f.account));
        QCOMPARE(objectives.size(), 2);
        QStringList titles;
        for (const PlanObjective &o : objectives)
            titles << o.title + (o.dueOn ? u" "_s + Dates::toIso(*o.dueOn) : QString());
        titles.sort();
        QCOMPARE(titles, (QStringList{u"ログイン率80%"_s, u"請求書作成を1日に短縮 2027-03-31"_s}));
        QVERIFY(must(Handoffs(*f.book).makeObjectives(f.account)).isEmpty());   // once
        h = must(Handoffs(*f.book).of(f.account));   // as saved: its version moved on
        h.successCriteria += u"\n経営会議で報告"_s;
        QVERIFY(Handoffs(*f.book).save(h));
        QCOMPARE(must(Handoffs(*f.book).makeObjectives(f.account)).size(), 1);
        QVERIFY(Handoffs(*f.book).removeObjectives(made));
        QCOMPARE(must(WorkRepository(*f.book).objectives(f.account)).size(), 1);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
