// SPDX-License-Identifier: MIT
#include "voc/VocFilterBar.h"

#include "accounts/AccountRepository.h"
#include "accounts/OptionalDateEdit.h"
#include "accounts/SegmentChooser.h"
#include "book/Book.h"
#include "voc/VocRepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace csw {

namespace {
// Refills `combo` with "all" and `values`, keeping the chosen value when it is still offered.
void refill(QComboBox *combo, const QString &all, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(all);
    for (const QString &value : values)
        combo->addItem(value, value);
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep > 0 ? keep : 0);
}
} // namespace

VocFilterBar::VocFilterBar(QWidget *parent)
    : QWidget(parent), m_target(new QComboBox(this)), m_status(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_tag(new QComboBox(this)), m_csm(new QComboBox(this)),
      m_touch(new QComboBox(this)), m_segment(new SegmentChooser(this)), m_since(new OptionalDateEdit(true, this)),
      m_until(new OptionalDateEdit(true, this)), m_search(new QLineEdit(this)),
      m_typing(new QTimer(this))
{
    m_target->setObjectName(QStringLiteral("targetFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_csm->setObjectName(QStringLiteral("csmFilter"));
    m_touch->setObjectName(QStringLiteral("touchFilter"));
    m_since->setObjectName(QStringLiteral("sinceFilter"));
    m_until->setObjectName(QStringLiteral("untilFilter"));
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search the text and tags (any language, any length)"));
    m_search->setClearButtonEnabled(true);
    m_since->setOptionalDate(std::nullopt);
    m_until->setOptionalDate(std::nullopt);
    m_since->setToolTip(tr("Logged on or after"));
    m_until->setToolTip(tr("Logged on or before"));

    m_target->addItem(tr("All hand-offs"));
    for (VocTarget target : VocNames::targets())
        m_target->addItem(VocNames::label(target), int(target));
    m_status->addItem(tr("All statuses"));
    for (VocStatus status : VocNames::statuses())
        m_status->addItem(VocNames::label(status), int(status));
    m_kind->addItem(tr("All kinds"));
    for (VocKind kind : VocNames::kinds())
        m_kind->addItem(VocNames::label(kind), int(kind));
    m_touch->addItem(tr("All touch models"));
    for (const QString &key : Stages::touchKeys()) {
        const Touch touch = *Stages::touchFromKey(key);
        m_touch->addItem(Stages::label(touch), int(touch));
    }
    setBook(nullptr);

    // Eight filters: two rows of four under the search box, each with its label.
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QWidget *>> cells = {
        {tr("Hand-off:"), m_target}, {tr("Status:"), m_status}, {tr("Kind:"), m_kind},
        {tr("Tag:"), m_tag},         {tr("CSM:"), m_csm},       {tr("Touch:"), m_touch},
        {tr("Since:"), m_since},     {tr("Until:"), m_until}};
    for (int i = 0; i < cells.size(); ++i) {
        auto *label = new QLabel(cells[i].first, this);
        label->setBuddy(cells[i].second);
        grid->addWidget(label, i / 4, (i % 4) * 2, Qt::AlignRight);
        grid->addWidget(cells[i].second, i / 4, (i % 4) * 2 + 1);
        grid->setColumnStretch((i % 4) * 2 + 1, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    auto *segmentLabel = new QLabel(tr("Segment:"), this);
    segmentLabel->setBuddy(m_segment);
    searchRow->addWidget(segmentLabel);
    searchRow->addWidget(m_segment);
    layout->addLayout(searchRow);
    layout->addLayout(grid);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &VocFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_target, m_status, m_kind, m_tag, m_csm, m_touch})
        connect(combo, &QComboBox::activated, this, &VocFilterBar::emitFilter);
    connect(m_segment, &SegmentChooser::segmentChosen, this, &VocFilterBar::emitFilter);
    for (OptionalDateEdit *edit : {m_since, m_until}) {
        connect(edit, &OptionalDateEdit::datePicked, this, &VocFilterBar::emitFilter);
        connect(edit, &OptionalDateEdit::editingFinished, this, &VocFilterBar::emitFilter);
    }
}

void VocFilterBar::setBook(Book *book)
{
    QStringList tags;
    QStringList csms;
    if (book) {
        if (auto found = VocRepository(*book).tags())
            tags = *found;
        if (auto found = AccountRepository(*book).csms())
            csms = *found;
    }
    refill(m_tag, tr("All tags"), tags);
    refill(m_csm, tr("All CSMs"), csms);
    m_segment->setBook(book);
}

VocFilter VocFilterBar::filter() const
{
    VocFilter f;
    if (m_target->currentIndex() > 0)
        f.target = VocTarget(m_target->currentData().toInt());
    if (m_status->currentIndex() > 0)
        f.status = VocStatus(m_status->currentData().toInt());
    if (m_kind->currentIndex() > 0)
        f.kind = VocKind(m_kind->currentData().toInt());
    if (m_touch->currentIndex() > 0)
        f.touch = Touch(m_touch->currentData().toInt());
    f.tag = m_tag->currentData().toString();
    f.csm = m_csm->currentData().toString();
    f.since = m_since->optionalDate();
    f.until = m_until->optionalDate();
    f.search = m_search->text().trimmed();
    f.segment = m_segment->conditions();
    return f;
}

void VocFilterBar::emitFilter()
{
    Q_EMIT filterChanged(filter());
}

} // namespace csw
