// The sandbox's write routes against the contract: adding a provider instance, recording a
// Microsoft Customer Agreement and setting an internal identifier (validation, roles, storage).

#include "sandboxfixture.h"

using namespace sandboxtest;

class TstSandboxWrites : public QObject, public SandboxFixture
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

    // ----- add a provider instance ---------------------------------------------------------------

    void addProviderInstance_microsoft_201AndStoredForNextRead()
    {
        const QUuid instance = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("License"));
        const QJsonObject c = customerWithout(instance);
        QVERIFY(!c.isEmpty());
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString data = QStringLiteral(
            "{\"Domain\":\"freshcontoso\",\"CredentialsEmail\":\"admin@example.com\",\"KeepPrimaryInformation\":true}");
        const QString body = u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":" % quoted(data) %
                             u",\"margin\":" % margin(12.5, QStringLiteral("Markup")) % u",\"offerTypeMargins\":{\"License\":" %
                             margin(7, QStringLiteral("Margin")) % u",\"AzurePlan\":" %
                             margin(3, QStringLiteral("ErpMinusDiscount")) % u"}}";
        const QByteArray cid = "0b6f8a3e-64c2-4f5d-9e1b-7a2c3d4e5f60";
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")), body, {}, {}, cid);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.contentType, JsonUtf8);
        const QString providerCustomerId = r.jsonString();
        QVERIFY(!providerCustomerId.isEmpty());
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 1);

        const QJsonObject after = customer(customerId);
        const QJsonObject pc = after.value(u"providerCustomers").toObject().value(id(instance)).toObject();
        QCOMPARE(uuidOf(pc.value(u"providerInstanceId")), instance);
        QCOMPARE(pc.value(u"providerCustomerId").toString(), providerCustomerId);
        QCOMPARE(providerData(after, instance).value(u"Domain").toString(), QStringLiteral("freshcontoso"));
        QCOMPARE(pc.value(u"margin").toObject().value(u"value").toDouble(), 12.5);
        QCOMPARE(pc.value(u"margin").toObject().value(u"marginRule").toObject().value(u"name").toString(),
                 QStringLiteral("Markup"));
        const QJsonObject otm = pc.value(u"offerTypeMargins").toObject();
        QCOMPARE(otm.size(), 2);
        QCOMPARE(otm.value(u"License").toObject().value(u"value").toDouble(), 7.0);
        QCOMPARE(otm.value(u"AzurePlan").toObject().value(u"marginRule").toObject().value(u"name").toString(),
                 QStringLiteral("ErpMinusDiscount"));
        QCOMPARE(QJsonDocument::fromJson(m_server->customerJson(customerId)).object(), after);
        // The list shows the write too (the cached page is rebuilt).
        bool listed = false;
        for (const QJsonValue &v : allCustomers())
            listed = listed || (uuidOf(v.toObject().value(u"id")) == customerId && hasInstance(v.toObject(), instance));
        QVERIFY(listed);
        // And the new provider customer id is searchable.
        const Reply search =
            get(QStringLiteral("/v1/Customers"), {{QStringLiteral("searchField"), QStringLiteral("ProviderCustomerId")},
                                                  {QStringLiteral("searchValue"), providerCustomerId}});
        QCOMPARE(search.items().size(), 1);
        QCOMPARE(uuidOf(search.items().at(0).toObject().value(u"id")), customerId);
    }

    void addProviderInstance_nonMicrosoftWithoutData_201()
    {
        const QUuid instance = instanceOf(QStringLiteral("Acronis"));
        const QJsonObject c = customerWithout(instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":null,\"margin\":" %
                                  margin(10, QStringLiteral("SplitMargin")) % u"}");
        QCOMPARE(r.status, 201);
        QVERIFY(hasInstance(customer(customerId), instance));
    }

    void addProviderInstance_pascalCaseNamesAndLowerCaseRule_accepted()
    {
        // The contract's own request example: PascalCase properties, rule name in lower case.
        const QUuid instance = instanceOf(QStringLiteral("Adobe"));
        const QJsonObject c = customerWithout(instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString body =
            u"{\"ProviderInstanceId\":\"" % id(instance) %
            u"\",\"ProviderCustomerData\":\"{}\",\"Margin\":{\"Value\":10,\"MarginRule\":{\"Name\":\"markup\"}},"
            u"\"OfferTypeMargins\":{\"license\":{\"VALUE\":4,\"marginrule\":{\"name\":\"SPLITMARGIN\"}}},\"Ignored\":true}";
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")), body);
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        const QJsonObject pc = customer(customerId).value(u"providerCustomers").toObject().value(id(instance)).toObject();
        // Stored in the documented spelling.
        QCOMPARE(pc.value(u"margin").toObject().value(u"marginRule").toObject().value(u"name").toString(),
                 QStringLiteral("Markup"));
        QCOMPARE(pc.value(u"offerTypeMargins")
                     .toObject()
                     .value(u"License")
                     .toObject()
                     .value(u"marginRule")
                     .toObject()
                     .value(u"name")
                     .toString(),
                 QStringLiteral("SplitMargin"));
    }

    void addProviderInstance_invalidBody_400WithPropertyPath_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("property");
        // %1: a Microsoft instance selling License and AzurePlan; the customer does not have it.
        const QString ms =
            QStringLiteral("\"providerInstanceId\":\"%1\",\"providerCustomerData\":\"{\\\"Domain\\\":\\\"brandnew42\\\"}\"");
        QTest::newRow("not json") << QStringLiteral("{\"providerInstanceId\":") << QStringLiteral("$");
        QTest::newRow("array body") << QStringLiteral("[]") << QStringLiteral("$");
        QTest::newRow("no instance") << QStringLiteral("{\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
                                     << QStringLiteral("ProviderInstanceId");
        QTest::newRow("instance not a uuid")
            << QStringLiteral("{\"providerInstanceId\":\"ms\",\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
            << QStringLiteral("ProviderInstanceId");
        QTest::newRow("no margin") << u'{' % ms % u'}' << QStringLiteral("Margin");
        QTest::newRow("margin value text") << u'{' % ms % u",\"margin\":{\"value\":\"ten\",\"marginRule\":{\"name\":\"Markup\"}}}"
                                           << QStringLiteral("Margin.Value");
        QTest::newRow("unknown rule") << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Discount")) % u'}'
                                      << QStringLiteral("Margin.MarginRule.Name");
        QTest::newRow("no rule") << u'{' % ms % u",\"margin\":{\"value\":5}}" << QStringLiteral("Margin.MarginRule.Name");
        QTest::newRow("margin 100") << u'{' % ms % u",\"margin\":" % margin(100, QStringLiteral("Margin")) % u'}'
                                    << QStringLiteral("Margin.Value");
        QTest::newRow("erp minus discount 100")
            << u'{' % ms % u",\"margin\":" % margin(100, QStringLiteral("ErpMinusDiscount")) % u'}'
            << QStringLiteral("Margin.Value");
        QTest::newRow("split margin 200") << u'{' % ms % u",\"margin\":" % margin(200, QStringLiteral("SplitMargin")) % u'}'
                                          << QStringLiteral("Margin.Value");
        QTest::newRow("markup 1000.5") << u'{' % ms % u",\"margin\":" % margin(1000.5, QStringLiteral("Markup")) % u'}'
                                       << QStringLiteral("Margin.Value");
        QTest::newRow("markup 999.5") << u'{' % ms % u",\"margin\":" % margin(999.5, QStringLiteral("Markup")) % u'}'
                                      << QStringLiteral("Margin.Value");
        QTest::newRow("below 0") << u'{' % ms % u",\"margin\":" % margin(-0.5, QStringLiteral("Markup")) % u'}'
                                 << QStringLiteral("Margin.Value");
        QTest::newRow("offer type value") << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Markup")) %
                                                 u",\"offerTypeMargins\":{\"License\":" % margin(150, QStringLiteral("Margin")) %
                                                 u"}}"
                                          << QStringLiteral("OfferTypeMargins[License].Value");
        QTest::newRow("offer type rule") << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Markup")) %
                                                u",\"offerTypeMargins\":{\"AzurePlan\":" % margin(5, QStringLiteral("Bonus")) %
                                                u"}}"
                                         << QStringLiteral("OfferTypeMargins[AzurePlan].MarginRule.Name");
        QTest::newRow("unknown offer type") << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Markup")) %
                                                   u",\"offerTypeMargins\":{\"Foo\":" % margin(5, QStringLiteral("Markup")) %
                                                   u"}}"
                                            << QStringLiteral("OfferTypeMargins[Foo]");
        QTest::newRow("offer type markup above 50")
            << u'{' % ms % u",\"margin\":" % margin(5, QStringLiteral("Markup")) % u",\"offerTypeMargins\":{\"License\":" %
                   margin(51, QStringLiteral("Markup")) % u"}}"
            << QStringLiteral("OfferTypeMargins[License].Value");
        QTest::newRow("data not json") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":\"{Domain:\","
                                                         "\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
                                       << QStringLiteral("ProviderCustomerData");
        QTest::newRow("data an object") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":{\"Domain\":"
                                                          "\"x\"},\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
                                        << QStringLiteral("ProviderCustomerData");
        QTest::newRow("microsoft without domain")
            << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":\"{\\\"Language\\\":\\\"pt\\\"}\","
                              "\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
            << QStringLiteral("ProviderCustomerData.Domain");
        QTest::newRow("microsoft without data")
            << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":null,\"margin\":{\"value\":1,"
                              "\"marginRule\":{\"name\":\"Markup\"}}}")
            << QStringLiteral("ProviderCustomerData.Domain");
        QTest::newRow("domain with spaces")
            << QStringLiteral("{\"providerInstanceId\":\"%1\",\"providerCustomerData\":\"{\\\"Domain\\\":\\\"my "
                              "shop\\\"}\",\"margin\":{\"value\":1,\"marginRule\":{\"name\":\"Markup\"}}}")
            << QStringLiteral("ProviderCustomerData.Domain");
    }

    void addProviderInstance_invalidBody_400WithPropertyPath()
    {
        QFETCH(QString, body);
        QFETCH(QString, property);
        const QUuid instance = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("AzurePlan"));
        const QJsonObject c = customerWithout(instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QByteArray before = m_server->customerJson(customerId);
        if (body.contains(u"%1"))
            body = body.arg(id(instance));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")), body);
        QVERIFY2(validationProblem(r, property).isEmpty(), qPrintable(validationProblem(r, property)));
        QCOMPARE(m_server->customerJson(customerId), before);
    }

    void addProviderInstance_severalProblems_allReportedAtOnce()
    {
        const QUuid instance = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("AzurePlan"));
        const QUuid customerId = uuidOf(customerWithout(instance).value(u"id"));
        const Reply r =
            write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                  u"{\"providerInstanceId\":\"" % id(instance) %
                      u"\",\"providerCustomerData\":\"{}\",\"margin\":{\"value\":\"x\",\"marginRule\":{\"name\":\"y\"}},"
                      u"\"offerTypeMargins\":{\"Foo\":" %
                      margin(1, QStringLiteral("Markup")) % u"}}");
        QCOMPARE(r.status, 400);
        const QStringList properties = r.errorProperties();
        for (const char *p : {"Margin.Value", "Margin.MarginRule.Name", "OfferTypeMargins[Foo]", "ProviderCustomerData.Domain"})
            QVERIFY2(properties.contains(QLatin1StringView(p)), qPrintable(properties.join(u", ")));
        QCOMPARE(QSet<QString>(properties.begin(), properties.end()).size(), properties.size());
    }

    void addProviderInstance_alreadyAdded_400ProviderInstanceId()
    {
        const QUuid instance = instanceOf(QStringLiteral("Adobe"));
        const QJsonObject c = find([&](const QJsonObject &o) { return hasInstance(o, instance); }, allCustomers());
        QVERIFY(!c.isEmpty());
        const QUuid customerId = uuidOf(c.value(u"id"));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                                  margin(10, QStringLiteral("Markup")) % u'}');
        QVERIFY2(validationProblem(r, QStringLiteral("ProviderInstanceId")).isEmpty(), qPrintable(r.describe()));
    }

    void addProviderInstance_domainTaken_400ProviderCustomerDataDomain_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("as stored") << 0;
        QTest::newRow("upper case") << 1;
        QTest::newRow("with .onmicrosoft.com") << 2;
        QTest::newRow("added moments ago") << 3;
    }

    void addProviderInstance_domainTaken_400ProviderCustomerDataDomain()
    {
        QFETCH(int, variant);
        const QUuid direct = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("License"));
        const QUuid legacy = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("LicenseLegacy"));
        const QJsonArray all = allCustomers();
        const QJsonObject owner = find([&](const QJsonObject &o) { return hasInstance(o, direct); }, all);
        QString domain = providerData(owner, direct).value(u"Domain").toString();
        QVERIFY(!domain.isEmpty());
        const QJsonObject other =
            find([&](const QJsonObject &o) { return !hasInstance(o, legacy) && o.value(u"id") != owner.value(u"id"); }, all);
        QVERIFY(!other.isEmpty());
        if (variant == 1)
            domain = domain.toUpper();
        if (variant == 2)
            domain += QStringLiteral(".onmicrosoft.com");
        const auto add = [&](const QJsonObject &customerObject, const QUuid &instance) {
            return write("POST", customerPath(uuidOf(customerObject.value(u"id")), QStringLiteral("provider-instances")),
                         u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":" %
                             quoted(u"{\"Domain\":\"" % domain % u"\"}") % u",\"margin\":" %
                             margin(10, QStringLiteral("Markup")) % u'}');
        };
        if (variant == 3) {
            domain = QStringLiteral("justadded");
            const QJsonObject first =
                find([&](const QJsonObject &o) { return !hasInstance(o, direct) && o.value(u"id") != other.value(u"id"); }, all);
            QCOMPARE(add(first, direct).status, 201);
        }
        const Reply r = add(other, legacy);
        QVERIFY2(validationProblem(r, QStringLiteral("ProviderCustomerData.Domain")).isEmpty(), qPrintable(r.describe()));
        QVERIFY(r.object()
                    .value(u"errors")
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"description")
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(u"already taken"));
    }

    void addProviderInstance_offerTypeNotSoldByInstance_400ThatKey()
    {
        // AzurePlan is a documented offer type, but the legacy Microsoft instance does not sell it.
        const QUuid legacy = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("LicenseLegacy"));
        const QUuid customerId = uuidOf(customerWithout(legacy).value(u"id"));
        const Reply r =
            write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                  u"{\"providerInstanceId\":\"" % id(legacy) %
                      u"\",\"providerCustomerData\":\"{\\\"Domain\\\":\\\"legacyonly1\\\"}\",\"margin\":" %
                      margin(10, QStringLiteral("Markup")) % u",\"offerTypeMargins\":{\"LicenseLegacy\":" %
                      margin(5, QStringLiteral("Markup")) % u",\"azureplan\":" % margin(5, QStringLiteral("Markup")) % u"}}");
        QVERIFY2(validationProblem(r, QStringLiteral("OfferTypeMargins[AzurePlan]")).isEmpty(), qPrintable(r.describe()));
        QVERIFY(!r.errorProperties().contains(u"OfferTypeMargins[LicenseLegacy]"));
    }

    void addProviderInstance_unknownInstanceOrCustomer_404()
    {
        const QUuid customerId = m_server->customerIds().first();
        const Reply unknownInstance =
            write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                  u"{\"providerInstanceId\":\"" % id(QUuid::createUuid()) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                      margin(10, QStringLiteral("Markup")) % u'}');
        QVERIFY2(envelopeProblem(unknownInstance, 404).isEmpty(), qPrintable(unknownInstance.describe()));
        const Reply unknownCustomer =
            write("POST", customerPath(QUuid::createUuid(), QStringLiteral("provider-instances")),
                  u"{\"providerInstanceId\":\"" % id(instanceOf(QStringLiteral("Adobe"))) %
                      u"\",\"providerCustomerData\":\"{}\",\"margin\":" % margin(10, QStringLiteral("Markup")) % u'}');
        QVERIFY2(envelopeProblem(unknownCustomer, 404).isEmpty(), qPrintable(unknownCustomer.describe()));
    }

    void addProviderInstance_resellerTokenWithResellerId_403()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QUuid instance = instanceOf(QStringLiteral("Acronis"));
        const QUuid customerId = uuidOf(customerWithout(instance, reseller, false).value(u"id"));
        QVERIFY(!customerId.isNull());
        const QByteArray before = m_server->customerJson(customerId);
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                                  margin(10, QStringLiteral("Markup")) % u'}',
                              m_server->resellerToken(), {{QStringLiteral("resellerId"), id(reseller)}});
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_server->customerJson(customerId), before);
    }

    void addProviderInstance_byRelationship_visibleOnlyToItsOwner()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QUuid acronis = instanceOf(QStringLiteral("Acronis"));
        const QUuid adobe = instanceOf(QStringLiteral("Adobe"));
        const QJsonObject c = find(
            [&](const QJsonObject &o) {
                return uuidOf(o.value(u"resellerId")) == reseller && !hasInstance(o, acronis) && !hasInstance(o, adobe);
            },
            allCustomers());
        QVERIFY(!c.isEmpty());
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString path = customerPath(customerId, QStringLiteral("provider-instances"));
        // The CSP adds Acronis to the reseller's relationship, and Adobe to its own.
        QCOMPARE(write("POST", path,
                       u"{\"providerInstanceId\":\"" % id(acronis) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                           margin(10, QStringLiteral("Markup")) % u'}',
                       {}, {{QStringLiteral("resellerId"), id(reseller)}})
                     .status,
                 201);
        QCOMPARE(write("POST", path,
                       u"{\"providerInstanceId\":\"" % id(adobe) % u"\",\"providerCustomerData\":\"{}\",\"margin\":" %
                           margin(10, QStringLiteral("Markup")) % u'}')
                     .status,
                 201);
        const QJsonObject asCsp = customer(customerId);
        QVERIFY(hasInstance(asCsp, acronis) && hasInstance(asCsp, adobe));
        const QJsonObject asReseller = customer(customerId, m_server->resellerToken());
        QVERIFY(hasInstance(asReseller, acronis));
        QVERIFY(!hasInstance(asReseller, adobe));
        // A reseller relationship the customer does not have.
        QUuid otherReseller;
        for (const QUuid &r : m_server->resellerIds())
            if (r != reseller)
                otherReseller = r;
        const QUuid legacy = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("LicenseLegacy"));
        const Reply wrong = write("POST", path,
                                  u"{\"providerInstanceId\":\"" % id(legacy) %
                                      u"\",\"providerCustomerData\":\"{\\\"Domain\\\":\\\"nobodyhas1\\\"}\",\"margin\":" %
                                      margin(10, QStringLiteral("Markup")) % u'}',
                                  {}, {{QStringLiteral("resellerId"), id(otherReseller)}});
        QVERIFY2(validationProblem(wrong, QStringLiteral("ResellerId")).isEmpty(), qPrintable(wrong.describe()));
    }

    void addProviderInstance_asReseller_addedToItsRelationship()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QUuid acronis = instanceOf(QStringLiteral("Acronis"));
        const QUuid customerId = uuidOf(customerWithout(acronis, reseller, false).value(u"id"));
        const Reply r = write("POST", customerPath(customerId, QStringLiteral("provider-instances")),
                              u"{\"providerInstanceId\":\"" % id(acronis) % u"\",\"providerCustomerData\":null,\"margin\":" %
                                  margin(15, QStringLiteral("Margin")) % u'}',
                              m_server->resellerToken());
        QCOMPARE(r.status, 201);
        QVERIFY(hasInstance(customer(customerId, m_server->resellerToken()), acronis));
        QVERIFY(hasInstance(customer(customerId), acronis));
    }

    // ----- Microsoft Customer Agreement ----------------------------------------------------------

    void mca_keepPrimary_200EmptyBodyAndStored()
    {
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString date = agreementDateAfterCreation(c);
        const QByteArray cid = "4a1b2c3d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
        const Reply r = write("PATCH", customerPath(customerId, QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"agreementDate\":\"" % date %
                                  u"\",\"keepPrimaryInformation\":true}",
                              {}, {}, cid);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.correlationId, cid);
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 1);
        const QJsonObject data = providerData(customer(customerId), instance);
        QCOMPARE(data.value(u"AcceptedMCA").toBool(), true);
        QCOMPARE(QDateTime::fromString(data.value(u"AgreementDate").toString(), Qt::ISODate),
                 QDateTime::fromString(date, Qt::ISODate));
        QCOMPARE(data.value(u"KeepPrimaryInformation").toBool(), true);
        QCOMPARE(providerData(QJsonDocument::fromJson(m_server->customerJson(customerId)).object(), instance), data);
    }

    void mca_ownContact_contactStored()
    {
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance, true);
        const QUuid customerId = uuidOf(c.value(u"id"));
        // Lower-case and PascalCase names alike, as a reseller.
        const Reply r =
            write("PATCH", customerPath(customerId, QStringLiteral("microsoft-customer-agreement")),
                  u"{\"ProviderInstanceId\":\"" % id(instance) % u"\",\"AgreementDate\":\"" % agreementDateAfterCreation(c, 1) %
                      u"\",\"keepprimaryinformation\":false,\"FirstName\":\"Inês\",\"lastName\":\"Álvares\","
                      u"\"EMAIL\":\"ines@example.pt\",\"phone\":\"+351 912 345 678\"}",
                  m_server->resellerToken());
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonObject data = providerData(customer(customerId), instance);
        QCOMPARE(data.value(u"KeepPrimaryInformation").toBool(true), false);
        QCOMPARE(data.value(u"FirstName").toString(), QStringLiteral("Inês"));
        QCOMPARE(data.value(u"LastName").toString(), QStringLiteral("Álvares"));
        QCOMPARE(data.value(u"Email").toString(), QStringLiteral("ines@example.pt"));
        QCOMPARE(data.value(u"Phone").toString(), QStringLiteral("+351 912 345 678"));
    }

    void mca_invalidBody_400WithProperty_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("property");
        // %1 instance, %2 a valid agreement date.
        QTest::newRow("not json") << QStringLiteral("agreement") << QStringLiteral("$");
        QTest::newRow("no instance") << QStringLiteral("{\"agreementDate\":\"%2\",\"keepPrimaryInformation\":true}")
                                     << QStringLiteral("ProviderInstanceId");
        QTest::newRow("no date") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"keepPrimaryInformation\":true}")
                                 << QStringLiteral("AgreementDate");
        QTest::newRow("bad date")
            << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"yesterday\",\"keepPrimaryInformation\":true}")
            << QStringLiteral("AgreementDate");
        QTest::newRow("future date")
            << QStringLiteral(
                   "{\"providerInstanceId\":\"%1\",\"agreementDate\":\"2999-01-01T00:00:00Z\",\"keepPrimaryInformation\":true}")
            << QStringLiteral("AgreementDate");
        QTest::newRow("no keep flag") << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\"}")
                                      << QStringLiteral("KeepPrimaryInformation");
        for (const char *field : {"FirstName", "LastName", "Email", "Phone"})
            QTest::newRow(qPrintable(u"missing " % QLatin1StringView(field)))
                << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\",\"keepPrimaryInformation\":false,"
                                  "\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"phone\":\"123\"}")
                       .replace(QRegularExpression(u",\"" % QLatin1StringView(field).toString().toLower() % u"\":\"[^\"]*\"",
                                                   QRegularExpression::CaseInsensitiveOption),
                                QString())
                << QString::fromLatin1(field);
        QTest::newRow("bad email")
            << QStringLiteral("{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\",\"keepPrimaryInformation\":false,"
                              "\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"not-an-email\",\"phone\":\"123\"}")
            << QStringLiteral("Email");
        QTest::newRow("phone 31")
            << QStringLiteral(
                   "{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\",\"keepPrimaryInformation\":false,\"firstName\":\"A\","
                   "\"lastName\":\"B\",\"email\":\"a@b.example\",\"phone\":\"1234567890123456789012345678901\"}")
            << QStringLiteral("Phone");
        QTest::newRow("first name 256")
            << QStringLiteral(
                   "{\"providerInstanceId\":\"%1\",\"agreementDate\":\"%2\",\"keepPrimaryInformation\":false,\"firstName\":\"") %
                   QString(256, u'x') % QStringLiteral("\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"phone\":\"123\"}")
            << QStringLiteral("FirstName");
    }

    void mca_invalidBody_400WithProperty()
    {
        QFETCH(QString, body);
        QFETCH(QString, property);
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QByteArray before = m_server->customerJson(customerId);
        body.replace(QStringLiteral("%1"), id(instance)).replace(QStringLiteral("%2"), agreementDateAfterCreation(c));
        const Reply r = write("PATCH", customerPath(customerId, QStringLiteral("microsoft-customer-agreement")), body);
        QVERIFY2(validationProblem(r, property).isEmpty(), qPrintable(validationProblem(r, property)));
        QCOMPARE(m_server->customerJson(customerId), before);
    }

    void mca_keepPrimaryWithoutContact_accepted()
    {
        // Contact fields are only required when the primary contact is not kept.
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const Reply r =
            write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                  u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"agreementDate\":\"" %
                      agreementDateAfterCreation(c).left(10) % u"\",\"keepPrimaryInformation\":true,\"firstName\":null}");
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
    }

    void mca_beforeCustomerCreated_400AgreementDate()
    {
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const Reply r = write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(instance) % u"\",\"agreementDate\":\"" %
                                  agreementDateAfterCreation(c, -1) % u"\",\"keepPrimaryInformation\":true}");
        QVERIFY2(validationProblem(r, QStringLiteral("AgreementDate")).isEmpty(), qPrintable(r.describe()));
    }

    void mca_nonMicrosoftInstance_400ProviderInstanceId()
    {
        const QUuid adobe = instanceOf(QStringLiteral("Adobe"));
        const QJsonObject c = find([&](const QJsonObject &o) { return hasInstance(o, adobe); }, allCustomers());
        const Reply r = write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(adobe) % u"\",\"agreementDate\":\"" %
                                  agreementDateAfterCreation(c) % u"\",\"keepPrimaryInformation\":true}");
        QVERIFY2(validationProblem(r, QStringLiteral("ProviderInstanceId")).isEmpty(), qPrintable(r.describe()));
    }

    void mca_microsoftInstanceCustomerLacks_400ProviderInstanceId()
    {
        const QUuid legacy = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("LicenseLegacy"));
        const QJsonObject c = customerWithout(legacy);
        const Reply r = write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(legacy) % u"\",\"agreementDate\":\"" %
                                  agreementDateAfterCreation(c) % u"\",\"keepPrimaryInformation\":true}");
        QVERIFY2(validationProblem(r, QStringLiteral("ProviderInstanceId")).isEmpty(), qPrintable(r.describe()));
    }

    void mca_unknownInstance_404()
    {
        QUuid instance;
        const QJsonObject c = microsoftCustomer(&instance);
        const Reply r = write("PATCH", customerPath(uuidOf(c.value(u"id")), QStringLiteral("microsoft-customer-agreement")),
                              u"{\"providerInstanceId\":\"" % id(QUuid::createUuid()) % u"\",\"agreementDate\":\"" %
                                  agreementDateAfterCreation(c) % u"\",\"keepPrimaryInformation\":true}");
        QVERIFY2(envelopeProblem(r, 404).isEmpty(), qPrintable(r.describe()));
    }

    // ----- internal identifier -------------------------------------------------------------------

    void internalIdentifier_set_204AndVisibleOnNextRead()
    {
        const QUuid customerId = m_server->customerIds().at(11);
        const QByteArray cid = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
        const Reply r = setInternalIdentifier(customerId, QStringLiteral("{\"internalIdentifier\":\"  ACME-0001  \"}"), {}, cid);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_server->requestCount(QString::fromLatin1(cid)), 1);
        QCOMPARE(customer(customerId).value(u"internalIdentifier").toString(), QStringLiteral("ACME-0001"));
        const Reply search =
            get(QStringLiteral("/v1/Customers"), {{QStringLiteral("searchField"), QStringLiteral("InternalIdentifier")},
                                                  {QStringLiteral("searchValue"), QStringLiteral("acme-0001")}});
        QCOMPARE(search.items().size(), 1);
        QCOMPARE(uuidOf(search.items().at(0).toObject().value(u"id")), customerId);
    }

    void internalIdentifier_nullOrEmpty_cleared_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("null") << QStringLiteral("{\"internalIdentifier\":null}");
        QTest::newRow("empty") << QStringLiteral("{\"internalIdentifier\":\"\"}");
        QTest::newRow("missing") << QStringLiteral("{}");
    }

    void internalIdentifier_nullOrEmpty_cleared()
    {
        QFETCH(QString, body);
        const QJsonObject c = find([](const QJsonObject &o) { return !o.value(u"internalIdentifier").isNull(); }, allCustomers());
        const QUuid customerId = uuidOf(c.value(u"id"));
        QCOMPARE(setInternalIdentifier(customerId, body).status, 204);
        QVERIFY(customer(customerId).value(u"internalIdentifier").isNull());
    }

    void internalIdentifier_usedByAnotherCustomerOfSameOwner_400()
    {
        const QJsonArray all = allCustomers();
        const QJsonObject holder =
            find([](const QJsonObject &o) { return o.value(u"internalIdentifier").toString().startsWith(u"ERP-"); }, all);
        const QJsonObject other = find([&](const QJsonObject &o) { return o.value(u"id") != holder.value(u"id"); }, all);
        const QString taken = holder.value(u"internalIdentifier").toString();
        const Reply r =
            setInternalIdentifier(uuidOf(other.value(u"id")), u"{\"internalIdentifier\":\"" % taken.toLower() % u"\"}");
        QVERIFY2(validationProblem(r, QStringLiteral("InternalIdentifier")).isEmpty(), qPrintable(r.describe()));
        QCOMPARE(customer(uuidOf(other.value(u"id"))).value(u"internalIdentifier"), other.value(u"internalIdentifier"));
        // Setting a customer's own identifier again is no conflict.
        QCOMPARE(setInternalIdentifier(uuidOf(holder.value(u"id")), u"{\"internalIdentifier\":\"" % taken % u"\"}").status, 204);
    }

    // After a change the old value is free and the new one is taken (case-insensitively, accents too).
    void internalIdentifier_changed_oldValueFreeNewOneTaken()
    {
        const QJsonArray all = allCustomers();
        const QJsonObject a =
            find([](const QJsonObject &o) { return o.value(u"internalIdentifier").toString().startsWith(u"ERP-"); }, all);
        const QJsonObject b = find([&](const QJsonObject &o) { return o.value(u"id") != a.value(u"id"); }, all);
        const QJsonObject c =
            find([&](const QJsonObject &o) { return o.value(u"id") != a.value(u"id") && o.value(u"id") != b.value(u"id"); }, all);
        const QString old = a.value(u"internalIdentifier").toString();
        QCOMPARE(setInternalIdentifier(uuidOf(b.value(u"id")), u"{\"internalIdentifier\":\"" % old % u"\"}").status, 400);
        QCOMPARE(setInternalIdentifier(uuidOf(a.value(u"id")), QStringLiteral("{\"internalIdentifier\":\"ÉLAN-ø1\"}")).status,
                 204);
        QCOMPARE(setInternalIdentifier(uuidOf(b.value(u"id")), u"{\"internalIdentifier\":\"" % old % u"\"}").status, 204);
        const Reply clash = setInternalIdentifier(uuidOf(c.value(u"id")), QStringLiteral("{\"internalIdentifier\":\"élan-Ø1\"}"));
        QVERIFY2(validationProblem(clash, QStringLiteral("InternalIdentifier")).isEmpty(), qPrintable(clash.describe()));
        // Cleared: free again.
        QCOMPARE(setInternalIdentifier(uuidOf(a.value(u"id")), QStringLiteral("{\"internalIdentifier\":null}")).status, 204);
        QCOMPARE(setInternalIdentifier(uuidOf(c.value(u"id")), QStringLiteral("{\"internalIdentifier\":\"élan-Ø1\"}")).status,
                 204);
    }

    void internalIdentifier_sameValueInAnotherRelationship_allowed()
    {
        // The CSP's ERP-… identifiers and a reseller's identifiers are separate namespaces.
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QJsonArray all = allCustomers();
        const QString cspValue =
            find([](const QJsonObject &o) { return o.value(u"internalIdentifier").toString().startsWith(u"ERP-"); }, all)
                .value(u"internalIdentifier")
                .toString();
        const QJsonObject own = find([&](const QJsonObject &o) { return uuidOf(o.value(u"resellerId")) == reseller; }, all);
        const QUuid customerId = uuidOf(own.value(u"id"));
        const Reply r =
            setInternalIdentifier(customerId, u"{\"internalIdentifier\":\"" % cspValue % u"\"}", m_server->resellerToken());
        QVERIFY2(r.status == 204, qPrintable(r.describe()));
        QCOMPARE(customer(customerId, m_server->resellerToken()).value(u"internalIdentifier").toString(), cspValue);
        // The CSP's own identifier of that customer is untouched.
        QCOMPARE(customer(customerId).value(u"internalIdentifier"), own.value(u"internalIdentifier"));
        // A second customer of the same reseller cannot take it.
        const QJsonObject second = find(
            [&](const QJsonObject &o) {
                return uuidOf(o.value(u"resellerId")) == reseller && uuidOf(o.value(u"id")) != customerId;
            },
            all);
        const Reply clash = setInternalIdentifier(uuidOf(second.value(u"id")), u"{\"internalIdentifier\":\"" % cspValue % u"\"}",
                                                  m_server->resellerToken());
        QVERIFY2(validationProblem(clash, QStringLiteral("InternalIdentifier")).isEmpty(), qPrintable(clash.describe()));
    }

    void internalIdentifier_cspWithResellerId_setsResellerRelationship()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QJsonObject own =
            find([&](const QJsonObject &o) { return uuidOf(o.value(u"resellerId")) == reseller; }, allCustomers());
        const QUuid customerId = uuidOf(own.value(u"id"));
        const Reply r =
            setInternalIdentifier(customerId, u"{\"internalIdentifier\":\"RES-77\",\"ResellerId\":\"" % id(reseller) % u"\"}");
        QCOMPARE(r.status, 204);
        QCOMPARE(customer(customerId, m_server->resellerToken()).value(u"internalIdentifier").toString(),
                 QStringLiteral("RES-77"));
        QCOMPARE(customer(customerId, {}, {{QStringLiteral("resellerId"), id(reseller)}}).value(u"internalIdentifier").toString(),
                 QStringLiteral("RES-77"));
        QCOMPARE(customer(customerId).value(u"internalIdentifier"), own.value(u"internalIdentifier"));
        // null resellerId: the caller's own (the CSP's) relationship.
        QCOMPARE(
            setInternalIdentifier(customerId, QStringLiteral("{\"internalIdentifier\":\"CSP-77\",\"resellerId\":null}")).status,
            204);
        QCOMPARE(customer(customerId).value(u"internalIdentifier").toString(), QStringLiteral("CSP-77"));
        QCOMPARE(customer(customerId, m_server->resellerToken()).value(u"internalIdentifier").toString(),
                 QStringLiteral("RES-77"));
    }

    void internalIdentifier_forbiddenRelationship_403Or400()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QJsonArray all = allCustomers();
        const QJsonObject own = find([&](const QJsonObject &o) { return uuidOf(o.value(u"resellerId")) == reseller; }, all);
        QUuid otherReseller;
        for (const QUuid &r : m_server->resellerIds())
            if (r != reseller)
                otherReseller = r;
        // A reseller naming another reseller's relationship.
        const Reply forbidden = setInternalIdentifier(
            uuidOf(own.value(u"id")), u"{\"internalIdentifier\":\"X\",\"resellerId\":\"" % id(otherReseller) % u"\"}",
            m_server->resellerToken());
        QCOMPARE(forbidden.status, 403);
        QVERIFY(forbidden.body.isEmpty());
        // The CSP naming a relationship the customer does not have.
        const Reply none = setInternalIdentifier(uuidOf(own.value(u"id")),
                                                 u"{\"internalIdentifier\":\"X\",\"resellerId\":\"" % id(otherReseller) % u"\"}");
        QVERIFY2(validationProblem(none, QStringLiteral("ResellerId")).isEmpty(), qPrintable(none.describe()));
        // A reseller writing to a customer it does not see.
        const QJsonObject foreign = find([](const QJsonObject &o) { return o.value(u"resellerId").isNull(); }, all);
        QCOMPARE(setInternalIdentifier(uuidOf(foreign.value(u"id")), QStringLiteral("{\"internalIdentifier\":\"X\"}"),
                                       m_server->resellerToken())
                     .status,
                 404);
    }

    void internalIdentifier_invalidBody_400WithProperty_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("property");
        QTest::newRow("not json") << QStringLiteral("ERP-1") << QStringLiteral("$");
        QTest::newRow("number") << QStringLiteral("{\"internalIdentifier\":42}") << QStringLiteral("InternalIdentifier");
        QTest::newRow("256 characters") << u"{\"internalIdentifier\":\"" % QString(256, u'7') % u"\"}"
                                        << QStringLiteral("InternalIdentifier");
        QTest::newRow("resellerId not a uuid")
            << QStringLiteral("{\"internalIdentifier\":\"a\",\"resellerId\":\"r\"}") << QStringLiteral("ResellerId");
    }

    void internalIdentifier_invalidBody_400WithProperty()
    {
        QFETCH(QString, body);
        QFETCH(QString, property);
        const QUuid customerId = m_server->customerIds().at(3);
        const QByteArray before = m_server->customerJson(customerId);
        const Reply r = setInternalIdentifier(customerId, body);
        QVERIFY2(validationProblem(r, property).isEmpty(), qPrintable(validationProblem(r, property)));
        QCOMPARE(m_server->customerJson(customerId), before);
    }

    void internalIdentifier_255Characters_accepted()
    {
        const QUuid customerId = m_server->customerIds().at(3);
        QCOMPARE(setInternalIdentifier(customerId, u"{\"internalIdentifier\":\"" % QString(255, u'7') % u"\"}").status, 204);
        QCOMPARE(customer(customerId).value(u"internalIdentifier").toString().size(), 255);
    }

    void internalIdentifier_malformedCustomerId_400CustomerId()
    {
        const Reply r = write("PATCH", QStringLiteral("/v1/Customers/{not-a-guid}/internal-identifier"),
                              QStringLiteral("{\"internalIdentifier\":\"a\"}"));
        QVERIFY2(validationProblem(r, QStringLiteral("customerId")).isEmpty(), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TstSandboxWrites)
#include "tst_sandbox_writes.moc"
