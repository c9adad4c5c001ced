// SPDX-License-Identifier: MIT
#include "accounts/SegmentDialog.h"

#include "accounts/ConditionBuilder.h"
#include "book/Book.h"
#include "common/Formatting.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace csw {

SegmentDialog::SegmentDialog(Book &book, const QString &conditions, QWidget *parent)
    : QDialog(parent), m_book(book), m_text(new QLineEdit(conditions, this)), m_result(new QLabel(this)),
      m_name(new QLineEdit(this)), m_apply(new QPushButton(tr("&Apply"), this)),
      m_save(new QPushButton(tr("&Save Segment"), this)), m_typing(new QTimer(this))
{
    setWindowTitle(tr("Segment Conditions"));
    m_text->setObjectName(QStringLiteral("conditionsEdit"));
    m_result->setObjectName(QStringLiteral("segmentResult"));
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_apply->setObjectName(QStringLiteral("applySegment"));
    m_save->setObjectName(QStringLiteral("saveSegment"));
    m_text->setPlaceholderText(tr("e.g. adoption < 40 and touch = low and renewal_days <= 120"));
    m_name->setPlaceholderText(tr("A name to share it under (optional)"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    auto *help = new QLabel(tr("Every condition must hold: FIELD OP VALUE, joined by “and” (OP is =, !=, <, <=, >, >=). "
                               "Fields: csm, plan, industry, source, touch, stage, band, arr, health, renewal_days "
                               "(days until the renewal), stage_days (days in the stage), tenure_days; any health "
                               "measure (its latest value) and MEASURE.age (days since it was measured, e.g. "
                               "usage.age > 60). Churned accounts only when the stage is named."),
                            this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    auto *builder = new ConditionBuilder(book, this);
    connect(builder, &ConditionBuilder::added, this, [this](const QString &condition) {
        const QString now = conditionsText();
        m_text->setText(now.isEmpty() ? condition : now + QStringLiteral(" and ") + condition);
        preview();
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Add a c&ondition:"), builder);
    form->addRow(tr("&Conditions:"), m_text);
    form->addRow(QString(), m_result);
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &SegmentDialog::preview);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_save->setEnabled(!m_conditions.isEmpty() && !m_name->text().trimmed().isEmpty()); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        preview();   // what is typed now, not what the last pause in typing read
        if (!m_conditions.isEmpty())
            accept();
    });
    connect(m_save, &QPushButton::clicked, this, &SegmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    preview();
}

QString SegmentDialog::conditionsText() const
{
    return m_text->text().trimmed();
}

// What the conditions hold now, or why they cannot be read (in red).
void SegmentDialog::preview()
{
    m_typing->stop();
    m_conditions.clear();
    QString text, colour = QStringLiteral("#b02020");
    if (!conditionsText().isEmpty()) {
        const auto parsed = SegmentRules::parse(m_book, conditionsText());
        const auto size = parsed ? Segments(m_book).size(*parsed) : Expected<SegmentSize>(parsed.error());
        if (size) {
            m_conditions = *parsed;
            text = tr("%n account(s) now, %1", nullptr, int(size->accounts))
                       .arg(Formatting::revenueText(tr("ARR %1")).arg(Formatting::revenue(size->arr, m_book.currency())));
            colour = QStringLiteral("#1b5e20");
        } else {
            text = size.error().message;
        }
    }
    m_result->setText(text);
    m_result->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_apply->setEnabled(!m_conditions.isEmpty());
    m_save->setEnabled(!m_conditions.isEmpty() && !m_name->text().trimmed().isEmpty());
}

void SegmentDialog::save()
{
    preview();
    if (m_conditions.isEmpty())
        return;
    const Status saved = Segments(m_book).add({m_name->text(), conditionsText(), {}, {}});
    if (!saved) {
        m_result->setText(saved.error().message);
        m_result->setStyleSheet(QStringLiteral("color: #b02020;"));
        return;
    }
    m_saved = m_name->text().trimmed();
    accept();
}

} // namespace csw
