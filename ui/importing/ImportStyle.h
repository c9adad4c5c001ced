// SPDX-License-Identifier: MIT
#pragma once

#include "io/TextEncoding.h"

#include <QCoreApplication>

class QLabel;

namespace csw {

// What the import wizard's pages share in how they show things.
class ImportStyle
{
    Q_DECLARE_TR_FUNCTIONS(ImportStyle)

public:
    // A label for a message that blocks going on: red, bold, wrapped, hidden until set.
    static void errorLabel(QLabel *label);
    // "Shift_JIS", "UTF-8 (BOM)": how a file was read.
    static QString encodingName(TextEncoding encoding, bool bom);
    // "comma", "tab", "semicolon".
    static QString delimiterName(QChar delimiter);
};

} // namespace csw
