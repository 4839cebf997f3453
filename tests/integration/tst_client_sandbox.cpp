// Every operation of the service layer against the sandbox, over real loopback HTTP. Run a second
// time by the contract suite with CC_CONTRACT=1, through the Prism validator.

#include "await.h"

#include <testenvironment.h>

#include <core/api/cloudcockpitclient.h>
#include <core/domain/json.h>
#include <core/domain/outcome.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

class TestClientSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> env;
    static constexpr int CustomerCount = 300;

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.apiUrl = env->apiUrl();
        s.tokenUrl = env->tokenUrl();
        s.tenant = env->sandbox().tenant();
        s.timeout = std::chrono::seconds(20);
        return s;
    }

    std::unique_ptr<CloudCockpitClient> cspClient()
    {
        auto c = std::make_unique<CloudCockpitClient>();
        c->setConnection(settings());
        c->setCredentials(Credentials::fromClientSecret(env->sandbox().cspClientId(), env->sandbox().cspClientSecret()));
        return c;
    }

    std::unique_ptr<CloudCockpitClient> resellerClient()
    {
        auto c = std::make_unique<CloudCockpitClient>();
        c->setConnection(settings());
        c->setCredentials(Credentials::fromToken(env->sandbox().resellerToken()));
        return c;
    }

    QList<Customer> allCustomers(CloudCockpitClient &client, CustomerQuery query)
    {
        QList<Customer> out;
        query.pageNumber = 1;
        for (;;) {
            auto r = await<CustomerPage>([&](QObject *ctx, auto cb) { return client.listCustomers(query, ctx, cb); });
            if (!r || !r->ok())
                return out;
            out += r->value().items;
            if (!r->value().hasNextPage)
                return out;
            ++query.pageNumber;
        }
    }

    Customer firstCustomerWithMicrosoft(CloudCockpitClient &client, QUuid *instance, bool withInstance)
    {
        // The Microsoft instances come from the server, not from a hard-coded id.
        auto instances =
            await<ProviderInstancePage>([&](QObject *ctx, auto cb) { return client.listProviderInstances(1, 100, ctx, cb); });
        QSet<QUuid> microsoft;
        for (const auto &i : instances->value().items)
            if (i.isMicrosoft())
                microsoft.insert(i.id);
        CustomerQuery q;
        q.pageSize = 2000;
        q.includeDeleted = false;
        for (const Customer &c : allCustomers(client, q)) {
            for (const QUuid &id : std::as_const(microsoft)) {
                if ((c.providerCustomer(id) != nullptr) == withInstance) {
                    *instance = id;
                    return c;
                }
            }
        }
        return {};
    }

    // A direct customer (the CSP's own relationship) in an instance, and that instance.
    Customer directCustomerInAnInstance(CloudCockpitClient &client, ProviderInstance *instance, bool microsoft)
    {
        auto instances =
            await<ProviderInstancePage>([&](QObject *ctx, auto cb) { return client.listProviderInstances(1, 100, ctx, cb); });
        CustomerQuery q;
        q.pageSize = 2000;
        q.includeDeleted = false;
        for (const Customer &c : allCustomers(client, q)) {
            if (!c.resellerId.isNull())
                continue;
            for (const ProviderInstance &i : instances->value().items) {
                if (i.isMicrosoft() == microsoft && !i.offerTypes.isEmpty() && c.providerCustomer(i.id)) {
                    *instance = i;
                    return c;
                }
            }
        }
        return {};
    }

    QList<McaItem> allMcas(CloudCockpitClient &client, McaQuery query)
    {
        QList<McaItem> out;
        query.pageNumber = 1;
        query.pageSize = 2000;
        for (;;) {
            auto r = await<McaPage>([&](QObject *ctx, auto cb) { return client.listMcas(query, ctx, cb); });
            if (!r || !r->ok())
                return out;
            out += r->value().items;
            if (!r->value().hasNextPage)
                return out;
            ++query.pageNumber;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        ccsandbox::SandboxOptions options;
        options.customerCount = CustomerCount;
        options.seed = 7;
        env = std::make_unique<TestEnvironment>(options);
        QVERIFY2(env->start(), qPrintable(env->errorString()));
    }

    void cleanupTestCase()
    {
        if (env && env->throughValidator())
            qInfo("validator log (tail): %s", qPrintable(env->validatorLog().right(2000)));
        env.reset();
    }

    void signIn_clientCredentials_cspSessionWithExpiry()
    {
        auto client = cspClient();
        QSignalSpy changed(client.get(), &CloudCockpitClient::sessionChanged);
        auto r = await<Session>([&](QObject *ctx, auto cb) { return client->signIn(ctx, cb); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error().details()));
        QVERIFY(r->value().signedIn);
        QCOMPARE(r->value().role, Role::Csp);
        QCOMPARE(r->value().tenant, env->sandbox().tenant());
        QVERIFY(r->value().renewable);
        QVERIFY(r->value().expiresAt > QDateTime::currentDateTimeUtc().addSecs(600));
        QCOMPARE(changed.count(), 1);
    }

    void signIn_resellerCredentials_resellerRoleAndId()
    {
        CloudCockpitClient client;
        client.setConnection(settings());
        client.setCredentials(
            Credentials::fromClientSecret(env->sandbox().resellerClientId(), env->sandbox().resellerClientSecret()));
        auto r = await<Session>([&](QObject *ctx, auto cb) { return client.signIn(ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(r->value().role, Role::Reseller);
        QCOMPARE(r->value().resellerId, env->sandbox().resellerIdOfResellerClient());
    }

    void signIn_pastedToken_signedInNotRenewable()
    {
        auto client = resellerClient();
        auto r = await<Session>([&](QObject *ctx, auto cb) { return client->signIn(ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(r->value().role, Role::Reseller);
        QVERIFY(!r->value().renewable);
    }

    void signIn_wrongSecret_errorOnSecretField()
    {
        CloudCockpitClient client;
        client.setConnection(settings());
        client.setCredentials(Credentials::fromClientSecret(env->sandbox().cspClientId(), QStringLiteral("wrong-secret")));
        auto r = await<Session>([&](QObject *ctx, auto cb) { return client.signIn(ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Unauthorized);
        QVERIFY2(r->error().fieldErrors.contains(QStringLiteral("clientsecret")), qPrintable(r->error().details()));
        QVERIFY(!client.session().signedIn);
    }

    void signIn_unknownTenant_errorOnTenantField()
    {
        CloudCockpitClient client;
        auto s = settings();
        s.tenant = QStringLiteral("nobody.example.com");
        client.setConnection(s);
        client.setCredentials(Credentials::fromClientSecret(env->sandbox().cspClientId(), env->sandbox().cspClientSecret()));
        auto r = await<Session>([&](QObject *ctx, auto cb) { return client.signIn(ctx, cb); });
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().fieldErrors.contains(QStringLiteral("tenant")), qPrintable(r->error().details()));
        QVERIFY(!r->error().fieldErrors.value(QStringLiteral("tenant")).join(QString()).isEmpty());
    }

    void signIn_notAJwt_refusedBeforeSending()
    {
        CloudCockpitClient client;
        client.setConnection(settings());
        client.setCredentials(Credentials::fromToken(QStringLiteral("not-a-token")));
        const int before = env->sandbox().totalRequestCount();
        auto r = await<Session>([&](QObject *ctx, auto cb) { return client.signIn(ctx, cb); });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("token")));
        QCOMPARE(env->sandbox().totalRequestCount(), before);
    }

    void signIn_plainHttpToRemoteHost_refusedBeforeSending()
    {
        CloudCockpitClient client;
        auto s = settings();
        s.apiUrl = QUrl(QStringLiteral("http://api.example.com"));
        client.setConnection(s);
        client.setCredentials(Credentials::fromToken(env->sandbox().cspToken()));
        auto r = await<Session>([&](QObject *ctx, auto cb) { return client.signIn(ctx, cb); });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("apiurl")));
    }

    void listCustomers_everyPage_totalCountUniqueCustomers()
    {
        auto client = cspClient();
        CustomerQuery q;
        q.pageSize = 120;
        auto first = await<CustomerPage>([&](QObject *ctx, auto cb) { return client->listCustomers(q, ctx, cb); });
        QVERIFY2(first && first->ok(), first ? qPrintable(first->error().details()) : "no answer");
        QCOMPARE(first->value().totalCount, CustomerCount);
        QCOMPARE(first->value().items.size(), 120);
        QVERIFY(first->value().hasNextPage);
        QCOMPARE(first->value().totalPages, 3);
        const QList<Customer> all = allCustomers(*client, q);
        QCOMPARE(all.size(), CustomerCount);
        QSet<QUuid> ids;
        for (const auto &c : all) {
            QVERIFY(!c.id.isNull());
            QVERIFY(!c.companyName.isEmpty());
            ids.insert(c.id);
        }
        QCOMPARE(ids.size(), CustomerCount);
    }

    void listCustomerSummaries_samePageAsFullCustomers_everyColumn()
    {
        // What the list and ccadmin's csv show comes from the lean reader: for the sandbox's whole
        // tenant (deleted, reseller and direct customers, several instances, accents) it must say
        // exactly what the full customers say, as a reseller too.
        for (const bool asReseller : {false, true}) {
            auto client = asReseller ? resellerClient() : cspClient();
            CustomerQuery q;
            q.pageSize = 2000;
            auto full = await<CustomerPage>([&](QObject *ctx, auto cb) { return client->listCustomers(q, ctx, cb); });
            auto lean = await<CustomerSummaryPage>(
                [&](QObject *ctx, auto cb) { return client->listCustomerSummaries(q, ctx, cb, {}, true); });
            QVERIFY(full && full->ok() && lean && lean->ok());
            QCOMPARE(lean->value().totalCount, full->value().totalCount);
            QCOMPARE(lean->value().totalPages, full->value().totalPages);
            QCOMPARE(lean->value().items.size(), full->value().items.size());
            QVERIFY(!lean->value().items.isEmpty());
            int deleted = 0, withReseller = 0, withInstances = 0, nonAscii = 0;
            for (qsizetype i = 0; i < lean->value().items.size(); ++i) {
                const CustomerSummary &s = lean->value().items.at(i);
                const Customer &c = full->value().items.at(i);
                QCOMPARE(s.id, c.id);
                QCOMPARE(s.field(CustomerSummary::CompanyName), c.companyName);
                QCOMPARE(s.field(CustomerSummary::Domain), c.domain);
                QCOMPARE(s.field(CustomerSummary::InternalIdentifier), c.internalIdentifier);
                QCOMPARE(s.field(CustomerSummary::Country), c.country);
                QCOMPARE(s.field(CustomerSummary::City), c.city);
                QCOMPARE(s.field(CustomerSummary::Email), c.email);
                QCOMPARE(s.resellerId, c.resellerId);
                QCOMPARE(s.isDeleted, c.isDeleted);
                QCOMPARE(s.createdSecs, c.createdDate.toSecsSinceEpoch());
                QCOMPARE(int(s.providerCount), int(c.providerCustomers.size()));
                QCOMPARE(lean->value().searchText(i), QByteArrayView(QString::fromUtf8(s.text).toLower().toUtf8()));
                deleted += c.isDeleted;
                withReseller += !c.resellerId.isNull();
                withInstances += !c.providerCustomers.isEmpty();
                nonAscii += s.text.size() != QString::fromUtf8(s.text).size();
            }
            QVERIFY(deleted > 0);
            QVERIFY(withReseller > 0);
            QVERIFY(withInstances > 0);
            QVERIFY(nonAscii > 0);
        }
    }

    void listCustomers_defaultOrder_sortedByCompanyNameBothWays()
    {
        auto client = cspClient();
        CustomerQuery q;
        q.pageSize = 50;
        auto asc = await<CustomerPage>([&](QObject *ctx, auto cb) { return client->listCustomers(q, ctx, cb); });
        q.ascending = false;
        auto desc = await<CustomerPage>([&](QObject *ctx, auto cb) { return client->listCustomers(q, ctx, cb); });
        QVERIFY(asc && asc->ok() && desc && desc->ok());
        const auto &a = asc->value().items;
        const auto &d = desc->value().items;
        for (qsizetype i = 1; i < a.size(); ++i)
            QVERIFY2(a[i - 1].companyName.compare(a[i].companyName, Qt::CaseInsensitive) <= 0,
                     qPrintable(a[i - 1].companyName + u" > " + a[i].companyName));
        for (qsizetype i = 1; i < d.size(); ++i)
            QVERIFY(d[i - 1].companyName.compare(d[i].companyName, Qt::CaseInsensitive) >= 0);
        QVERIFY(a.first().id != d.first().id);
    }

    void listCustomers_searchByEachField_findsTheCustomer()
    {
        auto client = cspClient();
        CustomerQuery all;
        all.pageSize = 2000;
        const QList<Customer> customers = allCustomers(*client, all);
        QVERIFY(!customers.isEmpty());
        const Customer *withId = nullptr;
        const Customer *withProviderId = nullptr;
        for (const auto &c : customers) {
            if (!withId && !c.internalIdentifier.isEmpty())
                withId = &c;
            for (const auto &pc : c.providerCustomers)
                if (!withProviderId && !pc.providerCustomerId.isEmpty())
                    withProviderId = &c;
        }
        QVERIFY(withId && withProviderId);
        const Customer &target = customers.at(customers.size() / 2);

        struct Case
        {
            SearchField field;
            QString value;
            QUuid expected;
        };
        QString providerCustomerId;
        for (const auto &pc : withProviderId->providerCustomers)
            if (!pc.providerCustomerId.isEmpty())
                providerCustomerId = pc.providerCustomerId;
        const QList<Case> cases = {
            {SearchField::CompanyName, target.companyName.mid(1, 8).toUpper(), target.id},
            {SearchField::Domain, target.domain, target.id},
            {SearchField::InternalIdentifier, withId->internalIdentifier, withId->id},
            {SearchField::ProviderCustomerId, providerCustomerId, withProviderId->id},
        };
        for (const Case &c : cases) {
            CustomerQuery q;
            q.pageSize = 2000;
            q.searchField = c.field;
            q.searchValue = c.value;
            auto r = await<CustomerPage>([&](QObject *ctx, auto cb) { return client->listCustomers(q, ctx, cb); });
            QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
            QVERIFY2(r->value().totalCount < CustomerCount, qPrintable(c.value));
            bool found = false;
            for (const auto &item : r->value().items)
                found = found || item.id == c.expected;
            QVERIFY2(found, qPrintable(searchFieldName(c.field) + u'=' + c.value));
        }
    }

    void listCustomers_excludeDeleted_noDeletedCustomers()
    {
        auto client = cspClient();
        CustomerQuery q;
        q.pageSize = 2000;
        const auto with = allCustomers(*client, q);
        q.includeDeleted = false;
        const auto without = allCustomers(*client, q);
        int deleted = 0;
        for (const auto &c : with)
            deleted += c.isDeleted ? 1 : 0;
        QVERIFY(deleted > 0);
        QCOMPARE(without.size(), with.size() - deleted);
        for (const auto &c : without)
            QVERIFY(!c.isDeleted);
    }

    void listCustomers_resellerFilter_onlyThatResellersCustomers()
    {
        auto client = cspClient();
        CustomerQuery q;
        q.pageSize = 2000;
        q.resellerId = env->sandbox().resellerIds().value(0);
        QVERIFY(!q.resellerId.isNull());
        const auto list = allCustomers(*client, q);
        QVERIFY(!list.isEmpty());
        QVERIFY(list.size() < CustomerCount);
        for (const auto &c : list)
            QCOMPARE(c.resellerId, q.resellerId);
    }

    void listCustomers_asReseller_onlyOwnCustomers()
    {
        auto client = resellerClient();
        CustomerQuery q;
        q.pageSize = 2000;
        const auto list = allCustomers(*client, q);
        QVERIFY(!list.isEmpty());
        for (const auto &c : list)
            QCOMPARE(c.resellerId, env->sandbox().resellerIdOfResellerClient());
    }

    void listCustomers_pageSizeTooLarge_refusedBeforeSending()
    {
        auto client = cspClient();
        CustomerQuery q;
        q.pageSize = 2001;
        const int before = env->sandbox().totalRequestCount();
        auto r = await<CustomerPage>([&](QObject *ctx, auto cb) { return client->listCustomers(q, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Validation);
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("pagesize")));
        QCOMPARE(env->sandbox().totalRequestCount(), before);
    }

    void getCustomer_known_allFields()
    {
        auto client = cspClient();
        const QUuid id = env->sandbox().customerIds().value(3);
        auto r = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(id, {}, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(r->value().id, id);
        const QJsonObject stored = QJsonDocument::fromJson(env->sandbox().customerJson(id)).object();
        QCOMPARE(r->value().companyName, stored.value(u"companyName").toString());
        QCOMPARE(r->value().email, stored.value(u"email").toString());
        QVERIFY(r->value().createdDate.isValid());
    }

    void getCustomer_unknown_notFoundWithCorrelationId()
    {
        auto client = cspClient();
        const QString cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto r = await<Customer>(
            [&](QObject *ctx, auto cb) { return client->getCustomer(QUuid::createUuid(), {}, ctx, cb, RequestOptions{cid}); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(r->error().httpStatus, 404);
        QCOMPARE(r->error().correlationId, cid);
        QVERIFY(r->error().details().contains(cid));
    }

    void requests_eachCall_freshCorrelationIdSeenByServer()
    {
        auto client = cspClient();
        const QUuid id = env->sandbox().customerIds().value(0);
        auto a = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(id, {}, ctx, cb); });
        auto b = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(id, {}, ctx, cb); });
        QVERIFY(a && a->ok() && b && b->ok());
        QVERIFY(QUuid::fromString(a->correlationId()).version() == QUuid::Random);
        QVERIFY(a->correlationId() != b->correlationId());
        QCOMPARE(env->sandbox().requestCount(a->correlationId()), 1);
        QCOMPARE(env->sandbox().requestCount(b->correlationId()), 1);
    }

    void providerInstances_list_microsoftWithOfferTypes()
    {
        auto client = cspClient();
        auto r =
            await<ProviderInstancePage>([&](QObject *ctx, auto cb) { return client->listProviderInstances(1, 100, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        int microsoft = 0;
        for (const auto &i : r->value().items) {
            QVERIFY(!i.id.isNull());
            QVERIFY(!i.displayName().isEmpty());
            if (i.isMicrosoft()) {
                ++microsoft;
                QVERIFY(!i.offerTypes.isEmpty());
            }
        }
        QVERIFY(microsoft >= 1);
        QVERIFY(r->value().items.size() > microsoft);
    }

    void relationshipLink_knownInstance_httpsLink()
    {
        auto client = cspClient();
        const QUuid instance = env->sandbox().providerInstanceIds().value(0);
        auto r = await<QString>([&](QObject *ctx, auto cb) { return client->relationshipAcceptanceLink(instance, {}, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QVERIFY(r->value().startsWith(u"https://"));
        auto withReseller = await<QString>([&](QObject *ctx, auto cb) {
            return client->relationshipAcceptanceLink(instance, env->sandbox().resellerIds().value(0), ctx, cb);
        });
        QVERIFY(withReseller && withReseller->ok());
        QVERIFY(withReseller->value() != r->value());
    }

    void relationshipLink_unknownInstance_notFound()
    {
        auto client = cspClient();
        auto r = await<QString>(
            [&](QObject *ctx, auto cb) { return client->relationshipAcceptanceLink(QUuid::createUuid(), {}, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::NotFound);
    }

    void internalIdentifier_set_visibleOnNextRead()
    {
        auto client = cspClient();
        const QUuid id = env->sandbox().customerIds().value(10);
        InternalIdentifierUpdate u;
        u.internalIdentifier = QStringLiteral("IT-TEST-%1").arg(QDateTime::currentMSecsSinceEpoch());
        auto r = await<Done>([&](QObject *ctx, auto cb) { return client->updateInternalIdentifier(id, u, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(env->sandbox().requestCount(r->correlationId()), 1);
        auto c = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(id, {}, ctx, cb); });
        QVERIFY(c && c->ok());
        QCOMPARE(c->value().internalIdentifier, u.internalIdentifier);

        u.internalIdentifier.clear();
        r = await<Done>([&](QObject *ctx, auto cb) { return client->updateInternalIdentifier(id, u, ctx, cb); });
        QVERIFY(r && r->ok());
        c = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(id, {}, ctx, cb); });
        QVERIFY(c && c->ok());
        QVERIFY(c->value().internalIdentifier.isEmpty());
    }

    void internalIdentifier_usedByAnotherCustomer_serverFieldError()
    {
        auto client = cspClient();
        CustomerQuery q;
        q.pageSize = 2000;
        q.includeDeleted = false;
        const auto list = allCustomers(*client, q);
        const Customer *owner = nullptr;
        const Customer *other = nullptr;
        for (const auto &c : list) {
            if (!c.resellerId.isNull())
                continue;
            if (!owner && !c.internalIdentifier.isEmpty())
                owner = &c;
            else if (!other)
                other = &c;
        }
        QVERIFY(owner && other);
        InternalIdentifierUpdate u;
        u.internalIdentifier = owner->internalIdentifier;
        auto r = await<Done>([&](QObject *ctx, auto cb) { return client->updateInternalIdentifier(other->id, u, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Validation);
        QVERIFY(!r->error().clientSide);
        QVERIFY2(r->error().fieldErrors.contains(QStringLiteral("internalidentifier")), qPrintable(r->error().details()));
        QCOMPARE(env->sandbox().requestCount(r->correlationId()), 1);
    }

    void internalIdentifier_tooLong_refusedBeforeSending()
    {
        auto client = cspClient();
        InternalIdentifierUpdate u;
        u.internalIdentifier = QString(256, u'x');
        const int before = env->sandbox().totalRequestCount();
        auto r = await<Done>([&](QObject *ctx, auto cb) {
            return client->updateInternalIdentifier(env->sandbox().customerIds().value(0), u, ctx, cb);
        });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("internalidentifier")));
        QCOMPARE(env->sandbox().totalRequestCount(), before);
    }

    void mca_keepPrimary_acceptedAndStored()
    {
        auto client = cspClient();
        QUuid instance;
        const Customer c = firstCustomerWithMicrosoft(*client, &instance, true);
        QVERIFY(!c.id.isNull());
        McaUpdate u;
        u.providerInstanceId = instance;
        u.agreementDate = QDate::currentDate().addDays(-1);
        u.keepPrimaryInformation = true;
        auto r = await<Done>([&](QObject *ctx, auto cb) { return client->updateMicrosoftCustomerAgreement(c.id, u, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(env->sandbox().requestCount(r->correlationId()), 1);
        auto after = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(c.id, {}, ctx, cb); });
        QVERIFY(after && after->ok());
        const auto *pc = after->value().providerCustomer(instance);
        QVERIFY(pc);
        const auto data = MicrosoftCustomerData::fromJsonText(pc->providerCustomerData);
        QVERIFY(data);
        QVERIFY(data->acceptedMca);
        QCOMPARE(data->agreementDate, u.agreementDate);
    }

    void mca_contactsMissing_refusedBeforeSendingWithEachField()
    {
        auto client = cspClient();
        McaUpdate u;
        u.providerInstanceId = env->sandbox().providerInstanceIds().value(0);
        u.agreementDate = QDate::currentDate().addDays(1);
        u.keepPrimaryInformation = false;
        u.firstName = QStringLiteral("A");
        u.email = QStringLiteral("not-an-email");
        const int before = env->sandbox().totalRequestCount();
        auto r = await<Done>([&](QObject *ctx, auto cb) {
            return client->updateMicrosoftCustomerAgreement(env->sandbox().customerIds().value(0), u, ctx, cb);
        });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        const auto &f = r->error().fieldErrors;
        for (const char *field : {"agreementdate", "firstname", "lastname", "email", "phone"})
            QVERIFY2(f.contains(QLatin1StringView(field)), field);
        QCOMPARE(env->sandbox().totalRequestCount(), before);
    }

    void mca_nonMicrosoftInstance_serverFieldError()
    {
        auto client = cspClient();
        auto instances =
            await<ProviderInstancePage>([&](QObject *ctx, auto cb) { return client->listProviderInstances(1, 100, ctx, cb); });
        QUuid other;
        for (const auto &i : instances->value().items)
            if (!i.isMicrosoft())
                other = i.id;
        QVERIFY(!other.isNull());
        McaUpdate u;
        u.providerInstanceId = other;
        u.agreementDate = QDate::currentDate();
        auto r = await<Done>([&](QObject *ctx, auto cb) {
            return client->updateMicrosoftCustomerAgreement(env->sandbox().customerIds().value(1), u, ctx, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Validation);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("providerinstanceid")));
    }

    void addProviderInstance_microsoft_createdWithOfferTypeMargins()
    {
        auto client = cspClient();
        QUuid instance;
        const Customer c = firstCustomerWithMicrosoft(*client, &instance, false);
        QVERIFY(!c.id.isNull());
        MicrosoftCustomerData data;
        data.domain = QStringLiteral("itest%1").arg(QDateTime::currentMSecsSinceEpoch());
        data.credentialsEmail = QStringLiteral("admin@example.com");
        data.defaultCulture = QStringLiteral("pt-PT");
        data.language = QStringLiteral("pt");
        AddProviderInstanceRequest req;
        req.providerInstanceId = instance;
        req.providerCustomerData = data.toJsonText();
        req.margin = {12.5, MarginRule::Markup};
        auto instances =
            await<ProviderInstancePage>([&](QObject *ctx, auto cb) { return client->listProviderInstances(1, 100, ctx, cb); });
        OfferType offered = OfferType::License;
        for (const auto &i : instances->value().items)
            if (i.id == instance)
                offered = i.offerTypes.value(0);
        req.offerTypeMargins = {{offered, {7, MarginRule::Margin}}};
        auto r = await<QString>([&](QObject *ctx, auto cb) { return client->addProviderInstance(c.id, req, true, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(env->sandbox().requestCount(r->correlationId()), 1);
        auto after = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(c.id, {}, ctx, cb); });
        QVERIFY(after && after->ok());
        const auto *pc = after->value().providerCustomer(instance);
        QVERIFY(pc);
        QVERIFY(pc->margin);
        QCOMPARE(pc->margin->value, 12.5);
        QCOMPARE(pc->margin->rule, MarginRule::Markup);
        QCOMPARE(pc->offerTypeMargins.size(), 1);
        QCOMPARE(pc->offerTypeMargins.first().offerType, offered);
        QCOMPARE(pc->offerTypeMargins.first().margin.rule, MarginRule::Margin);

        // The same domain on another customer is a rejection only the server can make.
        QUuid instance2;
        const Customer c2 = firstCustomerWithMicrosoft(*client, &instance2, false);
        QVERIFY(!c2.id.isNull() && c2.id != c.id);
        req.providerInstanceId = instance2;
        req.offerTypeMargins.clear();
        auto dup = await<QString>([&](QObject *ctx, auto cb) { return client->addProviderInstance(c2.id, req, true, ctx, cb); });
        QVERIFY(dup && !dup->ok());
        QCOMPARE(dup->error().kind, ApiError::Kind::Validation);
        QVERIFY2(dup->error().fieldErrors.contains(QStringLiteral("providercustomerdata.domain")),
                 qPrintable(dup->error().details()));
    }

    void addProviderInstance_offerTypeNotSold_serverErrorOnThatRow()
    {
        auto client = cspClient();
        QUuid instance;
        const Customer c = firstCustomerWithMicrosoft(*client, &instance, false);
        auto instances =
            await<ProviderInstancePage>([&](QObject *ctx, auto cb) { return client->listProviderInstances(1, 100, ctx, cb); });
        QList<OfferType> offered;
        for (const auto &i : instances->value().items)
            if (i.id == instance)
                offered = i.offerTypes;
        OfferType notSold = OfferType::License;
        for (OfferType t : allOfferTypes())
            if (!offered.contains(t))
                notSold = t;
        QVERIFY(!offered.contains(notSold));
        MicrosoftCustomerData data;
        data.domain = QStringLiteral("itestx%1").arg(QDateTime::currentMSecsSinceEpoch());
        AddProviderInstanceRequest req;
        req.providerInstanceId = instance;
        req.providerCustomerData = data.toJsonText();
        req.margin = {10, MarginRule::Markup};
        req.offerTypeMargins = {{notSold, {5, MarginRule::Markup}}};
        auto r = await<QString>([&](QObject *ctx, auto cb) { return client->addProviderInstance(c.id, req, true, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Validation);
        const QString key = u"offertypemargins[" + offerTypeName(notSold).toLower() + u']';
        bool onRow = false;
        for (auto it = r->error().fieldErrors.cbegin(); it != r->error().fieldErrors.cend(); ++it)
            onRow = onRow || it.key().startsWith(key);
        QVERIFY2(onRow, qPrintable(r->error().details()));
    }

    // --- #17: resellers, margins of an existing relationship, MCA status --------------------------

    void resellers_listAsCsp_everyResellerWithItsName()
    {
        auto client = cspClient();
        ResellerQuery q;
        q.pageSize = 2000;
        auto r = await<ResellerPage>([&](QObject *ctx, auto cb) { return client->listResellers(q, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QSet<QUuid> ids;
        for (const Reseller &x : r->value().items) {
            ids.insert(x.id);
            QVERIFY(!x.companyName.isEmpty());
        }
        const QList<QUuid> expected = env->sandbox().resellerIds();
        QCOMPARE(ids, QSet<QUuid>(expected.cbegin(), expected.cend()));
        QCOMPARE(r->value().totalCount, int(expected.size()));
        // Sorted by company name, as asked.
        for (qsizetype i = 1; i < r->value().items.size(); ++i)
            QVERIFY(r->value().items.at(i - 1).companyName.compare(r->value().items.at(i).companyName, Qt::CaseInsensitive) <= 0);
    }

    void resellers_searchByName_findsThatReseller()
    {
        auto client = cspClient();
        auto all = await<ResellerPage>([&](QObject *ctx, auto cb) { return client->listResellers({}, ctx, cb); });
        QVERIFY(all && all->ok() && !all->value().items.isEmpty());
        const Reseller wanted = all->value().items.last();
        ResellerQuery q;
        q.searchValue = wanted.companyName.mid(1, 5);
        q.ascending = false;
        auto r = await<ResellerPage>([&](QObject *ctx, auto cb) { return client->listResellers(q, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        bool found = false;
        for (const Reseller &x : r->value().items) {
            QVERIFY(x.companyName.contains(q.searchValue, Qt::CaseInsensitive));
            found = found || x.id == wanted.id;
        }
        QVERIFY(found);
    }

    void resellers_asReseller_listForbiddenOwnRecordReadable()
    {
        auto client = resellerClient();
        auto list = await<ResellerPage>([&](QObject *ctx, auto cb) { return client->listResellers({}, ctx, cb); });
        QVERIFY(list && !list->ok());
        QCOMPARE(list->error().kind, ApiError::Kind::Forbidden);
        const QUuid own = env->sandbox().resellerIdOfResellerClient();
        QCOMPARE(client->session().resellerId, own);
        auto r = await<Reseller>([&](QObject *ctx, auto cb) { return client->getReseller(own, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(r->value().id, own);
        QVERIFY(!r->value().companyName.isEmpty());
    }

    void resellers_getUnknown_notFound()
    {
        auto client = cspClient();
        auto r = await<Reseller>([&](QObject *ctx, auto cb) { return client->getReseller(QUuid::createUuid(), ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(env->sandbox().requestCount(r->correlationId()), 1); // a 404 is not retried
    }

    void margins_set_replacedAndReadBack()
    {
        auto client = cspClient();
        ProviderInstance instance;
        const Customer c = directCustomerInAnInstance(*client, &instance, false);
        QVERIFY(!c.id.isNull());
        MarginsUpdate u;
        u.providerInstanceId = instance.id;
        u.margin = {17.5, MarginRule::Margin};
        u.offerTypeMargins = {{instance.offerTypes.first(), {12, MarginRule::Markup}}};
        auto r = await<Done>([&](QObject *ctx, auto cb) { return client->updateMargins(c.id, u, instance.offerTypes, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(env->sandbox().requestCount(r->correlationId()), 1);
        auto after = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(c.id, {}, ctx, cb); });
        QVERIFY(after && after->ok());
        QVERIFY(outcome::holds(after->value(), u));

        // No offer-type margins: each offer type loses its own and falls back to the margin.
        u.offerTypeMargins.clear();
        r = await<Done>([&](QObject *ctx, auto cb) { return client->updateMargins(c.id, u, {}, ctx, cb); });
        QVERIFY(r && r->ok());
        after = await<Customer>([&](QObject *ctx, auto cb) { return client->getCustomer(c.id, {}, ctx, cb); });
        QVERIFY(after && after->ok());
        QVERIFY(after->value().providerCustomer(instance.id)->offerTypeMargins.isEmpty());
        QVERIFY(outcome::holds(after->value(), u));
    }

    void margins_serverRule_fieldErrorOnThatOfferTypesValue()
    {
        // A markup above the agreed 50 % for an offer type: a rule only the server knows.
        auto client = cspClient();
        ProviderInstance instance;
        const Customer c = directCustomerInAnInstance(*client, &instance, false);
        QVERIFY(!c.id.isNull());
        MarginsUpdate u;
        u.providerInstanceId = instance.id;
        u.margin = {10, MarginRule::Markup};
        const OfferType type = instance.offerTypes.first();
        u.offerTypeMargins = {{type, {60, MarginRule::Markup}}};
        auto r = await<Done>([&](QObject *ctx, auto cb) { return client->updateMargins(c.id, u, instance.offerTypes, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Validation);
        QVERIFY(!r->error().clientSide);
        QVERIFY(!r->error().outcomeUnknown); // a 400 is an answer: nothing was changed
        const QString path = u"offertypemargins[" + offerTypeName(type).toLower() + u"].value";
        QVERIFY2(r->error().fieldErrors.contains(path), qPrintable(r->error().details()));
        QCOMPARE(env->sandbox().requestCount(r->correlationId()), 1);
    }

    void margins_offerTypeNotSold_serverErrorOrRefusedBeforeSending()
    {
        auto client = cspClient();
        ProviderInstance instance;
        const Customer c = directCustomerInAnInstance(*client, &instance, false);
        QVERIFY(!c.id.isNull());
        OfferType notSold = OfferType::License;
        for (OfferType t : allOfferTypes())
            if (!instance.offerTypes.contains(t))
                notSold = t;
        QVERIFY(!instance.offerTypes.contains(notSold));
        MarginsUpdate u;
        u.providerInstanceId = instance.id;
        u.margin = {10, MarginRule::Markup};
        u.offerTypeMargins = {{notSold, {5, MarginRule::Markup}}};
        const QString path = u"offertypemargins[" + offerTypeName(notSold).toLower() + u']';
        // Not knowing what the instance sells, the client sends it; the server names the row.
        auto r = await<Done>([&](QObject *ctx, auto cb) { return client->updateMargins(c.id, u, {}, ctx, cb); });
        QVERIFY(r && !r->ok());
        QVERIFY(!r->error().clientSide);
        QVERIFY2(r->error().fieldErrors.contains(path), qPrintable(r->error().details()));
        // Knowing it, the client refuses before sending, on the same row.
        RequestOptions o;
        o.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r = await<Done>([&](QObject *ctx, auto cb) { return client->updateMargins(c.id, u, instance.offerTypes, ctx, cb, o); });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(path));
        QCOMPARE(env->sandbox().requestCount(o.correlationId), 0);
    }

    void margins_outOfRange_refusedBeforeSending()
    {
        auto client = cspClient();
        MarginsUpdate u;
        u.providerInstanceId = env->sandbox().providerInstanceIds().value(0);
        u.margin = {1000, MarginRule::Markup};
        RequestOptions o;
        o.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto r = await<Done>([&](QObject *ctx, auto cb) {
            return client->updateMargins(env->sandbox().customerIds().value(0), u, {}, ctx, cb, o);
        });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("margin.value")));
        QCOMPARE(env->sandbox().requestCount(o.correlationId), 0);
    }

    void margins_customerNotInInstance_notFound()
    {
        auto client = cspClient();
        QUuid instance;
        const Customer c = firstCustomerWithMicrosoft(*client, &instance, false);
        QVERIFY(!c.id.isNull());
        MarginsUpdate u;
        u.providerInstanceId = instance;
        u.margin = {10, MarginRule::Markup};
        auto r = await<Done>([&](QObject *ctx, auto cb) { return client->updateMargins(c.id, u, {}, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::NotFound);
        QVERIFY(!r->error().outcomeUnknown);
    }

    void mca_listEachStatus_onlyThatStatusAndTogetherAll()
    {
        auto client = cspClient();
        const QList<McaItem> all = allMcas(*client, {});
        QVERIFY(!all.isEmpty());
        qsizetype sum = 0;
        for (McaStatus status : allMcaStatuses()) {
            McaQuery q;
            q.status = status;
            const QList<McaItem> some = allMcas(*client, q);
            for (const McaItem &m : some)
                QCOMPARE(m.status, status);
            sum += some.size();
        }
        QCOMPARE(sum, all.size());
        // Spread over the statuses, as a tenant's are.
        QSet<McaStatus> seen;
        for (const McaItem &m : all)
            seen.insert(m.status);
        QVERIFY2(seen.size() >= 4, "the sandbox's agreements should cover the statuses");
    }

    void mca_excludeCompliantSearchAndSort_asDocumented()
    {
        auto client = cspClient();
        McaQuery q;
        q.excludeCompliant = true;
        const QList<McaItem> open = allMcas(*client, q);
        QVERIFY(!open.isEmpty());
        for (const McaItem &m : open)
            QVERIFY(m.status != McaStatus::AgreementCreated);

        q = {};
        q.sortBy = McaSortField::CompanyName;
        q.ascending = true;
        const QList<McaItem> byName = allMcas(*client, q);
        for (qsizetype i = 1; i < byName.size(); ++i)
            QVERIFY(byName.at(i - 1).companyName.compare(byName.at(i).companyName, Qt::CaseInsensitive) <= 0);

        q = {};
        q.searchValue = byName.first().companyName.left(6);
        const QList<McaItem> found = allMcas(*client, q);
        QVERIFY(!found.isEmpty());
        for (const McaItem &m : found)
            QVERIFY(m.companyName.contains(q.searchValue, Qt::CaseInsensitive));

        q = {};
        q.customerId = byName.first().customerId;
        q.providerInstanceId = byName.first().providerInstanceId;
        const QList<McaItem> one = allMcas(*client, q);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().id, byName.first().id);
    }

    void mca_listPaging_pagesAddUpToTotal()
    {
        auto client = cspClient();
        McaQuery q;
        q.pageSize = 7;
        auto first = await<McaPage>([&](QObject *ctx, auto cb) { return client->listMcas(q, ctx, cb); });
        QVERIFY2(first && first->ok(), first ? qPrintable(first->error().details()) : "no answer");
        QVERIFY(first->value().totalCount > 7);
        QCOMPARE(first->value().items.size(), 7);
        QVERIFY(first->value().hasNextPage);
        QSet<QUuid> ids;
        for (q.pageNumber = 1; q.pageNumber <= first->value().totalPages; ++q.pageNumber) {
            auto page = await<McaPage>([&](QObject *ctx, auto cb) { return client->listMcas(q, ctx, cb); });
            QVERIFY(page && page->ok());
            for (const McaItem &m : page->value().items)
                ids.insert(m.id);
        }
        QCOMPARE(ids.size(), first->value().totalCount);
    }

    void mca_getOne_sameAsListed_nonMicrosoftNotFound()
    {
        auto client = cspClient();
        const QList<McaItem> all = allMcas(*client, {});
        QVERIFY(!all.isEmpty());
        const McaItem listed = all.first();
        auto r = await<McaItem>(
            [&](QObject *ctx, auto cb) { return client->getMca(listed.customerId, listed.providerInstanceId, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(r->value().status, listed.status);
        QCOMPARE(r->value().companyName, listed.companyName);
        QCOMPARE(r->value().id, listed.id);

        ProviderInstance other;
        const Customer c = directCustomerInAnInstance(*client, &other, false);
        QVERIFY(!c.id.isNull());
        r = await<McaItem>([&](QObject *ctx, auto cb) { return client->getMca(c.id, other.id, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::NotFound);
    }

    void mca_refreshAfterLinkExpiry_linkExpiredStored()
    {
        auto client = cspClient();
        McaQuery q;
        q.status = McaStatus::LinkGenerated;
        const QList<McaItem> pending = allMcas(*client, q);
        QVERIFY(!pending.isEmpty());
        const McaItem m = pending.first();
        QVERIFY(m.linkExpiresAt.isValid());
        // Past the link's expiry, as Microsoft's clock would be a week later.
        env->sandbox().advanceMcaClock(QDateTime::currentDateTimeUtc().secsTo(m.linkExpiresAt) + 60);
        auto r = await<McaRefresh>(
            [&](QObject *ctx, auto cb) { return client->refreshMcaStatus(m.customerId, m.providerInstanceId, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(env->sandbox().requestCount(r->correlationId()), 1);
        auto after =
            await<McaItem>([&](QObject *ctx, auto cb) { return client->getMca(m.customerId, m.providerInstanceId, ctx, cb); });
        QVERIFY(after && after->ok());
        QCOMPARE(after->value().status, McaStatus::LinkExpired);
    }

    void mca_recordedAgreement_refreshMakesItCreated()
    {
        // Recording the agreement (the existing PATCH) and refreshing: compliant.
        auto client = cspClient();
        McaQuery q;
        q.status = McaStatus::Required;
        const QList<McaItem> required = allMcas(*client, q);
        QVERIFY(!required.isEmpty());
        const McaItem m = required.first();
        McaUpdate u;
        u.providerInstanceId = m.providerInstanceId;
        u.agreementDate = QDate::currentDate().addDays(-1);
        auto w = await<Done>(
            [&](QObject *ctx, auto cb) { return client->updateMicrosoftCustomerAgreement(m.customerId, u, ctx, cb); });
        QVERIFY2(w && w->ok(), w ? qPrintable(w->error().details()) : "no answer");
        auto r = await<McaRefresh>(
            [&](QObject *ctx, auto cb) { return client->refreshMcaStatus(m.customerId, m.providerInstanceId, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        auto after =
            await<McaItem>([&](QObject *ctx, auto cb) { return client->getMca(m.customerId, m.providerInstanceId, ctx, cb); });
        QVERIFY(after && after->ok());
        QCOMPARE(after->value().status, McaStatus::AgreementCreated);
        QVERIFY(after->value().agreementDate.isValid());
    }

    void mca_listQueryWrong_refusedBeforeSending()
    {
        auto client = cspClient();
        McaQuery q;
        q.pageSize = 0;
        q.searchValue = QString(256, u'x');
        const int before = env->sandbox().totalRequestCount();
        auto r = await<McaPage>([&](QObject *ctx, auto cb) { return client->listMcas(q, ctx, cb); });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().clientSide);
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("pagesize")));
        QVERIFY(r->error().fieldErrors.contains(QStringLiteral("searchvalue")));
        QCOMPARE(env->sandbox().totalRequestCount(), before);
    }

    void unauthorized_revokedTokenWithClientCredentials_renewedAndSucceeds()
    {
        auto client = cspClient();
        auto first = await<Session>([&](QObject *ctx, auto cb) { return client->signIn(ctx, cb); });
        QVERIFY(first && first->ok());
        env->sandbox().revokeAllTokens();
        QSignalSpy expired(client.get(), &CloudCockpitClient::sessionExpired);
        auto r = await<Customer>(
            [&](QObject *ctx, auto cb) { return client->getCustomer(env->sandbox().customerIds().value(0), {}, ctx, cb); });
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().details()) : "no answer");
        QCOMPARE(expired.count(), 0);
    }

    void unauthorized_revokedPastedToken_sessionExpired()
    {
        CloudCockpitClient client;
        client.setConnection(settings());
        client.setCredentials(Credentials::fromToken(env->sandbox().issueToken(ccsandbox::Role::Csp, 600)));
        auto first = await<Session>([&](QObject *ctx, auto cb) { return client.signIn(ctx, cb); });
        QVERIFY(first && first->ok());
        env->sandbox().revokeAllTokens();
        QSignalSpy expired(&client, &CloudCockpitClient::sessionExpired);
        auto r = await<Customer>(
            [&](QObject *ctx, auto cb) { return client.getCustomer(env->sandbox().customerIds().value(0), {}, ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!client.session().signedIn);
    }

    // A list request the sandbox has received and holds (its answer comes 200 ms later): the
    // call is surely in flight when the test acts on it.
    CallHandle listHeldBySandbox(CloudCockpitClient &client, QObject *context, bool *called)
    {
        RequestOptions o;
        o.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!env->sandbox().addFault(QStringLiteral("customers:latency:200@1")))
            return {};
        CustomerQuery q;
        q.pageSize = 2000;
        CallHandle h = client.listCustomers(
            q, context, [called](const Result<CustomerPage> &) { *called = true; }, o);
        if (!QTest::qWaitFor([&] { return env->sandbox().requestCount(o.correlationId) == 1; }, 10000))
            return {};
        return h;
    }

    // Returns once a request the sandbox holds longer than the held list has been answered: the
    // list's answer, written first, would have reached the client by then. What the tests wait on
    // instead of a fixed sleep.
    bool waitPastHeldAnswer(CloudCockpitClient &client)
    {
        if (!env->sandbox().addFault(QStringLiteral("customer:latency:400@1")))
            return false;
        bool answered = false;
        QObject context;
        client.getCustomer(env->sandbox().customerIds().value(0), {}, &context,
                           [&](const Result<Customer> &) { answered = true; });
        return QTest::qWaitFor([&] { return answered; }, 10000);
    }

    void cancel_runningCall_callbackNeverRuns()
    {
        auto client = cspClient();
        bool called = false;
        QObject context;
        CallHandle h = listHeldBySandbox(*client, &context, &called);
        QVERIFY(h.isRunning());
        h.cancel();
        QVERIFY(!h.isRunning());
        QVERIFY(waitPastHeldAnswer(*client));
        QVERIFY(!called);
        env->sandbox().clearFaults();
    }

    void context_destroyedBeforeAnswer_callbackNeverRuns()
    {
        auto client = cspClient();
        bool called = false;
        auto *context = new QObject;
        QVERIFY(listHeldBySandbox(*client, context, &called).isRunning());
        delete context;
        QVERIFY(waitPastHeldAnswer(*client));
        QVERIFY(!called);
        env->sandbox().clearFaults();
    }
};

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_client_sandbox.moc"
