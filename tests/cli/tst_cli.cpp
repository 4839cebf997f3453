// ccadmin as a user's script runs it: the real binary, against `ccadmin sandbox` in another process.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

class TestCli : public QObject
{
    Q_OBJECT

    QProcess sandbox;
    QMap<QString, QString> info;
    QTemporaryDir dir;
    QString everythingPrinted; // every run's stdout and stderr, scanned for secrets at the end

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment baseEnv(bool withToken = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"CLOUDCOCKPIT_API_URL", "CLOUDCOCKPIT_TENANT", "CLOUDCOCKPIT_TOKEN", "CLOUDCOCKPIT_CLIENT_ID",
                                 "CLOUDCOCKPIT_CLIENT_SECRET", "CLOUDCOCKPIT_TOKEN_URL"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("CLOUDCOCKPIT_API_URL"), info.value(QStringLiteral("api-url")));
        env.insert(QStringLiteral("CLOUDCOCKPIT_TENANT"), info.value(QStringLiteral("tenant")));
        if (withToken)
            env.insert(QStringLiteral("CLOUDCOCKPIT_TOKEN"), info.value(QStringLiteral("csp-token")));
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CCADMIN_PATH), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        everythingPrinted += r.out + r.err;
        return r;
    }

    Run run(const QStringList &args) { return run(args, baseEnv()); }

    QJsonArray customersJson(const QStringList &extra = {})
    {
        const Run r = run(QStringList{QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--all"),
                                      QStringLiteral("--format"), QStringLiteral("json")} + extra);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QString instance(bool microsoft)
    {
        const Run r = run({QStringLiteral("provider-instances"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(u"microsoft").toBool() == microsoft)
                return v.toObject().value(u"id").toString();
        return {};
    }

    static QString cidOf(const QString &err)
    {
        for (const QString &line : err.split(u'\n'))
            if (line.startsWith(u"correlation-id: "))
                return line.mid(16).trimmed();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        sandbox.start(QStringLiteral(CCADMIN_PATH), {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                                                    QStringLiteral("--customers"), QStringLiteral("300"), QStringLiteral("--seed"),
                                                    QStringLiteral("7")});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine() || sandbox.state() != QProcess::Running, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(sandbox.peek(1 << 20)).contains(u"reseller-id="), 10000);
        while (sandbox.canReadLine()) {
            const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
            info.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        }
        for (const char *key : {"api-url", "tenant", "csp-token", "reseller-token", "client-id", "client-secret", "token-url"})
            QVERIFY2(!info.value(QString::fromLatin1(key)).isEmpty(), key);
        QVERIFY(info.value(QStringLiteral("api-url")).startsWith(u"http://127.0.0.1:"));
    }

    void cleanupTestCase()
    {
        ::kill(pid_t(sandbox.processId()), SIGTERM);
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
    }

    void customersList_allCsv_everyCustomerOnce()
    {
        const Run r = run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--page-size"), QStringLiteral("70")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"id,companyName,domain"));
        QCOMPARE(lines.size(), 301);
        QSet<QString> ids;
        for (qsizetype i = 1; i < lines.size(); ++i)
            ids.insert(lines[i].section(u',', 0, 0));
        QCOMPARE(ids.size(), 300);
    }

    void customersList_searchAndFilters_narrowTheList()
    {
        const QJsonArray all = customersJson();
        QCOMPARE(all.size(), 300);
        const QJsonArray live = customersJson({QStringLiteral("--exclude-deleted")});
        QVERIFY(live.size() < all.size());
        for (const QJsonValue &v : live)
            QVERIFY(!v.toObject().value(u"isDeleted").toBool());
        const QString domain = all.at(42).toObject().value(u"domain").toString();
        const QJsonArray found = customersJson({QStringLiteral("--search"), domain, QStringLiteral("--field"), QStringLiteral("domain")});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(u"domain").toString(), domain);
        const QJsonArray desc = customersJson({QStringLiteral("--descending")});
        QCOMPARE(desc.first().toObject().value(u"id"), all.last().toObject().value(u"id"));
    }

    void customersList_textFormat_tableWithTotal()
    {
        const Run r = run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--page-size"), QStringLiteral("5")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"5 of 300"));
    }

    void customersShow_providerCustomersWithMargins()
    {
        const QJsonArray all = customersJson();
        QString id;
        for (const QJsonValue &v : all)
            if (!v.toObject().value(u"providerCustomers").toObject().isEmpty())
                id = v.toObject().value(u"id").toString();
        const Run r = run({QStringLiteral("customers"), QStringLiteral("show"), id});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(id));
        QVERIFY(r.out.contains(u"Margin"));
        QVERIFY(r.out.contains(u"Provider instance"));
    }

    void link_microsoftInstance_linkAloneOnStdout()
    {
        const Run r = run({QStringLiteral("link"), QStringLiteral("--provider-instance"), instance(true)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"https://"));
        QCOMPARE(r.out.count(u'\n'), 1);
    }

    void internalId_setThenShow_visibleAndCorrelationIdUsed()
    {
        const QString id = customersJson().at(7).toObject().value(u"id").toString();
        const QString value = QStringLiteral("CLI-%1").arg(QDateTime::currentMSecsSinceEpoch());
        Run r = run({QStringLiteral("internal-id"), QStringLiteral("set"), id, value});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("customers"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"internalIdentifier").toString(), value);
        r = run({QStringLiteral("internal-id"), QStringLiteral("clear"), id});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("customers"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"internalIdentifier").isNull());
    }

    void internalId_usedByAnother_exit3WithFieldLine()
    {
        const QJsonArray all = customersJson({QStringLiteral("--exclude-deleted")});
        QString taken;
        QString other;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            if (!o.value(u"resellerId").isNull())
                continue;
            if (taken.isEmpty() && o.value(u"internalIdentifier").isString())
                taken = o.value(u"internalIdentifier").toString();
            else if (other.isEmpty() && !o.value(u"internalIdentifier").isString())
                other = o.value(u"id").toString();
        }
        const QString cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Run r = run({QStringLiteral("internal-id"), QStringLiteral("set"), other, taken, QStringLiteral("--correlation-id"), cid});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"internalidentifier: "), qPrintable(r.err));
        QCOMPARE(cidOf(r.err), cid);
    }

    void mca_keepPrimary_exit0_andInvalidInput_exit2NothingSent()
    {
        const QString ms = instance(true);
        QString id;
        for (const QJsonValue &v : customersJson({QStringLiteral("--exclude-deleted")}))
            if (v.toObject().value(u"providerCustomers").toObject().contains(ms))
                id = v.toObject().value(u"id").toString();
        QVERIFY(!id.isEmpty());
        Run r = run({QStringLiteral("mca"), QStringLiteral("set"), id, QStringLiteral("--provider-instance"), ms,
                     QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--keep-primary")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = run({QStringLiteral("mca"), QStringLiteral("set"), id, QStringLiteral("--provider-instance"), ms, QStringLiteral("--date"),
                 QDate::currentDate().addDays(3).toString(Qt::ISODate), QStringLiteral("--first-name"), QStringLiteral("A")});
        QCOMPARE(r.code, 2);
        for (const char *field : {"agreementdate: ", "firstname: ", "lastname: ", "email: ", "phone: "})
            QVERIFY2(r.err.contains(QLatin1StringView(field)), qPrintable(r.err));
        QVERIFY(cidOf(r.err).isEmpty());

        r = run({QStringLiteral("mca"), QStringLiteral("set"), id, QStringLiteral("--provider-instance"), ms, QStringLiteral("--keep-primary")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"date: "));
    }

    void providerInstanceAdd_withOfferTypeMargins_created()
    {
        const QString adobe = instance(false);
        QString id;
        for (const QJsonValue &v : customersJson({QStringLiteral("--exclude-deleted")}))
            if (!v.toObject().value(u"providerCustomers").toObject().contains(adobe) && v.toObject().value(u"resellerId").isNull())
                id = v.toObject().value(u"id").toString();
        QFile data(dir.filePath(QStringLiteral("data.json")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(R"({"AccountId": "777"})");
        data.close();
        const Run r = run({QStringLiteral("provider-instance"), QStringLiteral("add"), id, QStringLiteral("--provider-instance"), adobe,
                           QStringLiteral("--margin"), QStringLiteral("12.5"), QStringLiteral("--margin-rule"), QStringLiteral("markup"),
                           QStringLiteral("--offer-type-margin"), QStringLiteral("License=8:Margin"),
                           QStringLiteral("--customer-data"), data.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run show = run({QStringLiteral("customers"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject pc = QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"providerCustomers").toObject().value(adobe).toObject();
        QCOMPARE(pc.value(u"margin").toObject().value(u"value").toDouble(), 12.5);
        QCOMPARE(pc.value(u"offerTypeMargins").toObject().value(u"License").toObject().value(u"marginRule").toObject().value(u"name").toString(),
                 QStringLiteral("Margin"));
    }

    void providerInstanceAdd_badInput_exit2()
    {
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{not json");
        bad.close();
        const Run r = run({QStringLiteral("provider-instance"), QStringLiteral("add"), QStringLiteral("not-a-uuid"),
                           QStringLiteral("--provider-instance"), instance(false), QStringLiteral("--margin"), QStringLiteral("x"),
                           QStringLiteral("--margin-rule"), QStringLiteral("Discount"), QStringLiteral("--offer-type-margin"),
                           QStringLiteral("Nope=3"), QStringLiteral("--customer-data"), bad.fileName()});
        QCOMPARE(r.code, 2);
        for (const char *field : {"customer-id: ", "margin: ", "margin-rule: ", "offer-type-margin: ", "customer-data: "})
            QVERIFY2(r.err.contains(QLatin1StringView(field)), qPrintable(r.err));
    }

    void clientCredentials_fromEnvironment_works_andArgvSecretWarns()
    {
        QProcessEnvironment env = baseEnv(false);
        env.insert(QStringLiteral("CLOUDCOCKPIT_CLIENT_ID"), info.value(QStringLiteral("client-id")));
        env.insert(QStringLiteral("CLOUDCOCKPIT_CLIENT_SECRET"), info.value(QStringLiteral("client-secret")));
        env.insert(QStringLiteral("CLOUDCOCKPIT_TOKEN_URL"), info.value(QStringLiteral("token-url")));
        Run r = run({QStringLiteral("provider-instances"), QStringLiteral("list")}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(!r.err.contains(u"warning"));
        env.remove(QStringLiteral("CLOUDCOCKPIT_CLIENT_SECRET"));
        r = run({QStringLiteral("provider-instances"), QStringLiteral("list"), QStringLiteral("--client-secret"),
                 info.value(QStringLiteral("client-secret"))}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(u"warning"));
        QVERIFY(!r.err.contains(info.value(QStringLiteral("client-secret"))));
        QFile secret(dir.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(info.value(QStringLiteral("client-secret")).toUtf8() + '\n');
        secret.close();
        r = run({QStringLiteral("provider-instances"), QStringLiteral("list"), QStringLiteral("--client-secret-file"), secret.fileName()}, env);
        QCOMPARE(r.code, 0);
    }

    void errors_exitCodes4And5And6()
    {
        QProcessEnvironment env = baseEnv(false);
        env.insert(QStringLiteral("CLOUDCOCKPIT_TOKEN"), QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJyb2xlcyI6WyJjc3AiXX0.bad"));
        Run r = run({QStringLiteral("provider-instances"), QStringLiteral("list")}, env);
        QCOMPARE(r.code, 4);
        QVERIFY(!cidOf(r.err).isEmpty());

        r = run({QStringLiteral("customers"), QStringLiteral("show"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QCOMPARE(r.code, 5);
        QVERIFY(!cidOf(r.err).isEmpty());

        quint16 port;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        r = run({QStringLiteral("provider-instances"), QStringLiteral("list"), QStringLiteral("--api-url"),
                 QStringLiteral("http://127.0.0.1:%1").arg(port)});
        QCOMPARE(r.code, 6);
        QVERIFY(!cidOf(r.err).isEmpty());
    }

    void usage_badInput_exit2NothingSent()
    {
        Run r = run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--api-url"), QStringLiteral("http://example.com")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"api-url: "));
        r = run({QStringLiteral("customers"), QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--no-such-option")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--page-size"), QStringLiteral("2001")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"pagesize: "));
        r = run({QStringLiteral("link"), QStringLiteral("--provider-instance"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"provider-instance: "));
    }

    void zz_afterAFullSession_noSecretOrTokenWasEverPrinted()
    {
        QVERIFY(everythingPrinted.size() > 10000);
        for (const char *key : {"client-secret", "csp-token", "reseller-token", "reseller-client-secret"}) {
            const QString secret = info.value(QString::fromLatin1(key));
            QVERIFY(secret.size() > 16);
            QVERIFY2(!everythingPrinted.contains(secret), key);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
