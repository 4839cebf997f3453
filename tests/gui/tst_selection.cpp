// What the customer list shows can be trusted: the selection is always a customer the list shows,
// deleted customers look deleted and take no changes, a failed or cancelled reload keeps the rows
// it had (and says they are not current), and the keyboard gets in and out of the list. Driven
// through the real window against the sandbox over loopback HTTP.

#include <activewindow.h>
#include <banner.h>
#include <customerdetails.h>
#include <customerfilterproxy.h>
#include <customerlistmodel.h>
#include <guitestbase.h>
#include <mainwindow.h>
#include <preferencesdialog.h>

#include <sandboxserver.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

class TestSelection : public GuiTestBase
{
    Q_OBJECT

    ccsandbox::SandboxServer *sandbox = nullptr; // the test's own (GuiTestBase::freshStart())
    std::unique_ptr<SessionController> session;
    std::unique_ptr<MainWindow> window;
    // More than one page of 2,000: a reload brings the second page in after the first.
    static constexpr int Customers = 2500;

    template<typename T> T *find(const char *name) const
    {
        T *w = window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    CustomerListModel *model() const { return window->customers(); }
    QString status() const { return find<QLabel>("progressLabel")->text(); }
    QString details() const { return find<CustomerDetails>("customerDetails")->plainText(); }

    bool inWorkspace() const { return window->findChild<QStackedWidget *>()->currentWidget()->objectName() == u"workspace"; }

    bool fullyLoaded() const { return inWorkspace() && !model()->isLoading() && model()->rowCount() == Customers; }

    [[nodiscard]] bool signInAndLoad()
    {
        find<QToolButton>("advancedToggle")->setChecked(true);
        find<QComboBox>("tenantEdit")->setEditText(sandbox->tenant());
        find<QLineEdit>("apiUrlEdit")->setText(sandbox->apiUrl().toString());
        find<QLineEdit>("tokenUrlEdit")->setText(sandbox->tokenUrl().toString());
        find<QRadioButton>("useClientRadio")->setChecked(true);
        find<QLineEdit>("clientIdEdit")->setText(sandbox->cspClientId());
        find<QLineEdit>("clientSecretEdit")->setText(sandbox->cspClientSecret());
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        return QTest::qWaitFor([this] { return fullyLoaded(); }, 20000);
    }

    bool isDeleted(int row) const { return model()->index(row, 0).data(CustomerListModel::DeletedRole).toBool(); }

    int firstRow(bool deleted, int from = 0) const
    {
        for (int row = from; row < model()->rowCount(); ++row)
            if (isDeleted(row) == deleted)
                return row;
        return -1;
    }

    // Selects the customer and waits for its details (what every action on it works with).
    [[nodiscard]] bool selectAndWait(const QUuid &id)
    {
        window->selectCustomer(id);
        return QTest::qWaitFor([&] { return window->selectedCustomer() && window->selectedCustomer()->id == id; }, 10000);
    }

    // Nothing acts on a customer: no details, no menu entry or shortcut, no button.
    void verifyNothingActsOnACustomer()
    {
        QVERIFY(!window->selectedCustomer().has_value());
        QVERIFY(window->selectedCustomerId().isNull());
        QVERIFY2(details().contains(u"not in the list any more"), qPrintable(details()));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("copyLinkAction"))->isEnabled());
        for (const char *button : {"copyLinkButton", "internalIdButton", "mcaButton", "addInstanceButton"})
            QVERIFY2(!find<QPushButton>(button)->isEnabled(), button);
        // The details pane's Alt+I opens nothing.
        QSignalSpy edit(window.get(), &MainWindow::editInternalIdentifierRequested);
        QTest::keyClick(window.get(), Qt::Key_I, Qt::AltModifier);
        QCOMPARE(edit.count(), 0);
    }

private Q_SLOTS:
    void initTestCase() { initSuite("selection"); }

    // Each test from fresh settings and a sandbox of its own.
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

    void serverSearch_otherCustomersDomain_selectionClearsAndEveryActionOnItIsDisabled()
    {
        QVERIFY(signInAndLoad());
        const int rowA = firstRow(false, 5);
        const QUuid a = model()->idAt(rowA);
        QVERIFY(selectAndWait(a));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("copyLinkAction"))->isEnabled());
        QVERIFY(find<QPushButton>("internalIdButton")->isEnabled());
        const QString domainB = model()->index(firstRow(false, rowA + 1), CustomerListModel::Domain).data().toString();
        find<QComboBox>("searchFieldCombo")->setCurrentIndex(1); // Domain
        QTest::keyClicks(find<QLineEdit>("searchEdit"), domainB);
        QTest::keyClick(find<QLineEdit>("searchEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0 && model()->rowCount() < Customers, 10000);
        QCOMPARE(model()->rowOf(a), -1);
        verifyNothingActsOnACustomer();
        if (QTest::currentTestFailed())
            return;
    }

    void resellerFilter_anotherReseller_selectionClears()
    {
        QVERIFY(signInAndLoad());
        const int rowA = firstRow(false, 1);
        const QUuid a = model()->idAt(rowA);
        const QUuid resellerOfA = model()->index(rowA, 0).data(CustomerListModel::ResellerIdRole).toUuid();
        QVERIFY(selectAndWait(a));
        auto *combo = find<QComboBox>("resellerFilterCombo");
        int other = 2; // the first reseller, after All and Direct customers only
        while (other < combo->count() && combo->itemData(other).toUuid() == resellerOfA)
            ++other;
        QVERIFY(other < combo->count());
        combo->setCurrentIndex(other);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() < Customers, 10000);
        QCOMPARE(model()->rowOf(a), -1);
        verifyNothingActsOnACustomer();
    }

    // Cancelled after the first page, before the selected customer's page came: it is not shown,
    // so it is not selected; a reload that brings it back selects it again only if chosen.
    void cancel_beforeTheSelectedCustomersPage_selectionClears()
    {
        QVERIFY(signInAndLoad());
        const QUuid onSecondPage = model()->idAt(firstRow(false, 2100));
        QVERIFY(selectAndWait(onSecondPage));
        // The first page of the reload comes at once, the second takes 5 s.
        QVERIFY(sandbox->addFault(QStringLiteral("customers:latency:0@1")));
        QVERIFY(sandbox->addFault(QStringLiteral("customers:latency:5000")));
        QTest::keyClick(window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoading() && model()->rowCount() == 2000, 10000); // the first page replaced the list
        QVERIFY(!window->selectedCustomer().has_value()); // not shown: nothing acts on it meanwhile
        QTest::mouseClick(find<QPushButton>("cancelLoadButton"), Qt::LeftButton);
        QCOMPARE(model()->rowOf(onSecondPage), -1);
        verifyNothingActsOnACustomer();
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(status().contains(u"incomplete") && status().contains(u"cancelled"), qPrintable(status()));
    }

    void instantFilter_hidesTheSelection_clearsItAndAReloadKeepsAVisibleOneById()
    {
        QVERIFY(signInAndLoad());
        const int rowA = firstRow(false, 3);
        const QUuid a = model()->idAt(rowA);
        QVERIFY(selectAndWait(a));
        const QString domainB = model()->index(firstRow(false, rowA + 1), CustomerListModel::Domain).data().toString();
        QTest::keyClicks(find<QLineEdit>("filterEdit"), u'"' + domainB + u'"');
        QVERIFY(window->proxy()->rowCount() > 0);
        verifyNothingActsOnACustomer();
        if (QTest::currentTestFailed())
            return;

        // Back in the list, selected again, it stays selected through a reload, wherever its row
        // lands: also one on the second page, which arrives after the list was replaced.
        find<QLineEdit>("filterEdit")->clear();
        const QUuid onSecondPage = model()->idAt(firstRow(false, 2100));
        for (const QUuid &id : {a, onSecondPage}) {
            QVERIFY(selectAndWait(id));
            QSignalSpy loaded(model(), &CustomerListModel::loaded);
            QTest::keyClick(window.get(), Qt::Key_F5);
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
            QTRY_COMPARE(window->selectedCustomerId(), id);
            QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value(), 10000);
            QCOMPARE(window->selectedCustomer()->id, id);
            QVERIFY(window->findChild<QAction *>(QStringLiteral("copyLinkAction"))->isEnabled());
        }
    }

    void deletedCustomer_greyedMarkedFoundByItsStatusWordAndTakesNoChanges()
    {
        QVERIFY(signInAndLoad());
        const int deletedRow = firstRow(true);
        const int liveRow = firstRow(false);
        QVERIFY(deletedRow >= 0 && liveRow >= 0);
        // Greyed with the palette's role (so a dark palette greys it too) and marked in words.
        const QModelIndex deleted = model()->index(deletedRow, CustomerListModel::Company);
        QCOMPARE(deleted.data(Qt::ForegroundRole).value<QBrush>().color(),
                 QApplication::palette().color(QPalette::PlaceholderText));
        QVERIFY(!model()->index(liveRow, CustomerListModel::Company).data(Qt::ForegroundRole).isValid());
        {
            const QPalette before = QApplication::palette();
            QPalette dark = before;
            dark.setColor(QPalette::Base, QColor(30, 30, 30));
            dark.setColor(QPalette::Text, QColor(230, 230, 230));
            dark.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
            QApplication::setPalette(dark);
            QCOMPARE(deleted.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(140, 140, 140));
            QApplication::setPalette(before);
        }
        QCOMPARE(model()->index(deletedRow, CustomerListModel::Deleted).data().toString(), QStringLiteral("Deleted"));

        // The instant filter finds them by the word, in the user's language.
        const auto expected = [this](const QString &word) {
            int n = 0;
            for (int row = 0; row < model()->rowCount(); ++row)
                n += isDeleted(row) || model()->index(row, 0).data(CustomerListModel::HaystackRole).toString().contains(word) ? 1
                                                                                                                              : 0;
            return n;
        };
        auto *filter = find<QLineEdit>("filterEdit");
        QTest::keyClicks(filter, QStringLiteral("deleted"));
        QVERIFY(window->proxy()->rowCount() > 0);
        QCOMPARE(window->proxy()->rowCount(), expected(QStringLiteral("deleted")));
        filter->clear();
        PreferencesDialog::applyLanguage(QStringLiteral("de"));
        const auto restore = qScopeGuard([] {
            PreferencesDialog::applyLanguage(QStringLiteral("en"));
            QSettings().remove(QStringLiteral("ui/language"));
        });
        QTRY_COMPARE(model()->index(deletedRow, CustomerListModel::Deleted).data().toString(), QStringLiteral("Gelöscht"));
        filter->setText(QStringLiteral("gelöscht")); // (QTest types Latin-1 letters only)
        QCOMPARE(window->proxy()->rowCount(), expected(QStringLiteral("gelöscht")));
        filter->clear();

        // A deleted customer takes no changes: the write buttons are off and say why; the link is a read.
        QVERIFY(selectAndWait(model()->idAt(deletedRow)));
        for (const char *button : {"internalIdButton", "mcaButton", "addInstanceButton"}) {
            QVERIFY2(!find<QPushButton>(button)->isEnabled(), button);
            QVERIFY2(!find<QPushButton>(button)->toolTip().isEmpty(), button);
        }
        QVERIFY(find<QPushButton>("copyLinkButton")->isEnabled());
        QVERIFY(selectAndWait(model()->idAt(liveRow)));
        QVERIFY(find<QPushButton>("internalIdButton")->isEnabled());
        QVERIFY(find<QPushButton>("internalIdButton")->toolTip().isEmpty());
    }

    void reload_failsOrIsCancelled_rowsStayMarkedNotCurrentAndRetryLoadsAgain()
    {
        QVERIFY(signInAndLoad());
        const QUuid a = model()->idAt(firstRow(false, 10));
        QVERIFY(selectAndWait(a));
        auto *banner = find<Banner>("banner");
        QVERIFY(sandbox->addFault(QStringLiteral("customers:status:500")));
        QTest::keyClick(window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && !model()->isLoading(), 10000);
        QCOMPARE(model()->rowCount(), Customers);
        QVERIFY2(status().contains(u"reload failed") && status().contains(u"as of"), qPrintable(status()));
        QCOMPARE(window->selectedCustomerId(), a); // still shown, still selected
        auto *retry = banner->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        sandbox->clearFaults();
        QSignalSpy loaded(model(), &CustomerListModel::loaded);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY2(!status().contains(u"failed"), qPrintable(status()));
        QCOMPARE(model()->rowCount(), Customers);

        // Cancelled before the first page: the list as it was, said so.
        QVERIFY(sandbox->addFault(QStringLiteral("customers:latency:5000")));
        QTest::keyClick(window.get(), Qt::Key_F5);
        auto *cancel = find<QPushButton>("cancelLoadButton");
        QTRY_VERIFY(cancel->isVisible());
        QVERIFY2(!status().contains(u" 0 "), qPrintable(status()));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(model()->rowCount(), Customers);
        QVERIFY2(status().contains(u"reload cancelled"), qPrintable(status()));
        QCOMPARE(window->selectedCustomerId(), a);
    }

    void reload_serverBusy_statusSaysRetryingInsteadOfLoadingNothing()
    {
        QVERIFY(signInAndLoad());
        // The next page request gets 503 with Retry-After: 2; the client asks again after 2 s.
        QVERIFY(sandbox->addFault(QStringLiteral("customers:status:503:2@1")));
        QTest::keyClick(window.get(), Qt::Key_F5);
        // Counting down the server's 2 s (to 1 s on a slow machine), never "Loading 0 of 0".
        QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QRegularExpression(QStringLiteral("^Retrying in [12] s"))),
                                  qPrintable(status()), 5000);
        QVERIFY(find<QPushButton>("cancelLoadButton")->isVisible());
        QCOMPARE(model()->rowCount(), Customers); // the list stays meanwhile
        QSignalSpy loaded(model(), &CustomerListModel::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY2(!status().contains(u"Retrying"), qPrintable(status()));
    }

    void altLetterWithNoEnabledShortcut_typesNothingIntoTheField()
    {
        // Seen in the real window: with the selection filtered away, Alt+I (edit the internal
        // identifier, disabled then) typed an "i" into the filter, which then found nothing.
        QVERIFY(signInAndLoad());
        const int rowA = firstRow(false, 3);
        QVERIFY(selectAndWait(model()->idAt(rowA)));
        auto *filter = find<QLineEdit>("filterEdit");
        filter->setFocus();
        const QString domainB = model()->index(firstRow(false, rowA + 1), CustomerListModel::Domain).data().toString();
        QTest::keyClicks(filter, domainB);
        QCOMPARE(window->proxy()->rowCount(), 1);
        for (const Qt::Key key : {Qt::Key_I, Qt::Key_M, Qt::Key_A})
            QTest::keyClick(filter, key, Qt::AltModifier);
        QCOMPARE(filter->text(), domainB);
        QCOMPARE(window->proxy()->rowCount(), 1);
        // Plain and shifted letters still type.
        QTest::keyClick(filter, Qt::Key_Backspace);
        QTest::keyClicks(filter, domainB.right(1));
        QCOMPARE(filter->text(), domainB);
    }

    void keyboard_escapeClearsDownEntersTheListAndAnEmptyResultSaysSo()
    {
        QVERIFY(signInAndLoad());
        auto *filter = find<QLineEdit>("filterEdit");
        auto *search = find<QLineEdit>("searchEdit");
        auto *table = find<QTableView>("customerTable");
        auto *empty = find<QWidget>("emptyListState");
        QVERIFY(empty);

        // Nothing matches: the list says so, and its button clears the filter.
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("zzqx-nothing"));
        QCOMPARE(window->proxy()->rowCount(), 0);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(find<QLabel>("emptyListText")->text().contains(u"No customers match"),
                 qPrintable(find<QLabel>("emptyListText")->text()));
        QTest::mouseClick(find<QPushButton>("emptyListClearButton"), Qt::LeftButton);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(window->proxy()->rowCount(), Customers);
        QVERIFY(!empty->isVisible());

        // Escape clears the field it is typed in.
        QTest::keyClicks(filter, QStringLiteral("lisboa"));
        QVERIFY(window->proxy()->rowCount() < Customers);
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(window->proxy()->rowCount(), Customers);

        // Down goes on into the list, selecting the first row when none is.
        table->selectionModel()->clear();
        QVERIFY(!table->selectionModel()->currentIndex().isValid());
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->selectionModel()->currentIndex().row(), 0);
        QVERIFY(table->selectionModel()->isRowSelected(0, {}));
        QTRY_VERIFY_WITH_TIMEOUT(window->selectedCustomer().has_value(), 10000);
        QCOMPARE(window->selectedCustomer()->id, window->proxy()->index(0, 0).data(CustomerListModel::IdRole).toUuid());

        // The server finds nothing: said so too; the button clears the search and loads all again.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("zzqx-nothing"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() == 0, 10000);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(find<QLabel>("emptyListText")->text().contains(u"on the server"),
                 qPrintable(find<QLabel>("emptyListText")->text()));
        QTest::mouseClick(find<QPushButton>("emptyListClearButton"), Qt::LeftButton);
        QVERIFY(search->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(), 20000);
        QVERIFY(!empty->isVisible());
        // And Escape in the search field clears it (and loads again).
        QTest::keyClicks(search, QStringLiteral("zzqx"));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
    }
};

QTEST_MAIN(TestSelection)
#include "tst_selection.moc"
