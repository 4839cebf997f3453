#include <core/api/apierror.h>

#include <QTest>

class TestFieldPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_anySpelling_oneKey_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::newRow("pascal") << "FirstName"
                                << "firstname";
        QTest::newRow("camel") << "firstName"
                               << "firstname";
        QTest::newRow("indexed pascal") << "OfferTypeMargins[License].Value"
                                        << "offertypemargins[license].value";
        QTest::newRow("dotted camel") << "offerTypeMargins.License.value"
                                      << "offertypemargins[license].value";
        QTest::newRow("quoted key") << "OfferTypeMargins['AzurePlan'].MarginRule.Name"
                                    << "offertypemargins[azureplan].marginrule.name";
        QTest::newRow("nested data") << "ProviderCustomerData.Domain"
                                     << "providercustomerdata.domain";
        QTest::newRow("json path") << "$.margin.value"
                                   << "margin.value";
        QTest::newRow("root") << "$"
                              << "";
        QTest::newRow("spaces") << "  X-Tenant "
                                << "x-tenant";
        QTest::newRow("array index") << "Items[0].Name"
                                     << "items[0].name";
        QTest::newRow("empty") << ""
                               << "";
        // Found by the fuzzer: each used to normalise differently a second time.
        QTest::newRow("double root") << "$$.Margin.Value"
                                     << "margin.value";
        QTest::newRow("stray brackets") << "]$]"
                                        << "";
        QTest::newRow("bracket in a key") << "OfferTypeMargins[[ C"
                                          << "offertypemargins[c]";
        QTest::newRow("stray bracket in a name") << "offerTypeMargins.]License"
                                                 << "offertypemargins[license]";
    }
    void normalize_anySpelling_oneKey()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QCOMPARE(cc::normalizePropertyPath(path), key);
        // Normalising a key gives the key: forms and server meet at a fixed point.
        QCOMPARE(cc::normalizePropertyPath(key), key);
    }

    void apiError_details_holdCorrelationIdAndFields()
    {
        cc::ApiError e;
        e.kind = cc::ApiError::Kind::Validation;
        e.httpStatus = 400;
        e.correlationId = QStringLiteral("0f5d6c1e-1111-4222-8333-444455556666");
        e.addFieldError(u"ProviderCustomerData.Domain", QStringLiteral("Taken."));
        QCOMPARE(e.fieldErrors.value(QStringLiteral("providercustomerdata.domain")), QStringList{QStringLiteral("Taken.")});
        const QString details = e.details();
        QVERIFY(details.contains(e.correlationId));
        QVERIFY(details.contains(u"providercustomerdata.domain: Taken."));
        QVERIFY(details.contains(u"400"));
        QVERIFY(!e.message().isEmpty());
    }

    void apiError_everyKind_hasAMessageAndAStableName()
    {
        using K = cc::ApiError::Kind;
        QSet<QString> names;
        for (K k : {K::Network, K::Timeout, K::Tls, K::Unauthorized, K::Forbidden, K::NotFound, K::Validation, K::Server,
                    K::MalformedResponse, K::Cancelled}) {
            cc::ApiError e;
            e.kind = k;
            QVERIFY(!e.message().isEmpty());
            names.insert(cc::ApiError::kindName(k));
        }
        QCOMPARE(names.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestFieldPath)
#include "tst_fieldpath.moc"
