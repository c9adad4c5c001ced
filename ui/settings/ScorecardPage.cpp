// SPDX-License-Identifier: MIT
#include "settings/ScorecardPage.h"

#include "book/Book.h"
#include "health/PeopleMeasures.h"
#include "health/HealthRepository.h"
#include "health/ScoreRecompute.h"
#include "settings/ScorecardModel.h"

#include <QComboBox>

#include <algorithm>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csw {

namespace {
QDoubleSpinBox *spin(QWidget *parent, double max, const char *name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(1);
    box->setObjectName(QLatin1String(name));
    return box;
}
} // namespace

ScorecardPage::ScorecardPage(Book *book, QWidget *parent)
    : QWidget(parent), m_book(book), m_touch(new QComboBox(this)),
      m_model(new ScorecardModel(this)), m_table(new QTableView(this)),
      m_redBelow(spin(this, 100, "redBelow")), m_greenFrom(spin(this, 100, "greenFrom")),
      m_minShare(spin(this, 100, "minShare")), m_dropPoints(spin(this, 100, "dropPoints")),
      m_version(new QLabel(this)), m_save(new QPushButton(tr("Save as New Version"), this)),
      m_recompute(new QPushButton(tr("Recompute History"), this)), m_addable(new QComboBox(this)),
      m_add(new QPushButton(tr("Add Measure"), this))
{
    m_addable->setObjectName(QStringLiteral("addableMeasures"));
    m_add->setObjectName(QStringLiteral("addMeasure"));
    m_add->setToolTip(tr("Measures the book keeps from its contacts and hand-offs: recorded when they change"));
    m_touch->setObjectName(QStringLiteral("scorecardTouch"));
    m_touch->addItem(tr("Every touch model"), -1);
    for (const QString &key : Stages::touchKeys()) {
        const Touch touch = *Stages::touchFromKey(key);
        m_touch->addItem(Stages::label(touch), int(touch));
    }
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("scorecardTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_save->setObjectName(QStringLiteral("saveScorecard"));
    m_recompute->setObjectName(QStringLiteral("recomputeScores"));

    auto *bands = new QFormLayout;
    bands->addRow(tr("Red below:"), m_redBelow);
    bands->addRow(tr("Green from:"), m_greenFrom);
    bands->addRow(tr("A complete score needs (% of the weight):"), m_minShare);
    bands->addRow(tr("Alert on a drop within 30 days of (points):"), m_dropPoints);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_version, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_recompute);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(tr("Scorecard for:"), m_touch);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    auto *adding = new QHBoxLayout;
    adding->addWidget(new QLabel(tr("The book's own measures:"), this));
    adding->addWidget(m_addable, 1);
    adding->addWidget(m_add);
    layout->addLayout(adding);
    layout->addLayout(bands);
    layout->addLayout(buttons);

    connect(m_touch, &QComboBox::currentIndexChanged, this, &ScorecardPage::load);
    connect(m_save, &QPushButton::clicked, this, &ScorecardPage::save);
    connect(m_recompute, &QPushButton::clicked, this, &ScorecardPage::recompute);
    connect(m_add, &QPushButton::clicked, this, &ScorecardPage::addMeasure);
    setEnabled(m_book);
    load();
}

void ScorecardPage::load()
{
    if (!m_book)
        return;
    const int touch = m_touch->currentData().toInt();
    const std::optional<Touch> which = touch < 0 ? std::nullopt : std::optional(Touch(touch));
    auto card = HealthRepository(*m_book).activeScorecard(which);
    if (!card)
        return;
    m_loaded = *card;
    m_model->setMeasures(card->measures);
    offerMeasures();
    m_redBelow->setValue(card->bands.redBelow);
    m_greenFrom->setValue(card->bands.greenFrom);
    m_minShare->setValue(card->minimumWeightShare);
    m_dropPoints->setValue(card->dropPoints);
    const bool own = !which || card->touch == which;
    m_version->setText(card->id == 0 ? tr("The built-in scorecard")
                       : own         ? tr("Version %1").arg(card->version)
                                     : tr("Uses the scorecard for every touch model (version %1)")
                                           .arg(card->version));
}

void ScorecardPage::offerMeasures()
{
    m_addable->clear();
    const QList<Measure> on = m_model->measures();
    for (const Measure &m : PeopleMeasures::definitions()) {
        if (std::none_of(on.cbegin(), on.cend(), [&](const Measure &o) { return o.key == m.key; }))
            m_addable->addItem(m.shownLabel(), m.key);
    }
    m_addable->setEnabled(m_addable->count() > 0);
    m_add->setEnabled(m_addable->count() > 0);
}

void ScorecardPage::addMeasure()
{
    const Measure *m = PeopleMeasures::definition(m_addable->currentData().toString());
    if (!m)
        return;
    QList<Measure> measures = m_model->measures();
    measures << *m;
    m_model->setMeasures(measures);   // kept when saved as a new version
    offerMeasures();
}

Scorecard ScorecardPage::edited() const
{
    Scorecard card = m_loaded;
    const int touch = m_touch->currentData().toInt();
    card.touch = touch < 0 ? std::nullopt : std::optional(Touch(touch));
    card.id = 0;
    card.measures = m_model->measures();
    card.bands = {m_redBelow->value(), m_greenFrom->value()};
    card.minimumWeightShare = m_minShare->value();
    card.dropPoints = m_dropPoints->value();
    return card;
}

bool ScorecardPage::save()
{
    if (!m_book)
        return false;
    const Scorecard card = edited();
    Status stored = card.validate();
    if (stored) {
        stored = m_book->write([&]() -> Status {
            auto saved = HealthRepository(*m_book).storeScorecard(card);
            return saved ? Status() : Status(saved.error());
        });
    }
    if (!stored) {
        QMessageBox::warning(this, tr("Scorecard"), stored.error().message);
        return false;
    }
    load();
    return true;
}

bool ScorecardPage::recompute()
{
    if (!m_book)
        return false;
    const int touch = m_touch->currentData().toInt();
    QProgressDialog progress(tr("Rescoring the kept health scores…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto done = ScoreRecompute::run(*m_book, touch < 0 ? std::nullopt : std::optional(Touch(touch)),
                                    [&](qint64 count, qint64 total) {
                                        progress.setValue(int(count * 100 / std::max<qint64>(1, total)));
                                        QCoreApplication::processEvents();
                                        return !progress.wasCanceled();
                                    });
    if (!done) {
        // Cancelled, the scores are as they were and the person knows why: nothing to report.
        if (done.error().kind != ErrorKind::Cancelled)
            QMessageBox::warning(this, tr("Scorecard"), done.error().message);
        return false;
    }
    m_version->setText(tr("Rescored %1 kept scores.").arg(*done));
    Q_EMIT scoresChanged();
    return true;
}

} // namespace csw
