// SPDX-License-Identifier: MIT
#include "demo/DemoWork.h"

#include "book/Book.h"
#include "book/BulkStatement.h"
#include "demo/Random.h"

#include <QSqlQuery>
#include <QStringList>

namespace csw {

namespace {

using boost::gregorian::days;

} // namespace

Expected<DemoWorkSummary> DemoWork::write(Book &book, Random &random, const Date &today,
                                          DemoLanguage language)
{
    const QStringList &notes = DemoData::activityNotes(language);
    const QStringList &taskTitles = DemoData::taskTitles(language);
    DemoWorkSummary summary;
    struct Row { qint64 id; QString csm; QString stage; std::optional<Date> start; QString band; };
    QList<Row> rows;
    {
        auto q = book.stream(QStringLiteral("SELECT id, csm, stage, start_on, health_band FROM account "
                                            "WHERE stage <> 'churned' ORDER BY id"));
        if (!q)
            return q.error();
        while (q->next())
            rows << Row{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                        Dates::parseIso(q->value(3).toString()), q->value(4).toString()};
    }
    auto activity = BulkStatement::prepare(book, "INSERT INTO activity (account_id, kind, occurred_on, author, text) "
                                                 "VALUES (?, ?, ?, ?, ?)");
    auto task = BulkStatement::prepare(book, "INSERT INTO task (account_id, title, owner, due_on, status, created_on, "
                                             "closed_on, origin) VALUES (?, ?, ?, ?, ?, ?, ?, 'manual')");
    auto objective = BulkStatement::prepare(book, "INSERT INTO plan_objective (account_id, title, start_value, "
                                                  "current_value, target_value, due_on, quick_win, achieved_on) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto nps = BulkStatement::prepare(book, "INSERT INTO nps_response (account_id, responded_on, score, comment) "
                                            "VALUES (?, ?, ?, ?)");
    for (auto *s : {&activity, &task, &objective, &nps}) {
        if (!*s)
            return s->error();
    }
    for (const Row &r : std::as_const(rows)) {
        const Date start = r.start.value_or(today - days(365));
        const qint64 age = std::max<qint64>(1, (today - start).days());
        const int count = r.csm.isEmpty() ? 0 : int(random.between(0, 3));
        for (int i = 0; i < count; ++i) {
            const auto note = qsizetype(random.between(0, notes.size() - 1));
            const Date on = today - days(random.between(0, std::min<qint64>(age, 120)));
            activity->bind(r.id).bind(DemoData::activityKinds()[note]).bind(Dates::toIso(on)).bind(r.csm)
                .bind(notes[note]);
            if (auto ok = activity->run(); !ok)
                return ok.error();
            ++summary.activities;
        }
        if (!r.csm.isEmpty() && random.chance(12)) {
            const Date due = today + days(random.between(-10, 14));
            const bool done = due < today && random.chance(50);
            task->bind(r.id).bind(taskTitles[qsizetype(random.between(0, taskTitles.size() - 1))]).bind(r.csm)
                .bind(Dates::toIso(due)).bind(done ? "done" : "open").bind(Dates::toIso(due - days(7)))
                .bind(done ? Dates::toIso(due) : QString());
            if (auto ok = task->run(); !ok)
                return ok.error();
            ++summary.tasks;
        }
        // NPS answers over the last two years; unhappy accounts answer lower.
        const int answers = random.chance(40) ? int(random.between(1, 3)) : 0;
        for (int i = 0; i < answers; ++i) {
            const Date on = today - days(random.between(0, std::min<qint64>(age, 700)));
            const bool unhappy = r.band == QLatin1String("red") || r.stage == QLatin1String("churn-prevention");
            const int score = unhappy ? int(random.between(0, 7)) : int(random.between(5, 10));
            nps->bind(r.id).bind(Dates::toIso(on)).bind(score)
                .bind(score >= 9   ? DemoData::text(language, u"サポートが丁寧", u"Support is helpful")
                      : score <= 6 ? DemoData::text(language, u"機能が足りない", u"Features are missing")
                                   : QString());
            if (auto ok = nps->run(); !ok)
                return ok.error();
        }
        if (r.stage == QLatin1String("onboarding")) {
            const bool achieved = age > 20 && random.chance(60);
            const double target = 80, current = achieved ? 85 : double(random.between(5, 70));
            objective->bind(r.id)
                .bind(DemoData::text(language, u"クイックウィン: 主要部署で週次利用率80%",
                                     u"Quick win: 80% weekly use in the main departments")).bind(10.0).bind(current).bind(target)
                .bind(Dates::toIso(start + days(45))).bind(1)
                .bind(achieved ? Dates::toIso(std::min(today, start + days(random.between(14, 40)))) : QString());
            if (auto ok = objective->run(); !ok)
                return ok.error();
            objective->bind(r.id)
                .bind(DemoData::text(language, u"週次アクティブユーザー数", u"Active users per week")).bind(0.0).bind(double(random.between(0, 120)))
                .bind(200.0).bind(Dates::toIso(start + days(180))).bind(0).bindNull();
            if (auto ok = objective->run(); !ok)
                return ok.error();
            summary.objectives += 2;
        }
    }
    return summary;
}

} // namespace csw
