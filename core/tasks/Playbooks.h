// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "common/Expected.h"
#include "tasks/Work.h"

#include <QCoreApplication>

namespace csw {

class Book;

// Playbooks: per stage, the tasks that entering the stage makes, due some business days later;
// a touch model may have its own for a stage (a tech-touch onboarding is not a high-touch one),
// else it follows the stage's default.
class Playbooks
{
    Q_DECLARE_TR_FUNCTIONS(Playbooks)

public:
    explicit Playbooks(Book &book) : m_book(book) {}
    // The stage's own steps for `touch` (none: the default's); empty when it has none.
    Expected<QList<PlaybookStep>> steps(Stage stage, const std::optional<Touch> &touch = std::nullopt) const;
    // What an account with `touch` entering `stage` gets: its touch model's steps, else the default's.
    Expected<QList<PlaybookStep>> stepsFor(Stage stage, Touch touch) const;
    // Replaces the stage's steps for `touch` (none: the default); no steps for a touch model
    // means it follows the default again.
    Status setSteps(Stage stage, const QList<PlaybookStep> &steps, const std::optional<Touch> &touch = std::nullopt);
    // Makes the stage's tasks for `account` entering `stage` on `entered`; returns their ids.
    Expected<QList<qint64>> instantiate(const Account &account, Stage stage, const Date &entered);
    // Schedules the account's open tasks from the stage's playbook again, each step's business
    // days counted from `from` instead of `was` (none: the day the tasks were made): an
    // onboarding follows the day sales handed the customer over. A task renamed, not from a
    // step, or given another date by someone stays as it is.
    Status reschedule(qint64 accountId, Stage stage, const std::optional<Date> &was, const std::optional<Date> &from);

private:
    Book &m_book;
};

} // namespace csw
