// Customers > Import internal identifiers… and Customers > Export… in the real window against the
// sandbox: a server error lands on its row, the list updates in place, and an export writes
// formula-looking cells as text.

#include <customerfilterproxy.h>
#include <customerlistmodel.h>
#include <importdialog.h>
#include <internalidimportmodel.h>
#include <mainwindow.h>

#include <core/auth/credentialstore.h>

#include <sandboxserver.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBulkImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;
    std::unique_ptr<SessionController> session;
    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;

    QJsonObject customerJson(const QUuid &id) const { return QJsonDocument::fromJson(sandbox->customerJson(id)).object(); }

    QList<QUuid> liveOwnCustomers(int count, int skip) const
    {
        QList<QUuid> out;
        for (const QUuid &id : sandbox->customerIds()) {
            const QJsonObject o = customerJson(id);
            if (o.value(u"isDeleted").toBool() || !o.value(u"resellerId").isNull() || skip-- > 0)
                continue;
            out << id;
            if (out.size() == count)
                break;
        }
        return out;
    }

    int listRowOf(const QUuid &id) const
    {
        CustomerListModel *m = window->customers();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(CustomerListModel::IdRole).toUuid() == id)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        sandbox = std::make_unique<ccsandbox::SandboxServer>();
        QVERIFY(sandbox->listen());
        session = std::make_unique<SessionController>(std::make_unique<cc::MemoryCredentialStore>());
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        SessionController::SignInRequest request;
        request.connection.apiUrl = sandbox->apiUrl();
        request.connection.tokenUrl = sandbox->tokenUrl();
        request.connection.tenant = sandbox->tenant();
        request.credentials = cc::Credentials::fromToken(sandbox->cspToken());
        request.ephemeral = true;
        session->signIn(request);
        QTRY_VERIFY_WITH_TIMEOUT(window->customers()->rowCount() == int(sandbox->customerIds().size()), 15000);
        ImportDialog::confirm = [](QWidget *, const QString &) { return true; };
    }

    void import_serverErrorShownOnItsRow_othersApplied_listUpdatedInPlace()
    {
        const QList<QUuid> ids = liveOwnCustomers(3, 5);
        QByteArray csv = "Customer ID;New internal identifier\n";
        for (int i = 0; i < ids.size(); ++i)
            csv += (ids[i].toString(QUuid::WithoutBraces) + u";GUI-%1\n"_s.arg(i)).toUtf8();
        const QString path = dir.filePath(u"gui.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();

        window->findChild<QAction *>(u"importAction"_s)->trigger();
        ImportDialog *dialog = window->importDialog();
        QVERIFY(dialog);
        InternalIdImportModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog->openFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), InternalIdImportModel::State::Checked, 15000);
        QCOMPARE(model->rowCount(), 3);
        auto *apply = dialog->findChild<QPushButton *>(u"applyButton"_s);
        QVERIFY(apply->isEnabled());

        QVERIFY(sandbox->addFault(u"internal-id:status:503@1"_s));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), InternalIdImportModel::State::Done, 15000);
        sandbox->clearFaults();

        int failed = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QUuid id = ids[r];
            const QString outcome = model->index(r, InternalIdImportModel::OutcomeColumn).data().toString();
            QVERIFY(!model->index(r, InternalIdImportModel::CorrelationColumn).data().toString().isEmpty());
            const QString now = customerJson(id).value(u"internalIdentifier").toString();
            const QString listed = window->customers()->index(listRowOf(id), CustomerListModel::InternalId).data().toString();
            if (outcome.contains(u"HTTP 503"_s)) {
                ++failed;
                QVERIFY(now != u"GUI-%1"_s.arg(r));
                QVERIFY(model->index(r, InternalIdImportModel::OutcomeColumn).data(Qt::ForegroundRole).isValid());
                QCOMPARE(listed, now); // the list keeps what the server has
            } else {
                QCOMPARE(outcome, cc::bulk::outcomeDisplayName(cc::bulk::Outcome::Changed));
                QCOMPARE(now, u"GUI-%1"_s.arg(r));
                QCOMPARE(listed, now); // updated in place, no reload
            }
        }
        QCOMPARE(failed, 1);

        const QString results = dir.filePath(u"gui-results.csv"_s);
        ImportDialog::askFileName = [results](QWidget *, const QString &, bool save) { return save ? results : QString(); };
        auto *save = dialog->findChild<QPushButton *>(u"saveResultsButton"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QFile back(results);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QByteArray text = back.readAll();
        QVERIFY(text.startsWith("row,customerId,company,old,new,outcome,httpStatus,correlationId,message\n"));
        QCOMPARE(text.count(",rejected,503,"), 1);
        QCOMPARE(text.count(",changed,"), 2);
        dialog->close();
    }

    void import_problemNextToItsCell_applyOff()
    {
        const QList<QUuid> ids = liveOwnCustomers(1, 20);
        const QString path = dir.filePath(u"bad.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(("id,new\n" + ids[0].toString(QUuid::WithoutBraces) + "," + QString(300, u'x') + "\n").toUtf8());
        f.close();
        ImportDialog dialog(new InternalIdImportModel(session->client()));
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.openFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), InternalIdImportModel::State::Checked, 15000);
        const QModelIndex newCell = dialog.model()->index(0, InternalIdImportModel::NewColumn);
        QVERIFY2(newCell.data(Qt::ToolTipRole).toString().contains(u"at most 255"_s),
                 qPrintable(newCell.data(Qt::ToolTipRole).toString()));
        QVERIFY(newCell.data(Qt::ForegroundRole).isValid());
        QVERIFY(!dialog.findChild<QPushButton *>(u"applyButton"_s)->isEnabled());
    }

    void import_resellerRow_oldValueReadAsThatReseller()
    {
        const QUuid reseller = sandbox->resellerIdOfResellerClient();
        // A customer of the reseller whose two identifiers differ, so that the test tells them apart.
        QUuid id;
        QString resellerValue;
        for (const QUuid &c : sandbox->customerIds()) {
            const QJsonObject o = customerJson(c);
            if (o.value(u"isDeleted").toBool() || QUuid::fromString(o.value(u"resellerId").toString()) != reseller)
                continue;
            bool read = false;
            QString value;
            session->client()->getCustomer(c, reseller, this, [&](const cc::Result<cc::Customer> &r) {
                value = r.ok() ? r.value().internalIdentifier : QString();
                read = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
            if (!value.isEmpty() && value != o.value(u"internalIdentifier").toString()) {
                id = c;
                resellerValue = value;
                break;
            }
        }
        QVERIFY(!id.isNull());
        const QString path = dir.filePath(u"reseller.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            ("id,new,reseller\n" + id.toString(QUuid::WithoutBraces) + ",R-NEW," + reseller.toString(QUuid::WithoutBraces) + "\n")
                .toUtf8());
        f.close();
        ImportDialog dialog(new InternalIdImportModel(session->client()));
        dialog.openFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), InternalIdImportModel::State::Checked, 15000);
        // Not the CSP's own identifier that the list shows: the reseller relationship's.
        QCOMPARE(dialog.model()->index(0, InternalIdImportModel::OldColumn).data().toString(), resellerValue);
    }

    void export_whatTheListShows_formulaLookingCellsAsText()
    {
        // A company name and an identifier a spreadsheet would run, as an edit elsewhere brings them in.
        const QUuid id = liveOwnCustomers(1, 30).front();
        const int row = listRowOf(id);
        QVERIFY(row >= 0);
        cc::Customer c;
        c.id = id;
        c.companyName = u"=1+2 Ltd"_s;
        c.domain = u"formula.example"_s;
        c.internalIdentifier = u"@SUM(A1)"_s;
        c.country = u"PT"_s;
        window->customerUpdated(c);

        // Two rows shown, one column hidden, sorted: the export follows all three.
        window->proxy()->setFilterText(u"formula.example"_s);
        QTRY_COMPARE(window->proxy()->rowCount(), 1);
        auto *table = window->findChild<QTableView *>();
        QVERIFY(table);
        window->findChild<QAction *>(u"columnAction%1"_s.arg(int(CustomerListModel::Country)))->setChecked(false);
        QVERIFY(table->horizontalHeader()->isSectionHidden(CustomerListModel::Country));

        const QString path = dir.filePath(u"export.csv"_s);
        QVERIFY(window->exportList(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, the row, the empty tail
        const QByteArray header = lines[0];
        QVERIFY(header.startsWith("Company,"));
        QVERIFY2(!header.contains("Country"), header.constData());
        QVERIFY2(lines[1].startsWith("\"'=1+2 Ltd\",formula.example,\"'@SUM(A1)\","), lines[1].constData());
        window->proxy()->setFilterText({});
        window->findChild<QAction *>(u"columnAction%1"_s.arg(int(CustomerListModel::Country)))->setChecked(true);
    }
};

QTEST_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
