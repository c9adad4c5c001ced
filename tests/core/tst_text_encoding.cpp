// SPDX-License-Identifier: MIT
// CP932 as Windows writes it: the characters JIS and Windows map differently (〜 typed on a Mac,
// − pasted from the web) are written as Windows and Excel write them, read back by another
// program (Python's cp932 codec) as Windows' own characters; what CP932 truly lacks is still
// named, never replaced silently.
#include "io/TextEncoding.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {
QByteArray throughCp932(const QString &text)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Cp932Device device(&buffer);
    const QByteArray utf8 = text.toUtf8();
    if (device.write(utf8) != utf8.size())
        return "(failed)";
    return buffer.data();
}
} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAsWindowsDoes_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("readBack");   // what Windows reads from those bytes
        QTest::newRow("wave dash U+301C") << u"\u301C"_s << QByteArray("\x81\x60") << u"\uFF5E"_s;
        QTest::newRow("double vertical line U+2016") << u"\u2016"_s << QByteArray("\x81\x61") << u"\u2225"_s;
        QTest::newRow("minus sign U+2212") << u"\u2212"_s << QByteArray("\x81\x7C") << u"\uFF0D"_s;
        QTest::newRow("cent sign U+00A2") << u"\u00A2"_s << QByteArray("\x81\x91") << u"\uFFE0"_s;
        QTest::newRow("pound sign U+00A3") << u"\u00A3"_s << QByteArray("\x81\x92") << u"\uFFE1"_s;
        QTest::newRow("not sign U+00AC") << u"\u00AC"_s << QByteArray("\x81\xCA") << u"\uFFE2"_s;
        QTest::newRow("em dash U+2014") << u"\u2014"_s << QByteArray("\x81\x5C") << u"\u2015"_s;
        QTest::newRow("fullwidth tilde U+FF5E as it is") << u"\uFF5E"_s << QByteArray("\x81\x60") << u"\uFF5E"_s;
        QTest::newRow("text around it") << u"10時〜12時"_s << QByteArray("10\x8E\x9E\x81\x60" "12\x8E\x9E")
                                        << u"10時～12時"_s;
    }

    void writesAsWindowsDoes()
    {
        QFETCH(QString, given);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, readBack);
        QVERIFY(!TextEncodings::firstUnencodable(given, TextEncoding::Cp932));
        QCOMPARE(throughCp932(given), bytes);
        QStringDecoder decoder("CP932");
        QCOMPARE(QString(decoder.decode(bytes)), readBack);
        QVERIFY(!decoder.hasError());
    }

    // Another program reads the file: every mapped character comes back as Windows' own and
    // nothing else changes.
    void pythonReadsItBack()
    {
        const QString text = u"営業〜CS‖−5%・¢£¬—「請求」"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cp932.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(throughCp932(text));
        file.close();
        QProcess python;
        python.start(u"python3"_s, {u"-c"_s, u"import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb')"
                                              ".read().decode('cp932').encode('utf-8'))"_s, path});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()), u"営業～CS∥－5%・￠￡￢―「請求」"_s);
    }

    // What CP932 has no byte for is named as the user typed it, and the device refuses it.
    void whatCp932LacksIsNamed_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<uint>("named");
        QTest::newRow("emoji") << u"〜OK😀"_s << uint(0x1F600);
        QTest::newRow("upper one eighth block") << u"−▔"_s << uint(0x2594);
    }

    void whatCp932LacksIsNamed()
    {
        QFETCH(QString, given);
        QFETCH(uint, named);
        const auto bad = TextEncodings::firstUnencodable(given, TextEncoding::Cp932);
        QVERIFY(bad);
        QCOMPARE(uint(*bad), named);
        QCOMPARE(throughCp932(given), QByteArray("(failed)"));
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_text_encoding.moc"
