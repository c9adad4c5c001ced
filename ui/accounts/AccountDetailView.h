// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace csw {

class BookSession;

// One account in full: its fields, edited in place (each edit an undoable command), its stage
// timeline with "Move to stage…", its ARR history, and churn and renewal.
class AccountDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountDetailView(BookSession &session, QWidget *parent = nullptr);
    ~AccountDetailView() override;

    // Shows account `id`, or nothing for 0.
    void showAccount(qint64 id);
    qint64 accountId() const { return m_id; }

public Q_SLOTS:
    void moveToStage();      // opens the "Move to stage" dialog for the shown account
    void churnAccount();     // opens the churn dialog
    void renewAccount();     // opens the renewal dialog

private:
    BookSession &m_session;
    qint64 m_id = 0;
};

} // namespace csw
