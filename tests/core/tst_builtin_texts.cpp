// SPDX-License-Identifier: MIT
// Built-in texts a book stores (playbook steps, scorecard measure labels, renewal reminder
// titles) are stored as their English sources and shown in the reader's language, whatever
// language the book was made under; what someone wrote is shown as written.
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "../Languages.h"

#include "accounts/AccountLifecycle.h"

#include "health/HealthRepository.h"
#include "i18n/Translations.h"
#include "metrics/Period.h"
#include "tasks/MyDayQueries.h"
#include "tasks/Playbooks.h"
#include "tasks/RenewalReminders.h"
#include "tasks/WorkRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

class TestBuiltinTexts : public QObject
{
    Q_OBJECT

    static QString firstStep(Book &book)
    {
        QSqlQuery q(book.database());
        q.exec(u"SELECT title FROM playbook_task WHERE stage = 'onboarding' ORDER BY position LIMIT 1"_s);
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void cleanup() { backToEnglish(); }

    // A book made while Japanese is shown stores the English sources.
    void storedAsSources_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("made in English") << u"en"_s;
        QTest::newRow("made in Japanese") << u"ja"_s;
    }
    void storedAsSources()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(*qApp, language), language);
        BookFixture f;
        QCOMPARE(firstStep(*f.book), u"Kickoff meeting: goals and success criteria"_s);
        const auto card = HealthRepository(*f.book).activeScorecard(std::nullopt);
        QVERIFY(card);
        QCOMPARE(card->measure(u"usage"_s)->label, u"Product usage (active users %)"_s);
    }

    // Shown in the reader's language: Japanese here, English without a translation.
    void shownInTheReadersLanguage()
    {
        BookFixture f;
        const QString step = firstStep(*f.book);
        const Measure usage = *HealthRepository(*f.book).activeScorecard(std::nullopt)->measure(u"usage"_s);
        Task reminder;
        reminder.title = WorkNames::reminderTitle(date("2026-12-24"), 30, false);
        reminder.origin = u"renewal:30"_s;
        reminder.originKey = u"renewal:7:2026-12-24:30"_s;
        Task written;
        written.title = u"請求書の件で電話"_s;
        QCOMPARE(WorkNames::shownTitle(step), step);
        QCOMPARE(usage.shownLabel(), usage.label);
        QCOMPARE(WorkNames::shownTitle(reminder), u"Renewal on 2026-12-24 (30 days): confirm the renewal"_s);

        QCOMPARE(Translations::install(*qApp, u"ja"_s), u"ja"_s);
        QVERIFY2(WorkNames::shownTitle(step).contains(u"キックオフ"_s), qPrintable(WorkNames::shownTitle(step)));
        QVERIFY2(usage.shownLabel().contains(u"利用"_s), qPrintable(usage.shownLabel()));
        const QString shown = WorkNames::shownTitle(reminder);
        QVERIFY2(!shown.startsWith(u"Renewal"_s) && shown.contains(u"2026-12-24"_s) && shown.contains(u"30"_s),
                 qPrintable(shown));
        QCOMPARE(WorkNames::shownTitle(written), written.title);   // as written
    }

    // Reminders are stored in English whatever is shown while they are made.
    // Periods as a Japanese meeting names them: 2026年度, 2026年度 第3四半期, 2026年11月, and a
    // year still running 期首来 against the same stretch before (同期間).
    void periodsInJapanese_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("fiscal year") << u"FY2026"_s << u"2026年度"_s;
        QTest::newRow("fiscal quarter") << u"FY2026-Q3"_s << u"2026年度 第3四半期"_s;
        QTest::newRow("month") << u"2026-11"_s << u"2026年11月"_s;
        QTest::newRow("a month of one digit") << u"2026-04"_s << u"2026年4月"_s;
        QTest::newRow("calendar quarter") << u"2026-Q3"_s << u"2026年 第3四半期（暦年）"_s;
        QTest::newRow("range") << u"2026-04-01..2026-09-30"_s << u"2026-04-01〜2026-09-30"_s;
    }
    void periodsInJapanese()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(Translations::install(*qApp, u"ja"_s), u"ja"_s);
        QCOMPARE(Period::parse(text, 4)->shownLabel(), shown);
        const Period running = Period::fiscalYear(2026, 4).toDate(date("2026-11-23"));
        QCOMPARE(running.shownLabel(), u"2026年度 期首来"_s);
        QCOMPARE(running.previous().shownLabel(), u"2025年度 同期間"_s);
    }

    void remindersAreStoredAsSources()
    {
        QCOMPARE(Translations::install(*qApp, u"ja"_s), u"ja"_s);
        BookFixture f;
        Account a;
        a.name = u"株式会社さくら"_s;
        a.csm = u"佐藤"_s;
        a.startOn = date("2026-01-01");
        a.renewalOn = date("2026-12-10");
        QVERIFY(AccountLifecycle(*f.book).add(a));
        QCOMPARE(*RenewalReminders(*f.book).run(date("2026-11-23")), 1);
        TaskFilter open;
        open.status = TaskStatus::Open;
        const auto tasks = WorkRepository(*f.book).tasks(open);
        QVERIFY(tasks);
        QStringList titles;
        for (const Task &t : *tasks)
            titles << t.title;
        QVERIFY2(titles.contains(u"Renewal on 2026-12-10 (30 days): confirm the renewal"_s), qPrintable(titles.join(u'|')));
        // My Day's list reads what the title is made from: shown in the reader's language.
        const auto rows = MyDayQueries(*f.book).openTasks({}, std::nullopt, date("2026-12-31"), 10);
        QVERIFY(rows && !rows->isEmpty());
        const QString shown = WorkNames::shownTitle(rows->first().task);
        QVERIFY2(!shown.startsWith(u"Renewal"_s) && shown.contains(u"2026-12-10"_s), qPrintable(shown));
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestBuiltinTexts)
#include "tst_builtin_texts.moc"
