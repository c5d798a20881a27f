#pragma once

#include "core/error.h"

#include <utility>
#include <variant>

namespace Plugboard {

/// A value or an Error, for synchronous parsing and validation. Asynchronous
/// work uses jobs instead (see SecretJob).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success carries nothing; failure an Error.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool hasValue() const { return !m_error.isError(); }
    explicit operator bool() const { return hasValue(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

} // namespace Plugboard
