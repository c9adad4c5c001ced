// SPDX-License-Identifier: MIT
// The import benchmark: `csw import accounts` of a 100k-row CSV (every cell checked, accounts
// written with their first stage and ARR events) against `sqlite3 .import` of the same file
// into a plain table, in the same run (target <= 2x).
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
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
    double ours = 1e300, sqlite = 1e300;
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
    }
    bench::report(QStringLiteral("csw import accounts (%1 rows) vs sqlite3 .import").arg(rows), ours, sqlite,
                  QStringLiteral("<= 2x"));
    return 0;
}
