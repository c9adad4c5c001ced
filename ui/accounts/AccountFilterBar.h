// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace csw {

class Book;

// The accounts view's filters: CSM, stage, touch model, health band, a search box (applied after a
// short pause in typing, so each keystroke does not query the book) and a segment: a saved one,
// or conditions typed in the segment dialog.
class AccountFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountFilterBar(QWidget *parent = nullptr);

    // Offers the CSMs of `book` (or none) in the CSM filter.
    void setBook(Book *book);
    AccountFilter filter() const;
    // Shows `filter`: the combo boxes and search box take its values; its narrower cuts (plan,
    // source, date bounds) are listed beside them with a button that drops them. Emits
    // filterChanged.
    void setFilter(const AccountFilter &filter);
    QLineEdit *searchBox() const { return m_search; }
    // The saved segment chosen, by name; empty for none (or conditions typed, not saved).
    QString segmentName() const;

    // The CSMs the filter offers: every CSM named in the book.
    QStringList csms() const;

Q_SIGNALS:
    void filterChanged(const csw::AccountFilter &filter);

private:
    void emitFilter();
    void showExtra();
    void loadSegments(const QString &select = {});
    void segmentChosen();
    // Uses the conditions `text` (read in the book); false, and nothing changed, when they cannot be read.
    bool useConditions(const QString &text);
    void editConditions();

    QComboBox *m_csm;
    QComboBox *m_stage;
    QComboBox *m_touch;
    QComboBox *m_health;
    QLineEdit *m_search;
    QLabel *m_extraLabel;
    QToolButton *m_clearExtra;
    AccountFilter m_extra;   // only its narrower cuts are used
    QTimer *m_typing;
    QComboBox *m_segment;
    QToolButton *m_conditions;
    Book *m_book = nullptr;
    QString m_segmentText;   // the conditions in use, as written (empty: none)
    QList<SegmentCondition> m_segmentConditions;   // and as read when chosen
};

} // namespace csw
