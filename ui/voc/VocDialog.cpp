// SPDX-License-Identifier: MIT
#include "voc/VocDialog.h"

#include "accounts/ContactPicker.h"
#include "accounts/OptionalDateEdit.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "common/ConflictChoice.h"
#include "common/Formatting.h"
#include "voc/AccountPicker.h"
#include "voc/VocLinkModel.h"
#include "voc/VocRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace csw {

VocDialog::VocDialog(QWidget *parent, BookSession &session)
    : QDialog(parent), m_session(session), m_text(new QPlainTextEdit(this)),
      m_kind(new QComboBox(this)), m_target(new QComboBox(this)), m_source(new QComboBox(this)),
      m_date(new OptionalDateEdit(false, this)), m_tags(new QLineEdit(this)),
      m_picker(new AccountPicker(this)), m_importance(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add"), this)), m_remove(new QPushButton(tr("Remo&ve"), this)),
      m_links(new VocLinkModel(this)), m_linkTable(new QTableView(this)), m_error(new QLabel(this)),
      m_saidBy(new ContactPicker(false, this))
{
    m_saidBy->setObjectName(QStringLiteral("saidByCombo"));
    m_saidBy->setToolTip(tr("The person at a linked account who said it (their contacts)"));
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_picker->setObjectName(QStringLiteral("accountPicker"));
    m_importance->setObjectName(QStringLiteral("importanceCombo"));
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    m_linkTable->setObjectName(QStringLiteral("linksTable"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    m_text->setPlaceholderText(tr("What did the customer say? In their words, as far as you can."));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 5);
    for (VocKind kind : VocNames::kinds())
        m_kind->addItem(VocNames::label(kind), int(kind));
    for (VocTarget target : VocNames::targets())
        m_target->addItem(VocNames::label(target), int(target));
    m_source->addItem(tr("Not recorded"));
    for (VocSource source : VocNames::sources())
        m_source->addItem(VocNames::label(source), int(source));
    for (Importance importance : {Importance::NiceToHave, Importance::Important, Importance::Dealbreaker})
        m_importance->addItem(VocNames::label(importance), int(importance));
    m_date->setMaximumDate(Formatting::toQDate(Dates::today()));
    m_date->setOptionalDate(Dates::today());
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. reporting, export"));
    if (Book *book = session.book()) {
        if (auto tags = VocRepository(*book).tags(); tags && !tags->isEmpty())
            m_tags->setToolTip(tr("Tags in use: %1").arg(tags->join(QStringLiteral(", "))));
    }
    m_picker->setBook(session.book());
    m_links->setLinks({}, session.book());

    m_linkTable->setModel(m_links);
    m_linkTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linkTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linkTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linkTable->verticalHeader()->hide();
    m_linkTable->horizontalHeader()->setStretchLastSection(true);
    m_linkTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linkTable->setMinimumHeight(m_linkTable->fontMetrics().height() * 8);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold;"));
    m_error->hide();

    auto *buttons = layOut();

    connect(buttons, &QDialogButtonBox::accepted, this, &VocDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VocDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &VocDialog::addAccount);
    connect(m_picker, &QLineEdit::returnPressed, this, &VocDialog::addAccount);
    connect(m_remove, &QPushButton::clicked, this, &VocDialog::removeAccount);
    connect(m_importance, &QComboBox::activated, this, &VocDialog::importanceChosen);
    connect(m_linkTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VocDialog::showSelectedImportance);
    for (auto changed : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_links, changed, this, &VocDialog::offerContacts);
    connect(m_links, &QAbstractItemModel::modelReset, this, &VocDialog::offerContacts);
}

// The form: what was said and how it is filed, the accounts behind it with their importance,
// who said it; the error line and the buttons (returned) below.
QDialogButtonBox *VocDialog::layOut()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&What was said:"), m_text);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Hand off to:"), m_target);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Tags:"), m_tags);

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_picker, 1);
    pick->addWidget(m_importance);
    pick->addWidget(m_add);
    pick->addWidget(m_remove);
    auto *accounts = new QVBoxLayout;
    accounts->addLayout(pick);
    accounts->addWidget(m_linkTable);
    auto *hint = new QLabel(tr("Importance weighs each account's ARR in the impact: nice to have "
                               "+1, important +2, dealbreaker +3. Select an account to change it."),
                            this);
    hint->setWordWrap(true);
    accounts->addWidget(hint);
    auto *accountsLabel = new QLabel(tr("A&ccounts:"), this);
    accountsLabel->setBuddy(m_picker);   // a row holding a layout gets no buddy of its own
    form->addRow(accountsLabel, accounts);
    form->addRow(tr("Said b&y:"), m_saidBy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 600);
    return buttons;
}

void VocDialog::offerContacts()
{
    Book *book = m_session.book();
    if (!book)
        return;
    QList<Contact> offered;
    for (const VocLink &link : m_links->links()) {
        if (auto contacts = Contacts(*book).ofAccount(link.accountId))
            offered += *contacts;
    }
    // A former contact who said it stays offered while their account is linked.
    const std::optional<qint64> chosen = m_saidBy->contactId() ? m_saidBy->contactId() : m_original.saidBy;
    if (chosen && std::none_of(offered.cbegin(), offered.cend(), [&](const Contact &c) { return c.id == *chosen; })) {
        if (auto former = Contacts(*book).get(*chosen))
            offered << *former;
    }
    QList<qint64> linked;
    for (const VocLink &link : m_links->links())
        linked << link.accountId;
    offered.removeIf([&](const Contact &c) { return !linked.contains(c.accountId); });
    m_saidBy->setContacts(offered);
    m_saidBy->setEnabled(!offered.isEmpty());
}

VocDialog::VocDialog(BookSession &session, qint64 accountId, QWidget *parent)
    : VocDialog(parent, session)
{
    setWindowTitle(tr("Log Voice of the Customer"));
    m_original.loggedOn = Dates::today();
    if (accountId > 0 && m_links->addLink(accountId, Importance::NiceToHave))
        m_linkTable->selectRow(0);
    m_text->setFocus();
}

VocDialog::VocDialog(BookSession &session, const VocEntry &entry, QWidget *parent)
    : VocDialog(parent, session)
{
    setWindowTitle(tr("Edit VOC Entry %1").arg(entry.id));
    m_original = entry;
    m_text->setPlainText(entry.text);
    m_kind->setCurrentIndex(m_kind->findData(int(entry.kind)));
    m_target->setCurrentIndex(m_target->findData(int(entry.target)));
    m_source->setCurrentIndex(entry.source ? m_source->findData(int(*entry.source)) : 0);
    m_date->setMinimumDate(Formatting::toQDate(entry.loggedOn));
    m_date->setOptionalDate(entry.loggedOn);
    m_date->setEnabled(false);   // the day it was heard stays
    m_tags->setText(entry.tags.join(QStringLiteral(", ")));
    m_links->setLinks(entry.links, session.book());
    if (!entry.links.isEmpty())
        m_linkTable->selectRow(0);
    offerContacts();
    m_saidBy->setContactId(entry.saidBy);
}

VocEntry VocDialog::entry() const
{
    VocEntry e = m_original;
    e.text = m_text->toPlainText().trimmed();
    e.kind = VocKind(m_kind->currentData().toInt());
    e.target = VocTarget(m_target->currentData().toInt());
    e.source = m_source->currentIndex() > 0 ? std::optional(VocSource(m_source->currentData().toInt()))
                                            : std::nullopt;
    if (m_date->isEnabled())
        e.loggedOn = *m_date->optionalDate();
    e.tags = normalizeTags(m_tags->text().split(QLatin1Char(',')));
    e.links = m_links->links();
    e.saidBy = m_saidBy->contactId();
    return e;
}

QString VocDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VocDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void VocDialog::addAccount()
{
    const auto id = m_picker->account();
    if (!id) {
        showError(id.error().message);
        return;
    }
    if (!m_links->addLink(*id, Importance(m_importance->currentData().toInt()))) {
        showError(tr("no account has the id %1").arg(*id));
        return;
    }
    showError({});
    m_picker->clear();
    for (int row = 0; row < m_links->rowCount(); ++row) {
        if (m_links->links()[row].accountId == *id)
            m_linkTable->selectRow(row);
    }
}

void VocDialog::removeAccount()
{
    m_links->removeLink(m_linkTable->currentIndex().row());
}

void VocDialog::importanceChosen()
{
    const QModelIndex current = m_linkTable->currentIndex();
    if (current.isValid())
        m_links->setImportance(current.row(), Importance(m_importance->currentData().toInt()));
}

void VocDialog::showSelectedImportance()
{
    const QModelIndex current = m_linkTable->currentIndex();
    if (current.isValid())
        m_importance->setCurrentIndex(
            m_importance->findData(int(m_links->links()[current.row()].importance)));
}

bool VocDialog::resolveConflict(const QString &what)
{
    if (!ConflictChoice::applyMineOnTop(this, what)) {
        QDialog::reject();   // theirs stays; the board shows it
        return false;
    }
    const auto now = VocRepository(*m_session.book()).get(m_original.id);
    if (!now)
        return false;
    m_theirs = *now;   // what "mine" is applied on
    return true;
}

VocEntry VocDialog::onTopOfTheirs(const VocEntry &mine) const
{
    // Only what the person changed in the dialog goes over theirs.
    return VocEdit::between(m_original, mine).applied(*m_theirs, mine);
}

void VocDialog::accept()
{
    // An account typed but not added yet is what the user meant to add.
    if (!m_picker->text().trimmed().isEmpty()) {
        addAccount();
        if (!m_error->isHidden())
            return;
    }
    const VocEntry wanted = m_theirs ? onTopOfTheirs(entry()) : entry();
    const Date today = Dates::today();   // fixed now, so that redo records the same day
    Expected<qint64> saved = qint64(0);
    if (m_original.id == 0) {
        const QString text = tr("Log VOC “%1”").arg(wanted.text.simplified().left(40));
        saved = m_session.performVoc(text, {}, [wanted, today](VocService &service, qint64 previousId) {
            VocEntry again = wanted;
            again.id = previousId;
            return service.add(again, today);
        });
    } else {
        if (!VocEdit::between(m_original, wanted).any()) {
            m_savedId = m_original.id;
            QDialog::accept();
            return;
        }
        // The first run is based on the entry as shown; a redo after its undo on the entry as
        // the undo left it.
        auto first = std::make_shared<bool>(true);
        saved = m_session.performVoc(tr("Edit VOC entry %1").arg(wanted.id), {wanted.id},
                                     [wanted, today, first](VocService &service, qint64) -> Expected<qint64> {
                                         VocEntry edit = wanted;
                                         if (!std::exchange(*first, false))
                                             edit.version = 0;
                                         if (auto ok = service.edit(edit, today); !ok)
                                             return ok.error();
                                         return wanted.id;
                                     });
    }
    if (!saved && saved.error().kind == ErrorKind::Stale && resolveConflict(saved.error().message))
        return accept();   // again, on top of the entry as it is now
    if (!saved) {
        showError(tr("Not saved: %1").arg(saved.error().message));
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace csw
