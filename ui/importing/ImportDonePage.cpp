// SPDX-License-Identifier: MIT
#include "importing/ImportDonePage.h"

#include "importing/ImportStyle.h"
#include "importing/ImportWizard.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace csw {

ImportDonePage::ImportDonePage(ImportWizard &wizard)
    : m_wizard(wizard), m_summary(new QLabel(this)), m_warning(new QLabel(this))
{
    setTitle(tr("Imported"));
    setSubTitle(tr("The rows are in the book, and the views show them."));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    ImportStyle::errorLabel(m_warning);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addStretch(1);
}

QString ImportDonePage::summaryText() const
{
    return m_summary->text();
}

void ImportDonePage::initializePage()
{
    const ImportResult &r = m_wizard.result();
    const QLocale locale;
    const CsvTable *table = m_wizard.table();
    m_summary->setText(tr("%1 imported from %2: %3 created, %4 updated, %5 skipped.")
                           .arg(ImportWizard::kindLabel(m_wizard.kind()),
                                table ? QFileInfo(table->name).fileName() : QString(),
                                locale.toString(r.created), locale.toString(r.updated),
                                locale.toString(r.skipped)));
    m_warning->setText(m_wizard.warning());
    m_warning->setVisible(!m_wizard.warning().isEmpty());
}

} // namespace csw
