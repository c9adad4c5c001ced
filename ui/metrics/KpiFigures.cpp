// SPDX-License-Identifier: MIT
#include "metrics/KpiFigures.h"

#include "common/Formatting.h"

#include <QLocale>

#include <cmath>

namespace csw {

namespace {

// +1 when `now` beats `before` by the KPI's sense (higher is better unless `lowerIsBetter`).
int better(long double now, long double before, bool lowerIsBetter)
{
    if (now == before)
        return 0;
    return (now > before) != lowerIsBetter ? 1 : -1;
}

QString signedText(const QString &magnitude, bool negative, bool zero)
{
    if (zero)
        return QStringLiteral("±0");
    return (negative ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

// The figures in the order added, each kind formatted its own way.
class FigureList
{
public:
    explicit FigureList(const Currency &currency) : m_currency(currency) {}

    // Whole counts: "1,234", change "+12".
    void count(const char *key, const QString &label, qint64 now, qint64 before, bool lowerIsBetter = false)
    {
        figures.append({QString::fromLatin1(key), label, m_locale.toString(now), m_locale.toString(before),
                        signedText(m_locale.toString(qAbs(now - before)), now < before, now == before),
                        better(now, before, lowerIsBetter)});
    }

    // Money, possibly n/a: recurring revenue per year or per month as the book shows it (a
    // lifetime's value, LTV, as it is).
    void money(const char *key, const QString &label, std::optional<Minor> now, std::optional<Minor> before,
               bool lowerIsBetter = false)
    {
        const RevenueView &view = Formatting::revenueView();
        const bool recurring = qstrcmp(key, "ltv") != 0;
        const auto shown = [&](Minor amount) {
            return Formatting::money(recurring ? view.shown(amount) : amount, m_currency);
        };
        KpiFigure f{QString::fromLatin1(key), recurring ? view.relabel(label) : label,
                    now ? shown(*now) : KpiFigures::notAvailable(),
                    before ? shown(*before) : KpiFigures::notAvailable(), KpiFigures::notAvailable(), 0};
        if (now && before) {
            f.change = signedText(shown(qAbs(*now - *before)), *now < *before, *now == *before);
            f.trend = better(*now, *before, lowerIsBetter);
        }
        figures.append(f);
    }

    // Ratios as percentages, the change in percentage points.
    void ratio(const char *key, const QString &label, std::optional<double> now, std::optional<double> before,
               bool lowerIsBetter = false)
    {
        KpiFigure f{QString::fromLatin1(key), label, KpiFigures::percent(now), KpiFigures::percent(before),
                    KpiFigures::notAvailable(), 0};
        if (now && before) {
            const double points = (*now - *before) * 100;
            const bool zero = std::abs(points) < 0.05;
            f.change = zero ? KpiFigures::tr("±0 pt")
                            : KpiFigures::tr("%1 pt").arg(
                                  signedText(m_locale.toString(std::abs(points), 'f', 1), points < 0, false));
            f.trend = zero ? 0 : better(*now, *before, lowerIsBetter);
        }
        figures.append(f);
    }

    // NPS: a score from -100 to 100, its change in points; n/a without answers.
    void nps(std::optional<double> now, std::optional<double> before)
    {
        const auto shown = [&](const std::optional<double> &v) {
            return v ? signedText(m_locale.toString(std::abs(*v), 'f', 0), *v < 0, *v == 0)
                     : KpiFigures::notAvailable();
        };
        KpiFigure f{QStringLiteral("nps"), KpiFigures::tr("NPS"), shown(now), shown(before),
                    KpiFigures::notAvailable(), 0};
        if (now && before) {
            const double points = *now - *before;
            f.change = KpiFigures::tr("%1 pt").arg(
                signedText(m_locale.toString(std::abs(points), 'f', 0), points < 0, std::abs(points) < 0.5));
            f.trend = std::abs(points) < 0.5 ? 0 : better(*now, *before, false);
        }
        figures.append(f);
    }

    // How the figure added last is made.
    void note(const QString &text) { figures.last().note = text; }

    QList<KpiFigure> figures;

private:
    const Currency &m_currency;
    const QLocale m_locale;
};

} // namespace

QString KpiFigures::notAvailable()
{
    return tr("n/a");
}

QString KpiFigures::percent(std::optional<double> ratio)
{
    if (!ratio)
        return notAvailable();
    return tr("%1 %").arg(QLocale().toString(*ratio * 100, 'f', 1));
}

QList<KpiFigure> KpiFigures::make(const KpiRow &current, const KpiRow &previous,
                                  const Currency &currency, int earlyChurnMonths)
{
    const QLocale locale;
    FigureList list(currency);
    const KpiCounts &c = current.counts, &p = previous.counts;
    list.count("accounts", tr("Accounts"), c.accountsEnd, p.accountsEnd);
    list.count("new", tr("New accounts"), c.newAccounts, p.newAccounts);
    // The logo churn rate's numerator (over the accounts at the start), and apart from it the
    // accounts that started and churned inside the period: a reader can redo the division.
    list.count("churned", tr("Churned of those at start"), c.churnedFromStart, p.churnedFromStart, true);
    list.count("newChurned", tr("Started and churned"), c.churnedAccounts - c.churnedFromStart,
               p.churnedAccounts - p.churnedFromStart, true);
    list.count("earlyChurn", tr("Early churn"), c.earlyChurned, p.earlyChurned, true);
    list.note(tr("Churned within %n month(s) of starting: %1 of %2 churned", nullptr, earlyChurnMonths)
                  .arg(locale.toString(c.earlyChurned), locale.toString(c.churnedAccounts)));
    list.ratio("logoChurn", tr("Logo churn rate"), current.logoChurnRate, previous.logoChurnRate, true);
    list.note(tr("%1 of the %2 accounts at the start churned")
                  .arg(locale.toString(c.churnedFromStart), locale.toString(c.accountsStart)));
    list.money("startArr", tr("Start ARR"), c.startArr, p.startArr);
    list.money("endArr", tr("End ARR"), c.endArr, p.endArr);
    list.money("expansion", tr("Expansion"), c.expansionArr, p.expansionArr);
    list.money("contraction", tr("Contraction"), c.contractionArr, p.contractionArr, true);
    list.money("churnedArr", tr("Churned ARR"), c.churnedArr, p.churnedArr, true);
    list.ratio("grr", tr("GRR"), current.grr, previous.grr);
    list.ratio("nrr", tr("NRR"), current.nrr, previous.nrr);
    list.ratio("revenueChurn", tr("Revenue churn rate"), current.revenueChurnRate, previous.revenueChurnRate, true);
    list.note(Formatting::revenueText(tr("Churned ARR over the ARR at the start")));
    list.ratio("netRevenueChurn", tr("Net revenue churn"), current.netRevenueChurnRate,
               previous.netRevenueChurnRate, true);
    list.note(Formatting::revenueText(
        tr("Churned and contracted ARR less expansion, over the ARR at the start (1 − NRR)")));
    list.money("arpa", tr("ARPA"), current.arpa, previous.arpa);
    list.money("ltv", tr("LTV"), current.ltv, previous.ltv);
    list.ratio("renewal", tr("Renewal rate"), current.renewalRate, previous.renewalRate);
    list.note(tr("%1 of %2 accounts up for renewal renewed (each once in the period)")
                  .arg(locale.toString(c.renewalsDone), locale.toString(c.renewalsDue)));
    list.ratio("renewalArr", Formatting::revenueText(tr("Renewal rate (ARR)")), current.renewalRateArr,
               previous.renewalRateArr);
    list.note(tr("%1 of %2 up for renewal renewed")
                  .arg(Formatting::revenue(c.renewalArrDone, currency), Formatting::revenue(c.renewalArrDue, currency)));
    list.nps(current.nps, previous.nps);
    return list.figures;
}

} // namespace csw
