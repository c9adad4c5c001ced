// SPDX-License-Identifier: MIT
#include "accounts/EditConflictDialog.h"

#include "common/EditConflict.h"
#include "common/Formatting.h"
#include "stages/Stage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace csw {

QStringList EditConflictDialog::changes(const Account &seen, const Account &now,
                                        const Currency &currency)
{
    QStringList out;
    auto note = [&out](const QString &label, const QString &before, const QString &after) {
        if (before != after)
            out << tr("%1: %2 → %3").arg(label, before.isEmpty() ? tr("(empty)") : before,
                                        after.isEmpty() ? tr("(empty)") : after);
    };
    auto date = [](const std::optional<Date> &d) { return d ? Formatting::date(*d) : QString(); };
    note(tr("Name"), seen.name, now.name);
    note(tr("External ID"), seen.externalId, now.externalId);
    note(tr("CSM"), seen.csm, now.csm);
    note(tr("Touch model"), Stages::label(seen.touch), Stages::label(now.touch));
    note(tr("Plan"), seen.plan, now.plan);
    note(tr("Industry"), seen.industry, now.industry);
    note(tr("Acquisition channel"), seen.source, now.source);
    note(Formatting::revenueText(tr("ARR")), Formatting::revenue(seen.arr, currency), Formatting::revenue(now.arr, currency));
    note(tr("Start"), date(seen.startOn), date(now.startOn));
    note(tr("Renewal"), date(seen.renewalOn), date(now.renewalOn));
    note(tr("Stage"), Stages::label(seen.stage), Stages::label(now.stage));
    return out;
}

QString EditConflictDialog::describe(const AccountChanges &edit, const Account &seen,
                                     const Currency &currency)
{
    Account mine = seen;
    if (edit.name) mine.name = *edit.name;
    if (edit.externalId) mine.externalId = *edit.externalId;
    if (edit.csm) mine.csm = *edit.csm;
    if (edit.touch) mine.touch = *edit.touch;
    if (edit.plan) mine.plan = *edit.plan;
    if (edit.industry) mine.industry = *edit.industry;
    if (edit.source) mine.source = *edit.source;
    if (edit.arr) mine.arr = *edit.arr;
    if (edit.startOn) mine.startOn = *edit.startOn;
    if (edit.renewalOn) mine.renewalOn = *edit.renewalOn;
    return changes(seen, mine, currency).join(u'\n');
}

EditConflictDialog::EditConflictDialog(const QString &tried, const Account &seen, const Account &now,
                                       const Currency &currency, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed by someone else"));
    const QStringList theirs = changes(seen, now, currency);
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("conflictText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setText(tr("While you were editing %1, %2 changed it (%3):\n\n%4\n\nYour edit:\n%5\n\n"
                     "Keep their version, or apply your edit on top of it?")
                      .arg(now.name, EditConflict::who(now.changedBy), EditConflict::when(now.changedAt),
                           theirs.isEmpty() ? tr("no field you see changed") : theirs.join(u'\n'),
                           tried));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mine = buttons->addButton(tr("Apply &mine on top"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("applyMine"));
    QPushButton *keep = buttons->addButton(tr("&Keep theirs"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirs"));
    keep->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

} // namespace csw
