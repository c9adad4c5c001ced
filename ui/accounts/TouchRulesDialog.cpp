// SPDX-License-Identifier: MIT
#include "accounts/TouchRulesDialog.h"
#include "accounts/TouchRulesCommand.h"

#include "accounts/Segments.h"
#include "accounts/TouchRuleTable.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "common/Formatting.h"
#include "stages/Stage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace csw {

TouchRulesDialog::TouchRulesDialog(BookSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_rules(new TouchRuleTable(session.book()->currency(), this)),
      m_preview(new QTableWidget(0, 5, this)), m_summary(new QLabel(this)), m_error(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply Rules"), this))
{
    setWindowTitle(tr("Touch Model Rules"));
    auto *intro = new QLabel(tr("Each account gets the touch model of the rule its ARR falls in. A rule for a "
                                "segment comes before one for a plan, which comes before one for every account."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("A&dd Rule"), this);
    auto *remove = new QPushButton(tr("&Remove Rule"), this);
    auto *preview = new QPushButton(tr("&Preview"), this);
    auto *save = new QPushButton(tr("&Save Rules"), this);
    add->setObjectName(QStringLiteral("addTouchRule"));
    remove->setObjectName(QStringLiteral("removeTouchRule"));
    preview->setObjectName(QStringLiteral("previewTouchRules"));
    save->setObjectName(QStringLiteral("saveTouchRules"));
    m_apply->setObjectName(QStringLiteral("applyTouchRules"));
    m_summary->setObjectName(QStringLiteral("touchPreviewSummary"));
    m_error->setObjectName(QStringLiteral("touchRuleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_summary->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("touchPreviewTable"));
    m_preview->setHorizontalHeaderLabels({tr("Account"), tr("CSM"), Formatting::revenueText(tr("ARR")), tr("Now"),
                                          tr("By the rules")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->setToolTip(tr("Untick an account to keep its touch model by hand: the rules leave it alone from now "
                             "on. Tick a kept one to release it."));
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, preview, save})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_rules, 1);
    layout->addLayout(ruleButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 2);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, m_rules, &TouchRuleTable::addRule);
    connect(remove, &QPushButton::clicked, m_rules, &TouchRuleTable::removeCurrent);
    connect(preview, &QPushButton::clicked, this, &TouchRulesDialog::showPreview);
    connect(save, &QPushButton::clicked, this, &TouchRulesDialog::saveRules);
    connect(m_apply, &QPushButton::clicked, this, &TouchRulesDialog::applyRules);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rules, &TouchRuleTable::edited, this, &TouchRulesDialog::markStale);

    Book &book = *session.book();
    QStringList segments;
    if (const auto saved = Segments(book).list())
        for (const Segment &s : *saved)
            segments << s.name;
    const auto rules = TouchRules(book).list();
    m_rules->setRules(rules ? *rules : QList<TouchRule>(), segments);
    if (!rules) {   // never offer to save an empty table over rules that could not be read
        refuse(rules.error().message);
        for (QPushButton *b : {add, remove, preview, save, m_apply})
            b->setEnabled(false);
        m_summary->clear();
    } else if (!rules->isEmpty()) {
        showPreview();
    } else {
        markStale();
    }
    const QRect room = screen()->availableGeometry();
    resize(std::min(fontMetrics().averageCharWidth() * 100, room.width() * 9 / 10),
           std::min(fontMetrics().height() * 36, room.height() * 9 / 10));
}

void TouchRulesDialog::refuse(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TouchRulesDialog::markStale()
{
    m_apply->setEnabled(false);
    m_summary->setText(tr("Press Preview to see which accounts the rules would change."));
}

bool TouchRulesDialog::showPreview()
{
    const auto rules = m_rules->rules();
    if (!rules) {
        refuse(rules.error().message);
        return false;
    }
    TouchRules touch(*m_session.book());
    if (auto ok = touch.check(*rules); !ok) {
        refuse(ok.error().message);
        return false;
    }
    const auto preview = touch.preview(*rules);
    if (!preview) {
        refuse(preview.error().message);
        return false;
    }
    refuse({});
    m_previewed = *rules;
    m_shown = *preview;
    fillPreview();
    return true;
}

void TouchRulesDialog::fillPreview()
{
    const Currency &currency = m_session.book()->currency();
    m_summary->setText(Formatting::revenueText(
        tr("%n account(s) would change, ARR %1; %2 kept by hand; %3 covered by no rule", nullptr, int(m_shown.moving()))
            .arg(Formatting::revenue(m_shown.movingArr(), currency))
            .arg(m_shown.changes.size() - m_shown.moving())
            .arg(m_shown.unmatched)));
    m_preview->setRowCount(int(m_shown.changes.size()));
    for (int row = 0; row < m_shown.changes.size(); ++row) {
        const TouchChange &c = m_shown.changes[row];
        auto *name = new QTableWidgetItem(c.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        name->setCheckState(c.kept ? Qt::Unchecked : Qt::Checked);
        name->setData(Qt::UserRole, c.accountId);
        if (c.kept)
            name->setToolTip(tr("Kept by hand: tick to release it and set it by the rules"));
        auto *arr = new QTableWidgetItem(Formatting::revenue(c.arr, currency));
        arr->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_preview->setItem(row, 0, name);
        m_preview->setItem(row, 1, new QTableWidgetItem(c.csm));
        m_preview->setItem(row, 2, arr);
        m_preview->setItem(row, 3, new QTableWidgetItem(Stages::label(c.from)));
        m_preview->setItem(row, 4, new QTableWidgetItem(Stages::label(c.to)));
    }
    m_preview->resizeColumnToContents(1);
    m_preview->resizeColumnToContents(2);
    for (const int column : {3, 4}) {   // the longest touch model label, or the header
        const QHeaderView *header = m_preview->horizontalHeader();
        int width = header->fontMetrics().horizontalAdvance(m_preview->horizontalHeaderItem(column)->text()) + 24;
        for (const QString &key : Stages::touchKeys())
            width = std::max(width, fontMetrics().horizontalAdvance(Stages::label(*Stages::touchFromKey(key))) + 16);
        m_preview->setColumnWidth(column, width);
    }
    m_apply->setEnabled(!m_shown.changes.isEmpty());
}

QSet<qint64> TouchRulesDialog::ticked() const
{
    QSet<qint64> ids;
    for (int row = 0; row < m_preview->rowCount(); ++row)
        if (m_preview->item(row, 0)->checkState() == Qt::Checked)
            ids.insert(m_preview->item(row, 0)->data(Qt::UserRole).toLongLong());
    return ids;
}

bool TouchRulesDialog::saveRules()
{
    const auto rules = m_rules->rules();
    if (!rules) {
        refuse(rules.error().message);
        return false;
    }
    if (auto saved = TouchRules(*m_session.book()).replace(*rules); !saved) {
        refuse(saved.error().message);
        return false;
    }
    refuse({});
    return true;
}

bool TouchRulesDialog::applyRules()
{
    const auto typed = m_rules->rules();
    if (!typed || *typed != m_previewed) {   // edited since the preview: see it first
        showPreview();
        return false;
    }
    const auto saved = TouchRules(*m_session.book()).list();
    if (!saved) {
        refuse(saved.error().message);
        return false;
    }
    // The rules as typed and what they change, one step: undone, the rules are as they were too.
    const Status done = m_session.run(std::make_unique<ApplyTouchRulesCommand>(m_session, *saved, *typed, m_shown,
                                                                               ticked(), Dates::today()));
    if (!done) {
        refuse(done.error().message);
        return false;
    }
    return showPreview();
}

} // namespace csw
