// SPDX-License-Identifier: MIT
#include "accounts/ConditionBuilder.h"

#include "accounts/Segments.h"
#include "book/Book.h"
#include "health/HealthRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace csw {

ConditionBuilder::ConditionBuilder(Book &book, QWidget *parent)
    : QWidget(parent), m_field(new QComboBox(this)), m_op(new QComboBox(this)), m_value(new QLineEdit(this)),
      m_add(new QPushButton(tr("A&dd Condition"), this))
{
    m_field->setObjectName(QStringLiteral("conditionField"));
    m_op->setObjectName(QStringLiteral("conditionOperator"));
    m_value->setObjectName(QStringLiteral("conditionValue"));
    m_add->setObjectName(QStringLiteral("addCondition"));
    for (const QString &field : SegmentRules::accountFields())
        m_field->addItem(field, field);
    // The measures of every scorecard, each with its label, then how long since each was taken.
    QList<std::pair<QString, QString>> measures;
    for (const std::optional<Touch> &touch : {std::optional<Touch>(), std::optional(Touch::High),
                                              std::optional(Touch::Low), std::optional(Touch::Tech)}) {
        if (const auto card = HealthRepository(book).activeScorecard(touch))
            for (const Measure &m : card->measures)
                if (std::none_of(measures.cbegin(), measures.cend(), [&](const auto &p) { return p.first == m.key; }))
                    measures.append({m.key, m.shownLabel()});
    }
    for (const auto &[key, label] : std::as_const(measures))
        m_field->addItem(tr("%1 (%2)").arg(key, label), key);
    for (const auto &[key, label] : std::as_const(measures))
        m_field->addItem(tr("%1.age (days since %2 was measured)").arg(key, label), QString(key + QStringLiteral(".age")));
    for (const char *op : {"<", "<=", "=", "!=", ">=", ">"})
        m_op->addItem(QLatin1String(op), QLatin1String(op));
    m_value->setPlaceholderText(tr("value"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(14);   // long measure labels show in the list, not the row
    m_value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 12);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_op);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_add);
    const auto add = [this] {
        if (const QString c = condition(); !c.isEmpty()) {
            Q_EMIT added(c);
            m_value->clear();
        }
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_value, &QLineEdit::returnPressed, this, add);
}

QString ConditionBuilder::condition() const
{
    const QString value = m_value->text().trimmed();
    if (value.isEmpty())
        return {};
    return QStringLiteral("%1 %2 %3").arg(m_field->currentData().toString(), m_op->currentData().toString(), value);
}

} // namespace csw
