// The Microsoft Customer Agreement status in the window, against the sandbox: the MCA view's counts
// (the sandbox's own distribution, read from its answers), a count that filters, Refresh status of
// a selection, the details pane's status and its Refresh, and the list's optional column.

#include <activewindow.h>
#include <application.h>
#include <customerdetails.h>
#include <customerfilterproxy.h>
#include <customerlistmodel.h>
#include <datefield.h>
#include <mainwindow.h>
#include <mcadialog.h>
#include <mcalistmodel.h>
#include <mcaview.h>

#include <core/i18n/translations.h>

#include <sandboxserver.h>

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// One agreement as the sandbox answers it, read here with a plain JSON parser: the counts the
// window shows are checked against the server, not against the client's own parsing.
struct Agreement
{
    QUuid customerId;
    QUuid instanceId;
    QString status;
};

McaListModel::Group groupOfName(const QString &status)
{
    // The contract's description of GET /v1/Customers/mca names the cards.
    if (status == u"required")
        return McaListModel::Group::Required;
    if (status == u"linkgenerated")
        return McaListModel::Group::Pending;
    if (status == u"linkexpired")
        return McaListModel::Group::ExpiredLinks;
    if (status == u"customeraccepted")
        return McaListModel::Group::ReadyToCreate;
    return McaListModel::Group::Compliant;
}

} // namespace

class TestMcaView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;
    std::unique_ptr<SessionController> session;
    std::unique_ptr<MainWindow> window;
    QNetworkAccessManager nam;

    QByteArray get(const QString &path, const QUrlQuery &query = {})
    {
        QUrl url = sandbox->apiUrl();
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("X-Tenant", sandbox->tenant().toUtf8());
        request.setRawHeader("Authorization", "Bearer " + sandbox->cspToken().toUtf8());
        QNetworkReply *reply = nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? reply->readAll() : QByteArray();
    }

    // Every agreement of the tenant, page by page, as the sandbox lists them.
    QList<Agreement> sandboxAgreements()
    {
        QList<Agreement> all;
        for (int page = 1; page < 100; ++page) {
            QUrlQuery q;
            q.addQueryItem(u"pageNumber"_s, QString::number(page));
            q.addQueryItem(u"pageSize"_s, u"500"_s);
            const QJsonObject body = QJsonDocument::fromJson(get(u"/v1/Customers/mca"_s, q)).object();
            const QJsonArray items = body.value(u"items").toArray();
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                all.append({QUuid(o.value(u"customerId").toString()), QUuid(o.value(u"providerInstanceId").toString()),
                            o.value(u"status").toObject().value(u"name").toString().toLower()});
            }
            if (!body.value(u"hasNextPage").toBool() || items.isEmpty())
                break;
        }
        return all;
    }

    QString sandboxStatus(const QUuid &customer, const QUuid &instance)
    {
        const QString path = u"/v1/Customers/%1/provider-instances/%2/mca"_s.arg(customer.toString(QUuid::WithoutBraces),
                                                                                 instance.toString(QUuid::WithoutBraces));
        return QJsonDocument::fromJson(get(path)).object().value(u"status").toObject().value(u"name").toString().toLower();
    }

    McaView *openView()
    {
        QAction *open = window->findChild<QAction *>(u"mcaViewAction"_s);
        if (!open)
            return nullptr;
        open->trigger();
        McaView *view = window->mcaView();
        if (!view || !QTest::qWaitForWindowExposed(view))
            return nullptr;
        if (!QTest::qWaitFor([view] { return view->model()->isLoaded(); }, 20000))
            return nullptr;
        return view;
    }

    QPushButton *groupButton(McaView *view, McaListModel::Group group)
    {
        return view->findChild<QPushButton *>(u"mcaGroup%1"_s.arg(int(group)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cc::i18n::install(u"en"_s);
        ccsandbox::SandboxOptions options;
        options.customerCount = 600; // more than a page of agreements at the model's page size
        sandbox = std::make_unique<ccsandbox::SandboxServer>(options);
        QVERIFY(sandbox->listen());
    }

    void init()
    {
        QSettings().clear();
        session = std::make_unique<SessionController>(std::make_unique<cc::MemoryCredentialStore>());
        window = std::make_unique<MainWindow>(session.get());
        window->customers()->setPageSize(250);
        window->mcaModel()->setPageSize(100);
        QVERIFY(showActive(window.get()));
        SessionController::SignInRequest request;
        request.connection.apiUrl = sandbox->apiUrl();
        request.connection.tokenUrl = sandbox->tokenUrl();
        request.connection.tenant = sandbox->tenant();
        request.credentials = cc::Credentials::fromToken(sandbox->cspToken());
        request.ephemeral = true;
        session->signIn(request);
        QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn() && !session->providerInstances().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window->customers()->isLoading() && window->customers()->rowCount() > 0, 20000);
    }

    void cleanup()
    {
        window.reset();
        session.reset();
    }

    void counts_areTheSandboxsDistribution()
    {
        const QList<Agreement> agreements = sandboxAgreements();
        QVERIFY(agreements.size() > 100);
        int expected[McaListModel::GroupCount] = {};
        for (const Agreement &a : agreements)
            ++expected[int(groupOfName(a.status))];
        for (int g = 0; g < McaListModel::GroupCount; ++g)
            QVERIFY2(expected[g] > 0, "the sandbox spreads its agreements over every group");

        McaView *view = openView();
        QVERIFY(view);
        const QLocale locale;
        for (int g = 0; g < McaListModel::GroupCount; ++g) {
            QPushButton *b = groupButton(view, McaListModel::Group(g));
            QVERIFY(b);
            QCOMPARE(view->model()->count(McaListModel::Group(g)), expected[g]);
            // The button says the count, locale-formatted.
            QVERIFY2(b->text().startsWith(locale.toString(expected[g]) + u'\n'), qPrintable(b->text()));
        }
        // Tab goes from count to count.
        QWidget *all = view->findChild<QPushButton *>(u"mcaGroupAll"_s);
        all->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), all);
        for (int g = 0; g < McaListModel::GroupCount; ++g) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), groupButton(view, McaListModel::Group(g)));
        }
        QCOMPARE(view->model()->rowCount(), int(agreements.size()));
    }

    void clickingACount_showsThatGroupsCustomers()
    {
        McaView *view = openView();
        QVERIFY(view);
        auto *table = view->findChild<QTableView *>(u"mcaTable"_s);
        QVERIFY(table);
        const int all = table->model()->rowCount();
        const auto group = McaListModel::Group::ExpiredLinks;
        QTest::mouseClick(groupButton(view, group), Qt::LeftButton);
        const int shown = table->model()->rowCount();
        QCOMPARE(shown, view->model()->count(group));
        QVERIFY(shown > 0 && shown < all);
        for (int r = 0; r < shown; ++r)
            QCOMPARE(table->model()->index(r, 0).data(McaListModel::StatusRole).toInt(), int(cc::McaStatus::LinkExpired));

        // From the keyboard: focus on a count, Space chooses it.
        QPushButton *ready = groupButton(view, McaListModel::Group::ReadyToCreate);
        ready->setFocus();
        QTest::keyClick(ready, Qt::Key_Space);
        QCOMPARE(table->model()->rowCount(), view->model()->count(McaListModel::Group::ReadyToCreate));
        QTest::mouseClick(view->findChild<QPushButton *>(u"mcaGroupAll"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), all);
    }

    void refreshOfASelection_updatesItsRows()
    {
        McaView *view = openView();
        QVERIFY(view);
        auto *table = view->findChild<QTableView *>(u"mcaTable"_s);
        QTest::mouseClick(groupButton(view, McaListModel::Group::Pending), Qt::LeftButton);
        const int pending = table->model()->rowCount();
        QVERIFY(pending >= 4);
        // Every pending agreement: Microsoft says of some that the customer accepted since.
        QList<QPair<QUuid, QUuid>> keys;
        for (int r = 0; r < pending; ++r)
            keys << qMakePair(table->model()->index(r, 0).data(McaListModel::CustomerIdRole).toUuid(),
                              table->model()->index(r, 0).data(McaListModel::InstanceIdRole).toUuid());
        table->setFocus();
        table->selectAll();
        QSignalSpy finished(view->model(), &McaListModel::refreshFinished);
        QTest::mouseClick(view->findChild<QPushButton *>(u"mcaRefreshButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toInt(), pending); // every one refreshed
        QCOMPARE(finished.at(0).at(1).toInt(), 0);
        int moved = 0;
        McaListModel *model = view->model();
        for (const auto &[customer, instance] : std::as_const(keys)) {
            const int row = model->rowOf(customer, instance);
            QVERIFY(row >= 0);
            const QString now = sandboxStatus(customer, instance);
            QCOMPARE(int(McaListModel::groupOf(model->itemAt(row).status)), int(groupOfName(now)));
            QCOMPARE(model->index(row, McaListModel::Outcome).data().toString(), u"Refreshed"_s);
            moved += now != u"linkgenerated" ? 1 : 0;
        }
        QVERIFY2(moved > 0, "some customers accepted their link in the meantime");
        // The count and the rows shown follow: the moved ones left the Pending group.
        QCOMPARE(model->count(McaListModel::Group::Pending), pending - moved);
        QCOMPARE(table->model()->rowCount(), pending - moved);
    }

    void details_showTheStatusAndRefreshIt()
    {
        // A customer in a Microsoft instance whose link is pending.
        const QList<Agreement> agreements = sandboxAgreements();
        Agreement pending;
        for (const Agreement &a : agreements)
            if (a.status == u"linkgenerated" && window->customers()->rowOf(a.customerId) >= 0)
                pending = a;
        QVERIFY(!pending.customerId.isNull());
        QVERIFY(window->selectCustomer(pending.customerId));
        auto *details = window->findChild<CustomerDetails *>();
        QTRY_VERIFY_WITH_TIMEOUT(details->plainText().contains(u"Microsoft Customer Agreement: Pending"_s), 10000);
        QVERIFY(details->plainText().contains(u"Acceptance link expires: "_s));

        auto *refresh = details->findChild<QPushButton *>(u"refreshMcaButton"_s);
        QVERIFY(refresh && refresh->isVisible() && refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 10000);
        const QString now = sandboxStatus(pending.customerId, pending.instanceId);
        const QString shown = now == u"customeraccepted" ? u"Ready to create agreement"_s : u"Pending"_s;
        QTRY_VERIFY_WITH_TIMEOUT(details->plainText().contains(u"Microsoft Customer Agreement: "_s + shown), 10000);
    }

    void recordingFromTheView_updatesTheViewAndTheDetails()
    {
        // As main() wires it: the view asks for the MCA form, the form saves, the window reads again.
        cleanup();
        Application app(std::make_unique<cc::MemoryCredentialStore>());
        app.setDemoProvider([this](QString *) {
            SessionController::SignInRequest r;
            r.connection.apiUrl = sandbox->apiUrl();
            r.connection.tokenUrl = sandbox->tokenUrl();
            r.connection.tenant = sandbox->tenant();
            r.credentials = cc::Credentials::fromToken(sandbox->cspToken());
            r.ephemeral = true;
            return std::optional(r);
        });
        MainWindow *w = app.window();
        QVERIFY(showActive(w));
        w->startDemo();
        QTRY_VERIFY_WITH_TIMEOUT(w->customers()->rowCount() > 0 && !w->customers()->isLoading(), 20000);
        w->findChild<QAction *>(u"mcaViewAction"_s)->trigger();
        McaView *view = w->mcaView();
        McaListModel *model = view->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 20000);
        QTest::mouseClick(groupButton(view, McaListModel::Group::ReadyToCreate), Qt::LeftButton);
        auto *table = view->findChild<QTableView *>(u"mcaTable"_s);
        // A customer the server lets us change (not deleted) in one Microsoft instance.
        QModelIndex chosen;
        for (int r = 0; r < table->model()->rowCount() && !chosen.isValid(); ++r) {
            const QModelIndex i = table->model()->index(r, 0);
            const QUuid id = i.data(McaListModel::CustomerIdRole).toUuid();
            const int row = w->customers()->rowOf(id);
            if (row >= 0 && !w->customers()->isDeleted(row) && model->itemsOf(id).size() == 1)
                chosen = i;
        }
        QVERIFY(chosen.isValid());
        const QUuid customer = chosen.data(McaListModel::CustomerIdRole).toUuid();
        const QUuid instance = chosen.data(McaListModel::InstanceIdRole).toUuid();
        const int ready = model->count(McaListModel::Group::ReadyToCreate);
        const int compliant = model->count(McaListModel::Group::Compliant);
        table->setFocus();
        table->selectionModel()->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::mouseClick(view->findChild<QPushButton *>(u"mcaRecordButton"_s), Qt::LeftButton);
        McaDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = view->findChild<McaDialog *>()) && dialog->isVisible(), 10000);
        auto *date = dialog->findChild<DateField *>(u"agreementDateEdit"_s);
        date->selectAll(); // it opens on today
        QTest::keyClicks(date, QLocale().toString(QDate::currentDate().addDays(-1), date->displayFormat()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);

        // The sandbox now says agreementcreated; the row, the counts and the details say so too.
        QTRY_COMPARE_WITH_TIMEOUT(sandboxStatus(customer, instance), u"agreementcreated"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(int(model->itemAt(model->rowOf(customer, instance)).status),
                                  int(cc::McaStatus::AgreementCreated), 10000);
        QCOMPARE(model->count(McaListModel::Group::ReadyToCreate), ready - 1);
        QCOMPARE(model->count(McaListModel::Group::Compliant), compliant + 1);
        QVERIFY(w->selectCustomer(customer));
        auto *details = w->findChild<CustomerDetails *>();
        QTRY_VERIFY_WITH_TIMEOUT(details->plainText().contains(u"Microsoft Customer Agreement: Compliant"_s), 10000);
    }

    void listColumn_offByDefault_showsTheStatusWhenChosen()
    {
        auto *table = window->findChild<QTableView *>(u"customerTable"_s);
        QVERIFY(table->isColumnHidden(CustomerListModel::McaStatus));
        QAction *column = window->findChild<QAction *>(u"columnAction%1"_s.arg(int(CustomerListModel::McaStatus)));
        QVERIFY(column && !column->isChecked());
        column->trigger();
        QVERIFY(!table->isColumnHidden(CustomerListModel::McaStatus));
        QTRY_VERIFY_WITH_TIMEOUT(window->mcaModel()->isLoaded(), 20000);
        const QList<Agreement> agreements = sandboxAgreements();
        int checked = 0;
        for (const Agreement &a : agreements) {
            // A customer in one Microsoft instance: the cell is the sandbox's status of it.
            const int row = window->customers()->rowOf(a.customerId);
            if (row < 0 || window->mcaModel()->itemsOf(a.customerId).size() != 1)
                continue;
            const QString cell = window->customers()->index(row, CustomerListModel::McaStatus).data().toString();
            QCOMPARE(cell, cc::mcaStatusDisplayName(*cc::mcaStatusFromName(a.status)));
            ++checked;
        }
        QVERIFY(checked > 10);
    }
};

QTEST_MAIN(TestMcaView)
#include "tst_mcaview.moc"
