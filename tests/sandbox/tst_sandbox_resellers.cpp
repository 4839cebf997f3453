// GET /v1/Resellers and GET /v1/Resellers/{id} against the contract: the five sandbox resellers
// with names, countries, contacts and identifiers; the list for the CSP only, search, sort,
// paging and the resellers of one customer in one instance; the single read for the CSP and for
// the reseller itself.

#include "sandboxfixture.h"

using namespace sandboxtest;

class TstSandboxResellers : public QObject, public SandboxFixture
{
    Q_OBJECT

private:
    Reply listResellers(const Query &query = {}, const std::optional<QString> &token = {})
    {
        return get(QStringLiteral("/v1/Resellers"), query, token);
    }

    static QStringList names(const QJsonArray &items)
    {
        QStringList out;
        for (const QJsonValue &v : items)
            out << v.toObject().value(u"companyName").toString();
        return out;
    }

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

    void list_csp_allFiveWithNamesCountriesContactsAndIdentifiers()
    {
        const Reply r = listResellers();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, JsonUtf8);
        const QJsonObject page = r.object();
        QCOMPARE(page.value(u"totalCount").toInt(), 5);
        QCOMPARE(page.value(u"totalPages").toInt(), 1);
        QCOMPARE(page.value(u"hasNextPage").toBool(true), false);
        QCOMPARE(page.value(u"paginationParameters").toObject().value(u"pageSize").toInt(), 25);
        QVERIFY(page.contains(u"continuationToken"));
        QSet<QUuid> ids;
        QSet<QString> internalIds;
        for (const QJsonValue &v : r.items()) {
            const QJsonObject o = v.toObject();
            ids << uuidOf(o.value(u"id"));
            QVERIFY2(o.value(u"companyName").toString().size() > 5, qPrintable(r.describe()));
            QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(o.value(u"country").toString()).hasMatch());
            for (const char *field : {"addressLine1", "city", "zipCode", "firstName", "lastName", "phone", "taxId"})
                QVERIFY2(!o.value(QLatin1StringView(field)).toString().isEmpty(), field);
            QVERIFY(o.value(u"email").toString().contains(u'@'));
            internalIds << o.value(u"internalIdentifier").toString();
            QVERIFY(o.value(u"providerResellers").isObject());
        }
        QCOMPARE(ids, QSet<QUuid>(m_server->resellerIds().cbegin(), m_server->resellerIds().cend()));
        QCOMPARE(internalIds.size(), 5);
        // Names by default in ascending order, as the customer list.
        QStringList sorted = names(r.items());
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.toCaseFolded() < b.toCaseFolded(); });
        QCOMPARE(names(r.items()), sorted);
    }

    void list_resellerToken_403WithoutBody()
    {
        const Reply r = listResellers({}, m_server->resellerToken());
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.isEmpty());
    }

    void list_descending_reverseOrder()
    {
        QStringList ascending = names(listResellers().items());
        const Reply r = listResellers({{QStringLiteral("ascendingOrder"), QStringLiteral("false")},
                                       {QStringLiteral("sortPropertyName"), QStringLiteral("Company.Name")}});
        QCOMPARE(r.status, 200);
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(names(r.items()), ascending);
    }

    void list_pagesOfTwo_eachResellerOnce()
    {
        QStringList seen;
        for (int page = 1; page <= 3; ++page) {
            const Reply r = listResellers(
                {{QStringLiteral("pageSize"), QStringLiteral("2")}, {QStringLiteral("pageNumber"), QString::number(page)}});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.items().size(), page < 3 ? 2 : 1);
            QCOMPARE(r.object().value(u"totalPages").toInt(), 3);
            QCOMPARE(r.object().value(u"hasNextPage").toBool(), page < 3);
            QCOMPARE(r.object().value(u"hasPreviousPage").toBool(), page > 1);
            seen += names(r.items());
        }
        QCOMPARE(seen, names(listResellers().items()));
        QCOMPARE(listResellers(
                     {{QStringLiteral("pageSize"), QStringLiteral("2")}, {QStringLiteral("pageNumber"), QStringLiteral("4")}})
                     .items()
                     .size(),
                 0);
    }

    void list_searchEachField_partialCaseInsensitive_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name (default field)")
            << QString() << QStringLiteral("RHEINLAND") << QStringLiteral("Rheinland IT-Systemhaus GmbH");
        QTest::newRow("name, accented") << QStringLiteral("Company.Name") << QStringLiteral("atlântico")
                                        << QStringLiteral("Atlântico Cloud Partners, Lda");
        QTest::newRow("internal identifier")
            << QStringLiteral("InternalIdentifier") << QStringLiteral("rsl-es") << QStringLiteral("Iberia Nube Soluciones S.L.");
        QTest::newRow("primary MPN ID") << QStringLiteral("MpnId") << QStringLiteral("5876543")
                                        << QStringLiteral("Lumière Informatique SARL");
        QTest::newRow("secondary MPN ID") << QStringLiteral("MpnId") << QStringLiteral("6230458")
                                          << QStringLiteral("Iberia Nube Soluciones S.L.");
    }

    void list_searchEachField_partialCaseInsensitive()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Query q = {{QStringLiteral("searchValue"), value}};
        if (!field.isEmpty())
            q.append({QStringLiteral("searchField"), field});
        const Reply r = listResellers(q);
        QCOMPARE(r.status, 200);
        QCOMPARE(names(r.items()), QStringList{expected});
        QCOMPARE(r.object().value(u"totalCount").toInt(), 1);
    }

    void list_invalidQuery_400WithProperty_data()
    {
        QTest::addColumn<Query>("query");
        QTest::addColumn<QString>("property");
        QTest::newRow("unknown search field") << Query{{QStringLiteral("searchField"), QStringLiteral("Country")},
                                                       {QStringLiteral("searchValue"), QStringLiteral("PT")}}
                                              << QStringLiteral("SearchField");
        QTest::newRow("field without value")
            << Query{{QStringLiteral("searchField"), QStringLiteral("MpnId")}} << QStringLiteral("SearchValue");
        QTest::newRow("value of 256") << Query{{QStringLiteral("searchValue"), QString(256, u'a')}}
                                      << QStringLiteral("SearchValue");
        QTest::newRow("sort by country") << Query{{QStringLiteral("sortPropertyName"), QStringLiteral("Country")}}
                                         << QStringLiteral("SortPropertyName");
        QTest::newRow("page size 2001") << Query{{QStringLiteral("pageSize"), QStringLiteral("2001")}}
                                        << QStringLiteral("PageSize");
        QTest::newRow("page 0") << Query{{QStringLiteral("pageNumber"), QStringLiteral("0")}} << QStringLiteral("PageNumber");
        QTest::newRow("order not a bool") << Query{{QStringLiteral("ascendingOrder"), QStringLiteral("up")}}
                                          << QStringLiteral("AscendingOrder");
        QTest::newRow("customer not a uuid")
            << Query{{QStringLiteral("customerId"), QStringLiteral("42")},
                     {QStringLiteral("providerInstanceId"), QStringLiteral("0b6f8a3e-64c2-4f5d-9e1b-7a2c3d4e5f60")}}
            << QStringLiteral("CustomerId");
        QTest::newRow("customer without instance")
            << Query{{QStringLiteral("customerId"), QStringLiteral("0b6f8a3e-64c2-4f5d-9e1b-7a2c3d4e5f60")}}
            << QStringLiteral("ProviderInstanceId");
    }

    void list_invalidQuery_400WithProperty()
    {
        QFETCH(Query, query);
        QFETCH(QString, property);
        const QString problem = validationProblem(listResellers(query), property);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void list_customerAndInstance_onlyResellersRelatedThere()
    {
        const QUuid microsoft = instanceOf(QStringLiteral("Microsoft"), QStringLiteral("License"));
        const QJsonArray all = allCustomers();
        const QJsonObject withReseller =
            find([&](const QJsonObject &c) { return !c.value(u"resellerId").isNull() && hasInstance(c, microsoft); }, all);
        const QJsonObject direct =
            find([&](const QJsonObject &c) { return c.value(u"resellerId").isNull() && hasInstance(c, microsoft); }, all);
        QVERIFY(!withReseller.isEmpty() && !direct.isEmpty());
        const Reply r = listResellers({{QStringLiteral("customerId"), withReseller.value(u"id").toString()},
                                       {QStringLiteral("providerInstanceId"), id(microsoft)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(uuidOf(r.items().at(0).toObject().value(u"id")), uuidOf(withReseller.value(u"resellerId")));
        const Reply none = listResellers({{QStringLiteral("customerId"), direct.value(u"id").toString()},
                                          {QStringLiteral("providerInstanceId"), id(microsoft)}});
        QCOMPARE(none.status, 200);
        QCOMPARE(none.object().value(u"totalCount").toInt(), 0);
        // An instance alone: the resellers with any customer there (all five, in this tenant).
        const Reply byInstance = listResellers({{QStringLiteral("providerInstanceId"), id(microsoft)}});
        QCOMPARE(byInstance.object().value(u"totalCount").toInt(), 5);
    }

    void get_csp_anyReseller()
    {
        const Reply list = listResellers();
        for (const QJsonValue &v : list.items()) {
            const Reply r = get(u"/v1/Resellers/" % v.toObject().value(u"id").toString());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.contentType, JsonUtf8);
            QCOMPARE(r.object(), v.toObject());
        }
    }

    void get_unknownOrMalformed_404Or400()
    {
        const QString unknown = u"/v1/Resellers/" % id(QUuid::createUuid());
        QString problem = envelopeProblem(get(unknown), 404);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = validationProblem(get(QStringLiteral("/v1/Resellers/not-a-guid")), QStringLiteral("resellerId"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void get_resellerToken_ownRecordOnly()
    {
        const QUuid own = m_server->resellerIdOfResellerClient();
        const Reply mine = get(u"/v1/Resellers/" % id(own), {}, m_server->resellerToken());
        QCOMPARE(mine.status, 200);
        QCOMPARE(uuidOf(mine.object().value(u"id")), own);
        QVERIFY(!mine.object().value(u"companyName").toString().isEmpty());
        for (const QUuid &other : m_server->resellerIds()) {
            if (other == own)
                continue;
            const Reply r = get(u"/v1/Resellers/" % id(other), {}, m_server->resellerToken());
            QCOMPARE(r.status, 403);
            QVERIFY(r.body.isEmpty());
        }
        // An ID that does not exist tells a reseller nothing more than one that does.
        QCOMPARE(get(u"/v1/Resellers/" % id(QUuid::createUuid()), {}, m_server->resellerToken()).status, 403);
    }

    void get_wrongMethod_405()
    {
        Call c;
        c.method = "POST";
        c.path = QStringLiteral("/v1/Resellers");
        c.body = "{}";
        QCOMPARE(send(c).status, 405);
    }

    void generation_sameSeed_sameResellers()
    {
        SandboxOptions options;
        options.seed = 7;
        options.customerCount = 10;
        SandboxServer other(options);
        QVERIFY(other.listen());
        SandboxServer again(options);
        QVERIFY(again.listen());
        const Reply a = send(Call{.path = QStringLiteral("/v1/Resellers"), .token = other.cspToken()}, &other);
        const Reply b = send(Call{.path = QStringLiteral("/v1/Resellers"), .token = again.cspToken()}, &again);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, b.body);
        QVERIFY(a.body != listResellers().body); // another seed, other IDs
    }
};

QTEST_GUILESS_MAIN(TstSandboxResellers)
#include "tst_sandbox_resellers.moc"
