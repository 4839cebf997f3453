#pragma once

// The listening socket of the sandbox, with what Qt HTTP Server 6.4 lacks against a hostile client:
// a bound on request size, an idle timeout, a bound on connections, and no busy loop when accept()
// fails. QHttpServer buffers a whole request (body included) before its handler sees it, and keeps
// a connection as long as the client does; everything here therefore happens on the QTcpSocket,
// ahead of QHttpServer's own readyRead handler.

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace ccsandbox {

struct ConnectionLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    int maxHeadBytes = 64 * 1024;
    int idleTimeoutMs = 30000;
    int maxConnections = 128;
};

class ConnectionGuard;

class GuardedTcpServer final : public QTcpServer
{
public:
    // Writes the whole answer to a request refused for its size (413 or 431), with the request's
    // X-Correlation-Id when it had a valid one (else empty). The connection is closed afterwards.
    using RejectionWriter = std::function<void(QTcpSocket *, int status, const QByteArray &correlationId)>;

    GuardedTcpServer(const ConnectionLimits &limits, RejectionWriter writeRejection, QObject *parent = nullptr);

    // Call after listen() and once the HTTP server is bound: its readyRead handlers must come after ours.
    void setHttpServer(QObject *http) { m_http = http; }
    void watchAccepts();

    // The sandbox's handler calls these for every request QHttpServer delivers on a socket, and when
    // its answer has been written (or handed to a timer, for latency and slow faults: once done).
    void requestStarted(QTcpSocket *socket);
    void requestAnswered(QTcpSocket *socket);

    int openConnections() const { return m_open; }
    int connectionCap() const { return m_cap; }
    int acceptPauses() const { return m_acceptPauses; }

protected:
    void incomingConnection(qintptr descriptor) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class ConnectionGuard;
    void released(QTcpSocket *socket);

    ConnectionLimits m_limits;
    RejectionWriter m_writeRejection;
    QPointer<QObject> m_http;
    QPointer<QObject> m_acceptNotifier;
    QHash<QTcpSocket *, ConnectionGuard *> m_guards;
    QTimer m_resumeAccepting;
    quint64 m_accepted = 0;
    int m_open = 0;
    int m_cap = 0;
    int m_acceptPauses = 0;
};

} // namespace ccsandbox
