// The lean reader of customer pages (json::parseCustomerSummaryPage) against the full parser: the
// same values for every page the full one accepts, the full one's words for every page it refuses.

#include "tst_json_data.h"

#include <core/domain/json.h>
#include <core/domain/types.h>

#include <QTest>

#include <cstring>

using namespace cc;

namespace {
// JSON written with single quotes, for legibility (and because moc stumbles over raw strings).
QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QByteArray Id = "3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a";

QByteArray pageOf(const QByteArray &customerFields)
{
    return J("{'items':[{'id':'") + Id + J("'") + (customerFields.isEmpty() ? QByteArray() : "," + customerFields) +
           J("}],'totalPages':1,'totalCount':1}");
}

// Compares every field a summary holds with the summary made from the full parser's customer.
void compareWithFull(const QByteArray &body)
{
    const auto full = json::parseCustomerPage(body);
    QVERIFY2(full.ok(), qPrintable(full.error.message));
    const auto lean = json::parseCustomerSummaryPage(body, true);
    QVERIFY2(lean.ok(), qPrintable(lean.error.message));
    QCOMPARE(lean.value->items.size(), full.value->items.size());
    QCOMPARE(lean.value->pageNumber, full.value->pageNumber);
    QCOMPARE(lean.value->pageSize, full.value->pageSize);
    QCOMPARE(lean.value->totalPages, full.value->totalPages);
    QCOMPARE(lean.value->totalCount, full.value->totalCount);
    QCOMPARE(lean.value->hasPreviousPage, full.value->hasPreviousPage);
    QCOMPARE(lean.value->hasNextPage, full.value->hasNextPage);
    for (qsizetype i = 0; i < lean.value->items.size(); ++i) {
        const CustomerSummary &s = lean.value->items.at(i);
        const CustomerSummary f = CustomerSummary::fromCustomer(full.value->items.at(i));
        QCOMPARE(s.id, f.id);
        QCOMPARE(s.text, f.text);
        for (int k = 0; k < CustomerSummary::FieldCount; ++k)
            QCOMPARE(s.end[k], f.end[k]);
        QCOMPARE(s.resellerId, f.resellerId);
        QCOMPARE(s.createdSecs, f.createdSecs);
        QCOMPARE(s.providerCount, f.providerCount);
        QCOMPARE(s.isDeleted, f.isDeleted);
        QCOMPARE(lean.value->searchText(i), QByteArrayView(CustomerSummary::searchTextOf(f.text)));
    }
}
} // namespace

class TestCustomerSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realisticPage_sameAsFullParser()
    {
        compareWithFull(page);
        const auto lean = json::parseCustomerSummaryPage(page);
        const CustomerSummary &s = lean.value->items.first();
        QCOMPARE(s.field(CustomerSummary::CompanyName), QStringLiteral("Contoso Lda"));
        QCOMPARE(s.field(CustomerSummary::InternalIdentifier), QString()); // null
        QCOMPARE(s.field(CustomerSummary::City), QStringLiteral("Lisboa"));
        QCOMPARE(s.field(CustomerSummary::Email), QStringLiteral("ana@contoso.pt"));
        QCOMPARE(s.providerCount, quint32(1));
        QVERIFY(s.isDeleted);
        QCOMPARE(s.createdSecs, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(lean.value->searchTexts.isEmpty() && lean.value->searchEnds.isEmpty()); // not asked for
        QCOMPARE(lean.value->totalCount, 7);
        QCOMPARE(lean.value->pageNumber, 2);
    }

    // Read in place when the body has room behind it (as the client's page buffers do), copied
    // otherwise: the same summaries either way, whatever lies in the room (here: not JSON).
    void bodyWithRoomBehind_parsedInPlace_sameResult()
    {
        QByteArray roomy(page);
        roomy.reserve(page.size() + 200);
        std::memset(roomy.data() + roomy.size(), '{', size_t(roomy.capacity() - roomy.size()));
        QVERIFY(roomy.capacity() >= page.size() + 64);
        QByteArray tight(page);
        tight.squeeze();
        const auto a = json::parseCustomerSummaryPage(roomy, true);
        const auto b = json::parseCustomerSummaryPage(tight, true);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value->items.size(), b.value->items.size());
        for (qsizetype i = 0; i < a.value->items.size(); ++i) {
            QCOMPARE(a.value->items.at(i).id, b.value->items.at(i).id);
            QCOMPARE(a.value->items.at(i).text, b.value->items.at(i).text);
            QCOMPARE(a.value->searchText(i), b.value->searchText(i));
        }
        // A body cut short with room behind it is an error, not a read of the room.
        QByteArray cut = page.left(page.size() / 2);
        cut.reserve(page.size() + 200);
        std::memset(cut.data() + cut.size(), '}', size_t(cut.capacity() - cut.size()));
        QVERIFY(!json::parseCustomerSummaryPage(cut).ok());
    }

    void createdDate_everyForm_asQDateTimeReadsIt_data()
    {
        QTest::addColumn<QByteArray>("date");
        for (const char *d : {"2024-01-02T03:04:05Z",
                              "2024-01-02T03:04:05.1Z",
                              "2024-01-02T03:04:05.12Z",
                              "2024-01-02T03:04:05.123Z",
                              "2024-01-02T03:04:05.1234567Z",
                              "2024-02-29T00:00:00Z",
                              "2023-02-29T00:00:00Z",
                              "2024-04-31T00:00:00Z",
                              "2024-01-02T03:04:05+05:30",
                              "2024-01-02T03:04:05-08:00",
                              "2024-01-02T03:04:05.5-01:00",
                              "2024-01-02T03:04:05",
                              "2024-01-02",
                              "1969-12-31T23:59:59.500Z",
                              "1900-03-01T12:00:00Z",
                              "0001-01-01T00:00:00Z",
                              "2024-01-02T24:00:00Z",
                              "2024-01-02T23:59:60Z",
                              "2024-01-02T03:04:05+15:00",
                              "2024-13-02T03:04:05Z",
                              "not a date",
                              "",
                              "2024-01-02T03:04:05z",
                              "2024-01-02 03:04:05Z"})
            QTest::newRow(d) << QByteArray(d);
    }
    void createdDate_everyForm_asQDateTimeReadsIt()
    {
        QFETCH(QByteArray, date);
        compareWithFull(pageOf(J("'createdDate':'") + date + J("'")));
    }

    void text_escapesAccentsAndControls_sameAsFullParser()
    {
        compareWithFull(pageOf(J("'companyName':'Caf\\u00e9 \\'Ol\\u00c1\\' \\\\ \\/ \\t',") +
                               J("'city':'S\xc3\xa3o Paulo \xf0\x9f\x8f\xa2','email':'\\u0000x\\u001f',") +
                               J("'country':'\xc4\xb0stanbul','domain':'\\ud83d\\ude00.example'")));
    }

    void duplicateKeys_lastWins_asQJsonObject()
    {
        compareWithFull(pageOf(J("'companyName':'First','companyName':'Second','isDeleted':true,'isDeleted':false")));
        compareWithFull(pageOf(J("'providerCustomers':{'a':{},'b':{},'a':{}}")));
        compareWithFull(pageOf(J("'providerCustomers':{'a':{}},'providerCustomers':null")));
        const QByteArray twoItems = J("{'items':[],'items':[{'id':'") + Id + J("'}],'totalCount':1}");
        compareWithFull(twoItems);
    }

    void escapedKeysAndUuidForms_sameAsFullParser()
    {
        // Keys are read as written unless they hold an escape: an escaped key is the same key, and
        // an instance written two ways is one instance. Key lengths cross the 8-byte scan steps.
        compareWithFull(pageOf(J("'c\\u006fmpanyName':'Escaped','\\u0063ity':'Porto','domai\\u006e':'d.example',") +
                               J("'isDeleted\\u0000':true,'is\\\\Deleted':true,'createdDat\\u0065':'2024-02-29T12:00:00Z'")));
        compareWithFull(
            pageOf(J("'provider\\u0043ustomers':{'ab':{},'a\\u0062':{},'\\u0061b':{},'abcdefgh':{},'abcdefg\\u0068':{},'':{}}")));
        compareWithFull(pageOf(J("'providerCustomers':{'1234567':{},'12345678':{},'123456789':{},'1234567\\u0038':{}}")));
        // UUIDs: upper case, mixed case, and values that are not UUIDs (the full parser's verdict).
        compareWithFull(
            J("{'items':[{'id':'3F2B9C4E-8D1A-4C7E-9B0F-2A6D5E8C1B7A','resellerId':'aBcDeF01-2345-6789-abcd-EF0123456789'}]}"));
        for (const char *bad : {"3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7g", "3f2b9c4e+8d1a-4c7e-9b0f-2a6d5e8c1b7a",
                                "3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7", "{3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a}",
                                "3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b\\u0037a"}) {
            const QByteArray body = pageOf(J("'resellerId':'") + bad + J("'"));
            const auto full = json::parseCustomerPage(body);
            const auto lean = json::parseCustomerSummaryPage(body);
            QCOMPARE(lean.ok(), full.ok());
            if (full.ok())
                compareWithFull(body);
            else
                QCOMPARE(lean.error.message, full.error.message);
        }
    }

    void optionalParts_missingOrNull_sameDefaultsAsFullParser()
    {
        compareWithFull(pageOf({}));
        compareWithFull(pageOf(J("'resellerId':null,'providerCustomers':null,'isDeleted':null,'createdDate':null")));
        compareWithFull(J("{'items':null}"));
        compareWithFull(J("{'items':[]}"));
        compareWithFull(J("{'items':[],'paginationParameters':{'pageNumber':3},'totalCount':9,'totalPages':2.0}"));
        compareWithFull(J("{'items':[],'paginationParameters':null,'hasNextPage':true,'unknown':[1,{'a':[]}]}"));
        compareWithFull(J("  {'items':[]}  \n"));
    }

    void longField_keptWhole()
    {
        // A csv export writes what the list read: a long value must reach it whole (it was once
        // cut at 4,000 bytes without a word).
        QByteArray name;
        for (int i = 0; i < 40000; ++i)
            name += "\xc3\xa9";
        const auto lean = json::parseCustomerSummaryPage(pageOf(J("'companyName':'") + name + J("','city':'Porto'")));
        QVERIFY(lean.ok());
        const CustomerSummary &s = lean.value->items.first();
        QCOMPARE(s.utf8(CustomerSummary::CompanyName).size(), name.size());
        QCOMPARE(s.field(CustomerSummary::CompanyName), QString(40000, QChar(0xe9)));
        QCOMPARE(s.field(CustomerSummary::City), QStringLiteral("Porto"));
        compareWithFull(pageOf(J("'companyName':'") + name + J("'")));
    }

    void deeplyNestedProviderCustomer_bothReadersAgree_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("100") << 100;
        QTest::newRow("600") << 600;
        QTest::newRow("1100") << 1100;
        QTest::newRow("5000") << 5000;
    }
    void deeplyNestedProviderCustomer_bothReadersAgree()
    {
        // A value nested deeper than a reader allows must be refused by both or taken by both: the
        // csv/text output (lean) and the json output (full) once disagreed on the same page.
        QFETCH(int, depth);
        const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
        const QByteArray body =
            pageOf(J("'providerCustomers':{'3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a':{'providerCustomerData':") + nested + "}}");
        const auto full = json::parseCustomerPage(body);
        const auto lean = json::parseCustomerSummaryPage(body, true);
        QCOMPARE(lean.ok(), full.ok());
        if (full.ok())
            compareWithFull(body);
    }

    void searchText_lowerCasedLikeQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("Contoso LDA @ Lisboa 123");
        QTest::newRow("latin") << QStringLiteral("ÁGUA ÇÃO Straße");
        QTest::newRow("turkish") << QStringLiteral("İSTANBUL ıI");
        QTest::newRow("greek") << QStringLiteral("ΣΟΦΊΑ");
        QTest::newRow("emoji") << QStringLiteral("A 🏢 B");
        QTest::newRow("empty") << QString();
    }
    void searchText_lowerCasedLikeQt()
    {
        QFETCH(QString, text);
        QCOMPARE(CustomerSummary::searchTextOf(text.toUtf8()), text.toLower().toUtf8());
    }

    void malformedInsideProviderCustomers_stillListed()
    {
        // The list only counts the entries; the details pane reads the whole customer and says
        // what is wrong with the margin. One bad customer must not hide 100,000 others.
        const QByteArray body = pageOf(J("'providerCustomers':{'a':{'margin':{'value':1,'marginRule':{'name':'Gift'}}}}"));
        QVERIFY(!json::parseCustomerPage(body).ok());
        const auto lean = json::parseCustomerSummaryPage(body);
        QVERIFY(lean.ok());
        QCOMPARE(lean.value->items.first().providerCount, quint32(1));
    }

    void wrongShapes_fullParsersError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << page.left(page.size() / 2);
        QTest::newRow("trailing garbage") << QByteArray(J("{'items':[]} x"));
        QTest::newRow("two documents") << QByteArray(J("{'items':[]}{'items':[]}"));
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no items") << QByteArray(J("{'totalCount':0}"));
        QTest::newRow("items object") << QByteArray(J("{'items':{}}"));
        QTest::newRow("item not object") << QByteArray(J("{'items':[1]}"));
        QTest::newRow("id missing") << QByteArray(J("{'items':[{'companyName':'A'}]}"));
        QTest::newRow("id not uuid") << QByteArray(J("{'items':[{'id':'x'}]}"));
        QTest::newRow("id braces") << pageOf({}).replace(Id, QByteArray("{" + Id + "}"));
        QTest::newRow("name number") << pageOf(J("'companyName':5"));
        QTest::newRow("reseller not uuid") << pageOf(J("'resellerId':'r-1'"));
        QTest::newRow("deleted string") << pageOf(J("'isDeleted':'yes'"));
        QTest::newRow("instances array") << pageOf(J("'providerCustomers':[]"));
        QTest::newRow("instance not object") << pageOf(J("'providerCustomers':{'a':1}"));
        QTest::newRow("negative total") << QByteArray(J("{'items':[],'totalCount':-1}"));
        QTest::newRow("total string") << QByteArray(J("{'items':[],'totalCount':'7'}"));
        QTest::newRow("total fraction") << QByteArray(J("{'items':[],'totalPages':1.5}"));
        QTest::newRow("invalid utf-8") << pageOf(J("'city':'\xff\xfe'"));
    }
    void wrongShapes_fullParsersError()
    {
        QFETCH(QByteArray, body);
        const auto full = json::parseCustomerPage(body);
        const auto lean = json::parseCustomerSummaryPage(body);
        if (full.ok()) {
            // Qt's parser takes a few things simdjson does not (invalid UTF-8 among them): then
            // the lean reader must agree with it, through its fallback.
            compareWithFull(body);
            return;
        }
        QVERIFY(!lean.ok());
        QCOMPARE(lean.error.message, full.error.message);
    }
};

QTEST_GUILESS_MAIN(TestCustomerSummary)
#include "tst_customersummary.moc"
