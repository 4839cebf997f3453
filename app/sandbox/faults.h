#pragma once

// Fault injection (SandboxServer::addFault): the --fault grammar, which requests a fault picks,
// and how each kind of fault answers. Nothing here blocks: latency and slow answers are written
// from timers, so one delayed request never holds up another connection.

#include "httpreply.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QTcpSocket;

namespace ccsandbox {

struct Fault
{
    enum class Kind
    {
        Latency,
        Status,
        Malformed,
        WrongShape,
        Truncated,
        Reset,
        Slow,
        Oversized
    };
    QString route;
    Kind kind = Kind::Status;
    int arg = 0;
    int arg2 = 0;
    int remaining = -1; // -1: no count limit
    int percent = 100;
};

class FaultInjector
{
public:
    // ROUTE:KIND[:ARG][@RATE]; false with a message when spec is not of that form.
    bool add(const QString &spec, QString *error);
    void clear() { m_faults.clear(); }

    // The fault ROUTE a request path belongs to ("other" for none).
    static QString routeOf(const QString &path, const QString &tokenPath);
    // The fault that applies to the next request of route, if any (counts it against @N).
    std::optional<Fault> pick(const QString &route);

    // Writes reply to socket as fault f says. answered is called once the answer is written: at
    // once, except for latency and slow faults, whose timers call it when done.
    void apply(const Fault &f, QTcpSocket *socket, const Reply &reply, const QString &correlationId,
               const std::function<void(QTcpSocket *)> &answered) const;

private:
    QList<Fault> m_faults;
    quint64 m_rng = 0x2545F4914F6CDD1DULL;
};

} // namespace ccsandbox
