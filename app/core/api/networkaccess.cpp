#include "networkaccess.h"

#include "cloudcockpitclient.h"
#include "connectionsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUrlQuery>
#include <QUuid>

namespace cc {

namespace {
// The system's proxy settings (libproxy on Linux: environment, desktop settings, PAC), except for
// loopback, which never goes through a proxy, and need not ask libproxy (the sandbox, tests).
//
// Loopback gets DefaultProxy, not NoProxy, for every request but a page of a list: the socket
// resolves DefaultProxy to no proxy for a loopback host (QGlobalNetworkProxy), so the connection is
// as direct, but Qt 6.4 opens a NoProxy HTTP socket unbuffered and then reads each response's status
// line and headers with one read() call per byte (QHttpNetworkReplyPrivate::readHeader): about 110
// system calls for a 100-byte header, most of the CPU a small PATCH costs. With DefaultProxy the
// socket is buffered, as every TLS socket is. A page of a list (up to megabytes) stays unbuffered,
// where Qt reads the body straight from the socket in large pieces instead of 64 KiB copies.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback()) {
            const bool pageOfList = QUrlQuery(query.url()).hasQueryItem(QStringLiteral("pageSize"));
            return {QNetworkProxy(pageOfList ? QNetworkProxy::NoProxy : QNetworkProxy::DefaultProxy)};
        }
        return systemProxyForQuery(query);
    }
};
} // namespace

NetworkAccess::NetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
{
    setProxyFactory(new SystemProxyFactory);
    setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // Entra and the API both speak HTTP/2; it lets page fetches share one connection.
    setAutoDeleteReplies(false);
}

QString NetworkAccess::setExtraCaBundle(const QString &path)
{
    m_extraCas.clear();
    m_ssl.reset();
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("cc::NetworkAccess", "The CA bundle %1 could not be read.").arg(path);
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return QCoreApplication::translate("cc::NetworkAccess", "The CA bundle %1 holds no PEM certificate.").arg(path);
    m_extraCas = certs;
    return {};
}

QString NetworkAccess::setProxyUrl(const QUrl &url)
{
    if (url.isEmpty()) {
        setProxyFactory(new SystemProxyFactory); // replaces an explicit proxy
        return {};
    }
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == u"socks5")
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme != u"http" && scheme != u"https")
        return QCoreApplication::translate("cc::NetworkAccess", "Use a proxy address such as http://proxy.example.com:3128.");
    if (url.host().isEmpty() || url.port() <= 0)
        return QCoreApplication::translate("cc::NetworkAccess", "Use a proxy address such as http://proxy.example.com:3128.");
    setProxy(QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password()));
    return {};
}

QByteArray NetworkAccess::newCorrelationId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QNetworkReply *NetworkAccess::createRequest(Operation op, const QNetworkRequest &original, QIODevice *outgoingData)
{
    QNetworkRequest request(original);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, CloudCockpitClient::userAgent());
    request.setTransferTimeout(int(m_timeout.count()));
    // TLS is set up on the first https request: loading the TLS backend and the system's CA
    // certificates is a good part of start-up, and the sandbox and loopback need none of it.
    if (request.url().scheme() == u"https") {
        if (!m_ssl) {
            m_ssl = QSslConfiguration::defaultConfiguration();
            if (!m_extraCas.isEmpty())
                m_ssl->addCaCertificates(m_extraCas);
        }
        request.setSslConfiguration(*m_ssl);
    } else if (QUrlQuery(request.url()).hasQueryItem(QStringLiteral("pageSize"))) {
        // Pages of a list get connections of their own (plain http, so loopback only). Qt keys
        // its connection pool by scheme, host, port, an HTTP or SOCKS proxy and the peer verify
        // name, not by NoProxy against DefaultProxy (SystemProxyFactory), so without this a PATCH
        // after a list read went out on a page's unbuffered socket and read its answer a byte per
        // read(): 2,000 PATCHes of an import made 224,000 read() calls, not 20,000, and took 1.4 s
        // instead of 0.9 s. The name is never used: no TLS on plain http.
        request.setPeerVerifyName(QStringLiteral("pages.invalid"));
    }
    // Credentials are bound to the API's origin: whatever asks for a request elsewhere (a redirect,
    // a mistake of ours) gets none of them.
    if (!request.attribute(NoApiCredentialsAttribute).toBool() && sameOrigin(request.url(), m_apiUrl)) {
        request.setRawHeader("X-Tenant", m_tenant);
        if (!m_bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_bearer);
        if (!request.hasRawHeader("X-Correlation-Id"))
            request.setRawHeader("X-Correlation-Id", newCorrelationId());
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace cc
