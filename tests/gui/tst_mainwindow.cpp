// The window a user lives in, driven through its widgets against the sandbox.

#include <activewindow.h>
#include <banner.h>
#include <customerdetails.h>
#include <customerfilterproxy.h>
#include <customerlistmodel.h>
#include <guitestbase.h>
#include <linkdialog.h>
#include <mainwindow.h>
#include <preferencesdialog.h>
#include <signinpanel.h>

#include <core/i18n/translations.h>

#include <sandboxserver.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <offertypemarginmodel.h>

#include <algorithm>

namespace {

// A keychain that never answers, as on a headless machine without a Secret Service.
class FailingStore final : public cc::CredentialStore
{
public:
    static inline const QString Reason = QStringLiteral("no Secret Service (test)");
    void read(const QString &, QObject *context, ReadCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] {
            ReadResult r;
            r.error = Reason;
            callback(r);
        });
    }
    void write(const QString &, const QString &, QObject *context, WriteCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(false, Reason); });
    }
    void remove(const QString &, QObject *context, WriteCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(false, Reason); });
    }
};

// A keychain that records what it is asked to do (and keeps nothing).
class RecordingStore final : public cc::CredentialStore
{
public:
    QStringList *calls;
    explicit RecordingStore(QStringList *log)
        : calls(log)
    {}
    void read(const QString &key, QObject *context, ReadCallback callback) override
    {
        *calls << u"read " + key;
        QTimer::singleShot(0, context, [callback] { callback(ReadResult{}); });
    }
    void write(const QString &key, const QString &, QObject *context, WriteCallback callback) override
    {
        *calls << u"write " + key;
        QTimer::singleShot(0, context, [callback] { callback(true, {}); });
    }
    void remove(const QString &key, QObject *context, WriteCallback callback) override
    {
        *calls << u"remove " + key;
        QTimer::singleShot(0, context, [callback] { callback(true, {}); });
    }
};

} // namespace

class TestMainWindow : public GuiTestBase
{
    Q_OBJECT

    ccsandbox::SandboxServer *sandbox = nullptr; // the test's own (GuiTestBase::freshStart())
    std::unique_ptr<SessionController> session;
    std::unique_ptr<MainWindow> window;
    static constexpr int Customers = 4500;

    template<typename T> T *find(const char *name) const
    {
        T *w = window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    void fillCommon()
    {
        find<QToolButton>("advancedToggle")->setChecked(true);
        find<QComboBox>("tenantEdit")->setEditText(sandbox->tenant());
        find<QLineEdit>("apiUrlEdit")->setText(sandbox->apiUrl().toString());
        find<QLineEdit>("tokenUrlEdit")->setText(sandbox->tokenUrl().toString());
    }

    void signInWithSecret(const QString &secret)
    {
        fillCommon();
        find<QRadioButton>("useClientRadio")->setChecked(true);
        find<QLineEdit>("clientIdEdit")->setText(sandbox->cspClientId());
        find<QLineEdit>("clientSecretEdit")->setText(secret);
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
    }

    void signInWithToken(const QString &token)
    {
        fillCommon();
        find<QRadioButton>("useTokenRadio")->setChecked(true);
        find<QLineEdit>("tokenEdit")->setText(token);
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
    }

    bool inWorkspace() const { return window->findChild<QStackedWidget *>()->currentWidget()->objectName() == u"workspace"; }

    bool fullyLoaded() const
    {
        return inWorkspace() && !window->customers()->isLoading() && window->customers()->rowCount() == Customers;
    }

    QAction *action(const char *name) const
    {
        auto *a = window->findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qWarning("no action %s", name);
        return a;
    }

    // How many of the tenant's Microsoft instances the customer is in (from the sandbox's own data).
    int microsoftInstancesOf(const QUuid &customer) const
    {
        QSet<QUuid> microsoft;
        for (const auto &i : session->providerInstances())
            if (i.isMicrosoft())
                microsoft.insert(i.id);
        int n = 0;
        // The contract's providerCustomers is a dictionary keyed by provider instance id.
        const QJsonObject pcs =
            QJsonDocument::fromJson(sandbox->customerJson(customer)).object().value(u"providerCustomers").toObject();
        for (auto it = pcs.begin(); it != pcs.end(); ++it)
            n += microsoft.contains(QUuid(it.value().toObject().value(u"providerInstanceId").toString())) ? 1 : 0;
        return n;
    }

    QUuid customerWithMicrosoftInstances(int count) const
    {
        for (int row = 0; row < window->customers()->rowCount(); ++row)
            if (const QUuid id = window->customers()->idAt(row); microsoftInstancesOf(id) == count)
                return id;
        return {};
    }

    // Whether columns Company to Instances all end inside the list (none cut off at its edge, where
    // a right-aligned count would not show) and none is narrower than its header.
    static QString columnsUpToInstancesFit(QTableView *table)
    {
        const QHeaderView *h = table->horizontalHeader();
        for (int c = CustomerListModel::Company; c <= CustomerListModel::ProviderInstances; ++c) {
            if (table->isColumnHidden(c))
                continue;
            const int end = h->sectionViewportPosition(c) + h->sectionSize(c);
            if (end > table->viewport()->width() || h->sectionSize(c) < h->sectionSizeHint(c))
                return QStringLiteral("column %1: %2..%3 of %4, header needs %5")
                    .arg(c)
                    .arg(h->sectionViewportPosition(c))
                    .arg(end)
                    .arg(table->viewport()->width())
                    .arg(h->sectionSizeHint(c));
        }
        return {};
    }

    // A first start (no saved window state) in a 1280 x 800 window, signed in, every customer loaded.
    bool firstStartSignedIn()
    {
        QSettings().remove(QStringLiteral("window"));
        window = std::make_unique<MainWindow>(session.get());
        window->resize(1280, 800);
        if (!showActive(window.get()))
            return false;
        signInWithSecret(sandbox->cspClientSecret());
        return QTest::qWaitFor([this] { return fullyLoaded(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase() { initSuite("mainwindow"); }

    // Each test from fresh settings (no recent tenant, window state or language an earlier one
    // left) and a sandbox of its own (no edited customer, fault or revoked token left behind).
    void init()
    {
        ccsandbox::SandboxOptions options;
        options.customerCount = Customers;
        options.seed = 11;
        QVERIFY(freshStart(options));
        sandbox = GuiTestBase::sandbox();
        session = std::make_unique<SessionController>(std::make_unique<cc::MemoryCredentialStore>());
        window = std::make_unique<MainWindow>(session.get());
        QVERIFY(showActive(window.get()));
    }

    void cleanup()
    {
        window.reset();
        session.reset();
        sandbox = nullptr;
        finish();
    }

    void resellers_namesInListColumnFilterAndDetails_findableByName()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        // The sandbox's five resellers, in the order of its reseller IDs (its fixed data).
        const QStringList names{u"Atlântico Cloud Partners, Lda"_qs, u"Rheinland IT-Systemhaus GmbH"_qs,
                                u"Iberia Nube Soluciones S.L."_qs, u"Lumière Informatique SARL"_qs,
                                u"Northwind Cloud Services Ltd"_qs};
        const QList<QUuid> ids = sandbox->resellerIds();
        QCOMPARE(ids.size(), names.size());
        CustomerListModel *model = window->customers();
        // The column shows each customer's reseller by name once the names are read (not the
        // first 8 hex digits of its ID), and "Direct" for the CSP's own.
        auto columnShowsNames = [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QUuid reseller = model->resellerIdAt(row);
                const QString shown = model->index(row, CustomerListModel::Reseller).data().toString();
                if (shown != (reseller.isNull() ? CustomerListModel::directLabel() : names.value(int(ids.indexOf(reseller)))))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(columnShowsNames(), 10000);
        int iberia = 0, direct = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            iberia += model->resellerIdAt(row) == ids.at(2) ? 1 : 0;
            direct += model->resellerIdAt(row).isNull() ? 1 : 0;
        }
        QVERIFY(iberia > 0);
        QVERIFY(direct > 0);

        // The reseller filter: All, Direct customers only, then the resellers sorted by name.
        auto *combo = find<QComboBox>("resellerFilterCombo");
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QStringList offered;
        for (int i = 2; i < combo->count(); ++i)
            offered << combo->itemText(i);
        QCOMPARE(offered, sorted);
        QCOMPARE(combo->itemText(0), QStringLiteral("All"));
        QCOMPARE(combo->itemText(1), QStringLiteral("Direct customers only"));

        // The instant filter finds a reseller's customers by its name (no customer field holds it).
        QTest::keyClicks(find<QLineEdit>("filterEdit"), QStringLiteral("\"nube soluciones\""));
        QTRY_COMPARE(window->proxy()->rowCount(), iberia);
        for (int row = 0; row < window->proxy()->rowCount(); ++row)
            QCOMPARE(window->proxy()->index(row, CustomerListModel::Reseller).data().toString(), names.at(2));
        find<QLineEdit>("filterEdit")->clear();
        QTRY_COMPARE(window->proxy()->rowCount(), Customers);

        // "Direct customers only" narrows the rows loaded (the API has no such filter): no reload.
        const int before = sandbox->totalRequestCount();
        combo->setCurrentIndex(1);
        QTRY_COMPARE(window->proxy()->rowCount(), direct);
        for (int row = 0; row < window->proxy()->rowCount(); ++row)
            QVERIFY(window->proxy()->index(row, 0).data(CustomerListModel::ResellerIdRole).toUuid().isNull());
        QVERIFY(!model->isLoading());
        QCOMPARE(sandbox->totalRequestCount(), before);
        combo->setCurrentIndex(0);
        QTRY_COMPARE(window->proxy()->rowCount(), Customers);

        // Choosing a reseller by name asks the server for its customers.
        combo->setCurrentIndex(combo->findText(names.at(2)));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == iberia, 10000);

        // The details name the reseller too.
        QTableView *table = find<QTableView>("customerTable");
        table->setFocus();
        table->selectRow(0);
        auto *details = find<QTextBrowser>("detailsView");
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"Reseller " + names.at(2)), 10000);
    }

    void resellers_resellerUser_seesItsOwnName()
    {
        // A reseller may not list the CSP's resellers: it reads its own record, once.
        signInWithToken(sandbox->resellerToken());
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace() && !window->customers()->isLoading() && window->customers()->rowCount() > 0,
                                 20000);
        const QUuid own = sandbox->resellerIdOfResellerClient();
        const int index = int(sandbox->resellerIds().indexOf(own));
        QVERIFY(index >= 0);
        const QStringList names{u"Atlântico Cloud Partners, Lda"_qs, u"Rheinland IT-Systemhaus GmbH"_qs,
                                u"Iberia Nube Soluciones S.L."_qs, u"Lumière Informatique SARL"_qs,
                                u"Northwind Cloud Services Ltd"_qs};
        QTRY_COMPARE(session->resellerDirectory()->state(), ResellerDirectory::State::Loaded);
        QCOMPARE(session->resellerDirectory()->ids(), QList<QUuid>{own});
        CustomerListModel *model = window->customers();
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->resellerIdAt(row), own);
            QCOMPARE(model->index(row, CustomerListModel::Reseller).data().toString(), names.at(index));
        }
    }

    void signIn_clientCredentials_allPagesLoadWithProgress()
    {
        QVERIFY(!inWorkspace());
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window->customers()->rowCount(), Customers, 20000);
        QTRY_VERIFY(!window->customers()->isLoading());
        QCOMPARE(window->customers()->totalCount(), Customers);
        QVERIFY2(find<QLabel>("progressLabel")->text().contains(QLocale().toString(Customers)),
                 qPrintable(find<QLabel>("progressLabel")->text()));
        QVERIFY(find<QLabel>("sessionLabel")->text().contains(sandbox->tenant()));
        QVERIFY(find<QComboBox>("resellerFilterCombo")->isVisible());
    }

    void signIn_wrongSecret_errorUnderSecretField()
    {
        signInWithSecret(QStringLiteral("not-the-secret"));
        auto *error = find<QLabel>("clientSecretEditError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(find<QLineEdit>("clientSecretEdit")->accessibleDescription(), error->text());
        QVERIFY(!inWorkspace());
        // Nothing typed is lost.
        QCOMPARE(find<QLineEdit>("clientSecretEdit")->text(), QStringLiteral("not-the-secret"));
        QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), sandbox->cspClientId());
    }

    void signIn_unknownTenant_errorUnderTenantField()
    {
        fillCommon();
        find<QComboBox>("tenantEdit")->setEditText(QStringLiteral("nobody.example.com"));
        find<QLineEdit>("clientIdEdit")->setText(sandbox->cspClientId());
        find<QLineEdit>("clientSecretEdit")->setText(sandbox->cspClientSecret());
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("tenantEditError")->isVisible(), 10000);
    }

    void signIn_resellerToken_resellerRoleAndNoResellerFilter()
    {
        signInWithToken(sandbox->resellerToken());
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window->customers()->isLoading() && window->customers()->rowCount() > 0, 20000);
        QVERIFY(window->customers()->rowCount() < Customers);
        QVERIFY(!find<QComboBox>("resellerFilterCombo")->isVisible());
        for (int row = 0; row < window->customers()->rowCount(); ++row)
            QCOMPARE(window->customers()->index(row, 0).data(CustomerListModel::ResellerIdRole).toUuid(),
                     sandbox->resellerIdOfResellerClient());
    }

    void search_partOfName_serverNarrowsTheList()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(
            inWorkspace() && !window->customers()->isLoading() && window->customers()->rowCount() == Customers, 20000);
        const QString company = window->customers()->index(100, CustomerListModel::Company).data().toString();
        const QString part = company.section(u' ', 0, 1).toLower(); // e.g. "aurora dental"
        QTest::keyClicks(find<QLineEdit>("searchEdit"), part);
        QTRY_VERIFY_WITH_TIMEOUT(!window->customers()->isLoading() && window->customers()->rowCount() < Customers, 10000);
        bool found = false;
        for (int row = 0; row < window->customers()->rowCount(); ++row) {
            const QString name = window->customers()->index(row, CustomerListModel::Company).data().toString();
            QVERIFY2(name.contains(part, Qt::CaseInsensitive), qPrintable(name));
            found = found || name == company;
        }
        QVERIFY(found);
    }

    // Counts in the status bar are written the way the user's locale writes numbers, both of them.
    void statusCounts_localeDigitGrouping()
    {
        const auto restore = qScopeGuard([before = QLocale()] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        auto *label = find<QLabel>("progressLabel");
        const QString all = QStringLiteral("4,500");
        QTRY_VERIFY2(label->text().contains(all), qPrintable(label->text()));
        QTest::keyClicks(find<QLineEdit>("filterEdit"), QStringLiteral("a"));
        QTRY_VERIFY2(label->text().contains(u" of " + all), qPrintable(label->text()));
    }

    void filter_typing_viewShowsOnlyMatchingRows()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(
            inWorkspace() && !window->customers()->isLoading() && window->customers()->rowCount() == Customers, 20000);
        int expected = 0;
        for (int row = 0; row < Customers; ++row) {
            const QModelIndex i = window->customers()->index(row, 0);
            expected += i.data(CustomerListModel::HaystackRole).toString().contains(u"lisboa") ? 1 : 0;
        }
        QVERIFY(expected > 0 && expected < Customers);
        QTest::keyClicks(find<QLineEdit>("filterEdit"), QStringLiteral("LISBOA"));
        QCOMPARE(find<QTableView>("customerTable")->model()->rowCount(), expected);
        QVERIFY(find<QLabel>("progressLabel")->text().contains(QLocale().toString(expected)));
    }

    // Margins per offer type read in words ("Perpetual software"), not the API's enum names.
    void details_offerTypeMargins_shownByName()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace() && window->customers()->rowCount() > 100, 20000);
        auto *details = find<CustomerDetails>("customerDetails");
        for (int row = 0; row < 100; ++row) {
            const QUuid id = window->customers()->idAt(row);
            window->selectCustomer(id);
            QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value() && window->selectedCustomer()->id == id, 10000);
            const cc::Customer customer = *window->selectedCustomer();
            for (const auto &pc : customer.providerCustomers) {
                for (const auto &m : pc.offerTypeMargins) {
                    const QString name = OfferTypeMarginModel::offerTypeDisplayName(m.offerType);
                    if (name == cc::offerTypeName(m.offerType))
                        continue; // "License" reads the same both ways
                    const QString text = details->plainText();
                    QVERIFY2(text.contains(name + u':'), qPrintable(text));
                    QVERIFY2(!text.contains(cc::offerTypeName(m.offerType) + u':'), qPrintable(text));
                    return;
                }
            }
        }
        QFAIL("none of the first 100 customers has a margin for an offer type named in more than one word");
    }

    void selectCustomer_detailsThenLinkOnClipboard()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace() && window->customers()->rowCount() > 10, 20000);
        const QUuid id = window->customers()->idAt(5);
        window->selectCustomer(id);
        QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value(), 10000);
        QCOMPARE(window->selectedCustomer()->id, id);
        auto *details = find<CustomerDetails>("customerDetails");
        QVERIFY(details->plainText().contains(window->selectedCustomer()->companyName));
        QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("copyLinkButton")), Qt::LeftButton);
        QTRY_VERIFY(window->linkDialog() != nullptr);
        LinkDialog *dialog = window->linkDialog();
        auto *get = dialog->findChild<QPushButton *>(QStringLiteral("getLinkButton"));
        QTRY_VERIFY_WITH_TIMEOUT(get->isEnabled(), 10000);
        QTest::mouseClick(get, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->link().isEmpty(), 10000);
        QVERIFY(dialog->link().startsWith(u"https://"));
        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyLinkButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), dialog->link());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyEmailButton")), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(dialog->link()));
        QVERIFY(QApplication::clipboard()->text().contains(window->selectedCustomer()->companyName));
    }

    void sessionExpired_pastedToken_backToSignInThenSameSelection()
    {
        signInWithToken(sandbox->issueToken(ccsandbox::Role::Csp, 600));
        QTRY_VERIFY_WITH_TIMEOUT(
            inWorkspace() && !window->customers()->isLoading() && window->customers()->rowCount() == Customers, 20000);
        const QUuid id = window->customers()->idAt(42);
        window->selectCustomer(id);
        QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value(), 10000);
        sandbox->revokeAllTokens();
        QTest::keyClick(window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!inWorkspace(), 10000);
        QTRY_VERIFY(find<Banner>("signInBanner")->isVisible());
        find<QLineEdit>("tokenEdit")->setText(sandbox->issueToken(ccsandbox::Role::Csp, 600));
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window->selectedCustomerId(), id, 20000);
    }

    void signIn_unreachableApi_errorUnderApiUrlField()
    {
        QTcpServer probe; // a port that nobody listens on any more
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        fillCommon();
        find<QLineEdit>("apiUrlEdit")->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
        find<QRadioButton>("useTokenRadio")->setChecked(true);
        find<QLineEdit>("tokenEdit")->setText(sandbox->cspToken());
        find<QToolButton>("advancedToggle")->setChecked(false);
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        auto *error = find<QLabel>("apiUrlEditError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        // The error opened the Advanced section it is in, and nothing else got an error.
        QVERIFY(find<QLineEdit>("apiUrlEdit")->isVisible());
        QVERIFY(!find<QLabel>("tokenEditError")->isVisible());
        QVERIFY(!inWorkspace());
    }

    void advanced_collapsed_takesNoMoreThanItsToggle()
    {
        auto *toggle = find<QToolButton>("advancedToggle");
        QVERIFY(toggle->isVisible());
        QVERIFY(!toggle->isChecked());
        QVERIFY(!find<QLineEdit>("apiUrlEdit")->isVisible());
        QTest::keyClick(window.get(), Qt::Key_A, Qt::AltModifier); // its mnemonic
        QTRY_VERIFY(toggle->isChecked());
        QVERIFY(find<QLineEdit>("apiUrlEdit")->isVisible());
        QVERIFY(find<QLineEdit>("tokenUrlEdit")->isVisible());
    }

    void keychainFails_rememberChecked_bannerSaysSoAndSecretKeptForTheSession()
    {
        window.reset();
        session = std::make_unique<SessionController>(std::make_unique<FailingStore>());
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        fillCommon();
        find<QRadioButton>("useClientRadio")->setChecked(true);
        find<QLineEdit>("clientIdEdit")->setText(sandbox->cspClientId());
        find<QLineEdit>("clientSecretEdit")->setText(sandbox->cspClientSecret());
        find<QCheckBox>("rememberCheck")->setChecked(true);
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace(), 10000);
        auto *banner = window->findChild<Banner *>(QStringLiteral("banner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(FailingStore::Reason), qPrintable(banner->text()));
        // Signed out and back on the first screen, the secret is still offered, from memory.
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        QTRY_COMPARE(find<QLineEdit>("clientSecretEdit")->text(), sandbox->cspClientSecret());
    }

    void includeDeleted_unchecked_serverLeavesDeletedOut()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        QTest::mouseClick(find<QCheckBox>("includeDeletedCheck"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window->customers()->isLoading() && window->customers()->rowCount() < Customers, 20000);
        QVERIFY(window->customers()->rowCount() > 0);
        for (int row = 0; row < window->customers()->rowCount(); ++row)
            QVERIFY(!window->customers()->index(row, 0).data(CustomerListModel::DeletedRole).toBool());
        QSettings().remove(QStringLiteral("window/includeDeleted"));
    }

    void resellerFilter_csp_onlyThatResellersCustomersAndEveryResellerStillOffered()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        auto *combo = find<QComboBox>("resellerFilterCombo");
        // All, Direct customers only, then every reseller.
        QCOMPARE(combo->count(), int(sandbox->resellerIds().size()) + 2);
        combo->setCurrentIndex(2);
        const QUuid reseller = combo->currentData().toUuid();
        QTRY_VERIFY_WITH_TIMEOUT(!window->customers()->isLoading() && window->customers()->rowCount() < Customers, 20000);
        for (int row = 0; row < window->customers()->rowCount(); ++row)
            QCOMPARE(window->customers()->index(row, 0).data(CustomerListModel::ResellerIdRole).toUuid(), reseller);
        QCOMPARE(combo->count(), int(sandbox->resellerIds().size()) + 2);
    }

    void cancel_whileLoading_stopsWithWhatArrived()
    {
        sandbox->addFault(QStringLiteral("customers:latency:400"));
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace() && window->customers()->rowCount() > 0, 20000);
        auto *cancel = find<QPushButton>("cancelLoadButton");
        QVERIFY(cancel->isVisible());
        QVERIFY2(find<QLabel>("progressLabel")->text().contains(QLocale().toString(Customers)),
                 qPrintable(find<QLabel>("progressLabel")->text()));
        QTest::mouseClick(cancel, Qt::LeftButton);
        sandbox->clearFaults();
        QVERIFY(!window->customers()->isLoading());
        const int rows = window->customers()->rowCount();
        QVERIFY(rows < Customers);
        // The pages in flight at the cancel are held 400 ms by the sandbox; this request, sent
        // after them, 600 ms: once it is answered, any page's answer would have arrived.
        QVERIFY(sandbox->addFault(QStringLiteral("customer:latency:600@1")));
        bool barrier = false;
        session->fetchCustomer(window->customers()->idAt(0), window.get(),
                               [&](const cc::Result<cc::Customer> &) { barrier = true; });
        QTRY_VERIFY_WITH_TIMEOUT(barrier, 10000);
        sandbox->clearFaults();
        QCOMPARE(window->customers()->rowCount(), rows);
        QVERIFY(!cancel->isVisible());
        // F5 loads again, in full.
        QTest::keyClick(window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
    }

    void keyboard_ctrlFFocusesSearchEnterOpensDetailsEscapeClosesLinkDialog()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(find<QLineEdit>("searchEdit")->hasFocus());
        auto *table = find<QTableView>("customerTable");
        table->setFocus();
        window->selectCustomer(window->customers()->idAt(7));
        QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value(), 10000);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(find<QTextBrowser>("detailsView")->hasFocus());
        window->openLinkDialog();
        QTRY_VERIFY(window->linkDialog() != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(window->linkDialog()));
        QTest::keyClick(window->linkDialog(), Qt::Key_Escape);
        QTRY_VERIFY(window->linkDialog() == nullptr);
    }

    void copyLinkShortcut_oneMicrosoftInstance_linkOnClipboardWithoutADialog()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded() && !session->providerInstances().isEmpty(), 20000);
        const QUuid id = customerWithMicrosoftInstances(1);
        QVERIFY(!id.isNull());
        window->selectCustomer(id);
        QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value() && window->selectedCustomer()->id == id, 10000);
        QApplication::clipboard()->clear();
        QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().startsWith(u"https://"), 10000);
        QVERIFY(window->linkDialog() == nullptr);
    }

    void copyLinkShortcut_ambiguousInstance_opensTheDialog()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded() && !session->providerInstances().isEmpty(), 20000);
        int microsoft = 0;
        for (const auto &i : session->providerInstances())
            microsoft += i.isMicrosoft() ? 1 : 0;
        QVERIFY2(microsoft > 1, "the sandbox tenant has several Microsoft instances");
        const QUuid id = customerWithMicrosoftInstances(0);
        QVERIFY(!id.isNull());
        window->selectCustomer(id);
        QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value() && window->selectedCustomer()->id == id, 10000);
        QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window->linkDialog() != nullptr);
        window->linkDialog()->close();
    }

    // The demo's address and secret change every run: signing in to it leaves the recent tenants
    // and the keychain as they were, and it opens on the first page of customers.
    void demo_signIn_nothingRememberedAndCustomersShown()
    {
        QFile::remove(cc::ProfileStore::defaultPath()); // the recent tenants are profiles
        QStringList keychainCalls;
        session = std::make_unique<SessionController>(std::make_unique<RecordingStore>(&keychainCalls));
        window = std::make_unique<MainWindow>(session.get());
        window->setDemoProvider([this](QString *) -> std::optional<SessionController::SignInRequest> {
            SessionController::SignInRequest r;
            r.connection.apiUrl = sandbox->apiUrl();
            r.connection.tokenUrl = sandbox->tokenUrl();
            r.connection.tenant = sandbox->tenant();
            r.credentials = cc::Credentials::fromClientSecret(sandbox->cspClientId(), sandbox->cspClientSecret());
            r.ephemeral = true;
            return r;
        });
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTest::mouseClick(find<QPushButton>("demoButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        // While a big demo's sandbox is still generating (scripts/run-demo --demo-customers 100000),
        // the sign-in screen says it is busy and cannot be used twice.
        action("signOutAction")->trigger();
        window->showDemoStarting();
        QVERIFY(!find<QPushButton>("demoButton")->isEnabled());
        QVERIFY(!find<QPushButton>("signInButton")->isEnabled());
        window->startDemo();
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        QTRY_VERIFY(!session->providerInstances().isEmpty());
        QCOMPARE(session->recentTenants().size(), 0);
        QCOMPARE(keychainCalls, QStringList());
        // A real sign-in afterwards is remembered as before.
        action("signOutAction")->trigger();
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        QCOMPARE(session->recentTenants().size(), 1);
        QCOMPARE(session->recentTenants().first().tenant, sandbox->tenant());
        QTRY_COMPARE(keychainCalls.size(), 1); // "remember" unchecked: any stored secret is removed
        QVERIFY(keychainCalls.first().startsWith(u"remove "));
    }

    void signOut_thenSignInAgain_nothingOfTheLastSessionShownAndTenantOffered()
    {
        QFile::remove(cc::ProfileStore::defaultPath()); // the recent tenants are profiles
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        QCOMPARE(find<QComboBox>("tenantEdit")->count(), 0);
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        window->selectCustomer(window->customers()->idAt(9));
        QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value(), 10000);
        const QString company = window->selectedCustomer()->companyName;
        QVERIFY(action("signOutAction")->isEnabled());
        action("signOutAction")->trigger();
        QVERIFY(!inWorkspace());
        QVERIFY(!session->isSignedIn());
        QCOMPARE(window->customers()->rowCount(), 0);
        QVERIFY(!window->selectedCustomer().has_value());
        QVERIFY(!find<CustomerDetails>("customerDetails")->plainText().contains(company));
        QCOMPARE(find<QComboBox>("resellerFilterCombo")->count(), 2); // All, Direct customers only
        QCOMPARE(find<QLabel>("progressLabel")->text(), QString());
        // The tenant just used is offered on the sign-in screen.
        QCOMPARE(find<QComboBox>("tenantEdit")->findText(sandbox->tenant()), 0);
        QCOMPARE(find<QComboBox>("tenantEdit")->currentText(), sandbox->tenant());
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        QVERIFY(!window->selectedCustomer().has_value());
    }

    void windowState_closedAndReopened_sortSplitterColumnsAndTenantRestored()
    {
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        auto *table = find<QTableView>("customerTable");
        table->sortByColumn(CustomerListModel::City, Qt::DescendingOrder);
        table->setColumnWidth(CustomerListModel::Domain, 123);
        window->resize(1111, 777);
        QTRY_COMPARE(find<QSplitter>("mainSplitter")->width() > 0 && window->size() == QSize(1111, 777), true);
        find<QSplitter>("mainSplitter")->setSizes({600, 400});
        const QList<int> sizes = find<QSplitter>("mainSplitter")->sizes();
        window->close();

        window = std::make_unique<MainWindow>(session.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->size(), QSize(1111, 777));
        QCOMPARE(find<QComboBox>("tenantEdit")->currentText(), sandbox->tenant());
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        table = find<QTableView>("customerTable");
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(CustomerListModel::City));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(table->columnWidth(CustomerListModel::Domain), 123);
        QCOMPARE(find<QSplitter>("mainSplitter")->sizes(), sizes);
        // The view really is in that order, not just the arrow.
        const QAbstractItemModel *m = table->model();
        for (int row = 1; row < m->rowCount(); ++row)
            QVERIFY(m->index(row - 1, CustomerListModel::City)
                        .data()
                        .toString()
                        .compare(m->index(row, CustomerListModel::City).data().toString(), Qt::CaseInsensitive) >= 0);
        QSettings().remove(QStringLiteral("window"));
    }

    void savedMessage_inTheStatusBar_correlationIdOnDemandWhileItShows()
    {
        window->showSavedMessage(QStringLiteral("Internal identifier of Contoso set to ERP-1."),
                                 QStringLiteral("3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a"));
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Internal identifier of Contoso set to ERP-1."));
        QVERIFY(window->statusBar()->toolTip().contains(u"3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a"));
        window->statusBar()->showMessage(QStringLiteral("Something else"));
        QVERIFY(window->statusBar()->toolTip().isEmpty()); // not another message's ID
    }

    void firstStart_windowFitsItsScreen()
    {
        // No saved geometry: the window opens at its usual size, or within a smaller screen
        // (offscreen's is smaller than that usual size), never past its edges.
        QSettings().remove(QStringLiteral("window"));
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QSize available = window->screen()->availableGeometry().size();
        QCOMPARE(window->size(), QSize(1280, 800).boundedTo(available * 9 / 10));
        const QSize frame = window->frameGeometry().size();
        QVERIFY2(frame.width() <= available.width() && frame.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(frame.width())
                                .arg(frame.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void firstStart_columnsUpToInstancesFitTheList()
    {
        QVERIFY(firstStartSignedIn());
        auto *table = find<QTableView>("customerTable");
        QVERIFY(table->verticalScrollBar()->isVisible());
        QTRY_COMPARE(columnsUpToInstancesFit(table), QString());
        const QModelIndex count = table->model()->index(0, CustomerListModel::ProviderInstances);
        QVERIFY(table->viewport()->rect().contains(table->visualRect(count)));
        // A narrower window: they still fit, the company and domain giving way.
        const int domainBefore = table->columnWidth(CustomerListModel::Domain);
        window->resize(1100, 800);
        QTRY_VERIFY(table->columnWidth(CustomerListModel::Domain) < domainBefore);
        QTRY_COMPARE(columnsUpToInstancesFit(table), QString());
        // In a language with longer headers too.
        const int resellerBefore = table->columnWidth(CustomerListModel::Reseller);
        QVERIFY(cc::i18n::install(QStringLiteral("de")));
        QTRY_COMPARE(table->model()->headerData(CustomerListModel::Reseller, Qt::Horizontal).toString(),
                     QStringLiteral("Wiederverkäufer"));
        QTRY_VERIFY(table->columnWidth(CustomerListModel::Reseller) > resellerBefore);
        QCOMPARE(columnsUpToInstancesFit(table), QString());
        QVERIFY(cc::i18n::install(QStringLiteral("en")));
        QTRY_COMPARE(table->columnWidth(CustomerListModel::Reseller), resellerBefore);
        // Once the user sizes a column, the widths are theirs: resizing the window keeps them.
        table->horizontalHeader()->resizeSection(CustomerListModel::Domain, 330);
        window->resize(1250, 800);
        QTest::qWait(50);
        QCOMPARE(table->columnWidth(CustomerListModel::Domain), 330);
        // And so are saved widths, at the next start.
        window->close();
        window = std::make_unique<MainWindow>(session.get());
        QVERIFY(showActive(window.get()));
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace(), 10000);
        QCOMPARE(find<QTableView>("customerTable")->columnWidth(CustomerListModel::Domain), 330);
        QSettings().remove(QStringLiteral("window"));
    }

    void columns_shownAndHiddenFromTheMenu_fitAndPersist()
    {
        QVERIFY(firstStartSignedIn());
        auto *table = find<QTableView>("customerTable");
        QAction *domain = action("columnAction1");
        QCOMPARE(domain->text(), QStringLiteral("Domain"));
        QVERIFY(domain->isChecked());
        // Hidden from Customers > Columns: the company takes the domain's room, the rest still fit.
        const int companyBefore = table->columnWidth(CustomerListModel::Company);
        domain->trigger();
        QVERIFY(table->isColumnHidden(CustomerListModel::Domain));
        QVERIFY(!domain->isChecked());
        QVERIFY(table->columnWidth(CustomerListModel::Company) > companyBefore);
        QCOMPARE(columnsUpToInstancesFit(table), QString());
        // The last column shown cannot be hidden.
        for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
            if (c != CustomerListModel::Company && !table->isColumnHidden(c))
                action(qPrintable(QStringLiteral("columnAction%1").arg(c)))->trigger();
        QAction *company = action("columnAction0");
        QVERIFY(company->isChecked());
        QVERIFY(!company->isEnabled());
        for (int c = 1; c < CustomerListModel::ColumnCount; ++c)
            action(qPrintable(QStringLiteral("columnAction%1").arg(c)))->trigger();
        QVERIFY(company->isEnabled());
        QCOMPARE(columnsUpToInstancesFit(table), QString());
        // Widths the user set stay until "Fit columns to the list" fits them again.
        table->horizontalHeader()->resizeSection(CustomerListModel::Company, 520);
        window->resize(1200, 800);
        QTest::qWait(50);
        QCOMPARE(table->columnWidth(CustomerListModel::Company), 520);
        action("fitColumnsAction")->trigger();
        QVERIFY(table->columnWidth(CustomerListModel::Company) < 520);
        QCOMPARE(columnsUpToInstancesFit(table), QString());
        // Hidden columns are remembered: the next start shows the list as it was left.
        action("columnAction6")->trigger(); // Country
        QVERIFY(table->isColumnHidden(CustomerListModel::Country));
        window->close();
        window = std::make_unique<MainWindow>(session.get());
        QVERIFY(showActive(window.get()));
        QVERIFY(find<QTableView>("customerTable")->isColumnHidden(CustomerListModel::Country));
        QVERIFY(!action("columnAction6")->isChecked());
        QVERIFY(action("columnAction1")->isChecked());
        QSettings().remove(QStringLiteral("window"));
    }

    void palette_switchedToDarkWhileRunning_errorsStayReadable()
    {
        signInWithSecret(QStringLiteral("not-the-secret"));
        auto *error = find<QLabel>("clientSecretEditError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        auto *banner = find<Banner>("signInBanner");
        banner->showMessage(QStringLiteral("x"));
        const QPalette light = QApplication::palette();
        QVERIFY(error->palette().color(QPalette::WindowText).lightness() < 128);
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        QApplication::setPalette(dark);
        QTRY_VERIFY(error->palette().color(QPalette::WindowText).lightness() >= 128); // light red on dark
        QVERIFY(banner->palette().color(QPalette::Window).lightness() < 128);
        QVERIFY(banner->palette().color(QPalette::WindowText).lightness() >= 128);
        QApplication::setPalette(light);
        QTRY_VERIFY(error->palette().color(QPalette::WindowText).lightness() < 128);
        QVERIFY(banner->palette().color(QPalette::Window).lightness() >= 128);
    }

    void language_portugueseAtRuntime_everyVisibleTextChangesAndPersists()
    {
        QCOMPARE(find<QPushButton>("signInButton")->text(), QStringLiteral("Sign &in"));
        const QString title = window->windowTitle();
        PreferencesDialog::applyLanguage(QStringLiteral("pt_PT"));
        // LanguageChange arrives through the event loop.
        QTRY_COMPARE(find<QPushButton>("signInButton")->text(), QStringLiteral("&Iniciar sessão"));
        QCOMPARE(find<QPushButton>("demoButton")->text(), QStringLiteral("&Experimentar a demonstração"));
        QCOMPARE(window->menuBar()->actions().at(0)->text(), QStringLiteral("&Sessão"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("pt_PT"));
        QCOMPARE(QLocale().name(), QStringLiteral("pt_PT"));
        // Signed in, the table headers and the status bar follow too.
        signInWithSecret(sandbox->cspClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace() && !window->customers()->isLoading(), 20000);
        QCOMPARE(find<QTableView>("customerTable")->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Empresa"));
        QVERIFY2(find<QLabel>("progressLabel")->text().contains(u"clientes"), qPrintable(find<QLabel>("progressLabel")->text()));
        PreferencesDialog::applyLanguage(QStringLiteral("en"));
        QTRY_COMPARE(find<QTableView>("customerTable")->model()->headerData(0, Qt::Horizontal).toString(),
                     QStringLiteral("Company"));
        QCOMPARE(window->windowTitle(), title);
        QSettings().remove(QStringLiteral("ui/language"));
    }

    void fullSession_noSecretOrTokenInAnyFileWrittenOrMessageLogged()
    {
        static QString logged;
        logged.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) { logged += m + u'\n'; });
        const QString token = sandbox->issueToken(ccsandbox::Role::Csp, 600);
        // A session with client credentials (remembered), then one with a pasted token (remembered),
        // with a list, a selection, a link and an unsaved form in between.
        signInWithSecret(sandbox->cspClientSecret());
        find<QCheckBox>("rememberCheck")->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace() && !window->customers()->isLoading(), 20000);
        window->selectCustomer(window->customers()->idAt(1));
        QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value(), 10000);
        window->copyLinkForSelection();
        QTest::qWait(200);
        window.reset();
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        find<QCheckBox>("rememberCheck")->setChecked(true);
        signInWithToken(token);
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace() && !window->customers()->isLoading(), 20000);
        window->close(); // saves the window state
        qInstallMessageHandler(previous);

        QStringList roots;
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation,
                              QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation})
            roots << QStandardPaths::writableLocation(location);
        int files = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray content = f.readAll();
                QVERIFY2(!content.contains(sandbox->cspClientSecret().toUtf8()), qPrintable(f.fileName()));
                QVERIFY2(!content.contains(token.toUtf8()), qPrintable(f.fileName()));
            }
        }
        QVERIFY2(files > 0, "the session wrote its settings somewhere");
        QVERIFY(!logged.contains(sandbox->cspClientSecret()));
        QVERIFY(!logged.contains(token));
    }

    void remember_secret_offeredBackFromTheStoreNextTime()
    {
        fillCommon();
        find<QRadioButton>("useClientRadio")->setChecked(true);
        find<QLineEdit>("clientIdEdit")->setText(sandbox->cspClientId());
        find<QLineEdit>("clientSecretEdit")->setText(sandbox->cspClientSecret());
        find<QCheckBox>("rememberCheck")->setChecked(true);
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(inWorkspace(), 10000);
        // A new window of the same session offers the tenant and fills the secret from the store.
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        QCOMPARE(find<QComboBox>("tenantEdit")->currentText(), sandbox->tenant());
        QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), sandbox->cspClientId());
        QTRY_COMPARE(find<QLineEdit>("clientSecretEdit")->text(), sandbox->cspClientSecret());
        // The secret never reaches QSettings.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(sandbox->cspClientSecret()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
