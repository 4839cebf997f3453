// The #17 operations against a sandbox that loses answers or fails on purpose (--fault): a write
// whose answer is lost is outcome-unknown and never sent again, the read-back tells applied from
// not applied, and GETs are retried. Not run through Prism: a reset connection is not a response
// a validator can check.

#include "await.h"

#include <testenvironment.h>

#include <core/api/cloudcockpitclient.h>
#include <core/domain/outcome.h>

#include <QTest>

using namespace cc;

class TestClientStafferFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEnvironment> env;
    std::unique_ptr<CloudCockpitClient> client;

    // A direct customer in a provider instance that sells something, and that instance.
    Customer directCustomer(ProviderInstance *instance)
    {
        auto instances =
            await<ProviderInstancePage>([&](QObject *ctx, auto cb) { return client->listProviderInstances(1, 100, ctx, cb); });
        for (const QUuid &id : env->sandbox().customerIds()) {
            auto c = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(id, {}, ctx, cb); });
            if (!c || !c->ok() || !c->value().resellerId.isNull())
                continue;
            for (const ProviderInstance &i : instances->value().items) {
                if (!i.offerTypes.isEmpty() && c->value().providerCustomer(i.id)) {
                    *instance = i;
                    return c->value();
                }
            }
        }
        return {};
    }

    McaItem anAgreement()
    {
        McaQuery q;
        q.pageSize = 1;
        auto r = await<McaPage>([&](QObject *ctx, auto cb) { return client->listMcas(q, ctx, cb); });
        return r && r->ok() && !r->value().items.isEmpty() ? r->value().items.first() : McaItem{};
    }

    static RequestOptions withId(QString *id)
    {
        RequestOptions o;
        o.correlationId = *id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ccsandbox::SandboxOptions options;
        options.customerCount = 60;
        options.seed = 11;
        env = std::make_unique<TestEnvironment>(options);
        QVERIFY2(env->start(), qPrintable(env->errorString()));
    }

    void init()
    {
        env->sandbox().clearFaults();
        client = std::make_unique<CloudCockpitClient>();
        ConnectionSettings s;
        s.apiUrl = env->apiUrl();
        s.tokenUrl = env->tokenUrl();
        s.tenant = env->sandbox().tenant();
        s.timeout = std::chrono::seconds(10);
        client->setConnection(s);
        client->setCredentials(Credentials::fromToken(env->sandbox().cspToken()));
    }

    void cleanupTestCase()
    {
        client.reset();
        env.reset();
    }

    void margins_answerLost_outcomeUnknownSentOnceReadBackApplied()
    {
        ProviderInstance instance;
        const Customer c = directCustomer(&instance);
        QVERIFY(!c.id.isNull());
        MarginsUpdate u;
        u.providerInstanceId = instance.id;
        u.margin = {23.25, MarginRule::Markup};
        u.offerTypeMargins = {{instance.offerTypes.first(), {7, MarginRule::Margin}}};
        QVERIFY(env->sandbox().addFault(QStringLiteral("margins:reset@1")));
        QString cid;
        auto r = await<Done>([&](QObject *ctx, auto cb) { return client->updateMargins(c.id, u, {}, ctx, cb, withId(&cid)); });
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().outcomeUnknown, qPrintable(r->error().details()));
        QCOMPARE(env->sandbox().requestCount(cid), 1); // never sent again
        // The read-back (a GET) says what happened: the sandbox acted before the reset.
        auto after = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(c.id, {}, ctx, cb); });
        QVERIFY(after && after->ok());
        QVERIFY(outcome::holds(after->value(), u));
    }

    void margins_failedBeforeActing_knownNotAppliedSentOnce()
    {
        ProviderInstance instance;
        const Customer c = directCustomer(&instance);
        QVERIFY(!c.id.isNull());
        MarginsUpdate u;
        u.providerInstanceId = instance.id;
        u.margin = {31, MarginRule::Markup};
        QVERIFY(env->sandbox().addFault(QStringLiteral("margins:status:503:1@1")));
        QString cid;
        auto r = await<Done>([&](QObject *ctx, auto cb) { return client->updateMargins(c.id, u, {}, ctx, cb, withId(&cid)); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Server);
        QVERIFY(!r->error().outcomeUnknown);           // the server answered: it did not act
        QCOMPARE(env->sandbox().requestCount(cid), 1); // a 503 is not retried for a write
        auto after = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(c.id, {}, ctx, cb); });
        QVERIFY(after && after->ok());
        QVERIFY(!outcome::holds(after->value(), u));
    }

    void mcaRefresh_answerLost_outcomeUnknownSentOnce()
    {
        const McaItem m = anAgreement();
        QVERIFY(!m.customerId.isNull());
        QVERIFY(env->sandbox().addFault(QStringLiteral("mca-refresh:truncated@1")));
        QString cid;
        auto r = await<McaRefresh>([&](QObject *ctx, auto cb) {
            return client->refreshMcaStatus(m.customerId, m.providerInstanceId, ctx, cb, withId(&cid));
        });
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().outcomeUnknown, qPrintable(r->error().details()));
        QCOMPARE(env->sandbox().requestCount(cid), 1);
    }

    void reads_transientFailures_retriedAndAnswered_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("operation");
        QTest::newRow("resellers 503") << QStringLiteral("resellers:status:503:0@1") << 0;
        QTest::newRow("resellers reset") << QStringLiteral("resellers:reset@1") << 0;
        QTest::newRow("reseller malformed") << QStringLiteral("reseller:malformed@1") << 1;
        QTest::newRow("mca list 502") << QStringLiteral("mca-list:status:502@1") << 2;
        QTest::newRow("mca read truncated") << QStringLiteral("mca-read:truncated@1") << 3;
    }
    void reads_transientFailures_retriedAndAnswered()
    {
        QFETCH(QString, fault);
        QFETCH(int, operation);
        const McaItem m = anAgreement();
        QVERIFY(!m.customerId.isNull());
        QVERIFY(env->sandbox().addFault(fault));
        QString cid;
        bool ok = false;
        switch (operation) {
        case 0: {
            auto r = await<ResellerPage>([&](QObject *ctx, auto cb) { return client->listResellers({}, ctx, cb, withId(&cid)); });
            ok = r && r->ok() && !r->value().items.isEmpty();
            break;
        }
        case 1: {
            const QUuid id = env->sandbox().resellerIds().value(0);
            auto r = await<Reseller>([&](QObject *ctx, auto cb) { return client->getReseller(id, ctx, cb, withId(&cid)); });
            ok = r && r->ok() && r->value().id == id;
            break;
        }
        case 2: {
            auto r = await<McaPage>([&](QObject *ctx, auto cb) { return client->listMcas({}, ctx, cb, withId(&cid)); });
            ok = r && r->ok() && !r->value().items.isEmpty();
            break;
        }
        case 3: {
            auto r = await<McaItem>(
                [&](QObject *ctx, auto cb) { return client->getMca(m.customerId, m.providerInstanceId, ctx, cb, withId(&cid)); });
            ok = r && r->ok() && r->value().id == m.id;
            break;
        }
        }
        QVERIFY(ok);
        QCOMPARE(env->sandbox().requestCount(cid), 2); // the failed attempt and one retry
    }
};

QTEST_GUILESS_MAIN(TestClientStafferFaults)
#include "tst_client_staffer_faults.moc"
