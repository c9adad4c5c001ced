// SPDX-License-Identifier: MIT
// csw nps add|list|to-voc: NPS answers by hand, an account's answers, and a comment handed on
// as a VOC entry.
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/Contacts.h"
#include "health/NpsAnswers.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NpsCommands)
};

QString groupKey(NpsAnswer::Group group)
{
    switch (group) {
    case NpsAnswer::Group::Promoter: return QStringLiteral("promoter");
    case NpsAnswer::Group::Passive: return QStringLiteral("passive");
    case NpsAnswer::Group::Detractor: break;
    }
    return QStringLiteral("detractor");
}

int add(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().value(0));
    if (!id)
        return 1;   // parseId said why
    bool ok = false;
    const int score = parser.value(QStringLiteral("score")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("score")) || !ok)
        return CommandContext::usage(Tr::tr("nps add: --score is a whole number from 0 to 10"));
    const auto date = context.dateOption(parser, QStringLiteral("date"));
    if (!date)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    NpsAnswer answer;
    answer.accountId = *id;
    answer.respondedOn = *date;
    answer.score = score;
    answer.respondent = parser.value(QStringLiteral("respondent")).trimmed();
    answer.comment = parser.value(QStringLiteral("comment"));
    // One of the account's contacts, by id or name, is linked; another name is written as given.
    const auto contact = Contacts(*book).find({answer.accountId}, answer.respondent);
    if (!contact)
        return CommandContext::fail(contact.error());
    if (*contact) {
        answer.contactId = (*contact)->id;
        answer.respondent = (*contact)->name;
    }
    const auto added = NpsAnswers(*book).add(answer);
    if (!added)
        return CommandContext::fail(added.error());
    context.print(QString::number(added->answerId));
    if (added->health && added->health->result)
        context.print(Tr::tr("health score %1 (NPS measure updated)").arg(added->health->result->score, 0, 'f', 1));
    if (added->health && added->health->alert)
        context.print(Tr::tr("alert raised: a detractor's answer and the health score fell"));
    return 0;
}

int list(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().value(0));
    if (!id)
        return 1;   // parseId said why
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const auto answers = NpsAnswers(*book).ofAccount(*id);
    if (!answers)
        return CommandContext::fail(answers.error());
    writer->begin({{QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
                   {QStringLiteral("date"), Tr::tr("Date")},
                   {QStringLiteral("score"), Tr::tr("Score"), ColumnType::Number},
                   {QStringLiteral("group"), Tr::tr("Group")},
                   {QStringLiteral("respondent"), Tr::tr("Respondent")},
                   {QStringLiteral("comment"), Tr::tr("Comment")},
                   {QStringLiteral("voc_id"), Tr::tr("VOC"), ColumnType::Number}});
    for (const NpsAnswer &a : *answers)
        writer->row({QString::number(a.id), Dates::toIso(a.respondedOn), QString::number(a.score),
                     groupKey(a.group()), a.respondent, a.comment, a.vocId ? QString::number(*a.vocId) : QString()});
    return context.finish(*writer);
}

int toVoc(CommandContext &context, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return CommandContext::usage(Tr::tr("'%1' is not an NPS answer id").arg(parser.positionalArguments().value(0)));
    Book *book = context.book();
    if (!book)
        return 1;
    const auto voc = NpsAnswers(*book).toVoc(id);
    if (!voc)
        return CommandContext::fail(voc.error());
    context.print(QString::number(*voc));
    return 0;
}

} // namespace

QList<Command> npsCommands()
{
    return {
        {QStringLiteral("nps add"), QStringLiteral("ID"),
         Tr::tr("Record an NPS answer for an account; prints its id. The latest answer is the account's "
                "health NPS measure."),
         1, 1,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("score"), Tr::tr("The answer, 0 to 10 (required)."), QStringLiteral("N")});
             p.addOption({QStringLiteral("date"), Tr::tr("When it was answered (default today)."), QStringLiteral("DATE")});
             p.addOption({QStringLiteral("respondent"),
                          Tr::tr("Who answered: one of the account's contacts (id or name) or any name."),
                          QStringLiteral("NAME")});
             p.addOption({QStringLiteral("comment"), Tr::tr("What they wrote."), QStringLiteral("TEXT")});
         },
         add},
        {QStringLiteral("nps list"), QStringLiteral("ID"), Tr::tr("An account's NPS answers, newest first."), 1, 1,
         [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, list},
        {QStringLiteral("nps to-voc"), QStringLiteral("NPS_ID"),
         Tr::tr("Make an answer's comment a VOC entry of its account, kept linked; prints the entry's id."), 1, 1,
         [](QCommandLineParser &) {}, toVoc},
    };
}

} // namespace csw::cli
