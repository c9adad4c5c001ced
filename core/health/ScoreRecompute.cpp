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

// The scorecard each account is scored with, by its touch model: the model's own, else the one
// for every model.
Expected<QHash<int, Scorecard>> scorecardsByTouch(HealthRepository &health)
{
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
    return cards;
}

// The touch model of each account rescored: those `filter` asks for (all when it is null).
Expected<QHash<qint64, int>> touchOfAccounts(Book &book, const QVariantList &filter)
{
    QHash<qint64, int> touchOf;
    auto accounts = RowStream::open(book, "SELECT id, touch FROM account WHERE CAST(? AS TEXT) IS NULL OR touch = ?",
                                    filter);
    if (!accounts)
        return accounts.error();
    while (accounts->next())
        touchOf.insert(accounts->integer(0),
                       int(Stages::touchFromKey(QString::fromLatin1(accounts->text(1))).value_or(Touch::High)));
    if (accounts->error())
        return *accounts->error();
    return touchOf;
}

// The kept scores of those accounts, in account and date order.
Expected<QList<ScoreKey>> scoresOf(Book &book, const QHash<qint64, int> &touchOf)
{
    QList<ScoreKey> keys;
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
    return keys;
}

// What one pass rescores: each account's touch model, the scorecard of each touch model, and
// the scores in key order.
struct Plan
{
    QHash<int, Scorecard> cards;
    QHash<qint64, int> touchOf;
    QList<ScoreKey> keys;
};

Expected<Plan> planFor(Book &book, const QVariantList &filter)
{
    HealthRepository health(book);
    Plan plan;
    auto cards = scorecardsByTouch(health);
    if (!cards)
        return cards.error();
    plan.cards = std::move(*cards);
    auto touchOf = touchOfAccounts(book, filter);
    if (!touchOf)
        return touchOf.error();
    plan.touchOf = std::move(*touchOf);
    auto keys = scoresOf(book, plan.touchOf);
    if (!keys)
        return keys.error();
    plan.keys = std::move(*keys);
    return plan;
}

// Each measure's latest value as the walk goes through the measure values in key order, by the
// measure's place in the scorecards' measures; dates stay ISO text, which orders like the
// dates, so no row is parsed.
class LatestValues
{
public:
    LatestValues(RowStream &values, const QHash<int, Scorecard> &cards) : m_values(values)
    {
        for (const Scorecard &card : cards) {
            for (const Measure &m : card.measures) {
                if (!m_names.contains(m.key)) {
                    m_names << m.key;
                    m_keys << m.key.toUtf8();
                }
            }
        }
        m_held.resize(m_keys.size());
        m_more = m_values.next();
    }

    // Starts on `account`: forgets the values held, and passes the earlier accounts' values.
    void startAccount(qint64 account)
    {
        for (Held &h : m_held)
            h.date = IsoDate();
        while (m_more && m_values.integer(0) < account)
            m_more = m_values.next();
    }

    // Takes in every value of `account` measured on or before `date`.
    void takeInUpTo(qint64 account, const IsoDate &date)
    {
        while (m_more && m_values.integer(0) == account && IsoDate::from(m_values.text(1)) <= date) {
            const QByteArrayView measure = m_values.text(2);
            for (qsizetype m = 0; m < m_keys.size(); ++m) {
                if (m_keys[m] == measure) {
                    m_held[m].value = m_values.real(3);
                    m_held[m].date = IsoDate::from(m_values.text(1));
                    break;
                }
            }
            m_more = m_values.next();
        }
    }

    // The values held that are still fresh on `date`.
    const QList<MeasureValue> &freshOn(const IsoDate &date)
    {
        auto oldest = m_staleBefore.find(date);
        if (oldest == m_staleBefore.end()) {
            const Date on = *Dates::parseIso(QString::fromLatin1(date.view()));
            oldest = m_staleBefore.insert(
                date, IsoDate::from(Dates::toIso(HealthRepository::oldestFresh(on))
                                        .toLatin1()));
        }
        m_fresh.clear();
        for (qsizetype m = 0; m < m_held.size(); ++m) {
            if (!m_held[m].date.isNull() && m_held[m].date >= *oldest)
                m_fresh << MeasureValue{m_names[m], m_held[m].value, Date()};
        }
        return m_fresh;
    }

private:
    struct Held
    {
        double value = 0;
        IsoDate date;
    };

    RowStream &m_values;
    bool m_more = false;
    QList<QByteArray> m_keys;
    QStringList m_names;
    QList<Held> m_held;
    QList<MeasureValue> m_fresh;
    QHash<IsoDate, IsoDate> m_staleBefore;   // score date -> oldest date still fresh
};

// A score is rewritten, or removed when its values no longer make one.
struct ScoreWrites
{
    BulkStatement update;
    BulkStatement remove;
};

Expected<ScoreWrites> prepareWrites(Book &book)
{
    auto update = BulkStatement::prepare(book, "UPDATE health_score SET scorecard_id = ?, "
                                               "score = ?, band = ?, complete = ? "
                                               "WHERE account_id = ? AND scored_on = ?");
    auto remove = BulkStatement::prepare(book, "DELETE FROM health_score WHERE account_id = ? "
                                               "AND scored_on = ?");
    if (!update || !remove)
        return !update ? update.error() : remove.error();
    return ScoreWrites{std::move(*update), std::move(*remove)};
}

// Rewrites each of the plan's scores from the values fresh on its date; counts them in `done`.
Status rewriteScores(Plan &plan, LatestValues &latest, ScoreWrites &writes,
                     const ScoreRecompute::Progress &progress, qint64 &done)
{
    qint64 account = -1;
    const Scorecard *card = nullptr;
    for (const ScoreKey &key : std::as_const(plan.keys)) {
        if (key.account != account) {
            account = key.account;
            card = &plan.cards[plan.touchOf.value(account)];
            latest.startAccount(account);
        }
        latest.takeInUpTo(account, key.date);
        const auto result = ScoreMath::score(*card, latest.freshOn(key.date));
        const Status ok = result ? writes.update.bind(card->id).bind(result->score)
                                       .bind(Scorecard::bandKey(result->band))
                                       .bind(result->complete ? 1 : 0).bind(account)
                                       .bind(key.date.view()).run()
                                 : writes.remove.bind(account).bind(key.date.view()).run();
        if (!ok)
            return ok;
        ++done;
        if (progress && done % 1000 == 0 && !progress(done, plan.keys.size()))
            return Error{ScoreRecompute::tr("the recomputation was cancelled; the scores were left as they were"),
                         ErrorKind::Cancelled};
    }
    return {};
}

// Every account row carries its latest score again (one look-up for both columns).
Status refreshLatest(Book &book, const QVariantList &filter)
{
    auto latest = book.prepare(HealthRepository::refreshLatestSql()
                               + QStringLiteral("CAST(? AS TEXT) IS NULL OR touch = ?"));
    if (!latest)
        return latest.error();
    latest->addBindValue(filter[0]);
    latest->addBindValue(filter[1]);
    return book.exec(*latest);
}

// One pass: every measure value in key order once, beside the scores in the same order.
Status rescore(Book &book, const std::optional<Touch> &touch, const ScoreRecompute::Progress &progress,
               qint64 &done)
{
    const QVariantList filter = touch ? QVariantList{Stages::key(*touch), Stages::key(*touch)}
                                      : QVariantList{QVariant(QMetaType::fromType<QString>()),
                                                     QVariant(QMetaType::fromType<QString>())};
    auto plan = planFor(book, filter);
    if (!plan)
        return plan.error();
    // The measures stream through a second, read-only connection: their pages pass through
    // its small cache instead of crowding the rewritten score pages out of this one.
    auto reader = Book::openForReading(book.path());
    auto values = RowStream::open(reader ? **reader : book,
                                  "SELECT account_id, measured_on, measure, value "
                                  "FROM health_measure ORDER BY account_id, measured_on");
    if (!values)
        return values.error();
    auto writes = prepareWrites(book);
    if (!writes)
        return writes.error();
    LatestValues latest(*values, plan->cards);
    if (auto ok = rewriteScores(*plan, latest, *writes, progress, done); !ok)
        return ok;
    if (values->error())
        return *values->error();
    return refreshLatest(book, filter);
}

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
    const Status written = book.write([&]() -> Status { return rescore(book, touch, progress, done); });
    (void)book.execAll(book.dialect().cacheKb(2000));   // the default
    if (!written)
        return written.error();
    return done;
}

} // namespace csw
