// SPDX-License-Identifier: MIT
#include "portfolio/KpiFigures.h"

#include "common/Formatting.h"

#include <QLocale>

#include <functional>

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
    QList<KpiFigure> figures;
    // Whole counts: "1,234", change "+12".
    const auto count = [&](const char *key, const QString &label,
                           const std::function<qint64(const KpiCounts &)> &field, bool lowerIsBetter = false) {
        const qint64 now = field(current.counts), before = field(previous.counts);
        figures.append({QString::fromLatin1(key), label, locale.toString(now),
                        locale.toString(before),
                        signedText(locale.toString(qAbs(now - before)), now < before, now == before),
                        better(now, before, lowerIsBetter)});
    };
    // Money, possibly n/a: recurring revenue per year or per month as the book shows it (a
    // lifetime's value, LTV, as it is).
    const RevenueView &view = Formatting::revenueView();
    const auto money = [&](const char *key, const QString &label, std::optional<Minor> now,
                           std::optional<Minor> before, bool lowerIsBetter = false) {
        const bool recurring = qstrcmp(key, "ltv") != 0;
        const auto shown = [&](Minor amount) {
            return Formatting::money(recurring ? view.shown(amount) : amount, currency);
        };
        KpiFigure f{QString::fromLatin1(key), recurring ? view.relabel(label) : label,
                    now ? shown(*now) : notAvailable(), before ? shown(*before) : notAvailable(),
                    notAvailable(), 0};
        if (now && before) {
            f.change = signedText(shown(qAbs(*now - *before)), *now < *before,
                                  *now == *before);
            f.trend = better(*now, *before, lowerIsBetter);
        }
        figures.append(f);
    };
    // Ratios as percentages, the change in percentage points.
    const auto ratio = [&](const char *key, const QString &label, std::optional<double> now,
                           std::optional<double> before, bool lowerIsBetter = false) {
        KpiFigure f{QString::fromLatin1(key), label, percent(now), percent(before),
                    notAvailable(), 0};
        if (now && before) {
            const double points = (*now - *before) * 100;
            const bool zero = std::abs(points) < 0.05;
            f.change = zero ? tr("±0 pt")
                            : tr("%1 pt").arg(signedText(locale.toString(std::abs(points), 'f', 1),
                                                         points < 0, false));
            f.trend = zero ? 0 : better(*now, *before, lowerIsBetter);
        }
        figures.append(f);
    };
    const KpiCounts &c = current.counts, &p = previous.counts;
    count("accounts", tr("Accounts"), &KpiCounts::accountsEnd);
    count("new", tr("New accounts"), &KpiCounts::newAccounts);
    // The logo churn rate's numerator (over the accounts at the start), and apart from it the
    // accounts that started and churned inside the period: a reader can redo the division.
    count("churned", tr("Churned of those at start"), &KpiCounts::churnedFromStart, true);
    count("newChurned", tr("Started and churned"),
          [](const KpiCounts &k) { return k.churnedAccounts - k.churnedFromStart; }, true);
    count("earlyChurn", tr("Early churn"), &KpiCounts::earlyChurned, true);
    figures.last().note = tr("Churned within %n month(s) of starting: %1 of %2 churned", nullptr, earlyChurnMonths)
                              .arg(locale.toString(c.earlyChurned), locale.toString(c.churnedAccounts));
    ratio("logoChurn", tr("Logo churn rate"), current.logoChurnRate, previous.logoChurnRate, true);
    figures.last().note = tr("%1 of the %2 accounts at the start churned")
                              .arg(locale.toString(c.churnedFromStart), locale.toString(c.accountsStart));
    money("startArr", tr("Start ARR"), c.startArr, p.startArr);
    money("endArr", tr("End ARR"), c.endArr, p.endArr);
    money("expansion", tr("Expansion"), c.expansionArr, p.expansionArr);
    money("contraction", tr("Contraction"), c.contractionArr, p.contractionArr, true);
    money("churnedArr", tr("Churned ARR"), c.churnedArr, p.churnedArr, true);
    ratio("grr", tr("GRR"), current.grr, previous.grr);
    ratio("nrr", tr("NRR"), current.nrr, previous.nrr);
    ratio("revenueChurn", tr("Revenue churn rate"), current.revenueChurnRate, previous.revenueChurnRate, true);
    figures.last().note = Formatting::revenueText(tr("Churned ARR over the ARR at the start"));
    ratio("netRevenueChurn", tr("Net revenue churn"), current.netRevenueChurnRate, previous.netRevenueChurnRate,
          true);
    figures.last().note =
        Formatting::revenueText(tr("Churned and contracted ARR less expansion, over the ARR at the start (1 − NRR)"));
    money("arpa", tr("ARPA"), current.arpa, previous.arpa);
    money("ltv", tr("LTV"), current.ltv, previous.ltv);
    ratio("renewal", tr("Renewal rate"), current.renewalRate, previous.renewalRate);
    figures.last().note = tr("%1 of %2 accounts up for renewal renewed (each once in the period)")
                              .arg(locale.toString(c.renewalsDone), locale.toString(c.renewalsDue));
    ratio("renewalArr", Formatting::revenueText(tr("Renewal rate (ARR)")), current.renewalRateArr,
          previous.renewalRateArr);
    figures.last().note = tr("%1 of %2 up for renewal renewed")
                              .arg(Formatting::revenue(c.renewalArrDone, currency),
                                   Formatting::revenue(c.renewalArrDue, currency));
    // NPS: a score from -100 to 100, its change in points; n/a without answers.
    const auto nps = [&](const std::optional<double> &v) {
        return v ? signedText(locale.toString(std::abs(*v), 'f', 0), *v < 0, *v == 0) : notAvailable();
    };
    KpiFigure f{QStringLiteral("nps"), tr("NPS"), nps(current.nps), nps(previous.nps), notAvailable(), 0};
    if (current.nps && previous.nps) {
        const double points = *current.nps - *previous.nps;
        f.change = tr("%1 pt").arg(signedText(locale.toString(std::abs(points), 'f', 0), points < 0, std::abs(points) < 0.5));
        f.trend = std::abs(points) < 0.5 ? 0 : better(*current.nps, *previous.nps, false);
    }
    figures.append(f);
    return figures;
}

} // namespace csw
