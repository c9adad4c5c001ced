// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

namespace csw {

class Book;

// The columns search reads (account.search_key, voc.search_text, voc_tag.search_tag), filled
// from what the rows hold, folded by SearchFold: once, by the migration that brings them
// (schema 9). Writers fill them with every row from then on. Runs in the caller's transaction.
namespace SearchColumns {
Status fill(Book &book);
}

} // namespace csw
