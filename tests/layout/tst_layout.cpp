// Layout holds up in every language: with the pseudo-translation (every text ~40 % longer, with
// accents) no label or button of the main screens and forms is narrower than its text needs.

#include <customerlistmodel.h>
#include <forms.h>
#include <linkdialog.h>
#include <mainwindow.h>

#include <sandboxserver.h>

#include <core/i18n/translations.h>

#include <QAbstractButton>
#include <QPushButton>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

class TestLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;

    static QStringList clipped(QWidget *top)
    {
        QStringList out;
        const auto widgets = top->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(top) || w->width() == 0)
                continue;
            QString text;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                text = b->text();
            else if (auto *l = qobject_cast<QLabel *>(w); l && !l->wordWrap() && l->pixmap().isNull())
                text = l->text();
            else
                continue;
            if (text.isEmpty())
                continue;
            if (w->width() < w->minimumSizeHint().width())
                out << QStringLiteral("%1 '%2' (%3 < %4)").arg(QString::fromLatin1(w->metaObject()->className()), text)
                           .arg(w->width()).arg(w->minimumSizeHint().width());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(cc::i18n::install(QString(cc::i18n::PseudoLanguage)));
        QCoreApplication::processEvents();
        sandbox = std::make_unique<ccsandbox::SandboxServer>();
        QVERIFY(sandbox->listen());
    }

    void everyLanguage_loadsFromTheBinaryAndTranslates()
    {
        for (const auto &language : cc::i18n::availableLanguages()) {
            QVERIFY(cc::i18n::install(language.code));
            const QString signIn = QCoreApplication::translate("SignInPanel", "Sign &in");
            const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
            if (language.code == u"en") {
                QCOMPARE(signIn, QStringLiteral("Sign &in"));
            } else {
                QVERIFY2(signIn != u"Sign &in", qPrintable(language.code));
                QVERIFY2(cancel != u"Cancel", qPrintable(language.code + QStringLiteral(": Qt's own strings")));
            }
            QCOMPARE(QLocale().name().left(2), language.code.left(2));
        }
        QVERIFY(cc::i18n::install(QString(cc::i18n::PseudoLanguage)));
    }

    void formsOpenedAfterASwitch_areInTheNewLanguage()
    {
        QVERIFY(cc::i18n::install(QStringLiteral("de")));
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        cc::Customer customer;
        customer.id = QUuid::createUuid();
        customer.companyName = QStringLiteral("Nordlicht Logistik GmbH");
        FormLauncher forms(&session);
        QWidget parent;
        EditDialog *iid = forms.openInternalIdentifier(&parent, customer);
        QCOMPARE(iid->windowTitle(), QStringLiteral("Interne Kennung — Nordlicht Logistik GmbH"));
        QCOMPARE(iid->submitButton()->text(), QStringLiteral("&Speichern"));
        EditDialog *mca = forms.openMicrosoftCustomerAgreement(&parent, customer);
        QVERIFY(mca->windowTitle().startsWith(u"Microsoft-Kundenvereinbarung"));
        EditDialog *add = forms.openAddProviderInstance(&parent, customer);
        QVERIFY(add->windowTitle().startsWith(u"Anbieterinstanz hinzufügen"));
        for (EditDialog *d : {iid, mca, add})
            d->close();
        QVERIFY(cc::i18n::install(QString(cc::i18n::PseudoLanguage)));
    }

    void pseudo_everyScreenAtDefaultSize_nothingClipped()
    {
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        MainWindow window(&session);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        // The pseudo catalogue is really in use.
        QVERIFY2(window.findChild<QAbstractButton *>(QStringLiteral("signInButton"))->text().startsWith(u'['),
                 qPrintable(window.findChild<QAbstractButton *>(QStringLiteral("signInButton"))->text()));
        QStringList problems = clipped(&window);

        window.setDemoProvider([this](QString *) -> std::optional<SessionController::SignInRequest> {
            SessionController::SignInRequest r;
            r.connection.apiUrl = sandbox->apiUrl();
            r.connection.tenant = sandbox->tenant();
            r.credentials = cc::Credentials::fromToken(sandbox->cspToken());
            return r;
        });
        window.startDemo();
        QTRY_VERIFY_WITH_TIMEOUT(window.customers()->rowCount() > 0 && !window.customers()->isLoading(), 20000);
        QTRY_VERIFY(!session.providerInstances().isEmpty());
        window.selectCustomer(window.customers()->idAt(0));
        QTRY_VERIFY_WITH_TIMEOUT(window.selectedCustomer().has_value(), 10000);
        QTest::qWait(50);
        problems << clipped(&window);

        window.openLinkDialog();
        QTRY_VERIFY(window.linkDialog());
        QVERIFY(QTest::qWaitForWindowExposed(window.linkDialog()));
        problems << clipped(window.linkDialog());
        window.linkDialog()->close();

        FormLauncher forms(&session);
        for (EditDialog *d : {forms.openInternalIdentifier(&window, *window.selectedCustomer()),
                              forms.openMicrosoftCustomerAgreement(&window, *window.selectedCustomer()),
                              forms.openAddProviderInstance(&window, *window.selectedCustomer())}) {
            d->setAttribute(Qt::WA_DeleteOnClose, false);
            QVERIFY(QTest::qWaitForWindowExposed(d));
            // With an error and the longer "Save (n problems)" too.
            d->showErrors({{QStringLiteral("providerinstanceid"), {QStringLiteral("x")}}, {QStringLiteral("internalidentifier"), {QStringLiteral("x")}}});
            QTest::qWait(100); // the layout follows the new texts on the next event-loop turns
            problems << clipped(d);
            d->hide();
            delete d;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
