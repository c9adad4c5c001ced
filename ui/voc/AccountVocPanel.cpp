// SPDX-License-Identifier: MIT
#include "voc/AccountVocPanel.h"

#include "common/RowTable.h"
#include "book/BookSession.h"
#include "voc/AccountVocModel.h"
#include "voc/VocDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csw {

AccountVocPanel::AccountVocPanel(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AccountVocModel(this)),
      m_table(new QTableView(this)), m_log(new QPushButton(tr("Lo&g VOC…"), this))
{
    m_table->setObjectName(QStringLiteral("accountVocTable"));
    m_log->setObjectName(QStringLiteral("logVocButton"));
    m_log->setToolTip(tr("Log what this customer said (Ctrl+Shift+V)"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleRowTable(m_table);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 8);
    // Each column as wide as its contents but the last (a note, what was said), which takes
    // the room left: the list never scrolls sideways beside the account.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(m_table->model()->columnCount() - 1, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_log);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_log, &QPushButton::clicked, this, &AccountVocPanel::logVoc);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openEntryRequested(m_model->entryId(index.row()));
    });
    connect(&session, &BookSession::vocChanged, this, &AccountVocPanel::reload);
    reload();
}

void AccountVocPanel::showAccount(qint64 id)
{
    m_id = id;
    reload();
}

void AccountVocPanel::reload()
{
    m_model->showAccount(m_session.book(), m_id);
    m_log->setEnabled(m_session.book() && m_id > 0);
}

qint64 AccountVocPanel::logVoc()
{
    if (!m_session.book() || m_id == 0)
        return 0;
    VocDialog dialog(m_session, m_id, this);
    return dialog.exec() == QDialog::Accepted ? dialog.savedId() : 0;
}

} // namespace csw
