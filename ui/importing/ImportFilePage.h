// SPDX-License-Identifier: MIT
#pragma once

#include "importing/ImportRunner.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace csw {

class ImportWizard;

// The import wizard's first page: what the file holds (accounts, health, VOC, NPS), the file,
// and how to read it (encoding and delimiter, detected unless chosen). The file is read as soon
// as it is chosen; what was detected is shown, and a file that cannot be read blocks Next with
// the reader's message (file, row, column).
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard &wizard);

    // Sets the file and reads it now.
    void setPath(const QString &path);
    QString path() const;
    void setKind(ImportKind kind);
    // "Detected: Shift_JIS, comma, 1,234 rows", or empty.
    QString detectedText() const;
    // Why the file cannot be read, or empty.
    QString errorText() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void read();

    ImportWizard &m_wizard;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    QLabel *m_error;
    QTimer *m_typing;   // reads a typed path once typing pauses
};

} // namespace csw
