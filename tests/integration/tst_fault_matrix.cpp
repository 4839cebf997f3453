// Every operation against every fault the sandbox can inject: each ends in its documented error
// kind (or recovers, for a GET within its retry budget), never hangs, and a POST or PATCH reaches
// the server exactly once (the sandbox counts requests per correlation id).

#include "await.h"

#include <sandboxserver.h>

#include <core/api/cloudcockpitclient.h>

#include <QElapsedTimer>
#include <QTest>

Q_DECLARE_METATYPE(QList<cc::ApiError::Kind>)

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
            return finish(await<CustomerPage>(
                [&](QObject *c, auto cb) {
                    CustomerQuery q;
                    q.pageSize = 50;
                    return client->listCustomers(q, c, cb);
                },
                30000));
        if (operation == u"customer")
            return finish(await<Customer>(
                [&](QObject *c, auto cb) { return client->getCustomer(customers.value(i % 50), {}, c, cb); }, 30000));
        if (operation == u"instances")
            return finish(await<ProviderInstancePage>(
                [&](QObject *c, auto cb) { return client->listProviderInstances(1, 50, c, cb); }, 30000));
        if (operation == u"link")
            return finish(await<QString>(
                [&](QObject *c, auto cb) { return client->relationshipAcceptanceLink(microsoft, {}, c, cb); }, 30000));
        if (operation == u"internal-id") {
            InternalIdentifierUpdate u;
            u.internalIdentifier = QStringLiteral("FAULT-%1").arg(i);
            return finish(await<Done>(
                [&](QObject *c, auto cb) { return client->updateInternalIdentifier(customers.value(60 + i % 100), u, c, cb); },
                30000));
        }
        if (operation == u"mca") {
            McaUpdate u;
            u.providerInstanceId = microsoft;
            u.agreementDate = QDate::currentDate();
            return finish(await<Done>(
                [&](QObject *c, auto cb) {
                    return client->updateMicrosoftCustomerAgreement(withMicrosoft.value(i % withMicrosoft.size()), u, c, cb);
                },
                30000));
        }
        AddProviderInstanceRequest r;
        r.providerInstanceId = other;
        r.providerCustomerData = QStringLiteral("{\"AccountId\":\"1\"}");
        r.margin = {10, MarginRule::Markup};
        return finish(await<QString>(
            [&](QObject *c, auto cb) {
                return client->addProviderInstance(withoutOther.value(i % withoutOther.size()), r, false, c, cb);
            },
            30000));
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
        auto instances =
            await<ProviderInstancePage>([&](QObject *c, auto cb) { return client->listProviderInstances(1, 50, c, cb); });
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

    void cleanupTestCase() { qInfo("fault matrix: %d operation x fault cases survived", survived); }

private:
    // What the client makes of each fault, as data. A GET may recover from one transient fault
    // within its retry budget; a write is sent once whatever happens, and where the server acted
    // but its answer is garbled it may succeed or end in an error the user can check.
    struct Expected
    {
        QList<Kind> kinds;  // any of these
        int minSent = 1;    // requests the server saw for the call's correlation id
        int maxSent = 1000; // (a write: always exactly 1)
    };
    struct FaultRow
    {
        const char *fault;
        Expected getOnce;   // the fault hits the first attempt only (@1)
        Expected getAlways; // every attempt
        Expected write;     // POST or PATCH, once or always
    };

    static const QList<FaultRow> &faultTable()
    {
        using K = Kind;
        const QList<Kind> garbledWrite = {K::None, K::MalformedResponse, K::Network, K::Timeout};
        static const QList<FaultRow> table = {
            // fault           GET once                 GET always                              write
            {"status:500", {{K::Server}, 1, 1}, {{K::Server}, 1, 1}, {{K::Server}}},
            {"status:502", {{K::None}, 2, 2}, {{K::Server}, 3}, {{K::Server}}},
            {"status:503:1", {{K::None}, 2, 2}, {{K::Server}}, {{K::Server}}},
            {"status:429:1", {{K::None}, 2, 2}, {{K::Server}}, {{K::Server}}},
            {"malformed", {{K::None}, 2, 2}, {{K::MalformedResponse}}, {garbledWrite}},
            {"wrong-shape", {{K::None}, 2, 2}, {{K::MalformedResponse}}, {garbledWrite}},
            {"truncated", {{K::None}, 2, 2}, {{K::Network, K::MalformedResponse}}, {garbledWrite}},
            {"reset", {{K::None}, 2, 2}, {{K::Network}, 3}, {{K::Network}}},
            {"latency:1500", {{K::None}, 2, 2}, {{K::Timeout}, 3}, {{K::Timeout}}},
            {"slow:40", {{K::None}, 2, 2}, {{K::Timeout}}, {garbledWrite}},
            {"oversized:64", {{K::MalformedResponse}, 1, 1}, {{K::MalformedResponse}, 1, 1}, {{K::MalformedResponse}}},
        };
        return table;
    }

private Q_SLOTS:
    void everyOperation_everyFault_documentedKind_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("persistent");
        QTest::addColumn<QList<Kind>>("kinds");
        QTest::addColumn<int>("minSent");
        QTest::addColumn<int>("maxSent");
        const QStringList operations = {QStringLiteral("customers"),   QStringLiteral("customer"),    QStringLiteral("instances"),
                                        QStringLiteral("link"),        QStringLiteral("internal-id"), QStringLiteral("mca"),
                                        QStringLiteral("add-instance")};
        for (const QString &op : operations) {
            const bool write = op == u"internal-id" || op == u"mca" || op == u"add-instance";
            for (const FaultRow &row : faultTable()) {
                for (const bool persistent : {true, false}) {
                    Expected e = write ? row.write : persistent ? row.getAlways : row.getOnce;
                    if (write)
                        e.minSent = e.maxSent = 1;
                    QTest::addRow("%s %s %s", qPrintable(op), row.fault, persistent ? "always" : "once")
                        << op << QString::fromLatin1(row.fault) << persistent << e.kinds << e.minSent << e.maxSent;
                }
            }
        }
    }

    void everyOperation_everyFault_documentedKind()
    {
        QFETCH(QString, operation);
        QFETCH(QString, fault);
        QFETCH(bool, persistent);
        QFETCH(QList<Kind>, kinds);
        QFETCH(int, minSent);
        QFETCH(int, maxSent);
        sandbox->clearFaults();
        QVERIFY(sandbox->addFault(operation + u':' + fault + (persistent ? QString() : QStringLiteral("@1"))));
        QElapsedTimer t;
        t.start();
        const Outcome o = run(operation);
        sandbox->clearFaults();
        QVERIFY2(o.kind != Kind::Cancelled, "the call never ended");
        QVERIFY2(kinds.contains(o.kind), qPrintable(ApiError::kindName(o.kind)));
        const int sent = sandbox->requestCount(o.correlationId);
        QVERIFY2(sent >= minSent && sent <= maxSent,
                 qPrintable(
                     QStringLiteral("the server saw the call %1 times, expected %2 to %3").arg(sent).arg(minSent).arg(maxSent)));
        QVERIFY2(t.elapsed() < 20000, "bounded by the timeout and the retry budget");
        ++survived;
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"
