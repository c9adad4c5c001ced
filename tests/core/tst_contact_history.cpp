// SPDX-License-Identifier: MIT
// Contacts where the book names people (issue 18): who took part in an activity, who said a VOC
// entry, who was told in its closed loop, who answered an NPS survey; a contact the history names
// is kept as a former contact when removed. And VOC handed off to sales.
#include "../FakeToday.h"
#include "KpiFixture.h"

#include "accounts/Contacts.h"
#include "accounts/Handoff.h"
#include "health/HealthRepository.h"
#include "health/NpsAnswers.h"
#include "health/PeopleMeasures.h"
#include "tasks/WorkRepository.h"
#include "voc/VocExport.h"
#include "voc/VocQuery.h"
#include "voc/VocRepository.h"
#include "voc/VocService.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

using namespace csw;
using namespace kpitest;
using namespace Qt::StringLiterals;

namespace {

struct PeopleBook : KpiBook
{
    qint64 account = add("A", 1'000'000, "2025-01-10");
    qint64 other = add("B", 2'000'000, "2025-02-10");
    Contacts contacts{*book};
    qint64 tanaka = person(account, u"田中 一郎"_s);
    qint64 suzuki = person(account, u"鈴木 花子"_s);
    qint64 yamada = person(other, u"山田 太郎"_s);

    qint64 person(qint64 of, const QString &name)
    {
        Contact c;
        c.accountId = of;
        c.name = name;
        return must(contacts.add(c));
    }
    VocEntry entry(const QString &text, VocTarget target = VocTarget::Product)
    {
        VocEntry e;
        e.text = text;
        e.kind = VocKind::ExpectationGap;
        e.target = target;
        e.loggedOn = date("2026-11-20");
        e.links = {VocLink{account, Importance::Important}};
        return e;
    }
    QList<qint64> listed(qint64 of)
    {
        QList<qint64> ids;
        for (const Contact &c : must(contacts.ofAccount(of)))
            ids << c.id;
        return ids;
    }
};

} // namespace

class TestContactHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    // Who took part is kept with the activity, read back by name; another account's person is refused.
    void activityAttendees()
    {
        PeopleBook f;
        WorkRepository work(*f.book);
        Activity a;
        a.accountId = f.account;
        a.kind = ActivityKind::Meeting;
        a.occurredOn = date("2026-11-20");
        a.text = u"キックオフ"_s;
        a.attendees = {f.suzuki, f.tanaka};
        const qint64 id = must(work.addActivity(a));
        const Activity read = must(work.activities(f.account)).constFirst();
        QCOMPARE(read.id, id);
        QCOMPARE(read.attendees.size(), 2);
        QCOMPARE(read.attendeeNames, (QStringList{u"田中 一郎"_s, u"鈴木 花子"_s}));   // by reading, else name

        a.attendees = {f.yamada};   // B's person at A's meeting
        const auto refused = work.addActivity(a);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY(refused.error().message.contains(u"山田 太郎"_s));
        QCOMPARE(must(work.activities(f.account)).size(), 1);   // nothing written
    }

    // Removing a contact the history names keeps them as a former contact; one it does not name goes.
    void removingKeepsFormerContacts()
    {
        PeopleBook f;
        Activity a;
        a.accountId = f.account;
        a.kind = ActivityKind::Call;
        a.occurredOn = date("2026-11-20");
        a.text = u"定例"_s;
        a.attendees = {f.tanaka};
        must(WorkRepository(*f.book).addActivity(a));
        Handoff h = must(Handoffs(*f.book).of(f.account));
        h.championId = f.tanaka;
        QVERIFY(Handoffs(*f.book).save(h));

        QCOMPARE(must(f.contacts.remove(f.tanaka)), Contacts::Removal::KeptAsFormer);
        QCOMPARE(f.listed(f.account), QList<qint64>{f.suzuki});
        const Contact former = must(f.contacts.get(f.tanaka));
        QCOMPARE(former.removedOn, date("2026-11-23"));
        QVERIFY(!must(Handoffs(*f.book).of(f.account)).championId);   // the hand-off no longer names them
        QCOMPARE(must(WorkRepository(*f.book).activities(f.account)).constFirst().attendeeNames,
                 QStringList{u"田中 一郎 (former contact)"_s});
        QCOMPARE(f.contacts.remove(f.tanaka).error().kind, ErrorKind::NotFound);   // not twice
        QCOMPARE(f.contacts.update(former).error().kind, ErrorKind::NotFound);   // nor edited, nor named again
        h = must(Handoffs(*f.book).of(f.account));
        h.championId = f.tanaka;
        QCOMPARE(Handoffs(*f.book).save(h).error().kind, ErrorKind::Invalid);

        QVERIFY(f.contacts.restore(former));   // undo: listed again
        QCOMPARE(f.listed(f.account), (QList<qint64>{f.tanaka, f.suzuki}));

        const Contact unnamed = must(f.contacts.get(f.suzuki));
        QCOMPARE(must(f.contacts.remove(f.suzuki)), Contacts::Removal::Deleted);
        QCOMPARE(f.contacts.get(f.suzuki).error().kind, ErrorKind::NotFound);
        QVERIFY(f.contacts.restore(unnamed));   // back under its id
        QCOMPARE(must(f.contacts.get(f.suzuki)).name, u"鈴木 花子"_s);
    }

    // Who said an entry is one of its accounts' people, kept through edits, in the export and out
    // of the anonymised one.
    void vocSaidBy()
    {
        PeopleBook f;
        VocService service(*f.book);
        VocEntry e = f.entry(u"1か月で導入できると聞いていた"_s);
        e.saidBy = f.yamada;   // B is not linked
        const auto refused = service.add(e);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        e.saidBy = f.tanaka;
        const qint64 id = must(service.add(e));
        QCOMPARE(must(VocRepository(*f.book).get(id)).saidBy, f.tanaka);

        VocEntry edited = must(VocRepository(*f.book).get(id));
        edited.saidBy = f.suzuki;
        QVERIFY(service.edit(edited, date("2026-11-23")));
        QCOMPARE(must(VocRepository(*f.book).get(id)).saidBy, f.suzuki);
        const auto changes = must(VocRepository(*f.book).changes(id));
        QCOMPARE(changes.constLast().field, u"said-by"_s);
        QCOMPARE(changes.constLast().oldValue, u"田中 一郎"_s);
        QCOMPARE(changes.constLast().newValue, u"鈴木 花子"_s);

        QTemporaryDir dir;
        for (const bool anonymize : {false, true}) {
            VocExportOptions options;
            options.anonymize = anonymize;
            const QString path = dir.filePath(anonymize ? u"anon.csv"_s : u"voc.csv"_s);
            QVERIFY(VocExport(*f.book).writeFile(options, path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QCOMPARE(text.contains(u"said_by"_s), !anonymize);
            QCOMPARE(text.contains(u"鈴木 花子"_s), !anonymize);
        }
        // Named by the entry: removing them keeps them.
        QCOMPARE(must(f.contacts.remove(f.suzuki)), Contacts::Removal::KeptAsFormer);
        QCOMPARE(must(VocRepository(*f.book).get(id)).saidBy, f.suzuki);
    }

    // The closed loop and an NPS answer name a chosen contact by link and by name.
    void loopAndNpsRespondent()
    {
        PeopleBook f;
        VocService service(*f.book);
        const qint64 id = must(service.add(f.entry(u"CSV出力がほしい"_s)));
        VocLoop loop{f.account, {}, date("2026-11-22"), u"email"_s, {}};
        loop.contactId = f.tanaka;
        QVERIFY(service.recordLoop(id, loop));
        const VocLoop told = must(VocRepository(*f.book).loops(id)).constFirst();
        QCOMPARE(told.contactId, f.tanaka);
        QCOMPARE(told.contact, u"田中 一郎"_s);
        loop.contactId = f.yamada;
        QCOMPARE(service.recordLoop(id, loop).error().kind, ErrorKind::Invalid);
        QCOMPARE(must(VocRepository(*f.book).loops(id)).size(), 1);

        NpsAnswer answer;
        answer.accountId = f.account;
        answer.respondedOn = date("2026-11-21");
        answer.score = 9;
        answer.contactId = f.suzuki;
        const qint64 answerId = must(NpsAnswers(*f.book).add(answer)).answerId;
        const NpsAnswer read = must(NpsAnswers(*f.book).ofAccount(f.account)).constFirst();
        QCOMPARE(read.id, answerId);
        QCOMPARE(read.contactId, f.suzuki);
        QCOMPARE(read.respondent, u"鈴木 花子"_s);
        answer.contactId = f.yamada;
        QCOMPARE(NpsAnswers(*f.book).add(answer).error().kind, ErrorKind::Invalid);
        QCOMPARE(must(f.contacts.remove(f.suzuki)), Contacts::Removal::KeptAsFormer);
    }

    // A contact import's "already there": the same email, else the same name where one of the
    // two has no email; two people who share a name but not an email are two people.
    void sameAsTellsPeopleApart()
    {
        PeopleBook f;
        Contact known = must(f.contacts.get(f.tanaka));
        known.email = u"tanaka@example.co.jp"_s;
        QVERIFY(f.contacts.update(known));
        Contact row;
        row.accountId = f.account;
        row.name = u"田中一郎"_s;
        row.email = u"TANAKA@example.co.jp"_s;
        QCOMPARE(must(f.contacts.sameAs(row)), std::optional<qint64>(f.tanaka));
        row.email = u"ichiro.tanaka@other.co.jp"_s;   // another 田中 一郎
        QCOMPARE(must(f.contacts.sameAs(row)), std::nullopt);
        row.name = u"鈴木 花子"_s;   // she has no email: the name says it is her
        QCOMPARE(must(f.contacts.sameAs(row)), std::optional<qint64>(f.suzuki));
        QCOMPARE(must(f.contacts.remove(f.suzuki)), Contacts::Removal::Deleted);
        QCOMPARE(must(f.contacts.sameAs(row)), std::nullopt);
    }

    // find(): an id or a name as written (width, case and spaces folded), a former contact too.
    void findsContactsByIdOrName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::newRow("name") << u"田中 一郎"_s << u"田中 一郎"_s;
        QTest::newRow("no space") << u"田中一郎"_s << u"田中 一郎"_s;
        QTest::newRow("full-width space") << u"鈴木　花子"_s << u"鈴木 花子"_s;
        QTest::newRow("someone else") << u"佐藤"_s << QString();
        QTest::newRow("other account's name") << u"山田 太郎"_s << QString();
    }
    void findsContactsByIdOrName()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        PeopleBook f;
        const auto contact = must(f.contacts.find({f.account}, text));
        QCOMPARE(contact ? contact->name : QString(), found);
        QCOMPARE(must(f.contacts.find({f.account}, QString::number(f.tanaka)))->name, u"田中 一郎"_s);
        QCOMPARE(f.contacts.find({f.account}, QString::number(f.yamada)).error().kind, ErrorKind::Invalid);
    }

    // A new account in onboarding gets its playbook (started before today: from today), and the
    // hand-off's date schedules it again; clearing the date or undoing puts it back.
    void onboardingFollowsTheHandoff()
    {
        PeopleBook f;
        Account draft;
        draft.name = u"新規"_s;
        draft.stage = Stage::Onboarding;
        draft.startOn = date("2026-11-01");
        const AccountChange added = must(f.life.add(draft));
        QCOMPARE(added.tasks.size(), 4);
        auto kickoff = [&]() {
            for (const Task &t : must(WorkRepository(*f.book).tasks(TaskFilter{.accountId = added.accountId})))
                if (t.title.startsWith(u"Kickoff"_s))
                    return Dates::toIso(t.dueOn);
            return QString();
        };
        // 2026-11-23 is a holiday (勤労感謝の日): counted from the 24th, two business days on is the 26th.
        QCOMPARE(kickoff(), u"2026-11-26"_s);
        Handoff h = must(Handoffs(*f.book).of(added.accountId));
        h.handedOverOn = date("2026-12-01");
        QVERIFY(Handoffs(*f.book).save(h));
        QCOMPARE(kickoff(), u"2026-12-03"_s);
        h = must(Handoffs(*f.book).of(added.accountId));
        h.handedOverOn.reset();
        QVERIFY(Handoffs(*f.book).save(h));
        QCOMPARE(kickoff(), u"2026-11-26"_s);
        h = must(Handoffs(*f.book).of(added.accountId));
        h.handedOverOn = date("2026-12-01");
        QVERIFY(Handoffs(*f.book).save(h));
        QVERIFY(Handoffs(*f.book).remove(added.accountId, h.version + 1));   // the undo of its creation
        QCOMPARE(kickoff(), u"2026-11-26"_s);
        // A kickoff someone moved by hand stays where they put it.
        must(f.book->query(u"UPDATE task SET due_on = '2026-11-30' WHERE account_id = ? AND title LIKE 'Kickoff%'"_s,
                           {added.accountId}));
        h = must(Handoffs(*f.book).of(added.accountId));
        h.handedOverOn = date("2026-12-01");
        QVERIFY(Handoffs(*f.book).save(h));
        QCOMPARE(kickoff(), u"2026-11-30"_s);

        draft.name = u"採用期"_s;   // another stage started in the past makes none, as before
        draft.stage = Stage::Adoption;
        QCOMPARE(must(f.life.add(draft)).tasks.size(), 0);
    }

    // The champion and hand-off measures: recorded from the people when the scorecard has them,
    // only when they change; a champion who left scores 0 and raises an alert; restore undoes it.
    void peopleMeasures()
    {
        PeopleBook f;
        PeopleMeasures people(*f.book);
        QCOMPARE(must(people.feed(f.account, date("2026-11-20"))).has_value(), false);   // not on the card
        Scorecard card = must(HealthRepository(*f.book).activeScorecard(std::nullopt));
        card.measures << *PeopleMeasures::definition(PeopleMeasures::Champion)
                      << *PeopleMeasures::definition(PeopleMeasures::HandoffComplete);
        QVERIFY(f.book->write([&]() -> Status {
            auto stored = HealthRepository(*f.book).storeScorecard(card);
            return stored ? Status() : Status(stored.error());
        }));
        QCOMPARE(must(people.champion(f.account)), std::nullopt);   // nobody named yet
        QCOMPARE(must(people.handoffComplete(f.account)), 0.0);

        Contact tanaka = must(f.contacts.get(f.tanaka));
        tanaka.roles = {ContactRole::Champion};
        QVERIFY(f.contacts.update(tanaka));
        Handoff h = must(Handoffs(*f.book).of(f.account));
        h.salesOwner = u"鈴木"_s;
        h.purpose = u"請求の自動化"_s;
        h.championId = f.tanaka;
        QVERIFY(Handoffs(*f.book).save(h));
        QCOMPARE(must(people.champion(f.account)), 1.0);
        QCOMPARE(std::round(must(people.handoffComplete(f.account)) * 10) / 10, 42.9);   // 3 of 7

        const auto first = must(people.feed(f.account, date("2026-11-20")));
        QVERIFY(first && first->result);
        const auto values = [&](const char *on) {
            QStringList out;
            for (const MeasureValue &v : must(HealthRepository(*f.book).valuesAsOf(f.account, date(on))))
                out << u"%1=%2"_s.arg(v.key).arg(v.value);
            out.sort();
            return out;
        };
        QCOMPARE(values("2026-11-20"), (QStringList{u"champion=1"_s, u"handoff=42.9"_s}));
        QVERIFY(!must(people.feed(f.account, date("2026-11-21"))));   // nothing changed: nothing recorded

        tanaka = must(f.contacts.get(f.tanaka));
        tanaka.leftOn = date("2026-11-22");
        QVERIFY(f.contacts.update(tanaka));
        const auto left = must(people.feed(f.account, date("2026-11-23")));
        QVERIFY(left && left->alert);   // losing the champion is a churn signal
        QCOMPARE(values("2026-11-23"), (QStringList{u"champion=0"_s, u"handoff=42.9"_s}));
        QVERIFY(HealthService(*f.book).restore(f.account, date("2026-11-23"), left->replaced, left->alert->id));
        QCOMPARE(values("2026-11-23"), (QStringList{u"champion=1"_s, u"handoff=42.9"_s}));
        QVERIFY(!must(HealthRepository(*f.book).activeAlert(f.account)));
        // Nobody left to champion (the champion removed from the list): none is there.
        tanaka.leftOn.reset();
        tanaka.roles.clear();
        tanaka.version = must(f.contacts.get(f.tanaka)).version;
        QVERIFY(f.contacts.update(tanaka));
        h = must(Handoffs(*f.book).of(f.account));
        h.championId.reset();
        QVERIFY(Handoffs(*f.book).save(h));
        QCOMPARE(must(people.champion(f.account)), std::nullopt);
        QVERIFY(must(people.feed(f.account, date("2026-11-23"))));
        QCOMPARE(values("2026-11-23").constFirst(), u"champion=0"_s);
    }

    // Sales is a hand-off target of its own: filtered alone, not in product's or marketing's lists.
    void vocForSales()
    {
        PeopleBook f;
        VocService service(*f.book);
        const qint64 sales = must(service.add(f.entry(u"営業から聞いた機能がない"_s, VocTarget::Sales)));
        const qint64 product = must(service.add(f.entry(u"レポートが遅い"_s, VocTarget::Product)));
        const qint64 both = must(service.add(f.entry(u"ヘルプが古い"_s, VocTarget::Both)));
        QCOMPARE(must(VocRepository(*f.book).get(sales)).target, VocTarget::Sales);
        auto ids = [&](VocTarget target) {
            VocFilter filter;
            filter.target = target;
            QVariantList values;
            auto q = must(f.book->query(QString::fromUtf8(VocQuery::sql(f.book->dialect(), filter, VocSort::Id, values)),
                                        values));
            QList<qint64> found;
            while (q.next())
                found << q.value(0).toLongLong();
            std::sort(found.begin(), found.end());
            return found;
        };
        QCOMPARE(ids(VocTarget::Sales), QList<qint64>{sales});
        QCOMPARE(ids(VocTarget::Product), (QList<qint64>{product, both}));
        QCOMPARE(ids(VocTarget::Marketing), QList<qint64>{both});
        QCOMPARE(VocNames::targetFromKey(u"営業"_s), VocTarget::Sales);
        QCOMPARE(VocNames::key(VocTarget::Sales), u"sales"_s);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestContactHistory)
#include "tst_contact_history.moc"
