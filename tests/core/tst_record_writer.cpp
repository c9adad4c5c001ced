// SPDX-License-Identifier: MIT
#include "io/RecordWriter.h"
#include "io/TextWidth.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace csw;

namespace {
QByteArray render(RecordWriter::Format format, const QList<Column> &columns,
                  const QList<QStringList> &rows,
                  RecordWriter::Shape shape = RecordWriter::Shape::List)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto writer = RecordWriter::create(format, &buffer, shape);
    writer->begin(columns);
    for (const QStringList &row : rows)
        writer->row(row);
    writer->end();
    return buffer.data();
}

const QList<Column> columns = {{QStringLiteral("id"), QStringLiteral("ID"), ColumnType::Number},
                               {QStringLiteral("name"), QStringLiteral("Name")},
                               {QStringLiteral("arr"), QStringLiteral("ARR"), ColumnType::Money}};
} // namespace

// Tables, CSV and JSON as scripts and spreadsheets read them.
class TestRecordWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Sakura" << "Sakura";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("line break") << "a\nb" << "\"a\nb\"";
        QTest::newRow("crlf") << "a\r\nb" << "\"a\r\nb\"";
        QTest::newRow("formula") << "=cmd|' /C calc'!A0" << "'=cmd|' /C calc'!A0";
        QTest::newRow("plus") << "+81 3" << "'+81 3";
        QTest::newRow("minus") << "-5" << "'-5";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx" << "'\tx";
        QTest::newRow("carriage return") << "\rx" << "\"'\rx\"";
        QTest::newRow("formula with comma") << "=1,2" << "\"'=1,2\"";
        QTest::newRow("japanese") << "株式会社さくら" << "株式会社さくら";
        QTest::newRow("empty") << "" << "";
    }
    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(RecordWriter::csvField(value, true), expected);
    }

    void csvNumbersAreNotNeutralised()
    {
        const QByteArray csv = render(RecordWriter::Format::Csv, columns,
                                      {{QStringLiteral("1"), QStringLiteral("-x"),
                                        QStringLiteral("-100")}});
        QCOMPARE(csv, QByteArray("id,name,arr\r\n1,'-x,-100\r\n"));
    }

    void jsonIsValidAndTyped()
    {
        const QByteArray json = render(
            RecordWriter::Format::Json, columns,
            {{QStringLiteral("1"), QStringLiteral("引用\"符\"\n\t\\ \x01"), QStringLiteral("1234.50")},
             {QStringLiteral("2"), QString(), QString()}});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array[0].toObject()[QStringLiteral("id")].toInt(), 1);
        QCOMPARE(array[0].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("引用\"符\"\n\t\\ \x01"));
        QCOMPARE(array[0].toObject()[QStringLiteral("arr")].toDouble(), 1234.5);
        QVERIFY(array[1].toObject()[QStringLiteral("name")].isNull());
        QVERIFY(array[1].toObject()[QStringLiteral("arr")].isNull());
    }

    void jsonEmptyListAndSingleObject()
    {
        QCOMPARE(QJsonDocument::fromJson(render(RecordWriter::Format::Json, columns, {})).array().size(),
                 0);
        const QJsonDocument one = QJsonDocument::fromJson(
            render(RecordWriter::Format::Json, columns,
                   {{QStringLiteral("7"), QStringLiteral("A"), QStringLiteral("5")}},
                   RecordWriter::Shape::Single));
        QVERIFY(one.isObject());
        QCOMPARE(one.object()[QStringLiteral("id")].toInt(), 7);
    }

    void tableAlignsWideCharacters()
    {
        const QString table = QString::fromUtf8(render(
            RecordWriter::Format::Table, columns,
            {{QStringLiteral("1"), QStringLiteral("株式会社さくら"), QStringLiteral("1200000")},
             {QStringLiteral("22"), QStringLiteral("Aozora"), QStringLiteral("300")}}));
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        // Every line ends in the same terminal column: money right-aligned and grouped.
        QCOMPARE(TextWidth::columns(lines[1]), TextWidth::columns(lines[2]));
        QVERIFY(lines[1].endsWith(QStringLiteral("1,200,000")));
        QVERIFY(lines[2].endsWith(QStringLiteral("300")));
        QVERIFY(lines[2].startsWith(QStringLiteral("22")));
    }

    void textWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << "abc" << 3;
        QTest::newRow("kanji") << "株式会社" << 8;
        QTest::newRow("kana") << "さくら" << 6;
        QTest::newRow("halfwidth kana") << "ｻｸﾗ" << 3;
        QTest::newRow("fullwidth latin") << "ＡＢ" << 4;
        QTest::newRow("emoji") << "😀" << 2;
        QTest::newRow("mixed") << "CS担当" << 6;
    }
    void textWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(TextWidth::columns(text), width);
    }
};

QTEST_GUILESS_MAIN(TestRecordWriter)
#include "tst_record_writer.moc"
