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
    // Out of sight (the view behind another, the window not shown yet) the segments are read
    // when the chooser shows: a book opens without a round trip for every view's list.
    if (book && !isVisible()) {
        if (book != m_book) {   // another book: its segments are its own; all accounts until shown
            const QSignalBlocker quiet(this);
            clear();
            addItem(tr("All accounts"));
            m_chosen = 0;
        }
        m_book = book;
        m_listStale = true;
        return;
    }
    m_listStale = false;
    const QString chosen = chosenName();
    m_book = book;
    {
        const QSignalBlocker quiet(this);
        clear();
        addItem(tr("All accounts"));
        if (book) {
            if (const auto segments = Segments(*book).list()) {
                for (const Segment &s : *segments) {
                    addItem(s.name, s.name);
                    setItemData(count() - 1, s.conditions, Qt::ToolTipRole);
                }
            }
        }
        setCurrentIndex(std::max(0, chosen.isEmpty() ? 0 : findText(chosen)));
        m_chosen = currentIndex();
        setEnabled(book && count() > 1);
    }
    if (!chosen.isEmpty() && currentIndex() == 0)   // the segment is gone: say the list changed
        QMetaObject::invokeMethod(this, &SegmentChooser::segmentChosen, Qt::QueuedConnection);
}

void SegmentChooser::showEvent(QShowEvent *event)
{
    QComboBox::showEvent(event);
    if (m_listStale)
        setBook(m_book);
}

void SegmentChooser::showPopup()
{
    setBook(m_book);   // segments saved or removed since are offered as they are now
    QComboBox::showPopup();
}

void SegmentChooser::choose(int index)
{
    QString error;
    conditions(&error);
    if (!error.isEmpty())
        return;   // conditions() went back to all accounts and said why
    m_chosen = index;
    Q_EMIT segmentChosen();
}

QString SegmentChooser::chosenName() const
{
    return currentIndex() > 0 ? currentText() : QString();
}

QList<SegmentCondition> SegmentChooser::conditions(QString *error)
{
    if (!m_book || currentIndex() <= 0)
        return {};
    // Read now, by name: a segment saved again under its name filters by what it says today.
    const auto segment = Segments(*m_book).get(currentText());
    const auto read = segment ? SegmentRules::parse(*m_book, segment->conditions)
                              : Expected<QList<SegmentCondition>>(segment.error());
    if (read)
        return *read;
    const QString why = tr("The segment %1 cannot be used: %2").arg(currentText(), read.error().message);
    if (error)
        *error = why;
    const QSignalBlocker quiet(this);
    setCurrentIndex(0);   // every account, and the combo says so
    m_chosen = 0;
    QToolTip::showText(mapToGlobal(rect().bottomLeft()), why, this);
    return {};
}

} // namespace csw
