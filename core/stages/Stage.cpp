// SPDX-License-Identifier: MIT
#include "stages/Stage.h"

#include <array>

namespace csw {

namespace {
constexpr std::array allStages = {Stage::Onboarding, Stage::Adoption, Stage::Expansion,
                                  Stage::ChurnPrevention, Stage::Churned};
constexpr std::array allTouches = {Touch::High, Touch::Low, Touch::Tech};

// Japanese names users type or find in spreadsheets.
QString japaneseName(Stage stage)
{
    switch (stage) {
    case Stage::Onboarding: return QStringLiteral("オンボーディング");
    case Stage::Adoption: return QStringLiteral("アダプション");
    case Stage::Expansion: return QStringLiteral("エクスパンション");
    case Stage::ChurnPrevention: return QStringLiteral("チャーン防止");
    case Stage::Churned: return QStringLiteral("解約");
    }
    return {};
}

QString japaneseName(Touch touch)
{
    switch (touch) {
    case Touch::High: return QStringLiteral("ハイタッチ");
    case Touch::Low: return QStringLiteral("ロータッチ");
    case Touch::Tech: return QStringLiteral("テックタッチ");
    }
    return {};
}
} // namespace

QString Stages::key(Stage stage)
{
    switch (stage) {
    case Stage::Onboarding: return QStringLiteral("onboarding");
    case Stage::Adoption: return QStringLiteral("adoption");
    case Stage::Expansion: return QStringLiteral("expansion");
    case Stage::ChurnPrevention: return QStringLiteral("churn-prevention");
    case Stage::Churned: return QStringLiteral("churned");
    }
    return {};
}

QString Stages::label(Stage stage)
{
    switch (stage) {
    case Stage::Onboarding: return tr("Onboarding");
    case Stage::Adoption: return tr("Adoption");
    case Stage::Expansion: return tr("Expansion");
    case Stage::ChurnPrevention: return tr("Churn prevention");
    case Stage::Churned: return tr("Churned");
    }
    return {};
}

std::optional<Stage> Stages::fromKey(const QString &key)
{
    const QString k = key.trimmed();
    for (Stage stage : allStages) {
        if (k.compare(Stages::key(stage), Qt::CaseInsensitive) == 0 || k == japaneseName(stage))
            return stage;
    }
    if (k.compare(QStringLiteral("churn_prevention"), Qt::CaseInsensitive) == 0
        || k.compare(QStringLiteral("churn prevention"), Qt::CaseInsensitive) == 0
        || k == QStringLiteral("アダプション（活用定着化）"))
        return fromKey(k.contains(QStringLiteral("アダ")) ? QStringLiteral("adoption")
                                                           : QStringLiteral("churn-prevention"));
    return std::nullopt;
}

QStringList Stages::keys()
{
    QStringList result;
    for (Stage stage : allStages)
        result << key(stage);
    return result;
}

QString Stages::key(Touch touch)
{
    switch (touch) {
    case Touch::High: return QStringLiteral("high");
    case Touch::Low: return QStringLiteral("low");
    case Touch::Tech: return QStringLiteral("tech");
    }
    return {};
}

QString Stages::label(Touch touch)
{
    switch (touch) {
    case Touch::High: return tr("High touch");
    case Touch::Low: return tr("Low touch");
    case Touch::Tech: return tr("Tech touch");
    }
    return {};
}

std::optional<Touch> Stages::touchFromKey(const QString &key)
{
    const QString k = key.trimmed();
    for (Touch touch : allTouches) {
        if (k.compare(Stages::key(touch), Qt::CaseInsensitive) == 0 || k == japaneseName(touch)
            || k.compare(Stages::key(touch) + QStringLiteral(" touch"), Qt::CaseInsensitive) == 0)
            return touch;
    }
    return std::nullopt;
}

QStringList Stages::touchKeys()
{
    QStringList result;
    for (Touch touch : allTouches)
        result << key(touch);
    return result;
}

} // namespace csw
