// SPDX-License-Identifier: MIT
#include "health/ScoreRecompute.h"

#include "book/Book.h"
#include "book/BulkStatement.h"
#include "book/RowStream.h"
#include "health/HealthRepository.h"
#include "health/HealthService.h"

#include <QHash>

namespace csw {

namespace {
struct ScoreKey
{
    qint64 account;
    QByteArray date;   // ISO text: compares in date order
};
} // namespace

Expected<qint64> ScoreRecompute::run(Book &book, const std::optional<Touch> &touch,
                                     const Progress &progress)
{
    qint64 done = 0;
    const Status written = book.write([&]() -> Status {
        HealthRepository health(book);
        // The scorecard each account is scored with, by its touch model.
        auto standard = health.activeScorecard(std::nullopt);
        if (!standard)
            return standard.error();
        auto stored = health.ensureStored(*standard);   // the built-in default, on first use
        if (!stored)
            return stored.error();
        QHash<int, Scorecard> cards;
        for (const Touch t : {Touch::High, Touch::Low, Touch::Tech}) {
            auto own = health.storedScorecard(t);
            if (!own)
                return own.error();
            cards.insert(int(t), own->value_or(*stored));
        }
        const QVariantList filter = touch ? QVariantList{Stages::key(*touch), Stages::key(*touch)}
                                          : QVariantList{QVariant(QMetaType::fromType<QString>()),
                                                         QVariant(QMetaType::fromType<QString>())};
        QHash<qint64, int> touchOf;
        {
            auto accounts = RowStream::open(book, "SELECT id, touch FROM account WHERE ? IS NULL OR touch = ?",
                                            filter);
            if (!accounts)
                return accounts.error();
            while (accounts->next())
                touchOf.insert(accounts->integer(0),
                               int(Stages::touchFromKey(QString::fromLatin1(accounts->text(1))).value_or(Touch::High)));
            if (accounts->error())
                return *accounts->error();
        }
        QList<ScoreKey> keys;
        {
            auto scores = RowStream::open(book, "SELECT account_id, scored_on FROM health_score "
                                                "ORDER BY account_id, scored_on");
            if (!scores)
                return scores.error();
            while (scores->next()) {
                if (touchOf.contains(scores->integer(0)))
                    keys.append({scores->integer(0), scores->text(1).toByteArray()});
            }
            if (scores->error())
                return *scores->error();
        }
        auto values = RowStream::open(book, "SELECT account_id, measured_on, measure, value "
                                            "FROM health_measure ORDER BY account_id, measured_on");
        if (!values)
            return values.error();
        auto update = BulkStatement::prepare(book, "UPDATE health_score SET scorecard_id = ?, "
                                                   "score = ?, band = ?, complete = ? "
                                                   "WHERE account_id = ? AND scored_on = ?");
        auto remove = BulkStatement::prepare(book, "DELETE FROM health_score WHERE account_id = ? "
                                                   "AND scored_on = ?");
        if (!update || !remove)
            return !update ? update.error() : remove.error();

        bool more = values->next();
        qint64 account = -1;
        QHash<QString, MeasureValue> held;
        for (const ScoreKey &key : std::as_const(keys)) {
            if (key.account != account) {
                account = key.account;
                held.clear();
                while (more && values->integer(0) < account)
                    more = values->next();
            }
            // Take in every value of this account measured on or before the score's date.
            while (more && values->integer(0) == account && values->text(1) <= key.date) {
                const QString measure = QString::fromUtf8(values->text(2));
                held.insert(measure, MeasureValue{measure, values->text(3).toDouble(),
                                                  *Dates::parseIso(QString::fromLatin1(values->text(1)))});
                more = values->next();
            }
            const Date on = *Dates::parseIso(QString::fromLatin1(key.date));
            QList<MeasureValue> fresh;
            for (const MeasureValue &value : std::as_const(held)) {
                if (Dates::daysBetween(value.measuredOn, on) < HealthService::StaleDays)
                    fresh << value;
            }
            const Scorecard &card = cards[touchOf.value(account)];
            const auto result = ScoreMath::score(card, fresh);
            const QString date = QString::fromLatin1(key.date);
            const Status ok = result ? update->bind(card.id).bind(result->score)
                                           .bind(Scorecard::bandKey(result->band))
                                           .bind(result->complete ? 1 : 0).bind(account).bind(date).run()
                                     : remove->bind(account).bind(date).run();
            if (!ok)
                return ok;
            ++done;
            if (progress && done % 1000 == 0 && !progress(done, keys.size()))
                return Error{tr("the recomputation was cancelled; the scores were left as they were")};
        }
        if (values->error())
            return *values->error();
        // Every account row carries its latest score again.
        auto latest = book.prepare(QStringLiteral(
            "UPDATE account SET "
            "health_score = (SELECT s.score FROM health_score s WHERE s.account_id = account.id "
            "ORDER BY s.scored_on DESC LIMIT 1), "
            "health_band = (SELECT s.band FROM health_score s WHERE s.account_id = account.id "
            "ORDER BY s.scored_on DESC LIMIT 1) WHERE ? IS NULL OR touch = ?"));
        if (!latest)
            return latest.error();
        latest->addBindValue(filter[0]);
        latest->addBindValue(filter[1]);
        return book.exec(*latest);
    });
    if (!written)
        return written.error();
    return done;
}

} // namespace csw
