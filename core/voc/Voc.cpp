// SPDX-License-Identifier: MIT
#include "voc/Voc.h"

#include <QRegularExpression>

#include <algorithm>

namespace csw {

namespace {

// A vocabulary: each value with its key and the Japanese name users type or import.
template<typename E>
struct Name
{
    E value;
    const char *key;
    const char *japanese;
};

constexpr Name<VocKind> kindNames[] = {
    {VocKind::FeatureRequest, "feature-request", "機能要望"},
    {VocKind::Bug, "bug", "不具合"},
    {VocKind::Usability, "usability", "使いにくさ"},
    {VocKind::ExpectationGap, "expectation-gap", "期待とのギャップ"},
    {VocKind::Praise, "praise", "成功事例"},
    {VocKind::ChurnReason, "churn-reason", "解約理由"},
    {VocKind::Pricing, "pricing", "価格"},
    {VocKind::Other, "other", "その他"},
};
constexpr Name<VocTarget> targetNames[] = {
    {VocTarget::Product, "product", "プロダクト"},
    {VocTarget::Marketing, "marketing", "マーケティング"},
    {VocTarget::Both, "both", "両方"},
    {VocTarget::Sales, "sales", "営業"},
};
constexpr Name<VocStatus> statusNames[] = {
    {VocStatus::New, "new", "新規"},
    {VocStatus::Triaged, "triaged", "トリアージ済み"},
    {VocStatus::HandedOff, "handed-off", "引き継ぎ済み"},
    {VocStatus::Accepted, "accepted", "受理"},
    {VocStatus::Planned, "planned", "計画済み"},
    {VocStatus::Done, "done", "完了"},
    {VocStatus::Declined, "declined", "見送り"},
    {VocStatus::ClosedLoop, "closed-loop", "顧客に報告済み"},
};
constexpr Name<VocSource> sourceNames[] = {
    {VocSource::Meeting, "meeting", "ミーティング"},
    {VocSource::Call, "call", "電話"},
    {VocSource::Email, "email", "メール"},
    {VocSource::Survey, "survey", "アンケート"},
    {VocSource::Support, "support", "サポート"},
    {VocSource::Qbr, "qbr", "QBR"},
    {VocSource::Other, "other", "その他"},
};
constexpr Name<Importance> importanceNames[] = {
    {Importance::NiceToHave, "nice-to-have", "あれば良い"},
    {Importance::Important, "important", "重要"},
    {Importance::Dealbreaker, "dealbreaker", "必須"},
};

template<typename E, std::size_t N>
QString keyOf(const Name<E> (&names)[N], E value)
{
    for (const Name<E> &n : names) {
        if (n.value == value)
            return QString::fromLatin1(n.key);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const Name<E> (&names)[N], const QString &text)
{
    const QString key = text.trimmed();
    for (const Name<E> &n : names) {
        if (key.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0
            || key == QString::fromUtf8(n.japanese))
            return n.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const Name<E> (&names)[N])
{
    QList<E> values;
    for (const Name<E> &n : names)
        values << n.value;
    return values;
}

template<typename E, std::size_t N>
QStringList keysOf(const Name<E> (&names)[N])
{
    QStringList keys;
    for (const Name<E> &n : names)
        keys << QString::fromLatin1(n.key);
    return keys;
}

} // namespace

QString VocNames::key(VocKind kind) { return keyOf(kindNames, kind); }
QString VocNames::key(VocTarget target) { return keyOf(targetNames, target); }
QString VocNames::key(VocStatus status) { return keyOf(statusNames, status); }
QString VocNames::key(VocSource source) { return keyOf(sourceNames, source); }
QString VocNames::key(Importance importance) { return keyOf(importanceNames, importance); }

QString VocNames::label(VocKind kind)
{
    switch (kind) {
    case VocKind::FeatureRequest: return tr("Feature request");
    case VocKind::Bug: return tr("Bug");
    case VocKind::Usability: return tr("Usability barrier");
    case VocKind::ExpectationGap: return tr("Expectation gap");
    case VocKind::Praise: return tr("Praise / success story");
    case VocKind::ChurnReason: return tr("Churn reason");
    case VocKind::Pricing: return tr("Pricing");
    case VocKind::Other: return tr("Other");
    }
    return {};
}

QString VocNames::label(VocTarget target)
{
    switch (target) {
    case VocTarget::Product: return tr("Product");
    case VocTarget::Marketing: return tr("Marketing");
    case VocTarget::Both: return tr("Product and marketing");
    case VocTarget::Sales: return tr("Sales");
    }
    return {};
}

QString VocNames::label(VocStatus status)
{
    switch (status) {
    case VocStatus::New: return tr("New");
    case VocStatus::Triaged: return tr("Triaged");
    case VocStatus::HandedOff: return tr("Handed off");
    case VocStatus::Accepted: return tr("Accepted");
    case VocStatus::Planned: return tr("Planned");
    case VocStatus::Done: return tr("Done");
    case VocStatus::Declined: return tr("Declined");
    case VocStatus::ClosedLoop: return tr("Closed loop");
    }
    return {};
}

QString VocNames::label(VocSource source)
{
    switch (source) {
    case VocSource::Meeting: return tr("Meeting");
    case VocSource::Call: return tr("Call");
    case VocSource::Email: return tr("Email");
    case VocSource::Survey: return tr("Survey");
    case VocSource::Support: return tr("Support");
    case VocSource::Qbr: return tr("QBR");
    case VocSource::Other: return tr("Other");
    }
    return {};
}

QString VocNames::label(Importance importance)
{
    switch (importance) {
    case Importance::NiceToHave: return tr("Nice to have (+1)");
    case Importance::Important: return tr("Important (+2)");
    case Importance::Dealbreaker: return tr("Dealbreaker (+3)");
    }
    return {};
}

std::optional<VocKind> VocNames::kindFromKey(const QString &key) { return fromKey(kindNames, key); }
std::optional<VocTarget> VocNames::targetFromKey(const QString &key)
{
    return fromKey(targetNames, key);
}
std::optional<VocStatus> VocNames::statusFromKey(const QString &key)
{
    return fromKey(statusNames, key);
}
std::optional<VocSource> VocNames::sourceFromKey(const QString &key)
{
    return fromKey(sourceNames, key);
}
std::optional<Importance> VocNames::importanceFromKey(const QString &key)
{
    bool ok = false;
    const int level = key.trimmed().toInt(&ok);
    if (ok)
        return level >= 1 && level <= 3 ? std::optional(Importance(level)) : std::nullopt;
    return fromKey(importanceNames, key);
}

const QList<VocKind> &VocNames::kinds()
{
    static const QList<VocKind> values = valuesOf(kindNames);
    return values;
}
const QList<VocTarget> &VocNames::targets()
{
    static const QList<VocTarget> values = valuesOf(targetNames);
    return values;
}
const QList<VocStatus> &VocNames::statuses()
{
    static const QList<VocStatus> values = valuesOf(statusNames);
    return values;
}
const QList<VocSource> &VocNames::sources()
{
    static const QList<VocSource> values = valuesOf(sourceNames);
    return values;
}
QStringList VocNames::kindKeys() { return keysOf(kindNames); }
QStringList VocNames::targetKeys() { return keysOf(targetNames); }
QStringList VocNames::statusKeys() { return keysOf(statusNames); }
QStringList VocNames::sourceKeys() { return keysOf(sourceNames); }

QStringList normalizeTags(const QStringList &tags)
{
    // A list typed as Japanese users type it (請求、PDF，経理) is several tags, wherever it came from.
    static const QRegularExpression separators(QStringLiteral("[、，,;；]"));
    QStringList result;
    for (const QString &written : tags) {
        for (const QString &tag : written.split(separators)) {
            const QString t = tag.simplified();
            if (!t.isEmpty() && !result.contains(t))
                result << t;
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

namespace {
QList<VocLink> byAccount(QList<VocLink> links)
{
    std::sort(links.begin(), links.end(), [](const VocLink &a, const VocLink &b) { return a.accountId < b.accountId; });
    return links;
}
} // namespace

VocEdit VocEdit::between(const VocEntry &seen, const VocEntry &mine)
{
    return {.text = mine.text.trimmed() != seen.text.trimmed(),
            .kind = mine.kind != seen.kind,
            .target = mine.target != seen.target,
            .source = mine.source != seen.source,
            .tags = normalizeTags(mine.tags) != normalizeTags(seen.tags),
            .links = byAccount(mine.links) != byAccount(seen.links),
            .saidBy = mine.saidBy != seen.saidBy};
}

VocEntry VocEdit::applied(VocEntry theirs, const VocEntry &mine) const
{
    if (text)
        theirs.text = mine.text;
    if (kind)
        theirs.kind = mine.kind;
    if (target)
        theirs.target = mine.target;
    if (source)
        theirs.source = mine.source;
    if (tags)
        theirs.tags = mine.tags;
    if (links)
        theirs.links = mine.links;
    if (saidBy)
        theirs.saidBy = mine.saidBy;
    return theirs;
}

} // namespace csw
