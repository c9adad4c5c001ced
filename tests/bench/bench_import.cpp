// SPDX-License-Identifier: MIT
// The import benchmark: `csw import accounts` of a 100k-row CSV (every cell checked, accounts
// written with their first stage and ARR events) against `sqlite3 .import` of the same file
// into a plain table, in the same run (target <= 2x). For reference it also times the least
// SQLite itself needs to write the same accounts into a book: the rows already in SQLite,
// copied by INSERT … SELECT into the book's tables with their first stage and ARR events and
// the indexes built once at the end, in the book's WAL mode, without any checking.
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QString cswProgram = QStringLiteral(CSW_EXECUTABLE);

bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const char *csms[] = {"佐藤 美咲", "鈴木 健太", "高橋 彩", "Emily Clark"};
    const char *touches[] = {"high", "low", "tech"};
    const char *stages[] = {"onboarding", "adoption", "expansion", "churn-prevention"};
    QByteArray out = "会社名,顧客ID,担当CSM,タッチモデル,プラン,業種,流入経路,ARR,契約開始日,契約更新日,ステージ\r\n";
    for (int i = 1; i <= rows; ++i) {
        out += "株式会社テスト" + QByteArray::number(i) + " \"本社\",C-" + QByteArray::number(i) + ',';
        out += csms[i % 4];
        out += ',';
        out += touches[i % 3];
        out += ",Standard,製造,展示会,\"¥" + QByteArray::number(100 + i % 900) + ",000\",2025/";
        out += QByteArray::number(1 + i % 12) + "/" + QByteArray::number(1 + i % 28) + ",2027-03-31,";
        out += stages[i % 4];
        out += "\r\n";
    }
    // Quoted names keep the quotes doubled.
    out.replace(" \"本社\"", " \"\"本社\"\"");
    out.replace("株式会社テスト", "\"株式会社テスト");
    out.replace("\"\",C-", "\"\"\",C-");
    return file.write(out) == out.size();
}

// Prints what a program writes to standard output, or an empty string.
QString output(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(-1);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The SQL that copies the plain table `account` of `plain` into the book's tables.
QString copySql(const QString &book, const QString &plain)
{
    const QString indexes = output(QStringLiteral("sqlite3"),
        {book, QStringLiteral("SELECT name || char(9) || sql || ';' FROM sqlite_schema WHERE type = 'index' "
                              "AND sql IS NOT NULL AND tbl_name IN ('account', 'stage_event', 'arr_event')")});
    QString drop, create;
    for (const QString &line : indexes.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        drop += QStringLiteral("DROP INDEX %1;\n").arg(line.section(QLatin1Char('\t'), 0, 0));
        create += line.section(QLatin1Char('\t'), 1) + QLatin1Char('\n');
    }
    return QStringLiteral("PRAGMA cache_size = -262144;\nPRAGMA foreign_keys = ON;\n"
                          "ATTACH '%1' AS plain;\nBEGIN;\nPRAGMA defer_foreign_keys = ON;\n%2"
                          "INSERT INTO account (id, name, external_id, csm, touch, plan, industry, source, arr, "
                          "start_on, renewal_on, stage) SELECT rowid, \"会社名\", \"顧客ID\", \"担当CSM\", "
                          "\"タッチモデル\", \"プラン\", \"業種\", \"流入経路\", "
                          "CAST(replace(replace(\"ARR\", '¥', ''), ',', '') AS INTEGER), \"契約開始日\", "
                          "\"契約更新日\", \"ステージ\" FROM plain.account;\n"
                          "INSERT INTO stage_event (account_id, stage, entered_on, note) "
                          "SELECT id, stage, start_on, 'imported' FROM account;\n"
                          "INSERT INTO arr_event (account_id, occurred_on, kind, arr_before, arr_after, note) "
                          "SELECT id, start_on, 'new', 0, arr, 'imported' FROM account;\n%3COMMIT;\n")
        .arg(plain, drop, create);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench import benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows in the file."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions; the best counts."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("accounts.csv"));
    if (!writeCsv(csv, rows))
        return 1;
    bench::header("CS Workbench import benchmark");
    double ours = 1e300, sqlite = 1e300, copy = 1e300;
    for (int i = 0; i < runs; ++i) {
        const QString book = dir.filePath(QStringLiteral("book-%1.sqlite").arg(i));
        const QString plain = dir.filePath(QStringLiteral("plain-%1.sqlite").arg(i));
        if (bench::timed(cswProgram, {QStringLiteral("--book"), book, QStringLiteral("init")}) < 0)
            return 1;
        ours = std::min(ours, bench::timed(cswProgram, {QStringLiteral("--book"), book, QStringLiteral("import"),
                                                        QStringLiteral("accounts"), csv}));
        sqlite = std::min(sqlite, bench::timed(QStringLiteral("sqlite3"),
                                               {plain, QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                                                QStringLiteral(".import %1 account").arg(csv)}));
        const QString floorBook = dir.filePath(QStringLiteral("floor-%1.sqlite").arg(i));
        if (bench::timed(cswProgram, {QStringLiteral("--book"), floorBook, QStringLiteral("init")}) < 0)
            return 1;
        const QString script = dir.filePath(QStringLiteral("copy.sql"));
        QFile sql(script);
        if (!sql.open(QIODevice::WriteOnly) || sql.write(copySql(floorBook, plain).toUtf8()) < 0)
            return 1;
        sql.close();
        copy = std::min(copy, bench::timed(QStringLiteral("sqlite3"),
                                           {floorBook, QStringLiteral(".read %1").arg(script)}));
        const QString copied = output(QStringLiteral("sqlite3"), {floorBook,
            QStringLiteral("SELECT count(*) FROM account JOIN arr_event ON account_id = account.id")});
        if (copied.trimmed().toInt() != rows) {
            fprintf(stderr, "bench: the copy into a book wrote %s rows, not %d\n", qPrintable(copied), rows);
            return 1;
        }
    }
    bench::report(QStringLiteral("csw import accounts (%1 rows) vs sqlite3 .import").arg(rows), ours, sqlite,
                  QStringLiteral("<= 2x"));
    bench::report(QStringLiteral("csw import accounts vs sqlite3 copying into a book"), ours, copy,
                  QStringLiteral("<= 1.5x"));
    return 0;
}
