// SPDX-License-Identifier: MIT
// What the voc and export commands share: links, FIELD=VALUE edits and the list filters.
#pragma once

#include "common/Expected.h"
#include "voc/Voc.h"
#include "voc/VocQuery.h"

#include <QCommandLineParser>

#include <optional>

namespace csw::cli {

// "12,15:3,17:dealbreaker": accounts with their importance (`fallback` when not given).
Expected<QList<VocLink>> parseVocLinks(const QString &text, const QString &fallback);
// "--kind: 'x' is not one of a, b, c"
QString vocChoiceError(const QString &option, const QString &value, const QStringList &keys);

struct VocAssignments
{
    std::optional<VocStatus> status;
    std::optional<QString> saidBy;   // said_by=: a contact's id or name (empty: nobody), for the book to find
};
// Applies status=, to=, tags=, kind=, source=, text=, accounts=, said_by= to `entry`; the status is
// returned instead, as it goes through the workflow.
Expected<VocAssignments> applyVocAssignments(VocEntry &entry, const QStringList &assignments);

void printVocChoiceError(const QString &option, const QString &value, const QStringList &keys);

// Reads option `option` (when set) through `parse` into `into`; prints "--option: 'x' is not
// one of …" and returns false for a value `parse` refuses.
template<typename T, typename Parse>
bool vocChoice(const QCommandLineParser &parser, const QString &option, Parse parse,
               const QStringList &keys, std::optional<T> &into)
{
    if (!parser.isSet(option))
        return true;
    into = parse(parser.value(option));
    if (into)
        return true;
    printVocChoiceError(QStringLiteral("--") + option, parser.value(option), keys);
    return false;
}

void addVocFilterOptions(QCommandLineParser &parser);
// The filter and sort the options ask for, or nullopt after printing the error.
std::optional<std::pair<VocFilter, VocSort>> vocFilter(const QCommandLineParser &parser);

} // namespace csw::cli
