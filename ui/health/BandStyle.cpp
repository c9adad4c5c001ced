// SPDX-License-Identifier: MIT
#include "health/BandStyle.h"

namespace csw::BandStyle {

QColor tint(Band band)
{
    switch (band) {
    case Band::Red: return QColor(0xf6, 0xc9, 0xc5);
    case Band::Yellow: return QColor(0xfd, 0xe7, 0xa8);
    case Band::Green: return QColor(0xc3, 0xe6, 0xcb);
    }
    return {};
}

QColor strong(Band band)
{
    switch (band) {
    case Band::Red: return QColor(0xc5, 0x22, 0x1f);
    case Band::Yellow: return QColor(0xf2, 0xa9, 0x00);
    case Band::Green: return QColor(0x1e, 0x8e, 0x3e);
    }
    return {};
}

QColor textOnTint()
{
    return QColor(0x20, 0x21, 0x24);
}

QColor textOnStrong(Band band)
{
    // Amber is light: black reads on it, white on the red and the green.
    return band == Band::Yellow ? QColor(0x20, 0x21, 0x24) : QColor(Qt::white);
}

QString chipStyleSheet(Band band)
{
    return QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 4px; "
                          "padding: 2px 8px; font-weight: bold; }")
        .arg(strong(band).name(), textOnStrong(band).name());
}

} // namespace csw::BandStyle
