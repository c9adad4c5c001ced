// SPDX-License-Identifier: MIT
#include "accounts/AccountFilterBar.h"

#include "accounts/SegmentDialog.h"

#include "book/Book.h"
#include "common/Formatting.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace csw {

namespace {

// A combo box that runs `beforePopup` as its list opens: the saved segments read afresh, so one
// a colleague saved on a team book is offered without reopening the book.
class RefreshingCombo final : public QComboBox
{
public:
    using QComboBox::QComboBox;
    std::function<void()> beforePopup;

protected:
    void showPopup() override
    {
        if (beforePopup)
            beforePopup();
        QComboBox::showPopup();
    }
};

} // namespace

AccountFilterBar::AccountFilterBar(QWidget *parent)
    : QWidget(parent), m_csm(new QComboBox(this)), m_stage(new QComboBox(this)),
      m_touch(new QComboBox(this)), m_health(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_extraLabel(new QLabel(this)), m_clearExtra(new QToolButton(this)), m_typing(new QTimer(this)),
      m_segment(new RefreshingCombo(this)), m_conditions(new QToolButton(this))
{
    static_cast<RefreshingCombo *>(m_segment)->beforePopup = [this] {
        const QString chosen = m_segment->currentIndex() > 0 ? m_segment->currentText() : QString();
        loadSegments(chosen);
        if (!chosen.isEmpty() && m_segment->currentIndex() == 0) {   // removed meanwhile: every account again
            useConditions({});
            showExtra();
            emitFilter();
        }
    };
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_conditions->setObjectName(QStringLiteral("segmentConditions"));
    m_conditions->setText(tr("Conditions…"));
    m_conditions->setToolTip(tr("Filter by any field and health measure, and save it as a segment"));
    m_csm->setObjectName(QStringLiteral("csmFilter"));
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_touch->setObjectName(QStringLiteral("touchFilter"));
    m_health->setObjectName(QStringLiteral("healthFilter"));
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search name, external ID or CSM"));
    m_search->setClearButtonEnabled(true);
    m_extraLabel->setObjectName(QStringLiteral("extraFilter"));
    m_extraLabel->setWordWrap(true);
    m_clearExtra->setObjectName(QStringLiteral("clearExtraFilter"));
    m_clearExtra->setText(tr("Show all"));
    m_clearExtra->setToolTip(tr("Drop these conditions"));

    m_stage->addItem(tr("All stages"));
    for (const QString &key : Stages::keys()) {
        const Stage stage = *Stages::fromKey(key);
        m_stage->addItem(Stages::label(stage), QVariant::fromValue(int(stage)));
    }
    m_touch->addItem(tr("All touch models"));
    for (const QString &key : Stages::touchKeys()) {
        const Touch touch = *Stages::touchFromKey(key);
        m_touch->addItem(Stages::label(touch), QVariant::fromValue(int(touch)));
    }
    m_health->addItem(tr("All health bands"));
    for (const Band band : {Band::Red, Band::Yellow, Band::Green})
        m_health->addItem(Scorecard::bandLabel(band), QVariant::fromValue(int(band)));
    setBook(nullptr);

    // Four filters leave the search box no room on the same row: it gets a row of its own.
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("CSM:"), this));
    filters->addWidget(m_csm);
    filters->addWidget(new QLabel(tr("Stage:"), this));
    filters->addWidget(m_stage);
    filters->addWidget(new QLabel(tr("Touch:"), this));
    filters->addWidget(m_touch);
    filters->addWidget(new QLabel(tr("Health:"), this));
    filters->addWidget(m_health);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(new QLabel(tr("Segment:"), this));
    searchRow->addWidget(m_segment);
    searchRow->addWidget(m_conditions);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    auto *extra = new QHBoxLayout;
    extra->addWidget(m_extraLabel, 1);
    extra->addWidget(m_clearExtra);
    layout->addLayout(extra);
    showExtra();
    // "Show all" after a chart's list: every condition goes, the stage or CSM it set too.
    connect(m_clearExtra, &QToolButton::clicked, this, [this] { setFilter(AccountFilter()); });

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &AccountFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_csm, m_stage, m_touch, m_health})
        connect(combo, &QComboBox::activated, this, &AccountFilterBar::emitFilter);
    connect(m_segment, &QComboBox::activated, this, &AccountFilterBar::segmentChosen);
    connect(m_conditions, &QToolButton::clicked, this, &AccountFilterBar::editConditions);
}

// The saved segments, each as its name (its conditions in the tooltip); `select` chosen.
void AccountFilterBar::loadSegments(const QString &select)
{
    m_segment->clear();
    m_segment->addItem(tr("All accounts"));
    if (m_book) {
        if (const auto segments = Segments(*m_book).list()) {
            for (const Segment &s : *segments) {
                m_segment->addItem(s.name, s.conditions);
                m_segment->setItemData(m_segment->count() - 1, s.conditions, Qt::ToolTipRole);
            }
        }
    }
    const int at = select.isEmpty() ? 0 : m_segment->findText(select);
    m_segment->setCurrentIndex(at > 0 ? at : 0);
    m_segment->setEnabled(m_book);
    m_conditions->setEnabled(m_book);
}

bool AccountFilterBar::useConditions(const QString &text)
{
    if (text.isEmpty() || !m_book) {
        m_segmentText.clear();
        m_segmentConditions.clear();
        return true;
    }
    const auto read = SegmentRules::parse(*m_book, text);
    if (!read) {   // e.g. a measure no scorecard has any more: said, and the list stays as it was
        m_extraLabel->setText(tr("The segment cannot be used: %1").arg(read.error().message));
        m_extraLabel->setVisible(true);
        return false;
    }
    m_segmentText = text;
    m_segmentConditions = *read;
    return true;
}

void AccountFilterBar::segmentChosen()
{
    const QString was = m_segmentText;
    if (!useConditions(m_segment->currentIndex() > 0 ? m_segment->currentData().toString() : QString())) {
        const int back = m_segment->findData(was);
        m_segment->setCurrentIndex(back > 0 ? back : 0);
        return;
    }
    showExtra();
    emitFilter();
}

void AccountFilterBar::editConditions()
{
    if (!m_book)
        return;
    SegmentDialog dialog(*m_book, m_segmentText, this);
    if (dialog.exec() != QDialog::Accepted || dialog.conditions().isEmpty())
        return;
    m_segmentText = dialog.conditionsText();
    m_segmentConditions = dialog.conditions();
    loadSegments(dialog.savedName());   // a segment saved is offered (and chosen) from now on
    showExtra();
    emitFilter();
}

void AccountFilterBar::setBook(Book *book)
{
    const bool sameBook = m_book == book;
    m_book = book;
    const QString chosen = m_segment->currentIndex() > 0 ? m_segment->currentText() : QString();
    loadSegments(chosen);
    if (!sameBook) {   // another book: its own segment of that name, or none
        const QList<SegmentCondition> was = m_segmentConditions;
        if (!useConditions(m_segment->currentIndex() > 0 ? m_segment->currentData().toString() : QString()))
            useConditions({});
        if (m_segmentConditions != was) {
            showExtra();
            emitFilter();
        }
    }
    const QString current = m_csm->currentData().toString();
    m_csm->clear();
    m_csm->addItem(tr("All CSMs"));
    if (book) {
        if (const auto names = AccountRepository(*book).csms()) {
            for (const QString &name : *names)
                m_csm->addItem(name, name);
        }
    }
    const int keep = m_csm->findData(current);
    m_csm->setCurrentIndex(keep > 0 ? keep : 0);
}

QStringList AccountFilterBar::csms() const
{
    QStringList names;
    for (int i = 1; i < m_csm->count(); ++i)
        names << m_csm->itemData(i).toString();
    return names;
}

AccountFilter AccountFilterBar::filter() const
{
    AccountFilter f;
    f.csm = m_csm->currentData().toString();
    if (m_stage->currentIndex() > 0)
        f.stage = Stage(m_stage->currentData().toInt());
    if (m_touch->currentIndex() > 0)
        f.touch = Touch(m_touch->currentData().toInt());
    if (m_health->currentIndex() > 0)
        f.health = Band(m_health->currentData().toInt());
    f.search = m_search->text().trimmed();
    f.plan = m_extra.plan;
    f.source = m_extra.source;
    f.renewalFrom = m_extra.renewalFrom;
    f.renewalTo = m_extra.renewalTo;
    f.churnedFrom = m_extra.churnedFrom;
    f.churnedTo = m_extra.churnedTo;
    f.segment = m_segmentConditions;
    return f;
}

void AccountFilterBar::setFilter(const AccountFilter &filter)
{
    const auto select = [](QComboBox *combo, const QVariant &data) {
        const int at = data.isValid() ? combo->findData(data) : 0;
        combo->setCurrentIndex(at >= 0 ? at : 0);
    };
    if (!filter.csm.isEmpty() && m_csm->findData(filter.csm) < 0)
        m_csm->addItem(filter.csm, filter.csm);
    select(m_csm, filter.csm.isEmpty() ? QVariant() : QVariant(filter.csm));
    select(m_stage, filter.stage ? QVariant(int(*filter.stage)) : QVariant());
    select(m_touch, filter.touch ? QVariant(int(*filter.touch)) : QVariant());
    select(m_health, filter.health ? QVariant(int(*filter.health)) : QVariant());
    const QSignalBlocker quiet(m_search);
    m_search->setText(filter.search);
    m_typing->stop();
    m_extra = filter;
    if (filter.segment.isEmpty()) {   // a list from a chart: no segment
        useConditions({});
        m_segment->setCurrentIndex(0);
    } else {   // a chart of a segment's accounts: that segment, chosen here when it is saved
        int saved = 0;
        for (int i = 1; i < m_segment->count() && m_book && saved == 0; ++i) {
            const auto read = SegmentRules::parse(*m_book, m_segment->itemData(i).toString());
            if (read && *read == filter.segment)
                saved = i;
        }
        m_segment->setCurrentIndex(saved);
        QStringList written;
        for (const SegmentCondition &c : filter.segment)
            written << QStringLiteral("%1 %2 %3").arg(c.field, c.op, c.value.toString());
        m_segmentText = saved > 0 ? m_segment->itemData(saved).toString() : written.join(QStringLiteral(" and "));
        m_segmentConditions = filter.segment;
    }
    showExtra();
    emitFilter();
}

QString AccountFilterBar::segmentName() const
{
    return m_segment->currentIndex() > 0 ? m_segment->currentText() : QString();
}

void AccountFilterBar::showExtra()
{
    QStringList parts;
    if (!m_extra.plan.isEmpty())
        parts << tr("plan %1").arg(m_extra.plan);
    if (!m_extra.source.isEmpty())
        parts << tr("source %1").arg(m_extra.source);
    const auto range = [](const std::optional<Date> &from, const std::optional<Date> &to) {
        if (from && to)
            return tr("%1 – %2").arg(Formatting::date(from), Formatting::date(to));
        return from ? tr("from %1").arg(Formatting::date(from)) : tr("until %1").arg(Formatting::date(to));
    };
    if (m_extra.renewalFrom || m_extra.renewalTo)
        parts << tr("renewal %1").arg(range(m_extra.renewalFrom, m_extra.renewalTo));
    if (m_extra.churnedFrom || m_extra.churnedTo)
        parts << tr("churned %1").arg(range(m_extra.churnedFrom, m_extra.churnedTo));
    if (!m_segmentText.isEmpty())
        parts << tr("where %1").arg(m_segmentText);
    m_extraLabel->setText(tr("Also: %1").arg(parts.join(QStringLiteral(", "))));
    m_extraLabel->setVisible(!parts.isEmpty());
    m_clearExtra->setVisible(!parts.isEmpty());
}

void AccountFilterBar::emitFilter()
{
    Q_EMIT filterChanged(filter());
}

} // namespace csw
