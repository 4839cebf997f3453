// The service layer against a server we do not control (tests/support/hostilepeer.h): redirects,
// endless and trickling bodies, header smuggling, Retry-After dates. Each case is something a real
// gateway, proxy or broken release can do, and each once made the client lie, leak or hang.

#include "await.h"

#include <fakejwt.h>

#include <hostilepeer.h>
#include <scriptedserver.h>

#include <core/api/cloudcockpitclient.h>

#include <QElapsedTimer>
#include <QTest>
#include <QUrlQuery>

using namespace cc;
using Step = ScriptedServer::Step;

namespace {

const QByteArray emptyPage =
    R"({"items":[],"paginationParameters":{"pageNumber":1,"pageSize":25},"totalPages":0,"totalCount":0,"hasPreviousPage":false,"hasNextPage":false})";

QByteArray redirect(int status, const QString &location)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: " + location.toLatin1() +
           "\r\nContent-Length: 0\r\n\r\n";
}

} // namespace

class TestClientHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<HostilePeer> peer;         // the API address the client is configured for
    std::unique_ptr<ScriptedServer> elsewhere; // another origin (another port on loopback)
    std::unique_ptr<CloudCockpitClient> client;
    const QString token = fakeJwt(R"({"roles":["csp"],"exp":4102444800})");

    void configure(int timeoutMs = 5000, const QString &tokenUrl = {})
    {
        ConnectionSettings s;
        s.apiUrl = QUrl(peer->url());
        s.tokenUrl = QUrl(tokenUrl.isEmpty() ? peer->url() + QStringLiteral("/tenant/oauth2/v2.0/token") : tokenUrl);
        s.tenant = QStringLiteral("portal.example.com");
        s.timeout = std::chrono::milliseconds(timeoutMs);
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

    std::optional<Result<Done>> mca()
    {
        McaUpdate u;
        u.providerInstanceId = QUuid::createUuid();
        u.agreementDate = QDate::currentDate().addDays(-1);
        u.keepPrimaryInformation = false;
        u.firstName = QStringLiteral("Ana");
        u.lastName = QStringLiteral("Silva");
        u.email = QStringLiteral("ana@example.com");
        u.phone = QStringLiteral("+351 210 000 000");
        return await<Done>(
            [&](QObject *ctx, auto cb) { return client->updateMicrosoftCustomerAgreement(QUuid::createUuid(), u, ctx, cb); });
    }

private Q_SLOTS:
    void init()
    {
        peer = std::make_unique<HostilePeer>();
        QVERIFY(peer->start());
        elsewhere = std::make_unique<ScriptedServer>();
        QVERIFY(elsewhere->start());
        elsewhere->setDefault(Step::respond(200, emptyPage));
        client = std::make_unique<CloudCockpitClient>();
        configure();
        client->setCredentials(Credentials::fromToken(token));
    }

    void cleanup()
    {
        client.reset();
        elsewhere.reset();
        peer.reset();
    }

    // --- 1. Redirects ----------------------------------------------------------------------------

    void write_redirected_neverFollowedErrorSaysWhere_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("303") << 303;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }
    void write_redirected_neverFollowedErrorSaysWhere()
    {
        QFETCH(int, status);
        // Same origin even: a redirected write is not the write the user asked for.
        peer->enqueue(HostilePeer::raw(redirect(status, peer->url() + QStringLiteral("/elsewhere?sig=secret"))));
        auto r = patch();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Server);
        QCOMPARE(r->error().httpStatus, status);
        QVERIFY2(r->error().message().contains(peer->url() + QStringLiteral("/elsewhere")), qPrintable(r->error().message()));
        QVERIFY(!r->error().message().contains(u"secret")); // the query is not repeated
        QVERIFY(!r->error().outcomeUnknown);
        QCOMPARE(peer->requests().size(), 1);

        peer->enqueue(HostilePeer::raw(redirect(status, elsewhere->url() + QStringLiteral("/v1/x"))));
        auto m = mca();
        QVERIFY(m && !m->ok());
        QCOMPARE(elsewhere->requests().size(), 0);
    }

    void get_redirectedToAnotherOrigin_notFollowedNoCredentialsLeave()
    {
        peer->setDefault(HostilePeer::raw(redirect(302, elsewhere->url() + QStringLiteral("/v1/Customers"))));
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Server);
        QVERIFY(r->error().message().contains(elsewhere->url()));
        QCOMPARE(elsewhere->requests().size(), 0);
        QCOMPARE(peer->requests().size(), 1); // a redirect is an answer, not a fault to retry
    }

    void get_redirectedToPlainHttpHost_refusedWithoutConnecting()
    {
        peer->setDefault(HostilePeer::raw(redirect(301, QStringLiteral("http://api.example.net/v1/Customers"))));
        auto r = list();
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().message().contains(u"http://api.example.net/v1/Customers"));
    }

    void get_redirectedWithinTheOrigin_followedWithCredentials()
    {
        peer->enqueue(HostilePeer::raw(redirect(307, QStringLiteral("/v2/Customers?pageNumber=1"))));
        peer->enqueue(HostilePeer::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                       QByteArray::number(emptyPage.size()) + "\r\n\r\n" + emptyPage));
        auto r = list();
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(peer->requests().size(), 2);
        QCOMPARE(peer->requests().at(1).path, QByteArray("/v2/Customers?pageNumber=1"));
        QCOMPARE(peer->requests().at(1).headers.value("authorization"), "Bearer " + token.toLatin1());
        QCOMPARE(peer->requests().at(1).headers.value("x-tenant"), QByteArray("portal.example.com"));
        QCOMPARE(peer->requests().at(1).headers.value("x-correlation-id"),
                 peer->requests().at(0).headers.value("x-correlation-id"));
    }

    void get_redirectLoopWithinTheOrigin_endsAfterFive()
    {
        peer->setDefault(HostilePeer::raw(redirect(302, QStringLiteral("/again"))));
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Server);
        QCOMPARE(peer->requests().size(), 6); // the request and five redirects
    }

    void tokenEndpoint_307ToAnotherOrigin_secretNotResent()
    {
        client->setCredentials(Credentials::fromClientSecret(QStringLiteral("id"), QStringLiteral("top-secret")));
        peer->setDefault(HostilePeer::raw(redirect(307, elsewhere->url() + QStringLiteral("/token"))));
        auto r = list();
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("tokenurl")));
        QVERIFY(r->error().fieldErrors.value(QStringLiteral("tokenurl")).join(u' ').contains(elsewhere->url()));
        QCOMPARE(elsewhere->requests().size(), 0);
        QCOMPARE(peer->requests().size(), 1);
    }

    // --- 3. Bounded reads and deadlines -----------------------------------------------------------

    void tokenEndpoint_endlessBody_cappedNotBuffered()
    {
        client->setCredentials(Credentials::fromClientSecret(QStringLiteral("id"), QStringLiteral("secret")));
        peer->setDefault(HostilePeer::endless(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"access_token\":\"",
            QByteArray(64 * 1024, 'a'), 1, 64LL << 20));
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("tokenurl")));
        QVERIFY2(peer->bytesSent() < (8 << 20), qPrintable(QString::number(peer->bytesSent())));
    }

    void tokenEndpoint_trickling_endsWithinTheDeadline()
    {
        configure(300);
        client->setCredentials(Credentials::fromClientSecret(QStringLiteral("id"), QStringLiteral("secret")));
        const QByteArray body = R"({"expires_in":3599,"access_token":"a.b.c"})";
        // A byte every 100 ms never falls silent for 300 ms, and takes far longer than 3 × 300 ms.
        peer->setDefault(HostilePeer::trickle(
            "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body, 1, 100));
        QElapsedTimer t;
        t.start();
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    // --- 4. Nothing from outside reaches a header ----------------------------------------------

    void tokenWithLineBreak_refusedBeforeSending()
    {
        client->setCredentials(Credentials::fromToken(token + QStringLiteral("\r\nX-Smuggled: 1")));
        auto r = list();
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("token")));
        QCOMPARE(peer->requests().size(), 0);
    }

    void tenantWithLineBreak_refusedBeforeSending()
    {
        ConnectionSettings s = client->connection();
        s.tenant = QStringLiteral("portal.example.com\r\nGET /smuggled HTTP/1.1");
        client->setConnection(s);
        auto r = patch();
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("tenant")));
        QCOMPARE(peer->requests().size(), 0);
    }

    void tokenEndpoint_tokenWithLineBreak_notUsed()
    {
        client->setCredentials(Credentials::fromClientSecret(QStringLiteral("id"), QStringLiteral("secret")));
        const QByteArray body = R"({"expires_in":3599,"access_token":"a.b.c\r\nX-Smuggled: 1"})";
        peer->setDefault(HostilePeer::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                          QByteArray::number(body.size()) + "\r\n\r\n" + body));
        auto r = list();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(peer->requests().size(), 1); // the token request only: no API call with it
    }

    // --- A write's lost answer -------------------------------------------------------------------

    void post_successCutOff_outcomeUnknownNotResent()
    {
        // 201 says the server acted; the body never comes whole. Not "could not reach the server".
        peer->setDefault(
            HostilePeer::raw("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n\"ab"));
        AddProviderInstanceRequest req;
        req.providerInstanceId = QUuid::createUuid();
        req.margin = {10, MarginRule::Markup};
        auto r = await<QString>(
            [&](QObject *ctx, auto cb) { return client->addProviderInstance(QUuid::createUuid(), req, false, ctx, cb); });
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().outcomeUnknown, qPrintable(r->error().details()));
        QVERIFY(!r->error().message().contains(u"Could not reach"));
        QCOMPARE(peer->requests().size(), 1);
    }

    void patch_refusedConnection_outcomeKnown()
    {
        const QString closed = peer->url();
        peer.reset(); // nothing listens there now
        auto r = patch();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QVERIFY(!r->error().outcomeUnknown);
        peer = std::make_unique<HostilePeer>();
        QVERIFY(peer->start());
    }

    // --- 5. Retry-After as an HTTP-date ----------------------------------------------------------

    void get_503WithRetryAfterDate_waitsUntilThen()
    {
        const QString when =
            QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(3), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        peer->enqueue(
            HostilePeer::raw("HTTP/1.1 503 Busy\r\nRetry-After: " + when.toLatin1() + "\r\nContent-Length: 2\r\n\r\n{}"));
        peer->enqueue(HostilePeer::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                       QByteArray::number(emptyPage.size()) + "\r\n\r\n" + emptyPage));
        QElapsedTimer t;
        t.start();
        auto r = list();
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(peer->requests().size(), 2);
        // The date has whole seconds: at least two of the three seconds were waited (the default
        // backoff is under a second).
        QVERIFY2(t.elapsed() >= 1900, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestClientHostile)
#include "tst_client_hostile.moc"
