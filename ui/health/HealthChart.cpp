// SPDX-License-Identifier: MIT
#include "health/HealthChart.h"

#include "book/OpenBooks.h"
#include "common/Formatting.h"
#include "health/BandStyle.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace csw {

namespace {
constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

qreal xOf(const Date &date)
{
    // Noon, so that no time zone moves a point to the neighbouring day.
    return qreal(QDateTime(Formatting::toQDate(date), QTime(12, 0)).toMSecsSinceEpoch());
}

QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 1);
}
} // namespace

HealthChart::HealthChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(fontMetrics().height() * 16);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    setHistory({}, Bands(), {});
}

void HealthChart::setHistory(const QList<ScoreRecord> &history, const Bands &bands,
                             const QList<StageEvent> &stageEvents)
{
    m_history = history;
    m_events = stageEvents;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    qreal from = 0;
    qreal to = 0;
    if (history.isEmpty()) {
        const Date today = Dates::today();
        from = xOf(today - boost::gregorian::days(365));
        to = xOf(today);
    } else {
        from = xOf(history.constFirst().scoredOn);
        to = xOf(history.constLast().scoredOn);
        // A little room either side, and at least a month shown, so single points are visible.
        const qreal span = to - from;
        qreal pad = std::max(span * 0.03, qreal(DayMs));
        if (span + 2 * pad < 30.0 * DayMs)
            pad = (30.0 * DayMs - span) / 2;
        from -= pad;
        to += pad;
    }

    auto *axisX = new QDateTimeAxis(c);
    axisX->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    axisX->setTickCount(5);
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(from)),
                    QDateTime::fromMSecsSinceEpoch(qint64(to)));
    auto *axisY = new QValueAxis(c);
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(tr("Score"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);

    // Short legend names: a narrow detail pane has room for five of them on one line.
    addBand(Scorecard::bandLabel(Band::Red), 0, bands.redBelow, BandStyle::tint(Band::Red), from,
            to);
    addBand(Scorecard::bandLabel(Band::Yellow), bands.redBelow, bands.greenFrom,
            BandStyle::tint(Band::Yellow), from, to);
    addBand(Scorecard::bandLabel(Band::Green), bands.greenFrom, 100, BandStyle::tint(Band::Green),
            from, to);

    m_score = new QLineSeries(c);
    m_score->setObjectName(QStringLiteral("scoreSeries"));
    m_score->setName(tr("Score"));
    m_score->setPen(QPen(QColor(0x1a, 0x3f, 0x8f), 2));
    m_score->setColor(QColor(0x1a, 0x3f, 0x8f));
    m_score->setPointsVisible(true);
    for (const ScoreRecord &record : history)
        m_score->append(xOf(record.scoredOn), record.score);
    c->addSeries(m_score);
    m_score->attachAxis(axisX);
    m_score->attachAxis(axisY);
    connect(m_score, &QLineSeries::hovered, this, &HealthChart::showScoreTip);

    addStageMarkers(from, to);
}

void HealthChart::addBand(const QString &name, double low, double high, const QColor &color,
                          qreal from, qreal to)
{
    QChart *c = chart();
    auto *area = new QAreaSeries(c);
    auto *upper = new QLineSeries(area);
    auto *lower = new QLineSeries(area);
    upper->append(from, high);
    upper->append(to, high);
    lower->append(from, low);
    lower->append(to, low);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    area->setName(name);
    QColor fill = color;
    fill.setAlpha(170);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    c->addSeries(area);
    for (QAbstractAxis *axis : c->axes())
        area->attachAxis(axis);
}

void HealthChart::addStageMarkers(qreal from, qreal to)
{
    QChart *c = chart();
    auto *markers = new QScatterSeries(c);
    markers->setObjectName(QStringLiteral("stageMarkers"));
    markers->setName(tr("Stage change"));
    markers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    markers->setMarkerSize(11);
    markers->setColor(QColor(0x55, 0x55, 0x55));
    markers->setBorderColor(QColor(0x55, 0x55, 0x55));
    QPen dashed(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine);
    for (const StageEvent &event : std::as_const(m_events)) {
        const qreal x = xOf(event.enteredOn);
        if (x < from || x > to)
            continue;
        auto *line = new QLineSeries(c);
        line->setObjectName(QStringLiteral("stageLine"));
        line->setPen(dashed);
        line->append(x, 0);
        line->append(x, 100);
        c->addSeries(line);
        for (QAbstractAxis *axis : c->axes())
            line->attachAxis(axis);
        for (QLegendMarker *marker : c->legend()->markers(line))
            marker->setVisible(false);
        markers->append(x, 96);
    }
    c->addSeries(markers);
    for (QAbstractAxis *axis : c->axes())
        markers->attachAxis(axis);
    connect(markers, &QScatterSeries::hovered, this, &HealthChart::showStageTip);
    if (markers->count() == 0) {
        for (QLegendMarker *marker : c->legend()->markers(markers))
            marker->setVisible(false);
    }
}

void HealthChart::showScoreTip(const QPointF &point, bool state)
{
    if (!state || m_history.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const auto distance = [&point](const Date &date) { return std::abs(xOf(date) - point.x()); };
    const ScoreRecord *nearest = &m_history.constFirst();
    for (const ScoreRecord &record : std::as_const(m_history)) {
        if (distance(record.scoredOn) < distance(nearest->scoredOn))
            nearest = &record;
    }
    QString text = tr("%1: %2 (%3)")
                       .arg(Formatting::date(nearest->scoredOn), scoreText(nearest->score),
                            Scorecard::bandLabel(nearest->band));
    if (!nearest->complete)
        text += QLatin1Char('\n') + tr("Incomplete: too few measures had values");
    QToolTip::showText(QCursor::pos(), text, this);
}

void HealthChart::showStageTip(const QPointF &point, bool state)
{
    if (!state || m_events.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const auto distance = [&point](const Date &date) { return std::abs(xOf(date) - point.x()); };
    const StageEvent *nearest = &m_events.constFirst();
    for (const StageEvent &event : std::as_const(m_events)) {
        if (distance(event.enteredOn) < distance(nearest->enteredOn))
            nearest = &event;
    }
    QString text = tr("%1: moved to %2").arg(Formatting::date(nearest->enteredOn),
                                             Stages::label(nearest->stage));
    if (!nearest->note.isEmpty())
        text += QLatin1Char('\n') + nearest->note;
    QToolTip::showText(QCursor::pos(), text, this);
}

bool HealthChart::saveImage(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")
        && suffix != QLatin1String("pdf"))
        return false;
    // Written whole or not at all: a failure leaves no half file behind.
    if (OpenBooks::contains(path))   // never write over an open book
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QSize size = this->size().isEmpty() ? QSize(800, 400) : this->size();
    if (size != this->size())
        resize(size);
    const QRect source = viewport()->rect().isEmpty() ? QRect(QPoint(), size) : viewport()->rect();
    if (suffix == QLatin1String("png")) {
        if (!grab().toImage().save(&file, "PNG"))
            return false;
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(source.size());
        svg.setViewBox(QRect(QPoint(), source.size()));
        svg.setTitle(tr("Health score"));
        QPainter painter(&svg);
        render(&painter, QRectF(QPointF(), source.size()), source);
    } else {
        QPdfWriter pdf(&file);
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(tr("Health score"));
        QPainter painter(&pdf);
        render(&painter, QRectF(painter.viewport()), source, Qt::KeepAspectRatio);
    }
    return file.commit();
}

} // namespace csw
