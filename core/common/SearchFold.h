// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace csw::SearchFold {

// Text as search sees it, the same for what is indexed and what is typed: NFKC (full- and
// half-width forms, half-width katakana, ㈱ and the like), case folded, and the wave-dash family
// (〜 U+301C, ～ U+FF5E, ∼ U+223C, ⁓ U+2053) read as one. The stored text is never folded.
QString of(const QString &text);

// An account's names as its search box finds them: its name, external id and CSM, folded and
// kept apart by a line break (which a typed search never holds).
QString accountKey(const QString &name, const QString &externalId, const QString &csm);

} // namespace csw::SearchFold
