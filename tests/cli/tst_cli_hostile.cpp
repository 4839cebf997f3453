// The real ccadmin binary against a server we do not control (tests/support/hostilepeer.h): pages
// that never end, repeat or lie about their count; text built to forge ccadmin's own lines or to
// drive the terminal; files and numbers no one should feed it. Each once made ccadmin lie, loop,
// leak or eat memory.

#include <fakejwt.h>
#include <hostilepeer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString Token = fakeCspJwt();

QByteArray json200(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

QJsonObject customer(const QUuid &id, const QString &name)
{
    return QJsonObject{{u"id"_s, id.toString(QUuid::WithoutBraces)},
                       {u"companyName"_s, name},
                       {u"country"_s, u"PT"_s},
                       {u"providerCustomers"_s, QJsonObject{}}};
}

QByteArray page(const QJsonArray &items, int pageNumber, int totalPages, int totalCount, bool hasNext)
{
    const QJsonObject o{{u"items"_s, items},
                        {u"paginationParameters"_s, QJsonObject{{u"pageNumber"_s, pageNumber}, {u"pageSize"_s, 2000}}},
                        {u"totalPages"_s, totalPages},
                        {u"totalCount"_s, totalCount},
                        {u"hasPreviousPage"_s, pageNumber > 1},
                        {u"hasNextPage"_s, hasNext}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int pageNumberOf(const QByteArray &path)
{
    return QUrlQuery(QUrl(QString::fromLatin1(path)).query()).queryItemValue(u"pageNumber"_s).toInt();
}

bool hasRawControl(const QString &text)
{
    for (QChar c : text)
        if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0) ||
            (c.unicode() >= 0x202a && c.unicode() <= 0x202e) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069))
            return true;
    return false;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<HostilePeer> peer;
    QTemporaryDir dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // The peer answers on this thread: wait with the event loop running, never block it.
    Run run(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"CLOUDCOCKPIT_CLIENT_ID", "CLOUDCOCKPIT_CLIENT_SECRET", "CLOUDCOCKPIT_TOKEN_URL", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"CLOUDCOCKPIT_API_URL"_s, peer->url());
        env.insert(u"CLOUDCOCKPIT_TENANT"_s, u"portal.example.com"_s);
        env.insert(u"CLOUDCOCKPIT_TOKEN"_s, Token);
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(env);
        QByteArray out;
        connect(&p, &QProcess::readyReadStandardOutput, this, [&] {
            out += p.readAllStandardOutput();
            if (out.size() > (64 << 20))
                p.kill(); // a run that never ends must not take the test with it
        });
        p.start(QStringLiteral(CCADMIN_PATH), args);
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        out += p.readAllStandardOutput();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(out);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void init()
    {
        peer = std::make_unique<HostilePeer>();
        QVERIFY(peer->start());
    }

    void cleanup() { peer.reset(); }

    // --- 2. Paging sanity ------------------------------------------------------------------------

    void list_serverClaimsEndlessPages_stopsAtHasNextPageFalse()
    {
        // Every page says there are 2^31-1 pages, but the second says it is the last.
        peer->setDefault([](QTcpSocket *socket, const HostilePeer::Request &request) {
            const int n = pageNumberOf(request.path);
            QJsonArray items{customer(QUuid::createUuid(), u"Page %1"_s.arg(n))};
            socket->write(json200(page(items, n, 2147483647, 2147483647, n < 2)));
        });
        const Run r = run({u"customers"_s, u"list"_s, u"--all"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.code != -1, qPrintable(r.err));
        // 2^31-1 customers is past any limit: refused up front with the limit named, not fetched.
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(u"more than the 1,000,000"_s) || r.err.contains(u"more than the 10,000"_s), qPrintable(r.err));
        QVERIFY2(peer->requests().size() <= 1, qPrintable(QString::number(peer->requests().size())));
    }

    void list_hasNextPageFalseBeforeTotalPages_stopsThere()
    {
        peer->setDefault([](QTcpSocket *socket, const HostilePeer::Request &request) {
            const int n = pageNumberOf(request.path);
            QJsonArray items;
            for (int i = 0; i < 3; ++i)
                items.append(customer(QUuid::createUuid(), u"Page %1 #%2"_s.arg(n).arg(i)));
            socket->write(json200(page(items, n, 50, 100000, n < 2)));
        });
        const Run r = run({u"customers"_s, u"list"_s, u"--all"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 6);
    }

    void list_emptyPage_endsTheListing()
    {
        peer->setDefault([](QTcpSocket *socket, const HostilePeer::Request &request) {
            const int n = pageNumberOf(request.path);
            QJsonArray items;
            if (n <= 2)
                items.append(customer(QUuid::createUuid(), u"Page %1"_s.arg(n)));
            socket->write(json200(page(items, n, 8, 16000, true)));
        });
        const Run r = run({u"customers"_s, u"list"_s, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 1 + 2); // header and the two customers
        QVERIFY(peer->requests().size() <= 8);
    }

    void list_totalPagesBeyondTotalCount_notFetched()
    {
        peer->setDefault([](QTcpSocket *socket, const HostilePeer::Request &request) {
            const int n = pageNumberOf(request.path);
            socket->write(json200(page({customer(QUuid::createUuid(), u"Page %1"_s.arg(n))}, n, 9000, 1, true)));
        });
        const Run r = run({u"customers"_s, u"list"_s, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(peer->requests().size(), 1); // one customer fits on the first page
        QCOMPARE(r.out.count(u'\n'), 2);
    }

    void list_repeatedPages_eachCustomerOnceAndReported()
    {
        // A server whose pages slip (or that ignores pageNumber) sends the same customers again.
        const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
        peer->setDefault([a, b](QTcpSocket *socket, const HostilePeer::Request &request) {
            const int n = pageNumberOf(request.path);
            socket->write(json200(page({customer(a, u"Alpha"_s), customer(b, u"Beta"_s)}, n, 3, 6000, n < 3)));
        });
        for (const QString &format : {u"csv"_s, u"json"_s}) {
            const Run r = run({u"customers"_s, u"list"_s, u"--all"_s, u"--format"_s, format});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out.count(a.toString(QUuid::WithoutBraces)), 1);
            QCOMPARE(r.out.count(b.toString(QUuid::WithoutBraces)), 1);
            QVERIFY2(r.err.contains(u"4 customer"_s) && r.err.contains(u"more than once"_s), qPrintable(r.err));
        }
    }

    // --- 4. Nothing from outside reaches the terminal raw ------------------------------------------

    void serverError_forgedLinesAndEscapes_printedAsData()
    {
        const QUuid forged = QUuid::createUuid();
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {u"type"_s, u"Validation\u001b[2J"_s},
                    {u"description"_s,
                     u"Bad\ncorrelation-id: %1\r\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\ \u202eedoc"_s.arg(
                         forged.toString(QUuid::WithoutBraces))},
                    {u"correlationId"_s, u"x\ninternalidentifier: forged"_s},
                    {u"errors"_s, QJsonObject{{u"Internal\nIdentifier"_s, QJsonArray{u"no\u001b[31m"_s}}}}})
                .toJson(QJsonDocument::Compact);
        peer->setDefault(HostilePeer::raw("HTTP/1.1 400 Bad\r\nContent-Type: application/json\r\nContent-Length: " +
                                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body));
        const Run r = run({u"internal-id"_s, u"set"_s, QUuid::createUuid().toString(QUuid::WithoutBraces), u"ERP-1"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(!hasRawControl(r.err), qPrintable(r.err));
        // Only ccadmin's own lines start a line: the forged ones are inside another.
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.filter(QRegularExpression(u"^correlation-id: "_s)).size(), 1);
        QVERIFY(!r.err.contains(u"\ncorrelation-id: "_s + forged.toString(QUuid::WithoutBraces)));
        QVERIFY(!r.err.contains(u"\ninternalidentifier: forged"_s));
    }

    void link_notHttps_notPrinted_exit6()
    {
        const QUuid instance = QUuid::createUuid();
        for (const QByteArray &link : {QByteArray("\"javascript:alert(1)\""), QByteArray("\"http://partner.example/invite\""),
                                       QByteArray("\"https://admin.microsoft.com/x\\u001b]8;;https://evil.example\\u0007\""),
                                       QByteArray("\"https://user:pw@admin.microsoft.com/\"")}) {
            peer->enqueue(HostilePeer::raw(json200(link)));
            const Run r = run({u"link"_s, u"--provider-instance"_s, instance.toString(QUuid::WithoutBraces)});
            QVERIFY2(r.code == 6, qPrintable(QString::fromLatin1(link) + u" -> "_s + QString::number(r.code) + r.out));
            QVERIFY(r.out.isEmpty());
            QVERIFY(!hasRawControl(r.err));
        }
        peer->enqueue(HostilePeer::raw(
            json200("\"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=1\"")));
        const Run ok = run({u"link"_s, u"--provider-instance"_s, instance.toString(QUuid::WithoutBraces)});
        QCOMPARE(ok.code, 0);
        QCOMPARE(ok.out, u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=1\n"_s);
    }

    // --- A write whose answer was lost -------------------------------------------------------------

    void lostAnswer_readBack_saysWhichAndNeverResends_data()
    {
        QTest::addColumn<QString>("serverHas"); // the identifier the read-back finds; empty: the read fails
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("applied") << u"ERP-4711"_s << 0 << u"outcome: applied"_s;
        QTest::newRow("not applied") << u"OLD-1"_s << 6 << u"outcome: not-applied"_s;
        QTest::newRow("read fails too") << QString() << 6 << u"outcome: unknown"_s;
    }
    void lostAnswer_readBack_saysWhichAndNeverResends()
    {
        QFETCH(QString, serverHas);
        QFETCH(int, code);
        QFETCH(QString, outcome);
        const QUuid id = QUuid::createUuid();
        // The PATCH is read, then the connection drops without an answer.
        peer->enqueue([](QTcpSocket *socket, const HostilePeer::Request &) { socket->abort(); });
        QJsonObject c = customer(id, u"Contoso Lda"_s);
        c.insert(u"internalIdentifier"_s, serverHas);
        if (serverHas.isEmpty())
            peer->setDefault(HostilePeer::raw("HTTP/1.1 500 Oops\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
        else
            peer->setDefault(HostilePeer::raw(json200(QJsonDocument(c).toJson(QJsonDocument::Compact))));
        const Run r = run({u"internal-id"_s, u"set"_s, id.toString(QUuid::WithoutBraces), u"ERP-4711"_s});
        QVERIFY2(r.code == code, qPrintable(QString::number(r.code) + r.err));
        QVERIFY2(r.err.contains(u"may or may not have been made"_s), qPrintable(r.err));
        QVERIFY2(r.err.split(u'\n').contains(outcome), qPrintable(r.err));
        QCOMPARE(r.err.count(u"outcome: "_s), 1);
        int patches = 0;
        for (const auto &request : peer->requests())
            patches += request.method == "PATCH";
        QCOMPARE(patches, 1);
    }

    // --- 3 and 5. Bounded reads, honest numbers --------------------------------------------------

    void clientSecretFile_endlessDevice_refusedWithTheLimit()
    {
        const Run r = run({u"customers"_s, u"list"_s, u"--client-id"_s, u"id"_s, u"--client-secret-file"_s, u"/dev/zero"_s},
                          {{u"CLOUDCOCKPIT_TOKEN"_s, QString()}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"client-secret-file: /dev/zero is larger than 64 KiB"_s), qPrintable(r.err));
        QCOMPARE(peer->requests().size(), 0);
    }

    void customerData_overTheCap_saysSo()
    {
        QFile f(dir.filePath(u"big.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"domain\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}");
        f.close();
        const Run r = run({u"provider-instance"_s, u"add"_s, QUuid::createUuid().toString(QUuid::WithoutBraces),
                           u"--provider-instance"_s, QUuid::createUuid().toString(QUuid::WithoutBraces), u"--margin"_s, u"5"_s,
                           u"--margin-rule"_s, u"Markup"_s, u"--customer-data"_s, f.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"is larger than 1 MiB"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"unterminated"_s));
        QCOMPARE(peer->requests().size(), 0);
    }

    void timeout_notAPlainNumber_exit2()
    {
        for (const QString &bad : {u"nan"_s, u"inf"_s, u"1e3"_s, u"0x10"_s, u"-1"_s, u"0"_s, u"3601"_s, u""_s, u"2,5"_s}) {
            const Run r = run({u"customers"_s, u"list"_s, u"--timeout"_s, bad});
            QVERIFY2(r.code == 2, qPrintable(bad + u": "_s + QString::number(r.code)));
            QVERIFY(r.err.contains(u"timeout: "_s));
        }
        QCOMPARE(peer->requests().size(), 0);
    }

    void csv_longField_exportedWhole()
    {
        const QString longName = QString(10000, u'é') + u" Lda"_s;
        peer->setDefault(HostilePeer::raw(json200(page({customer(QUuid::createUuid(), longName)}, 1, 1, 1, false))));
        const Run r = run({u"customers"_s, u"list"_s, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(longName));
    }
};

QTEST_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
