// SPDX-License-Identifier: MIT
// The CSM's day in the core: Japanese holidays, business days, playbooks on stage entry (and
// their undo), renewal reminders made once, activities, tasks and success plans.
#include "../BookFixture.h"
#include "../FakeToday.h"

#include <QSqlQuery>

#include "accounts/AccountLifecycle.h"
#include "calendar/JapaneseHolidays.h"
#include "demo/DemoGenerator.h"
#include "tasks/MyDayQueries.h"
#include "tasks/Holidays.h"
#include "tasks/Playbooks.h"
#include "tasks/RenewalReminders.h"
#include "tasks/WorkRepository.h"

using namespace csw;
using namespace Qt::StringLiterals;

namespace {

qint64 addAccount(Book &book, const QString &csm, std::optional<Date> renewal, Date start)
{
    Account a;
    a.name = u"Account"_s;
    a.csm = csm;
    a.renewalOn = renewal;
    a.startOn = start;
    auto added = AccountLifecycle(book).add(a);
    if (!added)
        qFatal("%s", qPrintable(added.error().message));
    return added->accountId;
}

QStringList openTasks(Book &book)
{
    TaskFilter f;
    f.status = TaskStatus::Open;
    QStringList list;
    const auto tasks = WorkRepository(book).tasks(f);
    for (const Task &t : *tasks)
        list << u"%1 %2 %3"_s.arg(Dates::toIso(t.dueOn), t.origin, t.owner);
    return list;
}

} // namespace

class TestWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void japaneseHolidays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("days");
        QTest::newRow("2026") << 2026
            << QStringList{u"01-01"_s, u"01-12"_s, u"02-11"_s, u"02-23"_s, u"03-20"_s, u"04-29"_s, u"05-03"_s,
                           u"05-04"_s, u"05-05"_s, u"05-06"_s, u"07-20"_s, u"08-11"_s, u"09-21"_s, u"09-22"_s,
                           u"09-23"_s, u"10-12"_s, u"11-03"_s, u"11-23"_s};
        QTest::newRow("2027") << 2027
            << QStringList{u"01-01"_s, u"01-11"_s, u"02-11"_s, u"02-23"_s, u"03-21"_s, u"03-22"_s, u"04-29"_s,
                           u"05-03"_s, u"05-04"_s, u"05-05"_s, u"07-19"_s, u"08-11"_s, u"09-20"_s, u"09-23"_s,
                           u"10-11"_s, u"11-03"_s, u"11-23"_s};
    }
    void japaneseHolidays()
    {
        QFETCH(int, year);
        QFETCH(QStringList, days);
        QStringList got;
        for (const Holiday &h : JapaneseHolidays::of(year))
            got << Dates::toIso(h.day).mid(5);
        QCOMPARE(got, days);
    }

    void businessDays_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same weekday") << u"2026-11-18"_s << 0 << u"2026-11-18"_s;
        QTest::newRow("over a weekend") << u"2026-11-13"_s << 1 << u"2026-11-16"_s;
        QTest::newRow("starting on a Saturday") << u"2026-11-14"_s << 0 << u"2026-11-16"_s;
        QTest::newRow("over a holiday Monday") << u"2026-11-20"_s << 1 << u"2026-11-24"_s;
        QTest::newRow("golden week") << u"2026-04-30"_s << 2 << u"2026-05-07"_s;
        QTest::newRow("silver week") << u"2026-09-18"_s << 1 << u"2026-09-24"_s;
        QTest::newRow("over the year end") << u"2026-12-31"_s << 1 << u"2027-01-04"_s;
        QTest::newRow("ten days") << u"2026-11-02"_s << 10 << u"2026-11-17"_s;
    }
    void businessDays()
    {
        QFETCH(QString, from);
        QFETCH(int, days);
        QFETCH(QString, expected);
        QList<Date> holidays;
        for (int year : {2026, 2027}) {
            for (const Holiday &h : JapaneseHolidays::of(year))
                holidays << h.day;
        }
        QCOMPARE(Dates::toIso(BusinessCalendar(holidays).addBusinessDays(*Dates::parseIso(from), days)), expected);
    }

    void aNewBookHasPlaybooksAndHolidays()
    {
        BookFixture f;
        for (Stage stage : {Stage::Onboarding, Stage::Adoption, Stage::Expansion, Stage::ChurnPrevention}) {
            const auto steps = Playbooks(*f.book).steps(stage);
            QVERIFY(steps);
            const QList<PlaybookStep> defaults = WorkNames::defaultPlaybook(stage);
            QCOMPARE(steps->size(), defaults.size());
            for (qsizetype i = 0; i < defaults.size(); ++i) {
                QCOMPARE(steps->at(i).title, defaults.at(i).title);
                QCOMPARE(steps->at(i).owner, defaults.at(i).owner);
                QCOMPARE(steps->at(i).dueBusinessDays, defaults.at(i).dueBusinessDays);
            }
        }
        QVERIFY(Holidays(*f.book).list()->size() >= 34);
    }

    // Japan's public holidays are the calendar's default for the years no one has edited: a new
    // book holds none, a book used years later skips that year's, and an edited year is kept.
    void holidaysFollowTheYear()
    {
        const FakeToday fakeToday("2026-11-20");
        BookFixture f;
        const auto rowCount = [&] {
            auto q = f.book->query(u"SELECT count(*) FROM holiday"_s);
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        const auto has = [&](const char *day) {
            const auto list = Holidays(*f.book).list();
            return list && std::any_of(list->cbegin(), list->cend(),
                                       [&](const Holiday &h) { return Dates::toIso(h.day) == QLatin1String(day); });
        };
        QCOMPARE(rowCount(), 0);   // the schema writes no day-dependent rows
        QVERIFY(has("2026-11-23"));
        QVERIFY(has("2027-01-01"));
        QVERIFY(!has("2028-01-01"));
        QVERIFY(!Holidays(*f.book).calendar()->isBusinessDay(date("2026-11-23")));

        // The company works on Labour Thanksgiving Day: removed, and it stays removed.
        QVERIFY(Holidays(*f.book).remove(date("2026-11-23")));
        QVERIFY(!has("2026-11-23"));
        QVERIFY(has("2026-11-03"));
        QVERIFY(rowCount() > 30);
        QCOMPARE(f.book->meta(u"holidays_through"_s), u"2027"_s);

        // Two years on, 2028's holidays are there by default; 2026 is as it was edited.
        fakeToday.set("2028-04-20");
        QVERIFY(has("2028-05-03"));
        QVERIFY(has("2029-01-01"));
        QVERIFY(!has("2026-11-23"));
        QVERIFY(!Holidays(*f.book).calendar()->isBusinessDay(date("2028-05-03")));
        QVERIFY(Holidays(*f.book).calendar()->isBusinessDay(date("2026-11-23")));
        const int before = rowCount();
        QVERIFY(Holidays(*f.book).list());
        QCOMPARE(rowCount(), before);   // reading writes nothing

        // A book from before the key: its table speaks up to its last holiday's year.
        QVERIFY(f.book->query(u"DELETE FROM book_meta WHERE key = 'holidays_through'"_s));
        QVERIFY(has("2028-05-03"));
        QVERIFY(!has("2026-11-23"));

        // An edit of such a book keeps what it removes: the calendar is exactly what was saved.
        auto shown = *Holidays(*f.book).list();
        shown.removeIf([](const Holiday &h) { return Dates::toIso(h.day) == u"2028-05-03"_s; });
        QVERIFY(Holidays(*f.book).setAll(shown));
        QVERIFY(!has("2028-05-03"));
        QCOMPARE(Holidays(*f.book).list()->size(), shown.size());
        QCOMPARE(f.book->meta(u"holidays_through"_s), u"2029"_s);
    }

    void enteringAStageMakesItsTasksAndUndoRemovesThem()
    {
        const FakeToday fakeToday("2026-11-20");
        BookFixture f;
        const qint64 id = addAccount(*f.book, u"佐藤"_s, std::nullopt, date("2026-11-20"));
        QCOMPARE(openTasks(*f.book).size(), 4);   // onboarding's playbook
        QVERIFY(Playbooks(*f.book).setSteps(Stage::ChurnPrevention,
                                            {{u"Call the sponsor"_s, u"csm"_s, 1}, {u"Escalate"_s, u"Lead"_s, 3}}));
        const QStringList before = openTasks(*f.book);
        const auto moved = AccountLifecycle(*f.book).moveStage(id, Stage::ChurnPrevention, date("2026-11-20"));
        QVERIFY(moved);
        QCOMPARE(moved->tasks.size(), 2);
        const QStringList after = openTasks(*f.book);
        QVERIFY(after.contains(u"2026-11-24 playbook:churn-prevention 佐藤"_s));   // Mon 23rd is a holiday
        QVERIFY(after.contains(u"2026-11-26 playbook:churn-prevention Lead"_s));
        QVERIFY(AccountLifecycle(*f.book).revert(*moved));
        QCOMPARE(openTasks(*f.book), before);
    }

    // Playbooks per touch model (issue 19): a touch model's own steps for a stage, else the
    // stage's default; no own steps means the default again.
    void aTouchModelMayHaveItsOwnPlaybook_data()
    {
        QTest::addColumn<int>("touch");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("tech: its own") << int(Touch::Tech) << QStringList{u"オンボーディング動画の案内"_s};
        QTest::newRow("low: the default") << int(Touch::Low) << QStringList{u"Call the sponsor"_s, u"Escalate"_s};
    }
    void aTouchModelMayHaveItsOwnPlaybook()
    {
        QFETCH(int, touch);
        QFETCH(QStringList, titles);
        const FakeToday fakeToday("2026-11-20");
        BookFixture f;
        Playbooks playbooks(*f.book);
        QVERIFY(playbooks.setSteps(Stage::ChurnPrevention,
                                   {{u"Call the sponsor"_s, u"csm"_s, 1}, {u"Escalate"_s, u"Lead"_s, 3}}));
        QVERIFY(playbooks.setSteps(Stage::ChurnPrevention, {{u"オンボーディング動画の案内"_s, {}, 2}}, Touch::Tech));
        QCOMPARE(playbooks.steps(Stage::ChurnPrevention)->size(), 2);   // the default stays as it was
        QCOMPARE(playbooks.steps(Stage::ChurnPrevention, Touch::Tech)->size(), 1);
        QVERIFY(playbooks.steps(Stage::ChurnPrevention, Touch::Low)->isEmpty());
        Account a;
        a.name = u"Account"_s;
        a.csm = u"佐藤"_s;
        a.touch = Touch(touch);
        a.startOn = date("2026-11-20");
        a.stage = Stage::Adoption;
        const qint64 id = AccountLifecycle(*f.book).add(a)->accountId;
        const auto moved = AccountLifecycle(*f.book).moveStage(id, Stage::ChurnPrevention, date("2026-11-20"));
        QVERIFY(moved);
        QStringList made;
        for (qint64 task : moved->tasks)
            made << WorkRepository(*f.book).task(task)->title;
        QCOMPARE(made, titles);
        // No own steps: the touch model follows the default again.
        QVERIFY(playbooks.setSteps(Stage::ChurnPrevention, {}, Touch::Tech));
        QCOMPARE(playbooks.stepsFor(Stage::ChurnPrevention, Touch::Tech)->size(), 2);
    }

    // My Day's "onboarding without a quick win" counts from the latest entry into onboarding
    // (account.stage_on, kept by triggers on stage_event), through moves, undo and removal.
    void onboardingWaitsFromTheLatestEntry()
    {
        const FakeToday fakeToday("2026-11-23");
        BookFixture f;
        const Date today = date("2026-11-23");
        const qint64 id = addAccount(*f.book, u"佐藤"_s, std::nullopt, date("2026-03-02"));
        addAccount(*f.book, u"Kim"_s, std::nullopt, date("2026-11-20"));   // waits 3 days only
        const MyDayQueries queries(*f.book);
        auto waiting = [&](int days, const QString &csm = {}) {
            QStringList out;
            const auto rows = queries.onboardingWithoutQuickWin(csm, today, days, 10);
            if (!rows)
                return QStringList{rows.error().message};
            for (const AccountRow &r : *rows)
                out << QString::number(r.id) + u' ' + Dates::toIso(r.on);
            return out;
        };
        QCOMPARE(waiting(30), QStringList{u"%1 2026-03-02"_s.arg(id)});
        AccountLifecycle lifecycle(*f.book);
        QVERIFY(lifecycle.moveStage(id, Stage::Adoption, date("2026-05-01")));
        QCOMPARE(waiting(30), QStringList());
        const auto back = lifecycle.moveStage(id, Stage::Onboarding, date("2026-10-01"));
        QVERIFY(back);
        QCOMPARE(waiting(30), QStringList{u"%1 2026-10-01"_s.arg(id)});
        QCOMPARE(waiting(60), QStringList());
        QCOMPARE(waiting(30, u"Kim"_s), QStringList());
        QCOMPARE(waiting(30, u"佐藤"_s).size(), 1);
        QCOMPARE(waiting(0).size(), 2);
        // Undoing the move back leaves it in adoption since May.
        QVERIFY(lifecycle.revert(*back));
        QCOMPARE(waiting(30), QStringList());
        QSqlQuery q(f.book->database());
        QVERIFY(q.exec(u"SELECT stage, stage_on FROM account WHERE id = %1"_s.arg(id)) && q.next());
        QCOMPARE(q.value(0).toString(), u"adoption"_s);
        QCOMPARE(q.value(1).toString(), u"2026-05-01"_s);
    }

    // Every way accounts are written leaves stage_on at the date of their latest stage event.
    void stageOnFollowsTheStageEvents()
    {
        BookFixture f;
        QVERIFY(fillDemo(*f.book, 300));
        QVERIFY(AccountLifecycle(*f.book).add({.name = u"手で追加"_s, .startOn = date("2026-02-02")}));
        QSqlQuery q(f.book->database());
        QVERIFY(q.exec(u"INSERT INTO account (name, start_on) VALUES ('no events', '2026-03-03')"_s));
        QVERIFY(q.exec(u"SELECT count(*), sum(CASE WHEN stage_on IS NULL THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN stage_on IS DISTINCT FROM coalesce((SELECT max(e.entered_on) FROM "
                       "stage_event e WHERE e.account_id = account.id), start_on) THEN 1 ELSE 0 END) "
                       "FROM account"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 302);
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 0);
        q.finish();
        QVERIFY(q.exec(u"SELECT count(*) FROM account WHERE stage = 'onboarding' AND stage_on <= '2026-10-24'"_s) && q.next());
        QVERIFY(q.value(0).toInt() > 0);   // the demo has accounts waiting for a quick win
    }

    void renewalRemindersAreMadeOnce()
    {
        const FakeToday fakeToday("2026-01-01");
        BookFixture f;
        QVERIFY(Playbooks(*f.book).setSteps(Stage::Onboarding, {}));
        addAccount(*f.book, u"佐藤"_s, date("2026-12-31"), date("2026-01-01"));
        RenewalReminders reminders(*f.book);
        QCOMPARE(*reminders.run(date("2026-09-01")), 0);    // 121 days before: no window open
        QCOMPARE(*reminders.run(date("2026-10-02")), 1);    // the 90-day window
        QCOMPARE(*reminders.run(date("2026-10-03")), 0);    // not twice
        QCOMPARE(*reminders.run(date("2026-11-15")), 1);    // the 60-day window
        QCOMPARE(*reminders.run(date("2026-12-05")), 1);    // the 30-day window
        QCOMPARE(*reminders.run(date("2026-12-06")), 0);
        // Each is due on the day its window opened, even when made later (overdue then).
        QCOMPARE(openTasks(*f.book), (QStringList{u"2026-10-02 renewal:90 佐藤"_s, u"2026-11-01 renewal:60 佐藤"_s,
                                                  u"2026-12-01 renewal:30 佐藤"_s}));
        // A renewal first seen inside its 30-day window gets only that reminder.
        // It is due on the day that window opened (overdue now), not today; due() counts it first.
        addAccount(*f.book, u"鈴木"_s, date("2026-12-20"), date("2026-01-01"));
        QCOMPARE(*reminders.due(date("2026-12-06")), 1);
        QCOMPARE(openTasks(*f.book).size(), 3);   // counting made nothing
        QCOMPARE(*reminders.run(date("2026-12-06")), 1);
        QVERIFY(openTasks(*f.book).contains(u"2026-11-20 renewal:30 鈴木"_s));
        QCOMPARE(*reminders.due(date("2026-12-06")), 0);
        QVERIFY(reminders.setLeadDays({45}));
        QCOMPARE(*reminders.leadDays(), QList<int>{45});
        const Status refused = reminders.setLeadDays({0});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY2(refused.error().message.contains(u"1 to 365 days before the renewal, not 0"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(*reminders.leadDays(), QList<int>{45});
    }

    void tasksAndActivities()
    {
        BookFixture f;
        const qint64 id = addAccount(*f.book, u"佐藤"_s, std::nullopt, date("2026-01-01"));
        WorkRepository work(*f.book);
        const auto noText = work.addActivity({0, id, ActivityKind::Call, date("2026-11-01"), {}, u"  "_s, {}});
        QVERIFY(!noText);
        QCOMPARE(noText.error().kind, ErrorKind::Invalid);
        QVERIFY2(noText.error().message.contains(u"an activity needs a text"_s), qPrintable(noText.error().message));
        const auto noAccount = work.addActivity({0, 99, ActivityKind::Call, date("2026-11-01"), {}, u"x"_s, {}});
        QVERIFY(!noAccount);
        QCOMPARE(noAccount.error().kind, ErrorKind::NotFound);
        QVERIFY2(noAccount.error().message.contains(u"no account 99"_s), qPrintable(noAccount.error().message));
        const auto future = work.addActivity({0, id, ActivityKind::Call, date("2099-01-01"), {}, u"x"_s, {}});
        QVERIFY(!future);
        QCOMPARE(future.error().kind, ErrorKind::Invalid);
        QVERIFY2(future.error().message.contains(u"the date 2099-01-01 is in the future"_s),
                 qPrintable(future.error().message));
        QVERIFY(work.activities(id)->isEmpty());
        QVERIFY(work.addActivity({0, id, ActivityKind::Qbr, date("2026-11-01"), u"me"_s, u"QBR: 予算の話"_s, {}}));
        QCOMPARE(work.activities(id)->size(), 1);
        const auto undated = work.addActivity({0, id, ActivityKind::Call, Date(), {}, u"x"_s, {}});
        QVERIFY(!undated);
        QCOMPARE(undated.error().kind, ErrorKind::Invalid);
        Task t;
        t.accountId = id;
        t.title = u"Send the proposal"_s;
        const auto noDue = work.addTask(t);
        QVERIFY(!noDue);
        QCOMPARE(noDue.error().kind, ErrorKind::Invalid);
        t.dueOn = date("2026-12-01");
        const auto task = work.addTask(t);
        QVERIFY(task);
        QVERIFY(work.setTaskStatus(*task, TaskStatus::Done, date("2026-11-23")));
        QCOMPARE(work.task(*task)->closedOn, std::optional(date("2026-11-23")));
        const Status cancelled = work.setTaskStatus(*task, TaskStatus::Cancelled);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Invalid);
        QVERIFY2(cancelled.error().message.contains(u"task %1 is done already"_s.arg(*task)),
                 qPrintable(cancelled.error().message));
        QCOMPARE(work.task(*task)->status, TaskStatus::Done);
        QVERIFY(work.setTaskStatus(*task, TaskStatus::Open));   // undo
        QCOMPARE(work.task(*task)->closedOn, std::optional<Date>());
    }

    // Who closed a task is kept (a team book's login; a local book has one user); an objective
    // edited from an older version than the stored one is refused, not written over.
    void whoClosedAndStaleObjectives()
    {
        BookFixture f;
        const qint64 id = addAccount(*f.book, u"佐藤"_s, std::nullopt, date("2026-01-01"));
        WorkRepository work(*f.book);
        Task t;
        t.accountId = id;
        t.title = u"Kick-off"_s;
        t.dueOn = date("2026-12-01");
        const auto task = work.addTask(t);
        QVERIFY(work.setTaskStatus(*task, TaskStatus::Done, date("2026-11-23")));
        QCOMPARE(work.task(*task)->changedBy, f.book->engine() == BookEngine::Postgres ? u"postgres"_s : QString());

        PlanObjective o;
        o.accountId = id;
        o.title = u"Weekly active users"_s;
        o.startValue = 10;
        o.currentValue = 10;
        o.targetValue = 10;
        const auto flat = work.addObjective(o);   // nowhere to go
        QVERIFY(!flat);
        QCOMPARE(flat.error().kind, ErrorKind::Invalid);
        o.targetValue = 50;
        QVERIFY(work.addObjective(o));
        const PlanObjective seen = work.objectives(id)->constFirst();
        PlanObjective theirs = seen;
        theirs.currentValue = 30;
        QVERIFY(work.updateObjective(theirs));
        PlanObjective mine = seen;
        mine.title = u"Monthly active users"_s;
        const Status refused = work.updateObjective(mine);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Stale);
        QCOMPARE(work.objectives(id)->constFirst().title, u"Weekly active users"_s);
        QCOMPARE(work.objectives(id)->constFirst().currentValue, 30.0);
        QCOMPARE(work.objectives(id)->constFirst().version, seen.version + 1);
    }

    void successPlanProgress_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("percent");
        QTest::newRow("half way") << 10.0 << 30.0 << 50.0 << 50.0;
        QTest::newRow("lower is better") << 20.0 << 15.0 << 10.0 << 50.0;
        QTest::newRow("past the target") << 0.0 << 150.0 << 100.0 << 100.0;
        QTest::newRow("went backwards") << 10.0 << 5.0 << 20.0 << 0.0;
    }
    void successPlanProgress()
    {
        QFETCH(double, start);
        QFETCH(double, current);
        QFETCH(double, target);
        QFETCH(double, percent);
        PlanObjective o;
        o.startValue = start;
        o.currentValue = current;
        o.targetValue = target;
        QCOMPARE(o.progressPercent(), percent);
    }
};

QTEST_GUILESS_MAIN(TestWork)
#include "tst_work.moc"
