// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace csw {

class BookSession;

// The account's hand-off from sales in its detail: what was filled (purpose, problems,
// expectations, promises, success criteria, who decides and champions), a checklist of what
// is missing, and Edit hand-off… (undoable).
class HandoffPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffPanel(BookSession &session, QWidget *parent = nullptr);

    void showAccount(qint64 id);
    QLabel *summary() const { return m_summary; }
    QLabel *missing() const { return m_missing; }

public Q_SLOTS:
    void editHandoff();
    // The success criteria become success-plan objectives (those not made yet), one undoable step.
    void makeObjectives();

private:
    void reload();

    BookSession &m_session;
    qint64 m_id = 0;
    QLabel *m_summary;
    QLabel *m_missing;
    QPushButton *m_edit;
    QPushButton *m_objectives;
};

} // namespace csw
