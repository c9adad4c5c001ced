// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "importing/ImportRunner.h"

#include <QWizard>

#include <optional>

class QMimeData;

namespace csw {

class Book;
class BookSession;
class ImportColumnsPage;
class ImportDonePage;
class ImportFilePage;
class ImportPreviewPage;

// File ▸ Import…: a file (what it holds, its encoding and delimiter), which column fills which
// field, a dry run that lists every problem, then the import itself: all rows or none, with a
// progress dialog that can cancel it (and then nothing is written). The wizard holds what the
// pages share; each page reads and sets it.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, ColumnsPageId, PreviewPageId, DonePageId };

    // `path` pre-fills the file (a file dropped on the window).
    explicit ImportWizard(BookSession &session, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The local .csv, .tsv or .txt file a drag carries, or an empty string.
    static QString importableFile(const QMimeData *mime);

    BookSession &session() const { return m_session; }
    Book &book() const;

    ImportKind kind() const { return m_kind; }
    void setKind(ImportKind kind);
    static QString kindLabel(ImportKind kind);
    Expected<QList<ImportField>> fields() const;

    // The file as read on the first page; null when it could not be read.
    const CsvTable *table() const { return m_table ? &*m_table : nullptr; }
    void setTable(std::optional<CsvTable> table);
    // Changes whenever the file is read again or the kind changes: the columns page starts over.
    int tableGeneration() const { return m_generation; }

    ImportMapping mapping;
    // FIELD -> VALUE for every row (the columns page's "same value for every row"): a field no
    // column fills, or a chosen column's empty cells, as `csw import --set` does.
    QList<std::pair<QString, QString>> constants;
    ImportOptions options;      // date order and duplicates from the columns page
    QString saveMappingAs;      // saved in the book when the import succeeds

    // The file and mapping the import reads: the file's own, or with the constants filled in
    // (a copy, made only when there are constants).
    Expected<std::pair<CsvTable, ImportMapping>> withConstants() const;

    // Runs the import (a dry run or the real one) with a progress dialog that can cancel it;
    // `cancelled` tells a cancelled run from a failed one.
    Expected<ImportResult> run(bool dryRun, bool *cancelled = nullptr);
    // The import that was written, for the last page.
    const ImportResult &result() const { return m_result; }
    // What went wrong after the rows were written (saving the mapping), for the last page.
    QString warning() const { return m_warning; }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportColumnsPage *columnsPage() const { return m_columnsPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportDonePage *donePage() const { return m_donePage; }

private:
    BookSession &m_session;
    ImportKind m_kind = ImportKind::Accounts;
    std::optional<CsvTable> m_table;
    int m_generation = 0;
    ImportResult m_result;
    QString m_warning;
    ImportFilePage *m_filePage;
    ImportColumnsPage *m_columnsPage;
    ImportPreviewPage *m_previewPage;
    ImportDonePage *m_donePage;
};

} // namespace csw
