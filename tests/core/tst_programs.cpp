// SPDX-License-Identifier: MIT
// Programs (issue 19): a webinar for the accounts invited, its attendance file matched to
// accounts and contacts (by email, by the email's domain, by company) with what did not match
// named, recorded as an activity on each account that came, and undone exactly.
#include "../FakeToday.h"
#include "KpiFixture.h"

#include "accounts/Contacts.h"
#include "health/ScorecardEdit.h"
#include "programs/Attendance.h"
#include "tasks/WorkRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace csw;
using namespace kpitest;
using namespace Qt::StringLiterals;

namespace {

struct ProgramBook : KpiBook
{
    qint64 alpha = add("アルファ株式会社", 1'000'000, "2025-01-10");
    qint64 beta = add("ベータ株式会社", 2'000'000, "2025-01-10");
    qint64 sea = add("株式会社シー", 3'000'000, "2025-01-10");
    qint64 delta = add("デルタ株式会社", 4'000'000, "2025-01-10");
    qint64 alphaContact = contact(alpha, u"山田 太郎"_s, u"yamada@alpha.co.jp"_s);
    qint64 betaContact = contact(beta, u"鈴木 花子"_s, u"suzuki@beta.jp"_s);
    Programs programs{*book};

    qint64 contact(qint64 account, const QString &name, const QString &email)
    {
        Contact c;
        c.accountId = account;
        c.name = name;
        c.email = email;
        return must(Contacts(*book).add(c));
    }
    qint64 webinar()
    {
        Program p;
        p.name = u"新機能紹介ウェビナー"_s;
        p.heldOn = date("2026-11-20");
        p.segment = u"低タッチ"_s;
        return must(programs.add(p, {alpha, beta}));
    }
};

// Zoom's attendee report as a Japanese tenant writes it.
const QByteArray attendees = R"(名前,メールアドレス,会社名
山田 太郎,Yamada@Alpha.co.jp,
新しい人,new.person@beta.jp,
ｼｰの人,,株式会社ｼｰ
個人参加,someone@gmail.com,
謎の人,x@unknown.example,無い会社
)";

qint64 count(Book &book)
{
    QSqlQuery q(book.database());
    q.exec(QStringLiteral("SELECT count(*) FROM health_measure"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void attendanceIsMatchedAndSaysWhatDidNot()
    {
        ProgramBook f;
        const CsvTable table = must(CsvReader::parse(attendees, u"zoom.csv"_s));
        const AttendanceMatch match = must(Attendance::match(*f.book, table));
        QCOMPARE(match.matched.size(), 3);
        QCOMPARE(match.matched[0].accountId, f.alpha);
        QCOMPARE(match.matched[0].contactId, f.alphaContact);
        QCOMPARE(match.matched[0].how, u"email"_s);
        QCOMPARE(match.matched[1].accountId, f.beta);   // a colleague of a contact, by the domain
        QCOMPARE(match.matched[1].contactId, 0);
        QCOMPARE(match.matched[1].how, u"domain"_s);
        QCOMPARE(match.matched[2].accountId, f.sea);    // half-width katakana folded
        QCOMPARE(match.matched[2].how, u"company"_s);
        QCOMPARE(match.unmatched.size(), 2);
        QCOMPARE(match.unmatched[0].row, 5);
        QVERIFY2(match.unmatched[0].how.contains(u"no company"_s), qPrintable(match.unmatched[0].how));
        QCOMPARE(match.unmatched[1].row, 6);
        QVERIFY2(match.unmatched[1].how.contains(u"無い会社"_s), qPrintable(match.unmatched[1].how));
    }

    void attendanceBecomesActivitiesAndIsUndoneExactly()
    {
        ProgramBook f;
        const qint64 id = f.webinar();
        const QStringList before = dumpBook(*f.book, false);
        const AttendanceMatch match =
            must(Attendance::match(*f.book, must(CsvReader::parse(attendees, u"zoom.csv"_s))));
        const AttendanceRecorded recorded = must(f.programs.recordAttendance(id, match.matched, u"sato"_s));
        QCOMPARE(recorded.activities.size(), 3);
        QCOMPARE(recorded.markedAccounts, (QList<qint64>{f.alpha, f.beta}));
        QCOMPARE(recorded.addedAccounts, QList<qint64>{f.sea});   // came without an invitation
        const Program program = must(f.programs.get(id));
        QCOMPARE(program.invited, 2);
        QCOMPARE(program.attended, 3);
        const QList<Activity> alpha = must(WorkRepository(*f.book).activities(f.alpha));
        QCOMPARE(alpha.size(), 1);
        QCOMPARE(alpha[0].occurredOn, date("2026-11-20"));
        QCOMPARE(alpha[0].attendees, QList<qint64>{f.alphaContact});
        QVERIFY(alpha[0].text.contains(u"新機能紹介ウェビナー"_s));
        // The same file again: nothing twice.
        const QStringList once = dumpBook(*f.book, false);
        const AttendanceRecorded again = must(f.programs.recordAttendance(id, match.matched, u"sato"_s));
        QCOMPARE(again.activities.size(), 0);
        QCOMPARE(again.attendees.size(), 0);
        QCOMPARE(dumpBook(*f.book, false), once);
        QVERIFY(f.programs.undo(recorded));
        QCOMPARE(dumpBook(*f.book, false), before);
    }

    // Attendance may feed a health measure: programs attended in the 90 days to the day.
    void attendanceFeedsAMeasure()
    {
        ProgramBook f;
        const Status stored = f.book->write([&]() -> Status {
            auto card = ScorecardEdit::apply(Scorecard::defaults(),
                                             {u"events.label=Programs attended"_s, u"events.weight=5"_s,
                                              u"events.direction=higher"_s, u"events.min=0"_s, u"events.max=20"_s,
                                              u"events.yellow=1"_s, u"events.green=2"_s},
                                             {});
            if (!card)
                return card.error();
            auto saved = HealthRepository(*f.book).storeScorecard(*card);
            return saved ? Status() : Status(saved.error());
        });
        QVERIFY(stored);
        const qint64 first = f.webinar();
        Program second;
        second.name = u"活用トレーニング"_s;
        second.kind = ProgramKind::Training;
        second.heldOn = date("2026-11-22");
        const qint64 id = must(f.programs.add(second, {f.alpha}));
        Attendee yamada{2, u"山田 太郎"_s, u"yamada@alpha.co.jp"_s, {}, f.alpha, {}, f.alphaContact};
        must(f.programs.recordAttendance(first, {yamada}, u"sato"_s, u"events"_s));
        const qint64 before = count(*f.book);
        const AttendanceRecorded recorded = must(f.programs.recordAttendance(id, {yamada}, u"sato"_s, u"events"_s));
        QCOMPARE(recorded.measures.size(), 1);
        const auto values = must(HealthRepository(*f.book).valuesAsOf(f.alpha, date("2026-11-22"), HealthRepository::oldestFresh(date("2026-11-22"))));
        const auto events = std::find_if(values.cbegin(), values.cend(), [](const MeasureValue &v) { return v.key == u"events"_s; });
        QVERIFY(events != values.cend());
        QCOMPARE(events->value, 2.0);   // both programs
        QVERIFY(f.programs.undo(recorded));
        QCOMPARE(count(*f.book), before);
        // A measure the scorecard does not have is refused, nothing recorded.
        const qint64 third = f.webinar();
        const auto refused = f.programs.recordAttendance(third, {yamada}, u"sato"_s, u"mood"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"mood"_s), qPrintable(refused.error().message));
        QCOMPARE(must(f.programs.get(third)).attended, 0);
    }

    // Which contacts a program invites (the list the invitations go to), by account.
    void contactsAreInvited_data()
    {
        QTest::addColumn<int>("invite");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("primary") << int(ContactInvite::Primary) << QStringList{u"佐々木 次郎"_s};
        QTest::newRow("all still there") << int(ContactInvite::All)
                                         << QStringList{u"佐々木 次郎"_s, u"山田 太郎"_s, u"鈴木 花子"_s};
        QTest::newRow("none") << int(ContactInvite::None) << QStringList{};
    }
    void contactsAreInvited()
    {
        QFETCH(int, invite);
        QFETCH(QStringList, names);
        ProgramBook f;
        Contact primary;
        primary.accountId = f.alpha;
        primary.name = u"佐々木 次郎"_s;
        primary.primary = true;
        must(Contacts(*f.book).add(primary));
        Contact left;
        left.accountId = f.beta;
        left.name = u"退職 済子"_s;
        left.leftOn = date("2026-06-30");
        must(Contacts(*f.book).add(left));
        Program p;
        p.name = u"ユーザー会"_s;
        p.kind = ProgramKind::UserMeeting;
        p.heldOn = date("2026-12-10");
        const qint64 id = must(f.programs.add(p, {f.alpha, f.beta}, ContactInvite(invite)));
        QStringList invited;
        for (const Invitee &i : must(f.programs.invitees(id)))
            invited << i.name;
        invited.sort();
        names.sort();
        QCOMPARE(invited, names);
        // Written for the webinar tool and Excel: UTF-8 with BOM, a header, one row each.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"invitees.csv"_s);
        QCOMPARE(must(f.programs.exportInvitees(id, path)), qint64(names.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count('\n'), names.size() + 1);
        if (invite == int(ContactInvite::All))
            QVERIFY(bytes.contains(u"yamada@alpha.co.jp"_s.toUtf8()));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name column") << QByteArray("email\na@alpha.co.jp\n") << u"names"_s;
        QTest::newRow("nothing to match with") << QByteArray("name\n山田\n") << u"no email or company column"_s;
    }
    void badInputIsRefused()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        ProgramBook f;
        const auto match = Attendance::match(*f.book, must(CsvReader::parse(file, u"bad.csv"_s)));
        QVERIFY(!match);
        QVERIFY2(match.error().message.contains(reason), qPrintable(match.error().message));
    }

    void programsAreListedAndRemoved()
    {
        ProgramBook f;
        const qint64 id = f.webinar();
        Program unnamed;
        unnamed.heldOn = date("2026-12-01");
        QCOMPARE(f.programs.add(unnamed, {}).error().kind, ErrorKind::Invalid);
        const QList<Program> all = must(f.programs.list());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].segment, u"低タッチ"_s);
        QCOMPARE(all[0].invited, 2);
        QCOMPARE(f.programs.recordAttendance(id, {}, u"sato"_s).error().kind, ErrorKind::Invalid);
        QVERIFY(f.programs.remove(id));
        QCOMPARE(f.programs.remove(id).error().kind, ErrorKind::NotFound);
        QVERIFY(must(f.programs.list()).isEmpty());
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
