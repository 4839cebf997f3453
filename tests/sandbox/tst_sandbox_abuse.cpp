// The sandbox under a hostile client: a body too large to buffer, a head that never ends, idle
// connections, more connections than it keeps, and a fresh correlation id on every request. Each
// must end in an answer or a closed connection, and the server must go on answering afterwards.
// Raw QTcpSocket clients send what a well-behaved HTTP client never would.

#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

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
    int send(const QByteArray &method, const QString &path, const QByteArray &body = {},
             const QByteArray &correlationId = {})
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
