// SPDX-License-Identifier: MIT
#include "importing/ImportColumnsPage.h"

#include "importing/ImportStyle.h"
#include "importing/ImportWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace csw {

namespace {
constexpr int SampleRows = 20;
constexpr int SampleValues = 3;
constexpr int SampleLength = 40;
} // namespace

ImportColumnsPage::ImportColumnsPage(ImportWizard &wizard)
    : m_wizard(wizard), m_saved(new QComboBox(this)), m_scroll(new QScrollArea(this)),
      m_dateOrder(new QComboBox(this)),
      m_duplicatesLabel(new QLabel(tr("&Accounts the book has:"), this)),
      m_duplicates(new QComboBox(this)), m_saveAs(new QLineEdit(this)), m_error(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose the column of the file that fills each field. Fields marked * are "
                   "required; columns left out are not imported."));
    m_saved->setObjectName(QStringLiteral("savedMappingCombo"));
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_duplicates->setObjectName(QStringLiteral("duplicatesCombo"));
    m_saveAs->setObjectName(QStringLiteral("saveMappingEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    m_dateOrder->addItem(tr("Year/month/day (2026/04/01)"), int(DateOrder::YearMonthDay));
    m_dateOrder->addItem(tr("Month/day/year (04/01/2026)"), int(DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Day/month/year (01/04/2026)"), int(DateOrder::DayMonthYear));
    m_duplicates->addItem(tr("Stop: list them as problems"), int(DuplicatePolicy::Stop));
    m_duplicates->addItem(tr("Update them from the file"), int(DuplicatePolicy::Update));
    m_duplicates->addItem(tr("Skip them"), int(DuplicatePolicy::Skip));
    m_duplicates->setToolTip(tr("An account is the same when its external id matches, or its "
                                "name when the file has no external id."));
    m_duplicatesLabel->setBuddy(m_duplicates);
    m_saveAs->setPlaceholderText(tr("A name, to use this mapping again (optional)"));
    ImportStyle::errorLabel(m_error);

    auto *savedRow = new QHBoxLayout;
    auto *savedLabel = new QLabel(tr("&Start from:"), this);
    savedLabel->setBuddy(m_saved);
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_saved, 1);

    m_scroll->setWidgetResizable(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Dates with the year last:"), m_dateOrder);
    form->addRow(m_duplicatesLabel, m_duplicates);
    form->addRow(tr("Sa&ve mapping as:"), m_saveAs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(savedRow);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);

    connect(m_saved, &QComboBox::currentIndexChanged, this,
            [this] { useSavedMapping(m_saved->currentData().toString()); });
}

QComboBox *ImportColumnsPage::columnCombo(const QString &field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return row.combo;
    }
    return nullptr;
}

void ImportColumnsPage::setColumn(const QString &field, int column)
{
    if (QComboBox *combo = columnCombo(field))
        combo->setCurrentIndex(combo->findData(column));
}

QLineEdit *ImportColumnsPage::constantEdit(const QString &field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return row.constant;
    }
    return nullptr;
}

QString ImportColumnsPage::sampleText(const QString &field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return row.sample->text();
    }
    return {};
}

QString ImportColumnsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportColumnsPage::initializePage()
{
    if (m_generation != m_wizard.tableGeneration())
        rebuild();
    showMapping();
}

// A new file or kind: the kind's fields, the file's columns, the suggested mapping.
void ImportColumnsPage::rebuild()
{
    m_generation = m_wizard.tableGeneration();
    m_rows.clear();
    m_grid = new QWidget;
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setColumnStretch(2, 1);
    m_gridLayout->setColumnStretch(3, 1);
    m_gridLayout->setHorizontalSpacing(12);
    m_scroll->setWidget(m_grid);   // deletes the fields of the previous file or kind
    const bool accounts = m_wizard.kind() == ImportKind::Accounts;
    m_duplicatesLabel->setVisible(accounts);
    m_duplicates->setVisible(accounts);

    const CsvTable *table = m_wizard.table();
    const auto fields = m_wizard.fields();
    m_fieldsOk = table && fields;
    if (!m_fieldsOk) {
        m_error->setText(fields ? tr("Choose a file to import first.") : fields.error().message);
        m_error->show();
        Q_EMIT completeChanged();
        return;
    }
    m_wizard.mapping = ImportMapping::suggest(*fields, table->header);

    m_wizard.constants.clear();
    const QStringList titles = {tr("Field"), tr("Column in the file"), tr("Sample values"),
                                tr("Or the same value for every row")};
    for (int c = 0; c < titles.size(); ++c) {
        auto *title = new QLabel(titles[c], m_grid);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        m_gridLayout->addWidget(title, 0, c);
    }
    for (const ImportField &f : *fields) {
        const int r = m_gridLayout->rowCount();
        auto *label = new QLabel(f.required ? tr("%1 *").arg(f.label) : f.label, m_grid);
        label->setToolTip(f.required ? tr("Required: %1").arg(f.key) : f.key);
        auto *combo = new QComboBox(m_grid);
        combo->setObjectName(QStringLiteral("column_") + f.key);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(tr("— not imported —"), -1);
        for (int c = 0; c < table->header.size(); ++c) {
            const QString name = table->header[c].trimmed();
            combo->addItem(name.isEmpty() ? tr("Column %1").arg(c + 1) : name, c);
        }
        // Room for "— not imported —" whatever font the dashes fall back to.
        combo->setMinimumWidth(combo->sizeHint().width() + 3 * combo->fontMetrics().averageCharWidth());
        label->setBuddy(combo);
        auto *sample = new QLabel(m_grid);
        sample->setTextFormat(Qt::PlainText);
        sample->setForegroundRole(QPalette::PlaceholderText);
        m_gridLayout->addWidget(label, r, 0);
        m_gridLayout->addWidget(combo, r, 1);
        m_gridLayout->addWidget(sample, r, 2);
        auto *constant = new QLineEdit(m_grid);
        constant->setObjectName(QStringLiteral("constant_") + f.key);
        constant->setPlaceholderText(tr("same for every row"));
        constant->setToolTip(tr("Fills %1 in every row, or the empty cells of the chosen column.")
                                 .arg(f.label));
        m_gridLayout->addWidget(constant, r, 3);
        m_rows.append({f.key, combo, sample, constant});
        connect(constant, &QLineEdit::textChanged, this, &ImportColumnsPage::constantsChanged);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key = f.key, combo] {
            columnChosen(key, combo->currentData().toInt());
        });
    }
    m_gridLayout->setRowStretch(m_gridLayout->rowCount(), 1);

    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("The mapping suggested by the headers"), QString());
    const auto names = ImportRunner(m_wizard.book()).savedMappingNames(m_wizard.kind());
    for (const QString &name : names ? *names : QStringList())
        m_saved->addItem(tr("Saved mapping: %1").arg(name), name);
    m_saved->setEnabled(m_saved->count() > 1);
}

void ImportColumnsPage::useSavedMapping(const QString &name)
{
    const CsvTable *table = m_wizard.table();
    const auto fields = m_wizard.fields();
    if (!table || !fields)
        return;
    if (const int index = m_saved->findData(name); index >= 0 && index != m_saved->currentIndex()) {
        m_saved->setCurrentIndex(index);   // comes back here through the combo
        return;
    }
    ImportMapping mapping = ImportMapping::suggest(*fields, table->header);
    if (!name.isEmpty()) {
        auto saved = ImportRunner(m_wizard.book()).savedMapping(m_wizard.kind(), name);
        auto applied = saved ? ImportMapping::parse(*saved, *fields, table->header)
                             : Expected<ImportMapping>(saved.error());
        if (!applied) {
            showMapping();
            m_error->setText(tr("The saved mapping '%1' does not fit this file: %2")
                                 .arg(name, applied.error().message));
            m_error->show();
            return;
        }
        mapping = *applied;
        if (m_saveAs->text().isEmpty())
            m_saveAs->setText(name);
    }
    m_wizard.mapping = mapping;
    showMapping();
}

// Puts the wizard's mapping into the combos (a column fills one field: choosing it for one
// field takes it from another).
void ImportColumnsPage::showMapping()
{
    for (const Row &row : std::as_const(m_rows)) {
        const int column = m_wizard.mapping.column(row.field);
        {
            const QSignalBlocker blocker(row.combo);
            row.combo->setCurrentIndex(std::max(0, row.combo->findData(column)));
        }
        row.sample->setText(samples(column));
    }
    checkRequired();
}

void ImportColumnsPage::columnChosen(const QString &field, int column)
{
    if (column < 0)
        m_wizard.mapping.unset(field);
    else
        m_wizard.mapping.set(field, column);
    showMapping();
}

QString ImportColumnsPage::samples(int column) const
{
    const CsvTable *table = m_wizard.table();
    if (!table || column < 0)
        return {};
    QStringList values;
    for (qsizetype i = 0; i < std::min<qsizetype>(SampleRows, table->rows.size()); ++i) {
        QString value = table->rows[i].value(column).simplified();
        if (value.isEmpty())
            continue;
        if (value.size() > SampleLength)
            value = value.left(SampleLength - 1) + QChar(0x2026);
        values << value;
        if (values.size() == SampleValues)
            break;
    }
    return values.join(QStringLiteral(" · "));
}

void ImportColumnsPage::constantsChanged()
{
    m_wizard.constants.clear();
    for (const Row &row : std::as_const(m_rows)) {
        if (const QString value = row.constant->text().trimmed(); !value.isEmpty())
            m_wizard.constants.append({row.field, value});
    }
    checkRequired();
}

bool ImportColumnsPage::filled(const QString &field) const
{
    if (m_wizard.mapping.has(field))
        return true;
    const QLineEdit *constant = constantEdit(field);
    return constant && !constant->text().trimmed().isEmpty();
}

void ImportColumnsPage::checkRequired()
{
    m_error->hide();
    const auto fields = m_wizard.fields();
    if (m_fieldsOk && fields) {
        QStringList missing;
        for (const ImportField &f : *fields) {
            if (f.required && !filled(f.key))
                missing << f.label;
        }
        if (!missing.isEmpty()) {
            m_error->setText(tr("Choose a column for every required field: %1")
                                 .arg(missing.join(tr(", "))));
            m_error->show();
        }
    }
    Q_EMIT completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    const auto fields = m_wizard.fields();
    if (!m_fieldsOk || !fields)
        return false;
    for (const ImportField &f : *fields) {
        if (f.required && !filled(f.key))
            return false;
    }
    return true;
}

bool ImportColumnsPage::validatePage()
{
    m_wizard.options.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    m_wizard.options.duplicates = m_wizard.kind() == ImportKind::Accounts
                                      ? DuplicatePolicy(m_duplicates->currentData().toInt())
                                      : DuplicatePolicy::Stop;
    m_wizard.saveMappingAs = m_saveAs->text().trimmed();
    return isComplete();
}

} // namespace csw
