// SPDX-License-Identifier: MIT
#include "window/WelcomeView.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace csw {

WelcomeView::WelcomeView(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to CS Workbench"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    auto *text = new QLabel(tr("A book keeps your accounts, their stages, revenue, health and "
                               "the voice of the customer: in one file of your own, or shared by "
                               "your team on a server. Create a new book, open one, or look "
                               "around in a demo book first."),
                            this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    // A wrapped label centred in a layout gets only its narrowest width and the height of two
    // lines: give it a line's width and the height its text needs at that width.
    text->setFixedWidth(std::min(520, text->fontMetrics().averageCharWidth() * 70));
    text->setMinimumHeight(text->heightForWidth(text->width()));
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
    connect(create, &QPushButton::clicked, this, &WelcomeView::newBookRequested);
    connect(open, &QPushButton::clicked, this, &WelcomeView::openBookRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomeView::demoBookRequested);
}

} // namespace csw
