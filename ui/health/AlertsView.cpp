// SPDX-License-Identifier: MIT
#include "health/AlertsView.h"

#include "common/RowTable.h"
#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "health/AlertListModel.h"
#include "health/HealthRepository.h"
#include "health/HealthService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csw {

namespace {
constexpr int AlertLimit = 200;   // as the other My Day lists: more than a day's work, newest first
}

AlertsView::AlertsView(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AlertListModel(this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_open(new QPushButton(tr("O&pen account"), this)),
      m_move(new QPushButton(tr("&Move to churn prevention"), this)),
      m_snooze(new QPushButton(tr("&Snooze 7 days"), this)),
      m_dismiss(new QPushButton(tr("Dism&iss"), this))
{
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_empty->setObjectName(QStringLiteral("noAlertsLabel"));
    m_open->setObjectName(QStringLiteral("openAlertAccountButton"));
    m_move->setObjectName(QStringLiteral("churnPreventionButton"));
    m_snooze->setObjectName(QStringLiteral("snoozeAlertButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissAlertButton"));
    m_move->setToolTip(tr("Move the account to churn prevention today; Ctrl+Z takes it back"));
    m_snooze->setToolTip(tr("Hide the alert for a week; it comes back if nothing changed"));

    auto *title = new QLabel(tr("Accounts at risk"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    auto *intro = new QLabel(tr("Open health alerts: accounts whose score fell into red or dropped "
                                "fast within 30 days, or one of whose measures passed its alert level or fell fast."),
                             this);
    intro->setWordWrap(true);
    m_empty->setText(tr("No open health alerts."));

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleRowTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths = {
        {AlertListModel::AccountName, 260}, {AlertListModel::Raised, 100},
        {AlertListModel::Reason, 400},      {AlertListModel::Score, 70},
        {AlertListModel::PreviousScore, 70}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_open, m_move, m_snooze, m_dismiss})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);

    connect(m_open, &QPushButton::clicked, this, &AlertsView::openAccount);
    connect(m_move, &QPushButton::clicked, this, &AlertsView::moveToChurnPrevention);
    connect(m_snooze, &QPushButton::clicked, this, &AlertsView::snooze);
    connect(m_dismiss, &QPushButton::clicked, this, &AlertsView::dismiss);
    connect(m_table, &QTableView::doubleClicked, this, &AlertsView::openAccount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsView::updateButtons);
    connect(&session, &BookSession::healthChanged, this, &AlertsView::changed);
    connect(&session, &BookSession::alertsChanged, this, &AlertsView::changed);
    connect(&session, &BookSession::accountChanged, this, [this](qint64, AccountFields what) {
        if (what & (AccountField::Stage | AccountField::Name | AccountField::Csm))
            changed();
    });
    connect(&session, &BookSession::accountsAddedOrRemoved, this, &AlertsView::changed);
    connect(&session, &BookSession::bookOpened, this, &AlertsView::changed);
    connect(&session, &BookSession::bookClosed, this, &AlertsView::changed);
    reload();
}

void AlertsView::changed()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void AlertsView::setCsm(const QString &csm)
{
    if (csm == m_csm)
        return;
    m_csm = csm;
    changed();
}

void AlertsView::setSegment(const QList<SegmentCondition> &segment)
{
    if (segment == m_segment)
        return;
    m_segment = segment;
    changed();
}

void AlertsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void AlertsView::reload()
{
    m_stale = false;
    const qint64 selected = currentAlertId();
    QList<HealthAlert> alerts;
    QHash<qint64, Stage> stages;
    if (Book *book = m_session.book()) {
        QList<HealthAlert> open;
        // The newest ones, with each account's stage: no query per alert.
        if (auto found = HealthRepository(*book).openAlerts(Dates::today(), m_csm, AlertLimit, m_segment))
            open = *found;
        // A measure's alert says what moved by the measure's label, in the reader's language.
        QHash<QString, QString> labels;
        if (std::any_of(open.cbegin(), open.cend(), [](const HealthAlert &a) { return !a.measure.isEmpty(); })) {
            if (const auto measures = HealthRepository(*book).measuresInUse())
                for (const Measure &m : *measures)
                    labels.insert(m.key, m.shownLabel());
        }
        for (HealthAlert alert : std::as_const(open)) {
            stages.insert(alert.accountId, alert.accountStage);
            alert.measure = labels.value(alert.measure, alert.measure);
            alerts << alert;
        }
    }
    m_model->setAlerts(alerts, stages);
    const int row = selected ? m_model->rowOf(selected) : -1;
    if (m_model->rowCount() > 0)
        m_table->selectRow(row >= 0 ? row : 0);
    m_empty->setText(m_model->rowCount() >= AlertLimit
                         ? tr("Showing the newest %1 open alerts.").arg(AlertLimit)
                         : tr("No open health alerts."));
    m_empty->setVisible(m_model->rowCount() == 0 || m_model->rowCount() >= AlertLimit);
    updateButtons();
}

qint64 AlertsView::currentAlertId() const
{
    const HealthAlert *alert = m_model->alert(m_table->selectionModel()->currentIndex().row());
    return alert ? alert->id : 0;
}

void AlertsView::updateButtons()
{
    const HealthAlert *alert = m_model->alert(m_table->selectionModel()->currentIndex().row());
    const bool writable = m_session.book() && !m_session.book()->isReadOnly();
    m_open->setEnabled(alert);
    // An account whose stage is unknown (gone) counts as churned: nothing to move.
    const Stage stage = alert ? m_model->stage(alert->accountId).value_or(Stage::Churned)
                              : Stage::Churned;
    m_move->setEnabled(writable && stage != Stage::ChurnPrevention && stage != Stage::Churned);
    m_snooze->setEnabled(writable && alert);
    m_dismiss->setEnabled(writable && alert);
}

void AlertsView::openAccount()
{
    if (const HealthAlert *alert = m_model->alert(m_table->selectionModel()->currentIndex().row()))
        Q_EMIT openAccountRequested(alert->accountId);
}

void AlertsView::moveToChurnPrevention()
{
    const HealthAlert *alert = m_model->alert(m_table->selectionModel()->currentIndex().row());
    if (!alert)
        return;
    const qint64 id = alert->accountId;
    const Date today = Dates::today();   // fixed now, so that redo records the same day
    const QString note = tr("Health alert: %1").arg(AlertListModel::reasonText(*alert));
    // The session reports a refusal; the alert stays as it was.
    static_cast<void>(m_session.perform(tr("Move to %1").arg(Stages::label(Stage::ChurnPrevention)),
                      [id, today, note](AccountLifecycle &lifecycle, qint64) {
                          return lifecycle.moveStage(id, Stage::ChurnPrevention, today, note);
                      }));
}

void AlertsView::snooze()
{
    if (const qint64 id = currentAlertId())
        static_cast<void>(m_session.snoozeAlert(id, HealthService::defaultSnoozeEnd(Dates::today())));
}

void AlertsView::dismiss()
{
    if (const qint64 id = currentAlertId())
        static_cast<void>(m_session.dismissAlert(id));
}

} // namespace csw
