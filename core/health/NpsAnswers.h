// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "health/HealthService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace csw {

class Book;

// One answer to "how likely are you to recommend us?" (0–10) from someone at an account.
struct NpsAnswer
{
    enum class Group { Detractor, Passive, Promoter };

    qint64 id = 0;
    qint64 accountId = 0;
    Date respondedOn;
    int score = 0;
    QString respondent;                 // as written (a chosen contact's name)
    std::optional<qint64> contactId;    // the account's contact who answered, when chosen
    QString comment;
    std::optional<qint64> vocId;   // the VOC entry made from its comment

    // 0–6 detractor, 7–8 passive, 9–10 promoter (DOMAIN.md).
    static Group groupOf(int score);
    Group group() const { return groupOf(score); }
};

// What adding an answer did, to undo it exactly: the answer's row and, when it was the
// account's latest, what feeding the health scorecard's NPS measure changed.
struct NpsAdded
{
    qint64 answerId = 0;
    qint64 accountId = 0;
    Date on;
    std::optional<HealthUpdate> health;
};

// NPS answers joined up with the rest of the book: each account's answers, the latest one
// feeding the health scorecard's NPS measure (no double entry; a detractor whose score fell
// raises an alert), and a comment made a linked VOC entry in one step.
class NpsAnswers final
{
    Q_DECLARE_TR_FUNCTIONS(NpsAnswers)

public:
    explicit NpsAnswers(Book &book) : m_book(book) {}

    // Newest first.
    Expected<QList<NpsAnswer>> ofAccount(qint64 accountId) const;
    Expected<NpsAnswer> get(qint64 id) const;
    // Adds `answer` (score 0–10, not after today, an existing account), all or nothing; an
    // answer with an id (an undone addition redone) gets that id back.
    Expected<NpsAdded> add(const NpsAnswer &answer);
    // Undoes add(): the answer goes, the health measure and score are put back as they were.
    Status revert(const NpsAdded &added);
    // The answer's comment as a VOC entry of its account, kept linked (a promoter's as praise
    // for marketing, the others' for product); returns the entry's id. Refused without a
    // comment or when the answer has an entry already.
    // `vocIdToReuse`: the entry's id when an undone hand-on is redone.
    Expected<qint64> toVoc(qint64 answerId, const Date &today = Dates::today(), qint64 vocIdToReuse = 0);
    // Undoes toVoc(): the entry goes and the answer is unlinked.
    Status revertToVoc(qint64 answerId, qint64 vocId);

private:
    Expected<bool> isLatest(const NpsAnswer &answer, qint64 id) const;

    Book &m_book;
};

} // namespace csw
