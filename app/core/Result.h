// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kopii {

// One problem with one field of a record: which field, which rule, what is wrong (translated).
struct FieldError
{
    QString field;   // stable id, e.g. "email"
    QString rule;    // stable id, e.g. "max-length"
    QString message; // translated, names the field, the rule and the value's problem
};

// Why an operation did not happen. `message` is translated and meant for the user; `cause` keeps
// the technical reason beside it, untranslated, as the component gave it (the database driver's
// text, OpenSSL's error queue, the socket's error), for the details of a message box, the CLI's
// second line and `--json`. A cause never holds personal data: no file or person's name, no value
// from a record, no PIN or password.
struct Error
{
    enum class Code {
        Validation,  // the input breaks a rule; see fields
        NotFound,    // the record does not exist
        Conflict,    // duplicate or in use by other records
        Locked,      // another process holds the workspace or the database
        Corrupt,     // the database file is damaged or not a Kopii database
        NewerSchema, // the database comes from a newer Kopii
        ReadOnly,    // the workspace cannot be written
        Io,          // file system or database I/O failure
        Denied,      // the logged-in person's role does not allow it, or nobody is logged in
        Internal,    // a bug: should not happen
    };

    Code code = Code::Internal;
    QString message;
    QList<FieldError> fields;
    QString cause = {};

    // The same error with its technical cause (kept when `technical` is empty).
    Error withCause(const QString &technical) const &;
    Error withCause(const QString &technical) &&;

    // All messages joined, one per line: the field errors if any, the message otherwise.
    QString fullText() const;
};

QString errorCodeName(Error::Code code);

// A value or an error. Small on purpose: std::expected is C++23.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // On a temporary these return the value itself, not a reference into the dying Result, so
    // `for (const auto &x : *store.list())` is safe.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace kopii
