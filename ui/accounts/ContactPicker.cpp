// SPDX-License-Identifier: MIT
#include "accounts/ContactPicker.h"

#include <QLineEdit>

namespace csw {

namespace {

// "佐藤 花子 — 情報システム部 部長": whom the name is, where two people share it.
QString describe(const Contact &c)
{
    const QString where = QStringList{c.department, c.title}.join(QLatin1Char(' ')).trimmed();
    return where.isEmpty() ? c.name : ContactPicker::tr("%1 — %2").arg(c.name, where);
}

} // namespace

ContactPicker::ContactPicker(bool freeText, QWidget *parent) : QComboBox(parent), m_freeText(freeText)
{
    setEditable(freeText);
    setInsertPolicy(QComboBox::NoInsert);
    if (freeText)
        lineEdit()->setPlaceholderText(tr("One of the account's contacts, or any name"));
    setContacts({});
}

void ContactPicker::setContacts(const QList<Contact> &contacts)
{
    const std::optional<qint64> chosen = contactId();
    const QString typed = m_freeText && !chosen ? currentText() : QString();   // a name typed stays
    clear();
    addItem(m_freeText ? QString() : tr("— nobody chosen —"), qint64(0));
    for (const Contact &c : contacts) {
        addItem(Contacts::shownName(c.name, c.removedOn.has_value()), c.id);
        setItemData(count() - 1, describe(c), Qt::ToolTipRole);
    }
    setContactId(chosen);
    if (!typed.isEmpty())
        setEditText(typed);
}

void ContactPicker::setContactId(std::optional<qint64> id)
{
    const int at = id ? findData(*id) : 0;
    setCurrentIndex(at < 0 ? 0 : at);
    if (m_freeText && at <= 0)
        setEditText(QString());
}

std::optional<qint64> ContactPicker::contactId() const
{
    int at = currentIndex();
    if (m_freeText && (at <= 0 || itemText(at) != currentText())) {
        // A typed name is theirs when it is one of the names offered (width, case and spaces
        // folded, as csw reads them); the one chosen from the list otherwise.
        const QString typed = Contacts::nameKey(currentText());
        at = -1;
        for (int i = 1; i < count() && at < 0 && !typed.isEmpty(); ++i)
            if (Contacts::nameKey(itemText(i)) == typed)
                at = i;
    }
    const qint64 id = at > 0 ? itemData(at).toLongLong() : 0;
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString ContactPicker::name() const
{
    return contactId() || m_freeText ? currentText().trimmed() : QString();
}

ContactChecklist::ContactChecklist(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
}

void ContactChecklist::setContacts(const QList<Contact> &contacts)
{
    const QList<qint64> was = checked();
    clear();
    for (const Contact &c : contacts) {
        auto *item = new QListWidgetItem(describe(c), this);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(was.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    setEnabled(count() > 0);
    setToolTip(count() > 0 ? QString() : tr("The account has no contacts yet: add them in its detail."));
}

QList<qint64> ContactChecklist::checked() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            ids << item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void ContactChecklist::setChecked(const QList<qint64> &ids)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(ids.contains(item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
}

} // namespace csw
