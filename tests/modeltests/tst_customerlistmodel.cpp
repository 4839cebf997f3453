// The customer list model and its filter proxy under QAbstractItemModelTester, against the sandbox.

#include <customerfilterproxy.h>
#include <customerlistmodel.h>

#include <sandboxserver.h>

#include <QAbstractItemModelTester>

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

class TestCustomerListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;
    std::unique_ptr<cc::CloudCockpitClient> client;

    // Every customer of the sandbox into a model, under a filter proxy.
    void loadAll(CustomerListModel &model, CustomerFilterProxy &proxy)
    {
        proxy.setSourceModel(&model);
        model.setClient(client.get());
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ccsandbox::SandboxOptions o;
        o.customerCount = 2300;
        sandbox = std::make_unique<ccsandbox::SandboxServer>(o);
        QVERIFY(sandbox->listen());
        client = std::make_unique<cc::CloudCockpitClient>();
        cc::ConnectionSettings s;
        s.apiUrl = sandbox->apiUrl();
        s.tenant = sandbox->tenant();
        client->setConnection(s);
        client->setCredentials(cc::Credentials::fromToken(sandbox->cspToken()));
    }

    void load_pagesStreamInOrder_underModelTester()
    {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setPageSize(500);
        QSignalSpy progress(&model, &CustomerListModel::progress);
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QCOMPARE(model.rowCount(), 2300);
        QCOMPARE(progress.count(), 5);
        QCOMPARE(progress.last().at(0).toInt(), 2300);
        // Server order (company name, ascending) is kept across pages fetched in parallel.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(
                model.index(row - 1, 0).data().toString().compare(model.index(row, 0).data().toString(), Qt::CaseInsensitive) <=
                0);
    }

    void filterProxy_underModelTester_matchesEveryColumn()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        const QString domain = model.index(77, CustomerListModel::Domain).data().toString();
        proxy.setFilterText(domain.toUpper());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, CustomerListModel::Domain).data().toString(), domain);
        proxy.setFilterText(QStringLiteral("  "));
        QCOMPARE(proxy.rowCount(), 2300);
        proxy.setFilterText(QStringLiteral("no customer has this text"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    // The filter's terms: words, or phrases in quotes; longest first; no term inside another.
    void filterTerms_table_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("terms");
        auto row = [](const char *name, const QString &typed, const QStringList &terms) {
            QTest::newRow(name) << typed << terms;
        };
        row("empty", {}, {});
        row("blank", QStringLiteral(" \t "), {});
        row("one word, case folded", QStringLiteral("  LisBoa "), {QStringLiteral("lisboa")});
        row("two words, longest first", QStringLiteral("lisboa dental"), {QStringLiteral("lisboa"), QStringLiteral("dental")});
        row("longest first", QStringLiteral("gmbh contoso"), {QStringLiteral("contoso"), QStringLiteral("gmbh")});
        row("repeat dropped", QStringLiteral("dental DENTAL"), {QStringLiteral("dental")});
        row("term inside another dropped", QStringLiteral("dent dental"), {QStringLiteral("dental")});
        row("phrase", QStringLiteral("\"clínica dental\" porto"), {QStringLiteral("clínica dental"), QStringLiteral("porto")});
        row("unclosed phrase runs to the end", QStringLiteral("porto \"clínica den"),
            {QStringLiteral("clínica den"), QStringLiteral("porto")});
        row("phrase keeps its inner spaces", QStringLiteral("\"lisboa \""), {QStringLiteral("lisboa ")});
        row("empty quotes", QStringLiteral("\"\" \"  \""), {});
        row("accents folded", QStringLiteral("ÉDITÉ"), {QStringLiteral("édité")});
    }
    void filterTerms_table()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, terms);
        QStringList got;
        for (const QByteArray &t : CustomerFilterProxy::filterTerms(typed))
            got << QString::fromUtf8(t);
        QCOMPARE(got, terms);
    }

    // Every keystroke of typing and erasing (the filter narrows the rows shown while it grows and
    // searches all rows when it shrinks) shows exactly the rows whose text contains every word
    // (or quoted phrase) typed, in any order.
    void filterProxy_typeAndErase_sameRowsAsPlainSearch()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy;
        loadAll(model, proxy);
        if (QTest::currentTestFailed())
            return;
        const int columns[] = {CustomerListModel::Company, CustomerListModel::Domain, CustomerListModel::InternalId,
                               CustomerListModel::Country, CustomerListModel::City,   CustomerListModel::Email};
        QStringList texts;
        QString accented;
        for (int row = 0; row < model.rowCount(); ++row) {
            QString t;
            for (int c : columns)
                t += model.index(row, c).data().toString() + u'\x1f';
            texts << t.toLower();
            for (int c : columns) {
                const QString v = model.index(row, c).data().toString();
                if (accented.isEmpty() && std::any_of(v.cbegin(), v.cend(), [](QChar ch) { return ch.unicode() > 0x7f; }))
                    accented = v;
            }
        }
        QVERIFY2(!accented.isEmpty(), "the sandbox's data has accented names");
        // A customer's city and the longest word of its name, typed in that order (the reverse of
        // how the row reads), and its name's first two words as a quoted phrase.
        const int probe = 77;
        const QString company = model.index(probe, CustomerListModel::Company).data().toString();
        const QString city = model.index(probe, CustomerListModel::City).data().toString();
        QStringList nameWords = company.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(nameWords.size() >= 2, qPrintable(company));
        const QString phrase = u'"' + nameWords.at(0) + u' ' + nameWords.at(1) + u'"';
        std::sort(nameWords.begin(), nameWords.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const QString cityAndName = city.toUpper() + QStringLiteral("  ") + nameWords.first();
        const QStringList words = {QStringLiteral("Lisboa"), accented.toUpper(),
                                   model.index(5, CustomerListModel::Email).data().toString(), cityAndName, phrase};
        // What the user typed means: every white-space separated word, or quoted phrase.
        auto expectedTerms = [](const QString &typed) {
            QStringList terms;
            const QStringList parts = typed.toLower().split(u'"');
            for (qsizetype i = 0; i < parts.size(); ++i) {
                if (i % 2 == 1)
                    terms << parts.at(i);
                else
                    terms << parts.at(i).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            }
            terms.removeIf([](const QString &t) { return t.trimmed().isEmpty(); });
            return terms;
        };
        int multiTermChecks = 0;
        for (const QString &word : words) {
            QString typed;
            auto check = [&] {
                const QStringList terms = expectedTerms(typed);
                QList<int> expected;
                for (int row = 0; row < texts.size(); ++row)
                    if (std::all_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return texts[row].contains(t); }))
                        expected << row;
                QList<int> shown;
                for (int row = 0; row < proxy.rowCount(); ++row)
                    shown << proxy.mapToSource(proxy.index(row, 0)).row();
                QVERIFY2(shown == expected, qPrintable(typed));
                if (terms.size() > 1)
                    ++multiTermChecks;
            };
            for (QChar c : word) {
                typed += c;
                proxy.setFilterText(typed);
                check();
            }
            if (word == cityAndName || word == phrase) {
                // The customer the words were taken from is among the rows.
                QVERIFY2(proxy.mapFromSource(model.index(probe, 0)).isValid(), qPrintable(typed));
            }
            while (!typed.isEmpty()) {
                typed.chop(1);
                proxy.setFilterText(typed);
                check();
            }
        }
        QVERIFY(multiTermChecks > 5);
        // Words in any order find what the whole phrase in the row's order finds, and more.
        proxy.setFilterText(cityAndName);
        const int both = proxy.rowCount();
        proxy.setFilterText(nameWords.first());
        QVERIFY(both >= 1 && both <= proxy.rowCount());
    }

    // A customer edited while a filter is on: a longer filter searches it again, not only the
    // rows that were shown; a longer text than before (the index is rebuilt) is found too.
    void filterProxy_editedCustomer_foundByLongerFilter()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy;
        loadAll(model, proxy);
        if (QTest::currentTestFailed())
            return;
        proxy.setFilterText(QStringLiteral("zq-"));
        QCOMPARE(proxy.rowCount(), 0);
        cc::Customer c;
        c.id = model.idAt(1234);
        c.companyName = QStringLiteral("A much longer company name than any in the sandbox, Lda");
        c.internalIdentifier = QStringLiteral("ZQ-ÉDITÉ-7");
        model.updateCustomer(c);
        proxy.setFilterText(QStringLiteral("zq-édité"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 1234);
        // The rows after it are still found by their own text.
        const QString later = model.index(2000, CustomerListModel::Domain).data().toString();
        proxy.setFilterText(later);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 2000);
    }

    void reload_whileLoading_oldPagesIgnored()
    {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setPageSize(200);
        model.load({});
        cc::CustomerQuery q;
        q.includeDeleted = false;
        model.load(q);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QCOMPARE(model.rowCount(), model.totalCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, 0).data(CustomerListModel::DeletedRole).toBool());
    }

    void updateCustomer_rowChangesInPlace()
    {
        CustomerListModel model;
        model.setClient(client.get());
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        cc::Customer c;
        c.id = model.idAt(3);
        c.companyName = QStringLiteral("Renamed Lda");
        c.internalIdentifier = QStringLiteral("NEW-1");
        model.updateCustomer(c);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(3, CustomerListModel::InternalId).data().toString(), QStringLiteral("NEW-1"));
        QCOMPARE(model.rowCount(), 2300);
    }

    void sortWhileStreaming_proxyUnderModelTester_orderHoldsAndEveryRowOnce()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setPageSize(300);
        // Sorted by date before any page arrives, filtered half way: pages keep landing in the middle.
        proxy.sort(CustomerListModel::Created, Qt::DescendingOrder);
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
        proxy.setFilterText(QStringLiteral("a"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QCOMPARE(model.rowCount(), 2300);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 2300);
        QSet<QUuid> seen;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            seen.insert(proxy.index(row, 0).data(CustomerListModel::IdRole).toUuid());
            if (row > 0)
                QVERIFY(proxy.index(row - 1, CustomerListModel::Created).data(Qt::UserRole).toLongLong() >=
                        proxy.index(row, CustomerListModel::Created).data(Qt::UserRole).toLongLong());
        }
        QCOMPARE(seen.size(), 2300);
        // Numbers sort as numbers, not as text ("10" after "9").
        proxy.sort(CustomerListModel::ProviderInstances, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, CustomerListModel::ProviderInstances).data(Qt::UserRole).toInt() <=
                    proxy.index(row, CustomerListModel::ProviderInstances).data(Qt::UserRole).toInt());
    }

    void cancel_afterFirstPage_noMoreRowsArrive()
    {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setPageSize(100);
        QSignalSpy loaded(&model, &CustomerListModel::loaded);
        connect(&model, &QAbstractItemModel::rowsInserted, &model, &CustomerListModel::cancel, Qt::SingleShotConnection);
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);
        // The pages asked for before the cancel reached the sandbox before this request, which it
        // answers 300 ms after them: once it is answered, any of theirs would have arrived.
        QVERIFY(sandbox->addFault(QStringLiteral("customer:latency:300@1")));
        bool barrier = false;
        client->getCustomer(sandbox->customerIds().value(0), {}, &model,
                            [&](const cc::Result<cc::Customer> &) { barrier = true; });
        QTRY_VERIFY_WITH_TIMEOUT(barrier, 10000);
        sandbox->clearFaults();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(model.totalCount(), 2300); // what the status bar says was there
    }

    void loadFailure_errorSignalledAndNothingHalfLoaded()
    {
        cc::CloudCockpitClient bad;
        cc::ConnectionSettings s;
        s.apiUrl = sandbox->apiUrl();
        s.tenant = sandbox->tenant();
        bad.setConnection(s);
        bad.setCredentials(cc::Credentials::fromToken(QStringLiteral("a.b.c")));
        CustomerListModel model;
        model.setClient(&bad);
        QSignalSpy failed(&model, &CustomerListModel::loadFailed);
        model.load({});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().first().value<cc::ApiError>().kind, cc::ApiError::Kind::Unauthorized);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCustomerListModel)
#include "tst_customerlistmodel.moc"
