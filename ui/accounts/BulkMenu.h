// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountRepository.h"

#include <QMenu>

#include <functional>

namespace csw {

class BookSession;

// "For the accounts listed": assign a CSM, set the touch model, move to a stage, add a task to
// every one, log one activity to all — each one undoable step over the accounts the Accounts
// view lists now (a segment's, its filters'), asked for in a small dialog (issue 19); and the
// touch model rules, which set every account's touch model by its ARR.
class BulkMenu final : public QMenu
{
    Q_OBJECT

public:
    using Listed = std::function<AccountFilter()>;
    // `segmentName`: the saved segment the list is of, if any (a program made for it records it).
    BulkMenu(BookSession &session, Listed listed, std::function<QString()> segmentName, QWidget *parent = nullptr);

private:
    void assignCsm();
    void setTouch();
    void moveStage();
    void addTask();
    void logActivity();
    void touchRules();
    void programs();
    // The ids listed now; empty after saying there are none.
    QList<qint64> listedIds();

    BookSession &m_session;
    Listed m_listed;
    std::function<QString()> m_segmentName;
};

} // namespace csw
