// The form models without widgets, against the sandbox: nothing is sent while a rule fails, one
// request however often submit is called, the customer is read back after a success, every value
// survives any failure, and drafts are written as you type and go on success or discard.

#include "formsfixture.h"

#include <addproviderinstanceform.h>
#include <draftstore.h>
#include <internalidentifierform.h>
#include <mcaform.h>
#include <offertypemarginmodel.h>

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

class TestFormModels : public QObject
{
    Q_OBJECT
    FormsFixture fx;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        FormModel::draftDelayMs = 50;
        QVERIFY(fx.start());
    }
    void cleanup() { fx.sandbox->clearFaults(); }

    void submit_ruleFails_nothingSentAndErrorsByPath()
    {
        McaForm form(fx.client.get(),
                     fx.customer([&](const cc::Customer &c) { return c.providerCustomer(fx.instance(u"Direct"_qs).id); }),
                     fx.session, fx.instances);
        form.setKeepPrimary(false);
        form.setContact(ContactFields::FirstName, QStringLiteral("J"));
        form.setContact(ContactFields::Email, QStringLiteral("not-an-email"));
        form.setContact(ContactFields::Phone, QStringLiteral("call me"));
        QSignalSpy failed(&form, &FormModel::submitFailed);
        const int before = fx.sandbox->totalRequestCount();
        QVERIFY(!form.submit());
        QCOMPARE(failed.count(), 1);
        const auto error = failed.first().first().value<cc::ApiError>();
        QVERIFY(error.clientSide);
        QCOMPARE(error.fieldErrors.keys(), (QStringList{u"email"_qs, u"firstname"_qs, u"lastname"_qs, u"phone"_qs}));
        QTest::qWait(50);
        QCOMPARE(fx.sandbox->totalRequestCount(), before);
        QVERIFY(!form.isRunning());
    }

    void submitTwice_whileRunning_oneRequest()
    {
        const cc::Customer c = fx.customers.at(3);
        InternalIdentifierForm form(fx.client.get(), c, fx.session);
        form.setValue(QStringLiteral("ONCE-%1").arg(c.id.toString(QUuid::WithoutBraces).left(6)));
        QSignalSpy updated(&form, &FormModel::customerUpdated);
        QSignalSpy running(&form, &FormModel::runningChanged);
        QVERIFY(form.submit());
        QVERIFY(form.isRunning());
        QVERIFY(!form.submit());
        QVERIFY(!form.submit());
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(fx.sandbox->requestCount(form.lastCorrelationId()), 1);
        QCOMPARE(running.count(), 2); // on, off
        QVERIFY(!form.isRunning());
    }

    void success_customerReadBack_draftGoneNotDirty()
    {
        const cc::Customer c = fx.customers.at(4);
        InternalIdentifierForm form(fx.client.get(), c, fx.session);
        form.setValue(QStringLiteral("BACK-%1").arg(c.id.toString(QUuid::WithoutBraces).left(6)));
        QTRY_VERIFY(DraftStore::load(form.formName(), c.id).has_value());
        QVERIFY(form.isDirty());
        QSignalSpy updated(&form, &FormModel::customerUpdated);
        form.submit();
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(updated.first().first().value<cc::Customer>().internalIdentifier, form.value());
        QCOMPARE(fx.fetch(c.id).internalIdentifier, form.value());
        QVERIFY(!form.isDirty());
        QVERIFY(!DraftStore::load(form.formName(), c.id).has_value());
    }

    void resellerRelationship_csp_loadsThatRelationshipsIdentifierAndSetsIt()
    {
        const cc::Customer c = fx.customer([](const cc::Customer &c) { return !c.resellerId.isNull(); }, 2);
        InternalIdentifierForm form(fx.client.get(), c, fx.session);
        QCOMPARE(form.relationships(), (QList<QUuid>{QUuid(), c.resellerId}));
        QSignalSpy reloaded(&form, &FormModel::reloaded);
        form.setResellerId(c.resellerId);
        const QString resellerValue = fx.fetch(c.id, c.resellerId).internalIdentifier;
        QTRY_COMPARE(reloaded.count(), 1);
        QCOMPARE(form.value(), resellerValue);
        form.setValue(QStringLiteral("RES-REL-1"));
        QSignalSpy updated(&form, &FormModel::customerUpdated);
        form.submit();
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(fx.fetch(c.id, c.resellerId).internalIdentifier, QStringLiteral("RES-REL-1"));
        QCOMPARE(fx.fetch(c.id).internalIdentifier, c.internalIdentifier); // the CSP's own is untouched
    }

    void failure_network_everyValueKeptAndResubmitWorks()
    {
        const cc::Customer c =
            fx.customer([&](const cc::Customer &c) { return c.providerCustomer(fx.instance(u"Direct"_qs).id); }, 1);
        McaForm form(fx.client.get(), c, fx.session, fx.instances);
        form.setKeepPrimary(false);
        const QString typed[4] = {u"Joana"_qs, u"Ferreira"_qs, u"joana@contoso.pt"_qs, u"+351 912 345 678"_qs};
        for (int f = 0; f < 4; ++f)
            form.setContact(ContactFields::Field(f), typed[f]);
        form.setAgreementDate(QDate::currentDate().addDays(-2));
        const cc::ConnectionSettings good = fx.client->connection();
        cc::ConnectionSettings bad = good;
        bad.apiUrl = FormsFixture::closedPort();
        fx.client->setConnection(bad);
        QSignalSpy failed(&form, &FormModel::submitFailed);
        QVERIFY(form.submit());
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<cc::ApiError>().kind, cc::ApiError::Kind::Network);
        fx.client->setConnection(good);
        for (int f = 0; f < 4; ++f)
            QCOMPARE(form.contact(ContactFields::Field(f)), typed[f]);
        QCOMPARE(form.agreementDate(), QDate::currentDate().addDays(-2));
        QVERIFY(!form.keepPrimary());
        QVERIFY(form.isDirty());
        QSignalSpy updated(&form, &FormModel::customerUpdated);
        QVERIFY(form.submit());
        QTRY_COMPARE(updated.count(), 1);
        const auto *pc = updated.first().first().value<cc::Customer>().providerCustomer(form.instanceId());
        QVERIFY(pc);
        const auto data = cc::MicrosoftCustomerData::fromJsonText(pc->providerCustomerData);
        QVERIFY(data && data->acceptedMca);
        QCOMPARE(data->firstName, typed[0]);
        QCOMPARE(data->agreementDate, QDate::currentDate().addDays(-2));
    }

    void failure_5xx_valuesKeptNoDraftLoss()
    {
        const cc::Customer c = fx.customers.at(6);
        InternalIdentifierForm form(fx.client.get(), c, fx.session);
        form.setValue(QStringLiteral("FIVE-HUNDRED"));
        QVERIFY(fx.sandbox->addFault(QStringLiteral("internal-id:status:500@1")));
        QSignalSpy failed(&form, &FormModel::submitFailed);
        form.submit();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<cc::ApiError>().kind, cc::ApiError::Kind::Server);
        QCOMPARE(form.value(), QStringLiteral("FIVE-HUNDRED"));
        QVERIFY(DraftStore::load(form.formName(), c.id).has_value());
    }

    void failure_pastedTokenRevoked_sessionEndedDraftKept()
    {
        QVERIFY(fx.signIn(fx.sandbox->issueToken(ccsandbox::Role::Csp, 600)));
        const cc::Customer c = fx.customers.at(7);
        InternalIdentifierForm form(fx.client.get(), c, fx.session);
        form.setValue(QStringLiteral("AFTER-401"));
        fx.sandbox->revokeAllTokens();
        QSignalSpy failed(&form, &FormModel::submitFailed);
        form.submit();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<cc::ApiError>().kind, cc::ApiError::Kind::Unauthorized);
        QVERIFY(form.sessionEnded());
        QCOMPARE(form.value(), QStringLiteral("AFTER-401"));
        const auto draft = DraftStore::load(form.formName(), c.id);
        QVERIFY(draft.has_value());
        QCOMPARE(draft->values.value(u"value").toString(), QStringLiteral("AFTER-401"));
        QCOMPARE(draft->tenant, fx.sandbox->tenant());
        QVERIFY(fx.signIn(fx.sandbox->issueToken(ccsandbox::Role::Csp, 600)));
        form.discardDraft();
    }

    void draft_typed_savedDebouncedAndRestoredIntoANewForm()
    {
        const cc::Customer c = fx.customer([&](const cc::Customer &c) {
            return c.providerCustomers.size() < 4 && !c.providerCustomer(fx.instance(u"Adobe"_qs).id);
        });
        {
            AddProviderInstanceForm form(fx.client.get(), c, fx.session, fx.instances);
            form.setInstanceId(fx.instance(u"Adobe"_qs).id);
            form.setJsonText(QStringLiteral("{\"AccountId\": \"42\"}"));
            form.setMargin({12.5, cc::MarginRule::SplitMargin});
            QVERIFY(form.offerTypeMargins()->addRow());
            form.offerTypeMargins()->setData(form.offerTypeMargins()->index(0, OfferTypeMarginModel::Percent), 7.0);
            QVERIFY(!DraftStore::load(form.formName(), c.id).has_value()); // debounced
            QTRY_VERIFY(DraftStore::load(form.formName(), c.id).has_value());
        }
        AddProviderInstanceForm again(fx.client.get(), c, fx.session, fx.instances);
        QSignalSpy reloaded(&again, &FormModel::reloaded);
        QVERIFY(again.restoreDraft().has_value());
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(again.instanceId(), fx.instance(u"Adobe"_qs).id);
        QCOMPARE(again.jsonText(), QStringLiteral("{\"AccountId\": \"42\"}"));
        QCOMPARE(again.margin(), (cc::PriceMargin{12.5, cc::MarginRule::SplitMargin}));
        QCOMPARE(again.offerTypeMargins()->rowCount(), 1);
        QCOMPARE(again.offerTypeMargins()->margins().first().margin.value, 7.0);
        QVERIFY(again.isDirty());
        again.discardDraft();
        QVERIFY(!DraftStore::load(again.formName(), c.id).has_value());
    }

    void draft_restoredBeforeInstancesArrive_applied()
    {
        const cc::Customer c =
            fx.customer([&](const cc::Customer &c) { return c.providerCustomer(fx.instance(u"Direct"_qs).id); }, 2);
        {
            McaForm form(fx.client.get(), c, fx.session, fx.instances);
            form.setKeepPrimary(false);
            form.setContact(ContactFields::LastName, QStringLiteral("Draftsworth"));
            form.saveDraftNow();
        }
        McaForm again(fx.client.get(), c, fx.session, {});
        QVERIFY(again.restoreDraft());
        again.setProviderInstances(fx.instances);
        QCOMPARE(again.instanceId(), fx.instance(u"Direct"_qs).id);
        QCOMPARE(again.contact(ContactFields::LastName), QStringLiteral("Draftsworth"));
        again.discardDraft();
    }

    void draftStore_secretsDroppedAndTenantFilter()
    {
        DraftStore::Draft d;
        d.form = QStringLiteral("internal-identifier");
        d.customerId = QUuid::createUuid();
        d.customerName = QStringLiteral("Contoso");
        d.savedAt = QDateTime::currentDateTimeUtc();
        d.values = {{QStringLiteral("value"), QStringLiteral("X")},
                    {QStringLiteral("accessToken"), QStringLiteral("eyJ...")},
                    {QStringLiteral("clientSecret"), QStringLiteral("s3cr3t")}};
        d.tenant = QStringLiteral("other.tenant");
        DraftStore::save(d);
        const auto loaded = DraftStore::load(d.form, d.customerId);
        QVERIFY(loaded);
        QCOMPARE(loaded->values.keys(), QStringList{u"value"_qs});
        QCOMPARE(loaded->customerName, QStringLiteral("Contoso"));
        QVERIFY(DraftStore::all(QStringLiteral("other.tenant")).size() >= 1);
        for (const auto &draft : DraftStore::all(fx.sandbox->tenant()))
            QVERIFY(draft.customerId != d.customerId);
        DraftStore::remove(d.form, d.customerId);
        QVERIFY(!DraftStore::load(d.form, d.customerId));
        QCOMPARE(DraftStore::formTitle(u"microsoft-customer-agreement"_qs), QStringLiteral("Microsoft Customer Agreement"));
    }

    void defaultCulture_country_itsMainLanguage()
    {
        auto culture = [](const char *country) {
            cc::Customer c;
            c.country = QString::fromLatin1(country);
            return AddProviderInstanceForm::defaultCultureFor(c);
        };
        QCOMPARE(culture("US"), u"en-US"_qs);
        QCOMPARE(culture("GB"), u"en-GB"_qs);
        QCOMPARE(culture("ES"), u"es-ES"_qs);
        QCOMPARE(culture("PT"), u"pt-PT"_qs);
        QCOMPARE(culture("BR"), u"pt-BR"_qs);
        QCOMPARE(culture("SG"), u"en-SG"_qs);
        QCOMPARE(culture(""), u"en-US"_qs);
    }

    void addInstance_json_positionAndObjectRules()
    {
        const cc::Customer c =
            fx.customer([&](const cc::Customer &c) { return !c.providerCustomer(fx.instance(u"Adobe"_qs).id); });
        AddProviderInstanceForm form(fx.client.get(), c, fx.session, fx.instances);
        form.setInstanceId(fx.instance(u"Adobe"_qs).id);
        QVERIFY(!form.isMicrosoft());
        form.setJsonText(QStringLiteral("{\n  \"AccountId\": ,\n}"));
        auto errors = form.validate();
        QVERIFY2(errors.value(u"providercustomerdata"_qs).join(u' ').contains(u"line 2, column"),
                 qPrintable(errors.value(u"providercustomerdata"_qs).join(u' ')));
        QVERIFY(form.jsonErrorPosition() > 2);
        form.setJsonText(QStringLiteral("[1, 2]"));
        QVERIFY(form.validate().value(u"providercustomerdata"_qs).join(u' ').contains(u"JSON object"));
        form.setJsonText(QString());
        QVERIFY(!form.validate().contains(u"providercustomerdata"_qs));
        QCOMPARE(form.jsonErrorPosition(), -1);
        form.discardDraft();
    }

    void addInstance_microsoft_dataSerialisedAndRulesUnderPrefix()
    {
        const cc::Customer c =
            fx.customer([&](const cc::Customer &c) { return !c.providerCustomer(fx.instance(u"Direct"_qs).id); });
        AddProviderInstanceForm form(fx.client.get(), c, fx.session, fx.instances);
        form.setInstanceId(fx.instance(u"Direct"_qs).id);
        QVERIFY(form.isMicrosoft());
        QCOMPARE(form.offerTypeMargins()->availableTypes(), fx.instance(u"Direct"_qs).offerTypes);
        cc::MicrosoftCustomerData d = form.microsoftData();
        QCOMPARE(d.firstName, c.firstName); // kept primary contact
        d.domain = QStringLiteral("contoso-new");
        d.keepPrimaryInformation = false;
        form.setMicrosoftData(d);
        d = form.microsoftData();
        QVERIFY(d.firstName.isEmpty()); // nothing typed yet
        const auto errors = form.validate();
        QVERIFY(errors.contains(u"providercustomerdata.firstname"_qs));
        QVERIFY(!errors.contains(u"providercustomerdata.domain"_qs));
        const auto sent = cc::MicrosoftCustomerData::fromJsonText(form.request().providerCustomerData);
        QVERIFY(sent);
        QCOMPARE(sent->domain, QStringLiteral("contoso-new"));
        form.discardDraft();
    }
};

QTEST_GUILESS_MAIN(TestFormModels)
#include "tst_formmodels.moc"
