// SPDX-License-Identifier: MIT
#include "tasks/ActivityPanel.h"
#include "tasks/TaskCommands.h"

#include "common/Allowed.h"
#include "common/ColumnChooser.h"
#include "common/ColumnWidths.h"
#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "settings/Settings.h"
#include "tasks/WorkRepository.h"
#include "voc/VocRepository.h"
#include "tasks/ActivityDialog.h"
#include "tasks/ActivityListModel.h"
#include "tasks/ListTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace csw {

ActivityPanel::ActivityPanel(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ActivityListModel(this)),
      m_table(makeListTable(m_model, "activityTable", this)), m_log(new QPushButton(tr("&Log activity…"), this))
{
    m_log->setObjectName(QStringLiteral("logActivityButton"));
    QStringList kinds;
    for (const QString &key : WorkNames::activityKindKeys())
        kinds << WorkNames::label(*WorkNames::activityKindFromKey(key));
    ColumnWidths::fit(m_table, ActivityListModel::Text,
                   {{ActivityListModel::Day, {ColumnWidths::sampleDate()}},
                    {ActivityListModel::Kind, kinds},
                    {ActivityListModel::Author, {QStringLiteral("佐藤 美咲")}},
                    {ActivityListModel::With, {QStringLiteral("佐藤 美咲")}},
                    {ActivityListModel::Voc, {QStringLiteral("#999")}}});
    // The detail is narrow: what was said keeps the room; the linked VOC entry and who logged
    // it are in the header's column chooser.
    m_table->horizontalHeader()->setSectionHidden(ActivityListModel::Voc, true);
    m_table->horizontalHeader()->setSectionHidden(ActivityListModel::With, true);   // in the text's tooltip too
    new ColumnChooser(m_table->horizontalHeader(), ActivityListModel::Text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_log);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_log, &QPushButton::clicked, this, &ActivityPanel::logActivity);
    connect(&session, &BookSession::workChanged, this, [this](qint64 id) {
        if (id == m_id || id == 0)
            reload();
    });
    reload();
}

void ActivityPanel::showAccount(qint64 id)
{
    m_id = id;
    reload();
}

void ActivityPanel::reload()
{
    QList<Activity> list;
    Book *book = m_session.book();
    if (book && m_id > 0) {
        if (auto found = WorkRepository(*book).activities(m_id))
            list = *found;
    }
    m_model->setActivities(list);
    QString why;
    setAllowed(m_log, m_session.mayChangeAccount(m_id, &why), why);
}

void ActivityPanel::logActivity()
{
    Book *book = m_session.book();
    if (!book || m_id == 0)
        return;
    const auto account = AccountRepository(*book).get(m_id);
    if (!account)
        return;
    const auto entries = VocRepository(*book).entriesOfAccount(m_id);
    const auto contacts = Contacts(*book).ofAccount(m_id);
    ActivityDialog dialog(entries ? *entries : QList<VocEntry>(), contacts ? *contacts : QList<Contact>(),
                          Dates::today(), this);
    const qint64 accountId = m_id;
    const QString author = Settings::myCsm().value().isEmpty() ? account->csm : Settings::myCsm().value();
    dialog.setSubmit([this, &dialog, accountId, author]() -> Status {
        Activity logged = dialog.activity();
        logged.accountId = accountId;
        logged.author = author;
        return m_session.run(std::make_unique<LogActivityCommand>(m_session, std::move(logged)));
    });
    dialog.exec();
}

} // namespace csw
