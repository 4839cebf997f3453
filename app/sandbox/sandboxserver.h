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
};

enum class Role { Csp, Reseller };

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
    QString cspToken() const;
    QString resellerToken() const;
    QUuid resellerIdOfResellerClient() const;
    QList<QUuid> resellerIds() const;
    QList<QUuid> providerInstanceIds() const;

    // Fault injection, for tests and for the demo. Grammar: ROUTE:KIND[:ARG][@RATE]
    //   ROUTE  customers | customer | instances | link | add-instance | mca | internal-id | token | *
    //   KIND   latency:MS | status:CODE (500, 502, 503 and 429 add Retry-After: ARG2 s, e.g. status:503:2)
    //          | malformed | wrong-shape | truncated | reset | slow:BYTES_PER_SECOND | oversized:MEGABYTES
    //   RATE   @N  the next N matching requests (default: every one), or @P% that share of them
    // Returns false with a message when the text is not of that form.
    bool addFault(const QString &spec, QString *error = nullptr);
    void clearFaults();

    // Test hooks
    QString issueToken(Role role, int lifetimeSeconds, const QUuid &resellerId = {});
    void revokeAllTokens();
    int requestCount(const QString &correlationId) const;
    int totalRequestCount() const;
    QByteArray customerJson(const QUuid &id) const;
    QList<QUuid> customerIds() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ccsandbox
