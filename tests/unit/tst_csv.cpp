// The CSV reader and writer every import and export goes through (core/bulk/csv.h).

#include <core/bulk/csv.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

    static QList<QStringList> fields(const cc::csv::Table &t)
    {
        QList<QStringList> out;
        for (const auto &r : t.records)
            out << r.fields;
        return out;
    }

private Q_SLOTS:
    void read_commaAndLf_fieldsAndRows()
    {
        const auto r = cc::csv::read("id,new\na,b\nc,\n");
        QVERIFY(r.ok());
        QCOMPARE(r.table.delimiter, ',');
        QCOMPARE(fields(r.table), (QList<QStringList>{{u"id"_s, u"new"_s}, {u"a"_s, u"b"_s}, {u"c"_s, u""_s}}));
        QCOMPARE(r.table.records.at(2).row, 3);
    }

    void read_semicolonCrlfAndBom_asExcelSavesThem()
    {
        const auto r = cc::csv::read("\xEF\xBB\xBF"
                                     "Customer ID;New internal identifier\r\nx;\"1,5\"\r\ny;Jo\xC3\xA3o\r\n");
        QVERIFY(r.ok());
        QCOMPARE(r.table.delimiter, ';');
        QCOMPARE(r.table.records.at(0).fields.at(0), u"Customer ID"_s); // no BOM in the first name
        QCOMPARE(r.table.records.at(1).fields, (QStringList{u"x"_s, u"1,5"_s}));
        QCOMPARE(r.table.records.at(2).fields, (QStringList{u"y"_s, u"João"_s}));
    }

    void read_quotedFields_doubledQuotesDelimitersAndLineBreaksInside()
    {
        const auto r = cc::csv::read("a,b\n\"say \"\"hi\"\"\",\"x,y\"\n\"two\r\nlines\",z\nlast,row\n");
        QVERIFY(r.ok());
        QCOMPARE(r.table.records.at(1).fields, (QStringList{u"say \"hi\""_s, u"x,y"_s}));
        QCOMPARE(r.table.records.at(2).fields, (QStringList{u"two\r\nlines"_s, u"z"_s}));
        // Rows as a spreadsheet numbers them: a line break inside a cell starts no new row.
        QCOMPARE(r.table.records.at(2).row, 3);
        QCOMPARE(r.table.records.at(3).row, 4);
    }

    void read_quoteInsideAField_keptAndDelimiterStillFound()
    {
        // Only a quote at the start of a field opens a quoted one, in the guess as in the reading.
        const auto r = cc::csv::read("na\"me;new\nx;y\n");
        QVERIFY(r.ok());
        QCOMPARE(r.table.delimiter, ';');
        QCOMPARE(r.table.records.at(0).fields, (QStringList{u"na\"me"_s, u"new"_s}));
    }

    void read_blankLinesAndNoFinalNewline_blankLeftOutRowsStillCounted()
    {
        const auto r = cc::csv::read("a,b\n\n1,2\n\r\n3,4");
        QVERIFY(r.ok());
        QCOMPARE(r.table.records.size(), 3);
        QCOMPARE(r.table.records.at(1).row, 3);
        QCOMPARE(r.table.records.at(2).row, 5);
        QCOMPARE(r.table.records.at(2).fields, (QStringList{u"3"_s, u"4"_s}));
    }

    void read_badRows_refusedNamingTheRow_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("words");
        QTest::newRow("quote never closed") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << 3 << u"never closed"_s;
        QTest::newRow("text after a closing quote") << QByteArray("a,b\n\"x\"y,1\n") << 2 << u"after a closing quote"_s;
        QTest::newRow("not UTF-8") << QByteArray("a,b\n1,2\n\xE9t\xE9,3\n") << 3 << u"UTF-8"_s;
    }
    void read_badRows_refusedNamingTheRow()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, row);
        QFETCH(QString, words);
        const auto r = cc::csv::read(data);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.row, row);
        QVERIFY2(r.error.message.contains(words), qPrintable(r.error.message));
        QVERIFY(r.table.records.isEmpty());
    }

    void read_overTheCap_refusedUnread()
    {
        const auto r = cc::csv::read(QByteArray(2000, 'a'), 1000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.row, 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        QVERIFY(!cc::csv::readFile(path, 4096).ok());
        QVERIFY(cc::csv::readFile(path, 8192).ok());
    }

    void write_formulaLookingCells_writtenAsText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("+") << u"+1"_s << u"\"'+1\""_s;
        QTest::newRow("-") << u"-2+3"_s << u"\"'-2+3\""_s;
        QTest::newRow("@") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("cr") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("plain") << u"ERP-1"_s << u"ERP-1"_s;
        QTest::newRow("inside") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void write_formulaLookingCells_writtenAsText()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(cc::csv::field(value), written);
        // The byte writer of the fast list export agrees.
        const QByteArray utf8 = value.toUtf8();
        QByteArray out(cc::csv::maxFieldBytes(utf8.size()), '\0');
        char *end = cc::csv::appendField(out.data(), utf8);
        QCOMPARE(QString::fromUtf8(out.data(), end - out.data()), written);
    }

    void writeThenRead_sameFields()
    {
        const QStringList row = {u"a \"quoted\" word"_s, u"two\nlines"_s, u"x,y;z"_s, u"João"_s, u""_s};
        const auto r =
            cc::csv::read((cc::csv::line({u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s}) + cc::csv::line(row)).toUtf8());
        QVERIFY(r.ok());
        QCOMPARE(r.table.records.at(1).fields, row);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
