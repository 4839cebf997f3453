#pragma once

#include "apierror.h"

#include <optional>
#include <utility>

namespace cc {

struct Done
{
};

// A typed result: either a value or an ApiError.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(ApiError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const ApiError &error() const { return m_error; }
    // The X-Correlation-Id the request was sent with (also set on success).
    QString correlationId() const { return m_correlationId; }
    void setCorrelationId(const QString &id) { m_correlationId = id; }
    // The status of a successful answer (200, 201, 204…); an error's is error().httpStatus.
    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }

private:
    std::optional<T> m_value;
    ApiError m_error;
    QString m_correlationId;
    int m_httpStatus = 0;
};

} // namespace cc
