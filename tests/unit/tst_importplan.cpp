// The checks and the diff of an internal-identifier import, before anything is sent
// (core/bulk/internalidimport.h).

#include <core/bulk/importrunner.h>
#include <core/bulk/internalidimport.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cc::bulk;

class TestImportPlan : public QObject
{
    Q_OBJECT

    QList<KnownCustomer> customers;
    QUuid reseller = QUuid::fromString(u"0fcd515a-9fcb-446a-b19e-422e29164cdd"_s);

    static QUuid id(int n) { return QUuid::fromString(u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'))); }
    static QString ids(int n) { return id(n).toString(QUuid::WithoutBraces); }

    Plan plan(const QByteArray &csv)
    {
        const auto read = cc::csv::read(csv);
        if (!read.ok())
            qFatal("test data: %s", qPrintable(read.error.message));
        return parse(read.table, guessMapping(read.table.records.front().fields), customers);
    }

    static QStringList texts(const Plan &p)
    {
        QStringList out;
        for (const Problem &problem : p.problems)
            out << problem.text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const char *names[] = {"Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Deleted Co"};
        for (int i = 1; i <= 6; ++i) {
            KnownCustomer c;
            c.id = id(i);
            c.companyName = QString::fromLatin1(names[i - 1]);
            c.domain = c.companyName.toLower().remove(u' ') + u".onmicrosoft.com"_s;
            c.internalIdentifier = i == 5 ? QString() : u"ERP-%1"_s.arg(i);
            c.isDeleted = i == 6;
            c.resellerId = i == 4 ? reseller : QUuid();
            customers << c;
        }
    }

    void mapping_headerNames_recognisedInAnyCaseAndSpacing()
    {
        auto m = guessMapping({u"Company"_s, u"Customer ID"_s, u"New Internal Identifier"_s, u"reseller_id"_s});
        QVERIFY(m.isComplete());
        QCOMPARE(m.key, 1);
        QCOMPARE(m.keyKind, KeyKind::CustomerId);
        QCOMPARE(m.newValue, 2);
        QCOMPARE(m.reseller, 3);
        m = guessMapping({u"internalIdentifier"_s, u"domain"_s, u"new"_s});
        QCOMPARE(m.keyKind, KeyKind::InternalIdentifier);
        QCOMPARE(m.key, 0);
        m = guessMapping({u"Domain"_s, u"newInternalIdentifier"_s});
        QCOMPARE(m.keyKind, KeyKind::Domain);
        QVERIFY(!guessMapping({u"name"_s, u"value2"_s}).isComplete());
    }

    void diff_unchangedChangedCleared_counted()
    {
        const Plan p =
            plan(("id,new\n" + ids(1) + ",ERP-1\n" + ids(2) + ",NEW-2\n" + ids(3) + ",\n" + ids(5) + ",  NEW-5  \n").toUtf8());
        QVERIFY2(p.problems.isEmpty(), qPrintable(texts(p).join(u'\n')));
        QCOMPARE(p.unchanged, 1);
        QCOMPARE(p.changed, 2);
        QCOMPARE(p.cleared, 1);
        QCOMPARE(p.rows.at(1).oldValue, u"ERP-2"_s);
        QCOMPARE(p.rows.at(3).newValue, u"NEW-5"_s); // trimmed, as the server stores it
        QCOMPARE(p.rows.at(3).row, 5);
    }

    void keys_byIdentifierAndDomain_findTheCustomer()
    {
        Plan p = plan("Current internal identifier;New\nerp-2;X\n");
        QVERIFY(p.problems.isEmpty());
        QCOMPARE(p.rows.at(0).customerId, id(2));
        p = plan("domain,new\nNORTHWIND.onmicrosoft.com,Y\n");
        QVERIFY(p.problems.isEmpty());
        QCOMPARE(p.rows.at(0).customerId, id(3));
    }

    void rowChecks_eachProblemOnItsRowAndColumn()
    {
        const QByteArray csv = "Customer ID,New ID\n"
                               "not-a-uuid,A\n" +
                               (ids(99) + ",B\n" + ids(6) + ",C\n" + ids(1) + "," + QByteArray(256, 'x') + "\n" + ids(2) +
                                ",\"tab\there\"\n" + ids(3) + ",D,extra\n")
                                   .toUtf8();
        const auto read = cc::csv::read(csv);
        ColumnMapping m;
        m.key = 0;
        m.newValue = 1;
        const Plan p = parse(read.table, m, customers);
        const QStringList t = texts(p);
        QCOMPARE(t.size(), 6);
        QVERIFY2(t.at(0).startsWith(u"ROW 2, Customer ID: 'not-a-uuid' is not a customer ID"_s), qPrintable(t.at(0)));
        QVERIFY2(t.at(1).startsWith(u"ROW 3, Customer ID: no customer"_s), qPrintable(t.at(1)));
        QVERIFY2(t.at(2).startsWith(u"ROW 4, Customer ID: Deleted Co is deleted"_s), qPrintable(t.at(2)));
        QVERIFY2(t.at(3).startsWith(u"ROW 5, New ID: 256 characters; at most 255"_s), qPrintable(t.at(3)));
        QVERIFY2(t.at(4).startsWith(u"ROW 6, New ID: holds a line break"_s), qPrintable(t.at(4)));
        QVERIFY2(t.at(5).startsWith(u"ROW 7, Customer ID: this row has 3 columns"_s), qPrintable(t.at(5)));
    }

    void acrossRows_oneCustomerTwoValues_twoCustomersOneValue()
    {
        const Plan p = plan(("id,new\n" + ids(1) + ",A\n" + ids(1) + ",B\n" + ids(2) + ",same\n" + ids(3) + ",SAME\n").toUtf8());
        const QStringList t = texts(p);
        QCOMPARE(t.size(), 2);
        QVERIFY2(t.at(0).startsWith(u"ROW 3, id: row 2 gives this customer (Contoso) another value, 'A'"_s), qPrintable(t.at(0)));
        // The server compares without case.
        QVERIFY2(t.at(1).startsWith(u"ROW 5, new: row 4 gives 'SAME' to another customer (Fabrikam)"_s), qPrintable(t.at(1)));
    }

    void heldByAnother_problemUnlessItsRowFreesIt_thenSentAfterIt()
    {
        Plan p = plan(("id,new\n" + ids(1) + ",erp-2\n").toUtf8());
        QCOMPARE(
            texts(p),
            QStringList{u"ROW 2, new: Fabrikam already has 'ERP-2'; give it another value in this file, or choose another."_s});
        p = plan(("id,new\n" + ids(1) + ",ERP-2\n" + ids(2) + ",NEW-2\n").toUtf8());
        QVERIFY(p.problems.isEmpty());
        QCOMPARE(p.rows.at(0).after, QList<int>{1});
        QVERIFY(p.rows.at(1).after.isEmpty());
    }

    void swap_aCircle_isAProblem()
    {
        const Plan p = plan(("id,new\n" + ids(1) + ",ERP-2\n" + ids(2) + ",ERP-1\n").toUtf8());
        QCOMPARE(p.problems.size(), 2);
        QVERIFY(p.problems.at(0).message.contains(u"cannot be swapped"_s));
    }

    void resellerColumn_mustBeTheCustomersReseller_andAsksForItsOldValue()
    {
        const QString r = reseller.toString(QUuid::WithoutBraces);
        Plan p =
            plan(("id,new,reseller\n" + ids(4) + ",R-1," + r + "\n" + ids(1) + ",R-2," + r + "\n" + ids(2) + ",X,\n").toUtf8());
        QCOMPARE(texts(p), QStringList{u"ROW 3, reseller: Contoso is not a customer of this reseller."_s});
        QCOMPARE(p.needOldValue, QList<int>{0});
        QCOMPARE(p.rows.at(0).resellerId, reseller);
        p.rows[0].oldValue = u"R-1"_s; // what reading the customer as that reseller said
        finish(p, customers);
        QCOMPARE(p.rows.at(0).change, Change::Unchanged);
        QCOMPARE(p.problems.size(), 1); // the row's own problem is kept
    }

    void results_writtenAndReadBack_doneRowsOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.csv"_s);
        PlanRow a;
        a.row = 2;
        a.customerId = id(1);
        a.company = u"=cmd|' /C calc'!A0"_s;
        a.newValue = u"-1"_s;
        PlanRow b = a;
        b.row = 3;
        b.customerId = id(2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cc::csv::line(resultsHeader()).toUtf8());
        f.write(cc::csv::line(resultsLine(a, {Outcome::CheckedChanged, 0, u"cid"_s, u"lost"_s})).toUtf8());
        f.write(cc::csv::line(resultsLine(b, {Outcome::Rejected, 400, u"cid2"_s, u"no"_s})).toUtf8());
        f.close();
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QVERIFY(back.readAll().contains("\"'=cmd|' /C calc'!A0\",,\"'-1\""));
        const DoneRows done = readDoneRows(path);
        QVERIFY(done.error.isEmpty());
        QCOMPARE(done.rows.size(), 1);
        QCOMPARE(done.rows.value(qMakePair(2, id(1))).outcome, Outcome::CheckedChanged);
        QVERIFY(!readDoneRows(dir.filePath(u"missing.csv"_s)).error.isEmpty());
    }

    void exitCode_worstOutcomeDecides()
    {
        QCOMPARE(exitCodeOf({{Outcome::Changed}, {Outcome::Unchanged}, {Outcome::CheckedChanged}}), 0);
        QCOMPARE(exitCodeOf({{Outcome::Changed}, {Outcome::Rejected}}), 3);
        QCOMPARE(exitCodeOf({{Outcome::Rejected}, {Outcome::Unknown}}), 6);
        QCOMPARE(exitCodeOf({{Outcome::Changed}, {Outcome::NotSent}}), 6);
    }
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
