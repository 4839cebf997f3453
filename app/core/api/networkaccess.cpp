#include "networkaccess.h"

#include "cloudcockpitclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUuid>

namespace cc {

NetworkAccess::NetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // Entra and the API both speak HTTP/2; it lets page fetches share one connection.
    setAutoDeleteReplies(false);
}

QString NetworkAccess::setExtraCaBundle(const QString &path)
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("cc::NetworkAccess", "The CA bundle %1 could not be read.").arg(path);
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return QCoreApplication::translate("cc::NetworkAccess", "The CA bundle %1 holds no PEM certificate.").arg(path);
    m_ssl.addCaCertificates(certs);
    return {};
}

QString NetworkAccess::setProxyUrl(const QUrl &url)
{
    if (url.isEmpty()) {
        setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy)); // the application's: the system proxy
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
    request.setSslConfiguration(m_ssl);
    if (!request.attribute(NoApiCredentialsAttribute).toBool()) {
        request.setRawHeader("X-Tenant", m_tenant);
        if (!m_bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_bearer);
        if (!request.hasRawHeader("X-Correlation-Id"))
            request.setRawHeader("X-Correlation-Id", newCorrelationId());
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace cc
