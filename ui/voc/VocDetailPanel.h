// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookSession.h"
#include "voc/Voc.h"

#include <QWidget>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace csw {

class VocHistoryModel;
class VocLinkModel;

// One VOC entry in full on the board: what was said, its fields and impact, the accounts behind
// it (double-click opens one), its dated history, and the actions: change status (only to
// what the workflow allows), edit, merge into another entry, record that a customer was told.
// Each action is one undoable command on the session's stack.
class VocDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VocDetailPanel(BookSession &session, QWidget *parent = nullptr);

    // Shows entry `id`, or nothing for 0.
    void showEntry(qint64 id);
    qint64 entryId() const { return m_id; }
    // The status menu: one action per status the entry may move to.
    QMenu *statusMenu() const { return m_statusMenu; }

public Q_SLOTS:
    void changeStatus(csw::VocStatus status);
    void editEntry();
    void mergeEntry();
    void recordLoop();
    void addNote();

Q_SIGNALS:
    void openAccountRequested(qint64 accountId);
    // The shown entry was merged into `into`, which the board should show instead.
    void merged(qint64 into);

private:
    void reload();
    void onVocChanged(qint64 id);
    void rebuildStatusMenu();
    // Runs one action through the session; a refusal is reported through errorOccurred.
    bool run(const QString &text, const QList<qint64> &entries,
             const BookSession::VocAction &action);

    BookSession &m_session;
    qint64 m_id = 0;
    std::optional<VocEntry> m_entry;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_text;
    QLabel *m_fields;
    QLabel *m_impact;
    VocLinkModel *m_links;
    QTableView *m_linkTable;
    VocHistoryModel *m_history;
    QPushButton *m_statusButton;
    QMenu *m_statusMenu;
    QPushButton *m_edit;
    QPushButton *m_merge;
    QPushButton *m_told;
    QPushButton *m_note;
    QTableView *m_historyTable = nullptr;
};

} // namespace csw
