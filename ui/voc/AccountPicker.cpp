// SPDX-License-Identifier: MIT
#include "voc/AccountPicker.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"

#include <QCompleter>
#include <QStringListModel>
#include <QTimer>

namespace csw {

namespace {
QString offered(const Account &account)
{
    return AccountPicker::tr("%1 (#%2)").arg(account.name).arg(account.id);
}
} // namespace

AccountPicker::AccountPicker(QWidget *parent)
    : QLineEdit(parent), m_matches(new QStringListModel(this)),
      m_completer(new QCompleter(m_matches, this)), m_typing(new QTimer(this))
{
    setPlaceholderText(tr("Type part of an account name, or #id"));
    setClearButtonEnabled(true);
    // The book found the matches already: show them all, whatever part of the name matched.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(m_completer);
    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &AccountPicker::lookUp);
    connect(this, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
}

void AccountPicker::setBook(Book *book)
{
    m_book = book;
    m_ids.clear();
    m_matches->setStringList({});
}

void AccountPicker::lookUp()
{
    const QString search = text().trimmed();
    if (!m_book || search.isEmpty() || m_ids.contains(search))
        return;
    AccountFilter filter;
    filter.search = search;
    auto found = AccountRepository(*m_book).page(filter, AccountSort::Name, false, 0, MaxMatches);
    if (!found)
        return;
    QStringList texts;
    m_ids.clear();
    for (const Account &account : std::as_const(*found)) {
        texts << offered(account);
        m_ids.insert(texts.last(), account.id);
    }
    m_matches->setStringList(texts);
    if (hasFocus() && !texts.isEmpty())
        m_completer->complete();
}

Expected<qint64> AccountPicker::account() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return Error{tr("choose an account first")};
    if (const auto id = m_ids.constFind(typed); id != m_ids.constEnd())
        return *id;
    if (!m_book)
        return Error{tr("no book is open")};
    AccountRepository accounts(*m_book);
    QString number = typed;
    if (number.startsWith(QLatin1Char('#')))
        number.remove(0, 1);
    bool isNumber = false;
    const qint64 id = number.toLongLong(&isNumber);
    if (isNumber) {
        if (auto account = accounts.get(id))
            return id;
    }
    AccountFilter filter;
    filter.search = typed;
    auto found = accounts.page(filter, AccountSort::Name, false, 0, MaxMatches);
    if (!found)
        return found.error();
    if (found->size() == 1)
        return found->constFirst().id;
    for (const Account &account : std::as_const(*found)) {
        if (account.name == typed)
            return account.id;
    }
    return Error{found->isEmpty()
                     ? tr("no account matches “%1”").arg(typed)
                     : tr("several accounts match “%1”: pick one from the list").arg(typed)};
}

} // namespace csw
