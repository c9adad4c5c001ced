// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace csw::DemoData {

// Word lists the demo book is made from: Japanese and English, as a Japanese SaaS team's
// book would read.
const QStringList &csms();
const QStringList &japaneseCompanyCores();
const QStringList &japaneseCompanyKinds();
const QStringList &englishCompanyCores();
const QStringList &englishCompanyKinds();
const QStringList &regions();
const QStringList &industries();
const QStringList &sources();
const QStringList &onboardingNotes();
const QStringList &adoptionNotes();
const QStringList &expansionNotes();
const QStringList &riskNotes();
const QStringList &rescueNotes();
const QStringList &churnReasons();

} // namespace csw::DemoData
