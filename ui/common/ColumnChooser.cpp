// SPDX-License-Identifier: MIT
#include "common/ColumnChooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace csw {

ColumnChooser::ColumnChooser(QHeaderView *header, int kept) : QObject(header), m_header(header), m_kept(kept)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { menu()->popup(m_header->mapToGlobal(at)); });
}

QMenu *ColumnChooser::menu()
{
    delete m_menu;
    m_menu = new QMenu(m_header);
    m_menu->setObjectName(QStringLiteral("columnChooser"));
    QAbstractItemModel *model = m_header->model();
    for (int column = 0; model && column < model->columnCount(); ++column) {
        QAction *action = m_menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column-%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(column != m_kept);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_header->setSectionHidden(column, !shown);
            if (shown && m_header->sectionSize(column) < m_header->minimumSectionSize() * 2)
                m_header->resizeSection(column, m_header->defaultSectionSize());
        });
    }
    return m_menu;
}

} // namespace csw
