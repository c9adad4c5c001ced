// SPDX-License-Identifier: MIT
#include "voc/VocMergeDialog.h"

#include "book/Book.h"
#include "book/BookSession.h"
#include "voc/VocRepository.h"
#include "voc/VocTableModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace csw {

VocMergeDialog::VocMergeDialog(BookSession &session, qint64 from, QWidget *parent)
    : QDialog(parent), m_session(session), m_from(from), m_id(new QSpinBox(this)),
      m_search(new QLineEdit(this)), m_model(new VocTableModel(session, this)),
      m_table(new QTableView(this)), m_preview(new QLabel(this)), m_ok(nullptr)
{
    setWindowTitle(tr("Merge VOC Entry %1").arg(from));
    m_id->setObjectName(QStringLiteral("mergeId"));
    m_search->setObjectName(QStringLiteral("mergeSearch"));
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_id->setRange(0, std::numeric_limits<int>::max());
    m_id->setSpecialValueText(tr("choose"));
    m_search->setPlaceholderText(tr("Search the entries to find the one to keep"));
    m_search->setClearButtonEnabled(true);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : {VocTableModel::Target, VocTableModel::Tags, VocTableModel::Accounts,
                       VocTableModel::Arr, VocTableModel::AtRiskArr})
        m_table->hideColumn(column);
    m_table->setColumnWidth(VocTableModel::Id, 60);
    m_table->setColumnWidth(VocTableModel::Text, 320);

    auto *intro = new QLabel(tr("Entry %1 joins the entry you choose: its accounts (the higher "
                                "importance wins) and tags are added to it, and entry %1 leaves "
                                "the board, pointing to it.")
                                 .arg(from),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Merge &into entry:"), m_id);
    form->addRow(tr("&Find:"), m_search);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Merge"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    resize(760, 520);

    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &VocMergeDialog::searchChanged);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VocMergeDialog::rowChosen);
    connect(m_id, &QSpinBox::valueChanged, this, &VocMergeDialog::showTarget);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showTarget();
}

qint64 VocMergeDialog::into() const
{
    return m_id->value();
}

void VocMergeDialog::setInto(qint64 id)
{
    m_id->setValue(int(id));
}

void VocMergeDialog::searchChanged()
{
    VocFilter filter;
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void VocMergeDialog::rowChosen()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        setInto(m_model->entryId(current.row()));
}

// Says what the chosen entry is, and allows OK only for an entry that can take the merge.
void VocMergeDialog::showTarget()
{
    const qint64 id = into();
    QString text;
    bool usable = false;
    if (id == 0) {
        text = tr("Choose the entry to keep.");
    } else if (id == m_from) {
        text = tr("An entry cannot be merged into itself.");
    } else if (Book *book = m_session.book()) {
        const auto entry = VocRepository(*book).get(id);
        if (!entry)
            text = entry.error().message;
        else if (entry->mergedInto)
            text = tr("Entry %1 was merged into %2 already.").arg(id).arg(*entry->mergedInto);
        else {
            text = tr("Keep entry %1 (%2): %3")
                       .arg(id)
                       .arg(VocNames::label(entry->kind), entry->text.simplified().left(200));
            usable = true;
        }
    }
    m_preview->setText(text);
    m_ok->setEnabled(usable);
}

} // namespace csw
