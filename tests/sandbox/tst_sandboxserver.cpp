// The sandbox against the contract, over loopback HTTP with a plain QNetworkAccessManager: what a
// client depends on (status codes, envelopes, property names, paging, roles, writes) is asserted
// on the wire, without the app's own client, so that a mistake both make cannot hide.

#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <ctime>
#include <memory>

using namespace ccsandbox;

namespace {

using Query = QList<QPair<QString, QString>>;

const QString Scope = QStringLiteral("api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a/.default");
const QByteArray JsonUtf8 = "application/json; charset=utf-8";

// Everything the library logs during a test, to prove that no secret or token ever reaches a log.
QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}

QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedMessages() << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

struct Reply
{
    int status = 0; // 0: no HTTP answer (timeout or network error)
    QByteArray body;
    QByteArray contentType;
    QByteArray correlationId;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return object().value(u"items").toArray(); }
    // A body that is one JSON string (201 of provider-instances, the relationship link).
    QString jsonString() const
    {
        return QJsonDocument::fromJson('[' + body + ']').array().at(0).toString();
    }
    QStringList errorProperties() const
    {
        QStringList names;
        const QJsonArray errors = object().value(u"errors").toArray();
        for (const QJsonValue &e : errors)
            names << e.toObject().value(u"propertyName").toString();
        return names;
    }
    QString describe() const { return QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(body.left(600))); }
};

QJsonObject jwtPart(const QString &token, int part)
{
    const QByteArray segment = token.toLatin1().split('.').value(part);
    return QJsonDocument::fromJson(QByteArray::fromBase64(segment, QByteArray::Base64UrlEncoding)).object();
}

QString id(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QUuid uuidOf(const QJsonValue &v)
{
    return QUuid::fromString(v.toString());
}

QString margin(double value, const QString &rule)
{
    return QStringLiteral("{\"value\":%1,\"marginRule\":{\"name\":\"%2\"}}").arg(value).arg(rule);
}

// Text of a JSON string value, quotes included, for bodies written as raw text.
QString quoted(const QString &s)
{
    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

} // namespace

// No raw string literals below: Qt 6.4's moc mis-reads some (with \" or an unpaired brace
// inside) and then loses the whole class.
class TstSandboxServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

    struct Call
    {
        QByteArray method = "GET";
        QString path;
        Query query;
        QByteArray body;
        std::optional<QString> token; // unset: the CSP's token; empty: no Authorization header
        std::optional<QString> tenant; // unset: the server's tenant; empty: no X-Tenant header
        QByteArray correlationId;
        QByteArray contentType = "application/json";
    };

    Reply send(const Call &call, SandboxServer *server = nullptr)
    {
        SandboxServer *s = server ? server : m_server.get();
        QUrl url = s->apiUrl();
        url.setPath(call.path);
        if (!call.query.isEmpty()) {
            QUrlQuery q;
            for (const auto &item : call.query)
                q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
            url.setQuery(q.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        }
        QNetworkRequest request(url);
        const QString token = call.token.value_or(s->cspToken());
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        const QString tenant = call.tenant.value_or(s->tenant());
        if (!tenant.isEmpty())
            request.setRawHeader("X-Tenant", tenant.toUtf8());
        if (!call.correlationId.isEmpty())
            request.setRawHeader("X-Correlation-Id", call.correlationId);
        if (!call.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, call.method, call.body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply r;
        if (reply->isFinished() || finished.wait(10000)) {
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            r.contentType = reply->rawHeader("Content-Type");
            r.correlationId = reply->rawHeader("X-Correlation-Id");
        }
        reply->deleteLater();
        return r;
    }

    Reply get(const QString &path, const Query &query = {}, const std::optional<QString> &token = {})
    {
        Call c;
        c.path = path;
        c.query = query;
        c.token = token;
        return send(c);
    }

    Reply write(const QByteArray &method, const QString &path, const QString &json, const std::optional<QString> &token = {},
                const Query &query = {}, const QByteArray &correlationId = {})
    {
        Call c;
        c.method = method;
        c.path = path;
        c.body = json.toUtf8();
        c.token = token;
        c.query = query;
        c.correlationId = correlationId;
        return send(c);
    }

    Reply requestToken(const QString &clientId, const QString &secret, const QString &scope = Scope,
                       const QString &grant = QStringLiteral("client_credentials"))
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        form.addQueryItem(QStringLiteral("grant_type"), QString::fromLatin1(QUrl::toPercentEncoding(grant)));
        Call c;
        c.method = "POST";
        c.path = m_server->tokenUrl().path();
        c.body = form.toString(QUrl::FullyEncoded).toLatin1();
        c.contentType = "application/x-www-form-urlencoded";
        c.token = QString();
        c.tenant = QString();
        return send(c);
    }

    static QString customerPath(const QUuid &customer, const QString &action = {})
    {
        return u"/v1/Customers/" % id(customer) % (action.isEmpty() ? QString() : u'/' % action);
    }

    // Every customer the CSP sees, in name order (the default tenant has 250: one page).
    QJsonArray allCustomers(const Query &extra = {}, const std::optional<QString> &token = {})
    {
        Query q = {{QStringLiteral("pageSize"), QStringLiteral("2000")}};
        q += extra;
        const Reply r = get(QStringLiteral("/v1/Customers"), q, token);
        return r.status == 200 ? r.items() : QJsonArray();
    }

    QJsonObject customer(const QUuid &customerId, const std::optional<QString> &token = {}, const Query &query = {})
    {
        return get(customerPath(customerId), query, token).object();
    }

    QJsonArray instances()
    {
        return get(QStringLiteral("/v1/Providers/Instances"), {{QStringLiteral("pageSize"), QStringLiteral("100")}}).items();
    }

    // The first instance of that provider; with offerType, the first one selling it.
    QUuid instanceOf(const QString &provider, const QString &offerType = {})
    {
        for (const QJsonValue &v : instances()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"provider").toObject().value(u"name").toString() != provider)
                continue;
            bool sells = offerType.isEmpty();
            for (const QJsonValue &t : o.value(u"offerTypes").toArray())
                sells = sells || t.toObject().value(u"name").toString() == offerType;
            if (sells)
                return uuidOf(o.value(u"id"));
        }
        return {};
    }

    static bool hasInstance(const QJsonObject &customer, const QUuid &instance)
    {
        return customer.value(u"providerCustomers").toObject().contains(id(instance));
    }

    static QJsonObject providerData(const QJsonObject &customer, const QUuid &instance)
    {
        const QString text = customer.value(u"providerCustomers").toObject().value(id(instance)).toObject()
                                 .value(u"providerCustomerData").toString();
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

    // A customer matching the predicate, from every customer in name order.
    template<typename Predicate>
    QJsonObject find(Predicate predicate, const QJsonArray &customers)
    {
        for (const QJsonValue &v : customers)
            if (predicate(v.toObject()))
                return v.toObject();
        return {};
    }

    QString envelopeProblem(const Reply &r, int status)
    {
        if (r.status != status)
            return u"expected " % QString::number(status) % u", got " % r.describe();
        if (r.contentType != JsonUtf8)
            return u"content type " % QString::fromLatin1(r.contentType);
        const QJsonObject o = r.object();
        if (o.value(u"statusCode").toInt() != status)
            return QStringLiteral("statusCode does not match: ") % r.describe();
        if (!o.value(u"type").isString() || o.value(u"description").toString().isEmpty())
            return QStringLiteral("type/description missing: ") % r.describe();
        if (o.value(u"correlationId").toString().toLatin1() != r.correlationId || r.correlationId.isEmpty())
            return QStringLiteral("correlationId differs from the header: ") % r.describe();
        if (!o.contains(u"errors"))
            return QStringLiteral("no errors member: ") % r.describe();
        return {};
    }

    QString validationProblem(const Reply &r, const QString &property)
    {
        const QString problem = envelopeProblem(r, 400);
        if (!problem.isEmpty())
            return problem;
        const QJsonArray errors = r.object().value(u"errors").toArray();
        for (const QJsonValue &e : errors) {
            const QJsonObject o = e.toObject();
            if (o.value(u"propertyName").toString() == property) {
                const QJsonArray messages = o.value(u"description").toArray();
                if (messages.isEmpty() || messages.at(0).toString().isEmpty())
                    return u"no message for " % property;
                return {};
            }
        }
        return u"no error for " % property % u": " % r.describe();
    }

private Q_SLOTS:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
    }

    void init()
    {
        loggedMessages().clear();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        QVERIFY(m_server->port() != 0);
    }

    void cleanup()
    {
        if (!m_server)
            return;
        // Nothing the server logs may carry a credential (it is shown in CI logs and the demo's console).
        const QStringList secrets = {m_server->cspClientSecret(), m_server->resellerClientSecret(), m_server->cspToken(),
                                     m_server->resellerToken()};
        for (const QString &message : std::as_const(loggedMessages()))
            for (const QString &secret : secrets)
                QVERIFY2(!message.contains(secret), "a secret or token was logged");
        m_server.reset();
        m_nam.clearConnectionCache();
    }

    // ----- construction ----------------------------------------------------------------------

    void listen_portInUse_falseWithErrorString()
    {
        SandboxServer second;
        QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port()));
        QVERIFY(!second.errorString().isEmpty());
    }

    void urls_afterListen_loopbackApiAndContractTokenPath()
    {
        QCOMPARE(m_server->apiUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())));
        QCOMPARE(m_server->tokenUrl().path(), QStringLiteral("/4e806121-ff28-4286-ab4e-3be0a08f9ce0/oauth2/v2.0/token"));
        QCOMPARE(m_server->tokenUrl().port(), int(m_server->port()));
        QCOMPARE(m_server->tenant(), QStringLiteral("demo.cloudcockpit.local"));
        QVERIFY(m_server->resellerIds().contains(m_server->resellerIdOfResellerClient()));
        QCOMPARE(m_server->providerInstanceIds().size(), 4);
        QCOMPARE(m_server->customerIds().size(), 250);
    }

    // ----- token endpoint --------------------------------------------------------------------

    void token_cspCredentials_bearerJwtWithCspClaims()
    {
        const Reply r = requestToken(m_server->cspClientId(), m_server->cspClientSecret());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, JsonUtf8);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(u"token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(o.value(u"expires_in").toInt(), 3599);
        QCOMPARE(o.value(u"ext_expires_in").toInt(), 3599);
        const QString token = o.value(u"access_token").toString();
        QCOMPARE(token.count(u'.'), 2);
        QVERIFY2(!token.contains(u'=') && !token.contains(u'+') && !token.contains(u'/'), "base64url without padding");
        const QJsonObject header = jwtPart(token, 0);
        QCOMPARE(header.value(u"alg").toString(), QStringLiteral("HS256"));
        QCOMPARE(header.value(u"typ").toString(), QStringLiteral("JWT"));
        const QJsonObject claims = jwtPart(token, 1);
        QCOMPARE(claims.value(u"aud").toString(), QStringLiteral("api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a"));
        QCOMPARE(claims.value(u"tid").toString(), QStringLiteral("4e806121-ff28-4286-ab4e-3be0a08f9ce0"));
        QCOMPARE(claims.value(u"appid").toString(), m_server->cspClientId());
        QCOMPARE(claims.value(u"roles").toArray(), QJsonArray{QStringLiteral("csp")});
        QVERIFY(!claims.value(u"iss").toString().isEmpty());
        QVERIFY(!claims.contains(u"resellerId"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(claims.value(u"iat").toInteger() - now) <= 5);
        QCOMPARE(claims.value(u"nbf").toInteger(), claims.value(u"iat").toInteger());
        QCOMPARE(claims.value(u"exp").toInteger() - claims.value(u"iat").toInteger(), 3599);
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, token).status, 200);
    }

    void token_resellerCredentials_jwtCarriesResellerId()
    {
        const Reply r = requestToken(m_server->resellerClientId(), m_server->resellerClientSecret());
        QCOMPARE(r.status, 200);
        const QJsonObject claims = jwtPart(r.object().value(u"access_token").toString(), 1);
        QCOMPARE(claims.value(u"roles").toArray(), QJsonArray{QStringLiteral("reseller")});
        QCOMPARE(uuidOf(claims.value(u"resellerId")), m_server->resellerIdOfResellerClient());
        QCOMPARE(claims.value(u"appid").toString(), m_server->resellerClientId());
        // The pre-issued tokens carry the same claims.
        QCOMPARE(jwtPart(m_server->resellerToken(), 1).value(u"resellerId"), claims.value(u"resellerId"));
        QCOMPARE(jwtPart(m_server->cspToken(), 1).value(u"roles").toArray(), QJsonArray{QStringLiteral("csp")});
    }

    void token_wrongSecret_401InvalidClient()
    {
        const Reply r = requestToken(m_server->cspClientId(), QStringLiteral("not-the-secret"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.contentType, JsonUtf8);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(u"error").toString(), QStringLiteral("invalid_client"));
        QVERIFY(o.value(u"error_description").toString().startsWith(u"AADSTS7000215: Invalid client secret provided."));
        QCOMPARE(o.value(u"error_codes").toArray(), QJsonArray{7000215});
        QVERIFY(o.contains(u"trace_id") && o.contains(u"correlation_id") && o.contains(u"timestamp"));
        // The reseller's secret does not open the CSP's client either.
        QCOMPARE(requestToken(m_server->cspClientId(), m_server->resellerClientSecret()).status, 401);
    }

    void token_unknownClient_400UnauthorizedClient()
    {
        // As Entra ID answers for an application it does not know (AADSTS700016).
        const Reply r = requestToken(QStringLiteral("00000000-1111-2222-3333-444444444444"), m_server->cspClientSecret());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error").toString(), QStringLiteral("unauthorized_client"));
        QCOMPARE(r.object().value(u"error_codes").toArray(), QJsonArray{700016});
    }

    void token_wrongScope_400InvalidScope()
    {
        const Reply r = requestToken(m_server->cspClientId(), m_server->cspClientSecret(), QStringLiteral("api://other/.default"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error").toString(), QStringLiteral("invalid_scope"));
    }

    void token_wrongGrantType_400UnsupportedGrantType()
    {
        const Reply r = requestToken(m_server->cspClientId(), m_server->cspClientSecret(), Scope, QStringLiteral("password"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error").toString(), QStringLiteral("unsupported_grant_type"));
    }

    void token_get_405()
    {
        Call c;
        c.path = m_server->tokenUrl().path();
        c.token = QString();
        QCOMPARE(send(c).status, 405);
    }

    // ----- authentication and common headers ----------------------------------------------------

    void request_withoutValidBearer_401WithoutBody_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz");
        QTest::newRow("garbage") << QByteArray("Bearer not-a-jwt");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
    }

    void request_withoutValidBearer_401WithoutBody()
    {
        QFETCH(QByteArray, authorization);
        QUrl url = m_server->apiUrl();
        url.setPath(QStringLiteral("/v1/Customers"));
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        request.setRawHeader("X-Tenant", m_server->tenant().toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(reply->readAll().isEmpty());
        QVERIFY(!reply->rawHeader("X-Correlation-Id").isEmpty());
        reply->deleteLater();
    }

    void request_tokenOfAnotherServer_401()
    {
        SandboxServer other;
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, other.cspToken()).status, 401);
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, other.issueToken(Role::Csp, 600)).status, 401);
    }

    void request_tamperedClaims_401()
    {
        // A reseller that rewrites its token's roles to csp keeps the signature of the old payload.
        const QStringList parts = m_server->resellerToken().split(u'.');
        QJsonObject claims = jwtPart(m_server->resellerToken(), 1);
        claims.insert(u"roles", QJsonArray{QStringLiteral("csp")});
        claims.remove(u"resellerId");
        const QString forged = parts[0] % u'.' %
                               QString::fromLatin1(QJsonDocument(claims).toJson(QJsonDocument::Compact)
                                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) %
                               u'.' % parts[2];
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, forged).status, 401);
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, m_server->resellerToken()).status, 200);
    }

    void request_expiredToken_401()
    {
        const QString expired = m_server->issueToken(Role::Csp, -1);
        const Reply r = get(QStringLiteral("/v1/Customers"), {}, expired);
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, m_server->issueToken(Role::Csp, 60)).status, 200);
    }

    void request_afterRevokeAllTokens_401UntilNewToken()
    {
        const QString issued = m_server->issueToken(Role::Reseller, 600);
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, issued).status, 200);
        m_server->revokeAllTokens();
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, issued).status, 401);
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, m_server->cspToken()).status, 401);
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, m_server->resellerToken()).status, 401);
        const Reply fresh = requestToken(m_server->cspClientId(), m_server->cspClientSecret());
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {}, fresh.object().value(u"access_token").toString()).status, 200);
    }

    void request_wrongTenant_400XTenant_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("message");
        QTest::newRow("other") << QStringLiteral("portal.cloudcockpit.com") << QStringLiteral("The tenant 'portal.cloudcockpit.com' was not found.");
        QTest::newRow("missing") << QString() << QString();
    }

    void request_wrongTenant_400XTenant()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, message);
        Call c;
        c.path = QStringLiteral("/v1/Customers");
        c.tenant = tenant;
        const Reply r = send(c);
        QVERIFY2(validationProblem(r, QStringLiteral("X-Tenant")).isEmpty(), qPrintable(validationProblem(r, QStringLiteral("X-Tenant"))));
        if (!message.isEmpty())
            QCOMPARE(r.object().value(u"errors").toArray().at(0).toObject().value(u"description").toArray(), QJsonArray{message});
    }

    void request_tenantInOtherCase_accepted()
    {
        Call c;
        c.path = QStringLiteral("/v1/Customers");
        c.tenant = m_server->tenant().toUpper();
        QCOMPARE(send(c).status, 200);
    }

    void request_wrongTenantAndNoToken_401First()
    {
        Call c;
        c.path = QStringLiteral("/v1/Customers");
        c.tenant = QStringLiteral("elsewhere.example");
        c.token = QString();
        QCOMPARE(send(c).status, 401);
    }

    void request_unknownRoute_404Envelope_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("outside v1") << QStringLiteral("/nothing/here");
        QTest::newRow("unknown collection") << QStringLiteral("/v1/Invoices");
        QTest::newRow("unknown action") << QStringLiteral("/v1/Customers/%1/subscriptions");
        QTest::newRow("too deep") << QStringLiteral("/v1/Customers/%1/provider-instances/x");
    }

    void request_unknownRoute_404Envelope()
    {
        QFETCH(QString, path);
        if (path.contains(u"%1"))
            path = path.arg(id(m_server->customerIds().first()));
        const Reply r = get(path);
        QVERIFY2(envelopeProblem(r, 404).isEmpty(), qPrintable(envelopeProblem(r, 404)));
    }

    void request_wrongMethod_405_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("DELETE customers") << QByteArray("DELETE") << QStringLiteral("/v1/Customers");
        QTest::newRow("POST customers") << QByteArray("POST") << QStringLiteral("/v1/Customers");
        QTest::newRow("PUT customer") << QByteArray("PUT") << QStringLiteral("/v1/Customers/%1");
        QTest::newRow("GET provider-instances") << QByteArray("GET") << QStringLiteral("/v1/Customers/%1/provider-instances");
        QTest::newRow("POST mca") << QByteArray("POST") << QStringLiteral("/v1/Customers/%1/microsoft-customer-agreement");
        QTest::newRow("GET internal-identifier") << QByteArray("GET") << QStringLiteral("/v1/Customers/%1/internal-identifier");
        QTest::newRow("POST link") << QByteArray("POST") << QStringLiteral("/v1/Customers/relationship-acceptance");
        QTest::newRow("POST instances") << QByteArray("POST") << QStringLiteral("/v1/Providers/Instances");
    }

    void request_wrongMethod_405()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        if (path.contains(u"%1"))
            path = path.arg(id(m_server->customerIds().first()));
        const int before = m_server->totalRequestCount();
        QCOMPARE(write(method, path, QStringLiteral("{}")).status, 405);
        QCOMPARE(m_server->totalRequestCount(), before + 1);
    }

    void request_validCorrelationId_echoedAndCounted()
    {
        const QByteArray cid = "7d3c2b1a-0f9e-4d8c-b7a6-958473625140";
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 0);
        Call c;
        c.path = customerPath(QUuid::fromString(u"11111111-2222-4333-8444-555555555555"));
        c.correlationId = cid;
        const Reply r = send(c);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.correlationId, cid);
        QCOMPARE(r.object().value(u"correlationId").toString(), QString::fromLatin1(cid));
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 1);
        // Upper case names the same id.
        c.correlationId = cid.toUpper();
        QCOMPARE(send(c).status, 404);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 2);
    }

    void request_missingOrInvalidCorrelationId_freshUuidEchoed_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not a uuid") << QByteArray("hello; drop table");
    }

    void request_missingOrInvalidCorrelationId_freshUuidEchoed()
    {
        QFETCH(QByteArray, sent);
        Call c;
        c.path = QStringLiteral("/v1/Customers/not-a-uuid");
        c.correlationId = sent;
        const Reply r = send(c);
        QCOMPARE(r.status, 400);
        QVERIFY(!QUuid::fromString(QString::fromLatin1(r.correlationId)).isNull());
        QCOMPARE(r.object().value(u"correlationId").toString(), QString::fromLatin1(r.correlationId));
        const Reply again = send(c);
        QVERIFY(again.correlationId != r.correlationId);
    }

    void responses_withBody_jsonUtf8_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("list") << QStringLiteral("/v1/Customers");
        QTest::newRow("customer") << QStringLiteral("/v1/Customers/%1");
        QTest::newRow("instances") << QStringLiteral("/v1/Providers/Instances");
        QTest::newRow("400") << QStringLiteral("/v1/Customers/x");
        QTest::newRow("404") << QStringLiteral("/v1/Nothing");
    }

    void responses_withBody_jsonUtf8()
    {
        QFETCH(QString, path);
        if (path.contains(u"%1"))
            path = path.arg(id(m_server->customerIds().first()));
        const Reply r = get(path);
        QVERIFY(!r.body.isEmpty());
        QCOMPARE(r.contentType, JsonUtf8);
        QJsonParseError error{};
        QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    // ----- listing customers -------------------------------------------------------------------

    void listCustomers_defaults_firstPageOf25()
    {
        const Reply r = get(QStringLiteral("/v1/Customers"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(u"items").toArray().size(), 25);
        QCOMPARE(o.value(u"paginationParameters").toObject(),
                 (QJsonObject{{QStringLiteral("pageNumber"), 1}, {QStringLiteral("pageSize"), 25}}));
        QCOMPARE(o.value(u"totalCount").toInt(), 250);
        QCOMPARE(o.value(u"totalPages").toInt(), 10);
        QCOMPARE(o.value(u"hasPreviousPage").toBool(true), false);
        QCOMPARE(o.value(u"hasNextPage").toBool(), true);
        QVERIFY(o.value(u"continuationToken").isNull());
    }

    void listCustomers_everyPage_eachCustomerOnceLastPageShort()
    {
        QSet<QString> seen;
        for (int page = 1; page <= 7; ++page) {
            const Reply r = get(QStringLiteral("/v1/Customers"),
                                {{QStringLiteral("pageSize"), QStringLiteral("40")}, {QStringLiteral("pageNumber"), QString::number(page)}});
            QCOMPARE(r.status, 200);
            const QJsonObject o = r.object();
            QCOMPARE(o.value(u"totalCount").toInt(), 250);
            QCOMPARE(o.value(u"totalPages").toInt(), 7);
            QCOMPARE(o.value(u"items").toArray().size(), page < 7 ? 40 : 10);
            QCOMPARE(o.value(u"hasPreviousPage").toBool(), page > 1);
            QCOMPARE(o.value(u"hasNextPage").toBool(), page < 7);
            QCOMPARE(o.value(u"paginationParameters").toObject().value(u"pageNumber").toInt(), page);
            for (const QJsonValue &v : o.value(u"items").toArray())
                seen.insert(v.toObject().value(u"id").toString());
        }
        QCOMPARE(seen.size(), 250);
    }

    void listCustomers_pageBeyondLast_emptyItems()
    {
        const Reply r = get(QStringLiteral("/v1/Customers"), {{QStringLiteral("pageNumber"), QStringLiteral("11")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.items().isEmpty());
        QCOMPARE(r.object().value(u"totalCount").toInt(), 250);
        QCOMPARE(r.object().value(u"hasNextPage").toBool(), false);
        QCOMPARE(r.object().value(u"hasPreviousPage").toBool(), true);
    }

    void listCustomers_pagingOutOfRange_400WithProperty_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("property");
        QTest::newRow("pageSize 0") << QStringLiteral("pageSize") << QStringLiteral("0") << QStringLiteral("PageSize");
        QTest::newRow("pageSize 2001") << QStringLiteral("pageSize") << QStringLiteral("2001") << QStringLiteral("PageSize");
        QTest::newRow("pageSize -5") << QStringLiteral("pageSize") << QStringLiteral("-5") << QStringLiteral("PageSize");
        QTest::newRow("pageSize text") << QStringLiteral("pageSize") << QStringLiteral("ten") << QStringLiteral("PageSize");
        QTest::newRow("pageNumber 0") << QStringLiteral("pageNumber") << QStringLiteral("0") << QStringLiteral("PageNumber");
    }

    void listCustomers_pagingOutOfRange_400WithProperty()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, property);
        const Reply r = get(QStringLiteral("/v1/Customers"), {{name, value}});
        QVERIFY2(validationProblem(r, property).isEmpty(), qPrintable(validationProblem(r, property)));
    }

    void listCustomers_pageSize2000_accepted()
    {
        const Reply r = get(QStringLiteral("/v1/Customers"), {{QStringLiteral("pageSize"), QStringLiteral("2000")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 250);
        QCOMPARE(r.object().value(u"totalPages").toInt(), 1);
        QCOMPARE(r.object().value(u"hasNextPage").toBool(true), false);
    }

    void listCustomers_sortOrder_companyNameAscendingAndDescending()
    {
        const QJsonArray ascending = allCustomers({{QStringLiteral("sortPropertyName"), QStringLiteral("Company.Name")}});
        const QJsonArray descending = allCustomers({{QStringLiteral("sortPropertyName"), QStringLiteral("Company.Name")},
                                                    {QStringLiteral("ascendingOrder"), QStringLiteral("false")}});
        QCOMPARE(ascending.size(), 250);
        QCOMPARE(descending.size(), 250);
        for (int i = 1; i < ascending.size(); ++i) {
            const QString a = ascending.at(i - 1).toObject().value(u"companyName").toString();
            const QString b = ascending.at(i).toObject().value(u"companyName").toString();
            QVERIFY2(a.compare(b, Qt::CaseInsensitive) <= 0, qPrintable(a % u" > " % b));
        }
        QStringList up, down;
        for (int i = 0; i < 250; ++i) {
            up << ascending.at(i).toObject().value(u"companyName").toString();
            down << descending.at(249 - i).toObject().value(u"companyName").toString();
        }
        QCOMPARE(down, up);
        QCOMPARE(allCustomers({{QStringLiteral("ascendingOrder"), QStringLiteral("true")}}), ascending);
    }

    void listCustomers_searchEachField_findsCaseInsensitively_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("Company.Name") << QStringLiteral("Company.Name");
        QTest::newRow("Domain") << QStringLiteral("Domain");
        QTest::newRow("InternalIdentifier") << QStringLiteral("InternalIdentifier");
        QTest::newRow("ProviderCustomerId") << QStringLiteral("ProviderCustomerId");
        QTest::newRow("no field: Company.Name") << QString();
    }

    void listCustomers_searchEachField_findsCaseInsensitively()
    {
        QFETCH(QString, field);
        const QJsonArray all = allCustomers();
        const QJsonObject target = all.at(123).toObject();
        const auto valueOf = [&field](const QJsonObject &c) -> QStringList {
            if (field.isEmpty() || field == u"Company.Name")
                return {c.value(u"companyName").toString()};
            if (field == u"Domain")
                return {c.value(u"domain").toString()};
            if (field == u"InternalIdentifier")
                return {c.value(u"internalIdentifier").toString()};
            QStringList ids;
            const QJsonObject pcs = c.value(u"providerCustomers").toObject();
            for (const QJsonValue &pc : pcs)
                ids << pc.toObject().value(u"providerCustomerId").toString();
            return ids;
        };
        QJsonObject source = target;
        if (valueOf(source).join(QString()).isEmpty())
            source = find([&](const QJsonObject &c) { return !valueOf(c).join(QString()).isEmpty(); }, all);
        QString needle = valueOf(source).first();
        QVERIFY(!needle.isEmpty());
        // A middle part in the other case: the search is "contains", case-insensitive.
        needle = needle.mid(needle.size() / 4, qMax(4, needle.size() / 2)).toUpper();
        Query q = {{QStringLiteral("searchValue"), needle}, {QStringLiteral("pageSize"), QStringLiteral("2000")}};
        if (!field.isEmpty())
            q.append({QStringLiteral("searchField"), field});
        const Reply r = get(QStringLiteral("/v1/Customers"), q);
        QCOMPARE(r.status, 200);
        const QJsonArray found = r.items();
        QVERIFY(!found.isEmpty());
        QCOMPARE(r.object().value(u"totalCount").toInt(), found.size());
        bool sourceFound = false;
        for (const QJsonValue &v : found) {
            sourceFound = sourceFound || v.toObject().value(u"id") == source.value(u"id");
            bool hit = false;
            for (const QString &value : valueOf(v.toObject()))
                hit = hit || value.contains(needle, Qt::CaseInsensitive);
            QVERIFY2(hit, qPrintable(needle));
        }
        QVERIFY(sourceFound);
        int expected = 0;
        for (const QJsonValue &v : all)
            for (const QString &value : valueOf(v.toObject()))
                if (value.contains(needle, Qt::CaseInsensitive)) {
                    ++expected;
                    break;
                }
        QCOMPARE(found.size(), expected);
    }

    void listCustomers_searchWithSpacesAndUnicode_found()
    {
        const QJsonObject c = find([](const QJsonObject &o) { return o.value(u"companyName").toString().contains(u'ç'); }, allCustomers());
        QVERIFY2(!c.isEmpty(), "the default tenant has a company name with ç");
        const QString name = c.value(u"companyName").toString();
        const Reply r = get(QStringLiteral("/v1/Customers"), {{QStringLiteral("searchValue"), name.toUpper()},
                                                              {QStringLiteral("pageSize"), QStringLiteral("2000")}});
        QCOMPARE(r.status, 200);
        bool found = false;
        for (const QJsonValue &v : r.items())
            found = found || v.toObject().value(u"id") == c.value(u"id");
        QVERIFY(found);
    }

    void listCustomers_invalidQuery_400WithProperty_data()
    {
        QTest::addColumn<Query>("query");
        QTest::addColumn<QString>("property");
        QTest::newRow("unknown searchField") << Query{{QStringLiteral("searchField"), QStringLiteral("Email")}, {QStringLiteral("searchValue"), QStringLiteral("x")}} << QStringLiteral("SearchField");
        QTest::newRow("searchField without value") << Query{{QStringLiteral("searchField"), QStringLiteral("Domain")}} << QStringLiteral("SearchValue");
        QTest::newRow("searchValue 256") << Query{{QStringLiteral("searchValue"), QString(256, u'a')}} << QStringLiteral("SearchValue");
        QTest::newRow("sort by email") << Query{{QStringLiteral("sortPropertyName"), QStringLiteral("Email")}} << QStringLiteral("SortPropertyName");
        QTest::newRow("ascendingOrder maybe") << Query{{QStringLiteral("ascendingOrder"), QStringLiteral("maybe")}} << QStringLiteral("AscendingOrder");
        QTest::newRow("includeDeleted 2") << Query{{QStringLiteral("includeDeleted"), QStringLiteral("2")}} << QStringLiteral("IncludeDeleted");
        QTest::newRow("resellerId not a uuid") << Query{{QStringLiteral("resellerId"), QStringLiteral("r1")}} << QStringLiteral("ResellerId");
    }

    void listCustomers_invalidQuery_400WithProperty()
    {
        QFETCH(Query, query);
        QFETCH(QString, property);
        const Reply r = get(QStringLiteral("/v1/Customers"), query);
        QVERIFY2(validationProblem(r, property).isEmpty(), qPrintable(validationProblem(r, property)));
    }

    void listCustomers_searchValue255_accepted()
    {
        QCOMPARE(get(QStringLiteral("/v1/Customers"), {{QStringLiteral("searchValue"), QString(255, u'a')}}).status, 200);
    }

    void listCustomers_includeDeleted_defaultIncludesFalseExcludes()
    {
        const QJsonArray all = allCustomers();
        int deleted = 0;
        for (const QJsonValue &v : all)
            deleted += v.toObject().value(u"isDeleted").toBool() ? 1 : 0;
        QVERIFY2(deleted > 0, "the default tenant has deleted customers");
        QCOMPARE(allCustomers({{QStringLiteral("includeDeleted"), QStringLiteral("true")}}).size(), 250);
        const QJsonArray live = allCustomers({{QStringLiteral("includeDeleted"), QStringLiteral("false")}});
        QCOMPARE(live.size(), 250 - deleted);
        for (const QJsonValue &v : live)
            QVERIFY(!v.toObject().value(u"isDeleted").toBool(true));
        const Reply r = get(QStringLiteral("/v1/Customers"), {{QStringLiteral("includeDeleted"), QStringLiteral("False")}});
        QCOMPARE(r.object().value(u"totalCount").toInt(), 250 - deleted);
    }

    void listCustomers_resellerFilterAsCsp_onlyThatResellersCustomers()
    {
        const QUuid reseller = m_server->resellerIds().at(1);
        const QJsonArray filtered = allCustomers({{QStringLiteral("resellerId"), id(reseller)}});
        QVERIFY(!filtered.isEmpty());
        int expected = 0;
        for (const QJsonValue &v : allCustomers())
            expected += uuidOf(v.toObject().value(u"resellerId")) == reseller ? 1 : 0;
        QCOMPARE(filtered.size(), expected);
        for (const QJsonValue &v : filtered)
            QCOMPARE(uuidOf(v.toObject().value(u"resellerId")), reseller);
        // An unknown reseller has no customers; it is not an error.
        const Reply none = get(QStringLiteral("/v1/Customers"), {{QStringLiteral("resellerId"), id(QUuid::createUuid())}});
        QCOMPARE(none.status, 200);
        QCOMPARE(none.object().value(u"totalCount").toInt(), 0);
        QCOMPARE(none.object().value(u"totalPages").toInt(), 0);
    }

    void listCustomers_resellerToken_onlyOwnCustomersInResellerView()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QJsonArray own = allCustomers({}, m_server->resellerToken());
        QVERIFY(!own.isEmpty());
        QCOMPARE(own.size(), allCustomers({{QStringLiteral("resellerId"), id(reseller)}}).size());
        for (const QJsonValue &v : own) {
            const QJsonObject c = v.toObject();
            QCOMPARE(uuidOf(c.value(u"resellerId")), reseller);
            QVERIFY(c.value(u"customerAssociations").isNull());
            // The reseller's relationship has its own identifiers (R-…), never the CSP's ERP ones.
            QVERIFY(!c.value(u"internalIdentifier").toString().startsWith(u"ERP-"));
        }
    }

    void listCustomers_resellerTokenWithResellerId_403()
    {
        const Reply r = get(QStringLiteral("/v1/Customers"), {{QStringLiteral("resellerId"), id(m_server->resellerIdOfResellerClient())}},
                            m_server->resellerToken());
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.isEmpty());
    }

    void listCustomers_noCustomers_emptyPage()
    {
        SandboxOptions options;
        options.customerCount = 0;
        SandboxServer empty(options);
        QVERIFY(empty.listen());
        QVERIFY(empty.customerIds().isEmpty());
        Call c;
        c.path = QStringLiteral("/v1/Customers");
        c.token = empty.cspToken();
        const Reply r = send(c, &empty);
        QCOMPARE(r.status, 200);
        QVERIFY(r.items().isEmpty());
        QCOMPARE(r.object().value(u"totalCount").toInt(-1), 0);
        QCOMPARE(r.object().value(u"totalPages").toInt(-1), 0);
        QCOMPARE(r.object().value(u"hasNextPage").toBool(true), false);
    }

    // ----- provider instances ------------------------------------------------------------------

    void providerInstances_list_microsoftAndOtherProvidersWithOfferTypes()
    {
        const Reply r = get(QStringLiteral("/v1/Providers/Instances"));
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.object();
        QCOMPARE(page.value(u"totalCount").toInt(), 4);
        QCOMPARE(page.value(u"totalPages").toInt(), 1);
        QCOMPARE(page.value(u"hasNextPage").toBool(true), false);
        QVERIFY(page.contains(u"continuationToken"));
        const QStringList known = {QStringLiteral("License"), QStringLiteral("LicenseLegacy"), QStringLiteral("SoftwareSubscription"),
                                   QStringLiteral("PerpetualSoftware"), QStringLiteral("AzurePlan"), QStringLiteral("AzureReservation"),
                                   QStringLiteral("AzureLegacy"), QStringLiteral("AzureSavingsPlan")};
        QMap<QString, int> providers;
        QList<QUuid> ids;
        for (const QJsonValue &v : r.items()) {
            const QJsonObject o = v.toObject();
            ids << uuidOf(o.value(u"id"));
            QVERIFY(!o.value(u"alias").toString().isEmpty());
            QVERIFY(!o.value(u"instanceProviderId").toString().isEmpty());
            QVERIFY(o.value(u"imageUrl").isString());
            QVERIFY(o.value(u"providerData").isString());
            QVERIFY(!o.value(u"supportedCountries").toArray().isEmpty());
            const QJsonArray offers = o.value(u"offerTypes").toArray();
            QVERIFY(!offers.isEmpty());
            for (const QJsonValue &t : offers)
                QVERIFY2(known.contains(t.toObject().value(u"name").toString()), qPrintable(t.toObject().value(u"name").toString()));
            providers[o.value(u"provider").toObject().value(u"name").toString()] += 1;
        }
        QCOMPARE(ids, m_server->providerInstanceIds());
        QCOMPARE(providers.value(QStringLiteral("Microsoft")), 2);
        QCOMPARE(providers.size(), 3);
        QVERIFY(!instanceOf(QStringLiteral("Microsoft"), QStringLiteral("AzurePlan")).isNull());
        QVERIFY(!instanceOf(QStringLiteral("Microsoft"), QStringLiteral("LicenseLegacy")).isNull());
    }

    void providerInstances_pageOfThree_twoPages()
    {
        const Reply second = get(QStringLiteral("/v1/Providers/Instances"),
                                 {{QStringLiteral("pageSize"), QStringLiteral("3")}, {QStringLiteral("pageNumber"), QStringLiteral("2")}});
        QCOMPARE(second.status, 200);
        QCOMPARE(second.items().size(), 1);
        QCOMPARE(second.object().value(u"totalPages").toInt(), 2);
        QCOMPARE(second.object().value(u"hasPreviousPage").toBool(), true);
        QCOMPARE(second.object().value(u"hasNextPage").toBool(true), false);
    }

    void providerInstances_pageSize2001_400PageSize()
    {
        const Reply r = get(QStringLiteral("/v1/Providers/Instances"), {{QStringLiteral("pageSize"), QStringLiteral("2001")}});
        QVERIFY2(validationProblem(r, QStringLiteral("PageSize")).isEmpty(), qPrintable(r.describe()));
    }

    // ----- one customer ------------------------------------------------------------------------

    void getCustomer_known_allContractFieldsAndExtras()
    {
        const QUuid customerId = m_server->customerIds().at(7);
        const Reply r = get(customerPath(customerId));
        QCOMPARE(r.status, 200);
        const QJsonObject c = r.object();
        for (const char *name : {"id", "companyName", "taxId", "country", "addressLine1", "addressLine2", "city", "state", "zip",
                                 "firstName", "middleName", "lastName", "email", "phone", "internalIdentifier", "resellerId",
                                 "providerCustomers", "customerAssociations", "domain", "isDeleted", "createdDate"})
            QVERIFY2(c.contains(QLatin1StringView(name)), name);
        QCOMPARE(uuidOf(c.value(u"id")), customerId);
        for (const char *name : {"companyName", "country", "addressLine1", "city", "state", "zip", "firstName", "lastName", "email", "phone", "domain"})
            QVERIFY2(!c.value(QLatin1StringView(name)).toString().isEmpty(), name);
        QCOMPARE(c.value(u"country").toString().size(), 2);
        QVERIFY(c.value(u"email").toString().contains(u'@'));
        QVERIFY(c.value(u"domain").toString().endsWith(u".onmicrosoft.com"));
        QVERIFY(c.value(u"isDeleted").isBool());
        const QDateTime created = QDateTime::fromString(c.value(u"createdDate").toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        QCOMPARE(created.timeSpec(), Qt::UTC);
        QVERIFY(c.value(u"customerAssociations").isArray());
        // The hook shows what the CSP sees.
        QCOMPARE(QJsonDocument::fromJson(m_server->customerJson(customerId)).object(), c);
        QVERIFY(m_server->customerJson(QUuid::createUuid()).isEmpty());
    }

    void getCustomer_providerCustomers_keyedByInstanceWithMarginsAndDataText()
    {
        const QJsonObject c = find([](const QJsonObject &o) {
            for (const QJsonValue &pc : o.value(u"providerCustomers").toObject())
                if (!pc.toObject().value(u"offerTypeMargins").toObject().isEmpty())
                    return true;
            return false;
        }, allCustomers());
        QVERIFY(!c.isEmpty());
        const QJsonObject pcs = c.value(u"providerCustomers").toObject();
        for (auto it = pcs.begin(); it != pcs.end(); ++it) {
            const QJsonObject pc = it.value().toObject();
            QCOMPARE(pc.value(u"providerInstanceId").toString(), it.key());
            QVERIFY(m_server->providerInstanceIds().contains(QUuid::fromString(it.key())));
            QVERIFY(pc.value(u"providerCustomerData").isString());
            QVERIFY(QJsonDocument::fromJson(pc.value(u"providerCustomerData").toString().toUtf8()).isObject());
            const QJsonObject m = pc.value(u"margin").toObject();
            QVERIFY(m.value(u"value").isDouble());
            QVERIFY(QStringList({QStringLiteral("Markup"), QStringLiteral("Margin"), QStringLiteral("SplitMargin"),
                                 QStringLiteral("ErpMinusDiscount")})
                        .contains(m.value(u"marginRule").toObject().value(u"name").toString()));
            const QJsonObject otm = pc.value(u"offerTypeMargins").toObject();
            for (auto o = otm.begin(); o != otm.end(); ++o) {
                QVERIFY(o.value().toObject().value(u"value").isDouble());
                QVERIFY(o.value().toObject().value(u"marginRule").toObject().contains(u"name"));
            }
        }
    }

    void getCustomer_malformedId_400CustomerId()
    {
        const Reply r = get(QStringLiteral("/v1/Customers/12345"));
        QVERIFY2(validationProblem(r, QStringLiteral("customerId")).isEmpty(), qPrintable(r.describe()));
    }

    void getCustomer_unknownId_404Envelope()
    {
        const Reply r = get(customerPath(QUuid::createUuid()));
        QVERIFY2(envelopeProblem(r, 404).isEmpty(), qPrintable(envelopeProblem(r, 404)));
    }

    void getCustomer_resellerTokenForeignCustomer_404()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QJsonArray all = allCustomers();
        const QJsonObject direct = find([](const QJsonObject &c) { return c.value(u"resellerId").isNull(); }, all);
        const QJsonObject other = find([&](const QJsonObject &c) {
            return !c.value(u"resellerId").isNull() && uuidOf(c.value(u"resellerId")) != reseller;
        }, all);
        const QJsonObject own = find([&](const QJsonObject &c) { return uuidOf(c.value(u"resellerId")) == reseller; }, all);
        QVERIFY(!direct.isEmpty() && !other.isEmpty() && !own.isEmpty());
        QCOMPARE(get(customerPath(uuidOf(direct.value(u"id"))), {}, m_server->resellerToken()).status, 404);
        QCOMPARE(get(customerPath(uuidOf(other.value(u"id"))), {}, m_server->resellerToken()).status, 404);
        QCOMPARE(get(customerPath(uuidOf(own.value(u"id"))), {}, m_server->resellerToken()).status, 200);
    }

    void getCustomer_cspWithResellerId_scopedToThatRelationship()
    {
        const QJsonObject c = find([](const QJsonObject &o) { return !o.value(u"resellerId").isNull(); }, allCustomers());
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QUuid reseller = uuidOf(c.value(u"resellerId"));
        const Reply scoped = get(customerPath(customerId), {{QStringLiteral("resellerId"), id(reseller)}});
        QCOMPARE(scoped.status, 200);
        QVERIFY(scoped.object().value(u"customerAssociations").isNull());
        QVERIFY(!scoped.object().value(u"internalIdentifier").toString().startsWith(u"ERP-"));
        QUuid otherReseller;
        for (const QUuid &r : m_server->resellerIds())
            if (r != reseller)
                otherReseller = r;
        const Reply none = get(customerPath(customerId), {{QStringLiteral("resellerId"), id(otherReseller)}});
        QCOMPARE(none.status, 403);
        QVERIFY(none.body.isEmpty());
        const Reply bad = get(customerPath(customerId), {{QStringLiteral("resellerId"), QStringLiteral("nope")}});
        QVERIFY2(validationProblem(bad, QStringLiteral("ResellerId")).isEmpty(), qPrintable(bad.describe()));
    }

    void getCustomer_resellerToken_hidesCspOnlyData()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        // A customer of this reseller that also buys a product straight from the CSP.
        QJsonObject csp;
        QJsonObject asReseller;
        for (const QJsonValue &v : allCustomers({{QStringLiteral("resellerId"), id(reseller)}})) {
            const QJsonObject r = customer(uuidOf(v.toObject().value(u"id")), m_server->resellerToken());
            if (r.value(u"providerCustomers").toObject().size() < v.toObject().value(u"providerCustomers").toObject().size()) {
                csp = v.toObject();
                asReseller = r;
                break;
            }
        }
        QVERIFY2(!csp.isEmpty(), "the default tenant has a reseller customer with a CSP-direct provider customer");
        QVERIFY(!csp.value(u"customerAssociations").toArray().isEmpty());
        QCOMPARE(uuidOf(csp.value(u"customerAssociations").toArray().at(0).toObject().value(u"resellerId")), reseller);
        QVERIFY(asReseller.value(u"customerAssociations").isNull());
        const QJsonObject own = asReseller.value(u"providerCustomers").toObject();
        for (auto it = own.begin(); it != own.end(); ++it)
            QCOMPARE(it.value(), csp.value(u"providerCustomers").toObject().value(it.key()));
        for (const char *name : {"id", "companyName", "email", "domain", "resellerId", "isDeleted", "createdDate"})
            QCOMPARE(asReseller.value(QLatin1StringView(name)), csp.value(QLatin1StringView(name)));
    }

    // ----- relationship acceptance link ----------------------------------------------------------

    void relationshipLink_microsoftInstance_adminPortalLink()
    {
        const QUuid instance = instanceOf(QStringLiteral("Microsoft"));
        QString partnerId;
        for (const QJsonValue &v : instances())
            if (uuidOf(v.toObject().value(u"id")) == instance)
                partnerId = v.toObject().value(u"instanceProviderId").toString();
        const Reply r = get(QStringLiteral("/v1/Customers/relationship-acceptance"), {{QStringLiteral("providerInstanceId"), id(instance)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, JsonUtf8);
        QCOMPARE(r.jsonString(), u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=" % partnerId %
                                     u"&msppId=0&DAP=true#/BillingAccounts/partner-invitation");
    }

    void relationshipLink_withReseller_indirectResellerLink()
    {
        const QUuid instance = instanceOf(QStringLiteral("Microsoft"));
        const QUuid reseller = m_server->resellerIds().at(2);
        const Reply csp = get(QStringLiteral("/v1/Customers/relationship-acceptance"),
                              {{QStringLiteral("providerInstanceId"), id(instance)}, {QStringLiteral("resellerId"), id(reseller)}});
        QCOMPARE(csp.status, 200);
        QVERIFY2(csp.jsonString().contains(u"indirectCSPId=" % id(reseller)), qPrintable(csp.jsonString()));
        QVERIFY(QUrl(csp.jsonString(), QUrl::StrictMode).isValid());
        QVERIFY(csp.jsonString().startsWith(u"https://"));
        // A reseller's link names its own reseller without being told.
        const Reply own = get(QStringLiteral("/v1/Customers/relationship-acceptance"), {{QStringLiteral("providerInstanceId"), id(instance)}},
                              m_server->resellerToken());
        QCOMPARE(own.status, 200);
        QVERIFY(own.jsonString().contains(u"indirectCSPId=" % id(m_server->resellerIdOfResellerClient())));
    }

    void relationshipLink_unknownInstance_404()
    {
        const Reply r = get(QStringLiteral("/v1/Customers/relationship-acceptance"), {{QStringLiteral("providerInstanceId"), id(QUuid::createUuid())}});
        QVERIFY2(envelopeProblem(r, 404).isEmpty(), qPrintable(envelopeProblem(r, 404)));
    }

    void relationshipLink_missingOrMalformedInstance_400ProviderInstanceId()
    {
        const Reply missing = get(QStringLiteral("/v1/Customers/relationship-acceptance"));
        QVERIFY2(validationProblem(missing, QStringLiteral("ProviderInstanceId")).isEmpty(), qPrintable(missing.describe()));
        const Reply malformed = get(QStringLiteral("/v1/Customers/relationship-acceptance"), {{QStringLiteral("providerInstanceId"), QStringLiteral("ms")}});
        QVERIFY2(validationProblem(malformed, QStringLiteral("ProviderInstanceId")).isEmpty(), qPrintable(malformed.describe()));
    }

    // ----- add a provider instance ---------------------------------------------------------------

private:
    // A customer without that instance (and, for the reseller cases, of that reseller).
    QJsonObject customerWithout(const QUuid &instance, const QUuid &reseller = {}, bool anyReseller = true)
    {
        return find([&](const QJsonObject &c) {
            return !hasInstance(c, instance) && (anyReseller || uuidOf(c.value(u"resellerId")) == reseller);
        }, allCustomers());
    }

private Q_SLOTS:
    void addProviderInstance_microsoft_201AndStoredForNextRead()
    {
        const QUuid instance = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("License"));
        const QJsonObject c = customerWithout(instance);
        QVERIFY(!c.isEmpty());
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString data = QStringLiteral("{\"Domain\":\"freshcontoso\",\"CredentialsEmail\":\"admin@example.com\",\"KeepPrimaryInformation\":true}");
        const QString body = u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":" % quoted(data) %
                             u",\"margin\":" % margin(12.5, QStringLiteral("Markup")) % u",\"offerTypeMargins\":{\"License\":" %
                             margin(7, QStringLiteral("Margin")) % u",\"AzurePlan\":" % margin(3, QStringLiteral("ErpMinusDiscount")) % u"}}";
        const QByteArray cid = "0b6f8a3e-64c2-4f5d-9e1b-7a2c3d4e5f60";
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")), body, {}, {}, cid);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.contentType, JsonUtf8);
        const QString providerCustomerId = r.jsonString();
        QVERIFY(!providerCustomerId.isEmpty());
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 1);

        const QJsonObject after = customer(customerId);
        const QJsonObject pc = after.value(u"providerCustomers").toObject().value(id(instance)).toObject();
        QCOMPARE(uuidOf(pc.value(u"providerInstanceId")), instance);
        QCOMPARE(pc.value(u"providerCustomerId").toString(), providerCustomerId);
        QCOMPARE(providerData(after, instance).value(u"Domain").toString(), QStringLiteral("freshcontoso"));
        QCOMPARE(pc.value(u"margin").toObject().value(u"value").toDouble(), 12.5);
        QCOMPARE(pc.value(u"margin").toObject().value(u"marginRule").toObject().value(u"name").toString(), QStringLiteral("Markup"));
        const QJsonObject otm = pc.value(u"offerTypeMargins").toObject();
        QCOMPARE(otm.size(), 2);
        QCOMPARE(otm.value(u"License").toObject().value(u"value").toDouble(), 7.0);
        QCOMPARE(otm.value(u"AzurePlan").toObject().value(u"marginRule").toObject().value(u"name").toString(), QStringLiteral("ErpMinusDiscount"));
        QCOMPARE(QJsonDocument::fromJson(m_server->customerJson(customerId)).object(), after);
        // The list shows the write too (the cached page is rebuilt).
        bool listed = false;
        for (const QJsonValue &v : allCustomers())
            listed = listed || (uuidOf(v.toObject().value(u"id")) == customerId && hasInstance(v.toObject(), instance));
        QVERIFY(listed);
        // And the new provider customer id is searchable.
        const Reply search = get(QStringLiteral("/v1/Customers"), {{QStringLiteral("searchField"), QStringLiteral("ProviderCustomerId")},
                                                                   {QStringLiteral("searchValue"), providerCustomerId}});
        QCOMPARE(search.items().size(), 1);
        QCOMPARE(uuidOf(search.items().at(0).toObject().value(u"id")), customerId);
    }

    void addProviderInstance_nonMicrosoftWithoutData_201()
    {
        const QUuid instance = instanceOf(QStringLiteral("Acronis"));
        const QJsonObject c = customerWithout(instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":null,\"margin\":" %
                                  margin(10, QStringLiteral("SplitMargin")) % u"}");
        QCOMPARE(r.status, 201);
        QVERIFY(hasInstance(customer(customerId), instance));
    }

    void addProviderInstance_pascalCaseNamesAndLowerCaseRule_accepted()
    {
        // The contract's own request example: PascalCase properties, rule name in lower case.
        const QUuid instance = instanceOf(QStringLiteral("Adobe"));
        const QJsonObject c = customerWithout(instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString body = u"{\"ProviderInstanceId\":\"" % id(instance) %
                             u"\",\"ProviderCustomerData\":\"{}\",\"Margin\":{\"Value\":10,\"MarginRule\":{\"Name\":\"markup\"}},"
                             u"\"OfferTypeMargins\":{\"license\":{\"VALUE\":4,\"marginrule\":{\"name\":\"SPLITMARGIN\"}}},\"Ignored\":true}";
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")), body);
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        const QJsonObject pc = customer(customerId).value(u"providerCustomers").toObject().value(id(instance)).toObject();
        // Stored in the documented spelling.
        QCOMPARE(pc.value(u"margin").toObject().value(u"marginRule").toObject().value(u"name").toString(), QStringLiteral("Markup"));
        QCOMPARE(pc.value(u"offerTypeMargins").toObject().value(u"License").toObject().value(u"marginRule").toObject().value(u"name").toString(),
                 QStringLiteral("SplitMargin"));
    }

    void addProviderInstance_invalidBody_400WithPropertyPath_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("property");
        // %1: a Microsoft instance selling License and AzurePlan; the customer does not have it.
        const QString ms = QStringLiteral("\"providerInstanceId\":\"%1\",\"providerCustomerData\":\"{\\\"Domain\\\":\\\"brandnew42\\\"}\"");
        QTest::newRow("not json") << QStringLiteral("{\"providerInstanceId\":") << QStringLiteral("$");
        QTest::newRow("array body") << QStringLiteral("[]") << QStringLiteral("$");
        QTest::newRow("no instance") << QStringLiteral("{\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}") << QStringLiteral("ProviderInstanceId");
        QTest::newRow("instance not a uuid") << QStringLiteral("{\"providerInstanceId\":\"ms\",\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}") << QStringLiteral("ProviderInstanceId");
        QTest::newRow("no margin") << u'{' % ms % u'}' << QStringLiteral("Margin");
        QTest::newRow("margin value text") << u'{' % ms % u",\"margin\":{\"value\":\"ten\",\"marginRule\":{\"name\":\"Markup\"}}}" << QStringLiteral("Margin.Value");
        QTest::newRow("unknown rule") << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Discount")) % u'}' << QStringLiteral("Margin.MarginRule.Name");
        QTest::newRow("no rule") << u'{' % ms % u",\"margin\":{\"value\":5}}" << QStringLiteral("Margin.MarginRule.Name");
        QTest::newRow("margin 100") << u'{' % ms % u",\"margin\":" % margin(100, QStringLiteral("Margin")) % u'}' << QStringLiteral("Margin.Value");
        QTest::newRow("erp minus discount 100") << u'{' % ms % u",\"margin\":" % margin(100, QStringLiteral("ErpMinusDiscount")) % u'}' << QStringLiteral("Margin.Value");
        QTest::newRow("split margin 200") << u'{' % ms % u",\"margin\":" % margin(200, QStringLiteral("SplitMargin")) % u'}' << QStringLiteral("Margin.Value");
        QTest::newRow("markup 1000.5") << u'{' % ms % u",\"margin\":" % margin(1000.5, QStringLiteral("Markup")) % u'}' << QStringLiteral("Margin.Value");
        QTest::newRow("markup 999.5") << u'{' % ms % u",\"margin\":" % margin(999.5, QStringLiteral("Markup")) % u'}' << QStringLiteral("Margin.Value");
        QTest::newRow("below 0") << u'{' % ms % u",\"margin\":" % margin(-0.5, QStringLiteral("Markup")) % u'}' << QStringLiteral("Margin.Value");
        QTest::newRow("offer type value") << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Markup")) %
                                                 u",\"offerTypeMargins\":{\"License\":" % margin(150, QStringLiteral("Margin")) % u"}}"
                                          << QStringLiteral("OfferTypeMargins[License].Value");
        QTest::newRow("offer type rule") << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Markup")) %
                                                u",\"offerTypeMargins\":{\"AzurePlan\":" % margin(5, QStringLiteral("Bonus")) % u"}}"
                                         << QStringLiteral("OfferTypeMargins[AzurePlan].MarginRule.Name");
        QTest::newRow("unknown offer type") << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Markup")) %
                                                   u",\"offerTypeMargins\":{\"Foo\":" % margin(5, QStringLiteral("Markup")) % u"}}"
                                            << QStringLiteral("OfferTypeMargins[Foo]");
        QTest::newRow("offer type markup above 50") << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Markup")) %
                                                           u",\"offerTypeMargins\":{\"License\":" % margin(51, QStringLiteral("Markup")) % u"}}"
                                                    << QStringLiteral("OfferTypeMargins[License].Value");
        QTest::newRow("data not json") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":\"{Domain:\",\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
                                       << QStringLiteral("ProviderCustomerData");
        QTest::newRow("data an object") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":{\"Domain\":\"x\"},\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
                                        << QStringLiteral("ProviderCustomerData");
        QTest::newRow("microsoft without domain") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":\"{\\\"Language\\\":\\\"pt\\\"}\",\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
                                                  << QStringLiteral("ProviderCustomerData.Domain");
        QTest::newRow("microsoft without data") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":null,\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
                                                << QStringLiteral("ProviderCustomerData.Domain");
        QTest::newRow("domain with spaces") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":\"{\\\"Domain\\\":\\\"my shop\\\"}\",\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
                                            << QStringLiteral("ProviderCustomerData.Domain");
    }

    void addProviderInstance_invalidBody_400WithPropertyPath()
    {
        QFETCH(QString, body);
        QFETCH(QString, property);
        const QUuid instance = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("AzurePlan"));
        const QJsonObject c = customerWithout(instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QByteArray before = m_server->customerJson(customerId);
        if (body.contains(u"%1"))
            body = body.arg(id(instance));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")), body);
        QVERIFY2(validationProblem(r, property).isEmpty(), qPrintable(validationProblem(r, property)));
        QCOMPARE(m_server->customerJson(customerId), before);
    }

    void addProviderInstance_severalProblems_allReportedAtOnce()
    {
        const QUuid instance = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("AzurePlan"));
        const QUuid customerId = uuidOf(customerWithout(instance).value(u"id"));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":\"{}\",\"margin\":{\"value\":\"x\",\"marginRule\":{\"name\":\"y\"}},"
                                  u"\"offerTypeMargins\":{\"Foo\":" % margin(1, QStringLiteral("Markup")) % u"}}");
        QCOMPARE(r.status, 400);
        const QStringList properties = r.errorProperties();
        for (const char *p : {"Margin.Value", "Margin.MarginRule.Name", "OfferTypeMargins[Foo]", "ProviderCustomerData.Domain"})
            QVERIFY2(properties.contains(QLatin1StringView(p)), qPrintable(properties.join(u", ")));
        QCOMPARE(QSet<QString>(properties.begin(), properties.end()).size(), properties.size());
    }

    void addProviderInstance_alreadyAdded_400ProviderInstanceId()
    {
        const QUuid instance = instanceOf(QStringLiteral("Adobe"));
        const QJsonObject c = find([&](const QJsonObject &o) { return hasInstance(o, instance); }, allCustomers());
        QVERIFY(!c.isEmpty());
        const QUuid customerId = uuidOf(c.value(u"id"));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                                  margin(10, QStringLiteral("Markup")) % u'}');
        QVERIFY2(validationProblem(r, QStringLiteral("ProviderInstanceId")).isEmpty(), qPrintable(r.describe()));
    }

    void addProviderInstance_domainTaken_400ProviderCustomerDataDomain_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("as stored") << 0;
        QTest::newRow("upper case") << 1;
        QTest::newRow("with .onmicrosoft.com") << 2;
        QTest::newRow("added moments ago") << 3;
    }

    void addProviderInstance_domainTaken_400ProviderCustomerDataDomain()
    {
        QFETCH(int, variant);
        const QUuid direct = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("License"));
        const QUuid legacy = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("LicenseLegacy"));
        const QJsonArray all = allCustomers();
        const QJsonObject owner = find([&](const QJsonObject &o) { return hasInstance(o, direct); }, all);
        QString domain = providerData(owner, direct).value(u"Domain").toString();
        QVERIFY(!domain.isEmpty());
        const QJsonObject other = find([&](const QJsonObject &o) { return !hasInstance(o, legacy) && o.value(u"id") != owner.value(u"id"); }, all);
        QVERIFY(!other.isEmpty());
        if (variant == 1)
            domain = domain.toUpper();
        if (variant == 2)
            domain += QStringLiteral(".onmicrosoft.com");
        const auto add = [&](const QJsonObject &customerObject, const QUuid &instance) {
            return write("POST", customerPath(uuidOf(customerObject.value(u"id")), QStringLiteral("provider-instances")),
                         u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":" %
                             quoted(u"{\"Domain\":\"" % domain % u"\"}") % u",\"margin\":" % margin(10, QStringLiteral("Markup")) % u'}');
        };
        if (variant == 3) {
            domain = QStringLiteral("justadded");
            const QJsonObject first = find([&](const QJsonObject &o) { return !hasInstance(o, direct) && o.value(u"id") != other.value(u"id"); }, all);
            QCOMPARE(add(first, direct).status, 201);
        }
        const Reply r = add(other, legacy);
        QVERIFY2(validationProblem(r, QStringLiteral("ProviderCustomerData.Domain")).isEmpty(), qPrintable(r.describe()));
        QVERIFY(r.object().value(u"errors").toArray().at(0).toObject().value(u"description").toArray().at(0).toString().contains(u"already taken"));
    }

    void addProviderInstance_offerTypeNotSoldByInstance_400ThatKey()
    {
        // AzurePlan is a documented offer type, but the legacy Microsoft instance does not sell it.
        const QUuid legacy = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("LicenseLegacy"));
        const QUuid customerId = uuidOf(customerWithout(legacy).value(u"id"));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(legacy) % u"\",\"providerCustomerData\":\"{\\\"Domain\\\":\\\"legacyonly1\\\"}\",\"margin\":" %
                                  margin(10, QStringLiteral("Markup")) % u",\"offerTypeMargins\":{\"LicenseLegacy\":" % margin(5, QStringLiteral("Markup")) %
                                  u",\"azureplan\":" % margin(5, QStringLiteral("Markup")) % u"}}");
        QVERIFY2(validationProblem(r, QStringLiteral("OfferTypeMargins[AzurePlan]")).isEmpty(), qPrintable(r.describe()));
        QVERIFY(!r.errorProperties().contains(u"OfferTypeMargins[LicenseLegacy]"));
    }

    void addProviderInstance_unknownInstanceOrCustomer_404()
    {
        const QUuid customerId = m_server->customerIds().first();
        const Reply unknownInstance = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                                            u"{\"providerInstanceId\":\"" % id(QUuid::createUuid()) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                                                margin(10, QStringLiteral("Markup")) % u'}');
        QVERIFY2(envelopeProblem(unknownInstance, 404).isEmpty(), qPrintable(unknownInstance.describe()));
        const Reply unknownCustomer = write("POST", customerPath(QUuid::createUuid(), QStringLiteral("provider-instances")),
                                            u"{\"providerInstanceId\":\"" % id(instanceOf(QStringLiteral("Adobe"))) %
                                                u"\",\"providerCustomerData\":\"{}\",\"margin\":" % margin(10, QStringLiteral("Markup")) % u'}');
        QVERIFY2(envelopeProblem(unknownCustomer, 404).isEmpty(), qPrintable(unknownCustomer.describe()));
    }

    void addProviderInstance_resellerTokenWithResellerId_403()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QUuid instance = instanceOf(QStringLiteral("Acronis"));
        const QUuid customerId = uuidOf(customerWithout(instance, reseller, false).value(u"id"));
        QVERIFY(!customerId.isNull());
        const QByteArray before = m_server->customerJson(customerId);
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                                  margin(10, QStringLiteral("Markup")) % u'}',
                              m_server->resellerToken(), {{QStringLiteral("resellerId"), id(reseller)}});
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_server->customerJson(customerId), before);
    }

    void addProviderInstance_byRelationship_visibleOnlyToItsOwner()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QUuid acronis = instanceOf(QStringLiteral("Acronis"));
        const QUuid adobe = instanceOf(QStringLiteral("Adobe"));
        const QJsonObject c = find([&](const QJsonObject &o) {
            return uuidOf(o.value(u"resellerId")) == reseller && !hasInstance(o, acronis) && !hasInstance(o, adobe);
        }, allCustomers());
        QVERIFY(!c.isEmpty());
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString path = customerPath(customerId, QStringLiteral("provider-instances"));
        // The CSP adds Acronis to the reseller's relationship, and Adobe to its own.
        QCOMPARE(write("POST", path, u"{\"providerInstanceId\":\"" % id(acronis) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                                         margin(10, QStringLiteral("Markup")) % u'}', {}, {{QStringLiteral("resellerId"), id(reseller)}}).status, 201);
        QCOMPARE(write("POST", path, u"{\"providerInstanceId\":\"" % id(adobe) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                                         margin(10, QStringLiteral("Markup")) % u'}').status, 201);
        const QJsonObject asCsp = customer(customerId);
        QVERIFY(hasInstance(asCsp, acronis) && hasInstance(asCsp, adobe));
        const QJsonObject asReseller = customer(customerId, m_server->resellerToken());
        QVERIFY(hasInstance(asReseller, acronis));
        QVERIFY(!hasInstance(asReseller, adobe));
        // A reseller relationship the customer does not have.
        QUuid otherReseller;
        for (const QUuid &r : m_server->resellerIds())
            if (r != reseller)
                otherReseller = r;
        const QUuid legacy = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("LicenseLegacy"));
        const Reply wrong = write("POST", path, u"{\"providerInstanceId\":\"" % id(legacy) % u"\",\"providerCustomerData\":\"{\\\"Domain\\\":\\\"nobodyhas1\\\"}\",\"margin\":" %
                                                    margin(10, QStringLiteral("Markup")) % u'}', {}, {{QStringLiteral("resellerId"), id(otherReseller)}});
        QVERIFY2(validationProblem(wrong, QStringLiteral("ResellerId")).isEmpty(), qPrintable(wrong.describe()));
    }

    void addProviderInstance_asReseller_addedToItsRelationship()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QUuid acronis = instanceOf(QStringLiteral("Acronis"));
        const QUuid customerId = uuidOf(customerWithout(acronis, reseller, false).value(u"id"));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(acronis) % u"\",\"providerCustomerData\":null,\"margin\":" %
                                  margin(15, QStringLiteral("Margin")) % u'}', m_server->resellerToken());
        QCOMPARE(r.status, 201);
        QVERIFY(hasInstance(customer(customerId, m_server->resellerToken()), acronis));
        QVERIFY(hasInstance(customer(customerId), acronis));
    }

    // ----- Microsoft Customer Agreement ----------------------------------------------------------

private:
    QJsonObject microsoftCustomer(QUuid *instance, bool ofResellerClient = false)
    {
        *instance = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("License"));
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        return find([&](const QJsonObject &o) {
            return hasInstance(o, *instance) && (!ofResellerClient || uuidOf(o.value(u"resellerId")) == reseller);
        }, allCustomers());
    }

    QString agreementDateAfterCreation(const QJsonObject &customerObject, int days = 3)
    {
        return QDateTime::fromString(customerObject.value(u"createdDate").toString(), Qt::ISODate).addDays(days).toString(Qt::ISODate);
    }

private Q_SLOTS:
    void mca_keepPrimary_200EmptyBodyAndStored()
    {
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString date = agreementDateAfterCreation(c);
        const QByteArray cid = "4a1b2c3d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
        const Reply r = write("PATCH", customerPath(customerId, QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"agreementDate\":\"" % date % u"\",\"keepPrimaryInformation\":true}",
                              {}, {}, cid);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.correlationId, cid);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 1);
        const QJsonObject data = providerData(customer(customerId), instance);
        QCOMPARE(data.value(u"AcceptedMCA").toBool(), true);
        QCOMPARE(QDateTime::fromString(data.value(u"AgreementDate").toString(), Qt::ISODate),
                 QDateTime::fromString(date, Qt::ISODate));
        QCOMPARE(data.value(u"KeepPrimaryInformation").toBool(), true);
        QCOMPARE(providerData(QJsonDocument::fromJson(m_server->customerJson(customerId)).object(), instance), data);
    }

    void mca_ownContact_contactStored()
    {
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance, true);
        const QUuid customerId = uuidOf(c.value(u"id"));
        // Lower-case and PascalCase names alike, as a reseller.
        const Reply r = write("PATCH", customerPath(customerId, QStringLiteral("microsoft-customer-agreement")),
                              u"{\"ProviderInstanceId\":\"" % id(instance) % u"\",\"AgreementDate\":\"" % agreementDateAfterCreation(c, 1) %
                                  u"\",\"keepprimaryinformation\":false,\"FirstName\":\"Inês\",\"lastName\":\"Álvares\","
                                  u"\"EMAIL\":\"ines@example.pt\",\"phone\":\"+351 912 345 678\"}",
                              m_server->resellerToken());
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonObject data = providerData(customer(customerId), instance);
        QCOMPARE(data.value(u"KeepPrimaryInformation").toBool(true), false);
        QCOMPARE(data.value(u"FirstName").toString(), QStringLiteral("Inês"));
        QCOMPARE(data.value(u"LastName").toString(), QStringLiteral("Álvares"));
        QCOMPARE(data.value(u"Email").toString(), QStringLiteral("ines@example.pt"));
        QCOMPARE(data.value(u"Phone").toString(), QStringLiteral("+351 912 345 678"));
    }

    void mca_invalidBody_400WithProperty_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("property");
        // %1 instance, %2 a valid agreement date.
        QTest::newRow("not json") << QStringLiteral("agreement") << QStringLiteral("$");
        QTest::newRow("no instance") << QStringLiteral("{\"agreementDate\":\"%2\",\"keepPrimaryInformation\":true}") << QStringLiteral("ProviderInstanceId");
        QTest::newRow("no date") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"keepPrimaryInformation\":true}") << QStringLiteral("AgreementDate");
        QTest::newRow("bad date") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"yesterday\",\"keepPrimaryInformation\":true}") << QStringLiteral("AgreementDate");
        QTest::newRow("future date") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"2999-01-01T00:00:00Z\",\"keepPrimaryInformation\":true}") << QStringLiteral("AgreementDate");
        QTest::newRow("no keep flag") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\"}") << QStringLiteral("KeepPrimaryInformation");
        for (const char *field : {"FirstName", "LastName", "Email", "Phone"})
            QTest::newRow(qPrintable(u"missing " % QLatin1StringView(field)))
                << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\",\"keepPrimaryInformation\":false,\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"phone\":\"123\"}")
                       .replace(QRegularExpression(u",\"" % QLatin1StringView(field).toString().toLower() % u"\":\"[^\"]*\"",
                                                   QRegularExpression::CaseInsensitiveOption), QString())
                << QString::fromLatin1(field);
        QTest::newRow("bad email") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\",\"keepPrimaryInformation\":false,\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"not-an-email\",\"phone\":\"123\"}")
                                   << QStringLiteral("Email");
        QTest::newRow("phone 31") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\",\"keepPrimaryInformation\":false,\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"phone\":\"1234567890123456789012345678901\"}")
                                  << QStringLiteral("Phone");
        QTest::newRow("first name 256") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\",\"keepPrimaryInformation\":false,\"firstName\":\"") % QString(256, u'x') %
                                               QStringLiteral("\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"phone\":\"123\"}")
                                        << QStringLiteral("FirstName");
    }

    void mca_invalidBody_400WithProperty()
    {
        QFETCH(QString, body);
        QFETCH(QString, property);
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QByteArray before = m_server->customerJson(customerId);
        body.replace(QStringLiteral("%1"), id(instance)).replace(QStringLiteral("%2"), agreementDateAfterCreation(c));
        const Reply r = write("PATCH", customerPath(customerId, QStringLiteral("microsoft-customer-agreement")), body);
        QVERIFY2(validationProblem(r, property).isEmpty(), qPrintable(validationProblem(r, property)));
        QCOMPARE(m_server->customerJson(customerId), before);
    }

    void mca_keepPrimaryWithoutContact_accepted()
    {
        // Contact fields are only required when the primary contact is not kept.
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const Reply r = write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"agreementDate\":\"" %
                                  agreementDateAfterCreation(c).left(10) % u"\",\"keepPrimaryInformation\":true,\"firstName\":null}");
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
    }

    void mca_beforeCustomerCreated_400AgreementDate()
    {
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const Reply r = write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"agreementDate\":\"" % agreementDateAfterCreation(c, -1) %
                                  u"\",\"keepPrimaryInformation\":true}");
        QVERIFY2(validationProblem(r, QStringLiteral("AgreementDate")).isEmpty(), qPrintable(r.describe()));
    }

    void mca_nonMicrosoftInstance_400ProviderInstanceId()
    {
        const QUuid adobe = instanceOf(QStringLiteral("Adobe"));
        const QJsonObject c = find([&](const QJsonObject &o) { return hasInstance(o, adobe); }, allCustomers());
        const Reply r = write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(adobe) % u"\",\"agreementDate\":\"" % agreementDateAfterCreation(c) %
                                  u"\",\"keepPrimaryInformation\":true}");
        QVERIFY2(validationProblem(r, QStringLiteral("ProviderInstanceId")).isEmpty(), qPrintable(r.describe()));
    }

    void mca_microsoftInstanceCustomerLacks_400ProviderInstanceId()
    {
        const QUuid legacy = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("LicenseLegacy"));
        const QJsonObject c = customerWithout(legacy);
        const Reply r = write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(legacy) % u"\",\"agreementDate\":\"" % agreementDateAfterCreation(c) %
                                  u"\",\"keepPrimaryInformation\":true}");
        QVERIFY2(validationProblem(r, QStringLiteral("ProviderInstanceId")).isEmpty(), qPrintable(r.describe()));
    }

    void mca_unknownInstance_404()
    {
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const Reply r = write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(QUuid::createUuid()) % u"\",\"agreementDate\":\"" % agreementDateAfterCreation(c) %
                                  u"\",\"keepPrimaryInformation\":true}");
        QVERIFY2(envelopeProblem(r, 404).isEmpty(), qPrintable(r.describe()));
    }

    // ----- internal identifier -------------------------------------------------------------------

private:
    Reply setInternalIdentifier(const QUuid &customerId, const QString &json, const std::optional<QString> &token = {},
                                const QByteArray &cid = {})
    {
        return write("PATCH", customerPath(customerId, QStringLiteral("internal-identifier")), json, token, {}, cid);
    }

private Q_SLOTS:
    void internalIdentifier_set_204AndVisibleOnNextRead()
    {
        const QUuid customerId = m_server->customerIds().at(11);
        const QByteArray cid = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
        const Reply r = setInternalIdentifier(customerId, QStringLiteral("{\"internalIdentifier\":\"  ACME-0001  \"}"), {}, cid);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 1);
        QCOMPARE(customer(customerId).value(u"internalIdentifier").toString(), QStringLiteral("ACME-0001"));
        const Reply search = get(QStringLiteral("/v1/Customers"), {{QStringLiteral("searchField"), QStringLiteral("InternalIdentifier")},
                                                                   {QStringLiteral("searchValue"), QStringLiteral("acme-0001")}});
        QCOMPARE(search.items().size(), 1);
        QCOMPARE(uuidOf(search.items().at(0).toObject().value(u"id")), customerId);
    }

    void internalIdentifier_nullOrEmpty_cleared_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("null") << QStringLiteral("{\"internalIdentifier\":null}");
        QTest::newRow("empty") << QStringLiteral("{\"internalIdentifier\":\"\"}");
        QTest::newRow("missing") << QStringLiteral("{}");
    }

    void internalIdentifier_nullOrEmpty_cleared()
    {
        QFETCH(QString, body);
        const QJsonObject c = find([](const QJsonObject &o) { return !o.value(u"internalIdentifier").isNull(); }, allCustomers());
        const QUuid customerId = uuidOf(c.value(u"id"));
        QCOMPARE(setInternalIdentifier(customerId, body).status, 204);
        QVERIFY(customer(customerId).value(u"internalIdentifier").isNull());
    }

    void internalIdentifier_usedByAnotherCustomerOfSameOwner_400()
    {
        const QJsonArray all = allCustomers();
        const QJsonObject holder = find([](const QJsonObject &o) { return o.value(u"internalIdentifier").toString().startsWith(u"ERP-"); }, all);
        const QJsonObject other = find([&](const QJsonObject &o) { return o.value(u"id") != holder.value(u"id"); }, all);
        const QString taken = holder.value(u"internalIdentifier").toString();
        const Reply r = setInternalIdentifier(uuidOf(other.value(u"id")), u"{\"internalIdentifier\":\"" % taken.toLower() % u"\"}");
        QVERIFY2(validationProblem(r, QStringLiteral("InternalIdentifier")).isEmpty(), qPrintable(r.describe()));
        QCOMPARE(customer(uuidOf(other.value(u"id"))).value(u"internalIdentifier"), other.value(u"internalIdentifier"));
        // Setting a customer's own identifier again is no conflict.
        QCOMPARE(setInternalIdentifier(uuidOf(holder.value(u"id")), u"{\"internalIdentifier\":\"" % taken % u"\"}").status, 204);
    }

    // After a change the old value is free and the new one is taken (case-insensitively, accents too).
    void internalIdentifier_changed_oldValueFreeNewOneTaken()
    {
        const QJsonArray all = allCustomers();
        const QJsonObject a = find([](const QJsonObject &o) { return o.value(u"internalIdentifier").toString().startsWith(u"ERP-"); }, all);
        const QJsonObject b = find([&](const QJsonObject &o) { return o.value(u"id") != a.value(u"id"); }, all);
        const QJsonObject c = find([&](const QJsonObject &o) { return o.value(u"id") != a.value(u"id") && o.value(u"id") != b.value(u"id"); }, all);
        const QString old = a.value(u"internalIdentifier").toString();
        QCOMPARE(setInternalIdentifier(uuidOf(b.value(u"id")), u"{\"internalIdentifier\":\"" % old % u"\"}").status, 400);
        QCOMPARE(setInternalIdentifier(uuidOf(a.value(u"id")), QStringLiteral("{\"internalIdentifier\":\"ÉLAN-ø1\"}")).status, 204);
        QCOMPARE(setInternalIdentifier(uuidOf(b.value(u"id")), u"{\"internalIdentifier\":\"" % old % u"\"}").status, 204);
        const Reply clash = setInternalIdentifier(uuidOf(c.value(u"id")), QStringLiteral("{\"internalIdentifier\":\"élan-Ø1\"}"));
        QVERIFY2(validationProblem(clash, QStringLiteral("InternalIdentifier")).isEmpty(), qPrintable(clash.describe()));
        // Cleared: free again.
        QCOMPARE(setInternalIdentifier(uuidOf(a.value(u"id")), QStringLiteral("{\"internalIdentifier\":null}")).status, 204);
        QCOMPARE(setInternalIdentifier(uuidOf(c.value(u"id")), QStringLiteral("{\"internalIdentifier\":\"élan-Ø1\"}")).status, 204);
    }

    void internalIdentifier_sameValueInAnotherRelationship_allowed()
    {
        // The CSP's ERP-… identifiers and a reseller's identifiers are separate namespaces.
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QJsonArray all = allCustomers();
        const QString cspValue = find([](const QJsonObject &o) { return o.value(u"internalIdentifier").toString().startsWith(u"ERP-"); }, all)
                                     .value(u"internalIdentifier").toString();
        const QJsonObject own = find([&](const QJsonObject &o) { return uuidOf(o.value(u"resellerId")) == reseller; }, all);
        const QUuid customerId = uuidOf(own.value(u"id"));
        const Reply r = setInternalIdentifier(customerId, u"{\"internalIdentifier\":\"" % cspValue % u"\"}", m_server->resellerToken());
        QVERIFY2(r.status == 204, qPrintable(r.describe()));
        QCOMPARE(customer(customerId, m_server->resellerToken()).value(u"internalIdentifier").toString(), cspValue);
        // The CSP's own identifier of that customer is untouched.
        QCOMPARE(customer(customerId).value(u"internalIdentifier"), own.value(u"internalIdentifier"));
        // A second customer of the same reseller cannot take it.
        const QJsonObject second = find([&](const QJsonObject &o) {
            return uuidOf(o.value(u"resellerId")) == reseller && uuidOf(o.value(u"id")) != customerId;
        }, all);
        const Reply clash = setInternalIdentifier(uuidOf(second.value(u"id")), u"{\"internalIdentifier\":\"" % cspValue % u"\"}",
                                                  m_server->resellerToken());
        QVERIFY2(validationProblem(clash, QStringLiteral("InternalIdentifier")).isEmpty(), qPrintable(clash.describe()));
    }

    void internalIdentifier_cspWithResellerId_setsResellerRelationship()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QJsonObject own = find([&](const QJsonObject &o) { return uuidOf(o.value(u"resellerId")) == reseller; }, allCustomers());
        const QUuid customerId = uuidOf(own.value(u"id"));
        const Reply r = setInternalIdentifier(customerId, u"{\"internalIdentifier\":\"RES-77\",\"ResellerId\":\"" % id(reseller) % u"\"}");
        QCOMPARE(r.status, 204);
        QCOMPARE(customer(customerId, m_server->resellerToken()).value(u"internalIdentifier").toString(), QStringLiteral("RES-77"));
        QCOMPARE(customer(customerId, {}, {{QStringLiteral("resellerId"), id(reseller)}}).value(u"internalIdentifier").toString(),
                 QStringLiteral("RES-77"));
        QCOMPARE(customer(customerId).value(u"internalIdentifier"), own.value(u"internalIdentifier"));
        // null resellerId: the caller's own (the CSP's) relationship.
        QCOMPARE(setInternalIdentifier(customerId, QStringLiteral("{\"internalIdentifier\":\"CSP-77\",\"resellerId\":null}")).status, 204);
        QCOMPARE(customer(customerId).value(u"internalIdentifier").toString(), QStringLiteral("CSP-77"));
        QCOMPARE(customer(customerId, m_server->resellerToken()).value(u"internalIdentifier").toString(), QStringLiteral("RES-77"));
    }

    void internalIdentifier_forbiddenRelationship_403Or400()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QJsonArray all = allCustomers();
        const QJsonObject own = find([&](const QJsonObject &o) { return uuidOf(o.value(u"resellerId")) == reseller; }, all);
        QUuid otherReseller;
        for (const QUuid &r : m_server->resellerIds())
            if (r != reseller)
                otherReseller = r;
        // A reseller naming another reseller's relationship.
        const Reply forbidden = setInternalIdentifier(uuidOf(own.value(u"id")), u"{\"internalIdentifier\":\"X\",\"resellerId\":\"" % id(otherReseller) % u"\"}",
                                                      m_server->resellerToken());
        QCOMPARE(forbidden.status, 403);
        QVERIFY(forbidden.body.isEmpty());
        // The CSP naming a relationship the customer does not have.
        const Reply none = setInternalIdentifier(uuidOf(own.value(u"id")), u"{\"internalIdentifier\":\"X\",\"resellerId\":\"" % id(otherReseller) % u"\"}");
        QVERIFY2(validationProblem(none, QStringLiteral("ResellerId")).isEmpty(), qPrintable(none.describe()));
        // A reseller writing to a customer it does not see.
        const QJsonObject foreign = find([](const QJsonObject &o) { return o.value(u"resellerId").isNull(); }, all);
        QCOMPARE(setInternalIdentifier(uuidOf(foreign.value(u"id")), QStringLiteral("{\"internalIdentifier\":\"X\"}"), m_server->resellerToken()).status, 404);
    }

    void internalIdentifier_invalidBody_400WithProperty_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("property");
        QTest::newRow("not json") << QStringLiteral("ERP-1") << QStringLiteral("$");
        QTest::newRow("number") << QStringLiteral("{\"internalIdentifier\":42}") << QStringLiteral("InternalIdentifier");
        QTest::newRow("256 characters") << u"{\"internalIdentifier\":\"" % QString(256, u'7') % u"\"}" << QStringLiteral("InternalIdentifier");
        QTest::newRow("resellerId not a uuid") << QStringLiteral("{\"internalIdentifier\":\"a\",\"resellerId\":\"r\"}") << QStringLiteral("ResellerId");
    }

    void internalIdentifier_invalidBody_400WithProperty()
    {
        QFETCH(QString, body);
        QFETCH(QString, property);
        const QUuid customerId = m_server->customerIds().at(3);
        const QByteArray before = m_server->customerJson(customerId);
        const Reply r = setInternalIdentifier(customerId, body);
        QVERIFY2(validationProblem(r, property).isEmpty(), qPrintable(validationProblem(r, property)));
        QCOMPARE(m_server->customerJson(customerId), before);
    }

    void internalIdentifier_255Characters_accepted()
    {
        const QUuid customerId = m_server->customerIds().at(3);
        QCOMPARE(setInternalIdentifier(customerId, u"{\"internalIdentifier\":\"" % QString(255, u'7') % u"\"}").status, 204);
        QCOMPARE(customer(customerId).value(u"internalIdentifier").toString().size(), 255);
    }

    void internalIdentifier_malformedCustomerId_400CustomerId()
    {
        const Reply r = write("PATCH", QStringLiteral("/v1/Customers/{not-a-guid}/internal-identifier"), QStringLiteral("{\"internalIdentifier\":\"a\"}"));
        QVERIFY2(validationProblem(r, QStringLiteral("customerId")).isEmpty(), qPrintable(r.describe()));
    }

    // ----- counting --------------------------------------------------------------------------

    void requestCount_eachRequest_countedOnceAndTotalled()
    {
        const int before = m_server->totalRequestCount();
        const QByteArray a = "aaaaaaaa-0000-4000-8000-000000000001";
        const QByteArray b = "aaaaaaaa-0000-4000-8000-000000000002";
        const QUuid customerId = m_server->customerIds().first();
        QCOMPARE(setInternalIdentifier(customerId, QStringLiteral("{\"internalIdentifier\":\"COUNT-1\"}"), {}, a).status, 204);
        QCOMPARE(setInternalIdentifier(customerId, QStringLiteral("{\"internalIdentifier\":\"COUNT-2\"}"), {}, b).status, 204);
        QCOMPARE(setInternalIdentifier(customerId, QStringLiteral("{\"internalIdentifier\":\"COUNT-3\"}"), {}, b).status, 204);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(a)), 1);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(b)), 2);
        QCOMPARE(m_server->requestCount(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003")), 0);
        QCOMPARE(m_server->totalRequestCount(), before + 3);
        // A 401 is a request the server saw, too.
        Call c;
        c.path = QStringLiteral("/v1/Customers");
        c.token = QStringLiteral("x");
        c.correlationId = a;
        QCOMPARE(send(c).status, 401);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(a)), 2);
    }

    // ----- generated data ----------------------------------------------------------------------

    void generation_sameSeed_sameTenant()
    {
        SandboxOptions options;
        options.seed = 7;
        options.customerCount = 60;
        SandboxServer a(options);
        SandboxServer b(options);
        QCOMPARE(a.customerIds(), b.customerIds());
        QCOMPARE(a.resellerIds(), b.resellerIds());
        QCOMPARE(a.providerInstanceIds(), b.providerInstanceIds());
        QCOMPARE(a.customerJson(a.customerIds().first()), b.customerJson(b.customerIds().first()));
        QCOMPARE(a.customerJson(a.customerIds().last()), b.customerJson(b.customerIds().last()));
        // Secrets and signing keys are per server, though.
        QVERIFY(a.cspClientSecret() != b.cspClientSecret());
        QVERIFY(a.cspToken() != b.cspToken());
        options.seed = 8;
        SandboxServer c(options);
        QVERIFY(c.customerIds().first() != a.customerIds().first());
        // A longer tenant begins with the same customers.
        options.seed = 7;
        options.customerCount = 61;
        SandboxServer longer(options);
        QCOMPARE(longer.customerIds().first(), a.customerIds().first());
    }

    void generation_defaultTenant_realisticMix()
    {
        const QJsonArray all = allCustomers();
        QCOMPARE(all.size(), 250);
        QSet<QString> domains, countries, names, ids;
        QMap<QString, int> perReseller;
        int deleted = 0, withReseller = 0, withInternalId = 0, withProviders = 0, withOfferTypeMargins = 0;
        const QRegularExpression erp(QStringLiteral("^ERP-\\d{6}$"));
        for (const QJsonValue &v : all) {
            const QJsonObject c = v.toObject();
            domains.insert(c.value(u"domain").toString().toLower());
            countries.insert(c.value(u"country").toString());
            names.insert(c.value(u"companyName").toString());
            ids.insert(c.value(u"id").toString());
            deleted += c.value(u"isDeleted").toBool();
            if (!c.value(u"resellerId").isNull()) {
                ++withReseller;
                perReseller[c.value(u"resellerId").toString()] += 1;
            }
            if (!c.value(u"internalIdentifier").isNull()) {
                ++withInternalId;
                QVERIFY(erp.match(c.value(u"internalIdentifier").toString()).hasMatch());
            }
            const QJsonObject pcs = c.value(u"providerCustomers").toObject();
            withProviders += pcs.isEmpty() ? 0 : 1;
            for (const QJsonValue &pc : pcs)
                if (!pc.toObject().value(u"offerTypeMargins").toObject().isEmpty()) {
                    ++withOfferTypeMargins;
                    break;
                }
            QVERIFY(QDateTime::fromString(c.value(u"createdDate").toString(), Qt::ISODate) < QDateTime::currentDateTimeUtc());
        }
        QCOMPARE(domains.size(), 250);
        QCOMPARE(ids.size(), 250);
        QVERIFY2(names.size() > 200, "company names vary");
        QVERIFY2(countries.size() >= 6, qPrintable(QStringList(countries.values()).join(u',')));
        QVERIFY2(deleted >= 3 && deleted <= 30, qPrintable(QString::number(deleted)));
        QVERIFY2(withReseller >= 90 && withReseller <= 160, qPrintable(QString::number(withReseller)));
        QVERIFY(perReseller.size() >= 4 && perReseller.size() <= 6);
        QVERIFY2(withInternalId >= 150 && withInternalId <= 200, qPrintable(QString::number(withInternalId)));
        QVERIFY(withProviders > 150);
        QVERIFY(withOfferTypeMargins > 30);
        QCOMPARE(m_server->resellerIds().size(), perReseller.size());
    }

    void generation_100000Customers_pagesAndSearch()
    {
        // Generation is timed in CPU time: the machine is shared with parallel builds.
        const std::clock_t cpuStart = std::clock();
        SandboxOptions options;
        options.customerCount = 100000;
        SandboxServer big(options);
        const qint64 generated = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        QElapsedTimer timer;
        QVERIFY(big.listen());
        QCOMPARE(big.customerIds().size(), 100000);
        Call c;
        c.path = QStringLiteral("/v1/Customers");
        c.token = big.cspToken();
        c.query = {{QStringLiteral("pageSize"), QStringLiteral("2000")}, {QStringLiteral("pageNumber"), QStringLiteral("50")}};
        timer.restart();
        const Reply first = send(c, &big);
        const qint64 firstPage = timer.elapsed();
        timer.restart();
        const Reply again = send(c, &big);
        const qint64 cachedPage = timer.elapsed();
        c.query = {{QStringLiteral("pageSize"), QStringLiteral("2000")}, {QStringLiteral("searchValue"), QStringLiteral("dental")}};
        timer.restart();
        const Reply search = send(c, &big);
        const qint64 searched = timer.elapsed();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.items().size(), 2000);
        QCOMPARE(first.object().value(u"totalCount").toInt(), 100000);
        QCOMPARE(first.object().value(u"totalPages").toInt(), 50);
        QCOMPARE(first.object().value(u"hasNextPage").toBool(true), false);
        QCOMPARE(again.body, first.body);
        QCOMPARE(search.status, 200);
        QVERIFY(search.object().value(u"totalCount").toInt() > 1000);
        qInfo("100,000 customers: generated in %lld ms of CPU; page of 2000 in %lld ms cold, %lld ms cached; search in %lld ms",
              generated, firstPage, cachedPage, searched);
        // How fast is for scripts/bench (list-load, whose floor is curl against this sandbox) to say,
        // not for a timed test on a shared machine.
    }
};

QTEST_GUILESS_MAIN(TstSandboxServer)
#include "tst_sandboxserver.moc"
