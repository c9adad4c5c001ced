// SPDX-License-Identifier: MIT
#include "window/PreferencesDialog.h"

#include "settings/CalendarPage.h"
#include "settings/ChurnReasonPage.h"
#include "settings/KpiPage.h"
#include "settings/MyDayPage.h"
#include "settings/PlaybookPage.h"
#include "settings/ScorecardPage.h"
#include "common/Formatting.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>

namespace csw {

PreferencesDialog::PreferencesDialog(Book *book, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_scorecard(new ScorecardPage(book, this)),
      m_myDay(new MyDayPage(book, this)), m_playbooks(new PlaybookPage(book, this)),
      m_calendar(new CalendarPage(book, this)), m_kpis(new KpiPage(book, this)),
      m_reasons(new ChurnReasonPage(book, this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    const int current = m_language->findData(Settings::language().value());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Language:"), m_language);
    m_backups = new QSpinBox(general);
    m_backups->setObjectName(QStringLiteral("backupsSpin"));
    m_backups->setRange(0, 100);
    m_backups->setSpecialValueText(tr("None"));
    m_backups->setValue(Settings::backupsToKeep().value());
    m_backups->setToolTip(tr("When a book that was changed closes, a copy goes to the folder "
                             "\"<book>-backups\" next to it; the oldest beyond this number are deleted."));
    form->addRow(tr("Automatic backups to keep:"), m_backups);
    m_eraDates = new QCheckBox(tr("Show dates in the Japanese era calendar (令和8年4月1日)"), general);
    m_eraDates->setObjectName(QStringLiteral("eraDatesCheck"));
    m_eraDates->setChecked(Settings::eraDates().value());
    m_eraDates->setToolTip(tr("Lists, details and reports show 和暦; date fields also accept a pasted "
                              "era date such as 令和8年4月1日 or R8.4.1."));
    form->addRow(tr("Dates:"), m_eraDates);
    auto *note = new QLabel(tr("A new language applies the next time CS Workbench starts."), general);
    note->setWordWrap(true);
    form->addRow(note);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(general, tr("General"));
    tabs->addTab(m_myDay, tr("My Day"));
    tabs->addTab(m_scorecard, tr("Health Scorecard"));
    tabs->addTab(m_playbooks, tr("Playbooks"));
    tabs->addTab(m_calendar, tr("Calendar"));
    tabs->addTab(m_kpis, tr("KPIs"));
    tabs->addTab(m_reasons, tr("Churn Reasons"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(820, 560);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scorecard, &ScorecardPage::scoresChanged, this, &PreferencesDialog::scoresChanged);
}

bool PreferencesDialog::save()
{
    for (auto page : {std::function<Status()>([this] { return m_playbooks->save(); }),
                      std::function<Status()>([this] { return m_myDay->save(); }),
                      std::function<Status()>([this] { return m_calendar->save(); }),
                      std::function<Status()>([this]() -> Status {
                          const auto changed = m_kpis->save();
                          if (!changed)
                              return changed.error();
                          m_kpisChanged = m_kpisChanged || *changed;
                          return {};
                      }),
                      std::function<Status()>([this]() -> Status {
                          const auto changed = m_reasons->save();
                          if (!changed)
                              return changed.error();
                          m_kpisChanged = m_kpisChanged || *changed;   // the Portfolio shows their labels
                          return {};
                      })}) {
        if (const Status saved = page(); !saved) {
            QMessageBox::warning(this, tr("Preferences"), saved.error().message);
            return false;
        }
    }
    Settings::language().setValue(m_language->currentData().toString());
    Settings::backupsToKeep().setValue(m_backups->value());
    Settings::eraDates().setValue(m_eraDates->isChecked());
    Formatting::setEraDates(m_eraDates->isChecked());
    return true;
}

} // namespace csw
