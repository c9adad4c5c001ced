// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace csw {

class Book;
class CalendarPage;
class ChurnReasonPage;
class KpiPage;
class MyDayPage;
class PlaybookPage;
class ScorecardPage;

// Preferences: the interface language (applied at the next start), My Day (me, quick-win days,
// renewal reminder lead times) and, with a book open, its health scorecards, playbooks and
// business calendar.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Book *book, QWidget *parent = nullptr);

    ScorecardPage *scorecardPage() const { return m_scorecard; }
    MyDayPage *myDayPage() const { return m_myDay; }
    PlaybookPage *playbookPage() const { return m_playbooks; }
    CalendarPage *calendarPage() const { return m_calendar; }
    KpiPage *kpiPage() const { return m_kpis; }
    ChurnReasonPage *churnReasonPage() const { return m_reasons; }
    // Whether OK changed the book's KPI settings (the Portfolio reads them again).
    bool kpisChanged() const { return m_kpisChanged; }
    // Stores everything; false (and a message) when a page refuses, and the dialog stays open.
    bool save();

Q_SIGNALS:
    void scoresChanged();

private:
    QComboBox *m_language;
    QSpinBox *m_backups;
    QCheckBox *m_eraDates;
    ScorecardPage *m_scorecard;
    MyDayPage *m_myDay;
    PlaybookPage *m_playbooks;
    CalendarPage *m_calendar;
    KpiPage *m_kpis;
    ChurnReasonPage *m_reasons;
    bool m_kpisChanged = false;
};

} // namespace csw
