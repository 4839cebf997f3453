#include "guardedtcpserver.h"

#include <QEvent>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <algorithm>
#include <limits>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/socket.h>
#elif defined(Q_OS_WIN)
#include <winsock2.h>
#endif

namespace ccsandbox {

namespace {

// How long accepting pauses after the listening socket was readable but nothing could be accepted.
constexpr int AcceptRetryMs = 100;
// How long a refused connection stays half-closed, so that the client reads the answer before the
// connection is reset (closing with unread data sends a reset, which can destroy the answer on its way).
constexpr int LingerMs = 1000;

bool isUuid(const QByteArray &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(QString::fromLatin1(s)).hasMatch();
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

} // namespace

// One per accepted connection, a child of its socket. Its readyRead handler runs before QHttpServer's
// (it is connected first) and judges the bytes QHttpServer is about to read.
//
// How it knows where a request starts: QHttpServer 6.4 starts a read transaction on the socket at the
// first byte of a request and commits it when the request is complete, reading everything the socket
// holds on each readyRead. So with no transaction open, the unread bytes start a new request; with
// one open, bytesAvailable() is what arrived since QHttpServer last read.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(GuardedTcpServer *server, QTcpSocket *socket)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_idle(this)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(server->m_limits.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::idleTimeout);
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::inspect);
        connect(socket, &QAbstractSocket::disconnected, this, &ConnectionGuard::release);
        m_idle.start();
    }
    ~ConnectionGuard() override { release(); }

    void requestStarted()
    {
        ++m_owed;
        m_idle.stop();
    }

    void requestAnswered()
    {
        m_owed = std::max(0, m_owed - 1);
        if (m_owed == 0 && !m_refused)
            m_idle.start();
    }

private:
    void release()
    {
        if (m_released)
            return;
        m_released = true;
        m_idle.stop();
        if (m_server)
            m_server->released(m_socket);
    }

    void idleTimeout()
    {
        // Still writing an answer to a client that reads it: not idle. One that stopped reading is.
        const qint64 unsent = m_socket->bytesToWrite();
        if (m_owed > 0 || (unsent > 0 && unsent != m_unsentAtLastTimeout)) {
            m_unsentAtLastTimeout = unsent;
            m_idle.start();
            return;
        }
        m_socket->abort();
    }

    void inspect()
    {
        if (m_refused)
            return;
        if (!m_socket->isTransactionStarted()) {
            m_head.clear();
            m_headDone = false;
            m_headSize = 0;
            m_skipped = 0;
            m_wireBytes = 0;
            m_chunked = false;
        }
        const qint64 fresh = m_socket->bytesAvailable();
        m_wireBytes += fresh;
        const ConnectionLimits &limits = m_server->m_limits;
        if (!m_headDone) {
            // Look at no more of it than a head may take; whatever follows is body (or too much).
            // The limit counts every byte since the request began: QHttpServer keeps them all
            // (in its read transaction) until the request is complete.
            const qint64 room = qint64(limits.maxHeadBytes) + 1 - m_head.size();
            QByteArray more = m_socket->peek(std::min(fresh, std::max<qint64>(room, 0)));
            if (m_head.isEmpty()) {
                // QHttpServer skips blank lines before a request line; so does the search.
                qsizetype skip = 0;
                while (skip < more.size() && isSpace(more.at(skip)))
                    ++skip;
                more.remove(0, skip);
                m_skipped += skip;
            }
            const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 2);
            m_head += more;
            const qsizetype crlf = m_head.indexOf("\n\r\n", searchFrom);
            const qsizetype lf = m_head.indexOf("\n\n", searchFrom);
            qsizetype end = -1;
            if (crlf >= 0 && (lf < 0 || crlf < lf))
                end = crlf + 3;
            else if (lf >= 0)
                end = lf + 2;
            if (end < 0 || m_skipped + end > limits.maxHeadBytes) {
                if (m_wireBytes > limits.maxHeadBytes)
                    refuse(431);
                return;
            }
            readHead(m_head.left(end));
            m_headSize = m_skipped + end;
            m_headDone = true;
            m_head.clear();
            if (m_contentLength > limits.maxBodyBytes && !m_chunked) {
                refuse(413); // at once, from the header: nothing of the body is kept
                return;
            }
        }
        // A chunked body has no length up front, and QHttpServer would take it all: count it as it
        // comes (chunk sizes and line ends included). A Content-Length body cannot grow past its
        // length: QHttpServer takes the bytes after it as the next request, judged on its own.
        if (m_chunked && m_wireBytes - m_headSize > limits.maxBodyBytes)
            refuse(413);
    }

    void readHead(const QByteArray &head)
    {
        m_contentLength = -1;
        m_chunked = false;
        m_correlationId.clear();
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length" && m_contentLength < 0) {
                bool ok = false;
                const qulonglong length = value.toULongLong(&ok);
                // A length too large for qint64 is as oversized as can be.
                m_contentLength = !ok                                                       ? -1
                                  : length > qulonglong(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                                                            : qint64(length);
            } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
                m_chunked = true;
            } else if (name == "x-correlation-id" && isUuid(value)) {
                m_correlationId = value;
            }
        }
    }

    // Answers 413 or 431 and closes the connection, reading none of the rest of the request.
    void refuse(int status)
    {
        m_refused = true;
        m_idle.stop();
        // QHttpServer parses no more of this connection; what it buffered is dropped, and the
        // socket stops reading (a read buffer that is full disables its read notifier).
        if (m_server->m_http)
            QObject::disconnect(m_socket, &QIODevice::readyRead, m_server->m_http, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        m_socket->setReadBufferSize(1);
        m_server->m_writeRejection(m_socket, status, m_headDone ? m_correlationId : QByteArray());
        m_socket->flush();
        // Half-close once the answer is out: the client sees it and the end of the stream, and the
        // socket is dropped after a moment even if the client never stops sending.
        const auto halfClose = [socket = m_socket] {
#if defined(Q_OS_UNIX)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#elif defined(Q_OS_WIN)
            ::shutdown(SOCKET(socket->socketDescriptor()), SD_SEND);
#endif
            QTimer::singleShot(LingerMs, socket, [socket] { socket->abort(); });
        };
        if (m_socket->bytesToWrite() == 0) {
            halfClose();
        } else {
            connect(m_socket, &QIODevice::bytesWritten, this, [this, halfClose] {
                if (m_socket->bytesToWrite() == 0 && !m_halfClosed) {
                    m_halfClosed = true;
                    halfClose();
                }
            });
            QTimer::singleShot(LingerMs * 5, m_socket, [socket = m_socket] { socket->abort(); });
        }
    }

    QPointer<GuardedTcpServer> m_server;
    QTcpSocket *m_socket;
    QTimer m_idle;
    QByteArray m_head;
    QByteArray m_correlationId;
    qint64 m_wireBytes = 0;
    qint64 m_headSize = 0;
    qint64 m_skipped = 0;
    qint64 m_contentLength = -1;
    qint64 m_unsentAtLastTimeout = -1;
    int m_owed = 0;
    bool m_headDone = false;
    bool m_chunked = false;
    bool m_refused = false;
    bool m_halfClosed = false;
    bool m_released = false;
};

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, RejectionWriter writeRejection, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_writeRejection(std::move(writeRejection))
    , m_resumeAccepting(this) // a child, so that it moves with the server to another thread
{
    m_cap = std::max(1, limits.maxConnections);
#if defined(Q_OS_UNIX)
    // Leave half the process's file descriptors to the rest of it (the desktop app shares them).
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        m_cap = int(std::clamp<rlim_t>(files.rlim_cur / 2, 1, rlim_t(m_cap)));
#endif
    m_resumeAccepting.setSingleShot(true);
    m_resumeAccepting.setInterval(AcceptRetryMs);
    connect(&m_resumeAccepting, &QTimer::timeout, this, [this] {
        if (isListening())
            resumeAccepting();
    });
}

void GuardedTcpServer::watchAccepts()
{
    // Qt 6.4 answers a failed accept() (EMFILE: out of file descriptors) by trying again as soon as
    // the event loop turns, which is at once: the listening socket stays readable. Its read notifier
    // is a child of this server; a filter on it sees each wake-up and whether it accepted anything.
    const auto notifiers = findChildren<QSocketNotifier *>();
    for (QSocketNotifier *n : notifiers) {
        if (n->type() == QSocketNotifier::Read && n->socket() == socketDescriptor()) {
            m_acceptNotifier = n;
            n->installEventFilter(this);
            return;
        }
    }
}

bool GuardedTcpServer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_acceptNotifier || event->type() != QEvent::SockAct)
        return QTcpServer::eventFilter(watched, event);
    const quint64 before = m_accepted;
    QPointer<GuardedTcpServer> self(this);
    watched->event(event); // Qt's accept loop: incomingConnection() for each connection it takes
    if (self && m_accepted == before && isListening()) {
        // Readable, yet nothing accepted: wait a moment rather than spin.
        ++m_acceptPauses;
        pauseAccepting();
        m_resumeAccepting.start();
    }
    return true;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    ++m_accepted;
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_cap) {
        socket->abort(); // closed at once: a file descriptor held by nobody's request is one too many
        socket->deleteLater();
        return;
    }
    ++m_open;
    m_guards.insert(socket, new ConnectionGuard(this, socket));
    addPendingConnection(socket);
}

void GuardedTcpServer::released(QTcpSocket *socket)
{
    if (m_guards.remove(socket))
        --m_open;
}

void GuardedTcpServer::requestStarted(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = m_guards.value(socket))
        guard->requestStarted();
}

void GuardedTcpServer::requestAnswered(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = m_guards.value(socket))
        guard->requestAnswered();
}

} // namespace ccsandbox
