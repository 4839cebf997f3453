#pragma once

#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <optional>

namespace cc {

// The one place where every request's policy is set: Accept, User-Agent, X-Tenant, Authorization,
// a fresh X-Correlation-Id when the caller gave none, the transfer timeout, TLS (with an optional
// extra CA bundle) and the system proxy. Nothing here is logged.
class NetworkAccess final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit NetworkAccess(QObject *parent = nullptr);

    void setTenant(const QString &tenant) { m_tenant = tenant.toUtf8(); }
    // The API's origin (scheme, host, port): X-Tenant and Authorization go to it and nowhere else.
    void setApiUrl(const QUrl &url) { m_apiUrl = url; }
    void setBearerToken(const QString &token) { m_bearer = token.toUtf8(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Returns an error text when the bundle could not be read; empty on success or empty path.
    QString setExtraCaBundle(const QString &path);

    // An explicit proxy (http://, https:// or socks5://, with optional user:password@), or the
    // system's when the URL is empty. Returns an error text when the URL is not usable.
    QString setProxyUrl(const QUrl &url);

    static QByteArray newCorrelationId();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QUrl m_apiUrl;
    QByteArray m_tenant;
    QByteArray m_bearer;
    std::chrono::milliseconds m_timeout{30000};
    QList<QSslCertificate> m_extraCas;
    std::optional<QSslConfiguration> m_ssl; // made on the first https request
};

// Marks a request that must not carry the API's tenant and bearer (the token endpoint).
inline constexpr QNetworkRequest::Attribute NoApiCredentialsAttribute = QNetworkRequest::User;

} // namespace cc
