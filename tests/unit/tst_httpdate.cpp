// Retry-After: delay-seconds and the three HTTP-date forms of RFC 9110, and everything else refused.

#include <core/api/httpdate.h>

#include <QTest>

using namespace cc;

class TestHttpDate : public QObject
{
    Q_OBJECT

    const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(21, 0, 0), Qt::UTC);

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime rfc(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfc;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfc;
        QTest::newRow("asctime, padded day") << QByteArray("Sun Nov  6 08:49:37 1994") << rfc;
        QTest::newRow("asctime, two-digit day")
            << QByteArray("Wed Dec 16 08:49:37 2026") << QDateTime(QDate(2026, 12, 16), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("surrounding spaces") << QByteArray("  Mon, 07 Dec 2026 21:00:05 GMT ")
                                            << QDateTime(QDate(2026, 12, 7), QTime(21, 0, 5), Qt::UTC);
        QTest::newRow("RFC 850, year 26 is this century")
            << QByteArray("Monday, 07-Dec-26 21:00:05 GMT") << QDateTime(QDate(2026, 12, 7), QTime(21, 0, 5), Qt::UTC);
        QTest::newRow("leap second read as :59")
            << QByteArray("Wed, 31 Dec 2025 23:59:60 GMT") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC);
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        const auto parsed = parseHttpDate(text, now);
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37");
        QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST");
        QTest::newRow("31 February") << QByteArray("Sun, 31 Feb 1994 08:49:37 GMT");
        QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT");
        QTest::newRow("lower-case month") << QByteArray("Sun, 06 nov 1994 08:49:37 GMT");
        QTest::newRow("one-digit day in IMF") << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT");
        QTest::newRow("trailing text") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT; x");
        QTest::newRow("ISO 8601") << QByteArray("2026-12-07T21:00:00Z");
        QTest::newRow("control characters") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT\r\nX: y");
        QTest::newRow("cut short") << QByteArray("Sun, 06 Nov 19");
    }
    void refused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseHttpDate(text, now));
    }

    void retryAfter_secondsAndDates()
    {
        QCOMPARE(retryAfterMs("2", 30000, now), 2000);
        QCOMPARE(retryAfterMs(" 0 ", 30000, now), 0);
        QCOMPARE(retryAfterMs("120", 30000, now), 30000);                        // capped
        QCOMPARE(retryAfterMs("99999999999999999999999999", 30000, now), 30000); // no overflow
        QCOMPARE(retryAfterMs("Mon, 07 Dec 2026 21:00:05 GMT", 30000, now), 5000);
        QCOMPARE(retryAfterMs("Monday, 07-Dec-26 21:00:03 GMT", 30000, now), 3000);
        QCOMPARE(retryAfterMs("Mon Dec  7 21:00:04 2026", 30000, now), 4000);
        QCOMPARE(retryAfterMs("Sun, 06 Nov 1994 08:49:37 GMT", 30000, now), 0); // in the past: at once
        QCOMPARE(retryAfterMs("Tue, 08 Dec 2026 21:00:00 GMT", 30000, now), 30000);
        QVERIFY(!retryAfterMs("-1", 30000, now));
        QVERIFY(!retryAfterMs("1.5", 30000, now));
        QVERIFY(!retryAfterMs("soon", 30000, now));
        QVERIFY(!retryAfterMs("", 30000, now));
    }
};

QTEST_GUILESS_MAIN(TestHttpDate)
#include "tst_httpdate.moc"
