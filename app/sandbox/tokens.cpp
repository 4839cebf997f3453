#include "tokens.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace ccsandbox {

namespace {

const QString TenantGuid = QStringLiteral("4e806121-ff28-4286-ab4e-3be0a08f9ce0");
const QString Scope = QStringLiteral("api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a/.default");
const QString Audience = QStringLiteral("api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a");

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

TokenAuthority::TokenAuthority(quint32 seed, int lifetimeSeconds)
    : m_lifetime(lifetimeSeconds)
{
    m_key.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), 8);
    const auto makeSecret = [] {
        QByteArray b(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), 6);
        return QString::fromLatin1(b64(b));
    };
    m_cspClientId = QUuid::createUuidV5(QUuid(), QStringLiteral("csp-%1").arg(seed)).toString(QUuid::WithoutBraces);
    m_resellerClientId = QUuid::createUuidV5(QUuid(), QStringLiteral("reseller-%1").arg(seed)).toString(QUuid::WithoutBraces);
    m_cspSecret = makeSecret();
    m_resellerSecret = makeSecret();
}

QString TokenAuthority::path() const
{
    return QStringLiteral("/%1/oauth2/v2.0/token").arg(TenantGuid);
}

QString TokenAuthority::issue(Role role, int lifetime, const QUuid &reseller, const QString &appId) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject payload;
    payload.insert(u"iss", QStringLiteral("https://sts.sandbox.cloudcockpit.local/%1/").arg(TenantGuid));
    payload.insert(u"aud", Audience);
    payload.insert(u"iat", now);
    payload.insert(u"nbf", now);
    payload.insert(u"exp", now + lifetime);
    payload.insert(u"tid", TenantGuid);
    payload.insert(u"appid", appId);
    payload.insert(u"roles", QJsonArray{role == Role::Csp ? QStringLiteral("csp") : QStringLiteral("reseller")});
    if (role == Role::Reseller)
        payload.insert(u"resellerId", reseller.toString(QUuid::WithoutBraces));
    payload.insert(u"gen", m_generation);
    const QByteArray head =
        b64(R"({"alg":"HS256","typ":"JWT"})") + '.' + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(head + '.' + b64(QMessageAuthenticationCode::hash(head, m_key, QCryptographicHash::Sha256)));
}

std::optional<Caller> TokenAuthority::authenticate(const QByteArray &authorization) const
{
    if (!authorization.startsWith("Bearer "))
        return std::nullopt;
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray expected =
        b64(QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_key, QCryptographicHash::Sha256));
    if (expected != parts[2])
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    if (payload.value(u"exp").toInteger() <= QDateTime::currentSecsSinceEpoch())
        return std::nullopt;
    if (payload.value(u"gen").toInt() != m_generation)
        return std::nullopt;
    Caller c;
    const QString role = payload.value(u"roles").toArray().at(0).toString();
    c.role = role == u"reseller" ? Role::Reseller : Role::Csp;
    c.resellerId = QUuid::fromString(payload.value(u"resellerId").toString());
    return c;
}

Reply TokenAuthority::tokenRequest(const QHttpServerRequest &request, const QUuid &resellerOfClient) const
{
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
    const auto field = [&](const char *name) { return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };
    auto oauth = [](int status, const char *error, const QString &description, int code) {
        QJsonObject o;
        o.insert(u"error", QString::fromLatin1(error));
        o.insert(u"error_description",
                 QString(description + QStringLiteral("\r\nTrace ID: %1\r\nCorrelation ID: %2\r\nTimestamp: %3")
                                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                QDateTime::currentDateTimeUtc().toString(Qt::ISODate))));
        o.insert(u"error_codes", QJsonArray{code});
        o.insert(u"timestamp", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        o.insert(u"trace_id", QUuid::createUuid().toString(QUuid::WithoutBraces));
        o.insert(u"correlation_id", QUuid::createUuid().toString(QUuid::WithoutBraces));
        return Reply{status, QJsonDocument(o).toJson(QJsonDocument::Compact)};
    };
    if (field("grant_type") != u"client_credentials")
        return oauth(400, "unsupported_grant_type", QStringLiteral("AADSTS70003: The app requested an unsupported grant type."),
                     70003);
    if (field("scope") != Scope)
        return oauth(400, "invalid_scope",
                     QStringLiteral("AADSTS70011: The provided value for the input parameter 'scope' is not valid."), 70011);
    const QString id = field("client_id");
    const QString secret = field("client_secret");
    Role role;
    if (id == m_cspClientId)
        role = Role::Csp;
    else if (id == m_resellerClientId)
        role = Role::Reseller;
    else
        return oauth(400, "unauthorized_client",
                     QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the directory.").arg(id),
                     700016);
    if (secret != (role == Role::Csp ? m_cspSecret : m_resellerSecret))
        return oauth(401, "invalid_client",
                     QStringLiteral("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in "
                                    "the request is the client secret value, not the client secret ID."),
                     7000215);
    QJsonObject o;
    o.insert(u"token_type", QStringLiteral("Bearer"));
    o.insert(u"expires_in", m_lifetime);
    o.insert(u"ext_expires_in", m_lifetime);
    o.insert(u"access_token", issue(role, m_lifetime, role == Role::Reseller ? resellerOfClient : QUuid(), id));
    return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

bool sees(const Caller &caller, const QUuid &customerReseller)
{
    return caller.role == Role::Csp || (!caller.resellerId.isNull() && customerReseller == caller.resellerId);
}

} // namespace ccsandbox
