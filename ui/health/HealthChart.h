// SPDX-License-Identifier: MIT
#pragma once

#include "health/HealthRepository.h"
#include "stages/StageRepository.h"

#include <QChartView>
#include <QList>

class QLineSeries;

namespace csw {

// An account's health score over time: the score as a line over the red, yellow and green band
// areas, with dashed markers where the account changed stage, and tooltips that give each
// score's date, value and band. Can be saved as PNG, SVG or PDF.
class HealthChart final : public QChartView
{
    Q_OBJECT

public:
    explicit HealthChart(QWidget *parent = nullptr);

    // Shows `history` over `bands`, with the stage changes among `stageEvents` that fall inside
    // its dates; an empty history leaves the bands and an empty line.
    void setHistory(const QList<ScoreRecord> &history, const Bands &bands,
                    const QList<StageEvent> &stageEvents);
    // Writes the chart as an image by the file's extension: .png, .svg or .pdf; false when the
    // extension is none of these or the file cannot be written (nothing is left behind then).
    bool saveImage(const QString &path);

    QLineSeries *scoreSeries() const { return m_score; }
    const QList<ScoreRecord> &history() const { return m_history; }

private:
    void addBand(const QString &name, double low, double high, const QColor &color, qreal from,
                 qreal to);
    void addStageMarkers(qreal from, qreal to);
    void showScoreTip(const QPointF &point, bool state);
    void showStageTip(const QPointF &point, bool state);

    QList<ScoreRecord> m_history;
    QList<StageEvent> m_events;
    QLineSeries *m_score = nullptr;
};

} // namespace csw
