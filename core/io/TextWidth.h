// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace csw::TextWidth {

// Terminal columns `text` takes: East Asian wide and fullwidth characters count two.
int columns(const QString &text);

} // namespace csw::TextWidth
