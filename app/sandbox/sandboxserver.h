#pragma once

// A CloudCockpit-compatible HTTP server for the demo and the tests. It is written from the
// contract alone and shares no JSON, validation or domain code with the client, so that a mistake
// in one cannot hide in the other.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace ccsandbox {

struct SandboxOptions
{
    quint32 seed = 42;
    int customerCount = 250; // 0..100000
    QString tenant = QStringLiteral("demo.cloudcockpit.local");
    int tokenLifetimeSeconds = 3599;

    // Limits against a hostile or broken client (see "The sandbox" in README.md).
    qint64 maxBodyBytes = 1024 * 1024; // a larger request body: 413, and the connection is closed
    int maxHeadBytes = 64 * 1024;      // request line and headers; larger: 431, closed
    int idleTimeoutMs = 30000;         // a connection that sends no complete request for this long is closed
    int maxConnections = 128;          // open at once (at most half the file descriptor limit); more: closed at once
    int correlationIdsKept = 10000;    // requestCount() forgets the ids first seen longest ago beyond this
};

enum class Role
{
    Csp,
    Reseller
};

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    QUrl apiUrl() const;   // http://127.0.0.1:PORT
    QUrl tokenUrl() const; // the contract's Entra path on this server
    QString tenant() const;

    QString cspClientId() const;
    QString cspClientSecret() const;
    QString resellerClientId() const;
    QString resellerClientSecret() const;
    // Issued at construction, valid for tokenLifetimeSeconds; revokeAllTokens() ends them too.
    QString cspToken() const;
    QString resellerToken() const;
    QUuid resellerIdOfResellerClient() const; // the reseller its token and credentials act as
    QList<QUuid> resellerIds() const;
    QList<QUuid> providerInstanceIds() const;

    // Fault injection, for tests and for the demo. Grammar: ROUTE:KIND[:ARG][@RATE]
    //   ROUTE  customers | customer | instances | link | add-instance | mca | internal-id | margins | resellers
    //          | reseller | mca-list | mca-read | mca-refresh | token | *
    //   KIND   latency:MS | status:CODE (500, 502, 503 and 429 add Retry-After: ARG2 s, e.g. status:503:2)
    //          | malformed | wrong-shape | truncated | reset | slow:BYTES_PER_SECOND | oversized:MEGABYTES
    //   RATE   @N  the next N matching requests (default: every one), or @P% that share of them
    // Returns false with a message when the text is not of that form.
    bool addFault(const QString &spec, QString *error = nullptr);
    void clearFaults();

    // Test hooks
    // A negative lifetime gives an expired token; a reseller token without resellerId acts as
    // resellerIdOfResellerClient().
    QString issueToken(Role role, int lifetimeSeconds, const QUuid &resellerId = {});
    void revokeAllTokens(); // every token issued so far now gets 401
    // Moves the clock that MCA acceptance links expire by (POST .../mca/status) this far ahead.
    void advanceMcaClock(qint64 seconds);
    int requestCount(const QString &correlationId) const; // requests seen with that X-Correlation-Id
    int countedCorrelationIds() const; // ids requestCount() still remembers (options.correlationIdsKept at most)
    int totalRequestCount() const;
    int writeCount(const QUuid &customerId) const; // POST and PATCH requests to that customer's resources
    int totalWriteCount() const;
    int acceptPauses() const; // times accepting paused because the listening socket woke up and nothing could be accepted
    QByteArray customerJson(const QUuid &id) const; // as the CSP sees it; empty for an unknown id
    QList<QUuid> customerIds() const;               // in generation order

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ccsandbox
