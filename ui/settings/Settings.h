// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace csw {

// One persisted preference: its key and default declared once, read and written with QSettings.
template<typename T>
class Setting
{
public:
    Setting(QString key, T defaultValue) : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_default;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

// The workbench's settings.
namespace Settings {
const Setting<QStringList> &recentBooks();       // most recent first
const Setting<QString> &language();              // "", "en" or "ja"; empty follows the system
const Setting<int> &lastView();                  // index of the view shown last
const Setting<QByteArray> &windowGeometry();
const Setting<QByteArray> &windowState();
const Setting<QByteArray> &accountsSplitter();
const Setting<QByteArray> &accountsHeader();
const Setting<QByteArray> &vocSplitter();
const Setting<QByteArray> &vocHeader();
const Setting<QString> &vocExportEncoding();     // "utf-8", "utf-8-bom" or "cp932"
const Setting<bool> &vocExportAnonymize();
const Setting<QString> &accountExportEncoding(); // "utf-8" or "cp932"
const Setting<QString> &vocExportFolder();
const Setting<QString> &importFolder();          // where the import wizard browses first
const Setting<int> &backupsToKeep();             // rotating backups when a changed book closes; 0: none
const Setting<QString> &myCsm();                 // the CSM My Day shows; empty: everyone
const Setting<int> &quickWinDays();              // onboarding days without a quick win that warn
const Setting<bool> &eraDates();                 // dates shown in the Japanese era calendar (和暦)

// Puts `path` first in the recent books, keeping at most eight.
void rememberBook(const QString &path);
} // namespace Settings

} // namespace csw
