// SPDX-License-Identifier: MIT
#include "common/SearchFold.h"

namespace csw::SearchFold {

QString of(const QString &text)
{
    // Plain ASCII without capitals is its own folding: most ids and many names.
    bool plain = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text;
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar &c : folded) {
        switch (c.unicode()) {
        case 0x301C:   // 〜 WAVE DASH (what Macs and the web write)
        case 0x2053:   // ⁓ SWUNG DASH
        case 0x223C:   // ∼ TILDE OPERATOR
            c = QLatin1Char('~');   // where NFKC takes ～ FULLWIDTH TILDE
            break;
        default:
            break;
        }
    }
    return folded;
}

QString accountKey(const QString &name, const QString &externalId, const QString &csm)
{
    return of(name) + QLatin1Char('\n') + of(externalId) + QLatin1Char('\n') + of(csm);
}

} // namespace csw::SearchFold
