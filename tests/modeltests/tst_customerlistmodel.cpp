// The customer list model and its filter proxy under QAbstractItemModelTester, against the sandbox.

#include <customerfilterproxy.h>
#include <customerlistmodel.h>

#include <sandboxserver.h>

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

class TestCustomerListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;
    std::unique_ptr<cc::CloudCockpitClient> client;

private Q_SLOTS:
    void initTestCase()
    {
        ccsandbox::SandboxOptions o;
        o.customerCount = 2300;
        sandbox = std::make_unique<ccsandbox::SandboxServer>(o);
        QVERIFY(sandbox->listen());
        client = std::make_unique<cc::CloudCockpitClient>();
        cc::ConnectionSettings s;
        s.apiUrl = sandbox->apiUrl();
        s.tenant = sandbox->tenant();
        client->setConnection(s);
        client->setCredentials(cc::Credentials::fromToken(sandbox->cspToken()));
    }

    void load_pagesStreamInOrder_underModelTester()
    {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setPageSize(500);
        QSignalSpy progress(&model, &CustomerListModel::progress);
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QCOMPARE(model.rowCount(), 2300);
        QCOMPARE(progress.count(), 5);
        QCOMPARE(progress.last().at(0).toInt(), 2300);
        // Server order (company name, ascending) is kept across pages fetched in parallel.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data().toString().compare(model.index(row, 0).data().toString(), Qt::CaseInsensitive) <= 0);
    }

    void filterProxy_underModelTester_matchesEveryColumn()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        const QString domain = model.index(77, CustomerListModel::Domain).data().toString();
        proxy.setFilterText(domain.toUpper());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, CustomerListModel::Domain).data().toString(), domain);
        proxy.setFilterText(QStringLiteral("  "));
        QCOMPARE(proxy.rowCount(), 2300);
        proxy.setFilterText(QStringLiteral("no customer has this text"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void reload_whileLoading_oldPagesIgnored()
    {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setPageSize(200);
        model.load({});
        cc::CustomerQuery q;
        q.includeDeleted = false;
        model.load(q);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QCOMPARE(model.rowCount(), model.totalCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, 0).data(CustomerListModel::DeletedRole).toBool());
    }

    void updateCustomer_rowChangesInPlace()
    {
        CustomerListModel model;
        model.setClient(client.get());
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        cc::Customer c;
        c.id = model.idAt(3);
        c.companyName = QStringLiteral("Renamed Lda");
        c.internalIdentifier = QStringLiteral("NEW-1");
        model.updateCustomer(c);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(3, CustomerListModel::InternalId).data().toString(), QStringLiteral("NEW-1"));
        QCOMPARE(model.rowCount(), 2300);
    }

    void sortWhileStreaming_proxyUnderModelTester_orderHoldsAndEveryRowOnce()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setPageSize(300);
        // Sorted by date before any page arrives, filtered half way: pages keep landing in the middle.
        proxy.sort(CustomerListModel::Created, Qt::DescendingOrder);
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
        proxy.setFilterText(QStringLiteral("a"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QCOMPARE(model.rowCount(), 2300);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 2300);
        QSet<QUuid> seen;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            seen.insert(proxy.index(row, 0).data(CustomerListModel::IdRole).toUuid());
            if (row > 0)
                QVERIFY(proxy.index(row - 1, CustomerListModel::Created).data(Qt::UserRole).toLongLong()
                        >= proxy.index(row, CustomerListModel::Created).data(Qt::UserRole).toLongLong());
        }
        QCOMPARE(seen.size(), 2300);
        // Numbers sort as numbers, not as text ("10" after "9").
        proxy.sort(CustomerListModel::ProviderInstances, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, CustomerListModel::ProviderInstances).data(Qt::UserRole).toInt()
                    <= proxy.index(row, CustomerListModel::ProviderInstances).data(Qt::UserRole).toInt());
    }

    void cancel_afterFirstPage_noMoreRowsArrive()
    {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setPageSize(100);
        QSignalSpy loaded(&model, &CustomerListModel::loaded);
        connect(&model, &QAbstractItemModel::rowsInserted, &model, &CustomerListModel::cancel, Qt::SingleShotConnection);
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(model.totalCount(), 2300); // what the status bar says was there
    }

    void loadFailure_errorSignalledAndNothingHalfLoaded()
    {
        cc::CloudCockpitClient bad;
        cc::ConnectionSettings s;
        s.apiUrl = sandbox->apiUrl();
        s.tenant = sandbox->tenant();
        bad.setConnection(s);
        bad.setCredentials(cc::Credentials::fromToken(QStringLiteral("a.b.c")));
        CustomerListModel model;
        model.setClient(&bad);
        QSignalSpy failed(&model, &CustomerListModel::loadFailed);
        model.load({});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().first().value<cc::ApiError>().kind, cc::ApiError::Kind::Unauthorized);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCustomerListModel)
#include "tst_customerlistmodel.moc"
