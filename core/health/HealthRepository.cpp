// SPDX-License-Identifier: MIT
#include "health/HealthRepository.h"

#include "book/Book.h"
#include "book/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace csw {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant touchValue(const std::optional<Touch> &touch)
{
    return touch ? QVariant(Stages::key(*touch)) : nullText();
}

Date dateFrom(const QVariant &value)
{
    return Dates::parseIso(value.toString()).value_or(Date());
}

} // namespace

Expected<QList<Measure>> HealthRepository::measures(qint64 scorecardId) const
{
    auto q = m_book.prepare(QStringLiteral(
        "SELECT measure, label, weight, higher_is_better, minimum, maximum, yellow_at, green_at, alert_at, "
        "alert_drop, alert_days FROM scorecard_measure WHERE scorecard_id = ? ORDER BY position"));
    if (!q)
        return q.error();
    q->addBindValue(scorecardId);
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    QList<Measure> list;
    while (q->next()) {
        Measure m{q->value(0).toString(), q->value(1).toString(), q->value(2).toDouble(),
                  q->value(3).toBool(),   q->value(4).toDouble(), q->value(5).toDouble(),
                  q->value(6).toDouble(), q->value(7).toDouble()};
        if (!q->value(8).isNull())
            m.alertAt = q->value(8).toDouble();
        if (!q->value(9).isNull())
            m.alertDrop = q->value(9).toDouble();
        m.alertDays = q->value(10).toInt();
        list << m;
    }
    return list;
}

Expected<Scorecard> HealthRepository::scorecard(qint64 id) const
{
    auto q = m_book.prepare(QStringLiteral(
        "SELECT id, touch, version, red_below, green_from, min_weight_share, drop_points, "
        "created_by FROM scorecard WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    if (!q->next())
        return Error{tr("there is no scorecard %1").arg(id), ErrorKind::NotFound};
    Scorecard card;
    card.id = q->value(0).toLongLong();
    card.touch = q->value(1).isNull() ? std::nullopt : Stages::touchFromKey(q->value(1).toString());
    card.version = q->value(2).toInt();
    card.bands = {q->value(3).toDouble(), q->value(4).toDouble()};
    card.minimumWeightShare = q->value(5).toDouble();
    card.dropPoints = q->value(6).toDouble();
    card.createdBy = q->value(7).toString();
    auto list = measures(card.id);
    if (!list)
        return list.error();
    card.measures = *list;
    return card;
}

Expected<std::optional<Scorecard>> HealthRepository::storedScorecard(std::optional<Touch> touch) const
{
    auto q = m_book.prepare(QStringLiteral(
        "SELECT id FROM scorecard WHERE active = 1 AND (touch = ? OR (touch IS NULL AND CAST(? AS TEXT) IS NULL))"));
    if (!q)
        return q.error();
    q->addBindValue(touchValue(touch));
    q->addBindValue(touchValue(touch));
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    if (!q->next())
        return std::optional<Scorecard>();
    auto card = scorecard(q->value(0).toLongLong());
    if (!card)
        return card.error();
    return std::optional<Scorecard>(*card);
}

Expected<Scorecard> HealthRepository::activeScorecard(std::optional<Touch> touch) const
{
    if (touch) {
        auto own = storedScorecard(touch);
        if (!own)
            return own.error();
        if (*own)
            return **own;
    }
    auto standard = storedScorecard(std::nullopt);
    if (!standard)
        return standard.error();
    return standard->value_or(Scorecard::defaults());
}

Expected<Scorecard> HealthRepository::storeScorecard(Scorecard card)
{
    if (auto ok = card.validate(); !ok)
        return ok.error();
    auto version = m_book.prepare(QStringLiteral(
        "SELECT coalesce(max(version), 0) + 1 FROM scorecard "
        "WHERE touch = ? OR (touch IS NULL AND CAST(? AS TEXT) IS NULL)"));
    if (!version)
        return version.error();
    version->addBindValue(touchValue(card.touch));
    version->addBindValue(touchValue(card.touch));
    if (auto ok = m_book.exec(*version); !ok || !version->next())
        return ok ? Error{tr("cannot number the scorecard")} : ok.error();
    card.version = version->value(0).toInt();
    auto retire = m_book.prepare(QStringLiteral(
        "UPDATE scorecard SET active = 0 WHERE touch = ? OR (touch IS NULL AND CAST(? AS TEXT) IS NULL)"));
    if (!retire)
        return retire.error();
    retire->addBindValue(touchValue(card.touch));
    retire->addBindValue(touchValue(card.touch));
    if (auto ok = m_book.exec(*retire); !ok)
        return ok.error();
    auto insert = m_book.prepare(QStringLiteral(
        "INSERT INTO scorecard (touch, version, created_on, active, red_below, green_from, "
        "min_weight_share, drop_points) VALUES (?, ?, ?, 1, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->addBindValue(touchValue(card.touch));
    insert->addBindValue(card.version);
    insert->addBindValue(Dates::toIso(Dates::today()));
    insert->addBindValue(card.bands.redBelow);
    insert->addBindValue(card.bands.greenFrom);
    insert->addBindValue(card.minimumWeightShare);
    insert->addBindValue(card.dropPoints);
    auto id = m_book.insert(*insert);
    if (!id)
        return id.error();
    card.id = *id;
    auto measure = m_book.prepare(QStringLiteral(
        "INSERT INTO scorecard_measure (scorecard_id, position, measure, label, weight, "
        "higher_is_better, minimum, maximum, yellow_at, green_at, alert_at, alert_drop, alert_days) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!measure)
        return measure.error();
    for (int i = 0; i < card.measures.size(); ++i) {
        const Measure &m = card.measures[i];
        for (const QVariant &v : {QVariant(card.id), QVariant(i), QVariant(m.key), QVariant(m.label),
                                  QVariant(m.weight), QVariant(m.higherIsBetter ? 1 : 0),
                                  QVariant(m.minimum), QVariant(m.maximum), QVariant(m.yellowAt),
                                  QVariant(m.greenAt), SqlValues::number(m.alertAt), SqlValues::number(m.alertDrop),
                                  QVariant(m.alertDays)})
            measure->addBindValue(v);
        if (auto ok = m_book.exec(*measure); !ok)
            return ok.error();
    }
    return card;
}

Expected<QList<Measure>> HealthRepository::measuresInUse() const
{
    QList<Measure> measures;
    for (const std::optional<Touch> &touch : {std::optional<Touch>(), std::optional(Touch::High),
                                              std::optional(Touch::Low), std::optional(Touch::Tech)}) {
        const auto card = activeScorecard(touch);
        if (!card)
            return card.error();
        for (const Measure &m : card->measures)
            if (std::none_of(measures.cbegin(), measures.cend(), [&](const Measure &x) { return x.key == m.key; }))
                measures << m;
    }
    return measures;
}

Expected<Scorecard> HealthRepository::ensureStored(const Scorecard &card)
{
    return card.id > 0 ? Expected<Scorecard>(card) : storeScorecard(card);
}

Status HealthRepository::recordValue(qint64 accountId, const Date &on, const QString &measure,
                                     double value)
{
    auto q = m_book.prepare(QStringLiteral(
        "INSERT INTO health_measure (account_id, measured_on, measure, value) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (account_id, measured_on, measure) DO UPDATE SET value = excluded.value"));
    if (!q)
        return q.error();
    q->addBindValue(accountId);
    q->addBindValue(Dates::toIso(on));
    q->addBindValue(measure);
    q->addBindValue(value);
    return m_book.exec(*q);
}

Date HealthRepository::oldestFresh(const Date &on)
{
    return on - boost::gregorian::days(StaleDays - 1);
}

Expected<QList<MeasureValue>> HealthRepository::valuesAsOf(qint64 accountId, const Date &on,
                                                           const std::optional<Date> &oldest) const
{
    auto q = m_book.prepare(QStringLiteral(
        "SELECT m.measure, m.value, m.measured_on FROM health_measure m "
        "WHERE m.account_id = ? AND m.measured_on <= ? AND m.measured_on >= ? "
        "AND m.measured_on = (SELECT max(n.measured_on) FROM health_measure n "
        "WHERE n.account_id = m.account_id AND n.measure = m.measure AND n.measured_on <= ?) "
        "ORDER BY m.measure"));
    if (!q)
        return q.error();
    const QString iso = Dates::toIso(on);
    q->addBindValue(accountId);
    q->addBindValue(iso);
    q->addBindValue(oldest ? Dates::toIso(*oldest) : QStringLiteral(""));   // every ISO day sorts after ""
    q->addBindValue(iso);
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    QList<MeasureValue> values;
    while (q->next())
        values << MeasureValue{q->value(0).toString(), q->value(1).toDouble(), dateFrom(q->value(2))};
    return values;
}

Expected<QList<Date>> HealthRepository::datesFrom(qint64 accountId, const Date &from) const
{
    auto q = m_book.prepare(QStringLiteral(
        "SELECT measured_on FROM health_measure WHERE account_id = ? AND measured_on >= ? "
        "UNION SELECT scored_on FROM health_score WHERE account_id = ? AND scored_on >= ? "
        "ORDER BY 1"));
    if (!q)
        return q.error();
    for (int i = 0; i < 2; ++i) {
        q->addBindValue(accountId);
        q->addBindValue(Dates::toIso(from));
    }
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    QList<Date> dates;
    while (q->next())
        dates << dateFrom(q->value(0));
    return dates;
}

Status HealthRepository::storeScore(qint64 accountId, const Date &on, qint64 scorecardId,
                                    const std::optional<ScoreResult> &result)
{
    if (!result) {
        auto remove = m_book.prepare(QStringLiteral(
            "DELETE FROM health_score WHERE account_id = ? AND scored_on = ?"));
        if (!remove)
            return remove.error();
        remove->addBindValue(accountId);
        remove->addBindValue(Dates::toIso(on));
        return m_book.exec(*remove);
    }
    auto q = m_book.prepare(QStringLiteral(
        "INSERT INTO health_score (account_id, scored_on, scorecard_id, score, band, complete) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, scored_on) DO UPDATE SET "
        "scorecard_id = excluded.scorecard_id, score = excluded.score, band = excluded.band, "
        "complete = excluded.complete"));
    if (!q)
        return q.error();
    q->addBindValue(accountId);
    q->addBindValue(Dates::toIso(on));
    q->addBindValue(scorecardId);
    q->addBindValue(result->score);
    q->addBindValue(Scorecard::bandKey(result->band));
    q->addBindValue(result->complete ? 1 : 0);
    return m_book.exec(*q);
}

QString HealthRepository::refreshLatestSql()
{
    return QStringLiteral("UPDATE account SET (health_score, health_band) = (SELECT s.score, s.band "
                          "FROM health_score s WHERE s.account_id = account.id "
                          "ORDER BY s.scored_on DESC LIMIT 1) WHERE ");
}

Status HealthRepository::refreshLatest(qint64 accountId)
{
    auto q = m_book.prepare(refreshLatestSql() + QStringLiteral("id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(accountId);
    return m_book.exec(*q);
}

Expected<QList<ScoreRecord>> HealthRepository::history(qint64 accountId) const
{
    auto q = m_book.prepare(QStringLiteral(
        "SELECT h.scored_on, h.scorecard_id, s.version, h.score, h.band, h.complete "
        "FROM health_score h JOIN scorecard s ON s.id = h.scorecard_id "
        "WHERE h.account_id = ? ORDER BY h.scored_on"));
    if (!q)
        return q.error();
    q->addBindValue(accountId);
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    QList<ScoreRecord> records;
    while (q->next()) {
        records << ScoreRecord{dateFrom(q->value(0)), q->value(1).toLongLong(), q->value(2).toInt(),
                               q->value(3).toDouble(),
                               Scorecard::bandFromKey(q->value(4).toString()).value_or(Band::Red),
                               q->value(5).toBool()};
    }
    return records;
}

Expected<std::optional<ScoreRecord>> HealthRepository::scoreAsOf(qint64 accountId, const Date &on,
                                                                 bool strictly) const
{
    auto q = m_book.prepare(QStringLiteral(
        "SELECT h.scored_on, h.scorecard_id, s.version, h.score, h.band, h.complete "
        "FROM health_score h JOIN scorecard s ON s.id = h.scorecard_id "
        "WHERE h.account_id = ? AND h.scored_on %1 ? ORDER BY h.scored_on DESC LIMIT 1")
                                    .arg(strictly ? QStringLiteral("<") : QStringLiteral("<=")));
    if (!q)
        return q.error();
    q->addBindValue(accountId);
    q->addBindValue(Dates::toIso(on));
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    if (!q->next())
        return std::optional<ScoreRecord>();
    return std::optional<ScoreRecord>(ScoreRecord{
        dateFrom(q->value(0)), q->value(1).toLongLong(), q->value(2).toInt(), q->value(3).toDouble(),
        Scorecard::bandFromKey(q->value(4).toString()).value_or(Band::Red), q->value(5).toBool()});
}

Expected<std::optional<double>> HealthRepository::highestBetween(qint64 accountId, const Date &from,
                                                                 const Date &to) const
{
    auto q = m_book.prepare(QStringLiteral(
        "SELECT max(score) FROM health_score WHERE account_id = ? AND scored_on >= ? "
        "AND scored_on < ?"));
    if (!q)
        return q.error();
    q->addBindValue(accountId);
    q->addBindValue(Dates::toIso(from));
    q->addBindValue(Dates::toIso(to));
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<double>();
    return std::optional<double>(q->value(0).toDouble());
}

Expected<std::optional<DatedValue>> HealthRepository::valueBefore(qint64 accountId, const QString &key,
                                                                 const Date &on) const
{
    auto q = m_book.query(QStringLiteral("SELECT measured_on, value FROM health_measure WHERE account_id = ? AND "
                                         "measure = ? AND measured_on < ? ORDER BY measured_on DESC LIMIT 1"),
                          {accountId, key, Dates::toIso(on)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<DatedValue>();
    return std::optional<DatedValue>(DatedValue{dateFrom(q->value(0)), q->value(1).toDouble()});
}

Expected<std::optional<DatedValue>> HealthRepository::bestBetween(qint64 accountId, const Measure &measure,
                                                                  const Date &from, const Date &to) const
{
    auto q = m_book.query(QStringLiteral("SELECT measured_on, value FROM health_measure WHERE account_id = ? AND "
                                         "measure = ? AND measured_on >= ? AND measured_on < ? ORDER BY value %1, "
                                         "measured_on DESC LIMIT 1")
                              .arg(measure.higherIsBetter ? QLatin1String("DESC") : QLatin1String("ASC")),
                          {accountId, measure.key, Dates::toIso(from), Dates::toIso(to)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<DatedValue>();
    return std::optional<DatedValue>(DatedValue{dateFrom(q->value(0)), q->value(1).toDouble()});
}

} // namespace csw
