// SPDX-License-Identifier: MIT
#include "health/NpsPanel.h"

#include "book/Book.h"
#include "book/BookSession.h"
#include "common/Allowed.h"
#include "common/ColumnChooser.h"
#include "common/ColumnWidths.h"
#include "common/Formatting.h"
#include "health/NpsAnswerDialog.h"
#include "health/NpsCommands.h"
#include "health/NpsListModel.h"
#include "tasks/ListTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace csw {

NpsPanel::NpsPanel(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new NpsListModel(this)),
      m_table(makeListTable(m_model, "npsTable", this)), m_trend(new QLabel(this)),
      m_add(new QPushButton(tr("Add &NPS answer…"), this)), m_toVoc(new QPushButton(tr("Make VOC entr&y"), this))
{
    m_trend->setObjectName(QStringLiteral("npsTrend"));
    m_trend->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("npsAddButton"));
    m_toVoc->setObjectName(QStringLiteral("npsToVocButton"));
    m_toVoc->setToolTip(tr("The selected answer's comment becomes a VOC entry of this account, kept linked"));
    ColumnWidths::fit(m_table, NpsListModel::Comment,
                      {{NpsListModel::Day, {ColumnWidths::sampleDate()}},
                       {NpsListModel::Score, {QStringLiteral("10")}},
                       {NpsListModel::Group, {NpsListModel::groupLabel(NpsAnswer::Group::Detractor),
                                              NpsListModel::groupLabel(NpsAnswer::Group::Promoter)}},
                       {NpsListModel::Respondent, {QStringLiteral("佐藤 美咲")}},
                       {NpsListModel::Voc, {QStringLiteral("#999")}}});
    // The detail is narrow: the comment keeps the room; who answered and the VOC entry made
    // from it are in the header's column chooser.
    m_table->horizontalHeader()->setSectionHidden(NpsListModel::Respondent, true);
    m_table->horizontalHeader()->setSectionHidden(NpsListModel::Voc, true);
    new ColumnChooser(m_table->horizontalHeader(), NpsListModel::Comment);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_toVoc);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_trend);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &NpsPanel::addAnswer);
    connect(m_toVoc, &QPushButton::clicked, this, &NpsPanel::makeVocEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NpsPanel::updateButtons);
    for (auto signal : {&BookSession::workChanged, &BookSession::healthChanged})
        connect(&session, signal, this, [this](qint64 id) {
            if (id == m_id || id == 0)
                reload();
        });
    reload();
}

void NpsPanel::showAccount(qint64 id)
{
    m_id = id;
    reload();
}

void NpsPanel::reload()
{
    QList<NpsAnswer> answers;
    if (Book *book = m_session.book(); book && m_id > 0) {
        if (auto found = NpsAnswers(*book).ofAccount(m_id))
            answers = *found;
    }
    m_model->setAnswers(answers);
    if (answers.isEmpty()) {
        m_trend->setText(tr("No NPS answers yet."));
    } else {
        // The last five, oldest first: how the account's answers moved.
        QStringList scores;
        for (qsizetype i = std::min<qsizetype>(answers.size(), 5) - 1; i >= 0; --i)
            scores << QString::number(answers.at(i).score);
        const NpsAnswer &latest = answers.first();
        m_trend->setText(tr("Latest %1 (%2) on %3 · trend %4")
                             .arg(latest.score)
                             .arg(NpsListModel::groupLabel(latest.group()), Formatting::date(latest.respondedOn),
                                  scores.join(QStringLiteral(" → "))));
    }
    updateButtons();
}

void NpsPanel::updateButtons()
{
    QString why;
    const bool mine = m_id > 0 && m_session.mayChangeAccount(m_id, &why);
    setAllowed(m_add, mine, why);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const NpsAnswer *chosen = rows.size() == 1 ? &m_model->answers().at(rows.first().row()) : nullptr;
    m_toVoc->setEnabled(mine && chosen && !chosen->vocId && !chosen->comment.isEmpty());
}

void NpsPanel::addAnswer()
{
    if (!m_session.book() || m_id == 0)
        return;
    const auto contacts = Contacts(*m_session.book()).ofAccount(m_id);
    NpsAnswerDialog dialog(Dates::today(), contacts ? *contacts : QList<Contact>(), this);
    const qint64 accountId = m_id;
    dialog.setSubmit([this, &dialog, accountId]() -> Status {
        NpsAnswer answer = dialog.answer();
        answer.accountId = accountId;
        return m_session.run(std::make_unique<AddNpsAnswerCommand>(m_session, std::move(answer)));
    });
    dialog.exec();
}

void NpsPanel::makeVocEntry()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || !m_session.book())
        return;
    const qint64 answerId = m_model->answers().at(rows.first().row()).id;
    // Handed on today: a redo records the same day.
    const Status done = m_session.run(std::make_unique<NpsToVocCommand>(m_session, m_id, answerId, Dates::today()));
    if (!done)
        Q_EMIT m_session.errorOccurred(done.error().message);
}

} // namespace csw
