// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace csw {

// Shown while no book is open: create one, open one, or try the demo book.
class WelcomeView final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);

Q_SIGNALS:
    void newBookRequested();
    void openBookRequested();
    void demoBookRequested();
};

} // namespace csw
