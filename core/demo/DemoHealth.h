// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "book/BulkStatement.h"
#include "health/ScoreMath.h"

#include <optional>

namespace csw {

class Book;
class Random;

// The demo book's health history: monthly measures for each account over its last months,
// scored with the scorecard, healthy accounts staying green and accounts at risk or about to
// churn declining into red (with the alert that raises).
class DemoHealth final
{
public:
    DemoHealth(Book &book, Random &random, const Scorecard &scorecard)
        : m_book(book), m_random(random), m_card(scorecard)
    {
    }

    Status prepare();
    // Writes the history of account `id` from `from` to `to` (monthly); `declining` accounts
    // fall over their last three months. Returns the latest score, if any.
    Expected<std::optional<ScoreResult>> account(qint64 id, const Date &from, const Date &to,
                                                 bool declining, bool raisesAlerts);
    qint64 scores() const { return m_scores; }

private:
    Status measure(qint64 id, const Date &on, const QString &key, double value);

    Book &m_book;
    Random &m_random;
    Scorecard m_card;
    BulkStatement m_measure, m_score, m_alert;
    qint64 m_scores = 0;
};

} // namespace csw
