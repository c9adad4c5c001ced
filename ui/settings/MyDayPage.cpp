// SPDX-License-Identifier: MIT
#include "settings/MyDayPage.h"

#include "accounts/AccountRepository.h"
#include "settings/Settings.h"
#include "tasks/RenewalReminders.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace csw {

MyDayPage::MyDayPage(Book *book, QWidget *parent)
    : QWidget(parent), m_book(book), m_csm(new QComboBox(this)), m_quickWin(new QSpinBox(this)),
      m_leadDays(new QLineEdit(this))
{
    m_csm->setObjectName(QStringLiteral("myCsmCombo"));
    m_quickWin->setObjectName(QStringLiteral("quickWinSpin"));
    m_leadDays->setObjectName(QStringLiteral("leadDaysEdit"));
    m_csm->setEditable(true);
    m_csm->setInsertPolicy(QComboBox::NoInsert);
    m_csm->lineEdit()->setPlaceholderText(tr("All CSMs"));
    m_csm->addItem(QString());
    if (book) {
        if (auto names = AccountRepository(*book).csms())
            m_csm->addItems(*names);
    }
    m_csm->setCurrentText(Settings::myCsm().value());
    m_quickWin->setRange(1, 365);
    m_quickWin->setSuffix(tr(" days"));
    m_quickWin->setValue(Settings::quickWinDays().value());
    m_leadDays->setPlaceholderText(QStringLiteral("90,60,30"));
    if (book) {
        if (auto days = RenewalReminders(*book).leadDays()) {
            QStringList parts;
            for (int d : std::as_const(*days))
                parts << QString::number(d);
            m_leadDays->setText(parts.join(QLatin1Char(',')));
        }
    }
    m_leadDays->setEnabled(book);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Me (my CSM name):"), m_csm);
    auto *meNote = new QLabel(tr("My Day shows this CSM's tasks and accounts; leave it empty for everyone's."), this);
    meNote->setWordWrap(true);
    form->addRow(meNote);
    form->addRow(tr("&Quick win expected within:"), m_quickWin);
    form->addRow(tr("&Renewal reminders (days before):"), m_leadDays);
    auto *leadNote = new QLabel(tr("One task per lead time, made once its window opens; the first (longest) also "
                                   "sets how far ahead My Day lists renewals. Saved in the book."),
                                this);
    leadNote->setWordWrap(true);
    form->addRow(leadNote);
}

Status MyDayPage::save()
{
    if (m_book) {
        QList<int> days;
        for (const QString &part : m_leadDays->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int d = part.trimmed().toInt(&ok);
            if (!ok)
                return Error{tr("Renewal reminders: '%1' is not a number of days").arg(part.trimmed())};
            days << d;
        }
        RenewalReminders reminders(*m_book);
        auto before = reminders.leadDays();
        if (!before || *before != days) {
            if (const Status saved = reminders.setLeadDays(days); !saved)
                return Error{tr("Renewal reminders: %1").arg(saved.error().message)};
        }
    }
    Settings::myCsm().setValue(m_csm->currentText().trimmed());
    Settings::quickWinDays().setValue(m_quickWin->value());
    return {};
}

} // namespace csw
