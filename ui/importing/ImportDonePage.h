// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;

namespace csw {

class ImportWizard;

// The import wizard's last page: what the import did.
class ImportDonePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(ImportWizard &wizard);

    QString summaryText() const;
    void initializePage() override;

private:
    ImportWizard &m_wizard;
    QLabel *m_summary;
    QLabel *m_warning;
};

} // namespace csw
