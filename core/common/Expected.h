// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace csw {

// What went wrong, for callers that act on it (retry, reconnect, say "read-only"): decide on the
// kind, never on the message text.
enum class ErrorKind {
    Other,
    NotFound,      // the account, entry or row asked for is not in the book (or no longer)
    Busy,          // another writer holds the book; try again
    ReadOnly,      // the book allows no writing (a read-only file or connection)
    Permission,    // the login's role on a team book may not make this change
    DiskFull,
    Damaged,       // the file or database is damaged
    NotABook,      // a file or database that is not a CS Workbench book
    NoBook,        // nothing there yet (no file, an empty database): making a book there would work
    NewerBook,     // written by a newer version; left untouched
    Unreachable,   // the team book's server cannot be reached or refused the login
    ConnectionLost,
    Conflict,      // a unique value already taken
    Stale,         // the row changed since it was read: someone else's edit came first
    RolledBack,    // the work itself asked for its transaction to be undone (a dry run)
    Invalid,       // the input or the options asked for cannot be taken as given
    Io,            // a file outside the book could not be read or written
    Cancelled,     // the person stopped the work (Cancel in a progress dialog): nothing to report
};

// An error that crosses the core's boundary: a translated message for the user, and its kind.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

// A value or an Error; the core returns these instead of throwing or showing anything.
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_data(std::move(value)) {}
    Expected(Error error) : m_data(std::move(error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
template<>
class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Error error) : m_error(std::move(error)) {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Expected<void>;

} // namespace csw
