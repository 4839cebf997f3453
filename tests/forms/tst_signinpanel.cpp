// The sign-in panel with the keyboard, against the sandbox: the first field in error (as the
// fields are shown) takes the focus, an error goes as its field is corrected, Return signs in from
// any field, and the sign-in method is a mnemonic and the arrow keys away.

#include "formsfixture.h"
#include <activewindow.h>

#include <banner.h>
#include <sessioncontroller.h>
#include <signinpanel.h>

#include <core/auth/credentialstore.h>
#include <core/i18n/translations.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

class TestSignInPanel : public QObject
{
    Q_OBJECT
    FormsFixture fx;
    std::unique_ptr<SessionController> session;
    std::unique_ptr<SignInPanel> panel;

    template<typename T> T *child(const char *name) const
    {
        T *c = panel->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    // The error line under an input ("<input>Error"), when it shows.
    QString errorUnder(const char *inputName) const
    {
        auto *l = panel->findChild<QLabel *>(QString::fromLatin1(inputName) + QStringLiteral("Error"));
        return l && l->isVisibleTo(panel.get()) ? l->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(cc::i18n::install(QStringLiteral("en")));
        QVERIFY(fx.start(20));
    }

    void init()
    {
        QSettings().clear(); // no recent tenant (a slot signs in): each starts from an empty panel
        QFile::remove(cc::ProfileStore::defaultPath());
        session = std::make_unique<SessionController>(std::make_unique<cc::MemoryCredentialStore>());
        panel = std::make_unique<SignInPanel>(session.get());
        // As the window wires it: a request goes to the session, a failure comes back to the panel.
        connect(panel.get(), &SignInPanel::signInRequested, session.get(), &SessionController::signIn);
        connect(session.get(), &SessionController::signInFailed, panel.get(), &SignInPanel::showErrors);
        QVERIFY(showActive(panel.get()));
    }

    void cleanup()
    {
        panel.reset();
        session.reset();
    }

    void errors_focusFirstFieldAsShown_andEachGoesAsItsFieldIsCorrected()
    {
        QSignalSpy failed(session.get(), &SessionController::signInFailed);
        auto *tenant = child<QComboBox>("tenantEdit");
        auto *clientId = child<QLineEdit>("clientIdEdit");
        child<QLineEdit>("clientSecretEdit")->setFocus();
        // Nothing filled in: tenant, client ID and secret are each wrong.
        QTest::keyClick(child<QLineEdit>("clientSecretEdit"), Qt::Key_Return);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!errorUnder("tenantEdit").isEmpty());
        QVERIFY(!errorUnder("clientIdEdit").isEmpty());
        QVERIFY(!errorUnder("clientSecretEdit").isEmpty());
        // The tenant is shown first, so it has the focus (not "clientid", first in key order).
        QTRY_VERIFY(tenant->hasFocus() || tenant->lineEdit()->hasFocus());
        // Typing a tenant takes its error away, and only its.
        QTest::keyClicks(tenant->lineEdit(), fx.sandbox->tenant());
        QVERIFY(errorUnder("tenantEdit").isEmpty());
        QVERIFY(!errorUnder("clientIdEdit").isEmpty());
        QTest::keyClicks(clientId, QStringLiteral("x"));
        QVERIFY(errorUnder("clientIdEdit").isEmpty());
        QVERIFY(!errorUnder("clientSecretEdit").isEmpty());
    }

    void errors_withoutAFieldShown_reachTheBanner()
    {
        auto *banner = child<Banner>("signInBanner");
        // One about a field of the panel, one about none of its fields (the CA bundle is set in
        // Preferences): the first under its field, the second in the banner, neither dropped.
        cc::ApiError both;
        both.kind = cc::ApiError::Kind::Validation;
        both.clientSide = true;
        both.addFieldError(u"tenant", QStringLiteral("Enter a domain name only."));
        both.addFieldError(u"cabundle", QStringLiteral("The CA bundle cannot be read."));
        panel->showErrors(both);
        QVERIFY(errorUnder("tenantEdit").contains(u"Enter a domain name only."));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"The CA bundle cannot be read."), qPrintable(banner->text()));
        // About a field of the other sign-in method, which is hidden: the banner says it.
        child<QRadioButton>("useTokenRadio")->setChecked(true);
        cc::ApiError hidden;
        hidden.kind = cc::ApiError::Kind::Unauthorized;
        hidden.addFieldError(u"clientsecret", QStringLiteral("The client secret was refused."));
        panel->showErrors(hidden);
        QVERIFY(errorUnder("clientSecretEdit").isEmpty());
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"The client secret was refused."), qPrintable(banner->text()));
        // Placed at its field, an error is said there only.
        child<QRadioButton>("useClientRadio")->setChecked(true);
        panel->showErrors(hidden);
        QVERIFY(errorUnder("clientSecretEdit").contains(u"The client secret was refused."));
        QVERIFY(!banner->isVisible());
    }

    void returnInAnyField_signsIn()
    {
        QSignalSpy requested(panel.get(), &SignInPanel::signInRequested);
        auto *tenant = child<QComboBox>("tenantEdit");
        tenant->lineEdit()->setFocus();
        QTest::keyClick(tenant->lineEdit(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        auto *token = child<QRadioButton>("useTokenRadio");
        token->setFocus();
        QTest::keyClick(token, Qt::Key_Return);
        QCOMPARE(requested.count(), 2);
        auto *remember = child<QWidget>("rememberCheck");
        remember->setFocus();
        QTest::keyClick(remember, Qt::Key_Return);
        QCOMPARE(requested.count(), 3);
        // And for real, against the sandbox: tenant, the token pasted, Return.
        QSignalSpy signedIn(session.get(), &SessionController::signedIn);
        child<QWidget>("advancedToggle")->setFocus();
        QTest::keyClick(child<QWidget>("advancedToggle"), Qt::Key_Space);
        auto *api = child<QLineEdit>("apiUrlEdit");
        api->setText(fx.sandbox->apiUrl().toString());
        tenant->setEditText(fx.sandbox->tenant());
        QTest::mouseClick(token, Qt::LeftButton);
        QVERIFY(token->isChecked());
        auto *tokenEdit = child<QLineEdit>("tokenEdit");
        tokenEdit->setText(fx.sandbox->cspToken());
        tenant->lineEdit()->setFocus();
        QTest::keyClick(tenant->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(signedIn.count(), 1);
    }

    void method_hasMnemonicAndArrowKeysChooseIt()
    {
        auto *client = child<QRadioButton>("useClientRadio");
        auto *token = child<QRadioButton>("useTokenRadio");
        QVERIFY(!QKeySequence::mnemonic(client->text()).isEmpty());
        QVERIFY(!QKeySequence::mnemonic(token->text()).isEmpty());
        QVERIFY(QKeySequence::mnemonic(client->text()) != QKeySequence::mnemonic(token->text()));
        QVERIFY(client->isChecked());
        client->setFocus();
        QTest::keyClick(client, Qt::Key_Right);
        QVERIFY(token->isChecked());
        QVERIFY(token->hasFocus());
        QVERIFY(child<QLineEdit>("tokenEdit")->isVisible());
        QTest::keyClick(token, Qt::Key_Left);
        QVERIFY(client->isChecked());
        // The mnemonic chooses it from anywhere in the panel.
        child<QComboBox>("tenantEdit")->setFocus();
        QTest::keyClick(panel.get(), QKeySequence::mnemonic(token->text())[0].key(), Qt::AltModifier);
        QTRY_VERIFY(token->isChecked()); // a mnemonic clicks as a press and a release 100 ms later
        QTest::keyClick(panel.get(), QKeySequence::mnemonic(client->text())[0].key(), Qt::AltModifier);
        QTRY_VERIFY(client->isChecked());
    }
};

QTEST_MAIN(TestSignInPanel)
#include "tst_signinpanel.moc"
