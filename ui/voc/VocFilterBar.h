// SPDX-License-Identifier: MIT
#pragma once

#include "voc/VocQuery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace csw {

class Book;
class OptionalDateEdit;
class SegmentChooser;

// The VOC board's filters: hand-off target, status, kind, tag, logged since/until, CSM and touch
// model of the accounts behind an entry, and a search box over the text and tags (any script,
// any length; applied after a short pause in typing, so each keystroke does not query the book).
class VocFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit VocFilterBar(QWidget *parent = nullptr);

    // Offers the tags and CSMs of `book` (or none), keeping the current choices where they remain.
    void setBook(Book *book);
    VocFilter filter() const;   // reads the chosen segment as saved now
    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const csw::VocFilter &filter);

private:
    void emitFilter();

    QComboBox *m_target;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_tag;
    QComboBox *m_csm;
    QComboBox *m_touch;
    SegmentChooser *m_segment;
    OptionalDateEdit *m_since;
    OptionalDateEdit *m_until;
    QLineEdit *m_search;
    QTimer *m_typing;
};

} // namespace csw
