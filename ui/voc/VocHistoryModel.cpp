// SPDX-License-Identifier: MIT
#include "voc/VocHistoryModel.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "common/Formatting.h"
#include "voc/VocRepository.h"

#include <algorithm>

namespace csw {

namespace {
// A stored key ("handed-off") as its label, through the vocabulary that `field` uses.
QString labelOf(const QString &field, const QString &key)
{
    if (key.isEmpty())
        return VocHistoryModel::tr("none");
    if (field == QLatin1String("status")) {
        if (auto status = VocNames::statusFromKey(key))
            return VocNames::label(*status);
    } else if (field == QLatin1String("kind")) {
        if (auto kind = VocNames::kindFromKey(key))
            return VocNames::label(*kind);
    } else if (field == QLatin1String("target")) {
        if (auto target = VocNames::targetFromKey(key))
            return VocNames::label(*target);
    } else if (field == QLatin1String("source")) {
        if (auto source = VocNames::sourceFromKey(key))
            return VocNames::label(*source);
    }
    return key;
}
} // namespace

VocHistoryModel::VocHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

VocHistoryModel::Line VocHistoryModel::describe(const VocChange &c)
{
    const QString from = labelOf(c.field, c.oldValue);
    const QString to = labelOf(c.field, c.newValue);
    if (c.field == QLatin1String("status"))
        return {c.changedOn, tr("Status"),
                c.oldValue.isEmpty() ? tr("Logged as %1").arg(to) : tr("%1 → %2").arg(from, to)};
    if (c.field == QLatin1String("note"))
        return {c.changedOn, tr("Note"), c.newValue.simplified()};
    if (c.field == QLatin1String("merged-into"))
        return {c.changedOn, tr("Merged"), tr("Merged into entry %1").arg(c.newValue)};
    if (c.field == QLatin1String("merged-from"))
        return {c.changedOn, tr("Merged"), tr("Entry %1 merged into this one").arg(c.newValue)};
    QString what = c.field;
    if (c.field == QLatin1String("text")) what = tr("Text");
    else if (c.field == QLatin1String("kind")) what = tr("Kind");
    else if (c.field == QLatin1String("target")) what = tr("Hand-off to");
    else if (c.field == QLatin1String("source")) what = tr("Source");
    else if (c.field == QLatin1String("tags")) what = tr("Tags");
    else if (c.field == QLatin1String("accounts")) what = tr("Accounts (id:importance)");
    else if (c.field == QLatin1String("said-by")) what = tr("Said by");
    return {c.changedOn, what, tr("%1 → %2").arg(from.simplified(), to.simplified())};
}

void VocHistoryModel::showEntry(Book *book, qint64 id)
{
    beginResetModel();
    m_lines.clear();
    if (book && id > 0) {
        VocRepository repository(*book);
        if (auto changes = repository.changes(id)) {
            for (const VocChange &change : std::as_const(*changes)) {
                Line line = describe(change);
                line.by = change.changedBy;
                m_lines << line;
            }
        }
        if (auto loops = repository.loops(id)) {
            AccountRepository accounts(*book);
            for (const VocLoop &loop : std::as_const(*loops)) {
                const auto account = accounts.get(loop.accountId);
                QString details = tr("%1 at %2").arg(
                    loop.contact.isEmpty() ? tr("a contact") : loop.contact,
                    account ? account->name : QString::number(loop.accountId));
                if (!loop.channel.isEmpty())
                    details += tr(", via %1").arg(loop.channel);
                if (!loop.note.isEmpty())
                    details += tr(": %1").arg(loop.note);
                m_lines << Line{loop.toldOn, tr("Customer told"), details};
            }
        }
        std::stable_sort(m_lines.begin(), m_lines.end(),
                         [](const Line &a, const Line &b) { return a.on < b.on; });
    }
    endResetModel();
}

int VocHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int VocHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VocHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: return Formatting::date(line.on);
        case What: return line.what;
        case Details: return line.details;
        case By: return line.by;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Details)
        return line.details;
    return {};
}

QVariant VocHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case What: return tr("Change");
    case Details: return tr("Details");
    case By: return tr("By");
    }
    return {};
}

} // namespace csw
