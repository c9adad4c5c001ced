// SPDX-License-Identifier: MIT
#include "window/WelcomeView.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace csw {

WelcomeView::WelcomeView(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to CS Workbench"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    auto *text = new QLabel(tr("A book keeps your team's accounts, their stages, revenue and "
                               "history in one file. Create a new book, open one, or look around "
                               "in a demo book first."),
                            this);
    text->setWordWrap(true);
    auto *create = new QPushButton(tr("Create a New Book…"), this);
    auto *open = new QPushButton(tr("Open a Book…"), this);
    auto *demo = new QPushButton(tr("Open the Demo Book"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    for (QPushButton *button : {create, open, demo}) {
        button->setMinimumWidth(260);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
    text->setMaximumWidth(520);
    connect(create, &QPushButton::clicked, this, &WelcomeView::newBookRequested);
    connect(open, &QPushButton::clicked, this, &WelcomeView::openBookRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomeView::demoBookRequested);
}

} // namespace csw
