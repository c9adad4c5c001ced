// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "common/Money.h"
#include "health/Scorecard.h"
#include "stages/Stage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace csw {

// A customer company in the book. Optional text fields are null QStrings when absent.
struct Account
{
    qint64 id = 0;
    QString name;
    QString externalId;
    QString csm;
    Touch touch = Touch::High;
    QString plan;
    QString industry;
    QString source;        // the acquisition channel that brought the account
    Minor arr = 0;
    std::optional<Date> startOn;
    std::optional<Date> renewalOn;
    Stage stage = Stage::Onboarding;
    std::optional<Date> churnedOn;
    QString churnReason;       // the note on why, as the CSM wrote it
    QString churnReasonCode;   // the reason's category (ChurnReasons), empty when none was chosen
    std::optional<double> healthScore;   // the latest score, kept by the health feature
    std::optional<Band> healthBand;
    int version = 1;       // moved on by every edit: an edit based on an older one is refused
    QString changedBy;     // who made the last edit (a team book's login), and when (ISO, local)
    QString changedAt;

    bool isChurned() const { return stage == Stage::Churned; }
};

// A partial edit of an account's fields, parsed from FIELD=VALUE words and validated.
// ARR is set only through AccountLifecycle, which records the ARR event.
struct AccountChanges
{
    Q_DECLARE_TR_FUNCTIONS(AccountChanges)

public:
    // The version of the account the person saw when they made the edit (the window's form);
    // unset: the edit applies to the account as it is (csw's read and write in one go).
    std::optional<int> basedOn;
    std::optional<QString> name;
    std::optional<QString> externalId;
    std::optional<QString> csm;
    std::optional<Touch> touch;
    std::optional<QString> plan;
    std::optional<QString> industry;
    std::optional<QString> source;
    std::optional<Minor> arr;
    std::optional<std::optional<Date>> startOn;
    std::optional<std::optional<Date>> renewalOn;

    static QStringList fieldNames();
    // "arr=1200000 renewal=2027-03-31 csm=Sato"; an empty value clears an optional field.
    static Expected<AccountChanges> parse(const QStringList &assignments, const Currency &currency);
    bool isEmpty() const;
};

} // namespace csw
