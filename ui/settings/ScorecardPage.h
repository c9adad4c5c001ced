// SPDX-License-Identifier: MIT
#pragma once

#include "health/Scorecard.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace csw {

class Book;
class ScorecardModel;

// The Preferences page that edits a scorecard (the default, or a touch model's own): measures,
// weights, thresholds and bands. Saving stores a new version; "Recompute history" rescores
// the kept scores under it, so versions are never mixed silently.
class ScorecardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPage(Book *book, QWidget *parent = nullptr);

    ScorecardModel *model() const { return m_model; }
    // Stores the edited scorecard as a new version; false (and a message) when it is invalid.
    bool save();
    bool recompute();

Q_SIGNALS:
    void scoresChanged();

private:
    void load();
    // Offers the book's own measures (champion, hand-off) the card does not have, and adds one.
    void offerMeasures();
    void addMeasure();
    Scorecard edited() const;

    Book *m_book;
    Scorecard m_loaded;
    QComboBox *m_touch;
    ScorecardModel *m_model;
    QTableView *m_table;
    QDoubleSpinBox *m_redBelow;
    QDoubleSpinBox *m_greenFrom;
    QDoubleSpinBox *m_minShare;
    QDoubleSpinBox *m_dropPoints;
    QLabel *m_version;
    QPushButton *m_save;
    QPushButton *m_recompute;
    QComboBox *m_addable;        // the book\'s own measures not on the card yet
    QPushButton *m_add;
};

} // namespace csw
