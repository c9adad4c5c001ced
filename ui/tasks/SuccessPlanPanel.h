// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "tasks/Work.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace csw {

class BookSession;
class ObjectiveModel;

// An account's success plan: its objectives with their progress bars; "Add objective…" and
// "Edit…" (or a double click), both undoable.
class SuccessPlanPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SuccessPlanPanel(BookSession &session, QWidget *parent = nullptr);

    // Shows the success plan of account `id`, or none for 0.
    void showAccount(qint64 id);
    ObjectiveModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void addObjective();
    void editObjective();

private:
    void reload();
    void updateButtons();
    // Writes `after` over `before` as one undoable command.
    Status save(const PlanObjective &before, const PlanObjective &after);
    Expected<PlanObjective> objective(qint64 id) const;   // as it is in the book now

    BookSession &m_session;
    qint64 m_id = 0;
    ObjectiveModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace csw
