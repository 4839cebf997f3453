// The edit forms against the sandbox: errors next to the right fields (ours and the server's, in
// table cells too), success updates the customer, nothing typed is lost, drafts come back.

#include <forms.h>
#include <offertypemarginmodel.h>
#include <banner.h>
#include <draftstore.h>

#include <sandboxserver.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestForms : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;
    std::unique_ptr<SessionController> session;
    QList<cc::Customer> customers;

    void signIn(const QString &token)
    {
        session = std::make_unique<SessionController>(std::make_unique<cc::MemoryCredentialStore>());
        SessionController::SignInRequest r;
        r.connection.apiUrl = sandbox->apiUrl();
        r.connection.tenant = sandbox->tenant();
        r.credentials = cc::Credentials::fromToken(token);
        QSignalSpy ok(session.get(), &SessionController::signedIn);
        session->signIn(r);
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->providerInstances().isEmpty(), 10000);
    }

    cc::Customer fetch(const QUuid &id)
    {
        std::optional<cc::Customer> c;
        session->fetchCustomer(id, this, [&](const cc::Result<cc::Customer> &r) {
            if (r.ok())
                c = r.value();
        });
        [[maybe_unused]] bool done = QTest::qWaitFor([&] { return c.has_value(); }, 10000);
        return c.value_or(cc::Customer{});
    }

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    static QString errorUnder(QWidget *dialog, const char *inputName)
    {
        auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(inputName) + QStringLiteral("Error"));
        return label && label->isVisibleTo(dialog) ? label->text() : QString();
    }

    cc::Customer directCustomer(bool withMicrosoft, bool withoutMicrosoftDirect = false)
    {
        QUuid direct;
        for (const auto &i : session->providerInstances())
            if (i.isMicrosoft() && direct.isNull())
                direct = i.id;
        for (const auto &c : std::as_const(customers)) {
            if (!c.resellerId.isNull() || c.isDeleted)
                continue;
            const bool has = c.providerCustomer(direct) != nullptr;
            if (withMicrosoft && has)
                return c;
            if (withoutMicrosoftDirect && !has)
                return c;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ccsandbox::SandboxOptions o;
        o.customerCount = 400;
        o.seed = 3;
        sandbox = std::make_unique<ccsandbox::SandboxServer>(o);
        QVERIFY(sandbox->listen());
        signIn(sandbox->cspToken());
        std::optional<cc::CustomerPage> page;
        cc::CustomerQuery q;
        q.pageSize = 2000;
        session->client()->listCustomers(q, this, [&](const cc::Result<cc::CustomerPage> &r) { page = r.value(); });
        QTRY_VERIFY(page.has_value());
        customers = page->items;
        EditDialog::confirmDiscard = [](QWidget *) { return true; };
    }

    void internalId_tooLong_errorUnderFieldNothingSent()
    {
        const cc::Customer c = customers.at(0);
        InternalIdentifierDialog d(session.get(), c);
        d.show();
        child<QLineEdit>(&d, "internalIdentifierEdit")->setText(QString(256, u'x'));
        const int before = sandbox->totalRequestCount();
        QTest::mouseClick(d.submitButton(), Qt::LeftButton);
        QVERIFY(!errorUnder(&d, "internalIdentifierEdit").isEmpty());
        QCOMPARE(child<QLineEdit>(&d, "internalIdentifierEdit")->accessibleDescription(), errorUnder(&d, "internalIdentifierEdit").mid(2));
        QVERIFY(d.submitButton()->text().contains(u"1"));
        QTest::qWait(100);
        QCOMPARE(sandbox->totalRequestCount(), before);
    }

    void internalId_takenByAnother_serverErrorUnderFieldThenFixed()
    {
        const cc::Customer owner = directCustomer(true);
        cc::Customer other;
        for (const auto &c : std::as_const(customers))
            if (c.resellerId.isNull() && c.id != owner.id && !c.isDeleted)
                other = c;
        QVERIFY(!owner.internalIdentifier.isEmpty() || true);
        InternalIdentifierDialog d(session.get(), other);
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        d.show();
        // Give the owner a known value first, through the same kind of form.
        {
            InternalIdentifierDialog first(session.get(), owner);
            QSignalSpy done(&first, &EditDialog::customerUpdated);
            child<QLineEdit>(&first, "internalIdentifierEdit")->setText(QStringLiteral("TAKEN-1"));
            first.submit();
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        }
        child<QLineEdit>(&d, "internalIdentifierEdit")->setText(QStringLiteral("taken-1"));
        d.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!errorUnder(&d, "internalIdentifierEdit").isEmpty(), 10000);
        QVERIFY(errorUnder(&d, "internalIdentifierEdit").contains(owner.companyName));
        QCOMPARE(child<QLineEdit>(&d, "internalIdentifierEdit")->text(), QStringLiteral("taken-1")); // kept
        QVERIFY(d.isVisible());
        child<QLineEdit>(&d, "internalIdentifierEdit")->setText(QStringLiteral("FREE-42"));
        d.submit();
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
        QCOMPARE(updated.first().first().value<cc::Customer>().internalIdentifier, QStringLiteral("FREE-42"));
        QCOMPARE(fetch(other.id).internalIdentifier, QStringLiteral("FREE-42"));
    }

    void internalId_doubleClick_oneRequest()
    {
        const cc::Customer c = customers.at(5);
        InternalIdentifierDialog d(session.get(), c);
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        d.show();
        child<QLineEdit>(&d, "internalIdentifierEdit")->setText(QStringLiteral("ONCE-1"));
        const int before = sandbox->totalRequestCount();
        d.submit();
        QVERIFY(!d.submitButton()->isEnabled());
        d.submit();
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
        QCOMPARE(sandbox->totalRequestCount(), before + 2); // one PATCH, one GET of the fresh customer
    }

    void mca_contactsWrong_eachErrorUnderItsField()
    {
        const cc::Customer c = directCustomer(true);
        McaDialog d(session.get(), c);
        d.show();
        QVERIFY(child<QLineEdit>(&d, "firstNameEdit")->isReadOnly());
        QCOMPARE(child<QLineEdit>(&d, "firstNameEdit")->text(), c.firstName);
        child<QCheckBox>(&d, "keepPrimaryCheck")->setChecked(false);
        QVERIFY(!child<QLineEdit>(&d, "firstNameEdit")->isReadOnly());
        child<QLineEdit>(&d, "firstNameEdit")->setText(QStringLiteral("J"));
        child<QLineEdit>(&d, "lastNameEdit")->clear();
        child<QLineEdit>(&d, "emailEdit")->setText(QStringLiteral("not-an-email"));
        child<QLineEdit>(&d, "phoneEdit")->setText(QStringLiteral("call me"));
        const int before = sandbox->totalRequestCount();
        d.submit();
        for (const char *name : {"firstNameEdit", "lastNameEdit", "emailEdit", "phoneEdit"})
            QVERIFY2(!errorUnder(&d, name).isEmpty(), name);
        QVERIFY(d.submitButton()->text().contains(u"4"));
        QCOMPARE(sandbox->totalRequestCount(), before);
        // As-you-type after the first submit: fixing one field clears its message.
        child<QLineEdit>(&d, "emailEdit")->setText(QStringLiteral("ana@contoso.pt"));
        QTest::keyClick(child<QLineEdit>(&d, "emailEdit"), Qt::Key_M);
        QVERIFY(errorUnder(&d, "emailEdit").isEmpty());
    }

    void mca_beforeCustomerCreated_serverErrorUnderDate_thenSuccess()
    {
        const cc::Customer c = directCustomer(true);
        McaDialog d(session.get(), c);
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        d.show();
        child<QDateEdit>(&d, "agreementDateEdit")->setDate(c.createdDate.date().addDays(-10));
        d.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!errorUnder(&d, "agreementDateEdit").isEmpty(), 10000);
        child<QDateEdit>(&d, "agreementDateEdit")->setDate(QDate::currentDate().addDays(-1));
        d.submit();
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
    }

    void addInstance_serverRejections_domainFieldAndTableCell()
    {
        const cc::Customer c = directCustomer(false, true);
        QVERIFY(!c.id.isNull());
        AddProviderInstanceDialog d(session.get(), c);
        d.show();
        auto *instance = child<QComboBox>(&d, "instanceCombo");
        int microsoftIndex = -1;
        for (int i = 0; i < instance->count(); ++i)
            for (const auto &pi : session->providerInstances())
                if (pi.id == instance->itemData(i).toUuid() && pi.isMicrosoft() && pi.offerTypes.contains(cc::OfferType::License))
                    microsoftIndex = i;
        QVERIFY(microsoftIndex >= 0);
        instance->setCurrentIndex(microsoftIndex);
        // A domain another customer has: only the server knows.
        const cc::Customer other = directCustomer(true);
        const auto data = cc::MicrosoftCustomerData::fromJsonText(other.providerCustomers.first().providerCustomerData);
        child<QLineEdit>(&d, "domainEdit")->setText(data ? data->domain : other.domain.section(u'.', 0, 0));
        QVERIFY(d.offerTypeMargins()->addRow());
        const QModelIndex percent = d.offerTypeMargins()->index(0, OfferTypeMarginModel::Percent);
        d.offerTypeMargins()->setData(percent, 75.0);
        const int before = sandbox->totalRequestCount();
        d.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!errorUnder(&d, "domainEdit").isEmpty(), 10000);
        QVERIFY(sandbox->totalRequestCount() > before);
        QVERIFY(!d.offerTypeMargins()->errorAt(0, OfferTypeMarginModel::Percent).isEmpty());
        QVERIFY(!percent.data(OfferTypeMarginModel::ErrorRole).toString().isEmpty());
        QVERIFY(child<QLabel>(&d, "offerTypeMarginError")->isVisibleTo(&d));
        QVERIFY(d.submitButton()->text().contains(u"2"));
        // Fix both and it goes through; the customer now has the instance and the row's margin.
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        child<QLineEdit>(&d, "domainEdit")->setText(QStringLiteral("brandnew%1").arg(QDateTime::currentMSecsSinceEpoch()));
        d.offerTypeMargins()->setData(percent, 12.0);
        d.submit();
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
        const cc::Customer after = updated.first().first().value<cc::Customer>();
        const auto *pc = after.providerCustomer(instance->itemData(microsoftIndex).toUuid());
        QVERIFY(pc);
        QCOMPARE(pc->offerTypeMargins.size(), 1);
        QCOMPARE(pc->offerTypeMargins.first().margin.value, 12.0);
    }

    void addInstance_nonMicrosoft_invalidJsonRefusedWithPosition()
    {
        const cc::Customer c = directCustomer(false, true);
        AddProviderInstanceDialog d(session.get(), c);
        d.show();
        auto *instance = child<QComboBox>(&d, "instanceCombo");
        for (int i = 0; i < instance->count(); ++i)
            for (const auto &pi : session->providerInstances())
                if (pi.id == instance->itemData(i).toUuid() && !pi.isMicrosoft())
                    instance->setCurrentIndex(i);
        child<QPlainTextEdit>(&d, "customerDataJsonEdit")->setPlainText(QStringLiteral("{\"AccountId\": }"));
        d.submit();
        QVERIFY(!errorUnder(&d, "customerDataJsonEdit").isEmpty());
    }

    void failedSubmit_401_everyValueKept()
    {
        signIn(sandbox->issueToken(ccsandbox::Role::Csp, 600));
        const cc::Customer c = directCustomer(true);
        McaDialog d(session.get(), c);
        d.show();
        child<QCheckBox>(&d, "keepPrimaryCheck")->setChecked(false);
        child<QLineEdit>(&d, "firstNameEdit")->setText(QStringLiteral("Joana"));
        child<QLineEdit>(&d, "lastNameEdit")->setText(QStringLiteral("Ferreira"));
        child<QLineEdit>(&d, "emailEdit")->setText(QStringLiteral("joana@contoso.pt"));
        child<QLineEdit>(&d, "phoneEdit")->setText(QStringLiteral("+351 912 345 678"));
        sandbox->revokeAllTokens();
        d.submit();
        QTRY_VERIFY_WITH_TIMEOUT(d.banner()->isVisible(), 10000);
        QVERIFY(d.submitButton()->isEnabled());
        QCOMPARE(child<QLineEdit>(&d, "firstNameEdit")->text(), QStringLiteral("Joana"));
        QCOMPARE(child<QLineEdit>(&d, "lastNameEdit")->text(), QStringLiteral("Ferreira"));
        QCOMPARE(child<QLineEdit>(&d, "emailEdit")->text(), QStringLiteral("joana@contoso.pt"));
        QCOMPARE(child<QLineEdit>(&d, "phoneEdit")->text(), QStringLiteral("+351 912 345 678"));
        QVERIFY(!child<QCheckBox>(&d, "keepPrimaryCheck")->isChecked());
        // Closing it to sign in again keeps the input: the same form reopens filled in.
        d.reject();
        QVERIFY(DraftStore::load(QStringLiteral("microsoft-customer-agreement"), c.id).has_value());
        McaDialog again(session.get(), c);
        QVERIFY(!child<QCheckBox>(&again, "keepPrimaryCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(&again, "firstNameEdit")->text(), QStringLiteral("Joana"));
        QCOMPARE(child<QLineEdit>(&again, "phoneEdit")->text(), QStringLiteral("+351 912 345 678"));
        again.reject();
        signIn(sandbox->cspToken().isEmpty() ? QString() : sandbox->issueToken(ccsandbox::Role::Csp, 600));
    }

    void draft_dirtyFormLost_restoredNextTime()
    {
        const cc::Customer c = customers.at(9);
        {
            InternalIdentifierDialog d(session.get(), c);
            d.show();
            QTest::keyClicks(child<QLineEdit>(&d, "internalIdentifierEdit"), QStringLiteral("-DRAFT"));
            QVERIFY(d.isDirty());
            QTRY_VERIFY_WITH_TIMEOUT(DraftStore::load(QStringLiteral("internal-identifier"), c.id).has_value(), 3000);
            // The dialog goes away without saving or discarding, as in a crash.
        }
        QCOMPARE(DraftStore::all().size(), 1);
        InternalIdentifierDialog again(session.get(), c);
        QCOMPARE(child<QLineEdit>(&again, "internalIdentifierEdit")->text(), c.internalIdentifier + QStringLiteral("-DRAFT"));
        QVERIFY(again.banner()->isVisibleTo(&again));
        // Discarding removes it.
        again.reject();
        QVERIFY(!DraftStore::load(QStringLiteral("internal-identifier"), c.id).has_value());
    }

    void offerTypeModel_underTester_eachTypeOnceAndExample()
    {
        OfferTypeMarginModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAvailableTypes({cc::OfferType::License, cc::OfferType::AzurePlan});
        QVERIFY(model.addRow());
        QVERIFY(model.addRow());
        QVERIFY(!model.addRow());
        QVERIFY(!model.setData(model.index(1, OfferTypeMarginModel::Type), int(cc::OfferType::License)));
        QVERIFY(model.setData(model.index(0, OfferTypeMarginModel::Percent), 10.0));
        QVERIFY(model.setData(model.index(0, OfferTypeMarginModel::Rule), int(cc::MarginRule::Markup)));
        QVERIFY(model.index(0, OfferTypeMarginModel::Example).data().toString().contains(QLocale().toString(110.0, 'f', 2)));
        model.setErrors({{QStringLiteral("offertypemargins[azureplan].value"), QStringLiteral("Too high.")}});
        QCOMPARE(model.index(1, OfferTypeMarginModel::Percent).data(OfferTypeMarginModel::ErrorRole).toString(), QStringLiteral("Too high."));
        QVERIFY(model.index(0, OfferTypeMarginModel::Percent).data(OfferTypeMarginModel::ErrorRole).toString().isEmpty());
        model.removeRow(0);
        QCOMPARE(model.rowCount(), 1);
        model.setAvailableTypes({cc::OfferType::License});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
