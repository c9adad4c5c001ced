// SPDX-License-Identifier: MIT
#include "accounts/HandoffPanel.h"

#include "accounts/HandoffCommands.h"

#include "accounts/HandoffDialog.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "common/Allowed.h"
#include "common/Formatting.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace csw {

HandoffPanel::HandoffPanel(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)), m_missing(new QLabel(this)),
      m_edit(new QPushButton(tr("Ed&it hand-off…"), this)),
      m_objectives(new QPushButton(tr("Make plan objectives"), this))
{
    m_summary->setObjectName(QStringLiteral("handoffSummary"));
    m_missing->setObjectName(QStringLiteral("handoffMissing"));
    m_edit->setObjectName(QStringLiteral("editHandoffButton"));
    m_objectives->setObjectName(QStringLiteral("handoffObjectivesButton"));
    m_objectives->setToolTip(tr("Each success criterion becomes a success-plan objective, due on its date"));
    for (QLabel *label : {m_summary, m_missing}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_missing->setStyleSheet(QStringLiteral("color: #b06000"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_objectives);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_missing);
    layout->addLayout(buttons);
    connect(m_edit, &QPushButton::clicked, this, &HandoffPanel::editHandoff);
    connect(m_objectives, &QPushButton::clicked, this, &HandoffPanel::makeObjectives);
    connect(&session, &BookSession::workChanged, this, [this](qint64 id) {
        if (id == m_id || id == 0)
            reload();
    });
    reload();
}

void HandoffPanel::showAccount(qint64 id)
{
    m_id = id;
    reload();
}

void HandoffPanel::reload()
{
    Book *book = m_session.book();
    Handoff h;
    QList<Contact> contacts;
    if (book && m_id > 0) {
        if (auto found = Handoffs(*book).of(m_id))
            h = *found;
        if (auto people = Contacts(*book).ofAccount(m_id))
            contacts = *people;
    }
    const auto nameOf = [&](const std::optional<qint64> &id) {
        for (const Contact &c : std::as_const(contacts))
            if (id && c.id == *id)
                return c.name;
        return QString();
    };
    QStringList lines;
    for (const QString &key : Handoffs::fieldKeys()) {
        QString value = key == u"decision_maker" ? nameOf(h.decisionMakerId)
                        : key == u"champion"     ? nameOf(h.championId)
                        : key == u"handed_over_on" ? Formatting::date(h.handedOverOn)
                                                   : Handoffs::text(h, key);
        if (!value.trimmed().isEmpty())
            lines << tr("%1: %2").arg(Handoffs::fieldLabel(key), value.trimmed());
    }
    if (h.version > 0 && !h.changedAt.isEmpty())
        lines << tr("Filled by %1 on %2").arg(h.changedBy.isEmpty() ? tr("this book's user") : h.changedBy,
                                               h.changedAt.left(10));
    m_summary->setText(lines.isEmpty() ? tr("Nothing handed over from sales yet.") : lines.join(QLatin1Char('\n')));
    QStringList missing;
    for (const QString &key : Handoffs::missing(h))
        missing << Handoffs::fieldLabel(key);
    m_missing->setText(missing.isEmpty() ? QString() : tr("Still missing: %1").arg(missing.join(tr(", "))));
    m_missing->setVisible(m_id > 0 && !missing.isEmpty());
    QString why;
    const bool mine = m_id > 0 && m_session.mayChangeAccount(m_id, &why);
    setAllowed(m_edit, mine, why);
    setAllowed(m_objectives, mine && !Handoffs::criteria(h).isEmpty(), why);
}

void HandoffPanel::makeObjectives()
{
    if (!m_session.book() || m_id == 0)
        return;
    const Status done = m_session.run(std::make_unique<MakeObjectivesCommand>(m_session, m_id));
    if (!done)
        Q_EMIT m_session.errorOccurred(done.error().message);
}

void HandoffPanel::editHandoff()
{
    Book *book = m_session.book();
    if (!book || m_id == 0)
        return;
    const auto before = Handoffs(*book).of(m_id);
    const auto contacts = Contacts(*book).ofAccount(m_id);
    if (!before || !contacts)
        return;
    HandoffDialog dialog(*before, *contacts, this);
    dialog.setSubmit([this, &dialog, before = *before]() -> Status {
        return m_session.run(std::make_unique<EditHandoffCommand>(m_session, before, dialog.handoff(), Dates::today()));
    });
    dialog.exec();
}

} // namespace csw
