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
    const auto inUse = HealthRepository(book).measuresInUse();
    const QList<Measure> measures = inUse ? *inUse : QList<Measure>();
    for (const Measure &m : measures)
        m_field->addItem(tr("%1 (%2)").arg(m.key, m.shownLabel()), m.key);
    for (const Measure &m : measures)
        m_field->addItem(tr("%1.age (days since %2 was measured)").arg(m.key, m.shownLabel()),
                         QString(m.key + QStringLiteral(".age")));
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
