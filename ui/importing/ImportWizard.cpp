// SPDX-License-Identifier: MIT
#include "importing/ImportWizard.h"

#include "book/Book.h"
#include "book/BookSession.h"
#include "importing/ImportColumnsPage.h"
#include "importing/ImportDonePage.h"
#include "importing/ImportFilePage.h"
#include "importing/ImportPreviewPage.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QProgressDialog>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace csw {

ImportWizard::ImportWizard(BookSession &session, const QString &path, QWidget *parent)
    : QWizard(parent), m_session(session), m_filePage(new ImportFilePage(*this)),
      m_columnsPage(new ImportColumnsPage(*this)), m_previewPage(new ImportPreviewPage(*this)),
      m_donePage(new ImportDonePage(*this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);   // nothing is left to cancel once it is written
    setPage(FilePageId, m_filePage);
    setPage(ColumnsPageId, m_columnsPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(DonePageId, m_donePage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(960, 720);
    if (!path.isEmpty())
        m_filePage->setPath(path);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::importableFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("tsv") && suffix != QLatin1String("txt"))
        return {};
    return path;
}

Book &ImportWizard::book() const
{
    return *m_session.book();
}

void ImportWizard::setKind(ImportKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    ++m_generation;
}

QString ImportWizard::kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts: return tr("Accounts");
    case ImportKind::Health: return tr("Health measures");
    case ImportKind::Voc: return tr("Voice of the customer (VOC)");
    case ImportKind::Nps: return tr("NPS survey answers");
    case ImportKind::Contacts: return tr("Contacts");
    case ImportKind::Handoffs: return tr("Hand-offs from sales");
    }
    return {};
}

Expected<QList<ImportField>> ImportWizard::fields() const
{
    return ImportRunner(book()).fields(m_kind);
}

void ImportWizard::setTable(std::optional<CsvTable> table)
{
    m_table = std::move(table);
    ++m_generation;
}

Expected<std::pair<CsvTable, ImportMapping>> ImportWizard::withConstants() const
{
    if (!m_table)
        return Error{tr("choose a file to import")};
    std::pair<CsvTable, ImportMapping> filled{*m_table, mapping};
    ImportRequest request;
    request.kind = m_kind;
    request.constants = constants;
    if (auto ok = ImportRunner(book()).applyConstants(request, filled.first, filled.second); !ok)
        return ok.error();
    return filled;
}

Expected<ImportResult> ImportWizard::run(bool dryRun, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (!m_table)
        return Error{tr("choose a file to import")};
    const QString file = QFileInfo(m_table->name).fileName();
    const qint64 rows = m_table->rows.size();
    const int maximum = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    QProgressDialog progress((dryRun ? tr("Checking %1 (rows: %2)…") : tr("Importing %1 (rows: %2)…"))
                                 .arg(file, QLocale().toString(rows)),
                             tr("Cancel"), 0, maximum, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(dryRun ? tr("Checking") : tr("Importing"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    ImportOptions o = options;
    o.dryRun = dryRun;
    // Writes stay on the book's connection, on this thread: the dialog keeps the window alive.
    o.progress = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        progress.setValue(int(std::min<qint64>(done, progress.maximum())));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    Expected<ImportResult> result = Error{QString()};
    if (constants.isEmpty()) {
        result = ImportRunner(book()).run(m_kind, *m_table, mapping, o);
    } else if (auto filled = withConstants(); !filled) {
        result = filled.error();
    } else {
        result = ImportRunner(book()).run(m_kind, filled->first, filled->second, o);
    }
    progress.close();
    if (cancelled)   // the run's own word: a Cancel pressed after another failure is that failure
        *cancelled = !result && result.error().kind == ErrorKind::Cancelled;
    if (!result || dryRun || !result->problems.isEmpty())
        return result;

    m_result = *result;
    if (result->written)
        m_session.notifyImported(m_kind);
    m_warning.clear();
    if (!saveMappingAs.trimmed().isEmpty()) {
        ImportRunner runner(book());
        if (auto saved = runner.saveMapping(m_kind, saveMappingAs.trimmed(), mapping.toText(m_table->header));
            !saved)
            m_warning = tr("The rows were imported, but the mapping was not saved: %1")
                            .arg(saved.error().message);
    }
    return result;
}

} // namespace csw
