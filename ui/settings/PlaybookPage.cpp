// SPDX-License-Identifier: MIT
#include "settings/PlaybookPage.h"

#include "tasks/Playbooks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace csw {

namespace {

const QList<Stage> playbookStages = {Stage::Onboarding, Stage::Adoption, Stage::Expansion, Stage::ChurnPrevention};
const QString csmOwner = QStringLiteral("csm");
const QList<std::optional<Touch>> playbookTouches = {std::nullopt, Touch::High, Touch::Low, Touch::Tech};

} // namespace

int PlaybookPage::keyOf(Stage stage, const std::optional<Touch> &touch)
{
    return int(stage) * 8 + (touch ? 1 + int(*touch) : 0);
}

PlaybookPage::PlaybookPage(Book *book, QWidget *parent)
    : QWidget(parent), m_book(book), m_stage(new QComboBox(this)), m_touch(new QComboBox(this)),
      m_follows(new QLabel(this)), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_table(new QTableView(this)), m_add(new QPushButton(tr("&Add task"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this))
{
    m_stage->setObjectName(QStringLiteral("playbookStageCombo"));
    m_table->setObjectName(QStringLiteral("playbookTable"));
    m_add->setObjectName(QStringLiteral("addStepButton"));
    m_remove->setObjectName(QStringLiteral("removeStepButton"));
    m_model->setHorizontalHeaderLabels({tr("Task"), tr("Owner"), tr("Due (business days)")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->setColumnWidth(Owner, 160);
    m_table->setColumnWidth(DueDays, 150);
    m_touch->setObjectName(QStringLiteral("playbookTouchCombo"));
    m_touch->addItem(tr("Every touch model (default)"), -1);
    for (Stage stage : playbookStages) {
        m_stage->addItem(Stages::label(stage), int(stage));
        for (const std::optional<Touch> &touch : playbookTouches) {
            if (book) {
                auto steps = Playbooks(*book).steps(stage, touch);
                m_loaded.insert(keyOf(stage, touch), steps ? *steps : QList<PlaybookStep>());
            }
        }
    }
    for (const std::optional<Touch> &touch : playbookTouches)
        if (touch)
            m_touch->addItem(Stages::label(*touch), int(*touch));
    m_edited = m_loaded;
    m_follows->setObjectName(QStringLiteral("playbookFollowsDefault"));
    m_follows->setWordWrap(true);

    auto *intro = new QLabel(tr("When an account enters a stage, its playbook makes these tasks, due the given "
                                "number of business days later (weekends and the holidays on the Calendar tab "
                                "skipped). Owner: leave “%1” for the account's CSM, or type a name.")
                                 .arg(csmOwner),
                             this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    auto *stageLabel = new QLabel(tr("&Stage:"), this);
    stageLabel->setBuddy(m_stage);
    top->addWidget(stageLabel);
    top->addWidget(m_stage);
    auto *touchLabel = new QLabel(tr("&Touch model:"), this);
    touchLabel->setBuddy(m_touch);
    top->addWidget(touchLabel);
    top->addWidget(m_touch);
    top->addStretch(1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_follows);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &PlaybookPage::showCurrent);
    connect(m_touch, &QComboBox::currentIndexChanged, this, &PlaybookPage::showCurrent);
    connect(m_add, &QPushButton::clicked, this, &PlaybookPage::addStep);
    connect(m_remove, &QPushButton::clicked, this, &PlaybookPage::removeStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(1); });
    setEnabled(book);
    showStage(Stage::Onboarding);
}

Stage PlaybookPage::currentStage() const
{
    return Stage(m_stage->currentData().toInt());
}

std::optional<Touch> PlaybookPage::currentTouch() const
{
    const int touch = m_touch->currentData().toInt();
    return touch < 0 ? std::nullopt : std::optional<Touch>(Touch(touch));
}

void PlaybookPage::showStage(Stage stage)
{
    const QSignalBlocker quiet(m_stage);
    m_stage->setCurrentIndex(m_stage->findData(int(stage)));
    showCurrent();
}

void PlaybookPage::showCurrent()
{
    keepEdits();
    const std::optional<Touch> touch = currentTouch();
    m_shown = keyOf(currentStage(), touch);
    const QList<PlaybookStep> steps = m_edited.value(m_shown);
    showSteps(steps);
    m_follows->setText(touch ? tr("%1 accounts entering this stage get these tasks; with none here they get the "
                                  "default playbook's.")
                                   .arg(Stages::label(*touch))
                             : tr("The default: accounts whose touch model has no tasks of its own for this stage "
                                  "get these."));
}

void PlaybookPage::showSteps(const QList<PlaybookStep> &steps)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const PlaybookStep &s : steps) {
        auto *days = new QStandardItem;
        days->setData(s.dueBusinessDays, Qt::EditRole);
        // Shown in the reader's language; the stored title is kept unless it is edited.
        auto *title = new QStandardItem(WorkNames::shownTitle(s.title));
        title->setData(s.title, Qt::UserRole);
        m_model->appendRow({title, new QStandardItem(s.owner), days});
    }
}

QList<PlaybookStep> PlaybookPage::editedSteps() const
{
    QList<PlaybookStep> steps;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        PlaybookStep s;
        const QStandardItem *title = m_model->item(row, Title);
        const QString stored = title->data(Qt::UserRole).toString();
        s.title = title->text().trimmed();
        if (!stored.isEmpty() && s.title == WorkNames::shownTitle(stored))
            s.title = stored;
        const QString owner = m_model->item(row, Owner)->text().trimmed();
        s.owner = owner.isEmpty() ? csmOwner : owner;
        s.dueBusinessDays = m_model->item(row, DueDays)->data(Qt::EditRole).toInt();
        steps << s;
    }
    return steps;
}

void PlaybookPage::keepEdits()
{
    if (m_shown >= 0)
        m_edited.insert(m_shown, editedSteps());
}

void PlaybookPage::addStep()
{
    auto *days = new QStandardItem;
    days->setData(5, Qt::EditRole);
    m_model->appendRow({new QStandardItem(tr("New task")), new QStandardItem(csmOwner), days});
    const QModelIndex title = m_model->index(m_model->rowCount() - 1, Title);
    m_table->setCurrentIndex(title);
    m_table->edit(title);
}

void PlaybookPage::removeStep()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_model->removeRow(current.row());
}

void PlaybookPage::moveStep(int by)
{
    const int row = m_table->currentIndex().row();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_model->insertRow(to, m_model->takeRow(row));
    m_table->setCurrentIndex(m_model->index(to, Title));
}

Status PlaybookPage::save()
{
    if (!m_book)
        return {};
    keepEdits();
    Playbooks playbooks(*m_book);
    for (Stage stage : playbookStages) {
        for (const std::optional<Touch> &touch : playbookTouches) {
            const int key = keyOf(stage, touch);
            const QList<PlaybookStep> steps = m_edited.value(key);
            if (steps == m_loaded.value(key))
                continue;
            if (const Status saved = playbooks.setSteps(stage, steps, touch); !saved)
                return Error{tr("Playbook for %1: %2")
                                 .arg(touch ? tr("%1, %2").arg(Stages::label(stage), Stages::label(*touch))
                                            : Stages::label(stage),
                                      saved.error().message)};
            m_loaded.insert(key, steps);
        }
    }
    return {};
}

} // namespace csw
