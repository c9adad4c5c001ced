// SPDX-License-Identifier: MIT
#include "health/ScoreRecompute.h"

#include "book/Book.h"
#include "book/ExclusiveWork.h"
#include "book/Dialect.h"
#include "book/BulkStatement.h"
#include "book/RowStream.h"
#include "health/HealthRepository.h"
#include "health/HealthService.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <QSqlQuery>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace csw {

namespace {
// An ISO date kept inline: millions are held, none allocates, and they compare in date order.
struct IsoDate
{
    std::array<char, 10> text{};

    static IsoDate from(QByteArrayView view)
    {
        IsoDate d;
        std::copy_n(view.data(), std::min<qsizetype>(view.size(), 10), d.text.begin());
        return d;
    }
    QByteArrayView view() const { return QByteArrayView(text.data(), 10); }
    bool isNull() const { return text[0] == 0; }
    auto operator<=>(const IsoDate &) const = default;
};

size_t qHash(const IsoDate &date, size_t seed = 0)
{
    return qHashBits(date.text.data(), date.text.size(), seed);
}

struct ScoreKey
{
    qint64 account;
    IsoDate date;
};
} // namespace

Expected<qint64> ScoreRecompute::run(Book &book, const std::optional<Touch> &touch,
                                     const Progress &progress)
{
    qint64 done = 0;
    const auto exclusive = ExclusiveWork::begin(book, tr("health rescoring"));
    if (!exclusive)
        return exclusive.error();
    // Keep the score tables' pages in memory while they are rewritten (256 MB at most).
    (void)book.execAll(book.dialect().cacheKb(262144));
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
            auto accounts = RowStream::open(book, "SELECT id, touch FROM account WHERE CAST(? AS TEXT) IS NULL OR touch = ?",
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
                    keys.append({scores->integer(0), IsoDate::from(scores->text(1))});
            }
            if (scores->error())
                return *scores->error();
        }
        // The measures stream through a second, read-only connection: their pages pass through
        // its small cache instead of crowding the rewritten score pages out of this one.
        auto reader = Book::openForReading(book.path());
        auto values = RowStream::open(reader ? **reader : book,
                                      "SELECT account_id, measured_on, measure, value "
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

        // Each measure's latest value, by the measure's place in `keys`; dates stay ISO text,
        // which orders like the dates, so no row is parsed.
        QList<QByteArray> measureKeys;
        QStringList measureNames;
        for (const Scorecard &card : std::as_const(cards)) {
            for (const Measure &m : card.measures) {
                if (!measureNames.contains(m.key)) {
                    measureNames << m.key;
                    measureKeys << m.key.toUtf8();
                }
            }
        }
        struct Held
        {
            double value = 0;
            IsoDate date;
        };
        QList<Held> held(measureKeys.size());
        bool more = values->next();
        qint64 account = -1;
        QList<MeasureValue> fresh;
        QHash<IsoDate, IsoDate> staleBefore;   // score date -> oldest date still fresh
        const Scorecard *card = nullptr;
        for (const ScoreKey &key : std::as_const(keys)) {
            if (key.account != account) {
                account = key.account;
                card = &cards[touchOf.value(account)];
                for (Held &h : held)
                    h.date = IsoDate();
                while (more && values->integer(0) < account)
                    more = values->next();
            }
            // Take in every value of this account measured on or before the score's date.
            while (more && values->integer(0) == account && IsoDate::from(values->text(1)) <= key.date) {
                const QByteArrayView measure = values->text(2);
                for (qsizetype m = 0; m < measureKeys.size(); ++m) {
                    if (measureKeys[m] == measure) {
                        held[m].value = values->real(3);
                        held[m].date = IsoDate::from(values->text(1));
                        break;
                    }
                }
                more = values->next();
            }
            auto oldest = staleBefore.find(key.date);
            if (oldest == staleBefore.end()) {
                const Date on = *Dates::parseIso(QString::fromLatin1(key.date.view()));
                oldest = staleBefore.insert(
                    key.date, IsoDate::from(Dates::toIso(on - boost::gregorian::days(HealthService::StaleDays - 1))
                                            .toLatin1()));
            }
            fresh.clear();
            for (qsizetype m = 0; m < held.size(); ++m) {
                if (!held[m].date.isNull() && held[m].date >= *oldest)
                    fresh << MeasureValue{measureNames[m], held[m].value, Date()};
            }
            const auto result = ScoreMath::score(*card, fresh);
            const Status ok = result ? update->bind(card->id).bind(result->score)
                                           .bind(Scorecard::bandKey(result->band))
                                           .bind(result->complete ? 1 : 0).bind(account)
                                           .bind(key.date.view()).run()
                                     : remove->bind(account).bind(key.date.view()).run();
            if (!ok)
                return ok;
            ++done;
            if (progress && done % 1000 == 0 && !progress(done, keys.size()))
                return Error{tr("the recomputation was cancelled; the scores were left as they were")};
        }
        if (values->error())
            return *values->error();
        // Every account row carries its latest score again (one look-up for both columns).
        auto latest = book.prepare(HealthRepository::refreshLatestSql()
                                   + QStringLiteral("CAST(? AS TEXT) IS NULL OR touch = ?"));
        if (!latest)
            return latest.error();
        latest->addBindValue(filter[0]);
        latest->addBindValue(filter[1]);
        return book.exec(*latest);
    });
    (void)book.execAll(book.dialect().cacheKb(2000));   // the default
    if (!written)
        return written.error();
    return done;
}

} // namespace csw
