// SPDX-License-Identifier: MIT
#include "tasks/RemindersBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace csw {

RemindersBar::RemindersBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_make(new QPushButton(this)),
      m_later(new QPushButton(tr("&Not now"), this))
{
    setObjectName(QStringLiteral("remindersBar"));
    m_make->setObjectName(QStringLiteral("makeRemindersButton"));
    m_later->setObjectName(QStringLiteral("notNowButton"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#remindersBar { background: #fff6d6; border: 1px solid #e0c060; }"));
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_make);
    layout->addWidget(m_later);
    connect(m_make, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT makeRequested();
    });
    connect(m_later, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT declined(m_due);
    });
    hide();
}

void RemindersBar::offer(int due)
{
    m_due = due;
    m_text->setText(tr("%n renewal(s) are within their reminder windows and have no reminder task yet. "
                       "Each task is due on the day its window opened: those whose day has passed show "
                       "as overdue.",
                       "", due));
    m_make->setText(tr("&Make %n task(s)", "", due));
    show();
}

} // namespace csw
