// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace csw {

class Book;
class ScorecardPage;

// Preferences: the interface language (applied at the next start) and, with a book open, its
// health scorecards.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Book *book, QWidget *parent = nullptr);

    ScorecardPage *scorecardPage() const { return m_scorecard; }

Q_SIGNALS:
    void scoresChanged();

private:
    void save();

    QComboBox *m_language;
    QSpinBox *m_backups;
    ScorecardPage *m_scorecard;
};

} // namespace csw
