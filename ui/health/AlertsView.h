// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Segments.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace csw {

class AlertListModel;
class BookSession;

// Accounts at risk: the open health alerts, with what a CSM does about one: open the account,
// move it to churn prevention (undoable), snooze the alert for a week, or dismiss it. Shown on
// My Day. Reads the book again when it is shown after a change, not on every change.
class AlertsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsView(BookSession &session, QWidget *parent = nullptr);

    AlertListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Reads the open alerts from the book now.
    void reload();
    // Shows the alerts of the accounts `csm` manages only; empty: everyone's.
    void setCsm(const QString &csm);
    // Only the alerts of a segment's accounts (empty: every account's).
    void setSegment(const QList<SegmentCondition> &segment);

public Q_SLOTS:
    void openAccount();
    void moveToChurnPrevention();
    void snooze();
    void dismiss();

Q_SIGNALS:
    void openAccountRequested(qint64 accountId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reloads now when shown, else when next shown.
    void changed();
    void updateButtons();
    qint64 currentAlertId() const;

    BookSession &m_session;
    AlertListModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_move;
    QPushButton *m_snooze;
    QPushButton *m_dismiss;
    QString m_csm;
    QList<SegmentCondition> m_segment;
    bool m_stale = true;
};

} // namespace csw
