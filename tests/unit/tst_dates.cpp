// Dates are shown with four-digit years in every language: "12/3/27" reads as 2027 or 1927, and
// is not what a staffer typed.

#include <core/i18n/translations.h>

#include <QTest>

class TestDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatDate_fourDigitYear_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("12/31/2027");
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("31.12.2027");
        QTest::newRow("pt_PT") << QStringLiteral("pt_PT") << QStringLiteral("31/12/2027");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("31/12/2027");
        QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("31/12/2027");
        QTest::newRow("it") << QStringLiteral("it_IT") << QStringLiteral("31/12/2027");
        QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("31/12/2027");
    }
    void formatDate_fourDigitYear()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QLocale l(locale);
        QCOMPARE(cc::i18n::formatDate(QDate(2027, 12, 31), l), expected);
        QVERIFY(cc::i18n::formatDateTime(QDateTime(QDate(2027, 12, 31), QTime(9, 5)), l).startsWith(expected));
        // What is shown reads back as the same date.
        QCOMPARE(l.toDate(expected, cc::i18n::shortDateFormat(l)), QDate(2027, 12, 31));
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
