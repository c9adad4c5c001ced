// SPDX-License-Identifier: MIT
// For the portfolio tests: a book of six accounts whose portfolio figures are worked out by
// hand in the tests.
#pragma once

#include "KpiFixture.h"

#include "metrics/PortfolioQueries.h"

namespace portfoliotest {

using namespace csw;
using namespace kpitest;

// Six accounts whose figures are worked out by hand in the comments of each test; today is
// 2026-11-23.
//   A Sato    high Enterprise Webinar 1,000,000 start 2026-01-10 renew 2026-12-10 red,    adoption 02-09
//   B Sato    low  Standard   Referral  500,000 start 2026-02-20 renew 2027-01-15 green,  adoption 04-01
//   C Tanaka  high Enterprise Webinar 2,000,000 start 2026-03-01 renew 2027-02-10 yellow, adoption 03-21,
//                                                churn prevention 10-01
//   D Tanaka  tech Starter    -         300,000 start 2026-07-15 renew 2027-06-30 no score, onboarding
//   E -       high Starter    Referral  400,000 start 2025-05-01 renew 2026-12-01, adoption 2025-06-10,
//                                                churned 2026-06-30
//   F Sato    high Enterprise Webinar   800,000 start 2025-04-01 red, adoption 2025-05-01,
//                                                churned 2026-09-15
struct PortfolioBook : KpiBook
{
    PortfolioBook()
    {
        const qint64 a = account("A", 1'000'000, "2026-01-10", "Sato", Touch::High, "Enterprise",
                                 "Webinar", "2026-12-10", "red");
        move(a, Stage::Adoption, "2026-02-09");
        const qint64 b = account("B", 500'000, "2026-02-20", "Sato", Touch::Low, "Standard",
                                 "Referral", "2027-01-15", "green");
        move(b, Stage::Adoption, "2026-04-01");
        const qint64 c = account("C", 2'000'000, "2026-03-01", "Tanaka", Touch::High, "Enterprise",
                                 "Webinar", "2027-02-10", "yellow");
        move(c, Stage::Adoption, "2026-03-21");
        move(c, Stage::ChurnPrevention, "2026-10-01");
        account("D", 300'000, "2026-07-15", "Tanaka", Touch::Tech, "Starter", nullptr, "2027-06-30",
                nullptr);
        const qint64 e = account("E", 400'000, "2025-05-01", nullptr, Touch::High, "Starter",
                                 "Referral", "2026-12-01", nullptr);
        move(e, Stage::Adoption, "2025-06-10");
        churn(e, "2026-06-30");
        const qint64 f = account("F", 800'000, "2025-04-01", "Sato", Touch::High, "Enterprise",
                                 "Webinar", nullptr, "red");
        move(f, Stage::Adoption, "2025-05-01");
        churn(f, "2026-09-15");
    }

    qint64 account(const char *name, Minor arr, const char *start, const char *csm, Touch touch,
                   const char *plan, const char *source, const char *renewal, const char *band)
    {
        Account draft;
        draft.name = QString::fromLatin1(name);
        draft.arr = arr;
        draft.startOn = date(start);
        draft.csm = csm ? QString::fromLatin1(csm) : QString();
        draft.touch = touch;
        draft.plan = QString::fromLatin1(plan);
        draft.source = source ? QString::fromLatin1(source) : QString();
        if (renewal)
            draft.renewalOn = date(renewal);
        const qint64 id = must(life.add(draft)).accountId;
        if (band) {
            QSqlQuery q(book->database());
            q.prepare(QStringLiteral("UPDATE account SET health_band = ? WHERE id = ?"));
            q.addBindValue(QString::fromLatin1(band));
            q.addBindValue(id);
            if (!q.exec())
                qFatal("cannot set the band");
        }
        return id;
    }
    void move(qint64 id, Stage stage, const char *on) { must(life.moveStage(id, stage, date(on))); }

    PortfolioQueries queries(PortfolioScope scope = {}) const { return PortfolioQueries(*book, scope); }
};

} // namespace portfoliotest
