// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "book/Schema.h"
#include "common/Dates.h"
#include "demo/DemoGenerator.h"
#include "TeamServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// A fresh book in a temporary folder (or a new database on the test server), for tests that
// work on a real book.
struct BookFixture
{
    QTemporaryDir dir;
    QString path = newBookPath(dir);
    std::unique_ptr<csw::Book> book;

    explicit BookFixture(const QString &currency = QStringLiteral("JPY"))
    {
        auto created = csw::Book::create(path, *csw::Currency::fromCode(currency));
        if (!created)
            qFatal("cannot create a book: %s", qPrintable(created.error().message));
        book = std::move(*created);
    }
};

// The bytes of a file, to show a failed action left it exactly as it was.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline csw::Date date(const char *iso)
{
    return *csw::Dates::parseIso(QString::fromLatin1(iso));
}

// Fills `book` with a demo of `accounts` accounts as of the tests' today, 2026-11-23.
inline bool fillDemo(csw::Book &book, int accounts)
{
    csw::DemoOptions options;
    options.accounts = accounts;
    options.today = date("2026-11-23");
    return bool(csw::DemoGenerator::fill(book, options));
}

// Every row of every table of the book (Schema::tables), each table's rows sorted as text: equal
// dumps mean an action left no trace (or an undo put everything back), and that two books are
// the same. `editMarks`: with each row's version and who last edited it, when (an undo moves
// them on, as it is an edit of its own).
inline QStringList dumpBook(csw::Book &book, bool editMarks = true)
{
    QStringList rows;
    QSqlQuery q(book.database());
    for (const QString &table : csw::Schema::tables()) {
        QStringList tableRows;
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (q.next()) {
            QStringList cells{table};
            for (int i = 0; i < q.record().count(); ++i) {
                const QString name = q.record().fieldName(i);
                if (editMarks || (name != u"row_version" && name != u"changed_at" && name != u"changed_by"))
                    cells << q.value(i).toString();
            }
            tableRows << cells.join(QLatin1Char('|'));
        }
        tableRows.sort();
        rows += tableRows;
    }
    // And the schema: a failed load must also leave its indexes and triggers as they were.
    if (book.engine() == csw::BookEngine::Postgres)
        q.exec(QStringLiteral(
            "SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
            "UNION ALL SELECT 'trigger', tgname, pg_get_triggerdef(oid) || ' ' || tgenabled "
            "FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2"));
    else
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"));
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|')
                    + q.value(2).toString();
    return rows;
}

// Adds a plain account straight through the repository (no history events); returns its id.
inline qint64 addAccount(csw::Book &book, const QString &name, csw::Minor arr, const QString &csm = {})
{
    csw::Account a;
    a.name = name;
    a.arr = arr;
    a.csm = csm;
    qint64 id = 0;
    const csw::Status ok = book.write([&]() -> csw::Status {
        auto inserted = csw::AccountRepository(book).insert(a);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!ok)
        qFatal("%s", qPrintable(ok.error().message));
    return id;
}

// Rows written into a schema 8 book (before search folded text) by `exec`, in that book's own
// SQL; after the book is opened (and so migrated), search must find them folded.
inline QStringList schema8SearchRows()
{
    return {QStringLiteral("INSERT INTO account (id, name, external_id, csm) VALUES "
                           "(1, '株式会社ＡＢＣ商事', 'ＣＲＭ-００１', 'ｻﾄｳ')"),
            QStringLiteral("INSERT INTO voc (id, text, kind, target, logged_on) VALUES "
                           "(1, 'ＣＳＶ出力を１０時〜１２時に', 'feature-request', 'product', '2026-11-01')"),
            QStringLiteral("INSERT INTO voc_tag (voc_id, tag) VALUES (1, 'ＰＤＦ')")};
}

inline void expectMigratedSearch(csw::Book &book)
{
    QCOMPARE(book.schemaVersion(), csw::Schema::currentVersion());
    csw::AccountRepository accounts(book);
    for (const char *search : {"abc", "crm-001", "サトウ"})
        QCOMPARE(*accounts.count({.search = QString::fromUtf8(search)}), qint64(1));
    for (const char *search : {"csv", "10時~12時", "pdf"}) {
        auto found = book.query(QStringLiteral("SELECT count(*) FROM voc v WHERE v.search_text LIKE ? OR v.id IN "
                                               "(SELECT voc_id FROM voc_tag WHERE search_tag = ?)"),
                                {QStringLiteral("%%1%").arg(QString::fromUtf8(search)), QString::fromUtf8(search)});
        QVERIFY(found && found->next());
        QCOMPARE(found->value(0).toInt(), 1);
    }
}
