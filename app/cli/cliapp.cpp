#include "cliapp.h"

#include "options.h"
#include "signals.h"
#include "terminal.h"

#include <sandboxserver.h>

#include <core/api/orderedpages.h>
#include <core/domain/validation.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>


namespace ccadmin {

namespace {

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr: a flag
    const char *help;
};

// Global options, each also read from the environment.
const OptionSpec globalOptions[] = {
    {"api-url", "URL", QT_TRANSLATE_NOOP("ccadmin", "API address (CLOUDCOCKPIT_API_URL; default https://api.cloudcockpit.com).")},
    {"tenant", "DOMAIN", QT_TRANSLATE_NOOP("ccadmin", "Tenant portal domain, sent as X-Tenant (CLOUDCOCKPIT_TENANT).")},
    {"token", "TOKEN", QT_TRANSLATE_NOOP("ccadmin", "Bearer token (CLOUDCOCKPIT_TOKEN).")},
    {"client-id", "ID", QT_TRANSLATE_NOOP("ccadmin", "API Access client ID (CLOUDCOCKPIT_CLIENT_ID).")},
    {"client-secret", "SECRET", QT_TRANSLATE_NOOP("ccadmin", "API Access client secret (CLOUDCOCKPIT_CLIENT_SECRET); visible to other users on the command line.")},
    {"client-secret-file", "FILE", QT_TRANSLATE_NOOP("ccadmin", "Read the client secret from FILE.")},
    {"token-url", "URL", QT_TRANSLATE_NOOP("ccadmin", "OAuth token endpoint (CLOUDCOCKPIT_TOKEN_URL).")},
    {"correlation-id", "UUID", QT_TRANSLATE_NOOP("ccadmin", "X-Correlation-Id to send instead of a fresh one.")},
    {"timeout", "SECONDS", QT_TRANSLATE_NOOP("ccadmin", "Transfer timeout in seconds (default 30).")},
    {"format", "FORMAT", QT_TRANSLATE_NOOP("ccadmin", "Output format: text, json or csv.")},
};

const OptionSpec commandOptions[] = {
    {"search", "TEXT", QT_TRANSLATE_NOOP("ccadmin", "Search text.")},
    {"field", "FIELD", QT_TRANSLATE_NOOP("ccadmin", "Search field: name, domain, internal-id or provider-customer-id.")},
    {"reseller", "UUID", QT_TRANSLATE_NOOP("ccadmin", "Reseller ID.")},
    {"exclude-deleted", nullptr, QT_TRANSLATE_NOOP("ccadmin", "Leave deleted customers out.")},
    {"descending", nullptr, QT_TRANSLATE_NOOP("ccadmin", "Sort by company name, Z to A.")},
    {"page-size", "N", QT_TRANSLATE_NOOP("ccadmin", "Customers per page, 1 to 2000 (default 100; 2000 with --all).")},
    {"all", nullptr, QT_TRANSLATE_NOOP("ccadmin", "Fetch every page.")},
    {"provider-instance", "UUID", QT_TRANSLATE_NOOP("ccadmin", "Provider instance ID.")},
    {"date", "YYYY-MM-DD", QT_TRANSLATE_NOOP("ccadmin", "Agreement date.")},
    {"keep-primary", nullptr, QT_TRANSLATE_NOOP("ccadmin", "Use the customer's primary contact for the agreement.")},
    {"first-name", "NAME", QT_TRANSLATE_NOOP("ccadmin", "Contact first name.")},
    {"last-name", "NAME", QT_TRANSLATE_NOOP("ccadmin", "Contact last name.")},
    {"email", "EMAIL", QT_TRANSLATE_NOOP("ccadmin", "Contact email.")},
    {"phone", "PHONE", QT_TRANSLATE_NOOP("ccadmin", "Contact phone.")},
    {"margin", "PERCENT", QT_TRANSLATE_NOOP("ccadmin", "Price margin in percent.")},
    {"margin-rule", "RULE", QT_TRANSLATE_NOOP("ccadmin", "Markup, Margin, SplitMargin or ErpMinusDiscount.")},
    {"offer-type-margin", "TYPE=PERCENT[:RULE]", QT_TRANSLATE_NOOP("ccadmin", "Margin for one offer type (repeatable).")},
    {"customer-data", "FILE.json", QT_TRANSLATE_NOOP("ccadmin", "Provider customer data (JSON object).")},
    {"port", "N", QT_TRANSLATE_NOOP("ccadmin", "Sandbox port (0: any free port).")},
    {"customers", "N", QT_TRANSLATE_NOOP("ccadmin", "Sandbox customer count, 0 to 100000.")},
    {"seed", "N", QT_TRANSLATE_NOOP("ccadmin", "Sandbox data seed.")},
    {"fault", "ROUTE:KIND[:ARG][@RATE]", QT_TRANSLATE_NOOP("ccadmin", "Sandbox fault to inject (repeatable; see README).")},
};

// Which command options each command takes.
const QMap<QString, QSet<QString>> &allowedOptions()
{
    static const QMap<QString, QSet<QString>> map = {
        {QStringLiteral("customers list"),
         {QStringLiteral("search"), QStringLiteral("field"), QStringLiteral("reseller"), QStringLiteral("exclude-deleted"),
          QStringLiteral("descending"), QStringLiteral("page-size"), QStringLiteral("all")}},
        {QStringLiteral("customers show"), {QStringLiteral("reseller")}},
        {QStringLiteral("provider-instances list"), {}},
        {QStringLiteral("link"), {QStringLiteral("provider-instance"), QStringLiteral("reseller")}},
        {QStringLiteral("internal-id set"), {QStringLiteral("reseller")}},
        {QStringLiteral("internal-id clear"), {QStringLiteral("reseller")}},
        {QStringLiteral("mca set"),
         {QStringLiteral("provider-instance"), QStringLiteral("date"), QStringLiteral("keep-primary"), QStringLiteral("first-name"),
          QStringLiteral("last-name"), QStringLiteral("email"), QStringLiteral("phone")}},
        {QStringLiteral("provider-instance add"),
         {QStringLiteral("provider-instance"), QStringLiteral("margin"), QStringLiteral("margin-rule"),
          QStringLiteral("offer-type-margin"), QStringLiteral("customer-data"), QStringLiteral("reseller")}},
        {QStringLiteral("sandbox"), {QStringLiteral("port"), QStringLiteral("customers"), QStringLiteral("seed"), QStringLiteral("fault")}},
    };
    return map;
}

// What follows the command words in the usage line of a command's --help.
QString operandSyntax(const QString &command)
{
    if (command == u"customers show" || command == u"internal-id clear" || command == u"mca set" || command == u"provider-instance add")
        return QStringLiteral(" CUSTOMER_ID");
    if (command == u"internal-id set")
        return QStringLiteral(" CUSTOMER_ID VALUE");
    return {};
}

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
        return {{}, QCoreApplication::translate("ccadmin", "%1 is larger than %2, the most this option reads.")
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
{
}

CliApp::~CliApp() = default;

void CliApp::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QCoreApplication::translate("ccadmin", "Command line for the CloudCockpit CSP API: customers, relationship links, "
                                          "internal identifiers, Microsoft Customer Agreements, provider instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const auto &o : globalOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(o.name), QCoreApplication::translate("ccadmin", o.help), QString::fromLatin1(o.valueName)));
}

QString CliApp::commandLineHelp() const
{
    return QCoreApplication::translate("ccadmin", "customers list | customers show ID | provider-instances list | link | internal-id set ID VALUE | "
              "internal-id clear ID | mca set ID | provider-instance add ID | sandbox");
}

// The synopsis of the commands that take operands or required options; empty for the others.
QString CliApp::commandUsage(const QString &command)
{
    if (command == u"customers show")
        return QCoreApplication::translate("ccadmin", "usage: ccadmin customers show CUSTOMER_ID");
    if (command == u"internal-id clear")
        return QCoreApplication::translate("ccadmin", "usage: ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]");
    if (command == u"internal-id set")
        return QCoreApplication::translate("ccadmin", "usage: ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]");
    if (command == u"mca set")
        return QCoreApplication::translate("ccadmin", "usage: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD "
                         "(--keep-primary | --first-name X --last-name Y --email Z --phone P)");
    if (command == u"provider-instance add")
        return QCoreApplication::translate("ccadmin", "usage: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT "
                        "--margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] "
                        "[--reseller UUID]");
    return {};
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
        if (e.outcomeUnknown)
            m_err << QStringLiteral("outcome: unknown") << '\n';
        m_err << QStringLiteral("correlation-id: ") << terminalSafe(e.correlationId) << '\n';
    }
    int code = Failed;
    switch (e.kind) {
    case cc::ApiError::Kind::Validation: code = e.clientSide ? Usage : Rejected; break;
    case cc::ApiError::Kind::Unauthorized:
    case cc::ApiError::Kind::Forbidden: code = e.clientSide ? Usage : Denied; break;
    case cc::ApiError::Kind::NotFound: code = NotFound; break;
    default: code = Failed; break;
    }
    finish(code);
}

void CliApp::start()
{
    // First pass, with every option known, only to find the command words: any option may take a
    // value, so the words cannot be told apart from values without knowing them all.
    QCommandLineParser discovery;
    addGlobalOptions(discovery);
    for (const auto &o : commandOptions)
        discovery.addOption(o.valueName ? QCommandLineOption(QString::fromLatin1(o.name), QString(), QString::fromLatin1(o.valueName))
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
    QString command = m_words.value(0);
    if (command == u"customers" || command == u"provider-instances" || command == u"internal-id" || command == u"mca" ||
        command == u"provider-instance")
        command += u' ' + m_words.value(1);
    const auto allowed = allowedOptions().constFind(command);
    if (allowed == allowedOptions().cend()) {
        if (help || m_words.isEmpty()) {
            // The overview: global options and the list of commands; each command has its own --help.
            QCommandLineParser overview;
            addGlobalOptions(overview);
            overview.addPositionalArgument(QStringLiteral("command"), commandLineHelp(), QStringLiteral("COMMAND [ARGS...]"));
            (help ? m_out : m_err) << overview.helpText();
            finish(help ? Ok : Usage);
        } else {
            finish(usage(QCoreApplication::translate("ccadmin", "unknown command '%1'. Commands: %2").arg(m_words.join(u' '), commandLineHelp())));
        }
        return;
    }
    for (const auto &o : commandOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (discovery.isSet(name) && !allowed->contains(name)) {
            finish(usage(QCoreApplication::translate("ccadmin", "option --%1 does not apply to '%2'.").arg(name, command)));
            return;
        }
    }

    // The command's own parser: the global options and its own, so that its --help lists just those.
    m_parser = std::make_unique<QCommandLineParser>();
    addGlobalOptions(*m_parser);
    const QString synopsis = commandUsage(command);
    if (!synopsis.isEmpty())
        m_parser->setApplicationDescription(synopsis);
    for (const auto &o : commandOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (!allowed->contains(name))
            continue;
        m_parser->addOption(o.valueName ? QCommandLineOption(name, QCoreApplication::translate("ccadmin", o.help), QString::fromLatin1(o.valueName))
                                        : QCommandLineOption(name, QCoreApplication::translate("ccadmin", o.help)));
    }
    m_parser->addPositionalArgument(command, QString(), command + operandSyntax(command));
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
    if (command == u"sandbox") {
        sandbox();
        return;
    }
    if (!configureClient())
        return;
    if (command == u"customers list")
        customersList();
    else if (command == u"customers show")
        customersShow();
    else if (command == u"provider-instances list")
        providerInstancesList();
    else if (command == u"link")
        link();
    else if (command == u"internal-id set")
        internalIdentifier(false);
    else if (command == u"internal-id clear")
        internalIdentifier(true);
    else if (command == u"mca set")
        mcaSet();
    else
        providerInstanceAdd();
}

bool CliApp::configureClient()
{
    auto value = [this](const char *option, const char *env) {
        const QString name = QString::fromLatin1(option);
        return m_parser->isSet(name) ? m_parser->value(name) : qEnvironmentVariable(env);
    };
    QStringList problems;
    cc::ConnectionSettings s;
    const QString apiUrl = value("api-url", "CLOUDCOCKPIT_API_URL");
    if (!apiUrl.isEmpty())
        s.apiUrl = QUrl(apiUrl, QUrl::StrictMode);
    const QString tokenUrl = value("token-url", "CLOUDCOCKPIT_TOKEN_URL");
    if (!tokenUrl.isEmpty())
        s.tokenUrl = QUrl(tokenUrl, QUrl::StrictMode);
    s.tenant = value("tenant", "CLOUDCOCKPIT_TENANT").trimmed();
    if (s.tenant.isEmpty())
        problems << QStringLiteral("tenant: ") + QCoreApplication::translate("ccadmin", "required (--tenant or CLOUDCOCKPIT_TENANT).");
    if (const QString e = cc::checkTransportSecurity(s.apiUrl); !e.isEmpty())
        problems << QStringLiteral("api-url: ") + e;
    if (m_parser->isSet(QStringLiteral("timeout"))) {
        // Digits with an optional decimal part only: toDouble() alone also takes "nan", "inf",
        // "1e3" and hexadecimal, which no one means by a number of seconds.
        static const QRegularExpression plain(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,3})?$"));
        const QString text = m_parser->value(QStringLiteral("timeout")).trimmed();
        bool ok = plain.match(text).hasMatch();
        const double seconds = ok ? text.toDouble(&ok) : 0;
        if (!ok || seconds <= 0 || seconds > 3600)
            problems << QStringLiteral("timeout: ") + QCoreApplication::translate("ccadmin", "use a number of seconds between 0 and 3600.");
        else
            s.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (m_parser->isSet(QStringLiteral("correlation-id"))) {
        const QString cid = m_parser->value(QStringLiteral("correlation-id")).trimmed();
        if (!cc::validation::isUuid(cid))
            problems << QStringLiteral("correlation-id: ") + QCoreApplication::translate("ccadmin", "'%1' is not a UUID.").arg(cid);
        m_request.correlationId = cid;
    }

    cc::Credentials credentials;
    const QString token = value("token", "CLOUDCOCKPIT_TOKEN").trimmed();
    const QString clientId = value("client-id", "CLOUDCOCKPIT_CLIENT_ID").trimmed();
    if (m_parser->isSet(QStringLiteral("token")))
        m_err << QCoreApplication::translate("ccadmin", "warning: a token on the command line can be seen by other users of this computer; "
                    "prefer CLOUDCOCKPIT_TOKEN.")
              << '\n';
    if (!clientId.isEmpty() && (!m_parser->isSet(QStringLiteral("token")))) {
        QString secret;
        if (m_parser->isSet(QStringLiteral("client-secret"))) {
            secret = m_parser->value(QStringLiteral("client-secret"));
            m_err << QCoreApplication::translate("ccadmin", "warning: a client secret on the command line can be seen by other users of this computer; "
                        "prefer CLOUDCOCKPIT_CLIENT_SECRET or --client-secret-file.")
                  << '\n';
        } else if (m_parser->isSet(QStringLiteral("client-secret-file"))) {
            const auto read = readCapped(m_parser->value(QStringLiteral("client-secret-file")), MaxSecretFileBytes);
            if (!read.error.isEmpty())
                problems << QStringLiteral("client-secret-file: ") + read.error;
            else
                secret = QString::fromUtf8(read.data).trimmed();
        } else {
            secret = qEnvironmentVariable("CLOUDCOCKPIT_CLIENT_SECRET");
            if (secret.isEmpty())
                secret = promptSecret(QCoreApplication::translate("ccadmin", "Client secret for %1: ").arg(clientId));
        }
        if (secret.isEmpty() && !problems.join(QString()).contains(u"client-secret-file"))
            problems << QStringLiteral("client-secret: ") +
                            QCoreApplication::translate("ccadmin", "required with --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file or a prompt).");
        credentials = cc::Credentials::fromClientSecret(clientId, secret);
        if (const QString e = cc::checkTransportSecurity(s.tokenUrl); !e.isEmpty())
            problems << QStringLiteral("token-url: ") + e;
    } else if (!token.isEmpty()) {
        credentials = cc::Credentials::fromToken(token);
    } else {
        problems << QStringLiteral("token: ") + QCoreApplication::translate("ccadmin", "required: --token (CLOUDCOCKPIT_TOKEN) or --client-id with a secret.");
    }
    if (!problems.isEmpty()) {
        finish(fieldProblems(problems));
        return false;
    }
    m_client = std::make_unique<cc::CloudCockpitClient>();
    m_client->setConnection(s);
    m_client->setCredentials(credentials);
    return true;
}

void CliApp::customersList()
{
    if (m_words.size() != 2) {
        finish(usage(QCoreApplication::translate("ccadmin", "'customers list' takes no operands.")));
        return;
    }
    cc::CustomerQuery query;
    QStringList problems;
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
            problems << QStringLiteral("field: ") + error;
    }
    if (m_parser->isSet(QStringLiteral("reseller"))) {
        if (const auto r = parseUuid(m_parser->value(QStringLiteral("reseller")), &error))
            query.resellerId = *r;
        else
            problems << QStringLiteral("reseller: ") + error;
    }
    query.includeDeleted = !m_parser->isSet(QStringLiteral("exclude-deleted"));
    query.ascending = !m_parser->isSet(QStringLiteral("descending"));
    if (!problems.isEmpty()) {
        finish(fieldProblems(problems));
        return;
    }

    // Pages are fetched a few at a time once the first tells how many there are, and printed in
    // order as they come; the fetcher stops where the server's own answers say the list ends.
    auto printer = std::make_shared<CustomerListPrinter>(m_out, m_format);
    // Text and csv need only what the list shows: the lean reader, several times faster.
    if (printer->wantsWholeCustomers())
        listPages<cc::CustomerPage>(query, all, printer, [this](const cc::CustomerQuery &q, QObject *context, auto callback) {
            return m_client->listCustomers(q, context, std::move(callback), m_request);
        });
    else
        listPages<cc::CustomerSummaryPage>(query, all, printer, [this](const cc::CustomerQuery &q, QObject *context, auto callback) {
            return m_client->listCustomerSummaries(q, context, std::move(callback), m_request);
        });
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
            m_err << QCoreApplication::translate("ccadmin", "warning: the server sent %n customer(s) more than once; each was printed once.", nullptr,
                                                 summary.duplicates)
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
    QString error;
    if (m_words.size() != 3) {
        finish(usage(commandUsage(QStringLiteral("customers show"))));
        return;
    }
    const auto id = parseUuid(m_words.at(2), &error);
    if (!id) {
        finish(fieldProblems({QStringLiteral("customer-id: ") + error}));
        return;
    }
    QUuid reseller;
    if (m_parser->isSet(QStringLiteral("reseller"))) {
        const auto r = parseUuid(m_parser->value(QStringLiteral("reseller")), &error);
        if (!r) {
            finish(fieldProblems({QStringLiteral("reseller: ") + error}));
            return;
        }
        reseller = *r;
    }
    m_client->getCustomer(*id, reseller, this, [this](const cc::Result<cc::Customer> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        const cc::Customer customer = r.value();
        // Instance names make the margins readable; without them the IDs still say it all.
        m_client->listProviderInstances(1, 100, this, [this, customer](const cc::Result<cc::ProviderInstancePage> &p) {
            printCustomer(m_out, m_format, customer, p.ok() ? p.value().items : QList<cc::ProviderInstance>{});
            finish(Ok);
        }, m_request);
    }, m_request);
}

void CliApp::providerInstancesList()
{
    m_client->listProviderInstances(1, 2000, this, [this](const cc::Result<cc::ProviderInstancePage> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        printProviderInstances(m_out, m_format, r.value().items);
        finish(Ok);
    }, m_request);
}

void CliApp::link()
{
    QString error;
    QStringList problems;
    QUuid instance;
    QUuid reseller;
    if (!m_parser->isSet(QStringLiteral("provider-instance")))
        problems << QStringLiteral("provider-instance: ") + QCoreApplication::translate("ccadmin", "required.");
    else if (const auto i = parseUuid(m_parser->value(QStringLiteral("provider-instance")), &error))
        instance = *i;
    else
        problems << QStringLiteral("provider-instance: ") + error;
    if (m_parser->isSet(QStringLiteral("reseller"))) {
        if (const auto r = parseUuid(m_parser->value(QStringLiteral("reseller")), &error))
            reseller = *r;
        else
            problems << QStringLiteral("reseller: ") + error;
    }
    if (!problems.isEmpty()) {
        finish(fieldProblems(problems));
        return;
    }
    m_client->relationshipAcceptanceLink(instance, reseller, this, [this](const cc::Result<QString> &r) {
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
            e.detail = QCoreApplication::translate("ccadmin", "the relationship link is not an https address; it is not printed.");
            fail(e);
            return;
        }
        if (m_format == Format::Json)
            m_out << QJsonDocument(QJsonArray{*link}).toJson(QJsonDocument::Compact).mid(1).chopped(1) << '\n';
        else
            m_out << *link << '\n';
        finish(Ok);
    }, m_request);
}

void CliApp::internalIdentifier(bool clear)
{
    QString error;
    const qsizetype expected = clear ? 3 : 4;
    if (m_words.size() != expected) {
        finish(usage(commandUsage(clear ? QStringLiteral("internal-id clear") : QStringLiteral("internal-id set"))));
        return;
    }
    QStringList problems;
    const auto id = parseUuid(m_words.at(2), &error);
    if (!id)
        problems << QStringLiteral("customer-id: ") + error;
    cc::InternalIdentifierUpdate update;
    update.internalIdentifier = clear ? QString() : m_words.at(3);
    if (!clear && update.internalIdentifier.trimmed().isEmpty())
        problems << QStringLiteral("value: ") + QCoreApplication::translate("ccadmin", "empty; use 'internal-id clear' to remove the identifier.");
    if (m_parser->isSet(QStringLiteral("reseller"))) {
        if (const auto r = parseUuid(m_parser->value(QStringLiteral("reseller")), &error))
            update.resellerId = *r;
        else
            problems << QStringLiteral("reseller: ") + error;
    }
    if (!problems.isEmpty()) {
        finish(fieldProblems(problems));
        return;
    }
    m_client->updateInternalIdentifier(*id, update, this, [this](const cc::Result<cc::Done> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        finish(Ok);
    }, m_request);
}

void CliApp::mcaSet()
{
    QString error;
    if (m_words.size() != 3) {
        finish(usage(commandUsage(QStringLiteral("mca set"))));
        return;
    }
    QStringList problems;
    const auto id = parseUuid(m_words.at(2), &error);
    if (!id)
        problems << QStringLiteral("customer-id: ") + error;
    cc::McaUpdate update;
    if (!m_parser->isSet(QStringLiteral("provider-instance")))
        problems << QStringLiteral("provider-instance: ") + QCoreApplication::translate("ccadmin", "required.");
    else if (const auto i = parseUuid(m_parser->value(QStringLiteral("provider-instance")), &error))
        update.providerInstanceId = *i;
    else
        problems << QStringLiteral("provider-instance: ") + error;
    if (!m_parser->isSet(QStringLiteral("date")))
        problems << QStringLiteral("date: ") + QCoreApplication::translate("ccadmin", "required.");
    else if (const auto d = parseDate(m_parser->value(QStringLiteral("date")), &error))
        update.agreementDate = *d;
    else
        problems << QStringLiteral("date: ") + error;
    update.keepPrimaryInformation = m_parser->isSet(QStringLiteral("keep-primary"));
    update.firstName = m_parser->value(QStringLiteral("first-name"));
    update.lastName = m_parser->value(QStringLiteral("last-name"));
    update.email = m_parser->value(QStringLiteral("email"));
    update.phone = m_parser->value(QStringLiteral("phone"));
    const bool anyContact = !update.firstName.isEmpty() || !update.lastName.isEmpty() || !update.email.isEmpty() ||
                            !update.phone.isEmpty();
    if (update.keepPrimaryInformation && anyContact)
        problems << QStringLiteral("keep-primary: ") + QCoreApplication::translate("ccadmin", "use either --keep-primary or the contact options, not both.");
    if (!problems.isEmpty()) {
        finish(fieldProblems(problems));
        return;
    }
    m_client->updateMicrosoftCustomerAgreement(*id, update, this, [this](const cc::Result<cc::Done> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        finish(Ok);
    }, m_request);
}

void CliApp::providerInstanceAdd()
{
    QString error;
    if (m_words.size() != 3) {
        finish(usage(commandUsage(QStringLiteral("provider-instance add"))));
        return;
    }
    QStringList problems;
    const auto id = parseUuid(m_words.at(2), &error);
    if (!id)
        problems << QStringLiteral("customer-id: ") + error;
    cc::AddProviderInstanceRequest request;
    if (!m_parser->isSet(QStringLiteral("provider-instance")))
        problems << QStringLiteral("provider-instance: ") + QCoreApplication::translate("ccadmin", "required.");
    else if (const auto i = parseUuid(m_parser->value(QStringLiteral("provider-instance")), &error))
        request.providerInstanceId = *i;
    else
        problems << QStringLiteral("provider-instance: ") + error;
    if (!m_parser->isSet(QStringLiteral("margin-rule")))
        problems << QStringLiteral("margin-rule: ") + QCoreApplication::translate("ccadmin", "required: Markup, Margin, SplitMargin or ErpMinusDiscount.");
    else if (const auto rule = cc::marginRuleFromName(m_parser->value(QStringLiteral("margin-rule"))))
        request.margin.rule = *rule;
    else
        problems << QStringLiteral("margin-rule: ") + QCoreApplication::translate("ccadmin", "'%1' is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.")
                                                          .arg(m_parser->value(QStringLiteral("margin-rule")));
    if (!m_parser->isSet(QStringLiteral("margin")))
        problems << QStringLiteral("margin: ") + QCoreApplication::translate("ccadmin", "required.");
    else if (const auto p = parsePercent(m_parser->value(QStringLiteral("margin")), &error))
        request.margin.value = *p;
    else
        problems << QStringLiteral("margin: ") + error;
    for (const QString &v : m_parser->values(QStringLiteral("offer-type-margin"))) {
        if (const auto m = parseOfferTypeMargin(v, request.margin.rule, &error))
            request.offerTypeMargins << *m;
        else
            problems << QStringLiteral("offer-type-margin: ") + error;
    }
    if (m_parser->isSet(QStringLiteral("customer-data"))) {
        const auto read = readCapped(m_parser->value(QStringLiteral("customer-data")), MaxCustomerDataBytes);
        if (!read.error.isEmpty()) {
            problems << QStringLiteral("customer-data: ") + read.error;
        } else {
            const QByteArray &text = read.data;
            QJsonParseError pe{};
            const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
            if (pe.error != QJsonParseError::NoError)
                problems << QStringLiteral("customer-data: ") + QCoreApplication::translate("ccadmin", "not valid JSON: %1 at character %2.").arg(pe.errorString()).arg(pe.offset);
            else if (!doc.isObject())
                problems << QStringLiteral("customer-data: ") + QCoreApplication::translate("ccadmin", "must be a JSON object.");
            else
                request.providerCustomerData = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        }
    }
    if (m_parser->isSet(QStringLiteral("reseller"))) {
        if (const auto r = parseUuid(m_parser->value(QStringLiteral("reseller")), &error))
            request.resellerId = *r;
        else
            problems << QStringLiteral("reseller: ") + error;
    }
    {
        // What does not depend on the instance is checked before anything is sent (margin ranges,
        // repeated offer types); the Microsoft data needs the instance, so the client checks it.
        // The instance itself was checked above, as --provider-instance.
        const cc::FieldErrors errors = cc::validation::validate(request, false);
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            if (it.key() != u"providerinstanceid")
                for (const QString &m : it.value())
                    problems << it.key() + QStringLiteral(": ") + m;
    }
    if (!problems.isEmpty()) {
        finish(fieldProblems(problems));
        return;
    }
    // Whether the instance is Microsoft's decides which customer data the request needs.
    m_client->listProviderInstances(1, 2000, this, [this, id, request](const cc::Result<cc::ProviderInstancePage> &r) {
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
        m_client->addProviderInstance(*id, request, microsoft, this, [this](const cc::Result<QString> &added) {
            if (!added.ok()) {
                fail(added.error());
                return;
            }
            if (!added.value().isEmpty()) {
                if (m_format == Format::Json)
                    m_out << QJsonDocument(QJsonArray{added.value()}).toJson(QJsonDocument::Compact).mid(1).chopped(1) << '\n';
                else
                    m_out << terminalSafe(added.value()) << '\n';
            }
            finish(Ok);
        }, m_request);
    }, m_request);
}

void CliApp::sandbox()
{
    if (m_words.size() != 1) {
        finish(usage(QCoreApplication::translate("ccadmin", "'sandbox' takes no operands.")));
        return;
    }
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
                  << QCoreApplication::translate("ccadmin", "use a whole number from %1 to %2.").arg(QLocale().toString(min), QLocale().toString(max))
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
        m_err << QStringLiteral("ccadmin: ") << QCoreApplication::translate("ccadmin", "the sandbox could not listen: %1").arg(m_sandbox->errorString()) << '\n';
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
