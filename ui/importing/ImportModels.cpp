// SPDX-License-Identifier: MIT
#include "importing/ImportModels.h"

#include <QLocale>

namespace csw {

void ImportProblemModel::setProblems(const QList<ImportProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportProblem &p = m_problems[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == Row)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Row: return role == Qt::DisplayRole ? QVariant(p.row) : QVariant();
    case FileColumn: return p.column;
    case Value: return p.value;
    case Reason: return p.reason;
    case ColumnCount: break;
    }
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Row: return tr("Row");
    case FileColumn: return tr("Column");
    case Value: return tr("Value");
    case Reason: return tr("Problem");
    case ColumnCount: break;
    }
    return {};
}

void ImportPreviewModel::show(const CsvTable *table, const QList<ImportField> &fields,
                              const ImportMapping &mapping, int rows)
{
    beginResetModel();
    m_table = table;
    m_columns.clear();
    m_rows = table ? int(std::min<qsizetype>(rows, table->rows.size())) : 0;
    for (const ImportField &f : fields) {
        if (mapping.has(f.key))
            m_columns.append({f.label, mapping.column(f.key)});
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_table)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return m_table->rows[index.row()].value(m_columns[index.column()].column);
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns[section].label) : QVariant();
    return m_table && section >= 0 && section < m_rows ? QVariant(QLocale().toString(m_table->rowNumber(section)))
                                                       : QVariant();
}

} // namespace csw
