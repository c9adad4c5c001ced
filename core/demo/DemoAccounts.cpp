// SPDX-License-Identifier: MIT
#include "demo/DemoAccounts.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "common/SearchFold.h"
#include "demo/DemoData.h"

#include <QVariant>

#include <algorithm>

namespace csw {

using boost::gregorian::days;

QString DemoAccounts::companyName(qint64 id)
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

Status DemoAccounts::stage(qint64 id, Stage stage, const Date &on, const QString &note,
                     const QString &reasonCode)
{
    ++m_summary.stageEvents;
    return m_stage.bind(id).bind(Stages::key(stage)).bind(Dates::toIso(on))
        .bind(note.isEmpty() ? QString() : note).bind(reasonCode).run();
}

Status DemoAccounts::arr(qint64 id, const Date &on, const char *kind, Minor before, Minor after,
                   const QString &note)
{
    ++m_summary.arrEvents;
    return m_arr.bind(id).bind(Dates::toIso(on)).bind(kind).bind(qint64(before))
        .bind(qint64(after)).bind(note.isEmpty() ? QString() : note).run();
}

Status DemoAccounts::renewed(qint64 id, const Date &on, const Date &next, Minor before, Minor after)
{
    ++m_summary.renewals;
    return m_renewal.bind(id).bind(Dates::toIso(on)).bind(Dates::toIso(on)).bind(Dates::toIso(next))
        .bind(qint64(before)).bind(qint64(after)).run();
}

// Its start, and its touch model by size: high-touch enterprise, low-touch mid-market, tech-touch small.
DemoAccounts::Story DemoAccounts::begin(qint64 id)
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
Status DemoAccounts::move(Story &s, Stage next, Date on, const QString &note)
{
    if (on > m_options.today || on <= s.since || next == s.current)
        return {};
    s.current = next;
    s.since = on;
    return stage(s.id, next, on, note);
}

Status DemoAccounts::moveDrawn(Story &s, Stage next, const QStringList &notes, const Date &base, int from, int to,
                         Direction direction)
{
    const QString &note = m_random.pick(notes);
    const auto shift = days(m_random.between(from, to));
    return move(s, next, direction == Back ? base - shift : base + shift, note);
}

// Seats added mid-contract: more often where a CSM is there to notice the need.
Status DemoAccounts::midTermUpsell(Story &s, const Date &yearStart)
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
Status DemoAccounts::contractYear(Story &s)
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
Status DemoAccounts::churn(Story &s)
{
    Random &r = m_random;
    if (auto ok = moveDrawn(s, Stage::ChurnPrevention, DemoData::riskNotes(m_options.language), s.renewal, 30, 90, Back);
        !ok)
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
Status DemoAccounts::renew(Story &s, int roll, int churnOdds)
{
    Random &r = m_random;
    Minor next = s.value;
    if (roll < churnOdds + 25) {
        if (auto ok = moveDrawn(s, Stage::Expansion, DemoData::expansionNotes(m_options.language), s.renewal, 20, 60,
                                Back);
            !ok)
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
Status DemoAccounts::afterRenewal(Story &s)
{
    Random &r = m_random;
    if (s.current == Stage::Expansion)
        return moveDrawn(s, Stage::Adoption, DemoData::adoptionNotes(m_options.language), s.renewal, 7, 45);
    if (!r.chance(12))
        return {};
    // A mid-term scare that the CSM rescues.
    const Date risk = s.renewal + days(r.between(60, 200));
    if (auto ok = move(s, Stage::ChurnPrevention, risk, r.pick(DemoData::riskNotes(m_options.language))); !ok)
        return ok;
    return moveDrawn(s, Stage::Adoption, DemoData::rescueNotes(m_options.language), risk, 20, 70);
}

// An account still in adoption may be at risk, or expanding, as of today.
Status DemoAccounts::lastStretch(Story &s)
{
    if (s.churnedOn || s.current != Stage::Adoption)
        return {};
    Random &r = m_random;
    const int roll = int(r.between(0, 99));
    if (roll < 9)
        return moveDrawn(s, Stage::ChurnPrevention, DemoData::riskNotes(m_options.language), m_options.today, 1, 45, Back);
    if (roll < 17 && s.touch != Touch::Tech)
        return moveDrawn(s, Stage::Expansion, DemoData::expansionNotes(m_options.language), m_options.today, 1, 40, Back);
    return {};
}

// Health over the last months: accounts in rescue now, or that churned, decline into red.
Expected<std::optional<ScoreResult>> DemoAccounts::scoreHealth(const Story &s)
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
Status DemoAccounts::write(const Story &s, const std::optional<ScoreResult> &health)
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
Status DemoAccounts::account(qint64 id)
{
    Random &r = m_random;
    Story s = begin(id);
    if (auto ok = stage(id, Stage::Onboarding, s.start, r.pick(DemoData::onboardingNotes(m_options.language))); !ok)
        return ok;
    if (auto ok = arr(id, s.start, "new", 0, s.value, {}); !ok)
        return ok;
    if (auto ok = moveDrawn(s, Stage::Adoption, DemoData::adoptionNotes(m_options.language), s.start, 30, 120); !ok)
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

} // namespace csw
