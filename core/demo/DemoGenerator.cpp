// SPDX-License-Identifier: MIT
#include "demo/DemoGenerator.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "book/Dialect.h"
#include "book/BulkLoad.h"
#include "book/Schema.h"
#include "book/BulkStatement.h"
#include "common/SearchFold.h"
#include "demo/DemoData.h"
#include "demo/DemoHealth.h"
#include "demo/DemoPeople.h"
#include "demo/DemoVoc.h"
#include "demo/DemoWork.h"
#include "health/HealthRepository.h"
#include "demo/Random.h"
#include "stages/Stage.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace csw {

namespace {

using boost::gregorian::days;

// From how many accounts on the demo drops the indexes while it writes.
constexpr int BulkAccounts = 5000;

// Makes one account's story, from its start to today, and writes it with prepared statements.
class Writer
{
public:
    Writer(Book &book, const DemoOptions &options, const Scorecard &scorecard)
        : m_book(book), m_options(options), m_random(options.seed * 0x2545F4914F6CDD1Dull + 7),
          m_health(book, m_random, scorecard)
    {
    }

    Status prepare()
    {
        for (auto [statement, sql] : {
                 std::pair{&m_account, "INSERT INTO account (id, name, external_id, csm, touch, "
                                       "plan, industry, source, arr, start_on, renewal_on, stage, "
                                       "churned_on, churn_reason, churn_reason_code, health_score, health_band, "
                                       "stage_on, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?)"},
                 std::pair{&m_stage, "INSERT INTO stage_event (account_id, stage, entered_on, "
                                     "note, reason_code) VALUES (?, ?, ?, ?, ?)"},
                 std::pair{&m_arr, "INSERT INTO arr_event (account_id, occurred_on, kind, "
                                   "arr_before, arr_after, note) VALUES (?, ?, ?, ?, ?, ?)"},
                 std::pair{&m_renewal, "INSERT INTO renewal_event (account_id, renewed_on, "
                                       "previous_renewal_on, next_renewal_on, term_months, "
                                       "arr_before, arr_after, note) "
                                       "VALUES (?, ?, ?, ?, 12, ?, ?, NULL)"}}) {
            auto prepared = BulkStatement::prepare(m_book, sql);
            if (!prepared)
                return prepared.error();
            *statement = std::move(*prepared);
        }
        return m_health.prepare();
    }

    Status account(qint64 id);
    DemoSummary summary() const
    {
        DemoSummary s = m_summary;
        s.healthScores = m_health.scores();
        return s;
    }

private:
    // One account's story as it is told: what the steps below read and move on.
    struct Story
    {
        qint64 id = 0;
        Date start;
        Touch touch = Touch::Tech;
        Minor value = 0;                  // its ARR now
        QString plan, csm;
        Stage current = Stage::Onboarding;
        Date since;                       // when it entered `current`
        Date renewal;                     // the next renewal; once churned, the one it left at
        std::optional<Date> churnedOn;
        QString churnReason, churnCode;
    };

    Story begin(qint64 id);
    Status move(Story &s, Stage next, Date on, const QString &note);
    Status midTermUpsell(Story &s, const Date &yearStart);
    Status contractYear(Story &s);
    Status churn(Story &s);
    Status renew(Story &s, int roll, int churnOdds);
    Status afterRenewal(Story &s);
    Status lastStretch(Story &s);
    Expected<std::optional<ScoreResult>> scoreHealth(const Story &s);
    Status write(const Story &s, const std::optional<ScoreResult> &health);
    Status stage(qint64 id, Stage stage, const Date &on, const QString &note,
                 const QString &reasonCode = {});
    Status arr(qint64 id, const Date &on, const char *kind, Minor before, Minor after,
               const QString &note);
    Status renewed(qint64 id, const Date &on, const Date &next, Minor before, Minor after);
    QString companyName(qint64 id);
    Minor roundArr(double value) const { return Minor(value / 10000.0 + 0.5) * 10000; }

    Book &m_book;
    DemoOptions m_options;
    Random m_random;
    DemoHealth m_health;
    BulkStatement m_account, m_stage, m_arr, m_renewal;
    QSet<QString> m_names;
    DemoSummary m_summary;
};

QString Writer::companyName(qint64 id)
{
    QString name;
    const DemoLanguage language = m_options.language;
    if (m_random.chance(75)) {
        const QString &core = m_random.pick(DemoData::japaneseCompanyCores(language));
        name = DemoData::japaneseCompany(language, core, m_random.pick(DemoData::japaneseCompanyKinds(language)));
    } else {
        const QString &core = m_random.pick(DemoData::englishCompanyCores());
        name = core + QLatin1Char(' ') + m_random.pick(DemoData::englishCompanyKinds());
    }
    // A branch office when the name is taken; the account's own number when that is taken too,
    // so a large book costs no more per name than a small one.
    QString unique = name;
    if (m_names.contains(unique))
        unique = DemoData::branch(language, name, m_random.pick(DemoData::regions(language)));
    if (m_names.contains(unique))
        unique = name + QStringLiteral(" #%1").arg(id);
    m_names.insert(unique);
    return unique;
}

Status Writer::stage(qint64 id, Stage stage, const Date &on, const QString &note,
                     const QString &reasonCode)
{
    ++m_summary.stageEvents;
    return m_stage.bind(id).bind(Stages::key(stage)).bind(Dates::toIso(on))
        .bind(note.isEmpty() ? QString() : note).bind(reasonCode).run();
}

Status Writer::arr(qint64 id, const Date &on, const char *kind, Minor before, Minor after,
                   const QString &note)
{
    ++m_summary.arrEvents;
    return m_arr.bind(id).bind(Dates::toIso(on)).bind(kind).bind(qint64(before))
        .bind(qint64(after)).bind(note.isEmpty() ? QString() : note).run();
}

Status Writer::renewed(qint64 id, const Date &on, const Date &next, Minor before, Minor after)
{
    ++m_summary.renewals;
    return m_renewal.bind(id).bind(Dates::toIso(on)).bind(Dates::toIso(on)).bind(Dates::toIso(next))
        .bind(qint64(before)).bind(qint64(after)).run();
}

// Its start, and its touch model by size: high-touch enterprise, low-touch mid-market, tech-touch small.
Writer::Story Writer::begin(qint64 id)
{
    Random &r = m_random;
    const Date today = m_options.today;
    const long spread = std::max(30L, Dates::daysBetween(Dates::addMonths(today, -m_options.months), today) + 730 - 14);
    Story s{.id = id, .start = today - days(14 + r.between(0, spread - 1))};
    const int segment = int(r.between(0, 99));
    const Touch touch = segment < 20 ? Touch::High : segment < 55 ? Touch::Low : Touch::Tech;
    s.touch = touch;
    s.value = touch == Touch::High  ? roundArr(double(r.between(600, 4000)) * 10000)
              : touch == Touch::Low ? roundArr(double(r.between(120, 599)) * 10000)
                                    : roundArr(double(r.between(12, 119)) * 10000);
    s.plan = touch == Touch::High ? QStringLiteral("Enterprise")
             : touch == Touch::Low ? QStringLiteral("Business")
             : r.chance(50)        ? QStringLiteral("Team")
                                   : QStringLiteral("Starter");
    const QStringList &csms = DemoData::csms(m_options.language);
    s.csm = touch == Touch::High ? csms[r.between(0, 3)]
            : touch == Touch::Low ? csms[r.between(2, 5)]
                                  : csms[r.between(4, 5)];
    s.since = s.start;
    s.renewal = Dates::addMonths(s.start, 12);
    return s;
}

// A move to another stage, unless it would be in the future, out of order or no move at all.
Status Writer::move(Story &s, Stage next, Date on, const QString &note)
{
    if (on > m_options.today || on <= s.since || next == s.current)
        return {};
    s.current = next;
    s.since = on;
    return stage(s.id, next, on, note);
}

// Seats added mid-contract: more often where a CSM is there to notice the need.
Status Writer::midTermUpsell(Story &s, const Date &yearStart)
{
    Random &r = m_random;
    const Date on = yearStart + days(r.between(90, 270));
    if (s.touch == Touch::Tech || on > m_options.today || !r.chance(s.touch == Touch::High ? 18 : 9))
        return {};
    const Minor more = roundArr(double(s.value) * double(105 + r.between(0, 20)) / 100.0);
    if (auto ok = arr(s.id, on, "expansion", s.value, more, r.pick(DemoData::expansionNotes(m_options.language))); !ok)
        return ok;
    s.value = more;
    return {};
}

// One contract year: the account churns at its renewal, or renews and goes on into the next.
Status Writer::contractYear(Story &s)
{
    const int churnOdds = s.touch == Touch::High ? 6 : s.touch == Touch::Low ? 10 : 15;
    const int roll = int(m_random.between(0, 99));
    if (roll < churnOdds)
        return churn(s);
    if (auto ok = renew(s, roll, churnOdds); !ok)
        return ok;
    if (auto ok = afterRenewal(s); !ok)
        return ok;
    if (auto ok = midTermUpsell(s, s.renewal); !ok)
        return ok;
    s.renewal = Dates::addMonths(s.renewal, 12);
    return {};
}

// Leaving at the renewal, after a rescue that failed.
Status Writer::churn(Story &s)
{
    Random &r = m_random;
    const QString &riskNote = r.pick(DemoData::riskNotes(m_options.language));
    if (auto ok = move(s, Stage::ChurnPrevention, s.renewal - days(r.between(30, 90)), riskNote); !ok)
        return ok;
    const auto why = r.between(0, DemoData::churnReasons(m_options.language).size() - 1);
    s.churnReason = DemoData::churnReasons(m_options.language).at(why);
    s.churnCode = DemoData::churnReasonCodes().at(why);
    const Date on = std::max(s.renewal, s.since);
    if (auto ok = stage(s.id, Stage::Churned, on, s.churnReason, s.churnCode); !ok)
        return ok;
    if (auto ok = arr(s.id, on, "churn", s.value, 0, s.churnReason); !ok)
        return ok;
    s.churnedOn = on;
    return {};
}

// The renewal itself: `roll` (above the churn odds) says whether it grows, shrinks or stays.
Status Writer::renew(Story &s, int roll, int churnOdds)
{
    Random &r = m_random;
    Minor next = s.value;
    if (roll < churnOdds + 25) {
        const QString &note = r.pick(DemoData::expansionNotes(m_options.language));
        if (auto ok = move(s, Stage::Expansion, s.renewal - days(r.between(20, 60)), note); !ok)
            return ok;
        next = roundArr(double(s.value) * double(110 + r.between(0, 40)) / 100.0);
    } else if (roll < churnOdds + 33) {
        next = std::max<Minor>(10000, roundArr(double(s.value) * double(70 + r.between(0, 20)) / 100.0));
    }
    if (auto ok = renewed(s.id, s.renewal, Dates::addMonths(s.renewal, 12), s.value, next); !ok)
        return ok;
    if (next != s.value) {
        if (auto ok = arr(s.id, s.renewal, next > s.value ? "expansion" : "contraction", s.value, next, {}); !ok)
            return ok;
        s.value = next;
    }
    return {};
}

// After a renewal an expansion settles back into adoption; otherwise a scare may come mid-term.
Status Writer::afterRenewal(Story &s)
{
    Random &r = m_random;
    if (s.current == Stage::Expansion) {
        const QString &note = r.pick(DemoData::adoptionNotes(m_options.language));
        return move(s, Stage::Adoption, s.renewal + days(r.between(7, 45)), note);
    }
    if (!r.chance(12))
        return {};
    // A mid-term scare that the CSM rescues.
    const Date risk = s.renewal + days(r.between(60, 200));
    if (auto ok = move(s, Stage::ChurnPrevention, risk, r.pick(DemoData::riskNotes(m_options.language))); !ok)
        return ok;
    const QString &rescueNote = r.pick(DemoData::rescueNotes(m_options.language));
    return move(s, Stage::Adoption, risk + days(r.between(20, 70)), rescueNote);
}

// An account still in adoption may be at risk, or expanding, as of today.
Status Writer::lastStretch(Story &s)
{
    if (s.churnedOn || s.current != Stage::Adoption)
        return {};
    Random &r = m_random;
    const int roll = int(r.between(0, 99));
    if (roll < 9) {
        const QString &note = r.pick(DemoData::riskNotes(m_options.language));
        return move(s, Stage::ChurnPrevention, m_options.today - days(r.between(1, 45)), note);
    }
    if (roll < 17 && s.touch != Touch::Tech) {
        const QString &note = r.pick(DemoData::expansionNotes(m_options.language));
        return move(s, Stage::Expansion, m_options.today - days(r.between(1, 40)), note);
    }
    return {};
}

// Health over the last months: accounts in rescue now, or that churned, decline into red.
Expected<std::optional<ScoreResult>> Writer::scoreHealth(const Story &s)
{
    if (m_options.healthMonths <= 0)
        return std::optional<ScoreResult>();
    const Date healthEnd = s.churnedOn ? *s.churnedOn - days(1) : m_options.today;
    const Date healthStart = std::max(s.start + days(30), Dates::addMonths(healthEnd, -(m_options.healthMonths - 1)));
    auto scored = m_health.account(s.id, healthStart, healthEnd,
                                   s.churnedOn.has_value() || s.current == Stage::ChurnPrevention,
                                   !s.churnedOn.has_value());
    if (!scored)
        return scored.error();
    return std::optional<ScoreResult>(*scored);
}

// The account row, in its final state: written after its events.
Status Writer::write(const Story &s, const std::optional<ScoreResult> &health)
{
    ++m_summary.accounts;
    const QString name = companyName(s.id);
    const QString externalId = QStringLiteral("CRM-%1").arg(s.id, 6, 10, QLatin1Char('0'));
    return m_account.bind(s.id)
        .bind(name)
        .bind(externalId)
        .bind(s.csm)
        .bind(Stages::key(s.touch))
        .bind(s.plan)
        .bind(m_random.pick(DemoData::industries(m_options.language)))
        .bind(m_random.pick(DemoData::sources(m_options.language)))
        .bind(qint64(s.value))
        .bind(Dates::toIso(s.start))
        .bind(Dates::toIso(s.churnedOn ? *s.churnedOn : s.renewal))
        .bind(Stages::key(s.churnedOn ? Stage::Churned : s.current))
        .bind(s.churnedOn ? Dates::toIso(*s.churnedOn) : QString())
        .bind(s.churnedOn ? s.churnReason : QString())
        .bind(s.churnedOn ? s.churnCode : QString())
        .bind(health ? std::optional(health->score) : std::nullopt)
        .bind(health ? Scorecard::bandKey(health->band) : QString())
        .bind(Dates::toIso(s.churnedOn ? *s.churnedOn : s.since))   // its latest stage event
        .bind(SearchFold::accountKey(name, externalId, s.csm))
        .run();
}

// Its story from its start to today. The draws keep their order: the same seed, the same book.
Status Writer::account(qint64 id)
{
    Random &r = m_random;
    Story s = begin(id);
    if (auto ok = stage(id, Stage::Onboarding, s.start, r.pick(DemoData::onboardingNotes(m_options.language))); !ok)
        return ok;
    if (auto ok = arr(id, s.start, "new", 0, s.value, {}); !ok)
        return ok;
    // Each value drawn in a statement of its own: the order of a call's arguments is the
    // compiler's, the order of the draws must not be (the same seed, the same book everywhere).
    const QString &adoptionNote = r.pick(DemoData::adoptionNotes(m_options.language));
    if (auto ok = move(s, Stage::Adoption, s.start + days(r.between(30, 120)), adoptionNote); !ok)
        return ok;
    if (auto ok = midTermUpsell(s, s.start); !ok)
        return ok;
    while (s.renewal <= m_options.today && !s.churnedOn) {
        if (auto ok = contractYear(s); !ok)
            return ok;
    }
    if (auto ok = lastStretch(s); !ok)
        return ok;
    const auto scored = scoreHealth(s);
    if (!scored)
        return scored.error();
    return write(s, *scored);
}

} // namespace

Status DemoGenerator::check(const DemoOptions &options)
{
    if (options.accounts < 1 || options.accounts > 1'000'000)
        return Error{tr("the number of accounts must be between 1 and 1000000, not %1")
                         .arg(options.accounts),
                     ErrorKind::Invalid};
    if (options.healthMonths < 0 || options.healthMonths > 24)
        return Error{tr("the number of health snapshots must be between 0 and 24, not %1")
                         .arg(options.healthMonths),
                     ErrorKind::Invalid};
    if (options.vocEntries < -1 || options.vocEntries > 5'000'000)
        return Error{tr("the number of VOC entries must be between 0 and 5000000, not %1")
                         .arg(options.vocEntries),
                     ErrorKind::Invalid};
    if (options.months < 1 || options.months > 120)
        return Error{tr("the number of months must be between 1 and 120, not %1")
                         .arg(options.months),
                     ErrorKind::Invalid};
    return {};
}

Expected<DemoSummary> DemoGenerator::fill(Book &book, const DemoOptions &options,
                                          const Progress &progress)
{
    if (auto ok = check(options); !ok)
        return ok.error();
    auto existing = AccountRepository(book).count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error{tr("the demo fills an empty book, and %1 already has %2 accounts")
                         .arg(book.path())
                         .arg(*existing),
                     ErrorKind::Invalid};

    std::optional<Writer> writer;
    DemoSummary around;
    const Status written = book.write([&]() -> Status {
        auto scorecard = HealthRepository(book).activeScorecard(std::nullopt);
        if (!scorecard)
            return scorecard.error();
        auto stored = HealthRepository(book).ensureStored(*scorecard);
        if (!stored)
            return stored.error();
        writer.emplace(book, options, *stored);
        // Events are written before the account row they belong to (its final state is known
        // only at the end of its story): check the references at commit.
        if (auto ok = book.execAll({book.dialect().deferReferences()}); !ok)
            return ok;
        // Keep the indexes' pages in memory while a large book is written (64 MB at most).
        (void)book.execAll(book.dialect().cacheKb(65536));
        // A large book is loaded faster with its indexes built once at the end.
        std::optional<BulkLoad> bulk;
        if (BulkLoad::wanted(book, options.accounts, BulkAccounts)) {
            auto began = BulkLoad::begin(book, {QStringLiteral("account"), QStringLiteral("stage_event"),
                                                QStringLiteral("arr_event"), QStringLiteral("renewal_event"),
                                                QStringLiteral("voc"), QStringLiteral("voc_account"),
                                                QStringLiteral("voc_tag"), QStringLiteral("voc_change"),
                                                QStringLiteral("activity"), QStringLiteral("task"),
                                                QStringLiteral("plan_objective"), QStringLiteral("nps_response")},
                                         // Events come before their account: keep the indexes
                                         // that find an account's rows (deferred foreign keys).
                                         {QStringLiteral("stage_event_account"), QStringLiteral("arr_event_account"),
                                          QStringLiteral("renewal_event_account")});
            if (!began)
                return began.error();
            bulk = std::move(*began);
        }
        // Each account row carries the date of its latest stage event (stage_on) itself.
        auto triggers = BulkLoad::suspendTriggers(book, Schema::stageOnTriggers());
        if (!triggers)
            return triggers.error();
        if (auto ok = writer->prepare(); !ok)
            return ok;
        for (qint64 id = 1; id <= options.accounts; ++id) {
            if (auto ok = writer->account(id); !ok)
                return ok;
            if (progress && id % 1000 == 0 && !progress(id, options.accounts))
                return Error{tr("the demo was cancelled; the book was left as it was"), ErrorKind::Cancelled};
        }
        if (auto ok = BulkLoad::restoreTriggers(book, *triggers); !ok)
            return ok;
        if (auto ok = writeAroundAccounts(book, options, around); !ok)
            return ok;
        return bulk ? bulk->finish() : Status();
    });
    (void)book.execAll(book.dialect().cacheKb(2000));   // the default
    if (!written)
        return written.error();
    DemoSummary summary = writer->summary();
    summary.vocEntries = around.vocEntries;
    summary.activities = around.activities;
    summary.tasks = around.tasks;
    summary.objectives = around.objectives;
    summary.contacts = around.contacts;
    return summary;
}

// What has its own generator, written after the accounts (which it leaves as they are): the
// VOC, the day-to-day work and the people; each with its own random sequence.
Status DemoGenerator::writeAroundAccounts(Book &book, const DemoOptions &options, DemoSummary &around)
{
    Random random(options.seed * 0x9E3779B97F4A7C15ull + 11);
    const qint64 entries = options.vocEntries >= 0 ? options.vocEntries : options.accounts / 4;
    auto voc = DemoVoc::write(book, random, entries, options.accounts, options.months, options.today,
                              options.language);
    if (!voc)
        return voc.error();
    around.vocEntries = *voc;
    Random workRandom(options.seed * 0xD1B54A32D192ED03ull + 5);
    auto work = DemoWork::write(book, workRandom, options.today, options.language);
    if (!work)
        return work.error();
    around.activities = work->activities;
    around.tasks = work->tasks;
    around.objectives = work->objectives;
    Random peopleRandom(options.seed * 0x94D049BB133111EBull + 7);
    auto people = DemoPeople::write(book, peopleRandom, options.today, options.language);
    if (!people)
        return people.error();
    around.contacts = *people;
    return {};
}

} // namespace csw
