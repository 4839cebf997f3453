#include "connectionsettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace cc {

QString checkTransportSecurity(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("cc::Connection", "Enter a full address, for example https://api.cloudcockpit.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        const QString host = url.host().toLower();
        if (host == u"localhost")
            return {};
        const QHostAddress address(host);
        if (!address.isNull() && address.isLoopback())
            return {};
        return QCoreApplication::translate("cc::Connection",
                                           "Only https:// addresses are allowed (plain http only for this computer).");
    }
    return QCoreApplication::translate("cc::Connection", "Use an https:// address.");
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80); };
    return !a.host().isEmpty() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

bool isSafeHeaderValue(QStringView value)
{
    for (QChar c : value)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return true;
}

bool looksLikeTenantDomain(const QString &tenant)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    return tenant.size() <= 253 && re.match(tenant).hasMatch();
}

} // namespace cc
