// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace csw {

class BookSession;
class NpsListModel;

// An account's NPS answers with their trend, "Add answer…" (the latest answer is the health
// score's NPS measure) and "Make VOC entry" from the selected answer's comment; both undoable.
class NpsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NpsPanel(BookSession &session, QWidget *parent = nullptr);

    // Shows the answers of account `id`, or none for 0.
    void showAccount(qint64 id);
    NpsListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *trend() const { return m_trend; }

public Q_SLOTS:
    void addAnswer();
    void makeVocEntry();

private:
    void reload();
    void updateButtons();

    BookSession &m_session;
    qint64 m_id = 0;
    NpsListModel *m_model;
    QTableView *m_table;
    QLabel *m_trend;
    QPushButton *m_add;
    QPushButton *m_toVoc;
};

} // namespace csw
