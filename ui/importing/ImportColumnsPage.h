// SPDX-License-Identifier: MIT
#pragma once

#include "importing/ImportMapping.h"

#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QWidget;

namespace csw {

class ImportWizard;

// The import wizard's second page: which column of the file fills which field. Each field of
// the kind has a combo of the file's columns, pre-filled from the headers (or a mapping saved
// in the book) with sample values next to it; required fields are marked and must be mapped.
// A field may instead take the same value for every row (or fill its column's empty cells).
// Also how to read dates written with the year last and, for accounts, what to do with the
// book's duplicates; and a name to save the mapping under.
class ImportColumnsPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportColumnsPage(ImportWizard &wizard);

    // The combo choosing the column of `field` (a key like "name"), for tests and the wizard.
    QComboBox *columnCombo(const QString &field) const;
    // Maps `column` (0-based; -1: not imported) to `field`, as choosing it in its combo does.
    void setColumn(const QString &field, int column);
    // The box giving `field` the same value in every row (a field no column fills, or the
    // empty cells of its column).
    QLineEdit *constantEdit(const QString &field) const;
    // The sample values shown for `field`.
    QString sampleText(const QString &field) const;
    // Starts over from the mapping saved under `name` (empty: the one the headers suggest).
    void useSavedMapping(const QString &name);
    QString errorText() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    struct Row
    {
        QString field;
        QComboBox *combo;
        QLabel *sample;
        QLineEdit *constant;
    };

    void rebuild();
    void showMapping();
    void columnChosen(const QString &field, int column);
    QString samples(int column) const;
    void checkRequired();
    void constantsChanged();
    bool filled(const QString &field) const;   // by a column or a constant

    ImportWizard &m_wizard;
    int m_generation = -1;
    bool m_fieldsOk = false;
    QList<Row> m_rows;
    QComboBox *m_saved;
    QScrollArea *m_scroll;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QComboBox *m_dateOrder;
    QLabel *m_duplicatesLabel;
    QComboBox *m_duplicates;
    QLineEdit *m_saveAs;
    QLabel *m_error;
};

} // namespace csw
