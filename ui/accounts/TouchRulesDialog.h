// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/TouchRules.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace csw {

class BookSession;
class TouchRuleTable;

// Touch model rules (issue 19): the rules edited in a small table, a preview of the accounts
// they would move with their ARR (each ticked; an untick keeps that account's touch model by
// hand from now on, a tick on a kept one releases it), saved, and applied as one undoable step.
class TouchRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    TouchRulesDialog(BookSession &session, QWidget *parent = nullptr);

    TouchRuleTable *ruleTable() const { return m_rules; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *errorLabel() const { return m_error; }

    // Reads the rules as typed, checks them and shows what they would change.
    bool showPreview();
    // Saves the rules; false after showing why not.
    bool saveRules();
    // Saves the rules and applies the ticked changes as one undoable step.
    bool applyRules();

private:
    void fillPreview();
    void markStale();
    QSet<qint64> ticked() const;
    void refuse(const QString &message);

    BookSession &m_session;
    TouchRuleTable *m_rules;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_apply;
    QList<TouchRule> m_previewed;   // the rules the preview shows
    TouchPreview m_shown;
};

} // namespace csw
