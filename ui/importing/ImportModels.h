// SPDX-License-Identifier: MIT
#pragma once

#include "importing/ImportMapping.h"
#include "importing/ImportTypes.h"
#include "io/CsvReader.h"

#include <QAbstractTableModel>

namespace csw {

// The problems a dry run found, one per bad cell (or row): row, column, value, reason.
class ImportProblemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, FileColumn, Value, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(const QList<ImportProblem> &problems);
    const QList<ImportProblem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

// The first rows of a file as the mapping reads them: a column per mapped field, in the
// order of the kind's fields, and the file's row numbers down the side.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // `table` must outlive the model's use of it (the wizard keeps it until the next file).
    void show(const CsvTable *table, const QList<ImportField> &fields, const ImportMapping &mapping,
              int rows = 20);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        QString label;
        int column;
    };
    const CsvTable *m_table = nullptr;
    QList<Column> m_columns;
    int m_rows = 0;
};

} // namespace csw
