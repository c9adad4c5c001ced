// SPDX-License-Identifier: MIT
#pragma once

#include "health/Scorecard.h"

#include <QColor>

namespace csw::BandStyle {

// The colours of the health bands, one place for the table, the panel's chip and the chart:
// a light tint for cell backgrounds (dark text stays readable on it), a strong colour for chips
// and lines, and the text colour that reads on each.
QColor tint(Band band);
QColor strong(Band band);
QColor textOnTint();
QColor textOnStrong(Band band);
// A style sheet that paints a label as a chip in `band`'s strong colour.
QString chipStyleSheet(Band band);

} // namespace csw::BandStyle
