// SPDX-License-Identifier: MIT
// csw playbook show|set: the tasks entering a stage makes, per stage and, where a touch model
// has its own, per touch model (issue 19).
#include "Cli.h"
#include "CommandContext.h"

#include "tasks/Playbooks.h"

#include <QRegularExpression>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookCommands)
};

const QList<Stage> playbookStages = {Stage::Onboarding, Stage::Adoption, Stage::Expansion, Stage::ChurnPrevention};

// The --touch option: none for the default playbooks; false after saying why.
bool touchOption(const QCommandLineParser &parser, std::optional<Touch> &touch)
{
    if (!parser.isSet(QStringLiteral("touch")))
        return true;
    touch = Stages::touchFromKey(parser.value(QStringLiteral("touch")));
    if (!touch)
        CommandContext::fail(Tr::tr("--touch: '%1' is not a touch model (%2)")
                                 .arg(parser.value(QStringLiteral("touch")), Stages::touchKeys().join(u", ")));
    return touch.has_value();
}

int show(CommandContext &context, const QCommandLineParser &parser)
{
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    writer->begin({{QStringLiteral("stage"), Tr::tr("Stage")},
                   {QStringLiteral("touch"), Tr::tr("Touch model")},
                   {QStringLiteral("title"), Tr::tr("Task")},
                   {QStringLiteral("owner"), Tr::tr("Owner")},
                   {QStringLiteral("due_business_days"), Tr::tr("Due (business days)"), ColumnType::Number}});
    const QList<std::optional<Touch>> touches = {std::nullopt, Touch::High, Touch::Low, Touch::Tech};
    for (Stage stage : playbookStages) {
        for (const std::optional<Touch> &touch : touches) {   // the default first, then each model's own
            auto steps = Playbooks(*book).steps(stage, touch);
            if (!steps)
                return CommandContext::fail(steps.error());
            for (const PlaybookStep &s : std::as_const(*steps))
                writer->row({Stages::key(stage), touch ? Stages::key(*touch) : QString(), WorkNames::shownTitle(s.title),
                             s.owner, QString::number(s.dueBusinessDays)});
        }
    }
    return context.finish(*writer);
}

int set(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const auto stage = Stages::fromKey(args.value(0));
    if (!stage || !playbookStages.contains(*stage))
        return CommandContext::fail(Tr::tr("'%1' is not a stage with a playbook (onboarding, adoption, expansion, "
                                           "churn-prevention)")
                                        .arg(args.value(0)));
    std::optional<Touch> touch;
    if (!touchOption(parser, touch))
        return 1;
    static const QRegularExpression step(QStringLiteral(R"(^\s*(\d+)\s+(.+?)\s*$)"));
    QList<PlaybookStep> steps;
    for (const QString &arg : args.mid(1)) {
        const auto m = step.match(arg);
        if (!m.hasMatch())
            return CommandContext::fail(Tr::tr("'%1' is not a step: write the business days, then the task "
                                               "(\"5 キックオフ会議を設定\")")
                                            .arg(arg));
        steps << PlaybookStep{m.captured(2), parser.value(QStringLiteral("owner")), m.captured(1).toInt()};
    }
    Book *book = context.book();
    if (!book)
        return 1;
    const Status saved = Playbooks(*book).setSteps(*stage, steps, touch);
    if (!saved)
        return CommandContext::fail(saved.error());
    if (touch && steps.isEmpty())
        context.print(Tr::tr("%1 accounts entering %2 get the default playbook").arg(Stages::label(*touch),
                                                                                 Stages::label(*stage)));
    else
        context.print(Tr::tr("%n task(s) in the playbook for %1", nullptr, int(steps.size()))
                          .arg(touch ? Tr::tr("%1, %2").arg(Stages::label(*stage), Stages::label(*touch))
                                     : Stages::label(*stage)));
    return 0;
}

} // namespace

QList<Command> playbookCommands()
{
    return {
        {QStringLiteral("playbook show"), QString(),
         Tr::tr("The tasks each stage's playbook makes: the default, and each touch model's own where it has one."), 0,
         0, [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, show},
        {QStringLiteral("playbook set"), QStringLiteral("STAGE [\"DAYS TASK\"...]"),
         Tr::tr("Replace a stage's playbook: each step is the business days after entering the stage, then the task. "
                "With --touch, that touch model's own (no steps: it follows the default again)."),
         1, -1,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("touch"), Tr::tr("The touch model whose own playbook this is."),
                          QStringLiteral("high|low|tech")});
             p.addOption({QStringLiteral("owner"), Tr::tr("Who does the tasks (default each account's CSM)."),
                          QStringLiteral("NAME")});
         },
         set},
    };
}

} // namespace csw::cli
