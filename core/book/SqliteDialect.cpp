// SPDX-License-Identifier: MIT
// The SQLite dialect: the schema as written, the version in PRAGMA user_version.
#include "book/Dialect.h"

#include "book/PostgresDialect.h"

namespace csw {

namespace {

class SqliteDialect final : public Dialect
{
public:
    BookEngine engine() const override { return BookEngine::Sqlite; }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QString engineName() const override { return QStringLiteral("SQLite"); }
    QString readVersion() const override { return QStringLiteral("PRAGMA user_version"); }
    QStringList recordVersion(int version) const override
    {
        return {QStringLiteral("PRAGMA application_id = %1").arg(0x43535742),
                QStringLiteral("PRAGMA user_version = %1").arg(version)};
    }
    QStringList translate(const QString &statement) const override { return {statement}; }
    bool rewritesStoredSchema() const override { return true; }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString foldCase(const QString &expression) const override
    {
        return expression + QStringLiteral(" COLLATE NOCASE");
    }
    QStringList cacheKb(int kb) const override
    {
        return {QStringLiteral("PRAGMA cache_size = -%1").arg(kb)};
    }
    QString deferReferences() const override { return QStringLiteral("PRAGMA defer_foreign_keys = ON"); }
    QStringList rebuildSearch() const override
    {
        return {QStringLiteral("INSERT INTO voc_search (voc_search) VALUES ('rebuild')")};
    }
    QString listOf(const QString &expression, const QString &separator, const QString &) const override
    {
        return QStringLiteral("group_concat(%1, '%2')").arg(expression, separator);
    }
    QString vocTextContains(const QString &search, QVariantList &values) const override
    {
        const QString text = search.trimmed();
        if (text.toUcs4().size() < 3)   // trigrams need three characters: LIKE reads every entry
            return Dialect::textLike(QStringLiteral("v.search_text"), QStringLiteral("LIKE"), text, values);
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        values << QString(QLatin1Char('"') + phrase + QLatin1Char('"'));
        return QStringLiteral("v.id IN (SELECT rowid FROM voc_search WHERE voc_search MATCH ?)");
    }
    QString notIsoDate(const QString &column) const override
    {
        return QStringLiteral("%1 NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'").arg(column);
    }
    bool connectionBroken(const QSqlDatabase &) const override { return false; }   // a file
    QString inlined(const QString &, const QVariantList &) const override { return {}; }
    QStringList ownStatements(int) const override { return {}; }
    ErrorKind kindOf(const QSqlError &error) const override
    {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        if (!ok)
            return ErrorKind::Other;
        switch (code & 0xff) {
        case 5:   // SQLITE_BUSY
        case 6:   // SQLITE_LOCKED
            return ErrorKind::Busy;
        case 8:   // SQLITE_READONLY
            return ErrorKind::ReadOnly;
        case 13:  // SQLITE_FULL
            return ErrorKind::DiskFull;
        case 11:  // SQLITE_CORRUPT
        case 26:  // SQLITE_NOTADB
            return ErrorKind::Damaged;
        case 19:  // SQLITE_CONSTRAINT: _UNIQUE and _PRIMARYKEY are conflicts
            return code == 2067 || code == 1555 ? ErrorKind::Conflict : ErrorKind::Other;
        default:
            return ErrorKind::Other;
        }
    }
};

} // namespace

QString Dialect::textLike(const QString &column, const QString &like, const QString &text,
                          QVariantList &values)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    values << QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
    return QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(column, like);
}

const Dialect &Dialect::of(BookEngine engine)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (engine == BookEngine::Postgres)
        return postgres;
    return sqlite;
}

} // namespace csw
