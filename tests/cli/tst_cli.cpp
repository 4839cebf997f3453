// ccadmin as a user's script runs it: the real binary, against `ccadmin sandbox` in another process.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    QProcess sandbox;
    QMap<QString, QString> info;
    QTemporaryDir dir;
    QString everythingPrinted; // every run's stdout and stderr, scanned for secrets at the end
    QTcpServer silent;         // never answers: shows whether ccadmin sent anything at all

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
                                 "CLOUDCOCKPIT_CLIENT_SECRET", "CLOUDCOCKPIT_TOKEN_URL", "CLOUDCOCKPIT_PROFILE"})
            env.remove(QString::fromLatin1(name));
        // No profile of the developer's own (ccadmin login) may stand in for a tenant a test leaves out.
        static const QTemporaryDir config;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.remove(u"LANGUAGE"_s);
        env.remove(u"LC_NUMERIC"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // messages and numbers as the assertions expect
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
                                      QStringLiteral("--format"), QStringLiteral("json")} +
                          extra);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QString instance(bool microsoft)
    {
        const Run r = run(
            {QStringLiteral("provider-instances"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(u"microsoft").toBool() == microsoft)
                return v.toObject().value(u"id").toString();
        return {};
    }

    QProcessEnvironment silentEnv() const
    {
        QProcessEnvironment env = baseEnv();
        env.insert(u"CLOUDCOCKPIT_API_URL"_s, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
        return env;
    }

    // True when a connection reached the silent server since the last call; by the time a ccadmin
    // run has exited, its connection (if any) is already in the listen backlog, so no wait is needed.
    bool silentWasContacted()
    {
        bool contacted = false;
        while (silent.waitForNewConnection(0) && silent.hasPendingConnections()) {
            contacted = true;
            while (silent.hasPendingConnections())
                delete silent.nextPendingConnection();
        }
        return contacted;
    }

    QString resellerCustomer(const QString &resellerId, bool ownedByIt)
    {
        for (const QJsonValue &v : customersJson({u"--exclude-deleted"_s}))
            if ((v.toObject().value(u"resellerId").toString() == resellerId) == ownedByIt)
                return v.toObject().value(u"id").toString();
        return {};
    }

    // RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks.
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                record << field;
                field.clear();
            } else if (c == u'\n') {
                record << field;
                records << record;
                record.clear();
                field.clear();
            } else if (c != u'\r') {
                field += c;
            }
        }
        if (!field.isEmpty() || !record.isEmpty())
            records << (record << field);
        return records;
    }

    // The id of a request that was sent: "correlation-id: UUID" (a usage problem with the
    // --correlation-id option also starts with "correlation-id: ", but never ends in a UUID).
    static QString cidOf(const QString &err)
    {
        for (const QString &line : err.split(u'\n')) {
            const QString value = line.mid(16).trimmed();
            if (line.startsWith(u"correlation-id: ") && !QUuid::fromString(value).isNull())
                return value;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        // On every address, so that http://0.0.0.0:PORT (not loopback by name, but delivered to
        // this machine) reaches it too if ccadmin ever sent there.
        QVERIFY(silent.listen(QHostAddress::Any, 0));
        sandbox.start(QStringLiteral(CCADMIN_PATH),
                      {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--customers"),
                       QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
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
        const Run r =
            run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
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
        const QJsonArray found =
            customersJson({QStringLiteral("--search"), domain, QStringLiteral("--field"), QStringLiteral("domain")});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(u"domain").toString(), domain);
        const QJsonArray desc = customersJson({QStringLiteral("--descending")});
        QCOMPARE(desc.first().toObject().value(u"id"), all.last().toObject().value(u"id"));
    }

    void customersList_textFormat_tableWithTotal()
    {
        const Run r =
            run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--page-size"), QStringLiteral("5")});
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
        const Run r =
            run({QStringLiteral("internal-id"), QStringLiteral("set"), other, taken, QStringLiteral("--correlation-id"), cid});
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

        r = run({QStringLiteral("mca"), QStringLiteral("set"), id, QStringLiteral("--provider-instance"), ms,
                 QStringLiteral("--date"), QDate::currentDate().addDays(3).toString(Qt::ISODate), QStringLiteral("--first-name"),
                 QStringLiteral("A")});
        QCOMPARE(r.code, 2);
        for (const char *field : {"agreementdate: ", "firstname: ", "lastname: ", "email: ", "phone: "})
            QVERIFY2(r.err.contains(QLatin1StringView(field)), qPrintable(r.err));
        QVERIFY(cidOf(r.err).isEmpty());

        r = run({QStringLiteral("mca"), QStringLiteral("set"), id, QStringLiteral("--provider-instance"), ms,
                 QStringLiteral("--keep-primary")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"date: "));
    }

    void providerInstanceAdd_withOfferTypeMargins_created()
    {
        const QString adobe = instance(false);
        QString id;
        for (const QJsonValue &v : customersJson({QStringLiteral("--exclude-deleted")}))
            if (!v.toObject().value(u"providerCustomers").toObject().contains(adobe) &&
                v.toObject().value(u"resellerId").isNull())
                id = v.toObject().value(u"id").toString();
        QFile data(dir.filePath(QStringLiteral("data.json")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(R"({"AccountId": "777"})");
        data.close();
        const Run r = run({QStringLiteral("provider-instance"), QStringLiteral("add"), id, QStringLiteral("--provider-instance"),
                           adobe, QStringLiteral("--margin"), QStringLiteral("12.5"), QStringLiteral("--margin-rule"),
                           QStringLiteral("markup"), QStringLiteral("--offer-type-margin"), QStringLiteral("License=8:Margin"),
                           QStringLiteral("--customer-data"), data.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run show =
            run({QStringLiteral("customers"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject pc =
            QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"providerCustomers").toObject().value(adobe).toObject();
        QCOMPARE(pc.value(u"margin").toObject().value(u"value").toDouble(), 12.5);
        QCOMPARE(pc.value(u"offerTypeMargins")
                     .toObject()
                     .value(u"License")
                     .toObject()
                     .value(u"marginRule")
                     .toObject()
                     .value(u"name")
                     .toString(),
                 QStringLiteral("Margin"));
    }

    void providerInstanceAdd_badInput_exit2()
    {
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{not json");
        bad.close();
        const Run r =
            run({QStringLiteral("provider-instance"), QStringLiteral("add"), QStringLiteral("not-a-uuid"),
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
                 info.value(QStringLiteral("client-secret"))},
                env);
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(u"warning"));
        QVERIFY(!r.err.contains(info.value(QStringLiteral("client-secret"))));
        QFile secret(dir.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(info.value(QStringLiteral("client-secret")).toUtf8() + '\n');
        secret.close();
        r = run({QStringLiteral("provider-instances"), QStringLiteral("list"), QStringLiteral("--client-secret-file"),
                 secret.fileName()},
                env);
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
        Run r = run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--api-url"),
                     QStringLiteral("http://example.com")});
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

    void operands_wrongCount_usageErrorBeforeAnythingElse_exit2NothingSent()
    {
        // Every command counts its operands, those without any too: a stray word is a mistake, not
        // something to ignore while the request goes out.
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Run r = run({u"link"_s, id, u"--provider-instance"_s, id, u"--timeout"_s, u"1"_s}, silentEnv());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"ccadmin: 'link' takes no operands.\n"_s), qPrintable(r.err));
        QVERIFY(!silentWasContacted());
        r = run({u"provider-instances"_s, u"list"_s, u"all"_s, u"--timeout"_s, u"1"_s}, silentEnv());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"ccadmin: 'provider-instances list' takes no operands.\n"_s), qPrintable(r.err));
        QVERIFY(!silentWasContacted());

        // The count is checked before the connection settings: a missing operand is reported as
        // such, not hidden behind a missing tenant or secret (nor after a prompt for one).
        QProcessEnvironment env = silentEnv();
        env.remove(u"CLOUDCOCKPIT_TENANT"_s);
        env.remove(u"CLOUDCOCKPIT_TOKEN"_s);
        env.insert(u"CLOUDCOCKPIT_CLIENT_ID"_s, id);
        r = run({u"customers"_s, u"show"_s}, env);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, u"ccadmin: usage: ccadmin customers show CUSTOMER_ID\nTry 'ccadmin --help'.\n"_s);
        r = run({u"internal-id"_s, u"set"_s, id}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"ccadmin: usage: ccadmin internal-id set CUSTOMER_ID VALUE"_s), qPrintable(r.err));
        QVERIFY(!silentWasContacted());
    }

    void help_eachCommand_itsOwnUsageAndOptions_exit0()
    {
        const QList<QPair<QStringList, QStringList>> commands = {
            {{u"customers"_s, u"list"_s}, {u"--search"_s, u"--field"_s, u"--exclude-deleted"_s, u"--page-size"_s, u"--all"_s}},
            {{u"customers"_s, u"show"_s}, {u"CUSTOMER_ID"_s, u"--reseller"_s}},
            {{u"provider-instances"_s, u"list"_s}, {}},
            {{u"link"_s}, {u"--provider-instance"_s, u"--reseller"_s}},
            {{u"internal-id"_s, u"set"_s}, {u"CUSTOMER_ID VALUE"_s, u"--reseller"_s}},
            {{u"internal-id"_s, u"clear"_s}, {u"CUSTOMER_ID"_s, u"--reseller"_s}},
            {{u"mca"_s, u"set"_s},
             {u"--date"_s, u"--keep-primary"_s, u"--first-name"_s, u"--last-name"_s, u"--email"_s, u"--phone"_s}},
            {{u"provider-instance"_s, u"add"_s},
             {u"--margin"_s, u"--margin-rule"_s, u"--offer-type-margin"_s, u"--customer-data"_s}},
            {{u"sandbox"_s}, {u"--port"_s, u"--customers"_s, u"--seed"_s}},
        };
        for (const auto &[words, options] : commands) {
            const Run r = run(words + QStringList{u"--help"_s});
            const QString name = words.join(u' ');
            QVERIFY2(r.code == 0, qPrintable(name));
            QVERIFY2(r.out.contains(u"Usage:") && r.out.contains(name), qPrintable(r.out));
            for (const QString &global : {u"--api-url"_s, u"--tenant"_s, u"--token"_s, u"--client-secret-file"_s, u"--format"_s})
                QVERIFY2(r.out.contains(global), qPrintable(name + u' ' + global));
            for (const QString &option : options)
                QVERIFY2(r.out.contains(option), qPrintable(name + u' ' + option));
            // Only its own: the margin options belong to `provider-instance add` alone.
            if (name != u"provider-instance add")
                QVERIFY2(!r.out.contains(u"--margin-rule"), qPrintable(name));
            QVERIFY(r.err.isEmpty());
        }
        Run r = run({u"--help"_s});
        QCOMPARE(r.code, 0);
        for (const char *command : {"customers list", "customers show", "provider-instances list", "link", "internal-id set",
                                    "internal-id clear", "mca set", "provider-instance add", "sandbox"})
            QVERIFY2(r.out.contains(QLatin1StringView(command)), command);
        r = run({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(u"COMMAND"));
        r = run({u"customers"_s, u"list"_s, u"--margin"_s, u"3"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--margin"));
    }

    void globalFlags_withoutEnvironment_work_andTokenOnCommandLineWarns()
    {
        QProcessEnvironment env = baseEnv(false);
        env.remove(u"CLOUDCOCKPIT_TENANT"_s);
        // A flag wins over its variable: the variable points at a server that never answers.
        env.insert(u"CLOUDCOCKPIT_API_URL"_s, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
        Run r = run({u"customers"_s, u"list"_s, u"--page-size"_s, u"3"_s, u"--format"_s, u"json"_s, u"--api-url"_s,
                     info.value(u"api-url"_s), u"--tenant"_s, info.value(u"tenant"_s), u"--token"_s, info.value(u"csp-token"_s)},
                    env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
        QVERIFY(r.err.startsWith(u"warning: "));
        QVERIFY(!silentWasContacted());

        // The same token from the environment: no warning at all.
        env.insert(u"CLOUDCOCKPIT_TOKEN"_s, info.value(u"csp-token"_s));
        r = run({u"customers"_s, u"list"_s, u"--page-size"_s, u"3"_s, u"--api-url"_s, info.value(u"api-url"_s), u"--tenant"_s,
                 info.value(u"tenant"_s)},
                env);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(r.out.contains(u"3 of 300"));
    }

    void resellerToken_seesOnlyItsOwnCustomers_andWritesItsOwnRelationship()
    {
        const QString reseller = info.value(u"reseller-id"_s);
        QProcessEnvironment env = baseEnv(false);
        env.insert(u"CLOUDCOCKPIT_TOKEN"_s, info.value(u"reseller-token"_s));
        Run r = run({u"customers"_s, u"list"_s, u"--all"_s, u"--format"_s, u"json"_s}, env);
        QCOMPARE(r.code, 0);
        const QJsonArray own = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(own.size() > 0 && own.size() < 300);
        for (const QJsonValue &v : own)
            QCOMPARE(v.toObject().value(u"resellerId").toString(), reseller);

        // Another's customer does not exist for it; filtering by reseller is the CSP's privilege.
        r = run({u"customers"_s, u"show"_s, resellerCustomer(reseller, false)}, env);
        QCOMPARE(r.code, 5);
        QVERIFY(!cidOf(r.err).isEmpty());
        r = run({u"customers"_s, u"list"_s, u"--reseller"_s, reseller}, env);
        QCOMPARE(r.code, 4);
        QVERIFY(!cidOf(r.err).isEmpty());

        // Its own internal identifier: it sees it, the CSP's relationship keeps its own.
        const QString id = own.at(0).toObject().value(u"id").toString();
        const QString value = u"RES-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        r = run({u"internal-id"_s, u"set"_s, id, value}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({u"customers"_s, u"show"_s, id, u"--format"_s, u"json"_s}, env);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"internalIdentifier").toString(), value);
        r = run({u"customers"_s, u"show"_s, id, u"--format"_s, u"json"_s});
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"internalIdentifier").toString() != value);

        r = run({u"link"_s, u"--provider-instance"_s, instance(true)}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"https://"));
    }

    void resellerClientCredentials_secretFromFile_actAsTheReseller()
    {
        QFile secret(dir.filePath(u"reseller-secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(info.value(u"reseller-client-secret"_s).toUtf8() + '\n');
        secret.close();
        const Run r = run({u"customers"_s, u"list"_s, u"--page-size"_s, u"2"_s, u"--format"_s, u"json"_s, u"--client-id"_s,
                           info.value(u"reseller-client-id"_s), u"--client-secret-file"_s, secret.fileName(), u"--token-url"_s,
                           info.value(u"token-url"_s)},
                          baseEnv(false));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(u"warning"));
        const QJsonArray page = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(page.size(), 2);
        for (const QJsonValue &v : page)
            QCOMPARE(v.toObject().value(u"resellerId").toString(), info.value(u"reseller-id"_s));
    }

    void internalIdAndLink_cspForAReseller_landInThatRelationship()
    {
        const QString reseller = info.value(u"reseller-id"_s);
        const QString id = resellerCustomer(reseller, true);
        QVERIFY(!id.isEmpty());
        const QString value = u"CSP-FOR-RES-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        Run r = run({u"internal-id"_s, u"set"_s, id, value, u"--reseller"_s, reseller});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({u"customers"_s, u"show"_s, id, u"--reseller"_s, reseller, u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"internalIdentifier").toString(), value);

        // A reseller the customer has no relationship with is the server's to refuse.
        QString other;
        for (const QJsonValue &v : customersJson())
            if (const QString r2 = v.toObject().value(u"resellerId").toString(); !r2.isEmpty() && r2 != reseller)
                other = r2;
        QVERIFY(!other.isEmpty());
        r = run({u"internal-id"_s, u"set"_s, id, value, u"--reseller"_s, other});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"resellerid: "), qPrintable(r.err));
        QVERIFY(!cidOf(r.err).isEmpty());

        r = run({u"internal-id"_s, u"clear"_s, id, u"--reseller"_s, reseller});
        QCOMPARE(r.code, 0);
        r = run({u"customers"_s, u"show"_s, id, u"--reseller"_s, reseller, u"--format"_s, u"json"_s});
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"internalIdentifier").isNull());

        r = run({u"link"_s, u"--provider-instance"_s, instance(true), u"--reseller"_s, reseller});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"https://"));
        QCOMPARE(r.out.count(u'\n'), 1);
    }

    void mca_explicitContact_exit0_andNonMicrosoftInstance_exit3()
    {
        const QString ms = instance(true);
        QString id;
        for (const QJsonValue &v : customersJson({u"--exclude-deleted"_s}))
            if (v.toObject().value(u"providerCustomers").toObject().contains(ms))
                id = v.toObject().value(u"id").toString();
        QVERIFY(!id.isEmpty());
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        Run r =
            run({u"mca"_s, u"set"_s, id, u"--provider-instance"_s, ms, u"--date"_s, today, u"--first-name"_s, u"Ana"_s,
                 u"--last-name"_s, u"Silva"_s, u"--email"_s, u"ana.silva@example.com"_s, u"--phone"_s, u"+351 210 000 000"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err, QString());

        const QString cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r = run({u"mca"_s, u"set"_s, id, u"--provider-instance"_s, instance(false), u"--date"_s, today, u"--keep-primary"_s,
                 u"--correlation-id"_s, cid});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"providerinstanceid: "), qPrintable(r.err));
        QCOMPARE(cidOf(r.err), cid);

        r = run(
            {u"mca"_s, u"set"_s, u"12345"_s, u"--provider-instance"_s, ms, u"--date"_s, u"2024-02-30"_s, u"--keep-primary"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"customer-id: "));
        QVERIFY(r.err.contains(u"date: "));
        QVERIFY(cidOf(r.err).isEmpty());
    }

    void providerInstanceAdd_offerTypeTheInstanceDoesNotSell_exit3()
    {
        // Acronis sells software subscriptions only: a margin for Azure plans is the server's to refuse.
        const QJsonArray instances =
            QJsonDocument::fromJson(run({u"provider-instances"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8()).array();
        QString narrow;
        for (const QJsonValue &v : instances)
            if (!v.toObject().value(u"offerTypes").toArray().contains(u"AzurePlan"_s))
                narrow = v.toObject().value(u"id").toString();
        QVERIFY(!narrow.isEmpty());
        QString id;
        for (const QJsonValue &v : customersJson({u"--exclude-deleted"_s}))
            if (!v.toObject().value(u"providerCustomers").toObject().contains(narrow) &&
                v.toObject().value(u"resellerId").isNull())
                id = v.toObject().value(u"id").toString();
        const Run r = run({u"provider-instance"_s, u"add"_s, id, u"--provider-instance"_s, narrow, u"--margin"_s, u"10"_s,
                           u"--margin-rule"_s, u"MARKUP"_s, u"--offer-type-margin"_s, u"azureplan=5:splitmargin"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"offertypemargins[azureplan]: "), qPrintable(r.err));
        QVERIFY(!cidOf(r.err).isEmpty());
    }

    void clientSideProblems_exit2_nothingReachesTheServer()
    {
        const QProcessEnvironment env = silentEnv();
        const QString customer = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QFile bad(dir.filePath(u"not-json.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[1, 2");
        bad.close();
        QFile array(dir.filePath(u"array.json"_s));
        QVERIFY(array.open(QIODevice::WriteOnly));
        array.write("[1, 2]");
        array.close();
        const QList<QPair<QStringList, QStringList>> cases = {
            {{u"customers"_s, u"show"_s, u"not-a-uuid"_s}, {u"customer-id: "_s}},
            {{u"customers"_s, u"list"_s, u"--reseller"_s, u"{nope}"_s, u"--field"_s, u"color"_s},
             {u"reseller: "_s, u"field: "_s}},
            {{u"customers"_s, u"list"_s, u"--page-size"_s, u"0"_s}, {u"pagesize: "_s}},
            {{u"customers"_s, u"list"_s, u"--search"_s, QString(300, u'x')}, {u"searchvalue: "_s}},
            {{u"link"_s}, {u"provider-instance: "_s}},
            {{u"internal-id"_s, u"set"_s, customer, QString(256, u'x')}, {u"internalidentifier: "_s}},
            {{u"internal-id"_s, u"set"_s, customer, u" "_s}, {u"value: "_s}},
            {{u"mca"_s, u"set"_s, customer, u"--provider-instance"_s, instanceId, u"--keep-primary"_s}, {u"date: "_s}},
            {{u"mca"_s, u"set"_s, customer, u"--provider-instance"_s, instanceId, u"--date"_s,
              QDate::currentDate().addDays(1).toString(Qt::ISODate), u"--keep-primary"_s},
             {u"agreementdate: "_s}},
            {{u"mca"_s, u"set"_s, customer, u"--provider-instance"_s, instanceId, u"--date"_s, u"2024-01-15"_s, u"--email"_s,
              u"not-an-email"_s},
             {u"firstname: "_s, u"lastname: "_s, u"email: "_s, u"phone: "_s}},
            {{u"mca"_s, u"set"_s, customer, u"--provider-instance"_s, instanceId, u"--date"_s, u"2024-01-15"_s,
              u"--keep-primary"_s, u"--phone"_s, u"1"_s},
             {u"keep-primary: "_s}},
            {{u"provider-instance"_s, u"add"_s, customer, u"--provider-instance"_s, instanceId, u"--margin"_s, u"5"_s},
             {u"margin-rule: "_s}},
            {{u"provider-instance"_s, u"add"_s, customer, u"--provider-instance"_s, instanceId, u"--margin"_s, u"5"_s,
              u"--margin-rule"_s, u"Discount"_s},
             {u"margin-rule: "_s}},
            {{u"provider-instance"_s, u"add"_s, customer, u"--provider-instance"_s, instanceId, u"--margin"_s, u"150"_s,
              u"--margin-rule"_s, u"margin"_s, u"--offer-type-margin"_s, u"License=5:Bogus"_s},
             {u"margin.value: "_s, u"offer-type-margin: "_s}},
            {{u"provider-instance"_s, u"add"_s, customer, u"--provider-instance"_s, instanceId, u"--margin"_s, u"5"_s,
              u"--margin-rule"_s, u"Markup"_s, u"--offer-type-margin"_s, u"License=5"_s, u"--offer-type-margin"_s,
              u"license=6"_s},
             {u"offertypemargins[license]: "_s}},
            {{u"provider-instance"_s, u"add"_s, customer, u"--provider-instance"_s, instanceId, u"--margin"_s, u"5"_s,
              u"--margin-rule"_s, u"Markup"_s, u"--customer-data"_s, bad.fileName()},
             {u"customer-data: "_s}},
            {{u"provider-instance"_s, u"add"_s, customer, u"--provider-instance"_s, instanceId, u"--margin"_s, u"5"_s,
              u"--margin-rule"_s, u"Markup"_s, u"--customer-data"_s, array.fileName()},
             {u"customer-data: "_s}},
            {{u"provider-instance"_s, u"add"_s, customer, u"--provider-instance"_s, instanceId, u"--margin"_s, u"5"_s,
              u"--margin-rule"_s, u"Markup"_s, u"--customer-data"_s, dir.filePath(u"missing.json"_s)},
             {u"customer-data: "_s}},
            {{u"customers"_s, u"list"_s, u"--correlation-id"_s, u"abc"_s}, {u"correlation-id: "_s}},
            {{u"customers"_s, u"list"_s, u"--timeout"_s, u"soon"_s}, {u"timeout: "_s}},
            {{u"customers"_s, u"list"_s, u"--format"_s, u"xml"_s}, {u"--format"_s}},
        };
        for (const auto &[args, expected] : cases) {
            const Run r = run(args, env);
            const QString what = args.join(u' ').left(120);
            QVERIFY2(r.code == 2, qPrintable(what + u" -> " + QString::number(r.code) + u'\n' + r.err));
            for (const QString &line : expected)
                QVERIFY2(r.err.contains(line), qPrintable(what + u" lacks " + line + u'\n' + r.err));
            QVERIFY2(cidOf(r.err).isEmpty(), qPrintable(what));
            QVERIFY2(r.out.isEmpty(), qPrintable(what));
            QVERIFY2(!silentWasContacted(), qPrintable(what));
        }
    }

    void plainHttp_nonLoopbackHost_exit2NothingSent()
    {
        // 0.0.0.0 is delivered to this machine, where the silent server listens on every address;
        // by name it is not loopback, so plain http must be refused before anything is sent.
        const Run r = run({u"customers"_s, u"list"_s, u"--api-url"_s, u"http://0.0.0.0:%1"_s.arg(silent.serverPort())});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"api-url: "));
        QVERIFY(cidOf(r.err).isEmpty());
        QVERIFY(!silentWasContacted());
        // The token endpoint likewise.
        QProcessEnvironment env = baseEnv(false);
        env.insert(u"CLOUDCOCKPIT_CLIENT_ID"_s, info.value(u"client-id"_s));
        env.insert(u"CLOUDCOCKPIT_CLIENT_SECRET"_s, info.value(u"client-secret"_s));
        env.insert(u"CLOUDCOCKPIT_TOKEN_URL"_s, u"http://0.0.0.0:%1/token"_s.arg(silent.serverPort()));
        const Run t = run({u"provider-instances"_s, u"list"_s}, env);
        QCOMPARE(t.code, 2);
        QVERIFY(t.err.contains(u"token-url: "));
        QVERIFY(!silentWasContacted());
    }

    void timeout_serverNeverAnswers_exit6WithTheGivenCorrelationId()
    {
        const QString cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QElapsedTimer clock;
        clock.start();
        const Run r = run({u"internal-id"_s, u"set"_s, QUuid::createUuid().toString(QUuid::WithoutBraces), u"X-1"_s,
                           u"--timeout"_s, u"1"_s, u"--correlation-id"_s, cid},
                          silentEnv());
        QCOMPARE(r.code, 6);
        QCOMPARE(cidOf(r.err), cid);
        QVERIFY(silentWasContacted()); // the request did go out: the silent server is a fair witness
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    }

    void notFound_givenCorrelationId_isThePrintedOne()
    {
        const QString cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Run r =
            run({u"customers"_s, u"show"_s, QUuid::createUuid().toString(QUuid::WithoutBraces), u"--correlation-id"_s, cid});
        QCOMPARE(r.code, 5);
        QCOMPARE(cidOf(r.err), cid);
        QVERIFY(r.out.isEmpty());
    }

    void customersList_allCsvRecords_matchTheJsonAndQuoteSpecialCharacters()
    {
        // An internal identifier with a comma, quotes and a line break must survive CSV as one field.
        const QString id = resellerCustomer(info.value(u"reseller-id"_s), false);
        const QString value = u"Q,\"%1\"\nline 2"_s.arg(QDateTime::currentMSecsSinceEpoch());
        Run r = run({u"internal-id"_s, u"set"_s, id, value});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = run({u"customers"_s, u"list"_s, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        const QList<QStringList> records = parseCsv(r.out);
        const QJsonArray all = customersJson();
        QCOMPARE(records.size(), all.size() + 1);
        const QStringList header = records.first();
        const qsizetype idColumn = header.indexOf(u"id"_s);
        const qsizetype nameColumn = header.indexOf(u"companyName"_s);
        const qsizetype internalColumn = header.indexOf(u"internalIdentifier"_s);
        QVERIFY(idColumn >= 0 && nameColumn >= 0 && internalColumn >= 0);
        bool seen = false;
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), header.size());
            const QJsonObject c = all.at(i - 1).toObject();
            QCOMPARE(records[i][idColumn], c.value(u"id").toString());
            QCOMPARE(records[i][nameColumn], c.value(u"companyName").toString());
            QCOMPARE(records[i][internalColumn], c.value(u"internalIdentifier").toString());
            seen = seen || records[i][internalColumn] == value;
        }
        QVERIFY(seen);

        // In a text table the line break is shown, not obeyed: one line per customer.
        r = run({u"customers"_s, u"list"_s, u"--search"_s, value.left(12), u"--field"_s, u"internal-id"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 3); // header, the customer, the total
        QVERIFY(r.out.contains(u"1 of 1"));

        r = run({u"internal-id"_s, u"clear"_s, id});
        QCOMPARE(r.code, 0);
    }

    void customersList_allText_everyPageAndTheTotal()
    {
        const Run r = run({u"customers"_s, u"list"_s, u"--all"_s, u"--page-size"_s, u"40"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 302); // header, 300 customers, total
        QVERIFY(r.out.trimmed().endsWith(u"300 of 300 customer(s)"));
    }

    void customersShow_germanLocale_numbersInGermanForm()
    {
        QString id;
        double margin = 0;
        for (const QJsonValue &v : customersJson()) {
            const QJsonObject pcs = v.toObject().value(u"providerCustomers").toObject();
            for (const QJsonValue &pc : pcs) {
                const double value = pc.toObject().value(u"margin").toObject().value(u"value").toDouble();
                if (value != 0 && id.isEmpty()) {
                    id = v.toObject().value(u"id").toString();
                    margin = value;
                }
            }
        }
        QVERIFY(!id.isEmpty());
        Run r = run({u"customers"_s, u"show"_s, id});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLocale::c().toString(margin, 'f', 2) + u" %"), qPrintable(r.out));

        QProcessEnvironment env = baseEnv();
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        r = run({u"customers"_s, u"show"_s, id}, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLocale(QLocale::German, QLocale::Germany).toString(margin, 'f', 2) + u" %"), qPrintable(r.out));
    }

    // Text output names margin rules and offer types as people read them, in their language;
    // JSON keeps the wire names scripts match on.
    void customersShow_german_ruleAndOfferTypeNamesTranslated_jsonKeepsWireNames()
    {
        const QMap<QString, QString> germanRule{{u"Markup"_s, u"Aufschlag"_s},
                                                {u"Margin"_s, u"Marge"_s},
                                                {u"SplitMargin"_s, u"Geteilte Marge"_s},
                                                {u"ErpMinusDiscount"_s, u"ERP minus Rabatt"_s}};
        QString id, rule;
        for (const QJsonValue &v : customersJson()) {
            const QJsonObject pcs = v.toObject().value(u"providerCustomers").toObject();
            for (const QJsonValue &pc : pcs) {
                const QJsonObject o = pc.toObject();
                const QString name = o.value(u"margin").toObject().value(u"marginRule").toObject().value(u"name").toString();
                // A rule whose wire name differs from the English display name, and an offer-type margin.
                if (id.isEmpty() && (name == u"SplitMargin" || name == u"ErpMinusDiscount") &&
                    !o.value(u"offerTypeMargins").toObject().isEmpty()) {
                    id = v.toObject().value(u"id").toString();
                    rule = name;
                }
            }
        }
        QVERIFY(!id.isEmpty());
        QProcessEnvironment env = baseEnv();
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        Run r = run({u"customers"_s, u"show"_s, id}, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(germanRule.value(rule)), qPrintable(r.out));
        for (const char *wire : {"Markup", "SplitMargin", "ErpMinusDiscount", "SoftwareSubscription", "PerpetualSoftware",
                                 "AzurePlan", "AzureReservation", "AzureSavingsPlan", "LicenseLegacy", "AzureLegacy"})
            QVERIFY2(!r.out.contains(QLatin1StringView(wire)), qPrintable(r.out));
        r = run({u"customers"_s, u"show"_s, id, u"--format"_s, u"json"_s}, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(rule), qPrintable(r.out));
    }

    void sandbox_sigint_stopsCleanlyWithExit0()
    {
        QProcess second;
        second.start(QStringLiteral(CCADMIN_PATH), {u"sandbox"_s, u"--customers"_s, u"0"_s});
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(second.peek(1 << 16)).contains(u"reseller-id="), 10000);
        const QStringList lines = QString::fromUtf8(second.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList keys = {u"api-url"_s,   u"tenant"_s,        u"csp-token"_s, u"reseller-token"_s,
                                  u"client-id"_s, u"client-secret"_s, u"token-url"_s};
        for (qsizetype i = 0; i < keys.size(); ++i)
            QVERIFY2(lines.value(i).startsWith(keys[i] + u'='), qPrintable(lines.value(i))); // in the documented order
        ::kill(pid_t(second.processId()), SIGINT);
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        // A port in use is a failure to start, not a hang.
        QProcess third;
        third.start(QStringLiteral(CCADMIN_PATH),
                    {u"sandbox"_s, u"--port"_s, QString::number(silent.serverPort()), u"--customers"_s, u"0"_s});
        QVERIFY(third.waitForFinished(10000));
        QCOMPARE(third.exitCode(), 6);
        third.start(QStringLiteral(CCADMIN_PATH), {u"sandbox"_s, u"--customers"_s, u"100001"_s});
        QVERIFY(third.waitForFinished(10000));
        QCOMPARE(third.exitCode(), 2);
        QVERIFY(third.readAllStandardError().contains("customers: "));
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
