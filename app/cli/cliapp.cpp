#include "cliapp.h"

#include "commands.h"
#include "lostwrite.h"
#include "options.h"
#include "signals.h"
#include "terminal.h"

#include <sandboxserver.h>

#include <core/api/orderedpages.h>
#include <core/domain/outcome.h>
#include <core/domain/validation.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace ccadmin {

namespace {

// What ccadmin reads from a file named on its command line, at most: a client secret is a line of
// tens of characters, Microsoft customer data a small JSON object. A file past its cap (or a device
// such as /dev/zero that never ends) is refused with the limit named, never read whole.
constexpr qint64 MaxSecretFileBytes = 64 * 1024;
constexpr qint64 MaxCustomerDataBytes = 1024 * 1024;

struct CappedRead
{
    QByteArray data;
    QString error; // empty on success
};

CappedRead readCapped(const QString &path, qint64 cap)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, QCoreApplication::translate("ccadmin", "cannot read %1.").arg(terminalSafe(path))};
    QByteArray data = f.read(cap + 1);
    if (data.size() > cap)
        return {{},
                QCoreApplication::translate("ccadmin", "%1 is larger than %2, the most this option reads.")
                    .arg(terminalSafe(path), QLocale().formattedDataSize(cap, 0))};
    if (f.error() != QFileDevice::NoError)
        return {{}, QCoreApplication::translate("ccadmin", "cannot read %1.").arg(terminalSafe(path))};
    return {std::move(data), {}};
}

} // namespace

CliApp::CliApp(QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{}

CliApp::~CliApp() = default;

void CliApp::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QCoreApplication::translate("ccadmin", "Command line for the CloudCockpit CSP API: customers, relationship links, "
                                               "internal identifiers, Microsoft Customer Agreements, provider instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const auto &o : globalOptions())
        parser.addOption(QCommandLineOption(QString::fromLatin1(o.name), QCoreApplication::translate("ccadmin", o.help),
                                            QString::fromLatin1(o.valueName)));
}

const CliApp::Command *CliApp::findCommand(const QStringList &words)
{
    // The longest entry whose words begin the line: "customers" alone is no command, and what
    // follows a command's words is its operands.
    const Command *found = nullptr;
    qsizetype foundLength = 0;
    for (const Command &c : commands()) {
        const QStringList own = c.words.split(u' ');
        if (own.size() > foundLength && words.mid(0, own.size()) == own) {
            found = &c;
            foundLength = own.size();
        }
    }
    return found;
}

// Every command with its operands, on one line, for the usage error of an unknown command.
QString CliApp::commandList()
{
    QStringList list;
    for (const Command &c : commands())
        list << c.line();
    return list.join(QStringLiteral(" | "));
}

// The global options, then each command with its summary; each command has its own --help.
QString CliApp::overview() const
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("ccadmin",
                                    "One of the commands below; 'ccadmin COMMAND --help' shows its usage and options."),
        QStringLiteral("COMMAND [ARGS...]"));
    QString text = parser.helpText() + u'\n' + QCoreApplication::translate("ccadmin", "Commands:") + u'\n';
    // Laid out as QCommandLineParser lays out its options: names indented by two, descriptions in a
    // column after the longest name, wrapped before column 80.
    qsizetype nameWidth = 0;
    for (const Command &c : commands())
        nameWidth = std::max(nameWidth, c.line().size());
    const qsizetype indent = 2 + nameWidth + 2;
    const qsizetype width = std::max<qsizetype>(79 - indent, 20);
    for (const Command &c : commands()) {
        QString line = QString(QStringLiteral("  ") + c.line()).leftJustified(indent);
        qsizetype used = 0;
        for (const QString &word : QCoreApplication::translate("ccadmin", c.summary).split(u' ', Qt::SkipEmptyParts)) {
            if (used > 0 && used + 1 + word.size() > width) {
                line += u'\n' + QString(indent, u' ');
                used = 0;
            } else if (used > 0) {
                line += u' ';
                ++used;
            }
            line += word;
            used += word.size();
        }
        text += line + u'\n';
    }
    return text;
}

QString CliApp::synopsis() const
{
    return QCoreApplication::translate("ccadmin", m_command->synopsis);
}

void CliApp::finish(int code)
{
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

int CliApp::usage(const QString &message)
{
    m_err << QStringLiteral("ccadmin: ") << terminalSafe(message) << '\n'
          << QCoreApplication::translate("ccadmin", "Try 'ccadmin --help'.") << '\n';
    return Usage;
}

int CliApp::fieldProblems(const QStringList &problems)
{
    for (const QString &p : problems)
        m_err << terminalSafe(p) << '\n';
    return Usage;
}

void CliApp::fail(const cc::ApiError &e)
{
    finish(report(e));
}

int CliApp::report(const cc::ApiError &e, bool outcomeChecked)
{
    // Field names, messages, descriptions and the correlation ID may all come from the server: each
    // line is ours, whatever they hold.
    for (auto it = e.fieldErrors.cbegin(); it != e.fieldErrors.cend(); ++it)
        for (const QString &m : it.value())
            m_err << terminalSafe(it.key()) << QStringLiteral(": ") << terminalSafe(m) << '\n';
    if (e.fieldErrors.isEmpty() || !e.clientSide)
        m_err << QStringLiteral("ccadmin: ") << terminalSafe(e.message()) << '\n';
    if (!e.clientSide) {
        if (!e.detail.isEmpty() && e.kind != cc::ApiError::Kind::Validation)
            m_err << QStringLiteral("detail: ") << terminalSafe(e.detail) << '\n';
        if (e.outcomeUnknown && !outcomeChecked)
            m_err << QStringLiteral("outcome: unknown") << '\n';
        m_err << QStringLiteral("correlation-id: ") << terminalSafe(e.correlationId) << '\n';
    }
    switch (e.kind) {
    case cc::ApiError::Kind::Validation: return e.clientSide ? Usage : Rejected;
    case cc::ApiError::Kind::Unauthorized:
    case cc::ApiError::Kind::Forbidden: return e.clientSide ? Usage : Denied;
    case cc::ApiError::Kind::NotFound: return NotFound;
    default: return Failed;
    }
}

void CliApp::failWrite(const cc::ApiError &e, const QUuid &customerId, const QUuid &resellerId,
                       std::function<bool(const cc::Customer &)> holds, std::function<void()> applied)
{
    if (!e.outcomeUnknown) {
        fail(e);
        return;
    }
    // The answer was lost: say so, read the customer back and say which it is. Never send again.
    report(e, /*outcomeChecked=*/true);
    checkLostWrite(m_client.get(), customerId, resellerId, std::move(holds), m_err, this,
                   [this, applied = std::move(applied)](int code) {
                       if (code == Ok && applied)
                           applied();
                       finish(code);
                   });
}

void CliApp::start()
{
    // First pass, with every option known, only to find the command words: any option may take a
    // value, so the words cannot be told apart from values without knowing them all.
    QCommandLineParser discovery;
    addGlobalOptions(discovery);
    for (const auto &o : commandOptions())
        discovery.addOption(o.valueName
                                ? QCommandLineOption(QString::fromLatin1(o.name), QString(), QString::fromLatin1(o.valueName))
                                : QCommandLineOption(QString::fromLatin1(o.name)));
    if (!discovery.parse(m_arguments)) {
        finish(usage(discovery.errorText()));
        return;
    }
    m_words = discovery.positionalArguments();
    const bool help = discovery.isSet(QStringLiteral("help")) || discovery.isSet(QStringLiteral("help-all"));
    if (discovery.isSet(QStringLiteral("version")) && !help) {
        m_out << QStringLiteral("ccadmin ") << QCoreApplication::applicationVersion() << '\n';
        finish(Ok);
        return;
    }
    m_command = findCommand(m_words);
    if (!m_command) {
        if (help || m_words.isEmpty()) {
            (help ? m_out : m_err) << overview();
            finish(help ? Ok : Usage);
        } else {
            finish(usage(QCoreApplication::translate("ccadmin", "unknown command '%1'. Commands: %2")
                             .arg(m_words.join(u' '), commandList())));
        }
        return;
    }
    const QString &command = m_command->words;
    // A slip in the table shows on the first run of the command (tst_cli runs each one's --help),
    // not as an option that silently never parses or a usage error with no usage line.
    for (const QString &name : m_command->options)
        if (std::none_of(commandOptions().begin(), commandOptions().end(),
                         [&](const OptionSpec &o) { return name == QLatin1StringView(o.name); }))
            qFatal("ccadmin: '%s' takes --%s, which commandOptions() does not define", qPrintable(command), qPrintable(name));
    if (!m_command->operands.isEmpty() && !m_command->synopsis)
        qFatal("ccadmin: '%s' takes operands but has no synopsis", qPrintable(command));
    m_operands = m_words.mid(command.count(u' ') + 1);
    for (const auto &o : commandOptions()) {
        const QString name = QString::fromLatin1(o.name);
        if (discovery.isSet(name) && !m_command->options.contains(name)) {
            finish(usage(QCoreApplication::translate("ccadmin", "option --%1 does not apply to '%2'.").arg(name, command)));
            return;
        }
    }

    // The command's own parser: the global options and its own, so that its --help lists just those.
    m_parser = std::make_unique<QCommandLineParser>();
    addGlobalOptions(*m_parser);
    if (m_command->synopsis)
        m_parser->setApplicationDescription(synopsis());
    for (const auto &o : commandOptions()) {
        const QString name = QString::fromLatin1(o.name);
        if (!m_command->options.contains(name))
            continue;
        m_parser->addOption(o.valueName ? QCommandLineOption(name, QCoreApplication::translate("ccadmin", o.help),
                                                             QString::fromLatin1(o.valueName))
                                        : QCommandLineOption(name, QCoreApplication::translate("ccadmin", o.help)));
    }
    m_parser->addPositionalArgument(command, QString(), m_command->line());
    if (!m_parser->parse(m_arguments)) {
        finish(usage(m_parser->errorText()));
        return;
    }
    if (help) {
        m_out << m_parser->helpText();
        finish(Ok);
        return;
    }
    const QString format = m_parser->value(QStringLiteral("format")).toLower();
    if (format.isEmpty() || format == u"text")
        m_format = Format::Text;
    else if (format == u"json")
        m_format = Format::Json;
    else if (format == u"csv")
        m_format = Format::Csv;
    else {
        finish(usage(QCoreApplication::translate("ccadmin", "--format must be text, json or csv.")));
        return;
    }
    // Before the client is set up: a mistyped line is told as such, without a prompt for a secret
    // first. The table's operands say how many there are.
    if (m_operands.size() != (m_command->operands.isEmpty() ? 0 : m_command->operands.count(u' ') + 1)) {
        finish(usage(m_command->synopsis ? synopsis()
                                         : QCoreApplication::translate("ccadmin", "'%1' takes no operands.").arg(command)));
        return;
    }
    if (m_command->connects)
        configureClient([this] { (this->*m_command->run)(); });
    else
        (this->*m_command->run)();
}

void CliApp::problem(const QString &field, const QString &message)
{
    m_problems << field + QStringLiteral(": ") + message;
}

QUuid CliApp::optionalUuid(const char *option)
{
    const QString name = QString::fromLatin1(option);
    if (!m_parser->isSet(name))
        return {};
    QString error;
    if (const auto id = parseUuid(m_parser->value(name), &error))
        return *id;
    problem(name, error);
    return {};
}

QUuid CliApp::requiredUuid(const char *option)
{
    if (!m_parser->isSet(QString::fromLatin1(option))) {
        problem(QString::fromLatin1(option), QCoreApplication::translate("ccadmin", "required."));
        return {};
    }
    return optionalUuid(option);
}

QUuid CliApp::uuidOperand(qsizetype index, const char *field)
{
    QString error;
    if (const auto id = parseUuid(m_operands.value(index), &error))
        return *id;
    problem(QString::fromLatin1(field), error);
    return {};
}

void CliApp::marginOptions(cc::PriceMargin &margin, QList<cc::OfferTypeMargin> &offerTypeMargins)
{
    QString error;
    if (!m_parser->isSet(QStringLiteral("margin-rule")))
        problem(QStringLiteral("margin-rule"),
                QCoreApplication::translate("ccadmin", "required: Markup, Margin, SplitMargin or ErpMinusDiscount."));
    else if (const auto rule = cc::marginRuleFromName(m_parser->value(QStringLiteral("margin-rule"))))
        margin.rule = *rule;
    else
        problem(QStringLiteral("margin-rule"),
                QCoreApplication::translate("ccadmin",
                                            "'%1' is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.")
                    .arg(m_parser->value(QStringLiteral("margin-rule"))));
    if (!m_parser->isSet(QStringLiteral("margin")))
        problem(QStringLiteral("margin"), QCoreApplication::translate("ccadmin", "required."));
    else if (const auto p = parsePercent(m_parser->value(QStringLiteral("margin")), &error))
        margin.value = *p;
    else
        problem(QStringLiteral("margin"), error);
    for (const QString &v : m_parser->values(QStringLiteral("offer-type-margin"))) {
        if (const auto m = parseOfferTypeMargin(v, margin.rule, &error))
            offerTypeMargins << *m;
        else
            problem(QStringLiteral("offer-type-margin"), error);
    }
}

bool CliApp::reportedProblems()
{
    if (m_problems.isEmpty())
        return false;
    finish(fieldProblems(std::exchange(m_problems, {})));
    return true;
}

QString CliApp::secretFromOptions(QStringList &problems)
{
    if (m_parser->isSet(QStringLiteral("client-secret"))) {
        m_err << QCoreApplication::translate(
                     "ccadmin", "warning: a client secret on the command line can be seen by other users of this computer; "
                                "prefer CLOUDCOCKPIT_CLIENT_SECRET or --client-secret-file.")
              << '\n';
        return m_parser->value(QStringLiteral("client-secret"));
    }
    if (m_parser->isSet(QStringLiteral("client-secret-file"))) {
        const auto read = readCapped(m_parser->value(QStringLiteral("client-secret-file")), MaxSecretFileBytes);
        if (!read.error.isEmpty()) {
            problems << QStringLiteral("client-secret-file: ") + read.error;
            return {};
        }
        return QString::fromUtf8(read.data).trimmed();
    }
    return qEnvironmentVariable("CLOUDCOCKPIT_CLIENT_SECRET");
}

void CliApp::applyTimeout(cc::ConnectionSettings &s, QStringList &problems) const
{
    if (!m_parser->isSet(QStringLiteral("timeout")))
        return;
    // Digits with an optional decimal part only: toDouble() alone also takes "nan", "inf",
    // "1e3" and hexadecimal, which no one means by a number of seconds.
    static const QRegularExpression plain(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,3})?$"));
    const QString text = m_parser->value(QStringLiteral("timeout")).trimmed();
    bool ok = plain.match(text).hasMatch();
    const double seconds = ok ? text.toDouble(&ok) : 0;
    if (!ok || seconds <= 0 || seconds > 3600)
        problems << QStringLiteral("timeout: ") +
                        QCoreApplication::translate("ccadmin", "use a number of seconds between 0 and 3600.");
    else
        s.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
}

QString CliApp::optionOrEnv(const char *option, const char *env) const
{
    const QString name = QString::fromLatin1(option);
    return m_parser->isSet(name) ? m_parser->value(name) : qEnvironmentVariable(env);
}

void CliApp::configureClient(std::function<void()> ready)
{
    QStringList problems;
    // Each setting: its option, else its environment variable, else the profile (docs/cli.md).
    // The default profile only stands in when no tenant is named at all: a tenant given on the
    // line or in the environment must not be mixed with another tenant's addresses.
    const bool tenantGiven = !optionOrEnv("tenant", "CLOUDCOCKPIT_TENANT").trimmed().isEmpty();
    if (!selectProfile(/*orDefault=*/!tenantGiven, problems)) {
        finish(fieldProblems(problems));
        return;
    }
    auto value = [this](const char *option, const char *env, QString Profile::*field = nullptr) {
        QString v = optionOrEnv(option, env);
        if (v.isEmpty() && field && m_profile)
            v = (*m_profile).*field;
        return v;
    };
    cc::ConnectionSettings s;
    const QString apiUrl = value("api-url", "CLOUDCOCKPIT_API_URL", &Profile::apiUrl);
    if (!apiUrl.isEmpty())
        s.apiUrl = QUrl(apiUrl, QUrl::StrictMode);
    const QString tokenUrl = value("token-url", "CLOUDCOCKPIT_TOKEN_URL", &Profile::tokenUrl);
    if (!tokenUrl.isEmpty())
        s.tokenUrl = QUrl(tokenUrl, QUrl::StrictMode);
    s.tenant = value("tenant", "CLOUDCOCKPIT_TENANT", &Profile::tenant).trimmed();
    if (s.tenant.isEmpty())
        problems << QStringLiteral("tenant: ") +
                        QCoreApplication::translate(
                            "ccadmin", "required (--tenant, CLOUDCOCKPIT_TENANT or a profile: see 'ccadmin login').");
    if (const QString e = cc::checkTransportSecurity(s.apiUrl); !e.isEmpty())
        problems << QStringLiteral("api-url: ") + e;
    applyTimeout(s, problems);
    if (m_parser->isSet(QStringLiteral("correlation-id"))) {
        const QString cid = m_parser->value(QStringLiteral("correlation-id")).trimmed();
        if (!cc::validation::isUuid(cid))
            problems << QStringLiteral("correlation-id: ") +
                            QCoreApplication::translate("ccadmin", "'%1' is not a UUID.").arg(cid);
        m_request.correlationId = cid;
    }

    cc::Credentials credentials;
    QString keychainKey; // set when the secret is the profile's, in the keychain
    const QString token = value("token", "CLOUDCOCKPIT_TOKEN").trimmed();
    QString clientId = value("client-id", "CLOUDCOCKPIT_CLIENT_ID").trimmed();
    // The profile's way of signing in applies only when neither a client ID nor a token was given.
    if (clientId.isEmpty() && token.isEmpty() && m_profile && m_profile->auth == Profile::Auth::ClientSecret)
        clientId = m_profile->clientId;
    if (m_parser->isSet(QStringLiteral("token")))
        m_err << QCoreApplication::translate("ccadmin",
                                             "warning: a token on the command line can be seen by other users of this computer; "
                                             "prefer CLOUDCOCKPIT_TOKEN.")
              << '\n';
    if (!clientId.isEmpty() && (!m_parser->isSet(QStringLiteral("token")))) {
        const qsizetype before = problems.size();
        QString secret = secretFromOptions(problems);
        if (secret.isEmpty() && problems.size() == before) {
            if (m_profile)
                keychainKey = cc::CredentialStore::keyFor(s.tenant, clientId);
            else
                secret = promptSecret(QCoreApplication::translate("ccadmin", "Client secret for %1: ").arg(clientId));
            if (secret.isEmpty() && keychainKey.isEmpty())
                problems << QStringLiteral("client-secret: ") +
                                QCoreApplication::translate(
                                    "ccadmin",
                                    "required with --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file or a prompt).");
        }
        credentials = cc::Credentials::fromClientSecret(clientId, secret);
        if (const QString e = cc::checkTransportSecurity(s.tokenUrl); !e.isEmpty())
            problems << QStringLiteral("token-url: ") + e;
    } else if (!token.isEmpty()) {
        credentials = cc::Credentials::fromToken(token);
    } else if (m_profile && m_profile->auth == Profile::Auth::Token) {
        credentials = cc::Credentials::fromToken({});
        keychainKey = cc::CredentialStore::keyFor(s.tenant, QStringLiteral("token"));
    } else {
        problems
            << QStringLiteral("token: ") +
                   QCoreApplication::translate(
                       "ccadmin",
                       "required: --token (CLOUDCOCKPIT_TOKEN), --client-id with a secret, or a profile (see 'ccadmin login').");
    }
    if (!problems.isEmpty()) {
        finish(fieldProblems(problems));
        return;
    }
    auto connect = [this, s, ready](const cc::Credentials &c) {
        m_client = std::make_unique<cc::CloudCockpitClient>();
        m_client->setConnection(s);
        m_client->setCredentials(c);
        ready();
    };
    if (keychainKey.isEmpty()) {
        connect(credentials);
        return;
    }
    readProfileSecret(keychainKey, credentials, connect);
}

void CliApp::customersList()
{
    cc::CustomerQuery query;
    QString error;
    const bool all = m_parser->isSet(QStringLiteral("all"));
    query.pageSize = all ? 2000 : 100;
    if (m_parser->isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        query.pageSize = m_parser->value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok)
            query.pageSize = 0; // validation reports it
    }
    query.searchValue = m_parser->value(QStringLiteral("search"));
    if (m_parser->isSet(QStringLiteral("field"))) {
        if (const auto f = parseSearchField(m_parser->value(QStringLiteral("field")), &error))
            query.searchField = *f;
        else
            problem(QStringLiteral("field"), error);
    }
    query.resellerId = optionalUuid("reseller");
    query.includeDeleted = !m_parser->isSet(QStringLiteral("exclude-deleted"));
    query.ascending = !m_parser->isSet(QStringLiteral("descending"));
    if (reportedProblems())
        return;

    // Pages are fetched a few at a time once the first tells how many there are, and printed in
    // order as they come; the fetcher stops where the server's own answers say the list ends.
    auto printer = std::make_shared<CustomerListPrinter>(m_out, m_format);
    // Text and csv need only what the list shows: the lean reader, several times faster.
    if (printer->wantsWholeCustomers()) {
        listPages<cc::CustomerPage>(query, all, printer, [this](const cc::CustomerQuery &q, QObject *context, auto callback) {
            return m_client->listCustomers(q, context, std::move(callback), m_request);
        });
    } else {
        auto list = [this, query, all, printer](const ResellerNames &names) {
            printer->setResellerNames(names);
            listPages<cc::CustomerSummaryPage>(
                query, all, printer, [this](const cc::CustomerQuery &q, QObject *context, auto callback) {
                    return m_client->listCustomerSummaries(q, context, std::move(callback), m_request);
                });
        };
        // Text names each customer's reseller: the names are read before the first page, once
        // the query can be sent at all (else the client refuses it and nothing is sent).
        if (cc::validation::validate(query).isEmpty())
            withResellerNames({}, std::move(list));
        else
            list({});
    }
}

template<typename PageT, typename Call>
void CliApp::listPages(const cc::CustomerQuery &query, bool all, std::shared_ptr<CustomerListPrinter> printer, Call call)
{
    typename cc::OrderedPages<PageT>::Handlers handlers;
    handlers.page = [printer, begun = false](PageT &&page) mutable {
        if (!std::exchange(begun, true))
            printer->begin();
        printer->add(page.items);
    };
    handlers.failed = [this](const cc::ApiError &e) {
        m_out.flush();
        fail(e);
    };
    handlers.done = [this, printer](const cc::PagingSummary &summary) {
        printer->end(summary.totalCount);
        if (summary.duplicates > 0)
            m_err << QCoreApplication::translate("ccadmin",
                                                 "warning: the server sent %n customer(s) more than once; each was printed once.",
                                                 nullptr, summary.duplicates)
                  << '\n';
        finish(Ok);
    };
    auto fetch = [query, call](int page, QObject *context, cc::Callback<PageT> callback) {
        cc::CustomerQuery q = query;
        q.pageNumber = page;
        return call(q, context, std::move(callback));
    };
    // ccadmin keeps four pages in flight (2: 400 ms, 3: 373 ms, 4: 351-359 ms for 100,000 customers;
    // six would buy ~5 % for half as much memory again).
    auto *pages = new cc::OrderedPages<PageT>(std::move(fetch), std::move(handlers), this);
    pages->start(query.pageSize, all, 4);
}

void CliApp::customersShow()
{
    // One problem at a time: a malformed ID is reported alone.
    const QUuid id = uuidOperand(0, "customer-id");
    if (reportedProblems())
        return;
    const QUuid reseller = optionalUuid("reseller");
    if (reportedProblems())
        return;
    m_client->getCustomer(
        id, reseller, this,
        [this](const cc::Result<cc::Customer> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            const cc::Customer customer = r.value();
            // Instance names make the margins readable; without them the IDs still say it all.
            m_client->listProviderInstances(
                1, 100, this,
                [this, customer](const cc::Result<cc::ProviderInstancePage> &p) {
                    const QList<cc::ProviderInstance> instances = p.ok() ? p.value().items : QList<cc::ProviderInstance>{};
                    withResellerNames(customer.resellerId, [this, customer, instances](const ResellerNames &names) {
                        printCustomer(m_out, m_format, customer, instances, names);
                        finish(Ok);
                    });
                },
                m_request);
        },
        m_request);
}

void CliApp::providerInstancesList()
{
    m_client->listProviderInstances(
        1, 2000, this,
        [this](const cc::Result<cc::ProviderInstancePage> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            printProviderInstances(m_out, m_format, r.value().items);
            finish(Ok);
        },
        m_request);
}

void CliApp::link()
{
    const QUuid instance = requiredUuid("provider-instance");
    const QUuid reseller = optionalUuid("reseller");
    if (reportedProblems())
        return;
    m_client->relationshipAcceptanceLink(
        instance, reseller, this,
        [this](const cc::Result<QString> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            // The link is meant to be pasted into an email or a browser: only an https address that
            // prints as one clean line is shown.
            const auto link = printableHttpsUrl(r.value());
            if (!link) {
                cc::ApiError e;
                e.kind = cc::ApiError::Kind::MalformedResponse;
                e.correlationId = r.correlationId();
                e.detail =
                    QCoreApplication::translate("ccadmin", "the relationship link is not an https address; it is not printed.");
                fail(e);
                return;
            }
            if (m_format == Format::Json)
                m_out << QJsonDocument(QJsonArray{*link}).toJson(QJsonDocument::Compact).mid(1).chopped(1) << '\n';
            else
                m_out << *link << '\n';
            finish(Ok);
        },
        m_request);
}

void CliApp::internalIdSet()
{
    internalIdentifier(false);
}

void CliApp::internalIdClear()
{
    internalIdentifier(true);
}

void CliApp::internalIdentifier(bool clear)
{
    const QUuid id = uuidOperand(0, "customer-id");
    cc::InternalIdentifierUpdate update;
    update.internalIdentifier = clear ? QString() : m_operands.at(1);
    if (!clear && update.internalIdentifier.trimmed().isEmpty())
        problem(QStringLiteral("value"),
                QCoreApplication::translate("ccadmin", "empty; use 'internal-id clear' to remove the identifier."));
    update.resellerId = optionalUuid("reseller");
    if (reportedProblems())
        return;
    m_client->updateInternalIdentifier(
        id, update, this,
        [this, id, update](const cc::Result<cc::Done> &r) {
            if (!r.ok()) {
                failWrite(r.error(), id, update.resellerId,
                          [update](const cc::Customer &c) { return cc::outcome::holds(c, update); });
                return;
            }
            finish(Ok);
        },
        m_request);
}

void CliApp::mcaSet()
{
    QString error;
    const QUuid id = uuidOperand(0, "customer-id");
    cc::McaUpdate update;
    update.providerInstanceId = requiredUuid("provider-instance");
    if (!m_parser->isSet(QStringLiteral("date")))
        problem(QStringLiteral("date"), QCoreApplication::translate("ccadmin", "required."));
    else if (const auto d = parseDate(m_parser->value(QStringLiteral("date")), &error))
        update.agreementDate = *d;
    else
        problem(QStringLiteral("date"), error);
    update.keepPrimaryInformation = m_parser->isSet(QStringLiteral("keep-primary"));
    update.firstName = m_parser->value(QStringLiteral("first-name"));
    update.lastName = m_parser->value(QStringLiteral("last-name"));
    update.email = m_parser->value(QStringLiteral("email"));
    update.phone = m_parser->value(QStringLiteral("phone"));
    const bool anyContact =
        !update.firstName.isEmpty() || !update.lastName.isEmpty() || !update.email.isEmpty() || !update.phone.isEmpty();
    if (update.keepPrimaryInformation && anyContact)
        problem(QStringLiteral("keep-primary"),
                QCoreApplication::translate("ccadmin", "use either --keep-primary or the contact options, not both."));
    if (reportedProblems())
        return;
    m_client->updateMicrosoftCustomerAgreement(
        id, update, this,
        [this, id, update](const cc::Result<cc::Done> &r) {
            if (!r.ok()) {
                failWrite(r.error(), id, {}, [update](const cc::Customer &c) { return cc::outcome::holds(c, update); });
                return;
            }
            finish(Ok);
        },
        m_request);
}

void CliApp::providerInstanceAdd()
{
    QString error;
    const QUuid id = uuidOperand(0, "customer-id");
    cc::AddProviderInstanceRequest request;
    request.providerInstanceId = requiredUuid("provider-instance");
    marginOptions(request.margin, request.offerTypeMargins);
    if (m_parser->isSet(QStringLiteral("customer-data"))) {
        const auto read = readCapped(m_parser->value(QStringLiteral("customer-data")), MaxCustomerDataBytes);
        if (!read.error.isEmpty()) {
            problem(QStringLiteral("customer-data"), read.error);
        } else {
            const QByteArray &text = read.data;
            QJsonParseError pe{};
            const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
            if (pe.error != QJsonParseError::NoError)
                problem(QStringLiteral("customer-data"),
                        QCoreApplication::translate("ccadmin", "not valid JSON: %1 at character %2.")
                            .arg(pe.errorString())
                            .arg(pe.offset));
            else if (!doc.isObject())
                problem(QStringLiteral("customer-data"), QCoreApplication::translate("ccadmin", "must be a JSON object."));
            else
                request.providerCustomerData = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        }
    }
    request.resellerId = optionalUuid("reseller");
    {
        // What does not depend on the instance is checked before anything is sent (margin ranges,
        // repeated offer types); the Microsoft data needs the instance, so the client checks it.
        // The instance itself was checked above, as --provider-instance.
        const cc::FieldErrors errors = cc::validation::validate(request, false);
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            if (it.key() != u"providerinstanceid")
                for (const QString &m : it.value())
                    problem(it.key(), m);
    }
    if (reportedProblems())
        return;
    // Whether the instance is Microsoft's decides which customer data the request needs.
    m_client->listProviderInstances(
        1, 2000, this,
        [this, id, request](const cc::Result<cc::ProviderInstancePage> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            bool microsoft = false;
            bool known = false;
            for (const auto &i : r.value().items) {
                if (i.id == request.providerInstanceId) {
                    known = true;
                    microsoft = i.isMicrosoft();
                }
            }
            Q_UNUSED(known); // an unknown instance is the server's 404 to give
            m_client->addProviderInstance(
                id, request, microsoft, this,
                [this, id, request](const cc::Result<QString> &added) {
                    if (!added.ok()) {
                        failWrite(added.error(), id, request.resellerId,
                                  [request](const cc::Customer &c) { return cc::outcome::holds(c, request); });
                        return;
                    }
                    if (!added.value().isEmpty()) {
                        if (m_format == Format::Json)
                            m_out << QJsonDocument(QJsonArray{added.value()}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                                  << '\n';
                        else
                            m_out << terminalSafe(added.value()) << '\n';
                    }
                    finish(Ok);
                },
                m_request);
        },
        m_request);
}

void CliApp::sandbox()
{
    ccsandbox::SandboxOptions options;
    auto number = [this](const char *name, int min, int max, int fallback, bool *ok) {
        const QString key = QString::fromLatin1(name);
        if (!m_parser->isSet(key))
            return fallback;
        bool parsed = false;
        const qlonglong v = m_parser->value(key).toLongLong(&parsed);
        if (!parsed || v < min || v > max) {
            *ok = false;
            m_err << key << QStringLiteral(": ")
                  << QCoreApplication::translate("ccadmin", "use a whole number from %1 to %2.")
                         .arg(QLocale().toString(min), QLocale().toString(max))
                  << '\n';
            return fallback;
        }
        return int(v);
    };
    bool ok = true;
    const int port = number("port", 0, 65535, 0, &ok);
    options.customerCount = number("customers", 0, 100000, options.customerCount, &ok);
    options.seed = quint32(number("seed", 0, std::numeric_limits<int>::max(), int(options.seed), &ok));
    if (!ok) {
        finish(Usage);
        return;
    }
    m_sandbox = std::make_unique<ccsandbox::SandboxServer>(options);
    for (const QString &fault : m_parser->values(QStringLiteral("fault"))) {
        QString error;
        if (!m_sandbox->addFault(fault, &error)) {
            m_err << QStringLiteral("fault: ") << error << '\n';
            finish(Usage);
            return;
        }
    }
    if (!m_sandbox->listen(QHostAddress::LocalHost, quint16(port))) {
        m_err << QStringLiteral("ccadmin: ")
              << QCoreApplication::translate("ccadmin", "the sandbox could not listen: %1").arg(m_sandbox->errorString()) << '\n';
        finish(Failed);
        return;
    }
    onTerminationSignal(this, [this] { finish(Ok); });
    // These are the sandbox's throwaway demo credentials: printing them is the point.
    m_out << QStringLiteral("api-url=") << m_sandbox->apiUrl().toString() << '\n'
          << QStringLiteral("tenant=") << m_sandbox->tenant() << '\n'
          << QStringLiteral("csp-token=") << m_sandbox->cspToken() << '\n'
          << QStringLiteral("reseller-token=") << m_sandbox->resellerToken() << '\n'
          << QStringLiteral("client-id=") << m_sandbox->cspClientId() << '\n'
          << QStringLiteral("client-secret=") << m_sandbox->cspClientSecret() << '\n'
          << QStringLiteral("token-url=") << m_sandbox->tokenUrl().toString() << '\n'
          << QStringLiteral("reseller-client-id=") << m_sandbox->resellerClientId() << '\n'
          << QStringLiteral("reseller-client-secret=") << m_sandbox->resellerClientSecret() << '\n'
          << QStringLiteral("reseller-id=") << m_sandbox->resellerIdOfResellerClient().toString(QUuid::WithoutBraces) << '\n';
    m_out.flush();
}

} // namespace ccadmin
