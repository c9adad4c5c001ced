// SPDX-License-Identifier: MIT
#include "health/HealthPanel.h"

#include "common/Allowed.h"
#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "common/Formatting.h"
#include "health/BandStyle.h"
#include "health/HealthChart.h"
#include "health/HealthExplainModel.h"
#include "health/HealthRecordForm.h"
#include "health/HealthService.h"
#include "stages/StageRepository.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csw {

namespace {
QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 1);
}
} // namespace

HealthPanel::HealthPanel(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_band(new QLabel(this)), m_incomplete(new QLabel(this)),
      m_summary(new QLabel(this)), m_chart(new HealthChart(this)),
      m_save(new QPushButton(tr("Save char&t…"), this)), m_explain(new HealthExplainModel(this)),
      m_explainTable(new QTableView(this)), m_form(new HealthRecordForm(this))
{
    m_band->setObjectName(QStringLiteral("healthBandLabel"));
    m_incomplete->setObjectName(QStringLiteral("healthIncompleteLabel"));
    m_summary->setObjectName(QStringLiteral("healthSummaryLabel"));
    m_chart->setObjectName(QStringLiteral("healthChart"));
    m_save->setObjectName(QStringLiteral("saveChartButton"));
    m_explainTable->setObjectName(QStringLiteral("explainTable"));
    m_form->setObjectName(QStringLiteral("healthRecordForm"));

    m_incomplete->setText(tr("incomplete"));
    m_incomplete->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #b06000; color: #b06000; "
                                               "border-radius: 4px; padding: 1px 6px; }"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_explainTable->setModel(m_explain);
    m_explainTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_explainTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Long measure labels wrap rather than being cut off in a narrow detail pane.
    m_explainTable->setWordWrap(true);
    m_explainTable->verticalHeader()->hide();
    const int rowHeight = m_explainTable->fontMetrics().height() + 8;
    m_explainTable->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_explainTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_explainTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_explainTable->horizontalHeader()->setSectionResizeMode(HealthExplainModel::MeasureName,
                                                            QHeaderView::Stretch);
    m_explainTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *header = new QHBoxLayout;
    header->addWidget(m_band);
    header->addWidget(m_incomplete);
    header->addWidget(m_summary, 1);

    auto *chartButtons = new QHBoxLayout;
    chartButtons->addStretch(1);
    chartButtons->addWidget(m_save);

    auto *recordBox = new QGroupBox(tr("Record measures"), this);
    auto *recordLayout = new QVBoxLayout(recordBox);
    recordLayout->addWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_chart, 1);
    layout->addLayout(chartButtons);
    layout->addWidget(new QLabel(tr("What made the latest score:"), this));
    layout->addWidget(m_explainTable);
    layout->addWidget(recordBox);

    connect(m_explainTable->verticalHeader(), &QHeaderView::sectionResized, this,
            &HealthPanel::fitExplainTable);
    connect(m_save, &QPushButton::clicked, this, &HealthPanel::saveChart);
    connect(m_form, &HealthRecordForm::recordRequested, this, &HealthPanel::record);
    reload();
}

void HealthPanel::showAccount(qint64 id)
{
    if (id != m_id)
        m_form->clear();
    m_id = id;
    reload();
}

void HealthPanel::reload()
{
    Book *book = m_session.book();
    std::optional<Account> account;
    if (book && m_id != 0) {
        if (auto found = AccountRepository(*book).get(m_id))
            account = *found;
    }
    Scorecard card = Scorecard::defaults();
    QList<ScoreRecord> history;
    QList<StageEvent> events;
    std::optional<HealthExplanation> explanation;
    if (account) {
        HealthRepository health(*book);
        if (auto active = health.activeScorecard(account->touch))
            card = *active;
        if (auto found = health.history(m_id))
            history = *found;
        if (auto found = StageRepository(*book).events(m_id))
            events = *found;
        if (!history.isEmpty()) {
            if (auto found = HealthService(*book).explain(m_id, std::nullopt))
                explanation = *found;
        }
    }
    m_chart->setHistory(history, explanation ? explanation->scorecard.bands : card.bands, events);
    m_explain->setExplanation(explanation);
    m_form->setScorecard(card);
    QString why;
    setAllowed(m_form, account && m_session.mayChangeAccount(m_id, &why), why);
    m_save->setEnabled(!history.isEmpty());

    m_explainTable->setVisible(explanation.has_value());
    fitExplainTable();

    m_band->setVisible(explanation.has_value());
    m_incomplete->setVisible(explanation && !explanation->result.complete);
    if (!explanation) {
        m_summary->setText(account ? tr("No health score yet") : QString());
        m_summary->setToolTip({});
        return;
    }
    const ScoreResult &result = explanation->result;
    m_band->setText(tr("%1 · %2").arg(Scorecard::bandLabel(result.band), scoreText(result.score)));
    m_band->setStyleSheet(BandStyle::chipStyleSheet(result.band));
    m_incomplete->setToolTip(tr("Only %1 % of the scorecard's weight had values; a complete score "
                                "needs %2 %.")
                                 .arg(QLocale().toString(result.weightShare, 'f', 0),
                                      QLocale().toString(explanation->scorecard.minimumWeightShare,
                                                         'f', 0)));
    QString summary = tr("Scored on %1").arg(Formatting::date(explanation->scoredOn));
    if (explanation->previous) {
        const double change = result.score - explanation->previous->score;
        const QString signedChange =
            change > 0.05 ? QStringLiteral("+") + scoreText(change) : scoreText(change);
        summary += QStringLiteral(" · ")
                   + tr("%1 since %2 (%3)")
                         .arg(signedChange, Formatting::date(explanation->previousOn),
                              scoreText(explanation->previous->score));
    }
    m_summary->setText(summary);
    m_summary->setToolTip(tr("Scorecard version %1").arg(explanation->scorecard.version));
}

// Tall enough for every measure, so the table needs no scroll bar of its own; rows grow when
// a label wraps.
void HealthPanel::fitExplainTable()
{
    QHeaderView *rows = m_explainTable->verticalHeader();
    const int height = m_explain->rowCount() > 0 ? rows->length() : rows->minimumSectionSize();
    m_explainTable->setFixedHeight(m_explainTable->horizontalHeader()->sizeHint().height() + height
                                   + 2 * m_explainTable->frameWidth());
}

void HealthPanel::record(const Date &on, const QStringList &assignments)
{
    if (m_id == 0)
        return;
    // The session reports a refusal; the fields keep what was typed so it can be corrected.
    if (m_session.recordHealth(m_id, on, assignments))
        m_form->clear();
}

void HealthPanel::saveChart()
{
    Book *book = m_session.book();
    if (!book || m_id == 0)
        return;
    const auto account = AccountRepository(*book).get(m_id);
    const QString base = tr("%1 health").arg(account ? account->name : QString::number(m_id));
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), QDir::home().filePath(base + QStringLiteral(".png")),
        QStringList{png, svg, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? QStringLiteral(".svg")
                : filter == pdf ? QStringLiteral(".pdf")
                                : QStringLiteral(".png");
    if (!m_chart->saveImage(path))
        Q_EMIT m_session.errorOccurred(
            tr("Cannot save the chart as %1: choose a .png, .svg or .pdf file in a folder you "
               "can write to.")
                .arg(QDir::toNativeSeparators(path)));
}

} // namespace csw
