// SPDX-License-Identifier: MIT
#include "voc/VocExportDialog.h"

#include "book/Book.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace csw {

namespace {
qint64 countEntries(Book &book, const VocFilter &filter)
{
    QVariantList values;
    auto query = book.prepare(QString::fromUtf8(VocQuery::countSql(book.dialect(), filter, values)));
    if (!query)
        return 0;
    for (const QVariant &value : std::as_const(values))
        query->addBindValue(value);
    return book.exec(*query) && query->next() ? query->value(0).toLongLong() : 0;
}
} // namespace

VocExportDialog::VocExportDialog(Book &book, const VocFilter &filter, VocSort sort, QWidget *parent)
    : QDialog(parent), m_book(book), m_filter(filter), m_sort(sort),
      m_utf8(new QRadioButton(tr("UTF-8"), this)),
      m_utf8Bom(new QRadioButton(tr("UTF-8 with BOM (Excel)"), this)),
      m_cp932(new QRadioButton(tr("CP932 (Shift_JIS, older Japanese Excel)"), this)),
      m_anonymize(new QCheckBox(tr("Leave out customer-identifying columns (account names, "
                                   "contacts told)"),
                                this)),
      m_replace(new QCheckBox(tr("Write characters CP932 lacks (emoji, rare kanji) as 〓, each "
                                 "one listed, instead of stopping"),
                              this)),
      m_path(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Export VOC Report"));
    m_utf8->setObjectName(QStringLiteral("utf8Option"));
    m_utf8Bom->setObjectName(QStringLiteral("utf8BomOption"));
    m_cp932->setObjectName(QStringLiteral("cp932Option"));
    m_anonymize->setObjectName(QStringLiteral("anonymizeOption"));
    m_replace->setObjectName(QStringLiteral("replaceOption"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    const QString encoding = Settings::vocExportEncoding().value();
    (encoding == QLatin1String("cp932")   ? m_cp932
     : encoding == QLatin1String("utf-8") ? m_utf8
                                          : m_utf8Bom)
        ->setChecked(true);
    m_anonymize->setChecked(Settings::vocExportAnonymize().value());
    QString folder = Settings::vocExportFolder().value();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QFileInfo(book.path()).absolutePath();
    m_path->setText(QDir(folder).filePath(
        tr("voc-report-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold;"));
    m_error->hide();

    const qint64 count = countEntries(book, filter);
    auto *what = new QLabel(tr("Entries to export: %1, as the board shows them (its filters and "
                               "ranking).")
                                .arg(QLocale().toString(count)),
                            this);
    what->setWordWrap(true);
    auto *encodings = new QVBoxLayout;
    encodings->addWidget(m_utf8);
    encodings->addWidget(m_utf8Bom);
    encodings->addWidget(m_cp932);
    encodings->addWidget(m_replace);
    m_replace->setEnabled(m_cp932->isChecked());
    connect(m_cp932, &QRadioButton::toggled, m_replace, &QCheckBox::setEnabled);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Encoding:"), encodings);
    form->addRow(QString(), m_anonymize);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);   // a row holding a layout gets no buddy of its own
    form->addRow(fileLabel, file);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &VocExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &VocExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VocExportDialog::reject);
}

void VocExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString VocExportDialog::path() const
{
    return m_path->text().trimmed();
}

VocExportOptions VocExportDialog::options() const
{
    VocExportOptions o;
    o.filter = m_filter;
    o.sort = m_sort;
    o.encoding = m_cp932->isChecked() ? TextEncoding::Cp932 : TextEncoding::Utf8;
    o.bom = m_utf8Bom->isChecked();
    o.anonymize = m_anonymize->isChecked();
    o.replaceUnencodable = o.encoding == TextEncoding::Cp932 && m_replace->isChecked();
    return o;
}

QString VocExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VocExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export VOC Report"), path(), tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

Expected<qint64> VocExportDialog::exportNow()
{
    const QString target = QDir::fromNativeSeparators(path());
    if (target.isEmpty())
        return Error{tr("choose the file to write")};
    const qint64 count = countEntries(m_book, m_filter);
    QProgressDialog progress(tr("Exporting the VOC report (entries: %1)…").arg(QLocale().toString(count)),
                             tr("Cancel"),
                             0, int(std::min<qint64>(count, std::numeric_limits<int>::max())), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    VocExportOptions o = options();
    m_replaced.clear();
    o.replaced = [this](qint64 entry, const QString &column, char32_t character) {
        m_replaced << tr("VOC entry %1, column %2: %3").arg(entry).arg(column, TextEncodings::describe(character));
    };
    const auto written = VocExport(m_book).writeFile(o, target, [&](qint64 rows) {
        progress.setValue(int(std::min<qint64>(rows, progress.maximum())));
        return !progress.wasCanceled();
    });
    progress.close();
    return written;
}

void VocExportDialog::accept()
{
    const auto written = exportNow();
    if (!written && written.error().kind == ErrorKind::Cancelled) {
        m_error->hide();   // the person stopped it; the file was left as it was
        return;
    }
    if (!written) {
        m_error->setText(tr("Nothing was exported, and %1 was left as it was: %2")
                             .arg(QDir::toNativeSeparators(path()), written.error().message));
        m_error->show();
        return;
    }
    const VocExportOptions o = options();
    Settings::vocExportEncoding().setValue(o.encoding == TextEncoding::Cp932 ? QStringLiteral("cp932")
                                           : o.bom ? QStringLiteral("utf-8-bom")
                                                   : QStringLiteral("utf-8"));
    Settings::vocExportAnonymize().setValue(o.anonymize);
    Settings::vocExportFolder().setValue(QFileInfo(QDir::fromNativeSeparators(path())).absolutePath());
    m_result = tr("Exported the VOC report to %1 (entries: %2)")
                   .arg(QDir::toNativeSeparators(path()), QLocale().toString(*written));
    if (!m_replaced.isEmpty()) {   // never silently: each replaced character, where it was
        m_result += QLatin1Char(' ') + tr("%n character(s) written as 〓", nullptr, int(m_replaced.size()));
        constexpr int shown = 30;
        QString list = m_replaced.mid(0, shown).join(QLatin1Char('\n'));
        if (m_replaced.size() > shown)
            list += QLatin1Char('\n') + tr("… and %n more", nullptr, int(m_replaced.size() - shown));
        QMessageBox box(QMessageBox::Information, tr("Export VOC Report"),
                        tr("CP932 has no place for these characters; they were written as 〓:"),
                        QMessageBox::Ok, this);
        box.setDetailedText(m_replaced.join(QLatin1Char('\n')));
        box.setInformativeText(list);
        box.exec();
    }
    QDialog::accept();
}

} // namespace csw
