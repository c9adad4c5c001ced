// SPDX-License-Identifier: MIT
#include "importing/ImportPreviewPage.h"

#include "importing/ImportModels.h"
#include "importing/ImportStyle.h"
#include "importing/ImportWizard.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csw {

namespace {
constexpr int PreviewRows = 20;

QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}
} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : m_wizard(wizard), m_problems(new ImportProblemModel(this)), m_preview(new ImportPreviewModel(this)),
      m_summary(new QLabel(this)), m_problemBox(new QWidget(this)),
      m_problemTable(table(m_problems, QStringLiteral("problemTable"), m_problemBox)),
      m_recheck(new QPushButton(tr("Check &Again"), this)),
      m_previewTable(table(m_preview, QStringLiteral("previewTable"), this)), m_error(new QLabel(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The file was checked without writing anything. Import writes every row, or "
                   "none if anything goes wrong."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_recheck->hide();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    ImportStyle::errorLabel(m_error);

    auto *undo = new QLabel(tr("An import cannot be undone; back up first: File ▸ Back Up Book…"), this);
    undo->setObjectName(QStringLiteral("undoWarning"));
    undo->setWordWrap(true);

    auto *save = new QPushButton(tr("&Save Problems as CSV…"), m_problemBox);
    save->setObjectName(QStringLiteral("saveProblemsButton"));
    m_problemTable->horizontalHeader()->setSectionResizeMode(ImportProblemModel::Row,
                                                             QHeaderView::ResizeToContents);
    m_problemTable->verticalHeader()->hide();
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(save);
    auto *problemLayout = new QVBoxLayout(m_problemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problemTable, 1);
    problemLayout->addLayout(saveRow);
    m_problemBox->hide();

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_recheck);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(undo);
    layout->addLayout(summaryRow);
    layout->addWidget(m_error);
    layout->addWidget(m_problemBox, 3);
    layout->addWidget(new QLabel(tr("The first rows as they will be read:"), this));
    layout->addWidget(m_previewTable, 2);

    connect(save, &QPushButton::clicked, this, &ImportPreviewPage::chooseProblemsFile);
    connect(m_recheck, &QPushButton::clicked, this, &ImportPreviewPage::check);
}

QString ImportPreviewPage::summaryText() const
{
    return m_summary->text();
}

QString ImportPreviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportPreviewPage::initializePage()
{
    const auto fields = m_wizard.fields();
    if (!m_wizard.constants.isEmpty()) {   // the rows as the import reads them
        if (auto filled = m_wizard.withConstants()) {
            m_filled = std::move(*filled);
            m_preview->show(&m_filled->first, fields ? *fields : QList<ImportField>(), m_filled->second,
                            PreviewRows);
            m_previewTable->resizeColumnsToContents();
            check();
            return;
        }
    }
    m_filled.reset();
    m_preview->show(m_wizard.table(), fields ? *fields : QList<ImportField>(), m_wizard.mapping,
                    PreviewRows);
    m_previewTable->resizeColumnsToContents();
    check();
}

void ImportPreviewPage::cleanupPage()
{
    // The file may be read again before this page shows: let go of its rows.
    m_preview->show(nullptr, {}, {});
    m_filled.reset();
    m_problems->setProblems({});
    m_ready = false;
}

void ImportPreviewPage::check()
{
    m_ready = false;
    m_error->hide();
    m_recheck->hide();
    m_problemBox->hide();
    m_problems->setProblems({});
    m_summary->setText(tr("Checking…"));
    Q_EMIT completeChanged();

    bool cancelled = false;
    const auto result = m_wizard.run(true, &cancelled);
    if (!result) {
        m_summary->clear();
        showError(cancelled ? tr("The check was cancelled: check the file again before importing it.")
                            : result.error().message);
        m_recheck->show();
        return;
    }
    const QLocale locale;
    if (!result->problems.isEmpty()) {
        m_summary->setText(tr("Problems found: %1. Nothing can be imported until they are fixed "
                              "in the file (or the columns are chosen differently).")
                               .arg(locale.toString(result->problems.size())));
        m_problems->setProblems(result->problems);
        m_problemTable->resizeColumnToContents(ImportProblemModel::FileColumn);
        m_problemBox->show();
        m_recheck->show();
        return;
    }
    m_summary->setText(tr("%1 will be created, %2 updated, %3 skipped.")
                           .arg(locale.toString(result->created), locale.toString(result->updated),
                                locale.toString(result->skipped)));
    m_ready = true;
    Q_EMIT completeChanged();
}

void ImportPreviewPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

Status ImportPreviewPage::saveProblems(const QString &path)
{
    return ImportRunner::saveProblems(m_problems->problems(), path);
}

void ImportPreviewPage::chooseProblemsFile()
{
    const CsvTable *table = m_wizard.table();
    const QFileInfo source(table ? table->name : QString());
    const QString suggested = source.dir().filePath(tr("%1-problems.csv").arg(source.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Problems as CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveProblems(path); !saved)
        showError(saved.error().message);
    else
        m_summary->setText(m_summary->text() + QLatin1Char('\n')
                           + tr("The problems were saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool ImportPreviewPage::isComplete() const
{
    return m_ready;
}

bool ImportPreviewPage::validatePage()
{
    if (!m_ready)
        return false;
    m_error->hide();
    bool cancelled = false;
    const auto result = m_wizard.run(false, &cancelled);
    if (!result) {
        showError(cancelled ? tr("The import was cancelled: nothing was written to the book.")
                            : tr("Nothing was imported: %1").arg(result.error().message));
        return false;
    }
    if (!result->problems.isEmpty()) {
        // The book changed since the check (another program wrote to it): show what is wrong now.
        m_ready = false;
        m_problems->setProblems(result->problems);
        m_problemBox->show();
        m_recheck->show();
        showError(tr("Nothing was imported: the book changed since the check."));
        Q_EMIT completeChanged();
        return false;
    }
    return true;
}

} // namespace csw
