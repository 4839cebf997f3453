// The relationship link dialog against the sandbox: it starts on the instance a staffer means, in
// the customer's language, says truthfully what accepting grants, and says when no browser opened.

#include <activewindow.h>

#include <linkdialog.h>
#include <sessioncontroller.h>

#include <core/auth/credentialstore.h>
#include <core/i18n/translations.h>

#include <sandboxserver.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLinkDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;
    std::unique_ptr<SessionController> session;
    QList<cc::Customer> customers;

    cc::Customer customerWhere(const std::function<bool(const cc::Customer &)> &pred) const
    {
        for (const cc::Customer &c : customers)
            if (pred(c))
                return c;
        return {};
    }

    bool inMicrosoftAndOther(const cc::Customer &c) const
    {
        bool microsoft = false, other = false;
        for (const cc::ProviderInstance &i : session->providerInstances()) {
            if (!c.providerCustomer(i.id))
                continue;
            microsoft = microsoft || i.isMicrosoft();
            other = other || !i.isMicrosoft();
        }
        return microsoft && other;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        sandbox = std::make_unique<ccsandbox::SandboxServer>();
        QVERIFY(sandbox->listen());
        session = std::make_unique<SessionController>(std::make_unique<cc::MemoryCredentialStore>());
        SessionController::SignInRequest request;
        request.connection.apiUrl = sandbox->apiUrl();
        request.connection.tokenUrl = sandbox->tokenUrl();
        request.connection.tenant = sandbox->tenant();
        request.credentials = cc::Credentials::fromToken(sandbox->cspToken());
        request.ephemeral = true;
        QSignalSpy signedIn(session.get(), &SessionController::signedIn);
        session->signIn(request);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 10000);
        session->refreshProviderInstances();
        QTRY_VERIFY_WITH_TIMEOUT(session->providerInstances().size() >= 2, 10000);
        // Whole customers, for their instances and Microsoft data.
        bool done = false;
        cc::CustomerQuery query;
        query.pageSize = 250;
        session->client()->listCustomers(query, this, [&](const cc::Result<cc::CustomerPage> &r) {
            if (r.ok())
                customers = r.value().items;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!customers.isEmpty());
    }

    void opens_onAMicrosoftInstanceTheCustomerIsIn()
    {
        const cc::Customer c = customerWhere([this](const cc::Customer &c) { return inMicrosoftAndOther(c); });
        QVERIFY2(!c.id.isNull(), "the sandbox has a customer in a Microsoft and another instance");
        LinkDialog dialog(session.get(), c, {});
        QVERIFY(showActive(&dialog));
        const QUuid chosen = dialog.findChild<QComboBox *>(u"instanceCombo"_s)->currentData().toUuid();
        bool microsoftAndIn = false;
        for (const cc::ProviderInstance &i : session->providerInstances())
            if (i.id == chosen)
                microsoftAndIn = i.isMicrosoft() && c.providerCustomer(i.id);
        QVERIFY(microsoftAndIn);
    }

    void emailLanguage_fromTheCustomersCountry()
    {
        cc::i18n::install(u"en"_s);
        const cc::Customer pt = customerWhere([](const cc::Customer &c) { return c.country == u"PT"; });
        const cc::Customer de = customerWhere([](const cc::Customer &c) { return c.country == u"DE"; });
        QVERIFY(!pt.id.isNull() && !de.id.isNull());
        LinkDialog forPt(session.get(), pt, {});
        QCOMPARE(forPt.findChild<QComboBox *>(u"emailLanguageCombo"_s)->currentData().toString(), u"pt_PT"_s);
        LinkDialog forDe(session.get(), de, {});
        QCOMPARE(forDe.findChild<QComboBox *>(u"emailLanguageCombo"_s)->currentData().toString(), u"de"_s);
        QCOMPARE(cc::i18n::languageForCustomer(u"pt-BR"_s, u"US"_s, u"en"_s), u"pt_BR"_s); // the tenant's culture first
        QCOMPARE(cc::i18n::languageForCustomer(u"en-US"_s, u"IT"_s, u"de"_s), u"it"_s);    // English culture: the country's
        QCOMPARE(cc::i18n::languageForCustomer(QString(), u"JP"_s, u"fr"_s), u"fr"_s);     // none of ours: the fallback
    }

    void emailText_followsWhatTheLinkGrants()
    {
        const cc::Customer c = customerWhere([this](const cc::Customer &c) { return inMicrosoftAndOther(c); });
        LinkDialog dialog(session.get(), c, {});
        QVERIFY(showActive(&dialog));
        dialog.findChild<QComboBox *>(u"emailLanguageCombo"_s)
            ->setCurrentIndex(dialog.findChild<QComboBox *>(u"emailLanguageCombo"_s)->findData(u"en"_s));
        auto *get = dialog.findChild<QPushButton *>(u"getLinkButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(get->isEnabled(), 10000);
        dialog.getLink();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.link().isEmpty(), 10000);
        // The sandbox's link, as Partner Center's with delegated administration, carries DAP=true.
        QVERIFY(dialog.link().contains(u"DAP=true"_s));
        QVERIFY(dialog.linkGrantsDelegatedAdmin());
        QVERIFY(dialog.emailText().contains(u"delegated administration"_s));
        QVERIFY(!dialog.emailText().contains(u"no access to your data"_s));
        QVERIFY(!dialog.emailText().contains(u"does not give us access"_s));
        // Without it, the email says the relationship gives no admin role and no data access.
        auto *edit = dialog.findChild<QLineEdit *>(u"linkEdit"_s);
        edit->setText(dialog.link().replace(u"&DAP=true"_s, QString()));
        QVERIFY(!dialog.linkGrantsDelegatedAdmin());
        QVERIFY(dialog.emailText().contains(u"no access to your data"_s));
        QVERIFY(dialog.emailText().contains(edit->text()));
    }

    void openInBrowser_fails_saysSo()
    {
        const cc::Customer c = customers.first();
        LinkDialog dialog(session.get(), c, {});
        QVERIFY(showActive(&dialog));
        auto *get = dialog.findChild<QPushButton *>(u"getLinkButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(get->isEnabled(), 10000);
        dialog.getLink();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.link().isEmpty(), 10000);
        const auto original = LinkDialog::openInBrowser;
        QUrl opened;
        LinkDialog::openInBrowser = [&opened](const QUrl &url) {
            opened = url;
            return false;
        };
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"openLinkButton"_s), Qt::LeftButton);
        LinkDialog::openInBrowser = original;
        QCOMPARE(opened.toString(), dialog.link());
        bool said = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            said = said || label->text().contains(u"No browser could be opened"_s);
        QVERIFY(said);
    }
};

QTEST_MAIN(TestLinkDialog)
#include "tst_linkdialog.moc"
