// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;

namespace csw {

// Preferences: the interface language (system, English, Japanese), applied at the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

private:
    void save();

    QComboBox *m_language;
};

} // namespace csw
