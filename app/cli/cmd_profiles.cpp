// ccadmin's profiles: `login`, `logout`, `profiles`, and the --profile every command takes. A
// profile is the window's too (cc::ProfileStore, one file); its secret is in the OS keychain under
// the key the window uses (cc::Profile::secretKey()), never in the file.

#include "cliapp.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace ccadmin {

namespace {

// A token is a line of a few KiB at most; stdin could be anything.
constexpr qint64 MaxTokenBytes = 64 * 1024;

QString expiryText(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QString when = at.toUTC().toString(Qt::ISODate);
    return at < QDateTime::currentDateTimeUtc() ? QCoreApplication::translate("ccadmin", "%1 (expired)").arg(when) : when;
}

} // namespace

QString CliApp::noKeychainAdvice()
{
    return QCoreApplication::translate("ccadmin",
                                       "Without a keychain, give the credentials in the environment (CLOUDCOCKPIT_TENANT with "
                                       "CLOUDCOCKPIT_CLIENT_ID and CLOUDCOCKPIT_CLIENT_SECRET, or CLOUDCOCKPIT_TOKEN) or use "
                                       "--client-secret-file.");
}

std::unique_ptr<cc::CredentialStore> CliApp::keychain()
{
    // The window's keychain service: a secret either stores, the other reads.
    return cc::createKeychainStore();
}

bool CliApp::selectProfile(bool orDefault, QStringList &problems)
{
    const QString name = optionOrEnv("profile", "CLOUDCOCKPIT_PROFILE").trimmed();
    if (name.isEmpty() && !orDefault)
        return true;
    cc::ProfileStore store;
    QString error;
    const bool loaded = store.load(&error);
    if (name.isEmpty()) {
        // An unusable file is no reason to fail a command that names everything itself.
        if (loaded && !store.defaultName().isEmpty())
            m_profile = store.find(store.defaultName());
        return true;
    }
    if (!loaded) {
        problems << QStringLiteral("profile: ") + terminalSafe(error);
        return false;
    }
    m_profile = store.find(name);
    if (!m_profile) {
        problems << QStringLiteral("profile: ") + QCoreApplication::translate("ccadmin",
                                                                              "there is no profile '%1' (see 'ccadmin profiles'; "
                                                                              "'ccadmin login --profile %1' makes it).")
                                                      .arg(terminalSafe(name));
        return false;
    }
    return true;
}

void CliApp::readProfileSecret(const QString &key, cc::Credentials credentials,
                               std::function<void(const cc::Credentials &)> ready)
{
    m_keychain = keychain();
    m_keychain->read(key, this, [this, credentials, ready](const cc::CredentialStore::ReadResult &r) mutable {
        const bool token = credentials.kind == cc::Credentials::Kind::Token;
        if (r.ok && !r.secret.isEmpty()) {
            (token ? credentials.token : credentials.clientSecret) = r.secret;
            ready(credentials);
            return;
        }
        if (!r.notFound) {
            m_err << QStringLiteral("ccadmin: ") << terminalSafe(r.error) << '\n' << noKeychainAdvice() << '\n';
            finish(Failed);
            return;
        }
        // Signed out elsewhere, or the window was told not to remember it: ask, as without a profile.
        if (!token) {
            credentials.clientSecret =
                promptSecret(QCoreApplication::translate("ccadmin", "Client secret for %1: ").arg(credentials.clientId));
            if (!credentials.clientSecret.isEmpty()) {
                ready(credentials);
                return;
            }
        }
        m_err << (token ? QStringLiteral("token: ") : QStringLiteral("client-secret: "))
              << QCoreApplication::translate("ccadmin",
                                             "the keychain holds none for profile '%1'; run 'ccadmin login --profile %1'.")
                     .arg(terminalSafe(m_profile->name))
              << '\n';
        finish(Usage);
    });
}

void CliApp::login()
{
    QStringList problems;
    const QString name = optionOrEnv("profile", "CLOUDCOCKPIT_PROFILE").trimmed();
    if (!name.isEmpty() && !cc::ProfileStore::isValidName(name))
        problems << QStringLiteral("profile: ") +
                        QCoreApplication::translate("ccadmin",
                                                    "'%1' is not a profile name: letters, digits, '.', '_', '@' and '-'.")
                            .arg(terminalSafe(name));
    cc::ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        m_err << QStringLiteral("ccadmin: ") << terminalSafe(error) << '\n';
        finish(Failed);
        return;
    }
    // Logging in to a profile again keeps what it had unless told otherwise.
    const std::optional<Profile> existing = name.isEmpty() ? std::nullopt : store.find(name);
    auto value = [&](const char *option, const char *env, QString Profile::*field) {
        QString v = optionOrEnv(option, env).trimmed();
        if (v.isEmpty() && existing)
            v = (*existing).*field;
        return v;
    };
    // Said when nothing could be asked: a script, CI (stdin not a terminal).
    const QString noTerminal =
        ::isatty(STDIN_FILENO) ? QString() : u' ' + QCoreApplication::translate("ccadmin", "There is no terminal to ask on.");

    cc::ConnectionSettings s;
    s.tenant = value("tenant", "CLOUDCOCKPIT_TENANT", &Profile::tenant);
    if (s.tenant.isEmpty())
        s.tenant = promptLine(QCoreApplication::translate("ccadmin", "Tenant domain (e.g. portal.contoso.com): "));
    if (s.tenant.isEmpty())
        problems << QStringLiteral("tenant: ") +
                        QCoreApplication::translate("ccadmin", "required (--tenant or CLOUDCOCKPIT_TENANT).") + noTerminal;
    const QString apiUrl = value("api-url", "CLOUDCOCKPIT_API_URL", &Profile::apiUrl);
    if (!apiUrl.isEmpty())
        s.apiUrl = QUrl(apiUrl, QUrl::StrictMode);
    const QString tokenUrl = value("token-url", "CLOUDCOCKPIT_TOKEN_URL", &Profile::tokenUrl);
    if (!tokenUrl.isEmpty())
        s.tokenUrl = QUrl(tokenUrl, QUrl::StrictMode);
    if (const QString e = cc::checkTransportSecurity(s.apiUrl); !e.isEmpty())
        problems << QStringLiteral("api-url: ") + e;
    applyTimeout(s, problems);

    cc::Credentials credentials;
    if (m_parser->isSet(QStringLiteral("token-stdin"))) {
        QFile in;
        QByteArray data;
        if (in.open(stdin, QIODevice::ReadOnly))
            data = in.read(MaxTokenBytes + 1);
        if (data.size() > MaxTokenBytes)
            problems << QStringLiteral("token-stdin: ") +
                            QCoreApplication::translate("ccadmin", "more than %1 on stdin; a token is much shorter.")
                                .arg(QLocale().formattedDataSize(MaxTokenBytes, 0));
        credentials = cc::Credentials::fromToken(QString::fromUtf8(data).trimmed());
        if (credentials.token.isEmpty() && problems.isEmpty())
            problems << QStringLiteral("token-stdin: ") + QCoreApplication::translate("ccadmin", "nothing on stdin.");
    } else if (const QString token = optionOrEnv("token", "CLOUDCOCKPIT_TOKEN").trimmed(); !token.isEmpty()) {
        if (m_parser->isSet(QStringLiteral("token")))
            m_err << QCoreApplication::translate(
                         "ccadmin", "warning: a token on the command line can be seen by other users of this computer; "
                                    "prefer --token-stdin.")
                  << '\n';
        credentials = cc::Credentials::fromToken(token);
    } else {
        QString clientId = optionOrEnv("client-id", "CLOUDCOCKPIT_CLIENT_ID").trimmed();
        if (clientId.isEmpty() && existing && existing->auth == Profile::Auth::ClientSecret)
            clientId = existing->clientId;
        const bool askedForId = clientId.isEmpty();
        if (askedForId)
            clientId = promptLine(
                QCoreApplication::translate("ccadmin", "API Access client ID (leave empty to paste a bearer token instead): "));
        if (clientId.isEmpty()) {
            const QString token = askedForId ? promptSecret(QCoreApplication::translate("ccadmin", "Bearer token: ")) : QString();
            if (token.isEmpty())
                problems << QStringLiteral("client-id: ") +
                                QCoreApplication::translate("ccadmin", "required (--client-id, CLOUDCOCKPIT_CLIENT_ID, "
                                                                       "or a token with --token-stdin).") +
                                noTerminal;
            credentials = cc::Credentials::fromToken(token);
        } else {
            const qsizetype before = problems.size();
            QString secret = secretFromOptions(problems);
            if (secret.isEmpty() && problems.size() == before) {
                secret =
                    promptSecret(QCoreApplication::translate("ccadmin", "Client secret for %1: ").arg(terminalSafe(clientId)));
                if (secret.isEmpty())
                    problems << QStringLiteral("client-secret: ") +
                                    QCoreApplication::translate(
                                        "ccadmin", "required (--client-secret-file or CLOUDCOCKPIT_CLIENT_SECRET).") +
                                    noTerminal;
            }
            credentials = cc::Credentials::fromClientSecret(clientId, secret);
            if (const QString e = cc::checkTransportSecurity(s.tokenUrl); !e.isEmpty())
                problems << QStringLiteral("token-url: ") + e;
        }
    }
    if (!problems.isEmpty()) {
        finish(fieldProblems(problems));
        return;
    }

    // Proven with one request before anything is stored.
    m_client = std::make_unique<cc::CloudCockpitClient>();
    m_client->setConnection(s);
    m_client->setCredentials(credentials);
    m_client->signIn(this, [this, name, s, credentials, apiUrl, tokenUrl](const cc::Result<cc::Session> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        const bool token = credentials.kind == cc::Credentials::Kind::Token;
        Profile p;
        p.name = name.isEmpty() ? s.tenant.toLower() : name;
        p.tenant = s.tenant;
        p.apiUrl = apiUrl;
        p.tokenUrl = token ? QString() : tokenUrl;
        p.auth = token ? Profile::Auth::Token : Profile::Auth::ClientSecret;
        p.clientId = token ? QString() : credentials.clientId;
        const cc::Session session = r.value();
        p.role = session.role == cc::Role::Unknown ? QString() : cc::roleName(session.role);
        p.expiresAt = session.expiresAt;
        if (!cc::ProfileStore::plausible(p)) {
            m_err << QStringLiteral("ccadmin: ")
                  << QCoreApplication::translate("ccadmin", "these settings cannot be kept as a profile.") << '\n';
            finish(Usage);
            return;
        }
        // The secret first: a profile whose secret could not be kept would only fail later.
        m_keychain = keychain();
        m_keychain->write(
            p.secretKey(), token ? credentials.token : credentials.clientSecret, this,
            [this, p, defaultWanted = name.isEmpty()](bool ok, const QString &error) {
                if (!ok) {
                    m_err << QStringLiteral("ccadmin: ")
                          << QCoreApplication::translate("ccadmin", "the secret could not be kept in the system keychain: %1")
                                 .arg(terminalSafe(error))
                          << '\n'
                          << QCoreApplication::translate("ccadmin", "Nothing was stored.") << ' ' << noKeychainAdvice() << '\n';
                    finish(Failed);
                    return;
                }
                cc::ProfileStore store;
                QString e;
                std::optional<Profile> before;
                const bool saved = store.update(
                    [&](cc::ProfileStore &profiles) {
                        before = profiles.find(p.name);
                        profiles.upsert(p);
                        if (defaultWanted || profiles.defaultName().isEmpty())
                            profiles.setDefaultName(p.name);
                        return true;
                    },
                    &e);
                if (!saved) {
                    m_err << QStringLiteral("ccadmin: ") << terminalSafe(e) << '\n';
                    finish(Failed);
                    return;
                }
                m_err << QCoreApplication::translate(
                             "ccadmin", "Signed in to %1 as %2. Profile '%3' saved; its secret is in the system keychain.")
                             .arg(terminalSafe(p.tenant),
                                  p.role.isEmpty() ? QCoreApplication::translate("ccadmin", "unknown role") : p.role,
                                  terminalSafe(p.name));
                if (store.defaultName() == p.name)
                    m_err << ' ' << QCoreApplication::translate("ccadmin", "It is the default profile.");
                m_err << '\n';
                // A profile logged in to with other credentials leaves no secret behind that nothing uses.
                if (before && before->secretKey() != p.secretKey() && !store.secretKeyInUse(before->secretKey(), {})) {
                    m_keychain->remove(before->secretKey(), this, [this](bool, const QString &) { finish(Ok); });
                    return;
                }
                finish(Ok);
            });
    });
}

void CliApp::logout()
{
    cc::ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        m_err << QStringLiteral("ccadmin: ") << terminalSafe(error) << '\n';
        finish(Failed);
        return;
    }
    QString name = optionOrEnv("profile", "CLOUDCOCKPIT_PROFILE").trimmed();
    if (name.isEmpty())
        name = store.defaultName();
    if (name.isEmpty()) {
        finish(usage(QCoreApplication::translate(
            "ccadmin", "no profile named (--profile or CLOUDCOCKPIT_PROFILE) and no default profile.")));
        return;
    }
    const std::optional<Profile> p = store.find(name);
    if (!p) {
        m_err << QStringLiteral("profile: ")
              << QCoreApplication::translate("ccadmin", "there is no profile '%1' (see 'ccadmin profiles').")
                     .arg(terminalSafe(name))
              << '\n';
        finish(NotFound);
        return;
    }
    auto forget = [this, name] {
        cc::ProfileStore store;
        QString error;
        if (!store.update([&name](cc::ProfileStore &profiles) { return profiles.remove(name); }, &error)) {
            m_err << QStringLiteral("ccadmin: ") << terminalSafe(error) << '\n';
            finish(Failed);
            return;
        }
        m_err << QCoreApplication::translate("ccadmin", "Signed out: profile '%1' and its secret are removed.")
                     .arg(terminalSafe(name))
              << '\n';
        finish(Ok);
    };
    // Another profile of the same tenant and client keeps the secret they share.
    if (store.secretKeyInUse(p->secretKey(), name)) {
        forget();
        return;
    }
    m_keychain = keychain();
    m_keychain->remove(p->secretKey(), this, [this, name, forget](bool ok, const QString &error) {
        if (!ok) {
            // Kept, so that logging out again once the keychain answers removes the secret too.
            m_err << QStringLiteral("ccadmin: ") << terminalSafe(error) << '\n'
                  << QCoreApplication::translate(
                         "ccadmin", "Profile '%1' is kept; run 'ccadmin logout' again when the keychain is available.")
                         .arg(terminalSafe(name))
                  << '\n';
            finish(Failed);
            return;
        }
        forget();
    });
}

void CliApp::profilesList()
{
    cc::ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        m_err << QStringLiteral("ccadmin: ") << terminalSafe(error) << '\n';
        finish(Failed);
        return;
    }
    const QList<Profile> &list = store.profiles();
    if (m_format == Format::Json) {
        QJsonArray out;
        for (const Profile &p : list) {
            QJsonObject o{{QStringLiteral("name"), p.name},
                          {QStringLiteral("default"), p.name == store.defaultName()},
                          {QStringLiteral("tenant"), p.tenant},
                          {QStringLiteral("auth"), Profile::authName(p.auth)},
                          {QStringLiteral("clientId"), p.clientId.isEmpty() ? QJsonValue() : QJsonValue(p.clientId)},
                          {QStringLiteral("apiUrl"), p.apiUrl.isEmpty() ? QJsonValue() : QJsonValue(p.apiUrl)},
                          {QStringLiteral("tokenUrl"), p.tokenUrl.isEmpty() ? QJsonValue() : QJsonValue(p.tokenUrl)},
                          {QStringLiteral("role"), p.role.isEmpty() ? QJsonValue() : QJsonValue(p.role)},
                          {QStringLiteral("expiresAt"),
                           p.expiresAt.isValid() ? QJsonValue(p.expiresAt.toUTC().toString(Qt::ISODate)) : QJsonValue()}};
            out.append(o);
        }
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        finish(Ok);
        return;
    }
    if (m_format == Format::Csv) {
        m_out << QStringLiteral("default,name,tenant,auth,clientId,apiUrl,tokenUrl,role,expiresAt\r\n");
        for (const Profile &p : list)
            m_out << (p.name == store.defaultName() ? QStringLiteral("true") : QStringLiteral("false")) << ',' << csvField(p.name)
                  << ',' << csvField(p.tenant) << ',' << Profile::authName(p.auth) << ',' << csvField(p.clientId) << ','
                  << csvField(p.apiUrl) << ',' << csvField(p.tokenUrl) << ',' << csvField(p.role) << ','
                  << (p.expiresAt.isValid() ? p.expiresAt.toUTC().toString(Qt::ISODate) : QString()) << "\r\n";
        finish(Ok);
        return;
    }
    if (list.isEmpty()) {
        m_err << QCoreApplication::translate(
                     "ccadmin", "No profiles yet: 'ccadmin login' makes one, and so does signing in with the window.")
              << '\n';
        finish(Ok);
        return;
    }
    // A column per field, '*' before the default; whatever the file holds is shown as data.
    const QStringList header{QCoreApplication::translate("ccadmin", "NAME"), QCoreApplication::translate("ccadmin", "TENANT"),
                             QCoreApplication::translate("ccadmin", "SIGNS IN WITH"),
                             QCoreApplication::translate("ccadmin", "ROLE"),
                             QCoreApplication::translate("ccadmin", "TOKEN EXPIRES")};
    QList<QStringList> rows{header};
    for (const Profile &p : list)
        rows << QStringList{terminalSafe(p.name), terminalSafe(p.tenant),
                            p.auth == Profile::Auth::Token
                                ? QCoreApplication::translate("ccadmin", "token")
                                : QCoreApplication::translate("ccadmin", "client %1").arg(terminalSafe(p.clientId)),
                            terminalSafe(p.role), expiryText(p.expiresAt)};
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QString line = r > 0 && list[r - 1].name == store.defaultName() ? QStringLiteral("* ") : QStringLiteral("  ");
        for (qsizetype i = 0; i < rows[r].size(); ++i)
            line += i + 1 < rows[r].size() ? rows[r][i].leftJustified(widths[i] + 2) : rows[r][i];
        while (line.endsWith(u' '))
            line.chop(1);
        m_out << line << '\n';
    }
    finish(Ok);
}

} // namespace ccadmin
