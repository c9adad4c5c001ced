// SPDX-License-Identifier: MIT
#include "importing/ImportStyle.h"

#include <QLabel>

namespace csw {

void ImportStyle::errorLabel(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold;"));
    label->hide();
}

QString ImportStyle::encodingName(TextEncoding encoding, bool bom)
{
    switch (encoding) {
    case TextEncoding::Utf8: return bom ? tr("UTF-8 (BOM)") : tr("UTF-8");
    case TextEncoding::Cp932: return tr("Shift_JIS");
    case TextEncoding::Utf16: return tr("UTF-16");
    }
    return {};
}

QString ImportStyle::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return tr("tab");
    if (delimiter == QLatin1Char(';'))
        return tr("semicolon");
    if (delimiter == QLatin1Char(','))
        return tr("comma");
    return QStringLiteral("'%1'").arg(delimiter);
}

} // namespace csw
