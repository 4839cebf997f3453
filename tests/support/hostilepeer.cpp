#include "hostilepeer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

HostilePeer::HostilePeer(QObject *parent)
    : QTcpServer(parent)
{
    m_default = raw("HTTP/1.1 500 Hostile\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    connect(this, &QTcpServer::newConnection, this, &HostilePeer::onConnection);
}

bool HostilePeer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString HostilePeer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

HostilePeer::Handler HostilePeer::raw(const QByteArray &response)
{
    return [response](QTcpSocket *socket, const Request &) {
        socket->write(response);
        socket->disconnectFromHost();
    };
}

HostilePeer::Handler HostilePeer::endless(const QByteArray &head, const QByteArray &chunk, int intervalMs, qint64 limit)
{
    return [head, chunk, intervalMs, limit](QTcpSocket *socket, const Request &) {
        socket->write(head);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qint64>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, chunk, sent, limit] {
            if (socket->state() != QAbstractSocket::ConnectedState || *sent >= limit) {
                timer->stop();
                socket->abort();
                return;
            }
            // Keep at most a few chunks queued: the point is what the client reads, not our buffer.
            if (socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                *sent += chunk.size();
            }
        });
        timer->start(intervalMs);
    };
}

HostilePeer::Handler HostilePeer::trickle(const QByteArray &response, int bytes, int intervalMs)
{
    return [response, bytes, intervalMs](QTcpSocket *socket, const Request &) {
        auto *timer = new QTimer(socket);
        auto pos = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, response, bytes, pos] {
            if (socket->state() != QAbstractSocket::ConnectedState || *pos >= response.size()) {
                timer->stop();
                return;
            }
            socket->write(response.mid(*pos, bytes));
            *pos += bytes;
        });
        timer->start(intervalMs);
    };
}

void HostilePeer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) { m_bytesSent += n; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            while (auto request = ScriptedServer::takeRequest(*buffer)) {
                m_requests.append(*request);
                const Handler handler = m_handlers.isEmpty() ? m_default : m_handlers.takeFirst();
                handler(socket, *request);
            }
        });
    }
}
