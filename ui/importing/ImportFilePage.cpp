// SPDX-License-Identifier: MIT
#include "importing/ImportFilePage.h"

#include "importing/ImportStyle.h"
#include "importing/ImportWizard.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace csw {

ImportFilePage::ImportFilePage(ImportWizard &wizard)
    : m_wizard(wizard), m_kind(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_encoding(new QComboBox(this)), m_delimiter(new QComboBox(this)), m_detected(new QLabel(this)),
      m_error(new QLabel(this)), m_typing(new QTimer(this))
{
    setTitle(tr("File"));
    setSubTitle(tr("Choose what to import and the CSV or TSV file it is in. Every row is checked "
                   "before anything is written."));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    for (ImportKind kind : {ImportKind::Accounts, ImportKind::Health, ImportKind::Voc, ImportKind::Nps, ImportKind::Contacts,
                             ImportKind::Handoffs})
        m_kind->addItem(ImportWizard::kindLabel(kind), int(kind));
    m_encoding->addItem(tr("Auto"), -1);
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), int(TextEncoding::Cp932));
    m_encoding->addItem(tr("UTF-16"), int(TextEncoding::Utf16));
    m_delimiter->addItem(tr("Auto"), QString());
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_path->setPlaceholderText(tr("A .csv, .tsv or .txt file"));
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setWordWrap(true);
    ImportStyle::errorLabel(m_error);
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&What to import:"), m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);   // a row holding a layout gets no buddy of its own
    form->addRow(fileLabel, file);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_detected);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard.setKind(ImportKind(m_kind->currentData().toInt())); });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_typing->start();
        Q_EMIT completeChanged();
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_typing->isActive()) {
            m_typing->stop();
            read();
        }
    });
    connect(m_typing, &QTimer::timeout, this, &ImportFilePage::read);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::read);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFilePage::read);
}

void ImportFilePage::setPath(const QString &path)
{
    m_typing->stop();
    m_path->setText(QDir::toNativeSeparators(path));
    read();
}

QString ImportFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportFilePage::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString ImportFilePage::detectedText() const
{
    return m_detected->text();
}

QString ImportFilePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportFilePage::browse()
{
    QString folder = QFileInfo(path()).absolutePath();
    if (path().isEmpty() || !QFileInfo(folder).isDir())
        folder = Settings::importFolder().value();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Import File"), folder, tr("CSV and TSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (chosen.isEmpty())
        return;
    Settings::importFolder().setValue(QFileInfo(chosen).absolutePath());
    setPath(chosen);
}

void ImportFilePage::read()
{
    m_typing->stop();
    m_detected->clear();
    m_error->hide();
    const QString file = path();
    if (file.isEmpty()) {
        m_wizard.setTable(std::nullopt);
        Q_EMIT completeChanged();
        return;
    }
    CsvOptions options;
    const bool autoEncoding = m_encoding->currentData().toInt() < 0;
    const bool autoDelimiter = m_delimiter->currentData().toString().isEmpty();
    if (!autoEncoding)
        options.encoding = TextEncoding(m_encoding->currentData().toInt());
    if (!autoDelimiter)
        options.delimiter = m_delimiter->currentData().toString().at(0);
    auto table = CsvReader::readFile(file, options);
    if (table && table->rows.isEmpty())
        table = Error{tr("%1 has a header but no rows to import").arg(QFileInfo(file).fileName())};
    if (!table) {
        m_wizard.setTable(std::nullopt);
        m_error->setText(table.error().message);
        m_error->show();
        Q_EMIT completeChanged();
        return;
    }
    const QString encoding = ImportStyle::encodingName(table->encoding, table->bom);
    const QString delimiter = ImportStyle::delimiterName(table->delimiter);
    const qint64 rows = table->rows.size();
    m_detected->setText((autoEncoding && autoDelimiter ? tr("Detected: %1, %2, %3 rows")
                                                       : tr("Read as: %1, %2, %3 rows"))
                            .arg(encoding, delimiter, QLocale().toString(rows)));
    m_wizard.setTable(std::move(*table));
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_wizard.table() && !m_typing->isActive();
}

bool ImportFilePage::validatePage()
{
    if (m_typing->isActive())
        read();
    return m_wizard.table();
}

} // namespace csw
