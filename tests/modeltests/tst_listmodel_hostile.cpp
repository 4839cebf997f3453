// The customer list model against a server that lies about its pages (tests/support/hostilepeer.h):
// it once grew to 5.9 GB in 20 s on a server that claimed 2^31-1 pages and repeated them.

#include <customerlistmodel.h>

#include <fakejwt.h>
#include <hostilepeer.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QByteArray pageResponse(const QJsonArray &items, int pageNumber, int totalPages, int totalCount, bool hasNext)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"items"_s, items},
                                  {u"paginationParameters"_s, QJsonObject{{u"pageNumber"_s, pageNumber}, {u"pageSize"_s, 2000}}},
                                  {u"totalPages"_s, totalPages},
                                  {u"totalCount"_s, totalCount},
                                  {u"hasPreviousPage"_s, pageNumber > 1},
                                  {u"hasNextPage"_s, hasNext}})
            .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

int pageNumberOf(const QByteArray &path)
{
    return QUrlQuery(QUrl(QString::fromLatin1(path)).query()).queryItemValue(u"pageNumber"_s).toInt();
}

QJsonObject customer(const QUuid &id, const QString &name)
{
    return {{u"id"_s, id.toString(QUuid::WithoutBraces)}, {u"companyName"_s, name}, {u"providerCustomers"_s, QJsonObject{}}};
}

} // namespace

class TestListModelHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<HostilePeer> peer;
    std::unique_ptr<cc::CloudCockpitClient> client;

private Q_SLOTS:
    void init()
    {
        peer = std::make_unique<HostilePeer>();
        QVERIFY(peer->start());
        client = std::make_unique<cc::CloudCockpitClient>();
        cc::ConnectionSettings s;
        s.apiUrl = QUrl(peer->url());
        s.tenant = u"portal.example.com"_s;
        client->setConnection(s);
        client->setCredentials(cc::Credentials::fromToken(fakeCspJwt()));
    }

    void cleanup()
    {
        client.reset();
        peer.reset();
    }

    void repeatedPagesWithoutEnd_eachCustomerOnce_loadEnds()
    {
        // Every page: the same two customers, "more pages" and a count that allows many of them.
        const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
        peer->setDefault([a, b](QTcpSocket *socket, const HostilePeer::Request &request) {
            const int n = pageNumberOf(request.path);
            socket->write(pageResponse({customer(a, u"Alpha"_s), customer(b, u"Beta"_s)}, n, 20, 40000, true));
        });
        CustomerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        QSignalSpy loaded(&model, &CustomerListModel::loaded);
        model.load({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.duplicatesSkipped(), 38);
        QCOMPARE(peer->requests().size(), 20); // what totalCount allows at 2,000 a page, no more
    }

    void claimsBillionsOfCustomers_refusedUpFront()
    {
        peer->setDefault([](QTcpSocket *socket, const HostilePeer::Request &request) {
            const int n = pageNumberOf(request.path);
            socket->write(pageResponse({customer(QUuid::createUuid(), u"Page %1"_s.arg(n))}, n, 2147483647, 2147483647, true));
        });
        CustomerListModel model;
        model.setClient(client.get());
        QSignalSpy failed(&model, &CustomerListModel::loadFailed);
        model.load({});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        const auto error = failed.first().first().value<cc::ApiError>();
        QCOMPARE(error.kind, cc::ApiError::Kind::MalformedResponse);
        QVERIFY2(error.message().contains(u"1,000,000"_s) || error.message().contains(u"1000000"_s), qPrintable(error.message()));
        QVERIFY(!model.isLoading());
        QCOMPARE(peer->requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestListModelHostile)
#include "tst_listmodel_hostile.moc"
