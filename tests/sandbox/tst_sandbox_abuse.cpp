// The sandbox under a hostile client: a body too large to buffer, a head that never ends, idle
// connections, more connections than it keeps, and a fresh correlation id on every request. Each
// must end in an answer or a closed connection, and the server must go on answering afterwards.
// Raw QTcpSocket clients send what a well-behaved HTTP client never would.

#include "sandboxserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace ccsandbox;

namespace {

struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// HTTP/1.1 by hand over loopback, reading every answer the server sends on the connection.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QIODevice::readyRead, [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpSocket &socket() { return m_socket; }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    // The complete answers received so far, in order.
    QList<RawAnswer> answers() const
    {
        QList<RawAnswer> list;
        qsizetype at = 0;
        for (;;) {
            const qsizetype end = m_received.indexOf("\r\n\r\n", at);
            if (end < 0)
                return list;
            RawAnswer a;
            a.head = m_received.mid(at, end - at);
            a.status = a.head.split(' ').value(1).toInt();
            const qsizetype length = a.header("Content-Length").toLongLong();
            if (m_received.size() < end + 4 + length)
                return list;
            a.body = m_received.mid(end + 4, length);
            list << a;
            at = end + 4 + length;
        }
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

} // namespace

class TstSandboxAbuse : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

    void start(const SandboxOptions &options = {})
    {
        m_nam.clearConnectionCache();
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    }

    // A request as the app sends it, through QNetworkAccessManager; 0 when no HTTP answer came.
    int send(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &correlationId = {})
    {
        QUrl url = m_server->apiUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_server->cspToken().toLatin1());
        request.setRawHeader("X-Tenant", m_server->tenant().toUtf8());
        if (!correlationId.isEmpty())
            request.setRawHeader("X-Correlation-Id", correlationId);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        int status = 0;
        if (reply->isFinished() || finished.wait(10000))
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    int listCustomers(const QByteArray &correlationId = {})
    {
        return send("GET", QStringLiteral("/v1/Customers"), {}, correlationId);
    }

    QByteArray internalIdPath() const
    {
        return "/v1/Customers/" + m_server->customerIds().first().toString(QUuid::WithoutBraces).toLatin1() +
               "/internal-identifier";
    }

    QByteArray head(const QByteArray &requestLine, const QByteArray &extra, const QByteArray &correlationId = {}) const
    {
        QByteArray h = requestLine + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_server->cspToken().toLatin1() +
                       "\r\nX-Tenant: " + m_server->tenant().toUtf8() + "\r\n";
        if (!correlationId.isEmpty())
            h += "X-Correlation-Id: " + correlationId + "\r\n";
        return h + extra + "\r\n";
    }

    static QString envelopeProblem(const RawAnswer &a, int status, const QString &type)
    {
        const QJsonObject o = a.object();
        if (a.status != status || o.value(u"statusCode").toInt() != status || o.value(u"type").toString() != type ||
            o.value(u"description").toString().isEmpty() || !o.value(u"errors").isNull() ||
            !a.header("Content-Type").startsWith("application/json"))
            return QStringLiteral("not a %1 %2 envelope: %3 / %4")
                .arg(status)
                .arg(type, QString::fromLatin1(a.head), QString::fromUtf8(a.body.left(300)));
        return {};
    }

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
        m_nam.clearConnectionCache();
    }

    void oversizedBody_contentLength_413AtOnceClosedAndServerStillAnswers()
    {
        start();
        RawClient client(m_server->port());
        const QByteArray cid = newCorrelationId();
        // 200 MB announced; the first 4 MiB sent at once, more than the sandbox may keep.
        client.send(head("PATCH " + internalIdPath() + " HTTP/1.1",
                         "Content-Type: application/json\r\nContent-Length: 209715200\r\n", cid) +
                    QByteArray(4 * 1024 * 1024, ' '));
        QTRY_COMPARE_WITH_TIMEOUT(client.answers().size(), 1, 3000);
        const RawAnswer a = client.answers().first();
        const QString problem = envelopeProblem(a, 413, QStringLiteral("RequestTooLarge"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(a.header("X-Correlation-Id"), cid);
        QCOMPARE(a.object().value(u"correlationId").toString().toLatin1(), cid);
        QCOMPARE(a.header("Connection").toLower(), QByteArray("close"));
        // The connection ends without the server reading the other 196 MB, and the handler never ran.
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 5000);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 0);
        QCOMPARE(listCustomers(), 200);
    }

    void bodyAtTheLimit_accepted()
    {
        start();
        // Exactly 1 MiB of JSON (padded with spaces) is still a request like any other.
        QByteArray body = "{\"internalIdentifier\":\"ERP-LIMIT\"}";
        body += QByteArray(1024 * 1024 - body.size(), ' ');
        QCOMPARE(send("PATCH", QString::fromLatin1(internalIdPath()), body), 204);
        QCOMPARE(send("PATCH", QString::fromLatin1(internalIdPath()), body + ' '), 413);
    }

    void oversizedBody_chunkedWithoutEnd_413AndServerStillAnswers()
    {
        start();
        RawClient client(m_server->port());
        client.send(
            head("PATCH " + internalIdPath() + " HTTP/1.1", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"));
        // 1.5 MiB in chunks of 64 KiB, and never the last chunk: no length to judge up front.
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
        for (int i = 0; i < 24; ++i)
            client.send(chunk);
        QTRY_COMPARE_WITH_TIMEOUT(client.answers().size(), 1, 5000);
        const QString problem = envelopeProblem(client.answers().first(), 413, QStringLiteral("RequestTooLarge"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 5000);
        QCOMPARE(listCustomers(), 200);
    }

    void lyingContentLength_restIsAHeadThatNeverEnds_431()
    {
        start();
        RawClient client(m_server->port());
        const QByteArray cid = newCorrelationId();
        // Content-Length says 2 bytes; 128 KiB more follow without a line end. The first request
        // is answered; the rest is read as the next request's line, which may not grow past 64 KiB.
        client.send(
            head("PATCH " + internalIdPath() + " HTTP/1.1", "Content-Type: application/json\r\nContent-Length: 2\r\n", cid) +
            "{}" + QByteArray(128 * 1024, 'a'));
        QTRY_COMPARE_WITH_TIMEOUT(client.answers().size(), 2, 5000);
        QCOMPARE(client.answers().at(0).status, 204);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 1);
        const QString problem = envelopeProblem(client.answers().at(1), 431, QStringLiteral("RequestHeaderTooLarge"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 5000);
        QCOMPARE(listCustomers(), 200);
    }

    void idleConnections_closedAfterIdleTimeout_thenRequestsSucceed()
    {
        SandboxOptions options;
        options.idleTimeoutMs = 300;
        start(options);
        QElapsedTimer clock; // started before any connection, so none can be closed before 300 ms on it
        clock.start();
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 20; ++i)
            clients.push_back(std::make_unique<RawClient>(m_server->port()));
        for (const auto &c : clients)
            QTRY_VERIFY(c->connected());
        // One of them starts a request and never finishes it.
        clients.front()->send("GET /v1/Customers HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (const auto &c : clients)
            QTRY_VERIFY_WITH_TIMEOUT(c->closed(), 5000);
        QVERIFY2(clock.elapsed() >= 300, "closed before the idle timeout");
        for (const auto &c : clients)
            QVERIFY(c->answers().isEmpty());
        QCOMPARE(listCustomers(), 200);
    }

    void idleTimeout_answerOwedLongerThanTimeout_stillDelivered()
    {
        SandboxOptions options;
        options.idleTimeoutMs = 200;
        start(options);
        // A request whose answer takes longer than the idle timeout is not idle. (A raw client:
        // QNetworkAccessManager would quietly send a GET again on a connection closed under it.)
        QVERIFY(m_server->addFault(QStringLiteral("customers:latency:700@1")));
        RawClient client(m_server->port());
        client.send(head("GET /v1/Customers?pageSize=1 HTTP/1.1", {}));
        QTRY_COMPARE_WITH_TIMEOUT(client.answers().size(), 1, 5000);
        QCOMPARE(client.answers().first().status, 200);
        // And once answered, the connection is idle again.
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 5000);
    }

    void connectionsPastTheBound_closedAtOnce_requestsWorkAgainAfter()
    {
        SandboxOptions options;
        options.maxConnections = 4;
        start(options);
        std::vector<std::unique_ptr<RawClient>> kept;
        for (int i = 0; i < 4; ++i) {
            kept.push_back(std::make_unique<RawClient>(m_server->port()));
            // A first request answered proves the server holds the connection.
            kept.back()->send(head("GET /v1/Customers?pageSize=1 HTTP/1.1", {}));
            QTRY_COMPARE(kept.back()->answers().size(), 1);
            QCOMPARE(kept.back()->answers().first().status, 200);
        }
        RawClient excess(m_server->port());
        excess.send(head("GET /v1/Customers?pageSize=1 HTTP/1.1", {}));
        QTRY_VERIFY_WITH_TIMEOUT(excess.closed(), 3000);
        QVERIFY(excess.answers().isEmpty());
        // The connections within the bound still work.
        for (const auto &c : kept) {
            QVERIFY(c->connected());
            c->send(head("GET /v1/Customers?pageSize=1 HTTP/1.1", {}));
            QTRY_COMPARE(c->answers().size(), 2);
            QCOMPARE(c->answers().last().status, 200);
        }
        // Once they are gone, new connections are served again.
        for (const auto &c : kept)
            c->socket().disconnectFromHost();
        kept.clear();
        QTRY_COMPARE_WITH_TIMEOUT(listCustomers(), 200, 5000);
    }

    void acceptFailing_outOfDescriptors_pausesThenServesAgain()
    {
        start();
        // Leave this process (client and server alike) one free file descriptor, for the client's
        // socket: the server's accept() then fails with EMFILE, which Qt 6.4 would retry at once.
        rlimit original{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &original), 0);
        rlimit low = original;
        low.rlim_cur = std::min<rlim_t>(original.rlim_cur, rlim_t(QDir(QStringLiteral("/proc/self/fd")).count() + 32));
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        std::vector<int> filler;
        const auto restore = qScopeGuard([&] {
            for (int fd : filler)
                ::close(fd);
            setrlimit(RLIMIT_NOFILE, &original);
        });
        for (int fd; (fd = ::open("/dev/null", O_RDONLY)) >= 0;)
            filler.push_back(fd);
        QVERIFY(!filler.empty());
        ::close(filler.back());
        filler.pop_back();

        QElapsedTimer clock;
        clock.start();
        RawClient client(m_server->port());
        client.send(head("GET /v1/Customers?pageSize=1 HTTP/1.1", {}));
        // The kernel completes the handshake; the server cannot take the connection, and waits
        // (100 ms a time) rather than spin: three attempts take at least two pauses.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->acceptPauses() >= 3, 5000);
        QVERIFY2(clock.elapsed() >= 200, "accept() was retried without a pause");
        QVERIFY(client.answers().isEmpty());
        for (int fd : filler)
            ::close(fd);
        filler.clear();
        // With descriptors free again, the waiting connection is taken and answered.
        QTRY_COMPARE_WITH_TIMEOUT(client.answers().size(), 1, 5000);
        QCOMPARE(client.answers().first().status, 200);
    }

    void correlationCounter_boundedToMostRecentIds_recentOnesStillCounted()
    {
        SandboxOptions options;
        options.correlationIdsKept = 50;
        start(options);
        const QByteArray first = newCorrelationId();
        QCOMPARE(listCustomers(first), 200);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(first)), 1);
        QByteArray last;
        for (int i = 0; i < 120; ++i) {
            last = newCorrelationId();
            QCOMPARE(listCustomers(last), 200);
        }
        QCOMPARE(m_server->countedCorrelationIds(), 50);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(first)), 0); // forgotten: the oldest
        QCOMPARE(m_server->requestCount(QString::fromLatin1(last)), 1);
        // A write sent twice with a recent id is still seen twice (what the fault tests rely on).
        QCOMPARE(listCustomers(last), 200);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(last)), 2);
        QCOMPARE(m_server->countedCorrelationIds(), 50);
    }
};

QTEST_GUILESS_MAIN(TstSandboxAbuse)
#include "tst_sandbox_abuse.moc"
