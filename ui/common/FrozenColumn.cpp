// SPDX-License-Identifier: MIT
#include "common/FrozenColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace csw {

FrozenColumn::FrozenColumn(QTableView *table, int column, int minimumWidth)
    : QObject(table), m_table(table), m_frozen(new QTableView(table)), m_column(column),
      m_minimumWidth(minimumWidth)
{
    m_frozen->setObjectName(table->objectName() + QStringLiteral("Frozen"));
    m_frozen->setModel(table->model());
    m_frozen->setSelectionModel(table->selectionModel());
    m_frozen->setItemDelegate(table->itemDelegate());
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setSelectionBehavior(table->selectionBehavior());
    m_frozen->setSelectionMode(table->selectionMode());
    m_frozen->setEditTriggers(table->editTriggers());
    m_frozen->setAlternatingRowColors(table->alternatingRowColors());
    m_frozen->setWordWrap(table->wordWrap());
    m_frozen->setVerticalScrollMode(table->verticalScrollMode());
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());
    QHeaderView *header = m_frozen->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSortIndicatorShown(table->horizontalHeader()->isSortIndicatorShown());
    header->setSortIndicator(table->horizontalHeader()->sortIndicatorSection(),
                             table->horizontalHeader()->sortIndicatorOrder());
    header->setSectionsClickable(table->horizontalHeader()->sectionsClickable());
    header->setHighlightSections(false);
    for (int c = 0; c < table->model()->columnCount(); ++c)
        m_frozen->setColumnHidden(c, c != column);
    table->viewport()->stackUnder(m_frozen);

    connect(header, &QHeaderView::sectionClicked, this, &FrozenColumn::sortFromOverlay);
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, header,
            &QHeaderView::setSortIndicator);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { update(); });
    connect(table->horizontalHeader(), &QHeaderView::geometriesChanged, this, [this] { update(); });
    connect(table->horizontalScrollBar(), &QScrollBar::rangeChanged, this, [this] { update(); });
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, table->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(),
            &QScrollBar::setValue);
    // A click on a name works the table: keys go on from there.
    connect(m_frozen, &QTableView::pressed, table, [table] { table->setFocus(Qt::MouseFocusReason); });
    table->installEventFilter(this);
    table->viewport()->installEventFilter(this);   // it shrinks when a scroll bar appears
    update();
}

bool FrozenColumn::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_table || watched == m_table->viewport())
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        update();
    return QObject::eventFilter(watched, event);
}

void FrozenColumn::update()
{
    if (m_fitting)
        return;
    m_fitting = true;
    fitWidth();
    placeOverlay();
    m_fitting = false;
}

// The room the other columns leave, but never less than the minimum: past it, the table
// scrolls sideways and the overlay keeps the names in view.
void FrozenColumn::fitWidth()
{
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != m_column && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    const int room = m_table->viewport()->width() - others;
    if (room >= m_minimumWidth) {
        if (header->sectionResizeMode(m_column) != QHeaderView::Stretch)
            header->setSectionResizeMode(m_column, QHeaderView::Stretch);
    } else {
        header->setSectionResizeMode(m_column, QHeaderView::Interactive);
        header->resizeSection(m_column, m_minimumWidth);
    }
}

void FrozenColumn::placeOverlay()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int width = header->sectionSize(m_column);
    m_frozen->setColumnWidth(m_column, width);
    m_frozen->horizontalHeader()->setFixedHeight(header->height());
    const int frame = m_table->frameWidth();
    m_frozen->setGeometry(frame, frame, width, m_table->viewport()->height() + header->height());
    // Only needed while the other columns scroll under it; otherwise the table shows it itself.
    const bool scrolled = m_table->horizontalScrollBar()->maximum() > 0;
    m_frozen->setVisible(scrolled && !header->isSectionHidden(m_column));
    m_frozen->verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
}

void FrozenColumn::sortFromOverlay(int column)
{
    if (!m_table->isSortingEnabled())
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const Qt::SortOrder order = header->sortIndicatorSection() == column && header->sortIndicatorOrder() == Qt::AscendingOrder
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    m_table->sortByColumn(column, order);
}

} // namespace csw
