// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QHash>
#include <QLineEdit>

class QCompleter;
class QStringListModel;
class QTimer;

namespace csw {

class Book;

// A line edit that finds an account by part of its name, external id or CSM: after a short
// pause in typing it offers the first matches (never the whole book) in a completer; "#123"
// or "123" names an account by id.
class AccountPicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit AccountPicker(QWidget *parent = nullptr);

    void setBook(Book *book);
    // The account the text names, or why it names none (or several).
    Expected<qint64> account() const;
    // How many matches the completer offers at most.
    static constexpr int MaxMatches = 20;

private:
    void lookUp();

    Book *m_book = nullptr;
    QStringListModel *m_matches;
    QCompleter *m_completer;
    QTimer *m_typing;
    QHash<QString, qint64> m_ids;   // offered text -> account id
};

} // namespace csw
