// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Segments.h"

#include <QComboBox>

namespace csw {

class Book;

// "All accounts" and the book's saved segments, each with its conditions in the tooltip: the
// Segment filter of My Day's neighbours, the Portfolio and the VOC board (issue 19).
class SegmentChooser final : public QComboBox
{
    Q_OBJECT

public:
    explicit SegmentChooser(QWidget *parent = nullptr);

    // Lists `book`'s segments (none: disabled), keeping the one chosen when it is still there.
    void setBook(Book *book);
    void reload() { setBook(m_book); }
    // The chosen segment's conditions as saved now; empty for all accounts. One that cannot be
    // read (removed, or a measure gone from every scorecard) is not kept chosen: the combo goes
    // back to all accounts and a tip (and `error`) says why.
    QList<SegmentCondition> conditions(QString *error = nullptr);
    QString chosenName() const;

protected:
    void showPopup() override;
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void segmentChosen();

private:
    void choose(int index);

    Book *m_book = nullptr;
    bool m_listStale = false;   // the book's segments not read yet: read when shown
    int m_chosen = 0;
};

} // namespace csw
