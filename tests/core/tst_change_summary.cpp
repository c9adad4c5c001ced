// SPDX-License-Identifier: MIT
// What a team book's change notifications say (BookChange) and what they mean to the views
// (ChangeSummary): which accounts changed in which fields, whose work, health and VOC entries,
// or that rows came and went.
#include "book/ChangeSummary.h"

#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

class TestChangeSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPayloads_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("op");
        QTest::addColumn<QList<qint64>>("rows");
        QTest::addColumn<bool>("manyRows");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("edit") << u"account|u|7|7|arr,row_version"_s << u"account"_s << int(BookChange::Op::Update)
                              << QList<qint64>{7} << false << QStringList{u"arr"_s, u"row_version"_s};
        QTest::newRow("insert") << u"task|i|3,4|9|"_s << u"task"_s << int(BookChange::Op::Insert)
                                << QList<qint64>{3, 4} << false << QStringList();
        QTest::newRow("delete") << u"voc|d|12||"_s << u"voc"_s << int(BookChange::Op::Delete)
                                << QList<qint64>{12} << false << QStringList();
        QTest::newRow("many") << u"account|u|*|*|"_s << u"account"_s << int(BookChange::Op::Update)
                              << QList<qint64>() << true << QStringList();
        QTest::newRow("no column changed") << u"account|u|3,4|3,4|"_s << u"account"_s
                                           << int(BookChange::Op::Update) << QList<qint64>{3, 4} << false
                                           << QStringList();
        // An older client's payload (the table alone) or a damaged one: unknown rows.
        QTest::newRow("table only") << u"voc"_s << u"voc"_s << int(BookChange::Op::Update)
                                    << QList<qint64>() << true << QStringList();
        QTest::newRow("bad ids") << u"account|u|1,x|1|arr"_s << u"account"_s << int(BookChange::Op::Update)
                                 << QList<qint64>() << true << QStringList();
    }

    void parsesPayloads()
    {
        QFETCH(QString, payload);
        const BookChange change = BookChange::parse(payload);
        QTEST(change.table, "table");
        QTEST(int(change.op), "op");
        QTEST(change.rows, "rows");
        QTEST(change.manyRows, "manyRows");
        QTEST(change.columns, "columns");
    }

    void namesAccountsAndFields()
    {
        const auto s = ChangeSummary::of({BookChange::parse(u"account|u|7|7|arr,row_version"_s),
                                          BookChange::parse(u"arr_event|i|40|7|"_s),
                                          BookChange::parse(u"account|u|8|8|csm"_s)});
        QVERIFY(!s.accountsAddedOrRemoved);
        QCOMPARE(s.accounts.size(), 2);
        QCOMPARE(s.accounts.value(7), AccountField::Arr | AccountField::Version | AccountField::History);
        QCOMPARE(s.accounts.value(8), AccountFields(AccountField::Csm));
        QVERIFY(!s.allVoc && !s.allWork && !s.allHealth && !s.alerts);
    }

    void namesWorkHealthAndVoc()
    {
        const auto s = ChangeSummary::of({BookChange::parse(u"task|u|3|9|done_on"_s),
                                          BookChange::parse(u"health_measure|i|*|9,10|"_s),
                                          BookChange::parse(u"voc|u|12||status"_s),
                                          BookChange::parse(u"voc_change|i|12||"_s)});
        QCOMPARE(s.work, (QSet<qint64>{9}));
        QCOMPARE(s.health, (QSet<qint64>{9, 10}));
        QCOMPARE(s.voc, (QSet<qint64>{12}));
        QVERIFY(!s.allWork && !s.allHealth && !s.allVoc && !s.accountsAddedOrRemoved);
    }

    // Rows that come and go, too many rows, or an unknown column: the views re-read.
    void fallsBackToEverything_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("accounts");
        QTest::addColumn<bool>("voc");
        QTest::newRow("account added") << u"account|i|3|3|"_s << true << false;
        QTest::newRow("accounts many") << u"account|u|*|*|"_s << true << false;
        QTest::newRow("entry logged") << u"voc|i|13||"_s << false << true;
        QTest::newRow("entries many") << u"voc_tag|d|*||"_s << false << true;
    }

    void fallsBackToEverything()
    {
        QFETCH(QString, payload);
        const auto s = ChangeSummary::of({BookChange::parse(payload)});
        QTEST(s.accountsAddedOrRemoved, "accounts");
        QTEST(s.allVoc, "voc");
        QVERIFY(s.accounts.isEmpty() && s.voc.isEmpty());
    }

    void anUnknownColumnIsEveryField()
    {
        const auto s = ChangeSummary::of({BookChange::parse(u"account|u|5|5|colour"_s)});
        QCOMPARE(s.accounts.value(5), AnyAccountField);
    }

    void tooManyNamedAccountsIsEverything()
    {
        QList<BookChange> changes;
        for (int id = 1; id <= ChangeSummary::MaxNamed + 1; ++id)
            changes << BookChange::parse(u"account|u|%1|%1|arr"_s.arg(id));
        const auto s = ChangeSummary::of(changes);
        QVERIFY(s.accountsAddedOrRemoved);
        QVERIFY(s.accounts.isEmpty());
    }

    void nothingKnownIsEverything()
    {
        const auto s = ChangeSummary::of({});
        QVERIFY(s.accountsAddedOrRemoved && s.allHealth && s.alerts && s.allVoc && s.allWork);
    }
};

QTEST_GUILESS_MAIN(TestChangeSummary)
#include "tst_change_summary.moc"
