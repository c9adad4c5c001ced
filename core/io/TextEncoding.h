// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringEncoder>

#include <optional>

namespace csw {

// The text encodings files come in: UTF-8, CP932 (Windows' Shift_JIS, what older Japanese
// Excel reads and writes), and UTF-16 with a byte order mark (Excel's "Unicode text"; read only).
enum class TextEncoding { Utf8, Cp932, Utf16 };

class TextEncodings
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodings)

public:
    static std::optional<TextEncoding> fromKey(const QString &key);   // utf-8|utf8|cp932|shift_jis|sjis
    static QString key(TextEncoding encoding);
    // `text` with the characters that JIS and Windows map differently (〜 U+301C, ‖ U+2016,
    // − U+2212, ¢ U+00A2, £ U+00A3, ¬ U+00AC, — U+2014: typed on a Mac or pasted from the web)
    // replaced by the ones Windows' CP932 holds (～ U+FF5E, ∥ U+2225, － U+FF0D, ￠ U+FFE0,
    // ￡ U+FFE1, ￢ U+FFE2, ― U+2015): written in CP932 as Windows and Excel write them.
    static QString toWindowsCp932(QString text);
    // The first character of `text` that `encoding` cannot hold, if any (for CP932, after
    // toWindowsCp932).
    static std::optional<char32_t> firstUnencodable(const QString &text, TextEncoding encoding);
    // `text` with each character `encoding` cannot hold replaced by 〓 (U+3013, the geta mark
    // Japanese text uses for a missing character), those characters added to `replaced`.
    static QString replaceUnencodable(const QString &text, TextEncoding encoding,
                                      QList<char32_t> *replaced);
    // "“😀” (U+1F600)"
    static QString describe(char32_t character);
};

// A write-only device that takes UTF-8 and writes it to `target` in CP932, as Windows does
// (TextEncodings::toWindowsCp932). Text must have
// been checked with TextEncodings::firstUnencodable: a character CP932 cannot hold fails the
// write instead of turning into a silent substitute.
class Cp932Device final : public QIODevice
{
public:
    explicit Cp932Device(QIODevice *target);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    QStringDecoder m_decoder;
    QStringEncoder m_encoder;
};

} // namespace csw
