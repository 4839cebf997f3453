// The service layer against a scripted loopback peer: every error kind, the retry policy (GET
// only), the timeout, the body cap, and the headers every request carries.

#include "await.h"

#include <fakejwt.h>

#include <scriptedserver.h>

#include <core/api/cloudcockpitclient.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace cc;
using Step = ScriptedServer::Step;

namespace {

const QByteArray emptyPage =
    R"({"items":[],"paginationParameters":{"pageNumber":1,"pageSize":25},"totalPages":0,"totalCount":0,"hasPreviousPage":false,"hasNextPage":false})";

} // namespace

class TestClientFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> server;
    std::unique_ptr<CloudCockpitClient> client;
    const QString token = fakeJwt(R"({"roles":["csp"],"exp":4102444800})");

    void configure(int timeoutMs = 5000, int maxBody = 64 * 1024 * 1024)
    {
        ConnectionSettings s;
        s.apiUrl = QUrl(server->url());
        s.tokenUrl = QUrl(server->url() + QStringLiteral("/tenant/oauth2/v2.0/token"));
        s.tenant = QStringLiteral("portal.example.com");
        s.timeout = std::chrono::milliseconds(timeoutMs);
        s.maxBodyBytes = maxBody;
        client->setConnection(s);
    }

    std::optional<Result<CustomerPage>> list()
    {
        return await<CustomerPage>([&](QObject *ctx, auto cb) { return client->listCustomers({}, ctx, cb); });
    }

    std::optional<Result<Done>> patch()
    {
        InternalIdentifierUpdate u;
        u.internalIdentifier = QStringLiteral("X-1");
        return await<Done>(
            [&](QObject *ctx, auto cb) { return client->updateInternalIdentifier(QUuid::createUuid(), u, ctx, cb); });
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<ScriptedServer>();
        QVERIFY(server->start());
        client = std::make_unique<CloudCockpitClient>();
        configure();
        client->setCredentials(Credentials::fromToken(token));
    }

    void cleanup()
    {
        client.reset();
        server.reset();
    }

    void everyRequest_carriesPolicyHeaders()
    {
        server->enqueue(Step::respond(200, emptyPage));
        auto r = list();
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(server->requests().size(), 1);
        const auto &h = server->requests().first().headers;
        QCOMPARE(h.value("x-tenant"), QByteArray("portal.example.com"));
        QCOMPARE(h.value("authorization"), "Bearer " + token.toLatin1());
        QCOMPARE(h.value("accept"), QByteArray("application/json"));
        QVERIFY(h.value("user-agent").startsWith("CloudCockpitAdmin/" CC_VERSION));
        const QUuid cid = QUuid::fromString(QString::fromLatin1(h.value("x-correlation-id")));
        QVERIFY(!cid.isNull());
        QCOMPARE(cid.version(), QUuid::Random);
        QCOMPARE(r->correlationId(), cid.toString(QUuid::WithoutBraces));
    }

    void writeAfterPage_notOnThePagesConnection()
    {
        // On loopback a page of a list goes on an unbuffered socket, where Qt 6.4 reads a response
        // head a byte per read() (networkaccess.cpp). A write after a list read (an import's 2,000
        // PATCHes) must not inherit that connection: it cost them half again their time.
        server->enqueue(Step::respond(200, emptyPage));
        auto r = list();
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        server->enqueue(Step::respond(204, {}));
        auto p = patch();
        QVERIFY2(p && p->ok(), p ? qPrintable(p->error().details()) : "no answer");
        QCOMPARE(server->requests().size(), 2);
        QCOMPARE(server->requests().at(1).method, QByteArray("PATCH"));
        QVERIFY(server->requests().at(1).connection != server->requests().at(0).connection);
    }

    void listCustomers_query_documentedParameterNames()
    {
        server->enqueue(Step::respond(200, emptyPage));
        CustomerQuery q;
        q.pageNumber = 3;
        q.pageSize = 2000;
        q.searchValue = QStringLiteral("a+b & c#d");
        q.searchField = SearchField::Domain;
        q.ascending = false;
        q.resellerId = QUuid::createUuid();
        q.includeDeleted = false;
        auto r = await<CustomerPage>([&](QObject *ctx, auto cb) { return client->listCustomers(q, ctx, cb); });
        QVERIFY(r && r->ok());
        const QUrl url(QString::fromLatin1(server->requests().first().path));
        QCOMPARE(url.path(), QStringLiteral("/v1/Customers"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("pageNumber")), QStringLiteral("3"));
        QCOMPARE(query.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("2000"));
        QCOMPARE(query.queryItemValue(QStringLiteral("searchValue"), QUrl::FullyDecoded), q.searchValue);
        QCOMPARE(query.queryItemValue(QStringLiteral("searchField")), QStringLiteral("Domain"));
        QCOMPARE(query.queryItemValue(QStringLiteral("sortPropertyName")), QStringLiteral("Company.Name"));
        QCOMPARE(query.queryItemValue(QStringLiteral("ascendingOrder")), QStringLiteral("false"));
        QCOMPARE(query.queryItemValue(QStringLiteral("includeDeleted")), QStringLiteral("false"));
        QCOMPARE(query.queryItemValue(QStringLiteral("resellerId")), q.resellerId.toString(QUuid::WithoutBraces));
    }

    void get_hangingServer_timeoutAfterTwoRetries()
    {
        configure(300);
        server->setDefault(Step::hang());
        QElapsedTimer t;
        t.start();
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(server->requests().size(), 3);
        QVERIFY(!r->error().message().isEmpty());
    }

    void patch_hangingServer_timeoutNeverResent()
    {
        configure(300);
        server->setDefault(Step::hang());
        auto r = patch();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(server->requests().size(), 1);
    }

    void get_503WithRetryAfter_waitsThenSucceeds()
    {
        server->enqueue(Step::respond(503, "{}", {{"Retry-After", "1"}}));
        server->enqueue(Step::respond(200, emptyPage));
        QElapsedTimer t;
        t.start();
        auto r = list();
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(server->requests().size(), 2);
        QVERIFY2(t.elapsed() >= 900, qPrintable(QString::number(t.elapsed())));
        // The retry is the same operation: same correlation id.
        QCOMPARE(server->requests().at(0).headers.value("x-correlation-id"),
                 server->requests().at(1).headers.value("x-correlation-id"));
    }

    void get_502ThreeTimes_serverErrorAfterRetryBudget()
    {
        server->setDefault(Step::respond(502, "<html>bad gateway</html>", {{"Content-Type", "text/html"}}));
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Server);
        QCOMPARE(r->error().httpStatus, 502);
        QCOMPARE(server->requests().size(), 3);
    }

    void post_503_neverResent()
    {
        server->setDefault(Step::respond(503, "{}", {{"Retry-After", "0"}}));
        AddProviderInstanceRequest req;
        req.providerInstanceId = QUuid::createUuid();
        req.margin = {10, MarginRule::Markup};
        auto r = await<QString>(
            [&](QObject *ctx, auto cb) { return client->addProviderInstance(QUuid::createUuid(), req, false, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Server);
        QCOMPARE(server->requests().size(), 1);
    }

    void error500_envelope_descriptionAndServerCorrelationId()
    {
        server->setDefault(Step::respond(
            500,
            R"({"statusCode":500,"type":"Internal","description":"Database unavailable.","correlationId":"11111111-2222-4333-8444-555555555555","errors":null})"));
        auto r = patch();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Server);
        QCOMPARE(r->error().description, QStringLiteral("Database unavailable."));
        QCOMPARE(r->error().correlationId, QStringLiteral("11111111-2222-4333-8444-555555555555"));
        QVERIFY(r->error().message().contains(u"Database unavailable."));
    }

    void error400_fieldErrors_normalisedPaths()
    {
        server->enqueue(Step::respond(
            400,
            R"({"statusCode":400,"type":"Validation","description":"Invalid.","correlationId":null,"errors":[{"propertyName":"OfferTypeMargins[License].Value","description":["Too high."]},{"propertyName":"ProviderCustomerData.Domain","description":["Taken.","Also bad."]}]})"));
        auto r = patch();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Validation);
        QCOMPARE(r->error().fieldErrors.value(QStringLiteral("offertypemargins[license].value")),
                 QStringList{QStringLiteral("Too high.")});
        QCOMPARE(r->error().fieldErrors.value(QStringLiteral("providercustomerdata.domain")).size(), 2);
        // The server gave no correlation id: the one we sent is kept.
        QCOMPARE(r->error().correlationId, QString::fromLatin1(server->requests().first().headers.value("x-correlation-id")));
    }

    void statuses_401_403_404_mapToKinds()
    {
        server->enqueue(Step::respond(401, {}));
        auto r = patch();
        QCOMPARE(r->error().kind, ApiError::Kind::Unauthorized);
        server->enqueue(Step::respond(403, {}));
        r = patch();
        QCOMPARE(r->error().kind, ApiError::Kind::Forbidden);
        server->enqueue(Step::respond(404, R"({"statusCode":404,"description":"Customer not found."})"));
        r = patch();
        QCOMPARE(r->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(r->error().description, QStringLiteral("Customer not found."));
    }

    void get_malformedJsonEveryTime_malformedResponse()
    {
        server->setDefault(Step::respond(200, R"({"items":[{"id":)"));
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(!r->error().detail.isEmpty());
        QCOMPARE(server->requests().size(), 3);
    }

    void get_malformedOnceThenGood_recovers()
    {
        server->enqueue(Step::respond(200, "not json"));
        server->enqueue(Step::respond(200, emptyPage));
        auto r = list();
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
    }

    void get_wrongShape_malformedNotEmptyList()
    {
        server->setDefault(Step::respond(200, R"({"items":{"a":1},"totalCount":5})"));
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::MalformedResponse);
    }

    void get_resetConnection_networkErrorAfterRetries()
    {
        server->setDefault(Step::reset());
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        // Our two retries; Qt itself may resend a GET once on a connection the peer closed.
        QVERIFY2(server->requests().size() >= 3, qPrintable(QString::number(server->requests().size())));
        // Never the raw Qt error string: it holds the URL.
        QVERIFY(!r->error().message().contains(server->url()));
        QVERIFY(!r->error().details().contains(server->url()));
    }

    void patch_resetConnection_neverResent()
    {
        server->setDefault(Step::reset());
        auto r = patch();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QCOMPARE(server->requests().size(), 1);
    }

    void get_truncatedBody_notTakenAsSuccess()
    {
        Step s = Step::respond(200, emptyPage.left(40));
        s.declaredLength = emptyPage.size();
        server->setDefault(s);
        auto r = list();
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().kind == ApiError::Kind::Network || r->error().kind == ApiError::Kind::MalformedResponse);
    }

    void get_oversizedBody_capped()
    {
        configure(5000, 4096);
        server->setDefault(Step::respond(200, QByteArray(100000, ' ') + emptyPage));
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(server->requests().size(), 1);
    }

    void connectionRefused_networkError()
    {
        quint16 port;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        ConnectionSettings s = client->connection();
        s.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        client->setConnection(s);
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QCOMPARE(r->error().httpStatus, 0);
    }

    void clientCredentials_tokenForm_encodedAndReused()
    {
        client->setCredentials(Credentials::fromClientSecret(QStringLiteral("my-client"), QStringLiteral("s3cr+t&=x y")));
        server->enqueue(Step::respond(200, R"({"token_type":"Bearer","expires_in":3599,"access_token":"abc.def.ghi"})"));
        server->enqueue(Step::respond(200, emptyPage));
        server->enqueue(Step::respond(200, emptyPage));
        QVERIFY(list()->ok());
        QVERIFY(list()->ok());
        QCOMPARE(server->requests().size(), 3); // one token, two calls
        const auto &tokenRequest = server->requests().first();
        QCOMPARE(tokenRequest.method, QByteArray("POST"));
        QVERIFY(tokenRequest.path.endsWith("/oauth2/v2.0/token"));
        QVERIFY(!tokenRequest.headers.contains("authorization"));
        QVERIFY(!tokenRequest.headers.contains("x-tenant"));
        const QUrlQuery form(QString::fromLatin1(tokenRequest.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded), QStringLiteral("s3cr+t&=x y"));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a/.default"));
        QCOMPARE(server->requests().at(1).headers.value("authorization"), QByteArray("Bearer abc.def.ghi"));
    }

    void clientCredentials_401_newTokenAndOneResend()
    {
        client->setCredentials(Credentials::fromClientSecret(QStringLiteral("id"), QStringLiteral("secret")));
        server->enqueue(Step::respond(200, R"({"expires_in":3599,"access_token":"t.o.1"})"));
        server->enqueue(Step::respond(401, {}));
        server->enqueue(Step::respond(200, R"({"expires_in":3599,"access_token":"t.o.2"})"));
        server->enqueue(Step::respond(204, {}));
        auto r = patch();
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(server->requests().size(), 4);
        QCOMPARE(server->requests().at(3).headers.value("authorization"), QByteArray("Bearer t.o.2"));
    }

    void clientCredentials_badSecret_fieldErrorNoApiCall()
    {
        // Not hex: "bad" was once found inside the random correlation ID of the details.
        client->setCredentials(Credentials::fromClientSecret(QStringLiteral("id"), QStringLiteral("wrong-secret")));
        server->enqueue(Step::respond(
            401,
            R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.\r\nTrace ID: x"})"));
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Unauthorized);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("clientsecret")));
        QCOMPARE(server->requests().size(), 1);
        QVERIFY(!r->error().details().contains(u"wrong-secret"));
    }

    void proxySetting_requestsGoThroughTheProxy()
    {
        // The scripted peer plays the proxy: an HTTP proxy gets the absolute URL in the request line.
        ScriptedServer proxy;
        QVERIFY(proxy.start());
        proxy.setDefault(Step::respond(200, emptyPage));
        ConnectionSettings s = client->connection();
        s.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api")); // nothing listens there: only the proxy can answer
        s.proxyUrl = QUrl(proxy.url());
        client->setConnection(s);
        auto r = list();
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(proxy.requests().size(), 1);
        QVERIFY(proxy.requests().first().path.startsWith("http://127.0.0.1:9/api/v1/Customers"));
        QVERIFY(server->requests().isEmpty());
    }

    void request_leavesWhileTheCallersThreadIsBusy()
    {
        // A window that asks for a page and then lays itself out for a while: the request must
        // already be on its way, not wait for the next turn of the event loop.
        QTcpServer raw;
        QVERIFY(raw.listen(QHostAddress::LocalHost));
        ConnectionSettings s = client->connection();
        s.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(raw.serverPort()));
        client->setConnection(s);
        bool answered = false;
        CallHandle call = client->listCustomers({}, this, [&](const Result<CustomerPage> &) { answered = true; });
        // Blocks without running the event loop, as a busy window would.
        QVERIFY(raw.waitForNewConnection(10000));
        QVERIFY(!answered); // and the callback still comes later, from the event loop
        call.cancel();
    }

    void systemProxy_loopbackRequestsStayDirect()
    {
        // A proxy named by the environment (what the system proxy settings read on Linux) must not
        // see loopback traffic: neither a page of a list nor the small requests, which the client
        // sends on a differently configured connection (see networkaccess.cpp).
        ScriptedServer proxy;
        QVERIFY(proxy.start());
        proxy.setDefault(Step::respond(502, "{}"));
        const QByteArray proxyUrl = proxy.url().toLatin1();
        const QByteArray saved[] = {qgetenv("http_proxy"), qgetenv("HTTP_PROXY"), qgetenv("no_proxy")};
        qputenv("http_proxy", proxyUrl);
        qputenv("HTTP_PROXY", proxyUrl);
        qunsetenv("no_proxy");
        const auto restore = qScopeGuard([&] {
            for (const auto &[name, value] :
                 {std::pair{"http_proxy", saved[0]}, {"HTTP_PROXY", saved[1]}, {"no_proxy", saved[2]}}) {
                if (value.isNull())
                    qunsetenv(name);
                else
                    qputenv(name, value);
            }
        });
        client = std::make_unique<CloudCockpitClient>(); // reads the proxy settings afresh
        configure();
        client->setCredentials(Credentials::fromToken(token));
        server->enqueue(Step::respond(200, emptyPage));
        server->enqueue(Step::respond(204, {}));
        server->enqueue(Step::respond(200, emptyPage));
        auto page = list();
        QVERIFY2(page && page->ok(), page ? qPrintable(page->error().details()) : "no answer");
        auto done = patch();
        QVERIFY2(done && done->ok(), done ? qPrintable(done->error().details()) : "no answer");
        page = list();
        QVERIFY2(page && page->ok(), page ? qPrintable(page->error().details()) : "no answer");
        QCOMPARE(server->requests().size(), 3);
        QCOMPARE(server->requests().at(1).method, QByteArray("PATCH"));
        QVERIFY(proxy.requests().isEmpty());
    }

    void badProxyOrCaBundle_refusedBeforeSending()
    {
        ConnectionSettings s = client->connection();
        s.proxyUrl = QUrl(QStringLiteral("ftp://proxy"));
        s.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
        client->setConnection(s);
        auto r = list();
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("proxy")));
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("cabundle")));
        QVERIFY(server->requests().isEmpty());
    }

    void relationshipLink_notAUrl_malformed()
    {
        server->setDefault(Step::respond(200, R"x("javascript:alert(1)")x"));
        auto r = await<QString>(
            [&](QObject *ctx, auto cb) { return client->relationshipAcceptanceLink(QUuid::createUuid(), {}, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::MalformedResponse);
    }
};

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_client_faults.moc"
