// Resellers, margins of an existing relationship and MCA status (#17): the parsers of what the
// server sends, the body we send, the checks before sending, and how a lost margins PATCH is
// found applied or not.

#include <core/domain/json.h>
#include <core/domain/outcome.h>
#include <core/domain/validation.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cc;

namespace {

const QByteArray resellerPage = R"({
  "items": [
    {"id": "7d3c1b2a-1111-4e5f-8a9b-0c1d2e3f4a5b", "companyName": "Northwind Resale", "country": "PT",
     "addressLine1": "Rua A 1", "addressLine2": null, "city": "Lisboa", "state": null, "zipCode": "1000-001",
     "firstName": "Ana", "lastName": "Silva", "email": "ana@northwind.example", "phone": "+351 210 000 000",
     "internalIdentifier": "R-1", "taxId": "PT500000000", "customDomain": "portal.northwind.example",
     "providerResellers": {"x": {"priceMargin": {"value": 3}}}, "somethingNew": [1, 2]}
  ],
  "paginationParameters": {"pageNumber": 1, "pageSize": 25},
  "totalPages": 1, "totalCount": 1, "hasPreviousPage": false, "hasNextPage": false
})";

const QByteArray mcaItem = R"({
  "customerId": "3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a", "providerCustomerId": "tenant-1",
  "companyName": "Contoso Lda", "providerInstanceId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  "providerInstanceName": "Microsoft CSP", "firstName": "Rui", "lastName": "Costa",
  "email": "rui@contoso.example", "phone": "+351 1", "status": {"name": "LinkGenerated"},
  "agreementDate": null, "linkExpirationDate": "2026-12-09T10:00:00Z", "attestation": {"whatever": true}
})";

} // namespace

class TestStaffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resellerPage_realistic_everyFieldAndUnknownOnesIgnored()
    {
        const auto p = json::parseResellerPage(resellerPage);
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        QCOMPARE(p.value->items.size(), 1);
        const Reseller &r = p.value->items.first();
        QCOMPARE(r.id, QUuid::fromString(QStringLiteral("7d3c1b2a-1111-4e5f-8a9b-0c1d2e3f4a5b")));
        QCOMPARE(r.companyName, QStringLiteral("Northwind Resale"));
        QCOMPARE(r.zipCode, QStringLiteral("1000-001"));
        QCOMPARE(r.customDomain, QStringLiteral("portal.northwind.example"));
        QVERIFY(r.addressLine2.isEmpty());
        // Written out for --format json with the contract's names, and read back the same.
        const QByteArray again = QJsonDocument(json::toJson(r)).toJson();
        const auto back = json::parseReseller(again);
        QVERIFY2(back.ok(), qPrintable(back.error.message));
        QCOMPARE(back.value->email, r.email);
    }

    void reseller_wrongShapes_errorNotCrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no id") << QByteArray(R"({"companyName":"X"})");
        QTest::newRow("id not uuid") << QByteArray(R"({"id":"R-1"})");
        QTest::newRow("name number") << QByteArray(R"({"id":"7d3c1b2a-1111-4e5f-8a9b-0c1d2e3f4a5b","companyName":5})");
        QTest::newRow("providerResellers array")
            << QByteArray(R"({"id":"7d3c1b2a-1111-4e5f-8a9b-0c1d2e3f4a5b","providerResellers":[]})");
        QTest::newRow("larger than the cap") << (QByteArray(R"({"id":"7d3c1b2a-1111-4e5f-8a9b-0c1d2e3f4a5b","companyName":")") +
                                                 QByteArray(json::MaxObjectBodyBytes, 'a') + "\"}");
    }
    void reseller_wrongShapes_errorNotCrash()
    {
        QFETCH(QByteArray, body);
        const auto p = json::parseReseller(body);
        QVERIFY(!p.ok());
        QVERIFY(!p.error.message.isEmpty());
    }

    void resellerPage_itemWrong_namesTheItem()
    {
        const auto p = json::parseResellerPage(R"({"items":[{"id":"7d3c1b2a-1111-4e5f-8a9b-0c1d2e3f4a5b"},{"id":7}]})");
        QVERIFY(!p.ok());
        QVERIFY2(p.error.message.contains(u"items[1]"), qPrintable(p.error.message));
    }

    void mcaItem_realistic_statusCaseInsensitiveAndDates()
    {
        const auto p = json::parseMcaItem(mcaItem);
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        QCOMPARE(p.value->status, McaStatus::LinkGenerated);
        QCOMPARE(p.value->companyName, QStringLiteral("Contoso Lda"));
        QCOMPARE(p.value->providerInstanceName, QStringLiteral("Microsoft CSP"));
        QCOMPARE(p.value->linkExpiresAt, QDateTime(QDate(2026, 12, 9), QTime(10, 0), Qt::UTC));
        QVERIFY(!p.value->agreementDate.isValid());
    }

    void mcaPage_samePairTwice_sameListingKey_otherInstanceAnother()
    {
        // OrderedPages leaves out an item whose key an earlier page gave: the key is the pair.
        const QByteArray a = mcaItem;
        QByteArray b = mcaItem;
        b.replace("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "0a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
        const auto p = json::parseMcaPage("{\"items\":[" + a + ',' + a + ',' + b + "]}");
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        QCOMPARE(p.value->items.size(), 3);
        QCOMPARE(p.value->items.at(0).id, p.value->items.at(1).id);
        QVERIFY(p.value->items.at(0).id != p.value->items.at(2).id);
        QVERIFY(!p.value->items.at(0).id.isNull());
    }

    void mca_wrongShapes_errorNotCrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unknown status") << QByteArray(mcaItem).replace("LinkGenerated", "signed");
        QTest::newRow("status a string") << QByteArray(mcaItem).replace(R"({"name": "LinkGenerated"})", R"("linkgenerated")");
        QTest::newRow("no status") << QByteArray(mcaItem).replace(R"("status": {"name": "LinkGenerated"},)", "");
        QTest::newRow("no customer id") << QByteArray(mcaItem).replace("\"customerId\"", "\"customer\"");
        QTest::newRow("instance id not uuid") << QByteArray(mcaItem).replace("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "ms");
        QTest::newRow("expiry not a date") << QByteArray(mcaItem).replace("2026-12-09T10:00:00Z", "tomorrow");
        QTest::newRow("agreement date number") << QByteArray(mcaItem).replace("\"agreementDate\": null", "\"agreementDate\": 5");
    }
    void mca_wrongShapes_errorNotCrash()
    {
        QFETCH(QByteArray, body);
        const auto p = json::parseMcaItem(body);
        QVERIFY(!p.ok());
        QVERIFY(!p.error.message.isEmpty());
        if (!body.isEmpty()) // "items":[] is a page with no agreements
            QVERIFY(!json::parseMcaPage("{\"items\":[" + body + "]}").ok());
    }

    void mcaRefresh_documentedBody_andExpiryRange()
    {
        const auto p = json::parseMcaRefresh(
            R"({"firstName":"Rui","lastName":"Costa","email":"r@c.example","phone":"1","expirationTime":10080})");
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        QCOMPARE(p.value->expirationMinutes, 10080);
        QCOMPARE(p.value->firstName, QStringLiteral("Rui"));
        const auto none = json::parseMcaRefresh(R"({"expirationTime":null})");
        QVERIFY(none.ok());
        QVERIFY(!none.value->expirationMinutes);
        QVERIFY(!json::parseMcaRefresh(R"({"expirationTime":4})").ok());
        QVERIFY(!json::parseMcaRefresh(R"({"expirationTime":10081})").ok());
        QVERIFY(!json::parseMcaRefresh(R"({"expirationTime":"60"})").ok());
        QVERIFY(!json::parseMcaRefresh("[]").ok());
    }

    void statusNames_roundTrip_wireSpelling()
    {
        for (McaStatus s : allMcaStatuses()) {
            QCOMPARE(mcaStatusFromName(mcaStatusName(s)), s);
            QCOMPARE(mcaStatusName(s), mcaStatusName(s).toLower());
            QVERIFY(!mcaStatusDisplayName(s).isEmpty());
        }
        QCOMPARE(allMcaStatuses().size(), 5);
        QCOMPARE(mcaStatusFromName(u"AgreementCreated"), McaStatus::AgreementCreated);
        QVERIFY(!mcaStatusFromName(u"compliant"));
    }

    void serializeMargins_matchesTheContract()
    {
        MarginsUpdate u;
        u.providerInstanceId = QUuid::createUuid();
        u.margin = {12.5, MarginRule::SplitMargin};
        u.offerTypeMargins = {{OfferType::AzurePlan, {3, MarginRule::Markup}}};
        const QJsonObject o = QJsonDocument::fromJson(json::serialize(u)).object();
        QCOMPARE(o.value(u"margin").toObject().value(u"value").toDouble(), 12.5);
        QCOMPARE(o.value(u"margin").toObject().value(u"marginRule").toObject().value(u"name").toString(),
                 QStringLiteral("SplitMargin"));
        QCOMPARE(o.value(u"offerTypeMargins").toObject().value(u"AzurePlan").toObject().value(u"value").toDouble(), 3.0);
        QVERIFY(o.value(u"resellerId").isNull());
        QVERIFY(!o.contains(u"providerInstanceId")); // it is in the path
        // No offer-type margins: an empty object, which removes every offer type's own margin.
        u.offerTypeMargins.clear();
        u.resellerId = QUuid::fromString(QStringLiteral("7d3c1b2a-1111-4e5f-8a9b-0c1d2e3f4a5b"));
        const QJsonObject o2 = QJsonDocument::fromJson(json::serialize(u)).object();
        QVERIFY(o2.value(u"offerTypeMargins").isObject());
        QVERIFY(o2.value(u"offerTypeMargins").toObject().isEmpty());
        QCOMPARE(o2.value(u"resellerId").toString(), QStringLiteral("7d3c1b2a-1111-4e5f-8a9b-0c1d2e3f4a5b"));
    }

    void validateMargins_rangeRulesDuplicatesAndOfferedTypes()
    {
        MarginsUpdate u;
        u.providerInstanceId = QUuid::createUuid();
        u.margin = {999, MarginRule::Markup};
        QVERIFY(validation::validate(u).isEmpty());
        u.margin = {999.5, MarginRule::Markup};
        QVERIFY(validation::validate(u).contains(QStringLiteral("margin.value")));
        u.margin = {-1, MarginRule::Markup};
        QVERIFY(validation::validate(u).contains(QStringLiteral("margin.value")));
        u.margin = {100, MarginRule::Margin};
        QVERIFY(validation::validate(u).contains(QStringLiteral("margin.value")));
        u.margin = {10, MarginRule::Markup};
        u.offerTypeMargins = {{OfferType::License, {1000, MarginRule::Markup}},
                              {OfferType::AzurePlan, {5, MarginRule::Markup}},
                              {OfferType::AzurePlan, {6, MarginRule::Markup}}};
        const FieldErrors e = validation::validate(u, {OfferType::License});
        QVERIFY(e.contains(QStringLiteral("offertypemargins[license].value")));
        QVERIFY(!e.contains(QStringLiteral("offertypemargins[license]")));
        QVERIFY(e.contains(QStringLiteral("offertypemargins[azureplan]"))); // not sold, and twice
        QCOMPARE(normalizePropertyPath(u"OfferTypeMargins[AzurePlan]"), QStringLiteral("offertypemargins[azureplan]"));
        // Without what the instance sells, only the server can tell.
        u.offerTypeMargins.removeLast();
        u.offerTypeMargins.first().margin.value = 1;
        QVERIFY(validation::validate(u).isEmpty());
        QVERIFY(validation::validate(u, {OfferType::License}).contains(QStringLiteral("offertypemargins[azureplan]")));
        u.providerInstanceId = {};
        QVERIFY(validation::validate(u).contains(QStringLiteral("providerinstanceid")));
    }

    void validateQueries_pagingSearchAndCombinations()
    {
        ResellerQuery r;
        QVERIFY(validation::validate(r).isEmpty());
        r.pageSize = 2001;
        r.searchValue = QString(256, u'x');
        r.customerId = QUuid::createUuid();
        const FieldErrors re = validation::validate(r);
        QVERIFY(re.contains(QStringLiteral("pagesize")));
        QVERIFY(re.contains(QStringLiteral("searchvalue")));
        QVERIFY(re.contains(QStringLiteral("providerinstanceid")));

        McaQuery m;
        QVERIFY(validation::validate(m).isEmpty());
        m.pageNumber = 0;
        m.searchValue = QString(255, u'x');
        m.excludeCompliant = true;
        m.status = McaStatus::AgreementCreated;
        const FieldErrors me = validation::validate(m);
        QVERIFY(me.contains(QStringLiteral("pagenumber")));
        QVERIFY(!me.contains(QStringLiteral("searchvalue")));
        QVERIFY(me.contains(QStringLiteral("status")));
    }

    void outcomeOfMargins_appliedOnlyWhenEverythingMatches()
    {
        const QUuid instance = QUuid::createUuid();
        MarginsUpdate sent;
        sent.providerInstanceId = instance;
        sent.margin = {12.5, MarginRule::Markup};
        sent.offerTypeMargins = {{OfferType::License, {3, MarginRule::Margin}}, {OfferType::AzurePlan, {4, MarginRule::Markup}}};
        Customer c;
        ProviderCustomer pc;
        pc.providerInstanceId = instance;
        pc.margin = PriceMargin{12.5, MarginRule::Markup};
        pc.offerTypeMargins = {sent.offerTypeMargins.at(1), sent.offerTypeMargins.at(0)}; // another order
        c.providerCustomers = {pc};
        QVERIFY(outcome::holds(c, sent));

        Customer old = c;
        old.providerCustomers[0].margin = PriceMargin{10, MarginRule::Markup};
        QVERIFY(!outcome::holds(old, sent));
        old = c;
        old.providerCustomers[0].margin = PriceMargin{12.5, MarginRule::Margin};
        QVERIFY(!outcome::holds(old, sent));
        old = c;
        old.providerCustomers[0].offerTypeMargins.append({OfferType::AzureLegacy, {1, MarginRule::Markup}});
        QVERIFY(!outcome::holds(old, sent)); // a margin the PATCH would have removed is still there
        old = c;
        old.providerCustomers[0].offerTypeMargins[0].margin.value = 5;
        QVERIFY(!outcome::holds(old, sent));
        old = c;
        old.providerCustomers.clear();
        QVERIFY(!outcome::holds(old, sent));
    }
};

QTEST_GUILESS_MAIN(TestStaffer)
#include "tst_staffer.moc"
