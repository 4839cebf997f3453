#include <core/domain/json.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cc;

#include "tst_json_data.h"

class TestJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customerPage_realistic_everyField()
    {
        const auto p = json::parseCustomerPage(page);
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        QCOMPARE(p.value->totalCount, 7);
        QCOMPARE(p.value->pageNumber, 2);
        QVERIFY(p.value->hasNextPage);
        const Customer &c = p.value->items.at(0);
        QCOMPARE(c.companyName, QStringLiteral("Contoso Lda"));
        QVERIFY(c.isDeleted);
        QVERIFY(c.internalIdentifier.isEmpty());
        QCOMPARE(c.createdDate, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(c.providerCustomers.size(), 1);
        const ProviderCustomer &pc = c.providerCustomers.first();
        QCOMPARE(pc.margin->rule, MarginRule::Markup);
        QCOMPARE(pc.margin->value, 12.5);
        // An offer type this version does not know is skipped, not fatal.
        QCOMPARE(pc.offerTypeMargins.size(), 1);
        QCOMPARE(pc.offerTypeMargins.first().offerType, OfferType::License);
    }

    void customerPage_wrongShapes_errorNotCrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << page.left(page.size() / 2);
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("items object") << QByteArray(R"({"items":{}})");
        QTest::newRow("item not object") << QByteArray(R"({"items":[1]})");
        QTest::newRow("id not uuid") << QByteArray(R"({"items":[{"id":"x"}]})");
        QTest::newRow("name number") << QByteArray(
            R"({"items":[{"id":"3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a","companyName":5}]})");
        QTest::newRow("bad rule") << QByteArray(
            R"({"items":[{"id":"3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a","providerCustomers":{"a":{"margin":{"value":1,"marginRule":{"name":"Gift"}}}}}]})");
        QTest::newRow("negative total") << QByteArray(R"({"items":[],"totalCount":-1})");
        QTest::newRow("total string") << QByteArray(R"({"items":[],"totalCount":"7"})");
    }
    void customerPage_wrongShapes_errorNotCrash()
    {
        QFETCH(QByteArray, body);
        const auto p = json::parseCustomerPage(body);
        QVERIFY(!p.ok());
        QVERIFY(!p.error.message.isEmpty());
    }

    void envelope_fieldErrorsNormalised()
    {
        ApiError e;
        QVERIFY(json::parseErrorEnvelope(envelope400, e));
        QCOMPARE(e.description, QStringLiteral("Bad."));
        QCOMPARE(e.correlationId, QStringLiteral("c-1"));
        QCOMPARE(e.fieldErrors.value(QStringLiteral("offertypemargins[license].value")).size(), 2);
        QCOMPARE(e.fieldErrors.value(QStringLiteral("firstname")), QStringList{QStringLiteral("Required.")});
        ApiError other;
        QVERIFY(!json::parseErrorEnvelope("<html>502</html>", other));
        QVERIFY(!json::parseErrorEnvelope(R"({"hello":1})", other));
    }

    void jsonString_andToken()
    {
        QCOMPARE(*json::parseJsonString("\"https://a.example/x?y=1\\u0026z=2\"").value,
                 QStringLiteral("https://a.example/x?y=1&z=2"));
        QVERIFY(!json::parseJsonString("https://a.example").ok());
        QVERIFY(!json::parseJsonString(R"(["a"])").ok());
        QCOMPARE(json::parseTokenResponse(R"({"access_token":"t","expires_in":"3599"})").value->expiresIn, 3599);
        QVERIFY(!json::parseTokenResponse(R"({"expires_in":3599})").ok());
        QVERIFY(!json::parseTokenResponse(R"({"access_token":"t","expires_in":0})").ok());
        QCOMPARE(json::parseOAuthError(R"({"error":"invalid_client","error_description":"AADSTS7000215"})")->first,
                 QStringLiteral("invalid_client"));
    }

    void jwt_rolesExpiryReseller()
    {
        auto jwt = [](const QByteArray &payload) -> QString {
            const auto b = [](const QByteArray &x) {
                return QString::fromLatin1(x.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            };
            return b("{}") + u'.' + b(payload) + QStringLiteral(".sig");
        };
        auto c = json::decodeJwt(
            jwt(R"({"roles":["reseller"],"exp":1893456000,"resellerId":"3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a"})"));
        QVERIFY(c.ok());
        QCOMPARE(c.value->role, Role::Reseller);
        QCOMPARE(c.value->expiresAt, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!c.value->resellerId.isNull());
        QCOMPARE(json::decodeJwt(jwt(R"({"roles":["reseller","csp"]})")).value->role, Role::Csp);
        QCOMPARE(json::decodeJwt(jwt(R"({"role":"CSP"})")).value->role, Role::Csp);
        QVERIFY(!json::decodeJwt(u"a.b").ok());
        QVERIFY(!json::decodeJwt(u"a.!!!.c").ok());
        QVERIFY(!json::decodeJwt(jwt("not json")).ok());
    }

    void serialize_matchesTheContract()
    {
        AddProviderInstanceRequest r;
        r.providerInstanceId = QUuid(QStringLiteral("3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a"));
        MicrosoftCustomerData d;
        d.domain = QStringLiteral("contoso");
        d.keepPrimaryInformation = false;
        d.firstName = QStringLiteral("Ana");
        r.providerCustomerData = d.toJsonText();
        r.margin = {10, MarginRule::SplitMargin};
        r.offerTypeMargins = {{OfferType::AzurePlan, {4, MarginRule::Markup}}};
        const QJsonObject o = QJsonDocument::fromJson(json::serialize(r)).object();
        QCOMPARE(o.value(u"providerInstanceId").toString(), QStringLiteral("3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a"));
        QVERIFY(o.value(u"providerCustomerData").isString()); // a JSON *string*, not an object
        const QJsonObject data = QJsonDocument::fromJson(o.value(u"providerCustomerData").toString().toUtf8()).object();
        QCOMPARE(data.value(u"Domain").toString(), QStringLiteral("contoso"));
        QCOMPARE(data.value(u"FirstName").toString(), QStringLiteral("Ana"));
        QCOMPARE(o.value(u"margin").toObject().value(u"marginRule").toObject().value(u"name").toString(),
                 QStringLiteral("SplitMargin"));
        QCOMPARE(o.value(u"offerTypeMargins").toObject().value(u"AzurePlan").toObject().value(u"value").toDouble(), 4.0);

        McaUpdate m;
        m.providerInstanceId = r.providerInstanceId;
        m.agreementDate = QDate(2026, 3, 4);
        const QJsonObject mo = QJsonDocument::fromJson(json::serialize(m)).object();
        QCOMPARE(mo.value(u"agreementDate").toString(), QStringLiteral("2026-03-04T00:00:00Z"));
        QVERIFY(!mo.contains(u"firstName"));

        InternalIdentifierUpdate i;
        const QJsonObject io = QJsonDocument::fromJson(json::serialize(i)).object();
        QVERIFY(io.value(u"internalIdentifier").isNull());
        QVERIFY(io.value(u"resellerId").isNull());
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
