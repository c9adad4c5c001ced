// SPDX-License-Identifier: MIT
// The csw command line for plays on many accounts (issue 19): segments, bulk actions and touch
// model rules. Runs the real executable.
#include "../FakeToday.h"
#include "CliTest.h"

class TestCliPlays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(CSW_EXECUTABLE)));
    }

    // csw segment add|list|show|remove and account list --segment/--where/--search (issue 19).
    void segments()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"segments.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        EXPECT_EXIT(run(path, words("account add --name Alpha --touch low --arr 1000000 --renewal 2027-01-22")), 0);
        EXPECT_EXIT(run(path, words("account add --name Beta --touch high --arr 3000000 --renewal 2027-01-10")), 0);
        EXPECT_EXIT(run(path, words("health set 1 adoption=30 --date 2026-11-01")), 0);
        EXPECT_EXIT(run(path, words("health set 2 adoption=90 --date 2026-11-01")), 0);
        const Run added = run(path, {u"segment"_s, u"add"_s, u"低タッチ"_s, u"adoption < 40 and touch = low"_s});
        EXPECT_EXIT(added, 0);
        QVERIFY2(added.out.contains("1 account"), added.out);
        const QJsonArray list = run(path, words("segment list --format json")).json().array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[u"accounts"_s].toInt(), 1);
        QCOMPARE(list.at(0)[u"arr"_s].toDouble(), 1000000.0);
        const QJsonArray accounts = run(path, {u"account"_s, u"list"_s, u"--segment"_s, u"低タッチ"_s, u"--format"_s,
                                               u"json"_s}).json().array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0)[u"name"_s].toString(), u"Alpha"_s);
        QCOMPARE(run(path, {u"account"_s, u"list"_s, u"--where"_s, u"arr >= 2,000,000"_s, u"--search"_s, u"bet"_s,
                            u"--format"_s, u"json"_s}).json().array().size(), 1);
        const QList<std::pair<QStringList, QString>> refused = {
            {{u"segment"_s, u"add"_s, u"x"_s, u"mood < 3"_s}, u"mood"_s},
            {{u"segment"_s, u"add"_s, u"低タッチ"_s, u"arr > 0"_s}, u"taken"_s},
            {{u"account"_s, u"list"_s, u"--segment"_s, u"nope"_s}, u"nope"_s},
            {{u"account"_s, u"list"_s, u"--where"_s, u"touch < low"_s}, u"touch"_s},
            {{u"segment"_s, u"remove"_s, u"nope"_s}, u"nope"_s}};
        for (const auto &[line, reason] : refused) {
            const Run r = run(path, line);
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.contains(reason.toUtf8()), r.err);
        }
        QCOMPARE(run(path, words("segment list --format json")).json().array().size(), 1);
        // The VOC list of the segment's accounts, or of conditions given there and then.
        EXPECT_EXIT(run(path, words("voc add 1 --kind bug --text alpha-voc")), 0);
        EXPECT_EXIT(run(path, words("voc add 2 --kind bug --text beta-voc")), 0);
        const QJsonArray voc = run(path, {u"voc"_s, u"list"_s, u"--segment"_s, u"低タッチ"_s, u"--format"_s, u"json"_s})
                                   .json().array();
        QCOMPARE(voc.size(), 1);
        QCOMPARE(voc.at(0)[u"text"_s].toString(), u"alpha-voc"_s);
        QCOMPARE(run(path, {u"voc"_s, u"list"_s, u"--where"_s, u"touch = high"_s, u"--format"_s, u"json"_s})
                     .json().array().size(), 1);
        const Run unknown = run(path, {u"voc"_s, u"list"_s, u"--segment"_s, u"nope"_s});
        EXPECT_EXIT(unknown, 1);
        QVERIFY2(unknown.err.contains("nope"), unknown.err);
        // Bulk actions on the segment's accounts: one transaction each.
        const Run assigned = run(path, {u"bulk"_s, u"csm"_s, u"田中 翔太"_s, u"--segment"_s, u"低タッチ"_s});
        EXPECT_EXIT(assigned, 0);
        QVERIFY2(assigned.out.contains("1 account"), assigned.out);
        QCOMPARE(run(path, words("account show 1 --format json")).json().object()[u"csm"_s].toString(), u"田中 翔太"_s);
        EXPECT_EXIT(run(path, {u"bulk"_s, u"activity"_s, u"--kind"_s, u"email"_s, u"--text"_s, u"ウェビナー招待"_s,
                               u"--all"_s}),
                    0);
        QCOMPARE(run(path, words("activity list 2 --format json")).json().array().size(), 1);
        const Run which = run(path, words("bulk touch tech"));   // which accounts? never all by default
        EXPECT_EXIT(which, 2);
        QVERIFY2(which.err.startsWith("csw: say which accounts"), which.err);
        const Run none = run(path, {u"bulk"_s, u"touch"_s, u"tech"_s, u"--where"_s, u"arr > 999999999"_s});
        EXPECT_EXIT(none, 1);
        QVERIFY2(none.err.contains("no accounts"), none.err);
        EXPECT_EXIT(run(path, {u"segment"_s, u"remove"_s, u"低タッチ"_s}), 0);
        QCOMPARE(run(path, words("segment list --format json")).json().array().size(), 0);
    }

    // csw touch add|rules|remove|preview|apply|keep (issue 19).
    void touchRules()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"touch.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        EXPECT_EXIT(run(path, words("account add --name Big --touch low --arr 12000000")), 0);
        EXPECT_EXIT(run(path, words("account add --name Mid --touch high --arr 3000000")), 0);
        EXPECT_EXIT(run(path, words("account add --name Small --touch high --arr 400000")), 0);
        const Run noRules = run(path, words("touch preview"));   // no rules yet: said so
        EXPECT_EXIT(noRules, 1);
        QVERIFY2(noRules.err.startsWith("csw: there are no touch model rules"), noRules.err);
        const Run added = run(path, words("touch add high --from 10,000,000"));
        EXPECT_EXIT(added, 0);
        QVERIFY2(added.out.contains("ARR ≥ 10,000,000"), added.out);
        EXPECT_EXIT(run(path, words("touch add low --from 1000000 --below 10000000")), 0);
        EXPECT_EXIT(run(path, words("touch add tech --below 1000000")), 0);
        const Run overlap = run(path, words("touch add low --from 5000000"));
        EXPECT_EXIT(overlap, 1);
        QVERIFY2(overlap.err.contains("overlap") && overlap.err.contains("5,000,000"), overlap.err);
        const Run empty = run(path, words("touch add low --from 5000000 --below 10"));
        EXPECT_EXIT(empty, 1);
        QVERIFY2(empty.err.contains("covers no ARR"), empty.err);
        const Run notMoney = run(path, words("touch add low --from lots"));
        EXPECT_EXIT(notMoney, 1);
        QVERIFY2(notMoney.err.startsWith("csw: --from: 'lots' is not an amount of money"), notMoney.err);
        const QJsonArray rules = run(path, words("touch rules --format json")).json().array();
        QCOMPARE(rules.size(), 3);
        QCOMPARE(rules.at(1)[u"arr_below"_s].toDouble(), 10000000.0);

        const QJsonArray preview = run(path, words("touch preview --format json")).json().array();
        QCOMPARE(preview.size(), 3);
        QCOMPARE(preview.at(0)[u"name"_s].toString(), u"Big"_s);
        QCOMPARE(preview.at(0)[u"new_touch"_s].toString(), u"high"_s);
        const Run summary = run(path, words("touch preview"));
        QVERIFY2(summary.out.contains("3 account(s) would change, ARR 15,400,000"), summary.out);

        EXPECT_EXIT(run(path, words("touch keep 3")), 0);
        const Run noAccount = run(path, words("touch keep 99"));
        EXPECT_EXIT(noAccount, 1);
        QVERIFY2(noAccount.err.contains("no account 99"), noAccount.err);
        const Run applied = run(path, words("touch apply"));
        EXPECT_EXIT(applied, 0);
        QVERIFY2(applied.out.contains("2 account(s) changed"), applied.out);
        QCOMPARE(run(path, words("account show 2 --format json")).json().object()[u"touch"_s].toString(), u"low"_s);
        QCOMPARE(run(path, words("account show 3 --format json")).json().object()[u"touch"_s].toString(), u"high"_s);
        const Run nothing = run(path, words("touch apply"));
        EXPECT_EXIT(nothing, 1);
        QVERIFY2(nothing.err.contains("nothing was changed") && nothing.err.contains("1 kept by hand"), nothing.err);
        EXPECT_EXIT(run(path, words("touch keep 3 --off")), 0);
        EXPECT_EXIT(run(path, words("touch apply")), 0);
        QCOMPARE(run(path, words("account show 3 --format json")).json().object()[u"touch"_s].toString(), u"tech"_s);
        EXPECT_EXIT(run(path, words("touch remove 3")), 0);
        const Run removedTwice = run(path, words("touch remove 3"));
        EXPECT_EXIT(removedTwice, 1);
        QVERIFY2(removedTwice.err.startsWith("csw: there is no touch model rule 3"), removedTwice.err);
        QCOMPARE(run(path, words("touch rules --format json")).json().array().size(), 2);
    }

    // csw playbook show|set --touch (issue 19): a touch model's own playbook, else the default.
    void playbooksPerTouchModel()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"playbooks.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        const Run set = run(path, {u"playbook"_s, u"set"_s, u"onboarding"_s, u"--touch"_s, u"tech"_s,
                                   u"2 オンボーディング動画の案内"_s, u"10 利用状況メール"_s});
        EXPECT_EXIT(set, 0);
        QVERIFY2(set.out.contains("2 task(s)"), set.out);
        const QJsonArray steps = run(path, words("playbook show --format json")).json().array();
        QStringList tech;
        for (const QJsonValue &step : steps)
            if (step[u"touch"_s].toString() == u"tech"_s)
                tech << step[u"title"_s].toString();
        QCOMPARE(tech, (QStringList{u"オンボーディング動画の案内"_s, u"利用状況メール"_s}));
        EXPECT_EXIT(run(path, words("account add --name Tech --touch tech")), 0);
        EXPECT_EXIT(run(path, words("account add --name High --touch high")), 0);
        const QJsonArray techTasks = run(path, words("task list --account 1 --format json")).json().array();
        QCOMPARE(techTasks.size(), 2);
        QCOMPARE(techTasks.at(0)[u"title"_s].toString(), u"オンボーディング動画の案内"_s);
        QCOMPARE(run(path, words("task list --account 2 --format json")).json().array().size(), 4);   // the default
        const QList<std::pair<QStringList, QString>> refused = {
            {{u"playbook"_s, u"set"_s, u"churned"_s}, u"not a stage with a playbook"_s},
            {{u"playbook"_s, u"set"_s, u"adoption"_s, u"--touch"_s, u"medium"_s}, u"medium"_s},
            {{u"playbook"_s, u"set"_s, u"adoption"_s, u"soon キックオフ"_s}, u"not a step"_s}};
        for (const auto &[line, reason] : refused) {
            const Run r = run(path, line);
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.contains(reason.toUtf8()), r.err);
        }
        const Run back = run(path, words("playbook set onboarding --touch tech"));
        EXPECT_EXIT(back, 0);
        QVERIFY2(back.out.contains("default playbook"), back.out);
    }

    // csw program add|list|attendance|remove (issue 19).
    void programs()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"programs.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        EXPECT_EXIT(run(path, words("account add --name Alpha --touch low")), 0);
        EXPECT_EXIT(run(path, words("account add --name Beta --touch high")), 0);
        EXPECT_EXIT(run(path, {u"contact"_s, u"add"_s, u"1"_s, u"--name"_s, u"山田 太郎"_s, u"--email"_s,
                               u"yamada@alpha.co.jp"_s}),
                    0);
        const Run added = run(path, {u"program"_s, u"add"_s, u"新機能ウェビナー"_s, u"--date"_s, u"2026-11-20"_s,
                                     u"--where"_s, u"touch = low"_s, u"--contacts"_s, u"all"_s});
        EXPECT_EXIT(added, 0);
        QVERIFY2(added.out.contains("1 account(s) invited, 1 contact(s)"), added.out);
        const QJsonArray invitees = run(path, words("program invitees 1 --format json")).json().array();
        QCOMPARE(invitees.size(), 1);
        QCOMPARE(invitees.at(0)[u"email"_s].toString(), u"yamada@alpha.co.jp"_s);
        QCOMPARE(invitees.at(0)[u"company"_s].toString(), u"Alpha"_s);
        const Run someContacts = run(path, words("program add x --contacts some"));
        EXPECT_EXIT(someContacts, 1);
        QVERIFY2(someContacts.err.startsWith("csw: --contacts: 'some' is not one of primary, all, none"), someContacts.err);
        const QString file = dir.filePath(u"attendees.csv"_s);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("名前,メールアドレス,会社名\n山田 太郎,yamada@alpha.co.jp,\n田中,tanaka@beta.example,Beta\n"
                  "謎の人,x@gmail.com,無い会社\n");
        csv.close();
        const Run refused = run(path, {u"program"_s, u"attendance"_s, u"1"_s, file});
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.contains("row 4") && refused.err.contains("無い会社"), refused.err);
        QVERIFY2(refused.err.contains("nothing was recorded"), refused.err);
        QCOMPARE(run(path, words("program list --format json")).json().array().at(0)[u"attended"_s].toInt(), 0);
        const Run recorded = run(path, {u"program"_s, u"attendance"_s, u"1"_s, file, u"--yes"_s});
        EXPECT_EXIT(recorded, 0);
        QVERIFY2(recorded.out.contains("2 attendee(s) recorded; an activity logged on 2 account(s)"), recorded.out);
        const QJsonObject program = run(path, words("program list --format json")).json().array().at(0).toObject();
        QCOMPARE(program[u"invited"_s].toInt(), 1);
        QCOMPARE(program[u"attended"_s].toInt(), 2);
        QCOMPARE(run(path, words("activity list 2 --format json")).json().array().size(), 1);
        const Run seminar = run(path, words("program add Training --kind seminar"));
        EXPECT_EXIT(seminar, 1);
        QVERIFY2(seminar.err.startsWith("csw: --kind: 'seminar' is not one of webinar, training, user-meeting"),
                 seminar.err);
        QCOMPARE(run(path, words("program list --format json")).json().array().size(), 1);   // neither was added
        EXPECT_EXIT(run(path, words("program remove 1")), 0);
        const Run removedTwice = run(path, words("program remove 1"));
        EXPECT_EXIT(removedTwice, 1);
        QVERIFY2(removedTwice.err.startsWith("csw: there is no program 1"), removedTwice.err);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestCliPlays)
#include "tst_cli_plays.moc"
