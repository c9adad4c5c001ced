// SPDX-License-Identifier: MIT
#include "accounts/ContactsPanel.h"

#include "accounts/PeopleStep.h"

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
        auto added = std::make_shared<Contact>(dialog.contact());
        const PeopleStep step = PeopleStep::of(
            added->accountId, Dates::today(),
            [added](Book &b) -> Status {
                return b.write([&]() -> Status {
                    // Added, then made primary: the account's primary contact moves to them.
                    Contact c = *added;
                    c.primary = false;
                    auto id = Contacts(b).add(c);
                    if (!id)
                        return id.error();
                    added->id = *id;   // redo brings it back under the same id
                    if (!added->primary)
                        return {};
                    c.id = *id;
                    c.primary = true;
                    return Contacts(b).update(c);
                });
            },
            [added, previousPrimary](Book &b) {
                return b.write([&]() -> Status {
                    if (auto ok = Contacts(b).remove(added->id); !ok)
                        return ok.error();
                    return added->primary ? restorePrimary(b, previousPrimary) : Status();
                });
            });
        return m_session.performWork(tr("Add contact %1").arg(added->name), added->accountId, step.redo, step.undo,
                                     PeopleStep::Touches);
    });
    dialog.exec();
}

Status ContactsPanel::restorePrimary(Book &book, qint64 id)
{
    if (id == 0)
        return {};
    auto other = Contacts(book).get(id);
    if (!other)
        return other.error();
    other->primary = true;
    return Contacts(book).update(*other);
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
        const Contact after = dialog.contact();
        const PeopleStep step = PeopleStep::of(
            after.accountId, Dates::today(), [after](Book &b) { return Contacts(b).update(after); },
            [before, after, previousPrimary](Book &b) -> Status {
                return b.write([&]() -> Status {
                    // As it was, its version too (the edit moved it on by one).
                    if (auto ok = Contacts(b).update(before, before.version + 1, before.version); !ok)
                        return ok;
                    return after.primary && !before.primary ? restorePrimary(b, previousPrimary) : Status();
                });
            });
        return m_session.performWork(tr("Edit contact %1").arg(after.name), after.accountId, step.redo, step.undo,
                                     PeopleStep::Touches);
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
    const Contact gone = *removed;
    // The hand-off loses them as decision maker or champion with them; undo names them again.
    const bool decides = handoff->decisionMakerId == gone.id, champions = handoff->championId == gone.id;
    const PeopleStep step = PeopleStep::of(
        gone.accountId, Dates::today(),
        [gone](Book &b) -> Status {
            const auto removed = Contacts(b).remove(gone.id);
            return removed ? Status() : Status(removed.error());
        },
        [gone, decides, champions](Book &b) -> Status {   // listed again, under its id
            return b.write([&]() -> Status {
                if (auto back = Contacts(b).restore(gone); !back)
                    return back;
                if (!decides && !champions)
                    return {};
                auto h = Handoffs(b).of(gone.accountId);
                if (!h)
                    return h.error();
                if (decides)
                    h->decisionMakerId = gone.id;
                if (champions)
                    h->championId = gone.id;
                return Handoffs(b).save(*h);
            });
        });
    const Status done = m_session.performWork(tr("Remove contact %1").arg(gone.name), gone.accountId, step.redo,
                                              step.undo, PeopleStep::Touches);
    if (!done)
        Q_EMIT m_session.errorOccurred(done.error().message);
}

} // namespace csw
