#pragma once

#include "scriptedserver.h"

#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A loopback HTTP/1.1 peer that misbehaves on purpose, as a server we do not control might: it
// answers each request with a handler that writes whatever it likes, whenever it likes — a
// redirect to another origin, an endless body, a trickle, header bytes no server should send.
// Beside ScriptedServer (well-formed answers, hangs and resets); both read requests the same way.
class HostilePeer : public QTcpServer
{
    Q_OBJECT
public:
    using Request = ScriptedServer::Request;
    using Handler = std::function<void(QTcpSocket *socket, const Request &request)>;

    explicit HostilePeer(QObject *parent = nullptr);
    bool start();
    QString url() const; // http://127.0.0.1:PORT

    void enqueue(Handler handler) { m_handlers.append(std::move(handler)); }
    void setDefault(Handler handler) { m_default = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    qint64 bytesSent() const { return m_bytesSent; }

    // Raw bytes as the answer, then the connection closes.
    static Handler raw(const QByteArray &response);
    // A status line and headers, then `chunk` every `intervalMs` without end (no Content-Length,
    // no final chunk) until the client goes away or `limit` bytes were sent (so a test that fails
    // still ends).
    static Handler endless(const QByteArray &head, const QByteArray &chunk, int intervalMs, qint64 limit);
    // The whole response, `bytes` at a time every `intervalMs`: a server that never falls silent
    // long enough for a transfer timeout.
    static Handler trickle(const QByteArray &response, int bytes, int intervalMs);

private:
    void onConnection();
    QList<Handler> m_handlers;
    Handler m_default;
    QList<Request> m_requests;
    qint64 m_bytesSent = 0;
};
