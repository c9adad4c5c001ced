// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace csw {

class Book;
class BookSession;
class ContactListModel;

// An account's people in its detail: the list (primary first, those who left last) with Add
// contact…, Edit… (or a double click) and Remove, each one undoable step.
class ContactsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPanel(BookSession &session, QWidget *parent = nullptr);

    void showAccount(qint64 id);
    ContactListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void addContact();
    void editContact();
    void removeContact();

private:
    void reload();
    void updateButtons();
    qint64 selectedId() const;
    // The account's primary contact other than `except` (0: none), as listed.
    qint64 primaryId(qint64 except) const;

    BookSession &m_session;
    qint64 m_id = 0;
    ContactListModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace csw
