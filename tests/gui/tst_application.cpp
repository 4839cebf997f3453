// The app as main() builds it (Application: session, window, forms, drafts, demo), driven through
// its widgets against the sandbox: the paths between the window, the forms and the drafts that no
// suite of a single class sees.

#include <activewindow.h>
#include <guitestbase.h>

#include <application.h>
#include <banner.h>
#include <customerlistmodel.h>
#include <draftstore.h>
#include <editdialog.h>
#include <formlauncher.h>
#include <internalidentifierdialog.h>
#include <sessioncontroller.h>

#include <core/auth/credentialstore.h>

#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

class TestApplication : public GuiTestBase
{
    Q_OBJECT
    static constexpr int Customers = 300;
    std::unique_ptr<Application> app;

    template<typename T> T *find(const char *name) const
    {
        T *w = app->window()->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    bool loaded() const
    {
        CustomerListModel *customers = app->window()->customers();
        return app->window()->findChild<QStackedWidget *>()->currentWidget()->objectName() == u"workspace" &&
               !customers->isLoading() && customers->rowCount() == Customers;
    }

    QString bannerText() const
    {
        for (Banner *b : app->window()->findChildren<Banner *>())
            if (b->isVisible())
                return b->text();
        return {};
    }

private Q_SLOTS:
    void initTestCase() { initSuite("application"); }

    void init()
    {
        ccsandbox::SandboxOptions options;
        options.customerCount = Customers;
        options.seed = 5;
        QVERIFY(freshStart(options));
        app = std::make_unique<Application>(std::make_unique<cc::MemoryCredentialStore>());
        // As main() does with its embedded sandbox: "Try the demo" signs in to this test's.
        app->setDemoProvider([this](QString *) {
            SessionController::SignInRequest r;
            r.connection.apiUrl = sandbox()->apiUrl();
            r.connection.tokenUrl = sandbox()->tokenUrl();
            r.connection.tenant = sandbox()->tenant();
            r.credentials = cc::Credentials::fromClientSecret(sandbox()->cspClientId(), sandbox()->cspClientSecret());
            r.ephemeral = true;
            return std::optional(r);
        });
        QVERIFY(showActive(app->window()));
    }

    void cleanup()
    {
        app.reset();
        finish();
    }

    void demo_editInternalIdentifierFromDetails_savedAndShownInListDetailsAndStatusBar()
    {
        QTest::mouseClick(find<QPushButton>("demoButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), 20000);
        CustomerListModel *customers = app->window()->customers();
        int row = 0;
        while (customers->index(row, 0).data(CustomerListModel::DeletedRole).toBool())
            ++row;
        const QUuid id = customers->idAt(row);
        QVERIFY(app->window()->selectCustomer(id));
        QTRY_VERIFY_WITH_TIMEOUT(app->window()->selectedCustomer().has_value(), 10000);
        // The details' button: the window asks, the app opens the form over the window.
        QTest::mouseClick(find<QPushButton>("internalIdButton"), Qt::LeftButton);
        QPointer<EditDialog> form;
        QTRY_VERIFY((form = app->window()->findChild<InternalIdentifierDialog *>()) && form->isVisible());
        auto *edit = form->findChild<QLineEdit *>(QStringLiteral("internalIdentifierEdit"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("APP-PATH-7"));
        form->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!form, 10000); // saved, closed and deleted
        const int now = customers->rowOf(id);
        QTRY_COMPARE(customers->index(now, CustomerListModel::InternalId).data().toString(), QStringLiteral("APP-PATH-7"));
        QCOMPARE(app->window()->selectedCustomer()->internalIdentifier, QStringLiteral("APP-PATH-7"));
        QVERIFY2(app->window()->statusBar()->currentMessage().contains(u"APP-PATH-7"),
                 qPrintable(app->window()->statusBar()->currentMessage()));
        QVERIFY(!app->window()->statusBar()->toolTip().isEmpty()); // the write's correlation ID
    }

    void signIn_tenantHasDrafts_offeredOnce_oneThatCannotBeReadGoesToTheBanner()
    {
        DraftStore::Draft gone;
        gone.form = QStringLiteral("internal-identifier");
        gone.customerId = QUuid::createUuid(); // no such customer
        gone.customerName = QStringLiteral("Vanished Ltd");
        gone.savedAt = QDateTime::currentDateTimeUtc();
        gone.values = QJsonObject{{QStringLiteral("value"), QStringLiteral("KEPT")}};
        gone.tenant = sandbox()->tenant();
        DraftStore::save(gone);
        int offered = 0;
        FormLauncher::offerDrafts = [&](FormLauncher *launcher, QWidget *parent, const QList<DraftStore::Draft> &drafts) {
            ++offered;
            QCOMPARE(drafts.size(), 1);
            QCOMPARE(parent, app->window());
            launcher->restoreDraft(parent, drafts.first()); // as the list's Restore does
        };
        QTest::mouseClick(find<QPushButton>("demoButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(offered == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(u"Vanished Ltd"), 10000);
        QVERIFY2(bannerText().contains(u"kept for later"), qPrintable(bannerText()));
        QVERIFY(DraftStore::load(gone.form, gone.customerId).has_value());
        QCOMPARE(offered, 1);
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
