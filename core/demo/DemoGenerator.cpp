// SPDX-License-Identifier: MIT
#include "demo/DemoGenerator.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "book/Dialect.h"
#include "book/BulkLoad.h"
#include "book/Schema.h"
#include "book/BulkStatement.h"
#include "common/SearchFold.h"
#include "demo/DemoAccounts.h"
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

// From how many accounts on the demo drops the indexes while it writes.
constexpr int BulkAccounts = 5000;

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

    std::optional<DemoAccounts> writer;
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
