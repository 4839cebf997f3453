// The sandbox's front door, on the wire: listening, the token endpoint, bearer tokens, the tenant
// header, routes and methods, correlation ids and content types, and counting requests.

#include "sandboxfixture.h"

using namespace sandboxtest;

class TstSandboxRequests : public QObject, public SandboxFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installLogCapture(); }
    void cleanupTestCase() { removeLogCapture(); }

    void init()
    {
        QString error;
        QVERIFY2(startServer(&error), qPrintable(error));
    }

    void cleanup()
    {
        const QString problem = stopServer();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
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
        const Reply r =
            requestToken(m_server->cspClientId(), m_server->cspClientSecret(), QStringLiteral("api://other/.default"));
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
        const QString forged =
            parts[0] % u'.' %
            QString::fromLatin1(QJsonDocument(claims)
                                    .toJson(QJsonDocument::Compact)
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
        QTest::newRow("other") << QStringLiteral("portal.cloudcockpit.com")
                               << QStringLiteral("The tenant 'portal.cloudcockpit.com' was not found.");
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
        QVERIFY2(validationProblem(r, QStringLiteral("X-Tenant")).isEmpty(),
                 qPrintable(validationProblem(r, QStringLiteral("X-Tenant"))));
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

    // ----- counting --------------------------------------------------------------------------

    // ----- faults ----------------------------------------------------------------------------

    // A latency fault answers from a timer: the bulk-import benchmark runs six PATCHes at a time
    // under internal-id:latency:150, and a sleeping server would serve them one after another.
    void fault_latency_delaysThatRouteWithoutHoldingUpOtherConnections()
    {
        QVERIFY(m_server->addFault(QStringLiteral("internal-id:latency:1500")));
        const QList<QUuid> ids = m_server->customerIds();
        QList<QNetworkReply *> patches;
        QStringList cids;
        QElapsedTimer sent;
        sent.start();
        for (int i = 0; i < 6; ++i) {
            QUrl url = m_server->apiUrl();
            url.setPath(customerPath(ids.at(i), QStringLiteral("internal-identifier")));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + m_server->cspToken().toLatin1());
            request.setRawHeader("X-Tenant", m_server->tenant().toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            cids << id(QUuid::createUuid());
            request.setRawHeader("X-Correlation-Id", cids.last().toLatin1());
            patches << m_nam.sendCustomRequest(request, "PATCH",
                                               "{\"internalIdentifier\":\"LAT-" + QByteArray::number(i) + "\"}");
        }
        // All six are in the server's hands at once...
        for (const QString &cid : std::as_const(cids))
            QTRY_COMPARE(m_server->requestCount(cid), 1);
        int answered = 0;
        for (QNetworkReply *r : std::as_const(patches))
            answered += r->isFinished() ? 1 : 0;
        QCOMPARE(answered, 0);
        // ...and another connection is served while they wait.
        QNetworkAccessManager other;
        QUrl url = m_server->apiUrl();
        url.setPath(customerPath(ids.at(7)));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_server->cspToken().toLatin1());
        request.setRawHeader("X-Tenant", m_server->tenant().toUtf8());
        QNetworkReply *read = other.get(request);
        QSignalSpy readDone(read, &QNetworkReply::finished);
        QVERIFY(readDone.wait(10000));
        QCOMPARE(read->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        for (QNetworkReply *r : std::as_const(patches))
            QVERIFY2(!r->isFinished(), "a PATCH was answered before its latency");
        for (QNetworkReply *r : std::as_const(patches)) {
            QSignalSpy done(r, &QNetworkReply::finished);
            QVERIFY(r->isFinished() || done.wait(10000));
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
            r->deleteLater();
        }
        QVERIFY(sent.elapsed() >= 1500);
        read->deleteLater();
        QCOMPARE(customer(ids.at(5)).value(u"internalIdentifier").toString(), QStringLiteral("LAT-5"));
    }

    void fault_internalIdLatency150_eachPatchAnsweredNoSooner()
    {
        QVERIFY(m_server->addFault(QStringLiteral("internal-id:latency:150")));
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            const Reply r = write("PATCH", customerPath(m_server->customerIds().at(i), QStringLiteral("internal-identifier")),
                                  u"{\"internalIdentifier\":\"SLOW-" % QString::number(i) % u"\"}");
            QCOMPARE(r.status, 204);
            QVERIFY2(t.elapsed() >= 150, qPrintable(QString::number(t.elapsed())));
        }
        // Other routes are not delayed by it: the fault names one route.
        QCOMPARE(get(customerPath(m_server->customerIds().first())).status, 200);
    }

    void fault_newRoutes_eachNamedOnItsOwn_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("resellers") << QStringLiteral("resellers") << QStringLiteral("/v1/Resellers") << QByteArray("GET");
        QTest::newRow("reseller") << QStringLiteral("reseller") << QStringLiteral("/v1/Resellers/RESELLER") << QByteArray("GET");
        QTest::newRow("mca-list") << QStringLiteral("mca-list") << QStringLiteral("/v1/Customers/mca") << QByteArray("GET");
        QTest::newRow("mca-read") << QStringLiteral("mca-read")
                                  << QStringLiteral("/v1/Customers/CUSTOMER/provider-instances/INSTANCE/mca")
                                  << QByteArray("GET");
        QTest::newRow("mca-refresh") << QStringLiteral("mca-refresh")
                                     << QStringLiteral("/v1/Customers/CUSTOMER/provider-instances/INSTANCE/mca/status")
                                     << QByteArray("POST");
        QTest::newRow("margins") << QStringLiteral("margins") << QStringLiteral("/v1/Customers/CUSTOMER/margins/INSTANCE")
                                 << QByteArray("PATCH");
    }

    void fault_newRoutes_eachNamedOnItsOwn()
    {
        QFETCH(QString, route);
        QFETCH(QString, path);
        QFETCH(QByteArray, method);
        const QUuid microsoft = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("License"));
        const QJsonObject c = find([&](const QJsonObject &o) { return hasInstance(o, microsoft); }, allCustomers());
        path.replace(QStringLiteral("RESELLER"), id(m_server->resellerIds().first()))
            .replace(QStringLiteral("CUSTOMER"), c.value(u"id").toString())
            .replace(QStringLiteral("INSTANCE"), id(microsoft));
        QVERIFY(m_server->addFault(route + QStringLiteral(":status:500")));
        Call call;
        call.method = method;
        call.path = path;
        const Reply r = send(call);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.object().value(u"type").toString(), QStringLiteral("InjectedFault"));
        // Nothing else is hit.
        QCOMPARE(get(customerPath(uuidOf(c.value(u"id")))).status, 200);
        QCOMPARE(get(QStringLiteral("/v1/Customers")).status, 200);
    }

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
};

QTEST_GUILESS_MAIN(TstSandboxRequests)
#include "tst_sandbox_requests.moc"
