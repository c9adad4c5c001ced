// SPDX-License-Identifier: MIT
#include "accounts/AccountsView.h"

#include "common/RowTable.h"
#include "accounts/AccountDetailView.h"
#include "accounts/AccountExport.h"
#include "accounts/AccountFilterBar.h"
#include "accounts/BulkMenu.h"
#include "accounts/AccountTableModel.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "common/ColumnChooser.h"
#include "common/ColumnWidths.h"
#include "common/FrozenColumn.h"
#include "health/Scorecard.h"
#include "settings/Settings.h"
#include "stages/Stage.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace csw {

AccountsView::AccountsView(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_filters(new AccountFilterBar(this)),
      m_model(new AccountTableModel(session, this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_export(new QPushButton(tr("E&xport list…"), this)),
      m_detail(new AccountDetailView(session, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_count->setObjectName(QStringLiteral("accountCount"));
    m_export->setObjectName(QStringLiteral("exportAccountsButton"));
    m_export->setToolTip(tr("Write the accounts listed here, in this order, as a CSV file for Excel"));
    connect(m_export, &QPushButton::clicked, this, &AccountsView::chooseExport);
    setUpTable();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filters);
    leftLayout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    // One undoable action on every account listed (a segment's, the filters').
    auto *bulk = new QPushButton(tr("&Bulk Actions"), this);
    bulk->setObjectName(QStringLiteral("bulkActionsButton"));
    bulk->setToolTip(tr("Assign a CSM, set the touch model, move to a stage, add a task or log an activity on "
                        "every account listed"));
    bulk->setMenu(new BulkMenu(
        session, [this] { return m_filters->filter(); }, [this] { return m_filters->segmentName(); }, bulk));
    bottom->addWidget(bulk);
    bottom->addWidget(m_export);
    leftLayout->addLayout(bottom);

    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);

    m_splitter->setObjectName(QStringLiteral("accountsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_filters, &AccountFilterBar::filterChanged, m_model, &AccountTableModel::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AccountsView::updateCount);   // others' changes
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountsView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsView::keepSelection);
    connect(&session, &BookSession::bookOpened, this, &AccountsView::updateFilters);
    connect(&session, &BookSession::bookClosed, this, [this] { m_filters->setBook(nullptr); });
    connect(&session, &BookSession::accountChanged, this, [this](qint64, AccountFields what) {
        if (what & (AccountField::Csm | AccountField::Plan))   // a new CSM or plan may have appeared
            updateFilters();
    });
    m_filters->setBook(session.book());
    updateCount();
}

void AccountsView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountTableModel::Name, Qt::AscendingOrder);
    styleRowTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    sizeColumns();
    new ColumnChooser(m_table->horizontalHeader(), AccountTableModel::Name);
    // The names stay in view, at least 24 characters wide, while other columns scroll.
    m_frozen = new FrozenColumn(m_table, AccountTableModel::Name, m_table->fontMetrics().averageCharWidth() * 24);
}

// Asks where and in which encoding to write the accounts listed, then writes them.
void AccountsView::chooseExport()
{
    const QString utf8 = tr("CSV for Excel, UTF-8 (*.csv)");
    const QString cp932 = tr("CSV for older Japanese Excel, CP932 (*.csv)");
    QString chosen = Settings::accountExportEncoding().value() == QLatin1String("cp932") ? cp932 : utf8;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Accounts"), tr("accounts.csv"),
                                                      utf8 + QStringLiteral(";;") + cp932, &chosen);
    if (path.isEmpty())
        return;
    const TextEncoding encoding = chosen == cp932 ? TextEncoding::Cp932 : TextEncoding::Utf8;
    Settings::accountExportEncoding().setValue(TextEncodings::key(encoding));
    (void)exportTo(path, encoding);   // it says itself how it went
}

// What a CSM reads first fits beside the detail on a 1280-wide screen, each column as wide as
// its header and typical content in the language shown; touch model and plan are in the
// header's column chooser (right click).
void AccountsView::sizeColumns()
{
    QStringList stages;
    for (const QString &key : Stages::keys())
        stages << Stages::label(*Stages::fromKey(key));
    ColumnWidths::fit(m_table, AccountTableModel::Name,
                      {{AccountTableModel::DaysToRenewal, {QStringLiteral("9999")}},
                       {AccountTableModel::Csm, {QStringLiteral("Emily Clark"), QStringLiteral("佐藤 美咲")}},
                       {AccountTableModel::Plan, {QStringLiteral("Enterprise")}},
                       {AccountTableModel::Stage, stages},
                       {AccountTableModel::Health, {QStringLiteral("100 ") + Scorecard::bandLabel(Band::Yellow)}},
                       {AccountTableModel::Arr, {ColumnWidths::sampleMoney()}},
                       {AccountTableModel::Renewal, {ColumnWidths::sampleDate()}}});
    m_table->horizontalHeader()->setSectionHidden(AccountTableModel::Touch, true);
    m_table->horizontalHeader()->setSectionHidden(AccountTableModel::Plan, true);
}

Status AccountsView::exportTo(const QString &path, TextEncoding encoding)
{
    Book *book = m_session.book();
    if (!book)
        return Error{tr("no book is open")};
    AccountExportOptions options;
    options.filter = m_model->filter();
    options.sort = m_model->sortOrder();
    options.descending = m_model->descending();
    options.encoding = encoding;
    options.replaceUnencodable = encoding == TextEncoding::Cp932;
    int replaced = 0;
    options.replaced = [&replaced](qint64, const QString &, char32_t) { ++replaced; };
    const auto written = AccountExport(*book).writeFile(options, path);
    if (!written) {
        Q_EMIT m_session.errorOccurred(written.error().message);
        return written.error();
    }
    QString said = tr("Exported %1 accounts to %2").arg(QLocale().toString(*written), path);
    if (replaced > 0)
        said += QLatin1Char(' ') + tr("(%n character(s) CP932 lacks written as 〓)", nullptr, replaced);
    Q_EMIT statusMessage(said);
    return {};
}

void AccountsView::showFilter(const AccountFilter &filter)
{
    m_filters->setFilter(filter);
}

void AccountsView::focusSearch()
{
    m_filters->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_filters->searchBox()->selectAll();
}

void AccountsView::selectAccount(qint64 id)
{
    for (int row = 0; row < m_model->rowCount() && row < AccountTableModel::PageSize; ++row) {
        if (m_model->accountId(row) == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

// After a new sort or filter, the account that was shown stays selected where it now is
// (scrolled to); when the list no longer holds it, the detail empties.
void AccountsView::keepSelection()
{
    if (m_session.book() != m_keptBook) {   // another book: its accounts are other ones
        m_keptBook = m_session.book();
        showSelected();
        return;
    }
    const qint64 shown = m_detail->accountId();
    const int row = shown > 0 ? m_model->rowOf(shown) : -1;
    if (row < 0) {
        showSelected();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void AccountsView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->accountId(current.row()) : 0;
    if (id != 0 && id == m_detail->accountId())
        return;   // the same account, found again after a sort: nothing to read again
    m_detail->showAccount(id);
}

void AccountsView::updateCount()
{
    m_count->setText(tr("Accounts: %1").arg(QLocale().toString(m_model->rowCount())));
}

void AccountsView::setActive(bool active)
{
    m_active = active;
    if (active && m_filtersStale)
        updateFilters();
    m_model->setPaused(!active);
}

void AccountsView::updateFilters()
{
    m_filtersStale = !m_active;
    if (!m_active)
        return;
    m_filters->setBook(m_session.book());
    // The CSM column as wide as the book's longest CSM name (Aya Takahashi), up to 18 characters.
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = 0;
    for (const QString &name : m_filters->csms())
        widest = std::max(widest, metrics.horizontalAdvance(name));
    const int padding = 2 * metrics.averageCharWidth() + 8;
    if (widest > 0)
        m_table->setColumnWidth(AccountTableModel::Csm,
                                std::clamp(widest + padding, m_table->columnWidth(AccountTableModel::Csm),
                                           std::max(m_table->columnWidth(AccountTableModel::Csm),
                                                    metrics.averageCharWidth() * 18)));
}

void AccountsView::saveLayout() const
{
    Settings::accountsSplitter().setValue(m_splitter->saveState());
    Settings::accountsHeader().setValue(m_table->horizontalHeader()->saveState());
}

void AccountsView::restoreLayout()
{
    const QByteArray splitter = Settings::accountsSplitter().value();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({800, 480});
    const QByteArray header = Settings::accountsHeader().value();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

} // namespace csw
