// ccadmin login / logout / profiles and --profile, as a staffer uses them: the real binary against
// `ccadmin sandbox`, a real Secret Service (gnome-keyring in a private D-Bus session, started by
// tests/keychain/with-secret-service.sh), and the window's own store (SessionController, what the
// sign-in panel uses) on the other side of the same profiles.

#include <sessioncontroller.h>

#include <core/auth/credentialstore.h>
#include <core/auth/profilestore.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestCliLogin : public QObject
{
    Q_OBJECT

    QProcess sandbox;
    QMap<QString, QString> info;
    QTemporaryDir dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QString configDir() const { return dir.filePath(u"config"_s); }
    QString profileFile() const { return configDir() + u"/CloudCockpit/profiles.json"_s; }

    // No credentials, tenant or profile from the environment the suite runs in: only what a test
    // gives. The config directory is the suite's, shared with the in-process window store.
    QProcessEnvironment cleanEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"CLOUDCOCKPIT_API_URL", "CLOUDCOCKPIT_TENANT", "CLOUDCOCKPIT_TOKEN", "CLOUDCOCKPIT_CLIENT_ID",
                                 "CLOUDCOCKPIT_CLIENT_SECRET", "CLOUDCOCKPIT_TOKEN_URL", "CLOUDCOCKPIT_PROFILE"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, configDir());
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CCADMIN_PATH), args);
        // stdin is a pipe, never a terminal: ccadmin must not wait on a prompt.
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
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
    Run run(const QStringList &args) { return run(args, cleanEnv()); }

    QString secretFile(const QString &secret)
    {
        const QString path = dir.filePath(u"secret-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(secret.toUtf8() + '\n');
        return path;
    }

    QStringList connection() const
    {
        return {u"--tenant"_s,    info.value(u"tenant"_s),   u"--api-url"_s, info.value(u"api-url"_s),
                u"--token-url"_s, info.value(u"token-url"_s)};
    }

    Run loginWithClient(const QString &profile, const QString &clientId, const QString &secret)
    {
        QStringList args{u"login"_s};
        if (!profile.isEmpty())
            args << u"--profile"_s << profile;
        return run(args + connection() + QStringList{u"--client-id"_s, clientId, u"--client-secret-file"_s, secretFile(secret)});
    }

    QJsonObject profileJson(const QString &name)
    {
        const Run r = run({u"profiles"_s, u"--format"_s, u"json"_s});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(u"name").toString() == name)
                return v.toObject();
        return {};
    }

    // The customers a command sees, as JSON; every one must belong to resellerId when it is set.
    QJsonArray customers(const QStringList &extra, const QProcessEnvironment &env, int *code = nullptr)
    {
        const Run r = run(QStringList{u"customers"_s, u"list"_s, u"--format"_s, u"json"_s} + extra, env);
        if (code)
            *code = r.code;
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    static bool allOfReseller(const QJsonArray &list, const QString &resellerId)
    {
        return !list.isEmpty() && std::all_of(list.begin(), list.end(), [&](const QJsonValue &v) {
            return v.toObject().value(u"resellerId").toString() == resellerId;
        });
    }

    // No file under `root` holds `secret` in clear text.
    static QString fileHolding(const QString &root, const QString &secret)
    {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.fileName().contains(u"/secret-") && f.open(QIODevice::ReadOnly) && f.readAll().contains(secret.toUtf8()))
                return f.fileName();
        }
        return {};
    }

    // ccadmin on a pseudo-terminal, as a person at a terminal runs it: answers are typed after the
    // prompts they belong to. Returns everything the terminal showed and the exit code.
    Run runOnTerminal(const QStringList &args, const QList<std::pair<QString, QString>> &dialogue)
    {
        Run r;
        int fd = -1;
        const pid_t pid = ::forkpty(&fd, nullptr, nullptr, nullptr);
        if (pid < 0)
            return r;
        if (pid == 0) {
            std::vector<QByteArray> storage{QByteArray(CCADMIN_PATH)};
            for (const QString &a : args)
                storage.push_back(a.toLocal8Bit());
            std::vector<char *> argv;
            for (QByteArray &a : storage)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(CCADMIN_PATH, argv.data());
            ::_exit(127);
        }
        QByteArray shown;
        auto readUntil = [&](const QByteArray &wanted) {
            QDeadlineTimer deadline(15000);
            while (!deadline.hasExpired() && (wanted.isEmpty() || !shown.contains(wanted))) {
                pollfd p{fd, POLLIN, 0};
                if (::poll(&p, 1, int(deadline.remainingTime())) <= 0)
                    break;
                char buffer[1024];
                const ssize_t n = ::read(fd, buffer, sizeof buffer);
                if (n <= 0)
                    return !wanted.isEmpty() && shown.contains(wanted); // the child is gone
                shown.append(buffer, n);
            }
            return wanted.isEmpty() || shown.contains(wanted);
        };
        for (const auto &[prompt, answer] : dialogue) {
            if (!readUntil(prompt.toUtf8()))
                break;
            const QByteArray line = answer.toUtf8() + '\n';
            [[maybe_unused]] const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
        }
        readUntil({});
        int status = 0;
        ::waitpid(pid, &status, 0);
        ::close(fd);
        r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
        r.err = QString::fromUtf8(shown);
        return r;
    }

    cc::CredentialStore::ReadResult keychainRead(const QString &key)
    {
        auto store = cc::createKeychainStore();
        std::optional<cc::CredentialStore::ReadResult> out;
        store->read(key, this, [&](const cc::CredentialStore::ReadResult &r) { out = r; });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return out.has_value(); }, 15000);
        return out.value_or(cc::CredentialStore::ReadResult{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        // The window's store in this process and ccadmin read the same file: same organisation,
        // same config directory.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(configDir()));
        QCoreApplication::setOrganizationName(u"CloudCockpit"_s);
        QCOMPARE(cc::ProfileStore::defaultPath(), profileFile());
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under tests/keychain/with-secret-service.sh");
        sandbox.setProcessEnvironment(cleanEnv());
        sandbox.start(QStringLiteral(CCADMIN_PATH),
                      {u"sandbox"_s, u"--port"_s, u"0"_s, u"--customers"_s, u"60"_s, u"--seed"_s, u"3"_s});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(sandbox.peek(1 << 20)).contains(u"reseller-id="), 10000);
        while (sandbox.canReadLine()) {
            const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
            info.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        }
        for (const char *key : {"api-url", "tenant", "csp-token", "reseller-token", "client-id", "client-secret", "token-url",
                                "reseller-client-id", "reseller-client-secret", "reseller-id"})
            QVERIFY2(!info.value(QString::fromLatin1(key)).isEmpty(), key);
    }

    void cleanupTestCase()
    {
        ::kill(pid_t(sandbox.processId()), SIGTERM);
        QVERIFY(sandbox.waitForFinished(10000));
    }

    void init() { QFile::remove(profileFile()); }

    void login_thenCommandsNeedNoSecret_andTheFileHoldsNone()
    {
        const Run login = loginWithClient({}, info.value(u"client-id"_s), info.value(u"client-secret"_s));
        QVERIFY2(login.code == 0, qPrintable(login.err));
        QVERIFY2(login.err.contains(u"default profile"), qPrintable(login.err));

        // A fresh shell: no tenant, no address, no secret anywhere but the keychain.
        int code = -1;
        const QJsonArray list = customers({u"--all"_s}, cleanEnv(), &code);
        QCOMPARE(code, 0);
        QCOMPARE(list.size(), 60);

        const QJsonObject p = profileJson(info.value(u"tenant"_s).toLower());
        QCOMPARE(p.value(u"default").toBool(), true);
        QCOMPARE(p.value(u"auth").toString(), u"client-secret"_s);
        QCOMPARE(p.value(u"clientId").toString(), info.value(u"client-id"_s));
        QCOMPARE(p.value(u"role").toString(), u"csp"_s);
        QVERIFY(QDateTime::fromString(p.value(u"expiresAt").toString(), Qt::ISODate) > QDateTime::currentDateTimeUtc());
        const Run text = run({u"profiles"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"* "_s + info.value(u"tenant"_s).toLower()), qPrintable(text.out));

        // The secret is in the keychain, under the key the window reads, and in no file.
        QVERIFY(QFile::exists(profileFile()));
        QCOMPARE(fileHolding(dir.path(), info.value(u"client-secret"_s)), QString());
        QCOMPARE(fileHolding(qEnvironmentVariable("HOME"), info.value(u"client-secret"_s)), QString());
        const auto stored = keychainRead(cc::CredentialStore::keyFor(info.value(u"tenant"_s), info.value(u"client-id"_s)));
        QVERIFY2(stored.ok, qPrintable(stored.error));
        QCOMPARE(stored.secret, info.value(u"client-secret"_s));
    }

    void login_onATerminal_asksForWhatIsMissing_secretNotEchoed()
    {
        const Run r = runOnTerminal({u"login"_s, u"--profile"_s, u"typed"_s, u"--api-url"_s, info.value(u"api-url"_s),
                                     u"--token-url"_s, info.value(u"token-url"_s)},
                                    {{u"Tenant domain"_s, info.value(u"tenant"_s)},
                                     {u"client ID"_s, info.value(u"client-id"_s)},
                                     {u"Client secret"_s, info.value(u"client-secret"_s)}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(info.value(u"client-id"_s)), qPrintable(r.err)); // echoed as typed
        QVERIFY2(!r.err.contains(info.value(u"client-secret"_s)), qPrintable(r.err));
        QCOMPARE(profileJson(u"typed"_s).value(u"clientId").toString(), info.value(u"client-id"_s));
        int code = -1;
        QCOMPARE(customers({u"--profile"_s, u"typed"_s, u"--all"_s}, cleanEnv(), &code).size(), 60);
        QCOMPARE(code, 0);
    }

    void optionsAndEnvironment_winOverTheProfile()
    {
        QCOMPARE(loginWithClient(u"csp"_s, info.value(u"client-id"_s), info.value(u"client-secret"_s)).code, 0);
        // The profile signs in as the CSP; a token in the environment is the reseller's and wins.
        QProcessEnvironment env = cleanEnv();
        env.insert(u"CLOUDCOCKPIT_TOKEN"_s, info.value(u"reseller-token"_s));
        QVERIFY(allOfReseller(customers({u"--profile"_s, u"csp"_s, u"--all"_s}, env), info.value(u"reseller-id"_s)));
        // CLOUDCOCKPIT_PROFILE names it as --profile does; a wrong API address on the line wins too.
        env = cleanEnv();
        env.insert(u"CLOUDCOCKPIT_PROFILE"_s, u"csp"_s);
        QCOMPARE(customers({u"--all"_s}, env).size(), 60);
        const Run wrong = run({u"provider-instances"_s, u"list"_s, u"--api-url"_s, u"https://127.0.0.1:1"_s}, env);
        QVERIFY2(wrong.code != 0, qPrintable(wrong.out));
        // A tenant given without a profile: the default profile (csp, the first) does not stand
        // in for the rest, so no secret of it is sent along with another tenant's name.
        QCOMPARE(profileJson(u"csp"_s).value(u"default").toBool(), true);
        const Run noDefault = run({u"provider-instances"_s, u"list"_s, u"--tenant"_s, info.value(u"tenant"_s), u"--api-url"_s,
                                   info.value(u"api-url"_s)});
        QCOMPARE(noDefault.code, 2);
        QVERIFY2(noDefault.err.contains(u"token: required"), qPrintable(noDefault.err));
        // A profile that does not exist is an error, not the default.
        const Run missing = run({u"provider-instances"_s, u"list"_s, u"--profile"_s, u"nope"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(u"profile: there is no profile 'nope'"), qPrintable(missing.err));
    }

    void windowSignIn_usedByCcadminWithoutSigningInAgain()
    {
        // Signed in through the window's store (what the sign-in panel calls), remembered.
        SessionController session(cc::createKeychainStore());
        QSignalSpy signedIn(&session, &SessionController::signedIn);
        QSignalSpy failed(&session, &SessionController::signInFailed);
        SessionController::SignInRequest request;
        request.connection.tenant = info.value(u"tenant"_s);
        request.connection.apiUrl = QUrl(info.value(u"api-url"_s));
        request.connection.tokenUrl = QUrl(info.value(u"token-url"_s));
        request.credentials =
            cc::Credentials::fromClientSecret(info.value(u"reseller-client-id"_s), info.value(u"reseller-client-secret"_s));
        request.remember = true;
        session.signIn(request);
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() == 1 || failed.size() == 1, 15000);
        QCOMPARE(signedIn.size(), 1);
        const QString key = cc::CredentialStore::keyFor(request.connection.tenant, info.value(u"reseller-client-id"_s));
        QTRY_VERIFY_WITH_TIMEOUT(keychainRead(key).ok, 15000);

        // ccadmin lists it and uses it by its name, with no secret given.
        const QString name = info.value(u"tenant"_s).toLower();
        const QJsonObject p = profileJson(name);
        QCOMPARE(p.value(u"clientId").toString(), info.value(u"reseller-client-id"_s));
        QCOMPARE(p.value(u"role").toString(), u"reseller"_s);
        QVERIFY(allOfReseller(customers({u"--profile"_s, name, u"--all"_s}, cleanEnv()), info.value(u"reseller-id"_s)));
        QCOMPARE(fileHolding(dir.path(), info.value(u"reseller-client-secret"_s)), QString());
    }

    void ccadminLogin_offeredByTheWindowWithItsSecret()
    {
        QCOMPARE(
            loginWithClient(u"from-cli"_s, info.value(u"reseller-client-id"_s), info.value(u"reseller-client-secret"_s)).code, 0);
        SessionController session(cc::createKeychainStore());
        const auto recent = session.recentTenants();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().tenant, info.value(u"tenant"_s));
        QCOMPARE(recent.first().apiUrl, info.value(u"api-url"_s));
        QCOMPARE(recent.first().tokenUrl, info.value(u"token-url"_s));
        QCOMPARE(recent.first().clientId, info.value(u"reseller-client-id"_s));
        std::optional<QString> secret;
        session.readRememberedSecret(recent.first().tenant, recent.first().clientId, this,
                                     [&](const QString &s, const QString &) { secret = s; });
        QTRY_VERIFY_WITH_TIMEOUT(secret.has_value(), 15000);
        QCOMPARE(*secret, info.value(u"reseller-client-secret"_s));

        // A pasted token too: the window offers it under the token's key.
        const Run token = run(QStringList{u"login"_s, u"--profile"_s, u"pasted"_s, u"--token-stdin"_s, u"--tenant"_s,
                                          info.value(u"tenant"_s), u"--api-url"_s, info.value(u"api-url"_s)},
                              cleanEnv(), info.value(u"csp-token"_s).toUtf8());
        QVERIFY2(token.code == 0, qPrintable(token.err));
        QCOMPARE(session.recentTenants().first().clientId, QString());
        secret.reset();
        session.readRememberedSecret(info.value(u"tenant"_s), {}, this, [&](const QString &s, const QString &) { secret = s; });
        QTRY_VERIFY_WITH_TIMEOUT(secret.has_value(), 15000);
        QCOMPARE(*secret, info.value(u"csp-token"_s));
        QCOMPARE(profileJson(u"pasted"_s).value(u"role").toString(), u"csp"_s);
    }

    void logout_removesProfileAndSecret()
    {
        QCOMPARE(loginWithClient(u"gone"_s, info.value(u"client-id"_s), info.value(u"client-secret"_s)).code, 0);
        QVERIFY(!profileJson(u"gone"_s).isEmpty());
        const Run out = run({u"logout"_s, u"--profile"_s, u"gone"_s});
        QVERIFY2(out.code == 0, qPrintable(out.err));
        QVERIFY(profileJson(u"gone"_s).isEmpty());
        QVERIFY(keychainRead(cc::CredentialStore::keyFor(info.value(u"tenant"_s), info.value(u"client-id"_s))).notFound);
        const Run after = run({u"provider-instances"_s, u"list"_s, u"--profile"_s, u"gone"_s});
        QCOMPARE(after.code, 2);
        QCOMPARE(run({u"logout"_s, u"--profile"_s, u"gone"_s}).code, 5);
    }

    void login_wrongSecret_storesNothing()
    {
        const Run r = loginWithClient(u"bad"_s, info.value(u"client-id"_s), u"not-the-secret"_s);
        QCOMPARE(r.code, 4);
        QVERIFY(!QFile::exists(profileFile()));
        QVERIFY(keychainRead(cc::CredentialStore::keyFor(info.value(u"tenant"_s), info.value(u"client-id"_s))).notFound);
    }

    void login_noTerminalAndNothingGiven_failsClearlyWithoutWaiting()
    {
        const Run r = run({u"login"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"tenant: required"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"no terminal to ask on"), qPrintable(r.err));
        const Run noSecret = run(QStringList{u"login"_s, u"--client-id"_s, info.value(u"client-id"_s)} + connection());
        QCOMPARE(noSecret.code, 2);
        QVERIFY2(noSecret.err.contains(u"client-secret: required"), qPrintable(noSecret.err));
        QVERIFY(!QFile::exists(profileFile()));
    }

    void login_noSecretService_failsClearlyAndWritesNothing()
    {
        QProcessEnvironment env = cleanEnv();
        QTemporaryDir config;
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1/no-bus"_s.arg(config.path()));
        env.remove(u"DISPLAY"_s);
        const Run r = run(QStringList{u"login"_s, u"--client-id"_s, info.value(u"client-id"_s), u"--client-secret-file"_s,
                                      secretFile(info.value(u"client-secret"_s))} +
                              connection(),
                          env);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(u"keychain"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Nothing was stored"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"CLOUDCOCKPIT_CLIENT_SECRET") && r.err.contains(u"--client-secret-file"), qPrintable(r.err));
        QVERIFY(!r.err.contains(info.value(u"client-secret"_s)));
        QCOMPARE(QDir(config.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

        // A profile that exists, without a keychain to hold its secret: the same advice.
        QCOMPARE(loginWithClient(u"here"_s, info.value(u"client-id"_s), info.value(u"client-secret"_s)).code, 0);
        env.insert(u"XDG_CONFIG_HOME"_s, configDir());
        const Run use = run({u"provider-instances"_s, u"list"_s, u"--profile"_s, u"here"_s}, env);
        QCOMPARE(use.code, 6);
        QVERIFY2(use.err.contains(u"--client-secret-file"), qPrintable(use.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
