// SPDX-License-Identifier: MIT
#include "accounts/Segments.h"

#include "book/Book.h"
#include "book/SqlValues.h"
#include "health/PeopleMeasures.h"
#include "health/Scorecard.h"
#include "stages/Stage.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace csw {

using boost::gregorian::days;

namespace {

enum class Kind { Text, Touch, Stage, Band, Money, Number, DaysAhead, DaysAgo };

struct Field
{
    const char *key;
    const char *column;
    Kind kind;
};

const Field fields[] = {
    {"csm", "csm", Kind::Text},           {"plan", "plan", Kind::Text},
    {"industry", "industry", Kind::Text}, {"source", "source", Kind::Text},
    {"touch", "touch", Kind::Touch},      {"stage", "stage", Kind::Stage},
    {"band", "health_band", Kind::Band},  {"arr", "arr", Kind::Money},
    {"health", "health_score", Kind::Number},
    {"renewal_days", "renewal_on", Kind::DaysAhead},
    {"stage_days", "stage_on", Kind::DaysAgo},
    {"tenure_days", "start_on", Kind::DaysAgo},
};

const Field *fieldOf(const QString &key)
{
    for (const Field &f : fields)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

// The measures a condition may name: those of any scorecard the book has had, the built-in
// ones and the book's own (champion, hand-off).
Expected<QStringList> knownMeasures(const Book &book)
{
    QStringList keys;
    for (const Measure &m : Scorecard::defaults().measures)
        keys << m.key;
    for (const Measure &m : PeopleMeasures::definitions())
        keys << m.key;
    auto q = book.query(QStringLiteral("SELECT DISTINCT measure FROM scorecard_measure"));
    if (!q)
        return q.error();
    while (q->next())
        keys << q->value(0).toString();
    keys.removeDuplicates();
    return keys;
}

QString unquoted(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 2 && ((t.startsWith(u'"') && t.endsWith(u'"')) || (t.startsWith(u'\'') && t.endsWith(u'\''))))
        return t.mid(1, t.size() - 2);
    return t;
}

// "usage < 40" → its value read as the field's type; an error naming what is wrong.
Expected<SegmentCondition> condition(const Book &book, const QStringList &measures, const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\s*([A-Za-z_][\w.-]*)\s*(<=|>=|!=|<>|=|<|>)\s*(.*?)\s*$)"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return Error{SegmentRules::tr("'%1' is not FIELD OP VALUE (e.g. adoption < 40, touch = low)").arg(text.trimmed()),
                     ErrorKind::Invalid};
    SegmentCondition c{m.captured(1).toLower(), m.captured(2) == u"<>" ? QStringLiteral("!=") : m.captured(2), {}};
    const QString value = unquoted(m.captured(3));
    const bool ordered = c.op != u"=" && c.op != u"!=";
    const auto wrong = [&](const QString &expected) {
        return Error{SegmentRules::tr("%1: '%2' is not %3").arg(c.field, value, expected), ErrorKind::Invalid};
    };
    bool isNumber = false;
    double number = value.toDouble(&isNumber);
    isNumber = isNumber && std::isfinite(number);
    constexpr double MaxDays = 36500;   // a hundred years: any date beyond is none of the book's
    const bool age = c.field.endsWith(QLatin1String(".age"));
    const QString measure = age ? c.field.chopped(4) : c.field;
    if (const Field *f = fieldOf(c.field)) {
        switch (f->kind) {
        case Kind::Text:
            if (ordered)
                return Error{SegmentRules::tr("%1 is compared with = or != only").arg(c.field), ErrorKind::Invalid};
            c.value = value;
            return c;
        case Kind::Touch:
        case Kind::Stage:
        case Kind::Band: {
            std::optional<QString> key;
            if (f->kind == Kind::Touch) {
                if (const auto t = Stages::touchFromKey(value)) key = Stages::key(*t);
            } else if (f->kind == Kind::Stage) {
                if (const auto s = Stages::fromKey(value)) key = Stages::key(*s);
            } else {
                for (const Band b : {Band::Red, Band::Yellow, Band::Green})
                    if (value.compare(Scorecard::bandKey(b), Qt::CaseInsensitive) == 0 || value == Scorecard::bandLabel(b)
                        || value == QStringLiteral("赤黄緑").at(int(b)))
                        key = Scorecard::bandKey(b);
            }
            if (!key)
                return wrong(f->kind == Kind::Touch   ? SegmentRules::tr("a touch model (high, low, tech)")
                             : f->kind == Kind::Stage ? SegmentRules::tr("a stage (onboarding, adoption, …)")
                                                      : SegmentRules::tr("a band (red, yellow, green)"));
            if (ordered)
                return Error{SegmentRules::tr("%1 is compared with = or != only").arg(c.field), ErrorKind::Invalid};
            c.value = *key;
            return c;
        }
        case Kind::Money: {
            const auto amount = book.currency().parse(value);
            if (!amount)
                return wrong(SegmentRules::tr("an amount"));
            c.value = qint64(*amount);
            return c;
        }
        default:
            if (!isNumber || (f->kind != Kind::Number && (number < 0 || number > MaxDays || number != std::floor(number))))
                return wrong(f->kind == Kind::Number ? SegmentRules::tr("a number") : SegmentRules::tr("a number of days"));
            c.value = f->kind == Kind::Number ? QVariant(number) : QVariant(qint64(number));
            return c;
        }
    }
    if (!measures.contains(measure))
        return Error{SegmentRules::tr("'%1' is neither an account field (%2) nor a health measure (%3)")
                         .arg(c.field, SegmentRules::accountFields().join(QStringLiteral(", ")),
                              measures.join(QStringLiteral(", "))),
                     ErrorKind::Invalid};
    if (!isNumber || (age && (number < 0 || number > MaxDays || number != std::floor(number))))
        return wrong(age ? SegmentRules::tr("a number of days") : SegmentRules::tr("a number"));
    c.value = age ? QVariant(qint64(number)) : QVariant(number);
    return c;
}

QString flipped(const QString &op)
{
    if (op == u"<") return QStringLiteral(">");
    if (op == u"<=") return QStringLiteral(">=");
    if (op == u">") return QStringLiteral("<");
    if (op == u">=") return QStringLiteral("<=");
    return op;
}

// Days since `measure` was last measured compared with N, through whether it was measured
// after the day N days ago: an account never measured is as old as can be.
QString ageSql(const QString &measure, const QString &op, qint64 n, const Date &today, QVariantList &values)
{
    const QString exists = QStringLiteral("EXISTS (SELECT 1 FROM health_measure m WHERE m.account_id = account.id "
                                          "AND m.measure = ? AND m.measured_on %1 ?)");
    values << measure << Dates::toIso(today - days(n));
    if (op == u">")   // last measured before the day N days ago, or never
        return QStringLiteral("NOT ") + exists.arg(QStringLiteral(">="));
    if (op == u">=")
        return QStringLiteral("NOT ") + exists.arg(QStringLiteral(">"));
    if (op == u"<")
        return exists.arg(QStringLiteral(">"));
    if (op == u"<=")
        return exists.arg(QStringLiteral(">="));
    return QStringLiteral("coalesce((SELECT max(m.measured_on) FROM health_measure m WHERE m.account_id = account.id "
                          "AND m.measure = ?), '') %1 ?")
        .arg(op == u"=" ? QStringLiteral("=") : QStringLiteral("<>"));
}

} // namespace

const QStringList &SegmentRules::accountFields()
{
    static const QStringList keys = [] {
        QStringList out;
        for (const Field &f : fields)
            out << QString::fromLatin1(f.key);
        return out;
    }();
    return keys;
}

Expected<QList<SegmentCondition>> SegmentRules::parse(const Book &book, const QString &text)
{
    // "and", "かつ" or a comma join conditions only before the next FIELD OP: 1,500,000 stays an
    // amount and "industry = Oil and Gas" a value.
    static const QRegularExpression joins(QStringLiteral(
        R"((?:\s+(?:and|AND|And)\s+|\s*かつ\s*|\s*[,、，]\s*)(?=[A-Za-z_][\w.-]*\s*(?:<=|>=|!=|<>|=|<|>)))"));
    QStringList parts = text.split(joins, Qt::SkipEmptyParts);
    parts.removeIf([](const QString &part) { return part.trimmed().isEmpty(); });
    if (parts.isEmpty())
        return Error{tr("a segment needs at least one condition (e.g. adoption < 40)"), ErrorKind::Invalid};
    auto measures = knownMeasures(book);
    if (!measures)
        return measures.error();
    QList<SegmentCondition> conditions;
    for (const QString &part : parts) {
        auto c = condition(book, *measures, part);
        if (!c)
            return c.error();
        conditions << *c;
    }
    return conditions;
}

QString SegmentRules::sql(const QList<SegmentCondition> &conditions, const Date &today, QVariantList &values,
                          bool liveOnly)
{
    QStringList terms;
    // Live customers: churned accounts only where a condition asks for them.
    const bool churnedAsked = std::any_of(conditions.cbegin(), conditions.cend(), [](const SegmentCondition &c) {
        return c.field == u"stage" && c.op == u"=" && c.value.toString() == u"churned";
    });
    if (!conditions.isEmpty() && liveOnly && !churnedAsked)
        terms << QStringLiteral("stage <> 'churned'");
    for (const SegmentCondition &c : conditions) {
        if (const Field *f = fieldOf(c.field)) {
            const QString column = QString::fromLatin1(f->column);
            if (f->kind == Kind::DaysAhead || f->kind == Kind::DaysAgo) {
                const qint64 n = c.value.toLongLong();
                const bool ahead = f->kind == Kind::DaysAhead;
                terms << QStringLiteral("%1 %2 ?").arg(column, ahead ? c.op : flipped(c.op));
                values << Dates::toIso(ahead ? today + days(n) : today - days(n));
            } else if (c.value.toString().isEmpty() && (c.op == u"=" || c.op == u"!=")) {   // none written
                terms << QStringLiteral("%1 %2").arg(column, c.op == u"=" ? QStringLiteral("IS NULL") : QStringLiteral("IS NOT NULL"));
            } else {   // != holds for an empty field too (an account with no CSM is not Sato's)
                terms << QStringLiteral("%1 %2 ?").arg(column, c.op == u"!=" ? QStringLiteral("IS DISTINCT FROM") : c.op);
                values << c.value;
            }
        } else if (c.field.endsWith(QLatin1String(".age"))) {
            terms << ageSql(c.field.chopped(4), c.op, c.value.toLongLong(), today, values);
        } else {   // the latest value of the measure
            terms << QStringLiteral("(SELECT m.value FROM health_measure m WHERE m.account_id = account.id AND "
                                    "m.measure = ? ORDER BY m.measured_on DESC LIMIT 1) %1 ?")
                         .arg(c.op == u"!=" ? QStringLiteral("IS DISTINCT FROM") : c.op);
            values << c.field << c.value;
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

QString SegmentRules::membersSql(const QString &idColumn, const QList<SegmentCondition> &conditions, const Date &today,
                                 QVariantList &values)
{
    const QString where = sql(conditions, today, values, false);
    if (where.isEmpty())
        return {};
    return QStringLiteral("%1 IN (SELECT account.id FROM account WHERE %2)").arg(idColumn, where);
}

Expected<QList<Segment>> Segments::list() const
{
    auto q = m_book.query(QStringLiteral("SELECT name, conditions, changed_by, changed_at FROM segment ORDER BY name"));
    if (!q)
        return q.error();
    QList<Segment> out;
    while (q->next())
        out << Segment{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    return out;
}

Expected<Segment> Segments::get(const QString &name) const
{
    auto q = m_book.query(QStringLiteral("SELECT name, conditions, changed_by, changed_at FROM segment WHERE name = ?"),
                          {name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("there is no segment named '%1'").arg(name.trimmed()), ErrorKind::NotFound};
    return Segment{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
}

Status Segments::add(const Segment &segment)
{
    const QString name = segment.name.trimmed();
    if (name.isEmpty())
        return Error{tr("a segment needs a name"), ErrorKind::Invalid};
    if (auto ok = SegmentRules::parse(m_book, segment.conditions); !ok)
        return ok.error();
    return m_book.write([&]() -> Status {
        auto taken = m_book.query(QStringLiteral("SELECT 1 FROM segment WHERE name = ?"), {name});
        if (!taken)
            return taken.error();
        if (taken->next())
            return Error{tr("the segment name '%1' is taken").arg(name), ErrorKind::Conflict};
        taken->finish();
        auto q = m_book.query(QStringLiteral("INSERT INTO segment (name, conditions, changed_by, changed_at) "
                                             "VALUES (?, ?, ?, ?)"),
                              {name, segment.conditions.trimmed(), SqlValues::trimmedText(m_book.member().login),
                               QDateTime::currentDateTime().toString(Qt::ISODate)});
        return q ? Status() : Status(q.error());
    });
}

Status Segments::remove(const QString &name)
{
    return m_book.write([&]() -> Status {
        auto used = m_book.query(QStringLiteral("SELECT id FROM touch_rule WHERE segment = ? ORDER BY id"), {name.trimmed()});
        if (!used)
            return used.error();
        QStringList rules;
        while (used->next())
            rules << used->value(0).toString();
        if (!rules.isEmpty())
            return Error{tr("the segment '%1' is used by the touch model rules %2: change or remove them first")
                             .arg(name.trimmed(), rules.join(QStringLiteral(", "))),
                         ErrorKind::Conflict};
        used->finish();
        auto q = m_book.query(QStringLiteral("DELETE FROM segment WHERE name = ?"), {name.trimmed()});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{tr("there is no segment named '%1'").arg(name.trimmed()), ErrorKind::NotFound};
        return {};
    });
}

Expected<SegmentSize> Segments::size(const Segment &segment) const
{
    const auto conditions = SegmentRules::parse(m_book, segment.conditions);
    if (!conditions)
        return conditions.error();
    return size(*conditions);
}

Expected<SegmentSize> Segments::size(const QList<SegmentCondition> &conditions) const
{
    QVariantList values;
    const QString where = SegmentRules::sql(conditions, Dates::today(), values);
    auto q = m_book.query(QStringLiteral("SELECT count(*), CAST(coalesce(sum(arr), 0) AS BIGINT) FROM account")
                              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                          values);
    if (!q)
        return q.error();
    if (!q->next())
        return SegmentSize{};
    return SegmentSize{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

} // namespace csw
