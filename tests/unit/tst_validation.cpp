#include <core/api/connectionsettings.h>
#include <core/domain/validation.h>

#include <QTest>

using namespace cc;

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_uuidEmailPhone()
    {
        QVERIFY(validation::isUuid(u"3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a"));
        QVERIFY(!validation::isUuid(u"{3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a}"));
        QVERIFY(!validation::isUuid(u"3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7"));
        QVERIFY(!validation::isUuid(u"3f2b9c4e_8d1a-4c7e-9b0f-2a6d5e8c1b7a"));
        QVERIFY(validation::isEmail(u"ana.silva@contoso.pt"));
        QVERIFY(!validation::isEmail(u"ana.silva@contoso"));
        QVERIFY(!validation::isEmail(u"ana..silva@contoso.pt"));
        QVERIFY(!validation::isEmail(u"@contoso.pt"));
        QVERIFY(validation::isPhone(u"+351 (21) 123-4567"));
        QVERIFY(!validation::isPhone(u"+351 21 ext. 4"));
        QVERIFY(!validation::isPhone(u"12"));
    }

    void mca_keepPrimaryOff_contactsRequiredAndChecked()
    {
        McaUpdate u;
        u.providerInstanceId = QUuid::createUuid();
        u.agreementDate = QDate(2026, 1, 2);
        u.keepPrimaryInformation = false;
        u.firstName = QStringLiteral("A");
        u.lastName = QString(256, u'x');
        u.email = QStringLiteral("nope");
        u.phone = QString(31, u'1');
        const FieldErrors e = validation::validate(u, QDate(2026, 11, 24));
        QCOMPARE(e.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("lastname"),
                                        QStringLiteral("phone")}));
        u.keepPrimaryInformation = true;
        QVERIFY(validation::validate(u, QDate(2026, 11, 24)).isEmpty());
    }

    void mca_dateRules_futureAndMissing()
    {
        McaUpdate u;
        u.providerInstanceId = QUuid::createUuid();
        u.agreementDate = QDate(2026, 11, 25);
        QVERIFY(validation::validate(u, QDate(2026, 11, 24)).contains(QStringLiteral("agreementdate")));
        u.agreementDate = QDate(2026, 11, 24);
        QVERIFY(validation::validate(u, QDate(2026, 11, 24)).isEmpty());
        u.agreementDate = QDate();
        QVERIFY(validation::validate(u, QDate(2026, 11, 24)).contains(QStringLiteral("agreementdate")));
    }

    void lengths_atTheBoundary()
    {
        InternalIdentifierUpdate u;
        u.internalIdentifier = QString(255, u'x');
        QVERIFY(validation::validate(u).isEmpty());
        u.internalIdentifier = QString(256, u'x');
        QVERIFY(validation::validate(u).contains(QStringLiteral("internalidentifier")));
        QVERIFY(validation::checkPhone(QString(30, u'1'), true).isEmpty());
        QVERIFY(!validation::checkPhone(QString(31, u'1'), true).isEmpty());
    }

    void addInstance_rulesPerRowAndData()
    {
        AddProviderInstanceRequest r;
        r.providerInstanceId = QUuid::createUuid();
        r.margin = {100, MarginRule::Margin};
        r.offerTypeMargins = {{OfferType::License, {5, MarginRule::Markup}},
                              {OfferType::License, {250, MarginRule::SplitMargin}}};
        r.providerCustomerData = QStringLiteral("{\"Domain\":\"\"}");
        const FieldErrors e = validation::validate(r, true);
        QVERIFY(e.contains(QStringLiteral("margin.value")));
        QVERIFY(e.contains(QStringLiteral("offertypemargins[license]")));
        QVERIFY(e.contains(QStringLiteral("offertypemargins[license].value")));
        QVERIFY(e.contains(QStringLiteral("providercustomerdata.domain")));
        r.providerCustomerData = QStringLiteral("{not json");
        QVERIFY(validation::validate(r, false).contains(QStringLiteral("providercustomerdata")));
        r.margin = {99.5, MarginRule::Margin};
        r.offerTypeMargins = {{OfferType::AzurePlan, {0, MarginRule::ErpMinusDiscount}}};
        r.providerCustomerData = QStringLiteral("{\"AccountId\":1}");
        QVERIFY(validation::validate(r, false).isEmpty());
        // The contract's range, 0 to 999: outside it is an error, never clamped.
        r.margin = {999, MarginRule::Markup};
        QVERIFY(validation::validate(r, false).isEmpty());
        for (const double outside : {-0.5, -100.0, 999.5, 1000.0}) {
            r.margin = {outside, MarginRule::Markup};
            QVERIFY(validation::validate(r, false).contains(QStringLiteral("margin.value")));
        }
    }

    void query_pageSizeAndSearchLength()
    {
        CustomerQuery q;
        q.pageSize = 2000;
        QVERIFY(validation::validate(q).isEmpty());
        q.pageSize = 2001;
        QVERIFY(validation::validate(q).contains(QStringLiteral("pagesize")));
        q.pageSize = 0;
        QVERIFY(validation::validate(q).contains(QStringLiteral("pagesize")));
        q.pageSize = 10;
        q.searchValue = QString(256, u'a');
        QVERIFY(validation::validate(q).contains(QStringLiteral("searchvalue")));
    }

    void transport_httpsOnlyExceptLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.cloudcockpit.com" << true;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("loopback range") << "http://127.8.9.1" << true;
        QTest::newRow("loopback v6") << "http://[::1]:1234" << true;
        QTest::newRow("localhost") << "http://localhost" << true;
        QTest::newRow("remote http") << "http://api.cloudcockpit.com" << false;
        QTest::newRow("private lan") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("empty") << "" << false;
    }
    void transport_httpsOnlyExceptLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(checkTransportSecurity(QUrl(url)).isEmpty(), allowed);
    }

    void margins_liveExampleFigures()
    {
        QCOMPARE(*applyMargin(MarginRule::Markup, 10, 100), 110.0);
        QVERIFY(qAbs(*applyMargin(MarginRule::Margin, 10, 100) - 111.111111) < 1e-4);
        QCOMPARE(*applyMargin(MarginRule::ErpMinusDiscount, 10, 100), 90.0);
        const double split = *applyMargin(MarginRule::SplitMargin, 10, 100);
        QVERIFY(split > 110.0 && split < 111.12);
        QVERIFY(!applyMargin(MarginRule::Margin, 100, 100));
        QCOMPARE(marginRuleFromName(u"markup"), std::optional<MarginRule>(MarginRule::Markup));
        QCOMPARE(offerTypeFromName(u"azureplan"), std::optional<OfferType>(OfferType::AzurePlan));
        QVERIFY(!offerTypeFromName(u"Nope"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
