// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "voc/VocExport.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace csw {

class Book;

// "Export VOC report…": writes the entries a board shows (its filter and ranking) as CSV for
// product and marketing, in UTF-8, UTF-8 with a BOM for Excel, or CP932 for older Japanese
// Excel, optionally without the columns that identify customers. The export runs with a
// progress dialog that can cancel it; on any failure (a character CP932 cannot hold, a full
// disk, cancelling) the dialog says why, naming the entry and column, and the old file stays.
class VocExportDialog final : public QDialog
{
    Q_OBJECT

public:
    VocExportDialog(Book &book, const VocFilter &filter, VocSort sort, QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const;
    VocExportOptions options() const;
    // Exports now with the chosen options; what accept() runs.
    Expected<qint64> exportNow();
    // The reason the last export failed, or empty.
    QString errorText() const;
    // What the last successful export wrote, for a status bar.
    QString resultText() const { return m_result; }

    void accept() override;

private:
    void browse();

    Book &m_book;
    VocFilter m_filter;
    VocSort m_sort;
    QRadioButton *m_utf8;
    QRadioButton *m_utf8Bom;
    QRadioButton *m_cp932;
    QCheckBox *m_anonymize;
    QCheckBox *m_replace;            // cp932: what it lacks as 〓
    QStringList m_replaced;          // the cells that got one, for the user
    QLineEdit *m_path;
    QLabel *m_error;
    QString m_result;
};

} // namespace csw
