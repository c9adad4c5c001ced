// SPDX-License-Identifier: MIT
#include "tasks/SuccessPlanPanel.h"

#include "common/Allowed.h"
#include "common/ColumnWidths.h"
#include "common/ConflictChoice.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "tasks/WorkRepository.h"
#include "tasks/ListTable.h"
#include "tasks/ObjectiveCommands.h"
#include "tasks/ObjectiveDialog.h"
#include "tasks/ObjectiveModel.h"
#include "tasks/ProgressDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace csw {

SuccessPlanPanel::SuccessPlanPanel(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ObjectiveModel(this)),
      m_table(makeListTable(m_model, "objectiveTable", this)),
      m_add(new QPushButton(tr("Add &objective…"), this)), m_edit(new QPushButton(tr("Edit ob&jective…"), this))
{
    m_add->setObjectName(QStringLiteral("addObjectiveButton"));
    m_edit->setObjectName(QStringLiteral("editObjectiveButton"));
    m_table->setItemDelegateForColumn(ObjectiveModel::Progress,
                                      new ProgressDelegate(ObjectiveModel::ProgressRole, m_table));
    // The title says "quick win" and the bar says when it was achieved: the detail column is narrow.
    m_table->hideColumn(ObjectiveModel::QuickWin);
    m_table->hideColumn(ObjectiveModel::Achieved);
    ColumnWidths::fit(m_table, ObjectiveModel::Title,
                   {{ObjectiveModel::Progress, {QStringLiteral("100 %")}},
                    {ObjectiveModel::Values, {QStringLiteral("100 → 100")}},
                    {ObjectiveModel::Due, {ColumnWidths::sampleDate()}}});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &SuccessPlanPanel::addObjective);
    connect(m_edit, &QPushButton::clicked, this, &SuccessPlanPanel::editObjective);
    connect(m_table, &QTableView::doubleClicked, this, &SuccessPlanPanel::editObjective);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SuccessPlanPanel::updateButtons);
    connect(&session, &BookSession::workChanged, this, [this](qint64 id) {
        if (id == m_id || id == 0)
            reload();
    });
    reload();
}

void SuccessPlanPanel::showAccount(qint64 id)
{
    m_id = id;
    reload();
}

void SuccessPlanPanel::reload()
{
    QList<PlanObjective> list;
    if (Book *book = m_session.book(); book && m_id > 0) {
        if (auto found = WorkRepository(*book).objectives(m_id))
            list = *found;
    }
    m_model->setObjectives(list);
    updateButtons();
}

void SuccessPlanPanel::updateButtons()
{
    QString why;
    const bool writable = m_session.mayChangeAccount(m_id, &why);
    setAllowed(m_add, writable, why);
    setAllowed(m_edit, writable && m_model->objective(m_table->selectionModel()->currentIndex().row()), why);
}

void SuccessPlanPanel::addObjective()
{
    if (!m_session.book() || m_id == 0)
        return;
    PlanObjective draft;
    draft.accountId = m_id;
    ObjectiveDialog dialog(draft, this);
    dialog.setSubmit([this, &dialog]() -> Status {
        return m_session.run(std::make_unique<AddObjectiveCommand>(m_session, dialog.objective()));
    });
    dialog.exec();
}

void SuccessPlanPanel::editObjective()
{
    const PlanObjective *current = m_model->objective(m_table->selectionModel()->currentIndex().row());
    if (!current || !m_session.mayChangeAccount(m_id))
        return;
    const PlanObjective before = *current;
    ObjectiveDialog dialog(before, this);
    dialog.setSubmit([this, &dialog, before]() -> Status {
        const PlanObjective after = dialog.objective();
        const Status saved = save(before, after);
        if (saved || saved.error().kind != ErrorKind::Stale)
            return saved;
        // Someone else edited it meanwhile: theirs stays (the plan shows it), or the person's
        // changes go on top of it.
        if (!ConflictChoice::applyMineOnTop(&dialog, saved.error().message))
            return {};
        auto theirs = objective(before.id);
        if (!theirs)
            return theirs.error();
        return save(*theirs, PlanObjective::onTopOf(*theirs, before, after));
    });
    dialog.exec();
}

Status SuccessPlanPanel::save(const PlanObjective &before, const PlanObjective &after)
{
    return m_session.run(std::make_unique<EditObjectiveCommand>(m_session, before, after));
}

Expected<PlanObjective> SuccessPlanPanel::objective(qint64 id) const
{
    auto all = WorkRepository(*m_session.book()).objectives(m_id);
    if (!all)
        return all.error();
    for (const PlanObjective &o : *all)
        if (o.id == id)
            return o;
    return Error{tr("The objective was removed meanwhile"), ErrorKind::NotFound};
}

} // namespace csw
