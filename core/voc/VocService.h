// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "voc/Voc.h"

#include <QCoreApplication>

namespace csw {

class Book;

// The triage workflow. Statuses move forward along new -> triaged -> handed-off -> accepted ->
// planned -> done, skipping steps if the team wants; any open status may be declined; a
// declined entry may be reopened as new or triaged; done or declined entries become
// closed-loop once the customers were told. Nothing moves back otherwise.
class VocWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(VocWorkflow)

public:
    static bool allowed(VocStatus from, VocStatus to);
    // The statuses an entry in `from` may move to, in workflow order.
    static QList<VocStatus> next(VocStatus from);
    // Why a move is refused, for the user.
    static QString refusal(qint64 id, VocStatus from, VocStatus to);
};

// What an entry looked like before a change, to put it back exactly (undo).
struct VocSnapshot
{
    VocEntry entry;
    qint64 lastChangeId = 0;
    qint64 lastLoopId = 0;
};

// Logs, triages, edits and merges VOC entries: checks every input, writes each operation in
// one transaction and keeps a dated change for each field it changes. Nothing is stored when
// an input is refused.
class VocService final
{
    Q_DECLARE_TR_FUNCTIONS(VocService)

public:
    explicit VocService(Book &book) : m_book(book) {}

    // Logs a new entry (id 0, or the id to reuse on redo); returns its id.
    Expected<qint64> add(VocEntry entry, const Date &today = Dates::today());
    Status setStatus(qint64 id, VocStatus status, const Date &on = Dates::today());
    // Edits text, kind, target, source, tags and links to what `entry` says, recording what
    // changed; the status goes through setStatus.
    Status edit(const VocEntry &entry, const Date &on = Dates::today());
    // The edit and, when given, the move to `status`, in one transaction: both or neither
    // (`csw voc set ID text=… status=…`).
    Status editAndMove(const VocEntry &entry, std::optional<VocStatus> status, const Date &on = Dates::today());
    // Merges `from` into `into`: accounts (the higher importance wins), and tags are united,
    // `from` points to the survivor and both keep the merge in their history.
    Status merge(qint64 from, qint64 into, const Date &on = Dates::today());
    // Records that a contact of a linked account was told what became of the entry.
    Status recordLoop(qint64 id, const VocLoop &loop, const Date &today = Dates::today());
    // Writes a note on entry `id` dated `on` (what product, marketing or sales decided, asked or
    // found), kept in its history with who wrote it. A team's viewers note their team's entries.
    Status addNote(qint64 id, const QString &text, const Date &on, const Date &today = Dates::today());
    static constexpr int MaxNoteLength = 2000;
    Status remove(qint64 id);

    Expected<VocSnapshot> snapshot(qint64 id) const;
    // Puts an entry back as `snapshot` had it, dropping changes and loops made since.
    Status restore(const VocSnapshot &snapshot);

private:
    Status checkEntry(const VocEntry &entry, const Date &today) const;

    Book &m_book;
};

} // namespace csw
