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

// An account still active, as the work is made for it.
struct Row
{
    qint64 id;
    QString csm;
    QString stage;
    std::optional<Date> start;
    QString band;
};

Expected<QList<Row>> activeAccounts(Book &book)
{
    QList<Row> rows;
    auto q = book.stream(QStringLiteral("SELECT id, csm, stage, start_on, health_band FROM account "
                                        "WHERE stage <> 'churned' ORDER BY id"));
    if (!q)
        return q.error();
    while (q->next())
        rows << Row{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    Dates::parseIso(q->value(3).toString()), q->value(4).toString()};
    return rows;
}

// Makes one account's work after another, drawing from `random` in a fixed order: the same seed
// gives the same book.
class Writer
{
public:
    Writer(Random &random, const Date &today, DemoLanguage language)
        : m_random(random), m_today(today), m_language(language),
          m_notes(DemoData::activityNotes(language)), m_taskTitles(DemoData::taskTitles(language))
    {
    }

    Status prepare(Book &book)
    {
        auto activity = BulkStatement::prepare(book, "INSERT INTO activity (account_id, kind, occurred_on, author, "
                                                     "text) VALUES (?, ?, ?, ?, ?)");
        auto task = BulkStatement::prepare(book, "INSERT INTO task (account_id, title, owner, due_on, status, "
                                                 "created_on, closed_on, origin) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, 'manual')");
        auto objective = BulkStatement::prepare(book, "INSERT INTO plan_objective (account_id, title, start_value, "
                                                      "current_value, target_value, due_on, quick_win, achieved_on) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        auto nps = BulkStatement::prepare(book, "INSERT INTO nps_response (account_id, responded_on, score, comment) "
                                                "VALUES (?, ?, ?, ?)");
        for (auto *s : {&activity, &task, &objective, &nps}) {
            if (!*s)
                return s->error();
        }
        m_activity = std::move(*activity);
        m_task = std::move(*task);
        m_objective = std::move(*objective);
        m_nps = std::move(*nps);
        return {};
    }

    Status account(const Row &r)
    {
        const Date start = r.start.value_or(m_today - days(365));
        const qint64 age = std::max<qint64>(1, (m_today - start).days());
        if (auto ok = activities(r, age); !ok)
            return ok;
        if (auto ok = task(r); !ok)
            return ok;
        if (auto ok = npsAnswers(r, age); !ok)
            return ok;
        return r.stage == QLatin1String("onboarding") ? objectives(r, start, age) : Status();
    }

    const DemoWorkSummary &summary() const { return m_summary; }

private:
    Status activities(const Row &r, qint64 age);
    Status task(const Row &r);
    Status npsAnswers(const Row &r, qint64 age);
    Status objectives(const Row &r, const Date &start, qint64 age);

    Random &m_random;
    Date m_today;
    DemoLanguage m_language;
    const QStringList &m_notes;
    const QStringList &m_taskTitles;
    BulkStatement m_activity, m_task, m_objective, m_nps;
    DemoWorkSummary m_summary;
};

// A few recent activities by the account's CSM.
Status Writer::activities(const Row &r, qint64 age)
{
    const int count = r.csm.isEmpty() ? 0 : int(m_random.between(0, 3));
    for (int i = 0; i < count; ++i) {
        const auto note = qsizetype(m_random.between(0, m_notes.size() - 1));
        const Date on = m_today - days(m_random.between(0, std::min<qint64>(age, 120)));
        m_activity.bind(r.id).bind(DemoData::activityKinds()[note]).bind(Dates::toIso(on)).bind(r.csm)
            .bind(m_notes[note]);
        if (auto ok = m_activity.run(); !ok)
            return ok;
        ++m_summary.activities;
    }
    return {};
}

// Now and then a task around today, some overdue, some already done.
Status Writer::task(const Row &r)
{
    if (r.csm.isEmpty() || !m_random.chance(12))
        return {};
    const Date due = m_today + days(m_random.between(-10, 14));
    const bool done = due < m_today && m_random.chance(50);
    m_task.bind(r.id).bind(m_taskTitles[qsizetype(m_random.between(0, m_taskTitles.size() - 1))]).bind(r.csm)
        .bind(Dates::toIso(due)).bind(done ? "done" : "open").bind(Dates::toIso(due - days(7)))
        .bind(done ? Dates::toIso(due) : QString());
    if (auto ok = m_task.run(); !ok)
        return ok;
    ++m_summary.tasks;
    return {};
}

// NPS answers over the last two years; unhappy accounts answer lower.
Status Writer::npsAnswers(const Row &r, qint64 age)
{
    const int answers = m_random.chance(40) ? int(m_random.between(1, 3)) : 0;
    for (int i = 0; i < answers; ++i) {
        const Date on = m_today - days(m_random.between(0, std::min<qint64>(age, 700)));
        const bool unhappy = r.band == QLatin1String("red") || r.stage == QLatin1String("churn-prevention");
        const int score = unhappy ? int(m_random.between(0, 7)) : int(m_random.between(5, 10));
        m_nps.bind(r.id).bind(Dates::toIso(on)).bind(score)
            .bind(score >= 9   ? DemoData::text(m_language, u"サポートが丁寧", u"Support is helpful")
                  : score <= 6 ? DemoData::text(m_language, u"機能が足りない", u"Features are missing")
                               : QString());
        if (auto ok = m_nps.run(); !ok)
            return ok;
    }
    return {};
}

// An onboarding account's success plan: a quick win, and the goal it leads to.
Status Writer::objectives(const Row &r, const Date &start, qint64 age)
{
    const bool achieved = age > 20 && m_random.chance(60);
    const double target = 80, current = achieved ? 85 : double(m_random.between(5, 70));
    m_objective.bind(r.id)
        .bind(DemoData::text(m_language, u"クイックウィン: 主要部署で週次利用率80%",
                             u"Quick win: 80% weekly use in the main departments"))
        .bind(10.0).bind(current).bind(target)
        .bind(Dates::toIso(start + days(45))).bind(1)
        .bind(achieved ? Dates::toIso(std::min(m_today, start + days(m_random.between(14, 40)))) : QString());
    if (auto ok = m_objective.run(); !ok)
        return ok;
    m_objective.bind(r.id)
        .bind(DemoData::text(m_language, u"週次アクティブユーザー数", u"Active users per week")).bind(0.0)
        .bind(double(m_random.between(0, 120)))
        .bind(200.0).bind(Dates::toIso(start + days(180))).bind(0).bindNull();
    if (auto ok = m_objective.run(); !ok)
        return ok;
    m_summary.objectives += 2;
    return {};
}

} // namespace

Expected<DemoWorkSummary> DemoWork::write(Book &book, Random &random, const Date &today,
                                          DemoLanguage language)
{
    const auto rows = activeAccounts(book);
    if (!rows)
        return rows.error();
    Writer writer(random, today, language);
    if (auto ok = writer.prepare(book); !ok)
        return ok.error();
    for (const Row &r : *rows) {
        if (auto ok = writer.account(r); !ok)
            return ok.error();
    }
    return writer.summary();
}

} // namespace csw
