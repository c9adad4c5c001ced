// SPDX-License-Identifier: MIT
#include "accounts/ContactsPanel.h"

#include "accounts/ContactCommands.h"

#include "accounts/ContactDialog.h"
#include "accounts/ContactListModel.h"
#include "accounts/Handoff.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "common/Allowed.h"
#include "common/ColumnChooser.h"
#include "common/ColumnWidths.h"
#include "tasks/ListTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace csw {

ContactsPanel::ContactsPanel(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ContactListModel(this)),
      m_table(makeListTable(m_model, "contactTable", this)), m_add(new QPushButton(tr("A&dd contact…"), this)),
      m_edit(new QPushButton(tr("Edit contact…"), this)), m_remove(new QPushButton(tr("Remove contact"), this))
{
    m_add->setObjectName(QStringLiteral("addContactButton"));
    m_edit->setObjectName(QStringLiteral("editContactButton"));
    m_remove->setObjectName(QStringLiteral("removeContactButton"));
    ColumnWidths::fit(m_table, ContactListModel::Roles,
                      {{ContactListModel::Name, {QStringLiteral("★ 佐藤 美咲")}},
                       {ContactListModel::Title, {QStringLiteral("部長 · 情報システム部")}},
                       {ContactListModel::Email, {QStringLiteral("tanaka@example.co.jp")}},
                       {ContactListModel::Phone, {QStringLiteral("090-1234-5678")}}});
    // The detail is narrow: name, title and roles keep the room; email and phone are in the
    // header's column chooser (and in the edit dialog).
    m_table->horizontalHeader()->setSectionHidden(ContactListModel::Email, true);
    m_table->horizontalHeader()->setSectionHidden(ContactListModel::Phone, true);
    new ColumnChooser(m_table->horizontalHeader(), ContactListModel::Name);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ContactsPanel::addContact);
    connect(m_edit, &QPushButton::clicked, this, &ContactsPanel::editContact);
    connect(m_remove, &QPushButton::clicked, this, &ContactsPanel::removeContact);
    connect(m_table, &QTableView::doubleClicked, this, &ContactsPanel::editContact);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsPanel::updateButtons);
    connect(&session, &BookSession::workChanged, this, [this](qint64 id) {
        if (id == m_id || id == 0)
            reload();
    });
    reload();
}

void ContactsPanel::showAccount(qint64 id)
{
    m_id = id;
    reload();
}

void ContactsPanel::reload()
{
    QList<Contact> contacts;
    if (Book *book = m_session.book(); book && m_id > 0) {
        if (auto found = Contacts(*book).ofAccount(m_id))
            contacts = *found;
    }
    m_model->setContacts(contacts);
    updateButtons();
}

qint64 ContactsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_model->contacts().at(rows.first().row()).id : 0;
}

void ContactsPanel::updateButtons()
{
    QString why;
    const bool mine = m_id > 0 && m_session.mayChangeAccount(m_id, &why);
    setAllowed(m_add, mine, why);
    setAllowed(m_edit, mine && selectedId() > 0, why);
    setAllowed(m_remove, mine && selectedId() > 0, why);
}

qint64 ContactsPanel::primaryId(qint64 except) const
{
    for (const Contact &c : m_model->contacts())
        if (c.primary && c.id != except)
            return c.id;
    return 0;
}

void ContactsPanel::addContact()
{
    if (!m_session.book() || m_id == 0)
        return;
    Contact draft;
    draft.accountId = m_id;
    ContactDialog dialog(draft, this);
    const qint64 previousPrimary = primaryId(0);
    dialog.setSubmit([this, &dialog, previousPrimary]() -> Status {
        return m_session.run(
            std::make_unique<AddContactCommand>(m_session, dialog.contact(), previousPrimary, Dates::today()));
    });
    dialog.exec();
}

void ContactsPanel::editContact()
{
    const qint64 id = selectedId();
    Book *book = m_session.book();
    if (!book || id == 0)
        return;
    const auto before = Contacts(*book).get(id);
    if (!before)
        return;
    // Who was primary before: an edit that makes this one primary takes it from them.
    const qint64 previousPrimary = primaryId(id);
    ContactDialog dialog(*before, this);
    dialog.setSubmit([this, &dialog, before = *before, previousPrimary]() -> Status {
        return m_session.run(std::make_unique<EditContactCommand>(m_session, before, dialog.contact(),
                                                                  previousPrimary, Dates::today()));
    });
    dialog.exec();
}

void ContactsPanel::removeContact()
{
    const qint64 id = selectedId();
    Book *book = m_session.book();
    if (!book || id == 0)
        return;
    const auto removed = Contacts(*book).get(id);
    const auto handoff = Handoffs(*book).of(m_id);
    if (!removed || !handoff)
        return;
    // The hand-off loses them as decision maker or champion with them; undo names them again.
    const bool decides = handoff->decisionMakerId == id, champions = handoff->championId == id;
    const Status done = m_session.run(
        std::make_unique<RemoveContactCommand>(m_session, *removed, decides, champions, Dates::today()));
    if (!done)
        Q_EMIT m_session.errorOccurred(done.error().message);
}

} // namespace csw
