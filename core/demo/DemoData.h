// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <optional>

namespace csw {

// The language a demo book's generated texts are written in (names, notes, VOC, tasks): the
// one the person reads the window in. Both give the same accounts, figures and dates.
enum class DemoLanguage { Japanese, English };

namespace DemoData {

std::optional<DemoLanguage> languageFromKey(const QString &key);   // "ja" or "en"
// The demo language for a UI language such as "ja" or "en_US": Japanese for Japanese,
// English otherwise.
DemoLanguage languageFor(const QString &uiLanguage);

// Each list has the same length in both languages, entry for entry, so the same seed picks
// the same entry in either.
const QStringList &csms(DemoLanguage language);
const QStringList &japaneseCompanyCores(DemoLanguage language);
const QStringList &japaneseCompanyKinds(DemoLanguage language);
const QStringList &englishCompanyCores();
const QStringList &englishCompanyKinds();
const QStringList &regions(DemoLanguage language);
const QStringList &industries(DemoLanguage language);
const QStringList &sources(DemoLanguage language);
const QStringList &onboardingNotes(DemoLanguage language);
const QStringList &adoptionNotes(DemoLanguage language);
const QStringList &expansionNotes(DemoLanguage language);
const QStringList &riskNotes(DemoLanguage language);
const QStringList &rescueNotes(DemoLanguage language);
const QStringList &churnReasons(DemoLanguage language);
// The category (ChurnReasons code) of each of churnReasons(), entry for entry.
const QStringList &churnReasonCodes();
const QStringList &activityNotes(DemoLanguage language);   // in the order of activityKinds()
const QStringList &activityKinds();
const QStringList &taskTitles(DemoLanguage language);

// A Japanese company in the language: 株式会社さくら物流 / Sakura Logistics Co., Ltd.
QString japaneseCompany(DemoLanguage language, const QString &core, const QString &kind);
// A branch office of a company whose name is taken: …大阪支社 / …, Osaka office.
QString branch(DemoLanguage language, const QString &company, const QString &region);
// One text in the language (for the few single texts the generators write).
inline QString text(DemoLanguage language, const char16_t *japanese, const char16_t *english)
{
    return QString::fromUtf16(language == DemoLanguage::English ? english : japanese);
}

} // namespace DemoData

} // namespace csw
