// Every operation against every fault the sandbox can inject: each ends in its documented error
// kind (or recovers, for a GET within its retry budget), never hangs, and a POST or PATCH reaches
// the server exactly once (the sandbox counts requests per correlation id).

#include "await.h"

#include <sandboxserver.h>

#include <core/api/cloudcockpitclient.h>

#include <QElapsedTimer>
#include <QTest>

using namespace cc;
using Kind = ApiError::Kind;

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;
    std::unique_ptr<CloudCockpitClient> client;
    QUuid microsoft;
    QUuid other;
    QList<QUuid> customers;
    QList<QUuid> withMicrosoft;
    QList<QUuid> withoutOther;
    int next = 0;
    int survived = 0;

    struct Outcome
    {
        Kind kind = Kind::None;
        QString correlationId;
    };

    Outcome run(const QString &operation)
    {
        auto finish = [](const auto &r) {
            Outcome o;
            if (r) {
                o.kind = r->ok() ? Kind::None : r->error().kind;
                o.correlationId = r->correlationId();
            } else {
                o.kind = Kind::Cancelled; // no answer at all: a hang
            }
            return o;
        };
        const int i = next++;
        if (operation == u"customers")
            return finish(await<CustomerPage>([&](QObject *c, auto cb) { CustomerQuery q; q.pageSize = 50; return client->listCustomers(q, c, cb); }, 30000));
        if (operation == u"customer")
            return finish(await<Customer>([&](QObject *c, auto cb) { return client->getCustomer(customers.value(i % 50), {}, c, cb); }, 30000));
        if (operation == u"instances")
            return finish(await<ProviderInstancePage>([&](QObject *c, auto cb) { return client->listProviderInstances(1, 50, c, cb); }, 30000));
        if (operation == u"link")
            return finish(await<QString>([&](QObject *c, auto cb) { return client->relationshipAcceptanceLink(microsoft, {}, c, cb); }, 30000));
        if (operation == u"internal-id") {
            InternalIdentifierUpdate u;
            u.internalIdentifier = QStringLiteral("FAULT-%1").arg(i);
            return finish(await<Done>([&](QObject *c, auto cb) { return client->updateInternalIdentifier(customers.value(60 + i % 100), u, c, cb); }, 30000));
        }
        if (operation == u"mca") {
            McaUpdate u;
            u.providerInstanceId = microsoft;
            u.agreementDate = QDate::currentDate();
            return finish(await<Done>([&](QObject *c, auto cb) { return client->updateMicrosoftCustomerAgreement(withMicrosoft.value(i % withMicrosoft.size()), u, c, cb); }, 30000));
        }
        AddProviderInstanceRequest r;
        r.providerInstanceId = other;
        r.providerCustomerData = QStringLiteral("{\"AccountId\":\"1\"}");
        r.margin = {10, MarginRule::Markup};
        return finish(await<QString>([&](QObject *c, auto cb) { return client->addProviderInstance(withoutOther.value(i % withoutOther.size()), r, false, c, cb); }, 30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ccsandbox::SandboxOptions o;
        o.customerCount = 1500;
        sandbox = std::make_unique<ccsandbox::SandboxServer>(o);
        QVERIFY(sandbox->listen());
        client = std::make_unique<CloudCockpitClient>();
        ConnectionSettings s;
        s.apiUrl = sandbox->apiUrl();
        s.tenant = sandbox->tenant();
        s.timeout = std::chrono::milliseconds(400);
        s.maxBodyBytes = 8 * 1024 * 1024;
        client->setConnection(s);
        client->setCredentials(Credentials::fromToken(sandbox->cspToken()));
        auto instances = await<ProviderInstancePage>([&](QObject *c, auto cb) { return client->listProviderInstances(1, 50, c, cb); });
        QVERIFY(instances && instances->ok());
        for (const auto &i : instances->value().items) {
            if (i.isMicrosoft() && microsoft.isNull())
                microsoft = i.id;
            if (!i.isMicrosoft() && other.isNull())
                other = i.id;
        }
        CustomerQuery q;
        q.pageSize = 2000;
        q.includeDeleted = false;
        auto all = await<CustomerPage>([&](QObject *c, auto cb) { return client->listCustomers(q, c, cb); });
        QVERIFY(all && all->ok());
        for (const auto &c : all->value().items) {
            if (!c.resellerId.isNull())
                continue;
            customers << c.id;
            if (c.providerCustomer(microsoft) && c.createdDate.date() < QDate::currentDate())
                withMicrosoft << c.id;
            if (!c.providerCustomer(other))
                withoutOther << c.id;
        }
        QVERIFY(customers.size() > 200 && withMicrosoft.size() > 20 && withoutOther.size() > 200);
    }

    void cleanupTestCase()
    {
        qInfo("fault matrix: %d operation x fault cases survived", survived);
    }

    void everyOperation_everyFault_documentedKind_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("persistent");
        const QStringList operations = {QStringLiteral("customers"), QStringLiteral("customer"), QStringLiteral("instances"),
                                        QStringLiteral("link"), QStringLiteral("internal-id"), QStringLiteral("mca"),
                                        QStringLiteral("add-instance")};
        const QStringList faults = {QStringLiteral("status:500"), QStringLiteral("status:502"), QStringLiteral("status:503:1"),
                                    QStringLiteral("status:429:1"), QStringLiteral("malformed"), QStringLiteral("wrong-shape"),
                                    QStringLiteral("truncated"), QStringLiteral("reset"), QStringLiteral("latency:1500"),
                                    QStringLiteral("slow:40"), QStringLiteral("oversized:64")};
        for (const QString &op : operations) {
            for (const QString &f : faults) {
                QTest::addRow("%s %s always", qPrintable(op), qPrintable(f)) << op << f << true;
                QTest::addRow("%s %s once", qPrintable(op), qPrintable(f)) << op << f << false;
            }
        }
    }

    void everyOperation_everyFault_documentedKind()
    {
        QFETCH(QString, operation);
        QFETCH(QString, fault);
        QFETCH(bool, persistent);
        sandbox->clearFaults();
        const QString route = operation;
        QVERIFY(sandbox->addFault(route + u':' + fault + (persistent ? QString() : QStringLiteral("@1"))));
        QElapsedTimer t;
        t.start();
        const Outcome o = run(operation);
        sandbox->clearFaults();
        QVERIFY2(o.kind != Kind::Cancelled, "the call never ended");
        const bool write = operation == u"internal-id" || operation == u"mca" || operation == u"add-instance";
        const int sent = sandbox->requestCount(o.correlationId);
        if (write)
            QVERIFY2(sent == 1, qPrintable(QStringLiteral("a write reached the server %1 times").arg(sent)));

        const bool garbledBody = fault == u"malformed" || fault == u"wrong-shape";
        const bool transientForGet = fault == u"status:502" || fault == u"status:503:1" || fault == u"status:429:1" ||
                                     garbledBody || fault == u"truncated" || fault == u"reset" ||
                                     fault.startsWith(u"latency") || fault.startsWith(u"slow");
        if (!write && !persistent && transientForGet) {
            // A GET recovers from one transient fault within its retry budget.
            QVERIFY2(o.kind == Kind::None, qPrintable(ApiError::kindName(o.kind)));
            QCOMPARE(sent, 2);
        } else if (write && (garbledBody || fault == u"truncated" || fault.startsWith(u"slow"))) {
            // The server acted; a write whose answer has little or no documented body may still
            // succeed, or it ends in an error the user can check before trying again.
            QVERIFY2(o.kind == Kind::None || o.kind == Kind::MalformedResponse || o.kind == Kind::Network ||
                         o.kind == Kind::Timeout,
                     qPrintable(ApiError::kindName(o.kind)));
        } else if (fault.startsWith(u"status:")) {
            QCOMPARE(o.kind, Kind::Server);
            if (fault == u"status:500")
                QCOMPARE(sent, 1); // a 500 is not retried: it is not a transient answer
        } else if (garbledBody) {
            QCOMPARE(o.kind, Kind::MalformedResponse);
        } else if (fault == u"truncated") {
            QVERIFY2(o.kind == Kind::Network || o.kind == Kind::MalformedResponse, qPrintable(ApiError::kindName(o.kind)));
        } else if (fault == u"reset") {
            QCOMPARE(o.kind, Kind::Network);
        } else if (fault.startsWith(u"latency") || fault.startsWith(u"slow")) {
            QCOMPARE(o.kind, Kind::Timeout);
        } else if (fault.startsWith(u"oversized")) {
            QCOMPARE(o.kind, Kind::MalformedResponse);
            QCOMPARE(sent, 1); // not fetched again
        }
        if (!write && persistent && (fault == u"status:502" || fault == u"reset" || fault.startsWith(u"latency")))
            QVERIFY2(sent >= 3, qPrintable(QString::number(sent))); // two retries, then the error
        QVERIFY2(t.elapsed() < 20000, "bounded by the timeout and the retry budget");
        ++survived;
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"
