// SPDX-License-Identifier: MIT
// PostgreSQL only: people and roles on a team book. What a lead, a CSM, a viewer and a login
// that is no member may read and change, through csw and through plain SQL with their own
// login (the server holds both to the same rules), and `csw team user` itself.
#include "../TeamServer.h"
#include "../cli/CliTest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>



class TestTeamRoles : public QObject
{
    Q_OBJECT

    QString m_database;
    QString m_url;

    QString urlAs(const QString &login) const
    {
        return u"postgresql://%1@/%2?host=%3"_s.arg(login, m_database, TeamServer::socketFolder());
    }

    // What the book holds, as one digest: a refused change leaves it exactly as it was.
    QString fingerprint() const
    {
        QVariant digest;
        const QString error = TeamServer::admin(
            u"SELECT md5(concat((SELECT string_agg(a::text, '|' ORDER BY id) FROM account a), "
            "(SELECT string_agg(t::text, '|' ORDER BY id) FROM task t), "
            "(SELECT string_agg(v::text, '|' ORDER BY id) FROM voc v), "
            "(SELECT string_agg(c::text, '|' ORDER BY id) FROM voc_change c), "
            "(SELECT string_agg(h::text, '|' ORDER BY day) FROM holiday h), "
            "(SELECT string_agg(m::text, '|' ORDER BY login) FROM team_member m)))"_s,
            m_database, &digest);
        return error.isEmpty() ? digest.toString() : error;
    }

    static QStringList args(const QString &line)
    {
        return line.split(u' ', Qt::SkipEmptyParts);
    }

    void addUser(const QString &login, const QString &role, const QString &more = {})
    {
        EXPECT_EXIT(run(m_url, args(u"team user add %1 --role %2"_s.arg(login, role)) + args(more)), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TeamServer::available())
            QSKIP("no test server (CSW_TEST_PGHOST)");
        m_database = TeamServer::newDatabase();
        QVERIFY(!m_database.isEmpty());
        m_url = TeamServer::url(m_database);
        EXPECT_EXIT(run(m_url, {u"init"_s}), 0);
        EXPECT_EXIT(run(m_url, sakuraAccount()), 0);   // 1: 佐藤 美咲's
        EXPECT_EXIT(run(m_url, {u"account"_s, u"add"_s, u"--name"_s, u"株式会社ひので商事"_s,
                                u"--csm"_s, u"田中 翔太"_s, u"--arr"_s, u"3000000"_s}),
                    0);   // 2: 田中 翔太's
        EXPECT_EXIT(run(m_url, {u"voc"_s, u"add"_s, u"1"_s, u"--kind"_s, u"feature-request"_s,
                                u"--text"_s, u"請求書をPDFで"_s, u"--to"_s, u"product"_s}),
                    0);   // VOC 1, product's
        EXPECT_EXIT(run(m_url, {u"voc"_s, u"add"_s, u"2"_s, u"--kind"_s, u"expectation-gap"_s,
                                u"--text"_s, u"導入期間が長い"_s, u"--to"_s, u"marketing"_s}),
                    0);   // VOC 2, marketing's
        // The lead edits the calendar: Japan's holidays are written in, with the year-end closing.
        EXPECT_EXIT(run(m_url, {u"holiday"_s, u"add"_s, u"2026-12-30"_s, u"年末休業"_s}), 0);
        EXPECT_EXIT(run(m_url, {u"team"_s, u"user"_s, u"add"_s, u"sato"_s, u"--role"_s, u"csm"_s,
                                u"--csm"_s, Misaki}),
                    0);
        addUser(u"mori"_s, u"viewer"_s, u"--team product"_s);
        QCOMPARE(TeamServer::admin(u"DO $$ BEGIN CREATE ROLE stranger LOGIN; EXCEPTION WHEN "
                                   "duplicate_object THEN NULL; END $$"_s),
                 QString());
    }

    void cswHoldsEachRoleToItsRule_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("says");
        const QString csm = u"role csm"_s;
        const QString viewer = u"role viewer"_s;
        QTest::newRow("csm sets own account") << u"sato"_s << args(u"account set 1 arr=1500000"_s) << 0 << QString();
        QTest::newRow("csm sets another's account") << u"sato"_s << args(u"account set 2 arr=1"_s) << 1 << csm;
        QTest::newRow("csm takes another's account")
            << u"sato"_s << QStringList{u"account"_s, u"set"_s, u"2"_s, u"csm="_s + Misaki} << 1 << csm;
        QTest::newRow("csm adds a task to own account")
            << u"sato"_s << args(u"task add 1 --title 電話 --due 2026-12-01"_s) << 0 << QString();
        QTest::newRow("csm adds a task to another's")
            << u"sato"_s << args(u"task add 2 --title 電話 --due 2026-12-01"_s) << 1 << csm;
        QTest::newRow("csm records own account's health") << u"sato"_s << args(u"health set 1 usage=60"_s) << 0 << QString();
        QTest::newRow("csm records another's health") << u"sato"_s << args(u"health set 2 usage=60"_s) << 1 << csm;
        QTest::newRow("csm logs VOC on another's account")
            << u"sato"_s << args(u"voc add 2 --kind bug --text 帳票が崩れる --to product"_s) << 0 << QString();
        QTest::newRow("csm edits VOC they did not log") << u"sato"_s << args(u"voc set 1 tags=請求"_s) << 1 << csm;
        QTest::newRow("csm adds a holiday") << u"sato"_s << args(u"holiday add 2026-12-29 休業日"_s) << 1 << csm;
        QTest::newRow("csm changes the people") << u"sato"_s << args(u"team user add x --role lead"_s) << 1 << u"lead"_s;
        QTest::newRow("viewer triages their team's entry") << u"mori"_s << args(u"voc set 1 status=triaged"_s) << 0 << QString();
        QTest::newRow("viewer triages another team's") << u"mori"_s << args(u"voc set 2 status=triaged"_s) << 1 << viewer;
        QTest::newRow("viewer hands an entry elsewhere") << u"mori"_s << args(u"voc set 1 to=marketing"_s) << 1 << viewer;
        QTest::newRow("viewer notes their team's entry")
            << u"mori"_s << QStringList{u"voc"_s, u"note"_s, u"1"_s, u"Q2で検討"_s} << 0 << QString();
        QTest::newRow("viewer notes another team's")
            << u"mori"_s << QStringList{u"voc"_s, u"note"_s, u"2"_s, u"x"_s} << 1 << viewer;
        QTest::newRow("csm notes VOC they did not log")
            << u"sato"_s << QStringList{u"voc"_s, u"note"_s, u"1"_s, u"x"_s} << 1 << csm;
        QTest::newRow("viewer logs VOC") << u"mori"_s << args(u"voc add 1 --kind bug --text 遅い"_s) << 1 << viewer;
        QTest::newRow("viewer sets an account") << u"mori"_s << args(u"account set 1 arr=1"_s) << 1 << viewer;
        QTest::newRow("lead sets any account") << u"postgres"_s << args(u"account set 2 arr=3100000"_s) << 0 << QString();
        QTest::newRow("no member") << u"stranger"_s << args(u"account list"_s) << 1 << u"not a member"_s;
    }

    void cswHoldsEachRoleToItsRule()
    {
        QFETCH(QString, login);
        QFETCH(QStringList, command);
        QFETCH(int, exit);
        QFETCH(QString, says);
        const QString before = fingerprint();
        const Run r = run(urlAs(login), command);
        EXPECT_EXIT(r, exit);
        if (exit == 0)
            return;
        QVERIFY2(QString::fromUtf8(r.err).startsWith(u"csw: "_s), r.err);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err);
        QVERIFY2(!r.err.contains("Unable to free"), r.err);
        QCOMPARE(fingerprint(), before);
    }

    void sqlIsHeldToTheSameRules_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("csm updates own account") << u"sato"_s << u"UPDATE account SET plan = 'Team' WHERE id = 1"_s << true;
        QTest::newRow("csm updates another's") << u"sato"_s << u"UPDATE account SET arr = 1 WHERE id = 2"_s << false;
        QTest::newRow("csm takes another's") << u"sato"_s << u"UPDATE account SET csm = '佐藤 美咲' WHERE id = 2"_s << false;
        QTest::newRow("csm gives own away") << u"sato"_s << u"UPDATE account SET csm = '田中 翔太' WHERE id = 1"_s << false;
        QTest::newRow("csm adds a task to own")
            << u"sato"_s << u"INSERT INTO task (account_id, title, due_on, created_on) VALUES (1, 'x', '2026-12-01', '2026-11-23')"_s << true;
        QTest::newRow("csm adds a task to another's")
            << u"sato"_s << u"INSERT INTO task (account_id, title, due_on, created_on) VALUES (2, 'x', '2026-12-01', '2026-11-23')"_s << false;
        QTest::newRow("csm deletes every task") << u"sato"_s << u"DELETE FROM task"_s << false;
        QTest::newRow("csm deletes holidays") << u"sato"_s << u"DELETE FROM holiday"_s << false;
        QTest::newRow("csm edits the scorecard") << u"sato"_s << u"UPDATE scorecard SET drop_points = 1"_s << false;
        QTest::newRow("csm adds a scorecard")
            << u"sato"_s << u"INSERT INTO scorecard (version, created_on, red_below, green_from, min_weight_share, drop_points) "
                            "VALUES (9, '2026-11-23', 40, 70, 0.5, 10)"_s << false;
        QTest::newRow("csm makes itself lead") << u"sato"_s << u"UPDATE team_member SET role = 'lead'"_s << false;
        QTest::newRow("viewer moves their team's entry") << u"mori"_s << u"UPDATE voc SET status = 'planned' WHERE id = 1"_s << true;
        QTest::newRow("viewer rewrites an entry") << u"mori"_s << u"UPDATE voc SET text = 'x' WHERE id = 1"_s << false;
        QTest::newRow("viewer moves another team's") << u"mori"_s << u"UPDATE voc SET status = 'planned' WHERE id = 2"_s << false;
        QTest::newRow("viewer adds a holiday") << u"mori"_s << u"INSERT INTO holiday VALUES ('2027-01-04', 'x')"_s << false;
        QTest::newRow("viewer writes a version") << u"mori"_s << u"UPDATE csw_book SET schema_version = 99"_s << false;
    }

    void sqlIsHeldToTheSameRules()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        const QString before = fingerprint();
        const QSqlError error = TeamServer::as(login, sql, m_database);
        if (allowed) {
            QCOMPARE(error.text(), QString());
            return;
        }
        QCOMPARE(error.nativeErrorCode(), u"42501"_s);   // insufficient privilege
        QCOMPARE(fingerprint(), before);
    }

    // A login that is no member reads nothing, even with the grants every login has.
    void strangersReadNothing()
    {
        QVariant count;
        QCOMPARE(TeamServer::as(u"stranger"_s, u"SELECT count(*) FROM account"_s, m_database, &count).text(),
                 QString());
        QCOMPARE(count.toInt(), 0);
        QCOMPARE(TeamServer::as(u"mori"_s, u"SELECT count(*) FROM account"_s, m_database, &count).text(),
                 QString());
        QCOMPARE(count.toInt(), 2);
    }

    // Every table of the book has its rules: one added later without them fails here.
    void everyTableHasRules()
    {
        QVariant missing;
        QCOMPARE(TeamServer::admin(
                     u"SELECT string_agg(c.relname, ', ') FROM pg_class c JOIN pg_namespace n ON "
                     "n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND "
                     "c.relname <> 'csw_book' AND (NOT c.relrowsecurity OR (SELECT count(*) FROM "
                     "pg_policy p WHERE p.polrelid = c.oid) <> 4 OR (SELECT count(*) FROM pg_trigger "
                     "t WHERE t.tgrelid = c.oid AND t.tgname LIKE 'csw_guard_%') <> 2)"_s,
                     m_database, &missing),
                 QString());
        QCOMPARE(missing.toString(), QString());
    }

    void peopleAreChangedByALead()
    {
        const QJsonArray people = run(m_url, args(u"team user list --format json"_s)).json().array();
        QVERIFY(people.size() >= 3);
        QCOMPARE(people[0].toObject().value(u"login"_s).toString(), u"postgres"_s);
        QCOMPARE(people[0].toObject().value(u"owner"_s).toString(), u"yes"_s);
        const QString asItWas = fingerprint();
        const QList<std::tuple<QString, int, QString>> refusedPeople = {
            {u"team user add sato --role viewer"_s, 1, u"csw: sato is a member already (csm)"_s},
            {u"team user add ito --role csm"_s, 1, u"csw: a CSM needs the name the accounts carry as their CSM (--csm NAME)"_s},
            {u"team user add ito --role boss"_s, 2, u"csw: --role: 'boss' is not one of lead, csm, viewer"_s},
            {u"team user add ito --role viewer --team legal"_s, 1, u"csw: the team 'legal' is not one of product, marketing, sales"_s}};
        for (const auto &[line, code, reason] : refusedPeople) {
            const Run r = run(m_url, args(line));
            EXPECT_EXIT(r, code);
            QVERIFY2(QString::fromUtf8(r.err).startsWith(reason), r.err);
            QCOMPARE(fingerprint(), asItWas);
        }
        // A CSM who owns accounts stays until they are reassigned.
        const Run refused = run(m_url, args(u"team user remove sato"_s));
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.contains("reassign"), refused.err);
        // A viewer's team decides what they triage.
        const Run otherTeam = run(urlAs(u"mori"_s), args(u"voc set 2 status=triaged"_s));
        EXPECT_EXIT(otherTeam, 1);
        QVERIFY2(otherTeam.err.startsWith("csw: refused by the team book ") && otherTeam.err.contains("(login mori, role viewer)"),
                 otherTeam.err);
        EXPECT_EXIT(run(m_url, args(u"team user set mori --team marketing"_s)), 0);
        EXPECT_EXIT(run(urlAs(u"mori"_s), args(u"voc set 2 status=triaged"_s)), 0);
        // Removed, a person opens the book no more; their login stays on the server.
        addUser(u"kimura"_s, u"viewer"_s);
        EXPECT_EXIT(run(urlAs(u"kimura"_s), args(u"account list"_s)), 0);
        EXPECT_EXIT(run(m_url, args(u"team user remove kimura"_s)), 0);
        const Run removed = run(urlAs(u"kimura"_s), args(u"account list"_s));
        EXPECT_EXIT(removed, 1);
        QVERIFY2(removed.err.startsWith("csw: the login kimura is not a member of the team book"), removed.err);
    }

    // A lead who does not own the tables writes in bulk too (the server refuses them COPY).
    void aSecondLeadImports()
    {
        addUser(u"kato"_s, u"lead"_s);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"accounts.csv"_s);
        writeFile(csv, "name,csm,arr\n株式会社みなと精機,伊藤 由美,2000000\n株式会社あおば学園,伊藤 由美,900000\n");
        EXPECT_EXIT(run(urlAs(u"kato"_s), {u"import"_s, u"accounts"_s, csv}), 0);
        const QJsonArray ito = run(m_url, {u"account"_s, u"list"_s, u"--csm"_s, u"伊藤 由美"_s,
                                           u"--format"_s, u"json"_s})
                                   .json()
                                   .array();
        QCOMPARE(ito.size(), 2);
    }

    // Each CSM's renewal reminders are their own accounts'; a viewer makes none.
    void remindersFollowTheRole()
    {
        for (const char *id : {"1", "2"})
            EXPECT_EXIT(run(m_url, {u"account"_s, u"set"_s, QString::fromLatin1(id), u"renewal=2026-12-20"_s}), 0);
        EXPECT_EXIT(run(urlAs(u"mori"_s), args(u"task remind"_s)), 0);
        EXPECT_EXIT(run(urlAs(u"sato"_s), args(u"task remind"_s)), 0);
        QVariant accounts;
        QCOMPARE(TeamServer::admin(u"SELECT string_agg(DISTINCT account_id::text, ',') FROM task "
                                   "WHERE origin_key LIKE 'renewal:%'"_s,
                                   m_database, &accounts),
                 QString());
        QCOMPARE(accounts.toString(), u"1"_s);
        EXPECT_EXIT(run(m_url, args(u"task remind"_s)), 0);
        QCOMPARE(TeamServer::admin(u"SELECT string_agg(DISTINCT account_id::text, ',' ORDER BY "
                                   "account_id::text) FROM task WHERE origin_key LIKE 'renewal:%'"_s,
                                   m_database, &accounts),
                 QString());
        QCOMPARE(accounts.toString(), u"1,2"_s);
    }

    // A local book has one user, a lead: no people to manage.
    void aLocalBookHasOneLead()
    {
        QTemporaryDir dir;
        const QString book = dir.filePath(u"book.sqlite"_s);
        EXPECT_EXIT(run(book, {u"init"_s}), 0);
        const QJsonArray people = run(book, args(u"team user list --format json"_s)).json().array();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people[0].toObject().value(u"role"_s).toString(), u"lead"_s);
        const Run refused = run(book, args(u"team user add sato --role csm --csm x"_s));
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.contains("team books"), refused.err);
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_team_roles.moc"
