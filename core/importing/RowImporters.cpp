// SPDX-License-Identifier: MIT
#include "importing/RowImporters.h"

#include "book/Book.h"
#include "health/HealthRepository.h"
#include "health/HealthService.h"
#include "importing/RowImport.h"
#include "voc/VocService.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace csw {

namespace {

// The row's date, today when the column is missing or blank; a problem otherwise.
std::optional<Date> rowDate(const CsvTable &t, const ImportMapping &m, qsizetype i,
                            const ImportOptions &o, QList<ImportProblem> &problems)
{
    const QString text = RowImport::cell(t, m, i, QStringLiteral("date"));
    if (text.isEmpty())
        return o.today;
    auto parsed = ImportValues::date(text, o.dateOrder);
    if (!parsed) {
        problems << RowImport::problem(t, m, i, QStringLiteral("date"), parsed.error().message);
        return std::nullopt;
    }
    if (*parsed > o.today) {
        problems << RowImport::problem(t, m, i, QStringLiteral("date"), HealthImport::tr("the date is in the future"));
        return std::nullopt;
    }
    return *parsed;
}

QStringList split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;、,]"));
    QStringList parts;
    for (const QString &p : text.split(separators, Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts;
}

} // namespace

Expected<QList<ImportField>> HealthImport::fields(Book &book)
{
    QList<ImportField> list{RowImport::accountField(), RowImport::dateField(tr("Date measured"))};
    auto card = HealthRepository(book).activeScorecard(std::nullopt);
    if (!card)
        return card.error();
    for (const Measure &m : card->measures)
        list << ImportField{m.key, m.shownLabel(), false, {m.label.toLower(), m.shownLabel().toLower()}};
    return list;
}

Expected<ImportResult> HealthImport::run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                         const ImportOptions &options)
{
    auto list = fields(book);
    if (!list)
        return list.error();
    if (auto ok = mapping.checkRequired(*list); !ok)
        return ok.error();
    QStringList measures;
    for (const ImportField &f : std::as_const(*list)) {
        if (f.key != QLatin1String("account") && f.key != QLatin1String("date") && mapping.has(f.key))
            measures << f.key;
    }
    if (measures.isEmpty())
        return Error{tr("no column is mapped to a measure of the scorecard; map one with --map MEASURE=COLUMN")};
    auto accounts = AccountResolver::load(book);
    if (!accounts)
        return accounts.error();
    HealthService service(book);
    return RowImport::run(book, table, options, [&](qsizetype i, QList<ImportProblem> &problems) -> Status {
        const qsizetype before = problems.size();
        const auto account = accounts->resolve(RowImport::cell(table, mapping, i, QStringLiteral("account")));
        if (!account)
            problems << RowImport::problem(table, mapping, i, QStringLiteral("account"), account.error().message);
        const auto on = rowDate(table, mapping, i, options, problems);
        QStringList assignments;
        for (const QString &key : std::as_const(measures)) {
            const QString value = RowImport::cell(table, mapping, i, key);
            if (value.isEmpty())
                continue;
            if (auto number = ImportValues::number(value))
                assignments << key + QLatin1Char('=') + QString::number(*number, 'g', 12);
            else
                problems << RowImport::problem(table, mapping, i, key, number.error().message);
        }
        if (problems.size() > before || assignments.isEmpty())
            return {};
        auto recorded = service.record(*account, *on, assignments);
        if (!recorded)
            problems << ImportProblem{table.rowNumber(i), {}, {}, recorded.error().message};
        return {};
    });
}

const QList<ImportField> &VocImport::fields()
{
    static const QList<ImportField> list = {
        RowImport::accountField(),
        {QStringLiteral("text"), tr("Text"), true,
         {QStringLiteral("feedback"), QStringLiteral("comment"), QStringLiteral("description"),
          QStringLiteral("内容"), QStringLiteral("顧客の声"), QStringLiteral("要望"), QStringLiteral("コメント")}},
        {QStringLiteral("kind"), tr("Kind"), false, {QStringLiteral("type"), QStringLiteral("種別"), QStringLiteral("分類")}},
        {QStringLiteral("target"), tr("Hand-off to"), false,
         {QStringLiteral("to"), QStringLiteral("team"), QStringLiteral("引き継ぎ先"), QStringLiteral("担当部署")}},
        {QStringLiteral("source"), tr("Source"), false,
         {QStringLiteral("channel"), QStringLiteral("入手経路"), QStringLiteral("チャネル")}},
        RowImport::dateField(tr("Date heard")),
        {QStringLiteral("tags"), tr("Tags"), false, {QStringLiteral("tag"), QStringLiteral("labels"), QStringLiteral("タグ")}},
        {QStringLiteral("importance"), tr("Importance (1-3)"), false,
         {QStringLiteral("priority"), QStringLiteral("重要度"), QStringLiteral("優先度")}},
    };
    return list;
}

Expected<ImportResult> VocImport::run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                      const ImportOptions &options)
{
    if (auto ok = mapping.checkRequired(fields()); !ok)
        return ok.error();
    auto accounts = AccountResolver::load(book);
    if (!accounts)
        return accounts.error();
    VocService service(book);
    return RowImport::run(book, table, options, [&](qsizetype i, QList<ImportProblem> &problems) -> Status {
        const qsizetype before = problems.size();
        auto bad = [&](const char *field, const QString &reason) {
            problems << RowImport::problem(table, mapping, i, QString::fromLatin1(field), reason);
        };
        auto value = [&](const char *field) { return RowImport::cell(table, mapping, i, QString::fromLatin1(field)); };
        VocEntry entry;
        entry.text = value("text");
        entry.kind = VocKind::Other;
        if (const QString k = value("kind"); !k.isEmpty()) {
            if (auto kind = VocNames::kindFromKey(k)) entry.kind = *kind;
            else bad("kind", tr("'%1' is not a kind (%2)").arg(k, VocNames::kindKeys().join(QStringLiteral(", "))));
        }
        if (const QString t = value("target"); !t.isEmpty()) {
            if (auto target = VocNames::targetFromKey(t)) entry.target = *target;
            else bad("target", tr("'%1' is not product, marketing or both").arg(t));
        }
        if (const QString s = value("source"); !s.isEmpty()) {
            if (auto source = VocNames::sourceFromKey(s)) entry.source = source;
            else bad("source", tr("'%1' is not a source (%2)").arg(s, VocNames::sourceKeys().join(QStringLiteral(", "))));
        }
        Importance importance = Importance::NiceToHave;
        if (const QString m = value("importance"); !m.isEmpty()) {
            if (auto level = VocNames::importanceFromKey(m)) importance = *level;
            else bad("importance", tr("'%1' is not 1, 2 or 3").arg(m));
        }
        for (const QString &name : split(value("account"))) {
            if (auto id = accounts->resolve(name)) entry.links << VocLink{*id, importance};
            else bad("account", id.error().message);
        }
        entry.tags = split(value("tags"));
        if (const auto on = rowDate(table, mapping, i, options, problems))
            entry.loggedOn = *on;
        if (problems.size() > before)
            return {};
        if (auto added = service.add(entry, options.today); !added)
            problems << ImportProblem{table.rowNumber(i), {}, {}, added.error().message};
        return {};
    });
}

const QList<ImportField> &NpsImport::fields()
{
    static const QList<ImportField> list = {
        RowImport::accountField(),
        RowImport::dateField(tr("Date answered")),
        {QStringLiteral("score"), tr("Score (0-10)"), true,
         {QStringLiteral("nps"), QStringLiteral("nps score"), QStringLiteral("rating"), QStringLiteral("スコア"),
          QStringLiteral("推奨度"), QStringLiteral("点数")}},
        {QStringLiteral("respondent"), tr("Respondent"), false,
         {QStringLiteral("email"), QStringLiteral("contact"), QStringLiteral("回答者"), QStringLiteral("氏名")}},
        {QStringLiteral("comment"), tr("Comment"), false,
         {QStringLiteral("reason"), QStringLiteral("feedback"), QStringLiteral("コメント"), QStringLiteral("理由")}},
    };
    return list;
}

Expected<ImportResult> NpsImport::run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                      const ImportOptions &options)
{
    if (auto ok = mapping.checkRequired(fields()); !ok)
        return ok.error();
    auto accounts = AccountResolver::load(book);
    if (!accounts)
        return accounts.error();
    auto insert = book.prepare(QStringLiteral("INSERT INTO nps_response (account_id, responded_on, score, "
                                              "respondent, comment) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    return RowImport::run(book, table, options, [&](qsizetype i, QList<ImportProblem> &problems) -> Status {
        const qsizetype before = problems.size();
        const auto account = accounts->resolve(RowImport::cell(table, mapping, i, QStringLiteral("account")));
        if (!account)
            problems << RowImport::problem(table, mapping, i, QStringLiteral("account"), account.error().message);
        const QString scoreText = RowImport::cell(table, mapping, i, QStringLiteral("score"));
        bool ok = false;
        const int score = scoreText.toInt(&ok);
        if (!ok || score < 0 || score > 10)
            problems << RowImport::problem(table, mapping, i, QStringLiteral("score"),
                                           tr("an NPS answer is a whole number from 0 to 10"));
        const auto on = rowDate(table, mapping, i, options, problems);
        if (problems.size() > before)
            return {};
        auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
        insert->addBindValue(*account);
        insert->addBindValue(Dates::toIso(*on));
        insert->addBindValue(score);
        insert->addBindValue(nullable(RowImport::cell(table, mapping, i, QStringLiteral("respondent"))));
        insert->addBindValue(nullable(RowImport::cell(table, mapping, i, QStringLiteral("comment"))));
        return book.exec(*insert);
    });
}

} // namespace csw
