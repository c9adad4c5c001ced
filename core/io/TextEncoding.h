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
    // The first character of `text` that `encoding` cannot hold, if any.
    static std::optional<char32_t> firstUnencodable(const QString &text, TextEncoding encoding);
    // "“😀” (U+1F600)"
    static QString describe(char32_t character);
};

// A write-only device that takes UTF-8 and writes it to `target` in CP932. Text must have
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
