// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "importing/ImportMapping.h"
#include "io/CsvReader.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace csw {

class ImportPreviewModel;
class ImportProblemModel;
class ImportWizard;

// The import wizard's third page: a dry run of the import as mapped. It says what the import
// will do ("3 will be created, 1 updated, 0 skipped") or lists every problem (row, column,
// value, reason), which can be saved as CSV to fix the file; Import stays disabled while there
// are problems. Below, the first rows of the file as the mapping reads them. Import (this is
// the wizard's commit page) runs the real import with a progress dialog.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard &wizard);

    ImportProblemModel *problemModel() const { return m_problems; }
    ImportPreviewModel *previewModel() const { return m_preview; }
    QString summaryText() const;
    QString errorText() const;
    // Writes the problems as CSV to `path` (what "Save problems as CSV…" does once a file is chosen).
    Status saveProblems(const QString &path);
    // Runs the dry run again.
    void check();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void chooseProblemsFile();
    void showError(const QString &message);

    ImportWizard &m_wizard;
    bool m_ready = false;
    ImportProblemModel *m_problems;
    ImportPreviewModel *m_preview;
    std::optional<std::pair<CsvTable, ImportMapping>> m_filled;   // the file with its constants
    QLabel *m_summary;
    QWidget *m_problemBox;
    QTableView *m_problemTable;
    QPushButton *m_recheck;
    QTableView *m_previewTable;
    QLabel *m_error;
};

} // namespace csw
