// SPDX-License-Identifier: MIT
#include "io/TextEncoding.h"

#include <utility>

namespace csw {

namespace {
constexpr const char *cp932Name = "CP932";
}

std::optional<TextEncoding> TextEncodings::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (k == QLatin1String("cp932") || k == QLatin1String("shift_jis")
        || k == QLatin1String("shift-jis") || k == QLatin1String("sjis")
        || k == QLatin1String("windows-31j"))
        return TextEncoding::Cp932;
    if (k == QLatin1String("utf-16") || k == QLatin1String("utf16"))
        return TextEncoding::Utf16;
    return std::nullopt;
}

QString TextEncodings::key(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Cp932: return QStringLiteral("cp932");
    case TextEncoding::Utf16: return QStringLiteral("utf-16");
    case TextEncoding::Utf8: break;
    }
    return QStringLiteral("utf-8");
}

QString TextEncodings::toWindowsCp932(QString text)
{
    static constexpr std::pair<char16_t, char16_t> windows[] = {
        {u'\u301C', u'\uFF5E'}, {u'\u2016', u'\u2225'}, {u'\u2212', u'\uFF0D'}, {u'\u00A2', u'\uFFE0'},
        {u'\u00A3', u'\uFFE1'}, {u'\u00AC', u'\uFFE2'}, {u'\u2014', u'\u2015'},
    };
    for (QChar &c : text) {
        if (c.unicode() < 0xA2)
            continue;
        for (const auto &[jis, windowsChar] : windows)
            if (c.unicode() == jis)
                c = QChar(windowsChar);
    }
    return text;
}

std::optional<char32_t> TextEncodings::firstUnencodable(const QString &original, TextEncoding encoding)
{
    if (encoding != TextEncoding::Cp932)
        return std::nullopt;
    const QString text = toWindowsCp932(original);
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return std::nullopt;
    // encode() is lazy: the bytes must be taken for the encoder to run.
    QStringEncoder whole(cp932Name);
    const QByteArray bytes = whole.encode(text);
    if (!whole.hasError())
        return std::nullopt;
    const QList<uint> mapped = text.toUcs4();
    const QList<uint> given = original.toUcs4();   // the same length: the mapping is 1:1
    for (qsizetype i = 0; i < mapped.size(); ++i) {
        const char32_t c = mapped[i];
        QStringEncoder one(cp932Name);
        const QByteArray single = one.encode(QString::fromUcs4(&c, 1));
        if (one.hasError())
            return given.value(i, c);
    }
    return std::nullopt;
}

QString TextEncodings::replaceUnencodable(const QString &text, TextEncoding encoding,
                                          QList<char32_t> *replaced)
{
    if (!firstUnencodable(text, encoding))
        return text;
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        const QString one = QString::fromUcs4(&c, 1);
        if (firstUnencodable(one, encoding)) {
            result += QChar(0x3013);
            if (replaced)
                *replaced << c;
        } else {
            result += one;
        }
    }
    return result;
}

QString TextEncodings::describe(char32_t character)
{
    const QString hex = QStringLiteral("%1").arg(uint(character), 4, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("\u201c%1\u201d (U+%2)").arg(QString::fromUcs4(&character, 1), hex);
}

Cp932Device::Cp932Device(QIODevice *target)
    : m_target(target), m_decoder(QStringDecoder::Utf8), m_encoder(cp932Name)
{
    open(QIODevice::WriteOnly);
}

qint64 Cp932Device::writeData(const char *data, qint64 size)
{
    const QString text = TextEncodings::toWindowsCp932(m_decoder.decode(QByteArrayView(data, size)));
    const QByteArray bytes = m_encoder.encode(text);
    if (m_encoder.hasError() || m_target->write(bytes) != bytes.size())
        return -1;
    return size;
}

} // namespace csw
