// SPDX-License-Identifier: MIT
#include "voc/VocBoardView.h"

#include "common/RowTable.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "common/ColumnChooser.h"
#include "common/ColumnWidths.h"
#include "settings/Settings.h"
#include "voc/VocDetailPanel.h"
#include "voc/VocDialog.h"
#include "voc/VocExportDialog.h"
#include "voc/VocFilterBar.h"
#include "voc/VocTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace csw {

VocBoardView::VocBoardView(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_filters(new VocFilterBar(this)),
      m_model(new VocTableModel(session, this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_new(new QPushButton(tr("&New VOC Entry…"), this)),
      m_export(new QPushButton(tr("E&xport VOC Report…"), this)),
      m_detail(new VocDetailPanel(session, this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_table->setObjectName(QStringLiteral("vocTable"));
    m_new->setObjectName(QStringLiteral("newVocButton"));
    m_export->setObjectName(QStringLiteral("exportVocButton"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleRowTable(m_table);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    // What was said comes right after the date, wide enough to read; the impact columns
    // follow (the detail beside the table shows the text in full).
    header->moveSection(header->visualIndex(VocTableModel::Text), 2);
    sizeColumns();
    new ColumnChooser(header, VocTableModel::Text);
    showRanking();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_count);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filters);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table, 1);

    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);

    m_splitter->setObjectName(QStringLiteral("vocSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_filters, &VocFilterBar::filterChanged, m_model, &VocTableModel::setFilter);
    connect(header, &QHeaderView::sectionClicked, this, &VocBoardView::headerClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VocBoardView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VocBoardView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VocBoardView::keepSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &VocBoardView::keepSelection);
    connect(m_new, &QPushButton::clicked, this, &VocBoardView::newEntry);
    connect(m_export, &QPushButton::clicked, this, &VocBoardView::exportReport);
    connect(m_detail, &VocDetailPanel::openAccountRequested, this, &VocBoardView::openAccountRequested);
    connect(m_detail, &VocDetailPanel::merged, this, &VocBoardView::selectEntry);
    connect(&session, &BookSession::bookOpened, this, &VocBoardView::updateFilters);
    connect(&session, &BookSession::bookClosed, this, [this] { m_filters->setBook(nullptr); });
    connect(&session, &BookSession::vocChanged, this, &VocBoardView::updateFilters);   // a new tag may have appeared
    m_filters->setBook(session.book());
    updateCount();
}

void VocBoardView::focusSearch()
{
    m_filters->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_filters->searchBox()->selectAll();
}

void VocBoardView::headerClicked(int column)
{
    if (const auto ranking = VocTableModel::rankingOf(column))
        m_model->setRanking(*ranking);
    showRanking();
}

// The header shows the ranking the rows are in; each has one direction (ids ascend, the rest
// go from the highest or newest down).
void VocBoardView::showRanking()
{
    const VocSort ranking = m_model->ranking();
    m_table->horizontalHeader()->setSortIndicator(
        VocTableModel::columnOf(ranking),
        ranking == VocSort::Id ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void VocBoardView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        m_detail->showEntry(m_model->entryId(current.row()));
}

// After a reload or a change the rows may have moved: keep the shown entry selected where the
// board still lists it near the top, and keep showing it in the detail either way.
void VocBoardView::keepSelection()
{
    const qint64 shown = m_detail->entryId();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (shown == 0 || (current.isValid() && m_model->entryId(current.row()) == shown))
        return;
    const int row = m_model->rowOf(shown);
    const QSignalBlocker blocker(m_table->selectionModel());
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    } else {
        m_table->selectionModel()->clear();
    }
    m_table->viewport()->update();
}

void VocBoardView::selectEntry(qint64 id)
{
    m_detail->showEntry(id);
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        keepSelection();
    }
}

void VocBoardView::updateCount()
{
    m_count->setText(tr("Entries: %1").arg(QLocale().toString(m_model->rowCount())));
}

void VocBoardView::newEntry()
{
    if (!m_session.book())
        return;
    VocDialog dialog(m_session, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        selectEntry(dialog.savedId());
}

void VocBoardView::exportReport()
{
    if (!m_session.book())
        return;
    VocExportDialog dialog(*m_session.book(), m_model->filter(), m_model->ranking(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(dialog.resultText());
}

void VocBoardView::setActive(bool active)
{
    m_active = active;
    if (active && m_filtersStale)
        updateFilters();
    m_model->setPaused(!active);
}

void VocBoardView::updateFilters()
{
    m_filtersStale = !m_active;
    if (m_active)
        m_filters->setBook(m_session.book());
}

// Each column as wide as its header and its longest label in the language shown, so that no
// status or kind is cut; what was said takes the rest. The id, the tags (both in the detail) and
// the ARR at risk are in the header's column chooser.
void VocBoardView::sizeColumns()
{
    QStringList kinds, targets, statuses;
    for (VocKind kind : VocNames::kinds())
        kinds << VocNames::label(kind);
    for (VocTarget target : VocNames::targets())
        if (target != VocTarget::Both)   // shown as "Both"
            targets << VocNames::label(target);
    targets << VocTableModel::tr("Both");
    for (VocStatus status : VocNames::statuses())
        statuses << VocNames::label(status);
    const QStringList money{ColumnWidths::sampleMoney()};
    ColumnWidths::fit(m_table, VocTableModel::Text,
                      {{VocTableModel::Id, {QStringLiteral("99999")}},
                       {VocTableModel::Date, {ColumnWidths::sampleDate()}},
                       {VocTableModel::Kind, kinds},
                       {VocTableModel::Target, targets},
                       {VocTableModel::Status, statuses},
                       {VocTableModel::Tags, {QStringLiteral("Salesforce, API")}},
                       {VocTableModel::Accounts, {QStringLiteral("999")}},
                       {VocTableModel::Arr, money},
                       {VocTableModel::WeightedArr, money},
                       {VocTableModel::AtRiskArr, money},
                       {VocTableModel::ChurnedArr, money}});
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionHidden(VocTableModel::Id, true);
    header->setSectionHidden(VocTableModel::Tags, true);
    header->setSectionHidden(VocTableModel::AtRiskArr, true);
    header->setSectionHidden(VocTableModel::ChurnedArr, true);   // the column chooser and the detail show it
}

void VocBoardView::saveLayout() const
{
    Settings::vocSplitter().setValue(m_splitter->saveState());
    Settings::vocHeader().setValue(m_table->horizontalHeader()->saveState());
}

void VocBoardView::restoreLayout()
{
    const QByteArray splitter = Settings::vocSplitter().value();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({1000, 280});
    const QByteArray header = Settings::vocHeader().value();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    showRanking();
}

} // namespace csw
