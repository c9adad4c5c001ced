// SPDX-License-Identifier: MIT
#include "accounts/SegmentChooser.h"

#include "book/Book.h"

#include <QToolTip>

namespace csw {

SegmentChooser::SegmentChooser(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("segmentChooser"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("Only the accounts of a saved segment (Accounts ▸ Conditions… saves one)"));
    connect(this, &QComboBox::activated, this, &SegmentChooser::choose);
    setBook(nullptr);
}

void SegmentChooser::setBook(Book *book)
{
    const QString chosen = chosenName();
    m_book = book;
    const QSignalBlocker quiet(this);
    clear();
    addItem(tr("All accounts"));
    if (book) {
        if (const auto segments = Segments(*book).list()) {
            for (const Segment &s : *segments) {
                addItem(s.name, s.conditions);
                setItemData(count() - 1, s.conditions, Qt::ToolTipRole);
            }
        }
    }
    setCurrentIndex(std::max(0, chosen.isEmpty() ? 0 : findText(chosen)));
    m_chosen = currentIndex();
    setEnabled(book && count() > 1);
}

void SegmentChooser::choose(int index)
{
    QString error;
    conditions(&error);
    if (!error.isEmpty()) {
        setCurrentIndex(m_chosen);
        QToolTip::showText(mapToGlobal(rect().bottomLeft()), error, this);
        return;
    }
    m_chosen = index;
    Q_EMIT segmentChosen();
}

QString SegmentChooser::chosenName() const
{
    return currentIndex() > 0 ? currentText() : QString();
}

QList<SegmentCondition> SegmentChooser::conditions(QString *error) const
{
    if (!m_book || currentIndex() <= 0)
        return {};
    const auto read = SegmentRules::parse(*m_book, currentData().toString());
    if (!read) {
        if (error)
            *error = tr("The segment %1 cannot be used: %2").arg(currentText(), read.error().message);
        return {};
    }
    return *read;
}

} // namespace csw
