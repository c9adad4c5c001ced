// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace csw {

// The lifecycle stages of DOMAIN.md; Churned is entered only by churning an account.
enum class Stage { Onboarding, Adoption, Expansion, ChurnPrevention, Churned };

// How an account is served: named CSM, one-to-many, or automated.
enum class Touch { High, Low, Tech };

class Stages
{
    Q_DECLARE_TR_FUNCTIONS(Stages)

public:
    static QString key(Stage stage);                   // "churn-prevention"
    static QString label(Stage stage);                 // translated for people
    static std::optional<Stage> fromKey(const QString &key);   // also accepts Japanese names
    static QStringList keys();                         // every stage, in lifecycle order

    static QString key(Touch touch);                   // "high"
    static QString label(Touch touch);
    static std::optional<Touch> touchFromKey(const QString &key);
    static QStringList touchKeys();
};

} // namespace csw
