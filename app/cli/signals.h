#pragma once

// SIGINT and SIGTERM turned into an event: a signal handler may do almost nothing (no Qt, no
// allocation), so it writes one byte to a pipe and the event loop, watching the pipe, does the rest.

#include <QObject>

#include <functional>

namespace ccadmin {

// Calls `stop` in the event loop (in `context`'s thread) when SIGINT or SIGTERM arrives, for as long
// as `context` lives. Returns false, leaving the default handling in place, when no pipe can be made.
bool onTerminationSignal(QObject *context, std::function<void()> stop);

} // namespace ccadmin
