// `ccadmin internal-id import` as a user runs it: the real binary against a sandbox in this
// process, so that the test can count the writes each customer received (SandboxServer::writeCount)
// and inject faults between the checks and the writes.

#include <sandboxserver.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCliImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;
    QTemporaryDir dir;
    int fileNumber = 0;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    struct Customer
    {
        QUuid id;
        QString company;
        QString internalIdentifier;
        QUuid resellerId;
        bool deleted = false;
    };

    Customer customer(const QUuid &id) const
    {
        const QJsonObject o = QJsonDocument::fromJson(sandbox->customerJson(id)).object();
        return {id, o.value(u"companyName").toString(), o.value(u"internalIdentifier").toString(),
                QUuid::fromString(o.value(u"resellerId").toString()), o.value(u"isDeleted").toBool()};
    }

    // Live CSP customers with an identifier, in generation order; `skip` leaves the first ones to other tests.
    QList<Customer> liveCustomers(int count, int skip)
    {
        QList<Customer> out;
        for (const QUuid &id : sandbox->customerIds()) {
            const Customer c = customer(id);
            if (c.deleted || c.internalIdentifier.isEmpty() || !c.resellerId.isNull())
                continue;
            if (skip-- > 0)
                continue;
            out << c;
            if (out.size() == count)
                break;
        }
        return out;
    }

    QString writeFile(const QByteArray &content)
    {
        const QString path = dir.filePath(u"in%1.csv"_s.arg(++fileNumber));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        e.remove(u"LANGUAGE"_s);
        e.insert(u"CLOUDCOCKPIT_API_URL"_s, sandbox->apiUrl().toString());
        e.insert(u"CLOUDCOCKPIT_TENANT"_s, sandbox->tenant());
        e.insert(u"CLOUDCOCKPIT_TOKEN"_s, sandbox->cspToken());
        return e;
    }

    // The sandbox answers in this thread: the process is waited for with the event loop running.
    void start(QProcess &p, const QStringList &args)
    {
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(CCADMIN_PATH), args);
    }
    Run finish(QProcess &p)
    {
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run run(const QStringList &args)
    {
        QProcess p;
        start(p, args);
        return finish(p);
    }

    static QList<QStringList> readCsv(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> rows;
        // The results hold no line breaks in these tests: a line is a row.
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            QStringList fields;
            QString field;
            bool quoted = false;
            const QString text = QString::fromUtf8(line);
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text.at(i);
                if (quoted && c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = !quoted;
                } else if (c == u',' && !quoted) {
                    fields << field;
                    field.clear();
                } else {
                    field += c;
                }
            }
            fields << field;
            rows << fields;
        }
        return rows;
    }

    // The reseller's own identifier of a customer, as the reseller reads it.
    QString resellerIdentifier(const QUuid &id)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(sandbox->apiUrl().resolved(QUrl(u"/v1/Customers/"_s + id.toString(QUuid::WithoutBraces))));
        req.setRawHeader("X-Tenant", sandbox->tenant().toLatin1());
        req.setRawHeader("Authorization", "Bearer " + sandbox->resellerToken().toLatin1());
        QNetworkReply *reply = nam.get(req);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            qWarning("the sandbox did not answer");
        const QString value = QJsonDocument::fromJson(reply->readAll()).object().value(u"internalIdentifier").toString();
        delete reply;
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        ccsandbox::SandboxOptions o;
        o.customerCount = 1000;
        sandbox = std::make_unique<ccsandbox::SandboxServer>(o);
        QVERIFY(sandbox->listen());
    }

    void dryRun_diffWithCounts_nothingSent()
    {
        const QList<Customer> c = liveCustomers(3, 0);
        const QString path =
            writeFile(("\xEF\xBB\xBF"
                       "Customer ID;New internal identifier\r\n" +
                       c[0].id.toString(QUuid::WithoutBraces) + ";" + c[0].internalIdentifier + "\r\n" +
                       c[1].id.toString(QUuid::WithoutBraces) + ";NEW-DRY\r\n" + c[2].id.toString(QUuid::WithoutBraces) + ";\r\n")
                          .toUtf8());
        const int writes = sandbox->totalWriteCount();
        const Run r = run({u"internal-id"_s, u"import"_s, path, u"--dry-run"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], u"ROW 2  %1 (%2): unchanged (%3)"_s.arg(c[0].company, c[0].id.toString(QUuid::WithoutBraces),
                                                                   c[0].internalIdentifier));
        QCOMPARE(lines[1], u"ROW 3  %1 (%2): %3 → NEW-DRY"_s.arg(c[1].company, c[1].id.toString(QUuid::WithoutBraces),
                                                                 c[1].internalIdentifier));
        QCOMPARE(lines[2], u"ROW 4  %1 (%2): %3 → cleared"_s.arg(c[2].company, c[2].id.toString(QUuid::WithoutBraces),
                                                                 c[2].internalIdentifier));
        QCOMPARE(lines[3], u"1 changed, 1 cleared, 1 unchanged; nothing was sent (--dry-run)."_s);
        QCOMPARE(sandbox->totalWriteCount(), writes);
        QCOMPARE(customer(c[1].id).internalIdentifier, c[1].internalIdentifier);
    }

    void problems_exit2_eachAsRowColumnMessage_nothingSent()
    {
        const QList<Customer> c = liveCustomers(2, 0);
        const QString path =
            writeFile(("id,new\n" + c[0].id.toString(QUuid::WithoutBraces) + ",FINE\n" + c[1].id.toString(QUuid::WithoutBraces) +
                       "," + c[0].internalIdentifier.toLower() + "\nnot-an-id,X\n")
                          .toUtf8());
        const int writes = sandbox->totalWriteCount();
        const Run r = run({u"internal-id"_s, u"import"_s, path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"ROW 4, id: 'not-an-id' is not a customer ID."_s), qPrintable(r.err));
        // The first row frees the value the second takes: no problem there.
        QVERIFY2(!r.err.contains(u"ROW 3"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"nothing was sent"_s));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(sandbox->totalWriteCount(), writes);
    }

    void unmappableHeader_usageErrorNamingTheColumns()
    {
        const QString path = writeFile("name,value\nx,y\n");
        const Run r = run({u"internal-id"_s, u"import"_s, path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"'name', 'value'"_s), qPrintable(r.err));
    }

    void run_faultsAndARejection_eachRowWrittenOnce_everyOutcomeRight()
    {
        // 30 rows of the CSP's own customers, then one for a reseller's relationship whose value
        // another of that reseller's customers holds: only the server knows that, and refuses it.
        const QList<Customer> c = liveCustomers(30, 10);
        QByteArray csv = "Customer ID,New internal identifier,Reseller\n";
        for (int i = 0; i < c.size(); ++i)
            csv += (c[i].id.toString(QUuid::WithoutBraces) + u',' + (i == 7 ? c[i].internalIdentifier : u"BULK-%1"_s.arg(i)) +
                    u",\n")
                       .toUtf8();
        const QUuid reseller = sandbox->resellerIdOfResellerClient();
        QList<QUuid> ofReseller;
        QString taken;
        for (const QUuid &id : sandbox->customerIds()) {
            const Customer rc = customer(id);
            if (rc.resellerId != reseller || rc.deleted)
                continue;
            if (ofReseller.isEmpty()) {
                ofReseller << id;
            } else if (const QString v = resellerIdentifier(id); !v.isEmpty()) {
                ofReseller << id;
                taken = v;
                break;
            }
        }
        QVERIFY(!taken.isEmpty());
        csv +=
            (ofReseller[0].toString(QUuid::WithoutBraces) + u',' + taken + u',' + reseller.toString(QUuid::WithoutBraces) + u'\n')
                .toUtf8();
        const QString path = writeFile(csv);
        const QString results = dir.filePath(u"results-faults.csv"_s);

        // The first two writes lose their answer after the server acted, the next two get 503.
        QVERIFY(sandbox->addFault(u"internal-id:reset@2"_s));
        QVERIFY(sandbox->addFault(u"internal-id:status:503@2"_s));
        const Run r = run({u"internal-id"_s, u"import"_s, path, u"--results"_s, results});
        sandbox->clearFaults();
        QVERIFY2(r.code == 3, qPrintable(r.err));

        const QList<QStringList> rows = readCsv(results);
        QCOMPARE(rows.size(), 1 + 31);
        QCOMPARE(rows[0], (QStringList{u"row"_s, u"customerId"_s, u"company"_s, u"old"_s, u"new"_s, u"outcome"_s, u"httpStatus"_s,
                                       u"correlationId"_s, u"message"_s}));
        QMap<QString, int> outcomes;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &f = rows[i];
            QCOMPARE(f.size(), 9);
            const QUuid id = QUuid::fromString(f[1]);
            const QString outcome = f[5];
            ++outcomes[outcome];
            const QString now = f[0] == u"32"_s ? resellerIdentifier(id) : customer(id).internalIdentifier;
            if (outcome == u"unchanged"_s) {
                QCOMPARE(sandbox->writeCount(id), 0);
                QCOMPARE(now, f[4]);
                continue;
            }
            // Every row that changes something was written exactly once, whatever became of it.
            QCOMPARE(sandbox->writeCount(id), 1);
            QCOMPARE(sandbox->requestCount(f[7]), 1);
            if (outcome == u"changed"_s || outcome == u"checked-changed"_s)
                QCOMPARE(now, f[4]);
            else if (outcome == u"rejected"_s)
                QCOMPARE(now, f[3]);
            else
                QFAIL(qPrintable(u"row %1: unexpected outcome %2"_s.arg(f[0], outcome)));
        }
        QCOMPARE(outcomes.value(u"unchanged"_s), 1);
        QCOMPARE(outcomes.value(u"checked-changed"_s), 2);
        QCOMPARE(outcomes.value(u"rejected"_s), 3);
        QCOMPARE(outcomes.value(u"changed"_s), 31 - 1 - 2 - 3);
        const QStringList last = rows.last();
        QCOMPARE(last[0], u"32"_s);
        QCOMPARE(last[5], u"rejected"_s);
        QCOMPARE(last[6], u"400"_s);
        QVERIFY2(last[8].contains(u"already used"_s), qPrintable(last[8]));
        QVERIFY2(r.err.contains(u"ROW 32: rejected (400)"_s), qPrintable(r.err));
    }

    void interrupted_thenResumed_everyRowWrittenOnceAcrossBothRuns()
    {
        const QList<Customer> c = liveCustomers(16, 50);
        QByteArray csv = "id,new\n";
        for (int i = 0; i < c.size(); ++i)
            csv += (c[i].id.toString(QUuid::WithoutBraces) + u",RESUME-%1\n"_s.arg(i)).toUtf8();
        const QString path = writeFile(csv);
        const QString first = dir.filePath(u"results-first.csv"_s);
        const QString second = dir.filePath(u"results-second.csv"_s);

        QVERIFY(sandbox->addFault(u"internal-id:latency:200"_s));
        const int before = sandbox->totalWriteCount();
        QProcess p;
        start(p, {u"internal-id"_s, u"import"_s, path, u"--concurrency"_s, u"2"_s, u"--results"_s, first});
        QTRY_VERIFY_WITH_TIMEOUT(sandbox->totalWriteCount() >= before + 3, 30000);
        ::kill(pid_t(p.processId()), SIGINT);
        const Run r = finish(p);
        sandbox->clearFaults();
        QVERIFY2(r.code == 6, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"stopping"_s), qPrintable(r.err));
        const QList<QStringList> rows = readCsv(first);
        QCOMPARE(rows.size(), 1 + 16);
        int changed = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QUuid id = QUuid::fromString(rows[i][1]);
            // What was in flight when Ctrl+C came was finished and written down.
            if (rows[i][5] == u"changed"_s) {
                ++changed;
                QCOMPARE(sandbox->writeCount(id), 1);
            } else {
                QCOMPARE(rows[i][5], u"not-sent"_s);
                QCOMPARE(sandbox->writeCount(id), 0);
            }
        }
        QVERIFY(changed >= 3);
        QVERIFY(changed < 16);

        const Run again = run({u"internal-id"_s, u"import"_s, path, u"--resume"_s, first, u"--results"_s, second});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(u"%1 rows done in the earlier run"_s.arg(changed)) ||
                     again.err.contains(u"%1 row(s) done in the earlier run"_s.arg(changed)),
                 qPrintable(again.err));
        const QList<QStringList> resumed = readCsv(second);
        QCOMPARE(resumed.size(), 1 + 16);
        for (int i = 0; i < c.size(); ++i) {
            QCOMPARE(customer(c[i].id).internalIdentifier, u"RESUME-%1"_s.arg(i));
            QCOMPARE(sandbox->writeCount(c[i].id), 1);
        }
        for (qsizetype i = 1; i < resumed.size(); ++i)
            QCOMPARE(resumed[i][5], u"changed"_s);
    }

    void customersListCsv_formulaLookingValue_writtenAsText()
    {
        const Customer c = liveCustomers(1, 80).front();
        const QString path = writeFile(("id,new\n" + c.id.toString(QUuid::WithoutBraces) + ",\"=1+2\"\n").toUtf8());
        const Run set = run({u"internal-id"_s, u"import"_s, path, u"--results"_s, dir.filePath(u"r-formula.csv"_s)});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(customer(c.id).internalIdentifier, u"=1+2"_s);
        const Run list = run({u"customers"_s, u"list"_s, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(list.code, 0);
        const QString line = list.out.split(u'\n').filter(c.id.toString(QUuid::WithoutBraces)).value(0);
        QVERIFY2(line.contains(u",\"'=1+2\","_s), qPrintable(line));
        // JSON is the lossless form.
        const Run json = run({u"customers"_s, u"show"_s, c.id.toString(QUuid::WithoutBraces), u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"internalIdentifier").toString(), u"=1+2"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
