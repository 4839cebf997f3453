#pragma once

#include <core/api/cloudcockpitclient.h>

#include <QTest>

#include <optional>

// Runs one asynchronous client call to completion (or a generous deadline) and returns its result.
template<typename T, typename Start> std::optional<cc::Result<T>> await(Start start, int timeoutMs = 20000)
{
    std::optional<cc::Result<T>> out;
    QObject context;
    start(&context, [&out](const cc::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs);
    return out;
}
