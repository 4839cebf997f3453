#pragma once

#include <core/domain/contractnames.h>
#include <core/domain/types.h>

#include <QString>
#include <QUrl>

#include <chrono>

namespace cc {

// Where and how to talk to the API. No secrets here: it may be stored in QSettings.
struct ConnectionSettings
{
    QUrl apiUrl{QString(contract::DefaultApiUrl)};
    QUrl tokenUrl{QString(contract::DefaultTokenUrl)};
    QString tenant; // sent as X-Tenant
    QString scope{contract::ApiScope};
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
    int maxGetRetries = 2;
    int maxBodyBytes = 64 * 1024 * 1024; // a cap on what one response may make us read
    QString caBundlePath;                // extra CA certificates (PEM) for TLS inspection proxies
    QUrl proxyUrl;                       // http://host:port or socks5://host:port; empty: the system's
};

// How to authenticate. Either client credentials (exchanged for a token, renewed before expiry)
// or a pasted bearer token (not renewable).
struct Credentials
{
    enum class Kind
    {
        None,
        ClientSecret,
        Token
    };
    Kind kind = Kind::None;
    QString clientId;
    QString clientSecret;
    QString token;

    static Credentials fromClientSecret(const QString &clientId, const QString &secret)
    {
        return {Kind::ClientSecret, clientId, secret, {}};
    }
    static Credentials fromToken(const QString &token) { return {Kind::Token, {}, {}, token}; }
};

// What the signed-in session is, as the UI shows it.
struct Session
{
    bool signedIn = false;
    QString tenant;
    Role role = Role::Unknown;
    QUuid resellerId;
    QDateTime expiresAt;
    bool renewable = false; // client credentials: a new token is fetched when needed
};

// https only, except loopback (127.0.0.0/8, ::1, localhost). Returns an error text or empty.
QString checkTransportSecurity(const QUrl &url);

// Whether two addresses share scheme, host and port: the unit credentials are bound to.
bool sameOrigin(const QUrl &a, const QUrl &b);

// A header value we put on the wire (a tenant, a token): visible ASCII only, so that nothing can
// end the header early (CR, LF) and start another one, or another request.
bool isSafeHeaderValue(QStringView value);

// A tenant is a domain name: letters, digits and hyphens in dot-separated labels.
bool looksLikeTenantDomain(const QString &tenant);

} // namespace cc
