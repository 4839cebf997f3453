// The staffer's commands of #17 as a user's script runs them: the real ccadmin against
// `ccadmin sandbox` in another process — resellers, margins set, mca list/show/refresh, and the
// reseller names of text output — each output format, exit code and error line.

#include <hostilepeer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// A `ccadmin sandbox` process and the connection it printed.
struct Sandbox
{
    QProcess process;
    QMap<QString, QString> info;

    bool start(const QStringList &extra)
    {
        process.start(QStringLiteral(CCADMIN_PATH),
                      QStringList{u"sandbox"_s, u"--port"_s, u"0"_s, u"--customers"_s, u"120"_s, u"--seed"_s, u"5"_s} + extra);
        if (!process.waitForStarted())
            return false;
        // Its last line is reseller-id=; wait for it as output arrives.
        while (!QString::fromUtf8(process.peek(1 << 20)).contains(u"reseller-id=")) {
            if (process.state() != QProcess::Running || !process.waitForReadyRead(10000))
                return false;
        }
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            info.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        }
        return !info.value(u"api-url"_s).isEmpty();
    }

    bool stop()
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
};

} // namespace

class TestCliStaffer : public QObject
{
    Q_OBJECT

    Sandbox sandbox;
    QTcpServer silent; // never answers: shows whether ccadmin sent anything at all

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static QProcessEnvironment envFor(const Sandbox &s, const QString &tokenKey = u"csp-token"_s)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"CLOUDCOCKPIT_API_URL", "CLOUDCOCKPIT_TENANT", "CLOUDCOCKPIT_TOKEN", "CLOUDCOCKPIT_CLIENT_ID",
                                 "CLOUDCOCKPIT_CLIENT_SECRET", "CLOUDCOCKPIT_TOKEN_URL"})
            env.remove(QString::fromLatin1(name));
        env.remove(u"LANGUAGE"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // messages as the assertions expect
        env.insert(u"CLOUDCOCKPIT_API_URL"_s, s.info.value(u"api-url"_s));
        env.insert(u"CLOUDCOCKPIT_TENANT"_s, s.info.value(u"tenant"_s));
        env.insert(u"CLOUDCOCKPIT_TOKEN"_s, s.info.value(tokenKey));
        return env;
    }

    static Run run(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CCADMIN_PATH), args);
        Run r;
        if (!p.waitForFinished(60000)) {
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

    Run run(const QStringList &args) { return run(args, envFor(sandbox)); }

    QJsonArray jsonArray(const QStringList &args, const QProcessEnvironment &env)
    {
        const Run r = run(args + QStringList{u"--format"_s, u"json"_s}, env);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonArray jsonArray(const QStringList &args) { return jsonArray(args, envFor(sandbox)); }

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

    QProcessEnvironment silentEnv() const
    {
        QProcessEnvironment env = envFor(sandbox);
        env.insert(u"CLOUDCOCKPIT_API_URL"_s, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
        return env;
    }

    // A direct customer (the CSP's own relationship) in a non-Microsoft instance that sells offer
    // types, with that instance's ID and offer types.
    struct Relationship
    {
        QString customer;
        QString instance;
        QStringList offerTypes;
    };
    Relationship directRelationship(const QProcessEnvironment &env)
    {
        QMap<QString, QStringList> sells;
        for (const QJsonValue &v : jsonArray({u"provider-instances"_s, u"list"_s}, env)) {
            const QJsonObject o = v.toObject();
            if (!o.value(u"microsoft").toBool() && !o.value(u"offerTypes").toArray().isEmpty())
                for (const QJsonValue &t : o.value(u"offerTypes").toArray())
                    sells[o.value(u"id").toString()] << t.toString();
        }
        for (const QJsonValue &v : jsonArray({u"customers"_s, u"list"_s, u"--all"_s, u"--exclude-deleted"_s}, env)) {
            const QJsonObject c = v.toObject();
            if (!c.value(u"resellerId").isNull())
                continue;
            const QJsonObject pcs = c.value(u"providerCustomers").toObject();
            for (auto it = pcs.begin(); it != pcs.end(); ++it)
                if (sells.contains(it.key()))
                    return {c.value(u"id").toString(), it.key(), sells.value(it.key())};
        }
        return {};
    }

    static QString cidOf(const QString &err)
    {
        for (const QString &line : err.split(u'\n'))
            if (line.startsWith(u"correlation-id: ") && !QUuid::fromString(line.mid(16).trimmed()).isNull())
                return line.mid(16).trimmed();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QVERIFY(sandbox.start({}));
    }

    void cleanupTestCase() { QVERIFY(sandbox.stop()); }

    void help_newCommands_ownUsageAndOptions()
    {
        const QList<QPair<QStringList, QStringList>> commands = {
            {{u"resellers"_s, u"list"_s}, {}},
            {{u"margins"_s, u"set"_s},
             {u"CUSTOMER_ID"_s, u"--provider-instance"_s, u"--margin"_s, u"--margin-rule"_s, u"--offer-type-margin"_s,
              u"--reseller"_s}},
            {{u"mca"_s, u"list"_s}, {u"--status"_s, u"--search"_s, u"--exclude-compliant"_s, u"--all"_s}},
            {{u"mca"_s, u"show"_s}, {u"CUSTOMER_ID"_s, u"--provider-instance"_s}},
            {{u"mca"_s, u"refresh"_s}, {u"CUSTOMER_ID"_s, u"--provider-instance"_s}},
        };
        for (const auto &[words, options] : commands) {
            const Run r = run(words + QStringList{u"--help"_s});
            const QString name = words.join(u' ');
            QVERIFY2(r.code == 0, qPrintable(name));
            QVERIFY2(r.out.contains(u"Usage:") && r.out.contains(name), qPrintable(r.out));
            for (const QString &option : options)
                QVERIFY2(r.out.contains(option), qPrintable(name + u' ' + option));
            QVERIFY(r.err.isEmpty());
        }
        const Run r = run({u"--help"_s});
        for (const char *command :
             {"resellers list", "margins set CUSTOMER_ID", "mca list", "mca show CUSTOMER_ID", "mca refresh CUSTOMER_ID"})
            QVERIFY2(r.out.contains(QLatin1StringView(command)), command);
    }

    void resellersList_eachFormat_everyResellerByName()
    {
        const QJsonArray json = jsonArray({u"resellers"_s, u"list"_s});
        QCOMPARE(json.size(), 5);
        QStringList names;
        QSet<QString> ids;
        for (const QJsonValue &v : json) {
            names << v.toObject().value(u"companyName").toString();
            ids.insert(v.toObject().value(u"id").toString());
            QVERIFY(!names.last().isEmpty());
        }
        QCOMPARE(ids.size(), 5);
        QVERIFY(ids.contains(sandbox.info.value(u"reseller-id"_s)));

        Run r = run({u"resellers"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        for (const QString &name : std::as_const(names))
            QVERIFY2(r.out.contains(name.left(30)), qPrintable(name));
        QVERIFY(r.out.contains(u"5 resellers"));

        r = run({u"resellers"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"id,companyName,country,city,internalIdentifier,email,phone,customDomain"_s);
        QCOMPARE(lines.size(), 6);
    }

    void resellersList_asReseller_deniedExit4()
    {
        const Run r = run({u"resellers"_s, u"list"_s}, envFor(sandbox, u"reseller-token"_s));
        QCOMPARE(r.code, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!cidOf(r.err).isEmpty());
    }

    void customersText_resellerNamesNotIds_csvKeepsIds()
    {
        QMap<QString, QString> nameOf;
        for (const QJsonValue &v : jsonArray({u"resellers"_s, u"list"_s}))
            nameOf.insert(v.toObject().value(u"id").toString(), v.toObject().value(u"companyName").toString());
        QString resold;
        QString reseller;
        for (const QJsonValue &v : jsonArray({u"customers"_s, u"list"_s, u"--all"_s})) {
            if (!v.toObject().value(u"resellerId").isNull()) {
                resold = v.toObject().value(u"id").toString();
                reseller = v.toObject().value(u"resellerId").toString();
                break;
            }
        }
        QVERIFY(!resold.isEmpty());

        Run r = run({u"customers"_s, u"list"_s, u"--all"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.section(u'\n', 0, 0).contains(u"Reseller"));
        QVERIFY(r.out.contains(u"direct"));
        for (auto it = nameOf.cbegin(); it != nameOf.cend(); ++it)
            QVERIFY2(!r.out.contains(it.key()), "a reseller ID in text output");
        QVERIFY(r.out.contains(nameOf.value(reseller).left(20)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        r = run({u"customers"_s, u"show"_s, resold});
        QCOMPARE(r.code, 0);
        const QString line = r.out.split(u'\n').filter(u"Reseller:"_s).value(0);
        QVERIFY2(line.contains(nameOf.value(reseller)), qPrintable(line));

        // CSV is for programs: the ID stays.
        r = run({u"customers"_s, u"show"_s, resold, u"--format"_s, u"csv"_s});
        QVERIFY(r.out.contains(reseller));
    }

    void customersText_asReseller_ownNameFromItsOwnRecord()
    {
        const QProcessEnvironment env = envFor(sandbox, u"reseller-token"_s);
        const QString own = sandbox.info.value(u"reseller-id"_s);
        QString ownName;
        for (const QJsonValue &v : jsonArray({u"resellers"_s, u"list"_s}))
            if (v.toObject().value(u"id").toString() == own)
                ownName = v.toObject().value(u"companyName").toString();
        QVERIFY(!ownName.isEmpty());
        const Run r = run({u"customers"_s, u"list"_s, u"--all"_s}, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(ownName.left(20)), qPrintable(r.out.left(2000)));
        QVERIFY(!r.out.contains(own));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // the 403 of the list is expected, not a warning
    }

    void customersText_resellersUnreadable_warningAndIds()
    {
        // A sandbox that fails every reseller read: the list still prints, with IDs, and says why.
        Sandbox broken;
        QVERIFY(broken.start({u"--fault"_s, u"resellers:status:500:0"_s}));
        const Run r = run({u"customers"_s, u"list"_s, u"--all"_s}, envFor(broken));
        QVERIFY(broken.stop());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.startsWith(u"warning: reseller names could not be read"), qPrintable(r.err));
        QCOMPARE(r.out.count(u'\n'), 122); // header, 120 customers, the count line
    }

    void marginsSet_replacedAndReadBack()
    {
        const Relationship rel = directRelationship(envFor(sandbox));
        QVERIFY(!rel.customer.isEmpty());
        const QString type = rel.offerTypes.first();
        Run r = run({u"margins"_s, u"set"_s, rel.customer, u"--provider-instance"_s, rel.instance, u"--margin"_s, u"14.5"_s,
                     u"--margin-rule"_s, u"splitmargin"_s, u"--offer-type-margin"_s, type + u"=9:Margin"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = run({u"customers"_s, u"show"_s, rel.customer, u"--format"_s, u"json"_s});
        const QJsonObject pc = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(u"providerCustomers")
                                   .toObject()
                                   .value(rel.instance)
                                   .toObject();
        QCOMPARE(pc.value(u"margin").toObject().value(u"value").toDouble(), 14.5);
        QCOMPARE(pc.value(u"margin").toObject().value(u"marginRule").toObject().value(u"name").toString(), u"SplitMargin"_s);
        const QJsonObject otm = pc.value(u"offerTypeMargins").toObject();
        QCOMPARE(otm.size(), 1);
        QCOMPARE(otm.value(type).toObject().value(u"value").toDouble(), 9.0);

        // Without --offer-type-margin, every offer type's own margin goes.
        r = run({u"margins"_s, u"set"_s, rel.customer, u"--provider-instance"_s, rel.instance, u"--margin"_s, u"3"_s,
                 u"--margin-rule"_s, u"Markup"_s});
        QCOMPARE(r.code, 0);
        r = run({u"customers"_s, u"show"_s, rel.customer});
        QVERIFY2(r.out.contains(u"3.00 % Markup"), qPrintable(r.out));
        r = run({u"customers"_s, u"show"_s, rel.customer, u"--format"_s, u"json"_s});
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())
                    .object()
                    .value(u"providerCustomers")
                    .toObject()
                    .value(rel.instance)
                    .toObject()
                    .value(u"offerTypeMargins")
                    .toObject()
                    .isEmpty());
    }

    void marginsSet_serverRefusesOfferTypeValue_exit3WithItsPath()
    {
        const Relationship rel = directRelationship(envFor(sandbox));
        QVERIFY(!rel.customer.isEmpty());
        const QString type = rel.offerTypes.first();
        // A markup above the agreed 50 % for an offer type: only the server knows that rule.
        const Run r = run({u"margins"_s, u"set"_s, rel.customer, u"--provider-instance"_s, rel.instance, u"--margin"_s, u"5"_s,
                           u"--margin-rule"_s, u"Markup"_s, u"--offer-type-margin"_s, type + u"=60"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"offertypemargins[" + type.toLower() + u"].value: "), qPrintable(r.err));
        QVERIFY(!cidOf(r.err).isEmpty());
        QVERIFY(!r.err.contains(u"outcome:"));
    }

    void marginsSet_customerNotInInstance_exit5()
    {
        const Relationship rel = directRelationship(envFor(sandbox));
        QString other;
        for (const QJsonValue &v : jsonArray({u"customers"_s, u"list"_s, u"--all"_s, u"--exclude-deleted"_s}))
            if (!v.toObject().value(u"providerCustomers").toObject().contains(rel.instance))
                other = v.toObject().value(u"id").toString();
        QVERIFY(!other.isEmpty());
        const Run r = run({u"margins"_s, u"set"_s, other, u"--provider-instance"_s, rel.instance, u"--margin"_s, u"5"_s,
                           u"--margin-rule"_s, u"Markup"_s});
        QCOMPARE(r.code, 5);
        QVERIFY(!cidOf(r.err).isEmpty());
    }

    void marginsSet_usageErrors_exit2NothingSent_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString inst = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("nothing but the customer")
            << QStringList{id} << QStringList{u"provider-instance: "_s, u"margin: "_s, u"margin-rule: "_s};
        QTest::newRow("customer not a uuid")
            << QStringList{u"x"_s, u"--provider-instance"_s, inst, u"--margin"_s, u"1"_s, u"--margin-rule"_s, u"Markup"_s}
            << QStringList{u"customer-id: "_s};
        QTest::newRow("above 999") << QStringList{id,        u"--provider-instance"_s, inst,       u"--margin"_s,
                                                  u"1000"_s, u"--margin-rule"_s,       u"Markup"_s}
                                   << QStringList{u"margin.value: "_s};
        QTest::newRow("margin rule at 100") << QStringList{id,       u"--provider-instance"_s, inst,       u"--margin"_s,
                                                           u"100"_s, u"--margin-rule"_s,       u"Margin"_s}
                                            << QStringList{u"margin.value: "_s};
        QTest::newRow("unknown rule") << QStringList{id,     u"--provider-instance"_s, inst,     u"--margin"_s,
                                                     u"1"_s, u"--margin-rule"_s,       u"Gift"_s}
                                      << QStringList{u"margin-rule: "_s};
        QTest::newRow("unknown offer type")
            << QStringList{id,          u"--provider-instance"_s, inst,           u"--margin"_s, u"1"_s, u"--margin-rule"_s,
                           u"Markup"_s, u"--offer-type-margin"_s, u"Hardware=3"_s}
            << QStringList{u"offer-type-margin: "_s};
        QTest::newRow("offer type twice") << QStringList{id,
                                                         u"--provider-instance"_s,
                                                         inst,
                                                         u"--margin"_s,
                                                         u"1"_s,
                                                         u"--margin-rule"_s,
                                                         u"Markup"_s,
                                                         u"--offer-type-margin"_s,
                                                         u"License=3"_s,
                                                         u"--offer-type-margin"_s,
                                                         u"license=4"_s}
                                          << QStringList{u"offertypemargins[license]: "_s};
        QTest::newRow("reseller not a uuid")
            << QStringList{id,          u"--provider-instance"_s, inst,   u"--margin"_s, u"1"_s, u"--margin-rule"_s,
                           u"Markup"_s, u"--reseller"_s,          u"R1"_s}
            << QStringList{u"reseller: "_s};
        QTest::newRow("operand missing") << QStringList{} << QStringList{u"usage: ccadmin margins set CUSTOMER_ID"_s};
    }
    void marginsSet_usageErrors_exit2NothingSent()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        (void)silentWasContacted();
        const Run r = run(QStringList{u"margins"_s, u"set"_s} + args, silentEnv());
        QCOMPARE(r.code, 2);
        for (const QString &e : std::as_const(expected))
            QVERIFY2(r.err.contains(e), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!silentWasContacted());
    }

    void marginsSet_answerLost_readBackSaysApplied()
    {
        // The sandbox acts on the PATCH, then resets the connection instead of answering.
        Sandbox lossy;
        QVERIFY(lossy.start({u"--fault"_s, u"margins:reset@1"_s}));
        const QProcessEnvironment env = envFor(lossy);
        const Relationship rel = directRelationship(env);
        QVERIFY(!rel.customer.isEmpty());
        const Run r = run({u"margins"_s, u"set"_s, rel.customer, u"--provider-instance"_s, rel.instance, u"--margin"_s, u"21"_s,
                           u"--margin-rule"_s, u"Markup"_s},
                          env);
        const Run after = run({u"customers"_s, u"show"_s, rel.customer}, env);
        QVERIFY(lossy.stop());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"\noutcome: applied\n"), qPrintable(r.err));
        QVERIFY(!cidOf(r.err).isEmpty());
        QVERIFY(after.out.contains(u"21.00 % Markup"));
    }

    void mcaList_filtersAndFormats()
    {
        const QJsonArray all = jsonArray({u"mca"_s, u"list"_s, u"--all"_s});
        QVERIFY(all.size() > 10);
        QMap<QString, int> perStatus;
        for (const QJsonValue &v : all)
            ++perStatus[v.toObject().value(u"status").toObject().value(u"name").toString()];
        QVERIFY2(perStatus.size() >= 4, qPrintable(QStringList(perStatus.keys()).join(u',')));
        for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it) {
            const QJsonArray some = jsonArray({u"mca"_s, u"list"_s, u"--all"_s, u"--status"_s, it.key().toUpper()});
            QCOMPARE(some.size(), it.value());
        }
        const QJsonArray open = jsonArray({u"mca"_s, u"list"_s, u"--all"_s, u"--exclude-compliant"_s});
        QCOMPARE(open.size(), all.size() - perStatus.value(u"agreementcreated"_s));

        const QString company = all.first().toObject().value(u"companyName").toString();
        for (const QJsonValue &v : jsonArray({u"mca"_s, u"list"_s, u"--all"_s, u"--search"_s, company.left(5)}))
            QVERIFY(v.toObject().value(u"companyName").toString().contains(company.left(5), Qt::CaseInsensitive));

        Run r = run({u"mca"_s, u"list"_s, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(
            u"customerId,companyName,providerInstanceId,providerInstanceName,providerCustomerId,status,"));
        QCOMPARE(lines.size(), all.size() + 1);

        // Text: the portal's names for the statuses.
        r = run({u"mca"_s, u"list"_s, u"--all"_s, u"--status"_s, u"linkgenerated"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u"Pending"), perStatus.value(u"linkgenerated"_s));
        QVERIFY(r.out.contains(u"%1 of %1 agreement(s)"_s.arg(perStatus.value(u"linkgenerated"_s))));
        r = run({u"mca"_s, u"list"_s, u"--all"_s, u"--status"_s, u"required"_s});
        QCOMPARE(r.out.count(u"MCA required"), perStatus.value(u"required"_s));
    }

    void mcaList_usageErrors_exit2NothingSent()
    {
        (void)silentWasContacted();
        Run r = run({u"mca"_s, u"list"_s, u"--status"_s, u"signed"_s}, silentEnv());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"status: 'signed' is not a status"), qPrintable(r.err));
        r = run({u"mca"_s, u"list"_s, u"--status"_s, u"agreementcreated"_s, u"--exclude-compliant"_s}, silentEnv());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"status: "));
        r = run({u"mca"_s, u"list"_s, u"--search"_s, QString(256, u'x')}, silentEnv());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"searchvalue: "));
        r = run({u"mca"_s, u"list"_s, u"--margin"_s, u"3"_s}, silentEnv());
        QCOMPARE(r.code, 2);
        QVERIFY(!silentWasContacted());
    }

    void mcaShow_eachFormat_andNotMicrosoftExit5()
    {
        const QJsonObject listed = jsonArray({u"mca"_s, u"list"_s, u"--status"_s, u"linkgenerated"_s}).first().toObject();
        const QString customer = listed.value(u"customerId").toString();
        const QString instance = listed.value(u"providerInstanceId").toString();
        Run r = run({u"mca"_s, u"show"_s, customer, u"--provider-instance"_s, instance, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(u"status").toObject().value(u"name").toString(), u"linkgenerated"_s);
        QCOMPARE(shown.value(u"companyName"), listed.value(u"companyName"));
        QVERIFY(!shown.value(u"linkExpirationDate").toString().isEmpty());

        r = run({u"mca"_s, u"show"_s, customer, u"--provider-instance"_s, instance});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Status:") && r.out.contains(u"Pending") && r.out.contains(u"link expires"), qPrintable(r.out));

        r = run({u"mca"_s, u"show"_s, customer, u"--provider-instance"_s, instance, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 2);
        QVERIFY(r.out.contains(u",linkgenerated,"));

        const Relationship rel = directRelationship(envFor(sandbox));
        r = run({u"mca"_s, u"show"_s, rel.customer, u"--provider-instance"_s, rel.instance});
        QCOMPARE(r.code, 5);
        QVERIFY(r.out.isEmpty());

        (void)silentWasContacted();
        r = run({u"mca"_s, u"show"_s, customer}, silentEnv());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"provider-instance: "));
        QVERIFY(!silentWasContacted());
    }

    void mcaRefresh_recordedAgreement_nowCompliant()
    {
        const QJsonObject listed = jsonArray({u"mca"_s, u"list"_s, u"--status"_s, u"required"_s}).first().toObject();
        const QString customer = listed.value(u"customerId").toString();
        const QString instance = listed.value(u"providerInstanceId").toString();
        Run r = run({u"mca"_s, u"set"_s, customer, u"--provider-instance"_s, instance, u"--date"_s,
                     QDate::currentDate().addDays(-2).toString(Qt::ISODate), u"--keep-primary"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({u"mca"_s, u"refresh"_s, customer, u"--provider-instance"_s, instance});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Compliant"), qPrintable(r.out));
        r = run({u"mca"_s, u"list"_s, u"--all"_s, u"--exclude-compliant"_s, u"--format"_s, u"csv"_s});
        QVERIFY(!r.out.contains(customer + u',' + listed.value(u"companyName").toString().left(3)));
    }

    void mcaRefresh_answerLost_notResentStoredStatusPrintedExit6()
    {
        Sandbox lossy;
        QVERIFY(lossy.start({u"--fault"_s, u"mca-refresh:reset@1"_s}));
        const QProcessEnvironment env = envFor(lossy);
        const QJsonObject listed = jsonArray({u"mca"_s, u"list"_s}, env).first().toObject();
        const QString customer = listed.value(u"customerId").toString();
        const Run r = run({u"mca"_s, u"refresh"_s, customer, u"--provider-instance"_s,
                           listed.value(u"providerInstanceId").toString(), u"--format"_s, u"json"_s},
                          env);
        QVERIFY(lossy.stop());
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(u"\noutcome: unknown\n"), qPrintable(r.err));
        QCOMPARE(r.err.count(u"outcome:"), 1);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"customerId").toString(), customer);
    }

    void serverText_namesAndStatusesBuiltToForgeLines_printedAsData()
    {
        // A server whose reseller and company names carry escapes and line breaks that would
        // forge ccadmin's own lines or drive the terminal.
        HostilePeer peer;
        QVERIFY(peer.start());
        const QString reseller = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString evil = u"Evil\u001b[2J\ncorrelation-id: forged\r\u202eoffset\u0007"_s;
        auto pageOf = [](const QJsonObject &item) {
            return QJsonDocument(QJsonObject{{u"items"_s, QJsonArray{item}},
                                             {u"paginationParameters"_s, QJsonObject{{u"pageNumber"_s, 1}, {u"pageSize"_s, 100}}},
                                             {u"totalPages"_s, 1},
                                             {u"totalCount"_s, 1},
                                             {u"hasPreviousPage"_s, false},
                                             {u"hasNextPage"_s, false}})
                .toJson(QJsonDocument::Compact);
        };
        const QByteArray resellers = pageOf(QJsonObject{{u"id"_s, reseller}, {u"companyName"_s, evil}});
        const QByteArray customers = pageOf(QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                        {u"companyName"_s, evil},
                                                        {u"resellerId"_s, reseller},
                                                        {u"providerCustomers"_s, QJsonObject{}}});
        const QByteArray mcas = pageOf(QJsonObject{{u"customerId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                   {u"companyName"_s, evil},
                                                   {u"providerInstanceId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                   {u"providerInstanceName"_s, evil},
                                                   {u"firstName"_s, evil},
                                                   {u"status"_s, QJsonObject{{u"name"_s, u"required"_s}}}});
        peer.setDefault([&](QTcpSocket *socket, const HostilePeer::Request &request) {
            const QByteArray body = request.path.startsWith("/v1/Resellers")       ? resellers
                                    : request.path.startsWith("/v1/Customers/mca") ? mcas
                                                                                   : customers;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        QProcessEnvironment env = envFor(sandbox);
        env.insert(u"CLOUDCOCKPIT_API_URL"_s, peer.url());
        const QList<QStringList> commands = {{u"resellers"_s, u"list"_s}, {u"customers"_s, u"list"_s}, {u"mca"_s, u"list"_s}};
        for (const QStringList &command : commands) {
            // The peer answers on this thread: wait with the event loop running.
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CCADMIN_PATH), command);
            QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(p.exitCode() == 0, qPrintable(command.join(u' ') + u": "_s + err));
            const QString printed = out + err;
            for (QChar c : printed)
                QVERIFY2((c.unicode() >= 0x20 || c == u'\n') && c.unicode() != 0x7f &&
                             (c.unicode() < 0x202a || c.unicode() > 0x202e),
                         qPrintable(command.join(u' ')));
            QVERIFY2(!out.contains(u"\ncorrelation-id: forged"_s), qPrintable(out));
            QVERIFY(out.contains(u"Evil"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliStaffer)
#include "tst_cli_staffer.moc"
