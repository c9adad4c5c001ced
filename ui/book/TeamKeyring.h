// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookLocation.h"

#include <QString>

namespace csw::TeamKeyring {

// Team books' passwords in the desktop keyring (QtKeychain: the Secret Service, KWallet), by
// the book's URL, which holds no password; never in settings or a file of ours. Where no
// keyring answers (within a few seconds), reading finds nothing and writing says so.
QString read(const BookLocation &location);
bool write(const BookLocation &location, const QString &password);

} // namespace csw::TeamKeyring
