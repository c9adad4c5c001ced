// SPDX-License-Identifier: MIT
#include "window/PlaceholderView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace csw {

PlaceholderView::PlaceholderView(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    heading->setFont(font);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace csw
