// SPDX-License-Identifier: MIT
#pragma once

#include "book/BulkStatement.h"
#include "common/Money.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoHealth.h"
#include "demo/Random.h"
#include "stages/Stage.h"

#include <QSet>

namespace csw {

// Makes one account's story, from its start to today, and writes it with prepared statements.
class DemoAccounts
{
public:
    DemoAccounts(Book &book, const DemoOptions &options, const Scorecard &scorecard)
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
    // move() a number of days drawn from [from, to] after `base` (before it when Back), with a
    // note drawn from `notes` first: each draw in a statement of its own, in the order the demo
    // always made them (a call's arguments are evaluated in the compiler's order; the same seed
    // must give the same book on every compiler).
    enum Direction { After, Back };
    Status moveDrawn(Story &s, Stage next, const QStringList &notes, const Date &base, int from, int to,
                     Direction direction = After);
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

} // namespace csw
