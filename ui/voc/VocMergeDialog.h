// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace csw {

class BookSession;
class VocTableModel;

// Picks the entry to merge entry `from` into: by id, or from a searchable list of the board's
// entries ranked by impact.
class VocMergeDialog final : public QDialog
{
    Q_OBJECT

public:
    VocMergeDialog(BookSession &session, qint64 from, QWidget *parent = nullptr);

    qint64 into() const;
    void setInto(qint64 id);

private:
    void searchChanged();
    void rowChosen();
    void showTarget();

    BookSession &m_session;
    qint64 m_from;
    QSpinBox *m_id;
    QLineEdit *m_search;
    VocTableModel *m_model;
    QTableView *m_table;
    QLabel *m_preview;
    QPushButton *m_ok;
};

} // namespace csw
