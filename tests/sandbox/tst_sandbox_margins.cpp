// PATCH /v1/Customers/{customerId}/margins/{providerInstanceId} against the contract: it replaces
// the margin and the offer-type margins of an existing provider customer, with the validation of
// adding a provider instance (rule names, 0 to 999, offer types the instance sells, the relationship
// the caller may change) and 404 for a customer that is not in that instance.

#include "sandboxfixture.h"

using namespace sandboxtest;

class TstSandboxMargins : public QObject, public SandboxFixture
{
    Q_OBJECT

private:
    QUuid m_microsoft; // the direct Microsoft instance (sells License, AzurePlan; not LicenseLegacy)

    Reply patchMargins(const QUuid &customerId, const QString &instance, const QString &json,
                       const std::optional<QString> &token = {})
    {
        return write("PATCH", customerPath(customerId, u"margins/" % instance), json, token);
    }

    // A customer whose Microsoft provider customer is in the relationship wanted: the CSP's own
    // (no reseller) or that of the reseller client.
    QJsonObject customerIn(bool ofResellerClient)
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        return find(
            [&](const QJsonObject &c) {
                return hasInstance(c, m_microsoft) &&
                       (ofResellerClient ? uuidOf(c.value(u"resellerId")) == reseller : c.value(u"resellerId").isNull());
            },
            allCustomers());
    }

    QJsonObject providerCustomer(const QUuid &customerId, const std::optional<QString> &token = {}, const Query &query = {})
    {
        return customer(customerId, token, query).value(u"providerCustomers").toObject().value(id(m_microsoft)).toObject();
    }

private Q_SLOTS:
    void initTestCase() { installLogCapture(); }
    void cleanupTestCase() { removeLogCapture(); }

    void init()
    {
        QString error;
        QVERIFY2(startServer(&error), qPrintable(error));
        m_microsoft = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("AzurePlan"));
        QVERIFY(!m_microsoft.isNull());
    }

    void cleanup()
    {
        const QString problem = stopServer();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void patch_csp_replacesMarginAndOfferTypeMargins_204()
    {
        const QUuid customerId = uuidOf(customerIn(false).value(u"id"));
        QVERIFY(!customerId.isNull());
        const QString body = u"{\"margin\":" % margin(999, QStringLiteral("markup")) % u",\"offerTypeMargins\":{\"license\":" %
                             margin(7.5, QStringLiteral("Margin")) % u",\"AzurePlan\":" %
                             margin(0, QStringLiteral("SplitMargin")) % u"}}";
        const Reply r = patchMargins(customerId, id(m_microsoft), body);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        const QJsonObject pc = providerCustomer(customerId);
        QCOMPARE(pc.value(u"margin").toObject().value(u"value").toDouble(), 999.0);
        QCOMPARE(pc.value(u"margin").toObject().value(u"marginRule").toObject().value(u"name").toString(),
                 QStringLiteral("Markup"));
        const QJsonObject offers = pc.value(u"offerTypeMargins").toObject();
        QCOMPARE(offers.keys(), (QStringList{QStringLiteral("AzurePlan"), QStringLiteral("License")}));
        QCOMPARE(offers.value(u"License").toObject().value(u"value").toDouble(), 7.5);
        QCOMPARE(offers.value(u"AzurePlan").toObject().value(u"marginRule").toObject().value(u"name").toString(),
                 QStringLiteral("SplitMargin"));
    }

    void patch_offerTypesLeftOut_noMarginOfTheirOwn()
    {
        const QUuid customerId = uuidOf(customerIn(false).value(u"id"));
        const QString withOffers = u"{\"margin\":" % margin(10, QStringLiteral("Markup")) %
                                   u",\"offerTypeMargins\":{\"License\":" % margin(5, QStringLiteral("Markup")) % u"}}";
        QCOMPARE(patchMargins(customerId, id(m_microsoft), withOffers).status, 204);
        QCOMPARE(providerCustomer(customerId).value(u"offerTypeMargins").toObject().size(), 1);
        QCOMPARE(patchMargins(customerId, id(m_microsoft), u"{\"margin\":" % margin(11, QStringLiteral("Margin")) % u"}").status,
                 204);
        const QJsonObject pc = providerCustomer(customerId);
        QCOMPARE(pc.value(u"offerTypeMargins").toObject().size(), 0);
        QCOMPARE(pc.value(u"margin").toObject().value(u"value").toDouble(), 11.0);
    }

    void patch_invalidBody_400WithPropertyPath_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("property");
        const QString m = margin(10, QStringLiteral("Markup"));
        QTest::newRow("not JSON") << QStringLiteral("{") << QStringLiteral("$");
        QTest::newRow("an array") << QStringLiteral("[]") << QStringLiteral("$");
        QTest::newRow("no margin") << QStringLiteral("{}") << QStringLiteral("Margin");
        QTest::newRow("unknown rule") << u"{\"margin\":" % margin(10, QStringLiteral("Discount")) % u"}"
                                      << QStringLiteral("Margin.MarginRule.Name");
        QTest::newRow("no rule") << QStringLiteral("{\"margin\":{\"value\":10}}") << QStringLiteral("Margin.MarginRule.Name");
        QTest::newRow("value not a number") << QStringLiteral(
                                                   "{\"margin\":{\"value\":\"10\",\"marginRule\":{\"name\":\"Markup\"}}}")
                                            << QStringLiteral("Margin.Value");
        QTest::newRow("markup 1000") << u"{\"margin\":" % margin(1000, QStringLiteral("Markup")) % u"}"
                                     << QStringLiteral("Margin.Value");
        QTest::newRow("negative") << u"{\"margin\":" % margin(-1, QStringLiteral("Markup")) % u"}"
                                  << QStringLiteral("Margin.Value");
        QTest::newRow("margin 100") << u"{\"margin\":" % margin(100, QStringLiteral("Margin")) % u"}"
                                    << QStringLiteral("Margin.Value");
        QTest::newRow("split margin 200") << u"{\"margin\":" % margin(200, QStringLiteral("SplitMargin")) % u"}"
                                          << QStringLiteral("Margin.Value");
        QTest::newRow("unknown offer type") << u"{\"margin\":" % m % u",\"offerTypeMargins\":{\"Hardware\":" % m % u"}}"
                                            << QStringLiteral("OfferTypeMargins[Hardware]");
        QTest::newRow("offer type not sold") << u"{\"margin\":" % m % u",\"offerTypeMargins\":{\"licenselegacy\":" % m % u"}}"
                                             << QStringLiteral("OfferTypeMargins[LicenseLegacy]");
        QTest::newRow("offer rule unknown") << u"{\"margin\":" % m % u",\"offerTypeMargins\":{\"License\":" %
                                                   margin(5, QStringLiteral("x")) % u"}}"
                                            << QStringLiteral("OfferTypeMargins[License].MarginRule.Name");
        QTest::newRow("offer markup above 50")
            << u"{\"margin\":" % m % u",\"offerTypeMargins\":{\"License\":" % margin(51, QStringLiteral("Markup")) % u"}}"
            << QStringLiteral("OfferTypeMargins[License].Value");
        QTest::newRow("offer types an array")
            << u"{\"margin\":" % m % u",\"offerTypeMargins\":[]}" << QStringLiteral("OfferTypeMargins");
        QTest::newRow("reseller not a uuid") << u"{\"margin\":" % m % u",\"resellerId\":\"r1\"}" << QStringLiteral("ResellerId");
    }

    void patch_invalidBody_400WithPropertyPath()
    {
        QFETCH(QString, body);
        QFETCH(QString, property);
        const QUuid customerId = uuidOf(customerIn(false).value(u"id"));
        const QJsonObject before = providerCustomer(customerId);
        const Reply r = patchMargins(customerId, id(m_microsoft), body);
        const QString problem = validationProblem(r, property);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(providerCustomer(customerId), before); // nothing stored
    }

    void patch_severalProblems_allReportedAtOnce()
    {
        const QUuid customerId = uuidOf(customerIn(false).value(u"id"));
        const Reply r = patchMargins(customerId, id(m_microsoft),
                                     u"{\"margin\":" % margin(100, QStringLiteral("Margin")) %
                                         u",\"offerTypeMargins\":{\"AzureLegacy\":" % margin(1, QStringLiteral("Markup")) %
                                         u",\"License\":" % margin(60, QStringLiteral("Markup")) % u"}}");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorProperties(),
                 (QStringList{QStringLiteral("Margin.Value"), QStringLiteral("OfferTypeMargins[AzureLegacy]"),
                              QStringLiteral("OfferTypeMargins[License].Value")}));
    }

    void patch_customerNotInInstance_404()
    {
        const QJsonObject c = customerWithout(m_microsoft);
        QVERIFY(!c.isEmpty());
        const Reply r =
            patchMargins(uuidOf(c.value(u"id")), id(m_microsoft), u"{\"margin\":" % margin(10, QStringLiteral("Markup")) % u"}");
        const QString problem = envelopeProblem(r, 404);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void patch_unknownOrMalformedInstanceOrCustomer_404Or400()
    {
        const QUuid customerId = uuidOf(customerIn(false).value(u"id"));
        const QString body = u"{\"margin\":" % margin(10, QStringLiteral("Markup")) % u"}";
        QString problem = envelopeProblem(patchMargins(customerId, id(QUuid::createUuid()), body), 404);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = envelopeProblem(patchMargins(QUuid::createUuid(), id(m_microsoft), body), 404);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = validationProblem(patchMargins(customerId, QStringLiteral("nope"), body), QStringLiteral("providerInstanceId"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Call c;
        c.path = customerPath(customerId, u"margins/" % id(m_microsoft));
        QCOMPARE(send(c).status, 405);
    }

    void patch_reseller_ownRelationship_204()
    {
        const QUuid customerId = uuidOf(customerIn(true).value(u"id"));
        QVERIFY(!customerId.isNull());
        const QString body = u"{\"margin\":" % margin(4, QStringLiteral("ErpMinusDiscount")) % u"}";
        QCOMPARE(patchMargins(customerId, id(m_microsoft), body, m_server->resellerToken()).status, 204);
        QCOMPARE(providerCustomer(customerId, m_server->resellerToken()).value(u"margin").toObject().value(u"value").toDouble(),
                 4.0);
        // Naming its own relationship is the same.
        const QString named = u"{\"margin\":" % margin(5, QStringLiteral("Markup")) % u",\"resellerId\":\"" %
                              id(m_server->resellerIdOfResellerClient()) % u"\"}";
        QCOMPARE(patchMargins(customerId, id(m_microsoft), named, m_server->resellerToken()).status, 204);
    }

    void patch_resellerNamingAnotherReseller_403()
    {
        const QUuid customerId = uuidOf(customerIn(true).value(u"id"));
        QUuid other;
        for (const QUuid &r : m_server->resellerIds())
            if (r != m_server->resellerIdOfResellerClient())
                other = r;
        const QString body = u"{\"margin\":" % margin(5, QStringLiteral("Markup")) % u",\"resellerId\":\"" % id(other) % u"\"}";
        const Reply r = patchMargins(customerId, id(m_microsoft), body, m_server->resellerToken());
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.isEmpty());
    }

    void patch_resellerOnAnotherResellersCustomer_404()
    {
        const QUuid reseller = m_server->resellerIdOfResellerClient();
        const QJsonObject foreign =
            find([&](const QJsonObject &c) { return hasInstance(c, m_microsoft) && uuidOf(c.value(u"resellerId")) != reseller; },
                 allCustomers());
        const Reply r = patchMargins(uuidOf(foreign.value(u"id")), id(m_microsoft),
                                     u"{\"margin\":" % margin(5, QStringLiteral("Markup")) % u"}", m_server->resellerToken());
        QCOMPARE(r.status, 404);
    }

    void patch_cspOnResellersRelationship_needsResellerId()
    {
        const QJsonObject c = customerIn(true);
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString reseller = c.value(u"resellerId").toString();
        const QString m = margin(6, QStringLiteral("Markup"));
        // Without resellerId the CSP names its own relationship, where this customer is not in the instance.
        QCOMPARE(patchMargins(customerId, id(m_microsoft), u"{\"margin\":" % m % u"}").status, 404);
        QCOMPARE(patchMargins(customerId, id(m_microsoft), u"{\"margin\":" % m % u",\"resellerId\":null}").status, 404);
        QCOMPARE(
            patchMargins(customerId, id(m_microsoft), u"{\"margin\":" % m % u",\"resellerId\":\"" % reseller % u"\"}").status,
            204);
        QCOMPARE(providerCustomer(customerId, {}, {{QStringLiteral("resellerId"), reseller}})
                     .value(u"margin")
                     .toObject()
                     .value(u"value")
                     .toDouble(),
                 6.0);
        // A reseller the customer has no relationship with.
        QString stranger;
        for (const QUuid &r : m_server->resellerIds())
            if (id(r) != reseller)
                stranger = id(r);
        const QString problem = validationProblem(
            patchMargins(customerId, id(m_microsoft), u"{\"margin\":" % m % u",\"resellerId\":\"" % stranger % u"\"}"),
            QStringLiteral("ResellerId"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void patch_nonMicrosoftInstance_validatedAgainstItsOfferTypes()
    {
        const QUuid acronis = instanceOf(QStringLiteral("Acronis"));
        const QJsonObject c = find(
            [&](const QJsonObject &o) { return hasInstance(o, acronis) && o.value(u"resellerId").isNull(); }, allCustomers());
        QVERIFY(!c.isEmpty());
        const QUuid customerId = uuidOf(c.value(u"id"));
        const QString m = margin(3, QStringLiteral("Margin"));
        QString problem = validationProblem(
            patchMargins(customerId, id(acronis), u"{\"margin\":" % m % u",\"offerTypeMargins\":{\"License\":" % m % u"}}"),
            QStringLiteral("OfferTypeMargins[License]"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(patchMargins(customerId, id(acronis),
                              u"{\"margin\":" % m % u",\"offerTypeMargins\":{\"SoftwareSubscription\":" % m % u"}}")
                     .status,
                 204);
    }
};

QTEST_GUILESS_MAIN(TstSandboxMargins)
#include "tst_sandbox_margins.moc"
