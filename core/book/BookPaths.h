// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace csw::BookPaths {

// The book used when none is named: $CSW_BOOK, else book.sqlite in the application's data
// folder (QStandardPaths::AppDataLocation), whose folder is created on demand.
QString defaultBook();

} // namespace csw::BookPaths
