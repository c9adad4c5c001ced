// SPDX-License-Identifier: MIT
#pragma once

#include "voc/Voc.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace csw {

class ContactPicker;

class AccountPicker;
class BookSession;
class OptionalDateEdit;
class VocLinkModel;

// Logs a new VOC entry, or edits one: what was said, its kind, hand-off target, source, date,
// tags, and the accounts that said it with how much each cares. OK stores it through the
// session as one undoable command; when the book refuses it (empty text, no account, a date in
// the future…) the dialog says why, stays open and nothing is stored.
class VocDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new entry, linked to `accountId` when it is not 0 (quick-add from an account).
    VocDialog(BookSession &session, qint64 accountId, QWidget *parent = nullptr);
    // Editing `entry` (not its date or status).
    VocDialog(BookSession &session, const VocEntry &entry, QWidget *parent = nullptr);

    // The entry as the dialog holds it now.
    VocEntry entry() const;
    // The id of the entry stored by OK (0 before).
    qint64 savedId() const { return m_savedId; }
    // The reason shown for the last refusal, or empty.
    QString errorText() const;

    void accept() override;

private:
    // Someone else changed the entry since the dialog opened (`what` says who, when): asks
    // whether to keep theirs (closes the dialog) or apply this edit on top (true: save again).
    bool resolveConflict(const QString &what);
    VocEntry onTopOfTheirs(const VocEntry &mine) const;
    VocDialog(QWidget *parent, BookSession &session);   // what both share
    void addAccount();
    void removeAccount();
    void importanceChosen();
    void showSelectedImportance();
    QDialogButtonBox *layOut();
    // Who said it is chosen among the linked accounts' contacts: offered again as they change.
    void offerContacts();
    void showError(const QString &message);

    BookSession &m_session;
    VocEntry m_original;   // id 0 for a new entry
    std::optional<VocEntry> m_theirs;   // the entry as someone else left it, to apply this edit on
    qint64 m_savedId = 0;
    QPlainTextEdit *m_text;
    QComboBox *m_kind;
    QComboBox *m_target;
    QComboBox *m_source;
    OptionalDateEdit *m_date;
    QLineEdit *m_tags;
    AccountPicker *m_picker;
    QComboBox *m_importance;
    QPushButton *m_add;
    QPushButton *m_remove;
    VocLinkModel *m_links;
    QTableView *m_linkTable;
    QLabel *m_error;
    ContactPicker *m_saidBy;
};

} // namespace csw
