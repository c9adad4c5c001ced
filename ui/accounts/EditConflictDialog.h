// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "common/Money.h"

#include <QDialog>

namespace csw {

// Someone else changed the account while the person was editing it: what they tried, what the
// other person changed (who, when), and the choice. Accepted: apply mine on top of theirs;
// rejected: keep theirs.
class EditConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    EditConflictDialog(const QString &tried, const Account &seen, const Account &now,
                       const Currency &currency, QWidget *parent = nullptr);

    // The fields in which `seen` and `now` differ, one line each: "label: before → after".
    static QStringList changes(const Account &seen, const Account &now, const Currency &currency);
    // `edit` of the account as the person saw it, in the same words.
    static QString describe(const AccountChanges &edit, const Account &seen, const Currency &currency);
};

} // namespace csw
