// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "stages/Stage.h"
#include "tasks/Work.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace csw {

class Book;

// The Preferences page that edits the playbooks: per stage, the tasks entering it makes, each
// with a title, an owner (the account's CSM unless named) and a due date some business days
// later; the default, and each touch model's own (none: it follows the default). Edits are kept
// per stage and touch model until save() writes the changed ones.
class PlaybookPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { Title, Owner, DueDays, ColumnCount };

    explicit PlaybookPage(Book *book, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QComboBox *stageCombo() const { return m_stage; }
    QComboBox *touchCombo() const { return m_touch; }
    void showStage(Stage stage);
    // Writes the stages whose steps changed; a refusal says why (and names the stage).
    Status save();
    // The steps shown for the current stage, as edited.
    QList<PlaybookStep> editedSteps() const;

public Q_SLOTS:
    void addStep();
    void removeStep();
    void moveStep(int by);

private:
    void showSteps(const QList<PlaybookStep> &steps);
    void keepEdits();
    void showCurrent();
    Stage currentStage() const;
    std::optional<Touch> currentTouch() const;
    static int keyOf(Stage stage, const std::optional<Touch> &touch);

    Book *m_book;
    QHash<int, QList<PlaybookStep>> m_loaded;   // by keyOf(stage, touch)
    QHash<int, QList<PlaybookStep>> m_edited;
    QComboBox *m_stage;
    QComboBox *m_touch;
    QLabel *m_follows;   // a touch model without steps of its own follows the default
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    int m_shown = -1;
};

} // namespace csw
