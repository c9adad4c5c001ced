// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace csw {

// Writes a report file all at once or not at all: `write` fills a QSaveFile that replaces
// `path` only when it succeeded; on any failure the old file stays as it was. A book that is
// open (or its journal) is never written over. Returns what `write` returned (rows written).
class SavedFile final
{
    Q_DECLARE_TR_FUNCTIONS(SavedFile)

public:
    static Expected<qint64> write(const QString &path, const std::function<Expected<qint64>(QIODevice *)> &write);
};

} // namespace csw
