// The one table of ccadmin's commands, and the options they take. Everything else about a command
// (the overview of `ccadmin --help`, its own --help, which options it accepts, the usage line of a
// usage error, which handler runs) is derived from its entry here.

#include "commands.h"

#include "cliapp.h"

#include <QCoreApplication>

namespace ccadmin {

namespace {

// Global options, each also read from the environment.
const OptionSpec globals[] = {
    {"api-url", "URL", QT_TRANSLATE_NOOP("ccadmin", "API address (CLOUDCOCKPIT_API_URL; default https://api.cloudcockpit.com).")},
    {"tenant", "DOMAIN", QT_TRANSLATE_NOOP("ccadmin", "Tenant portal domain, sent as X-Tenant (CLOUDCOCKPIT_TENANT).")},
    {"token", "TOKEN", QT_TRANSLATE_NOOP("ccadmin", "Bearer token (CLOUDCOCKPIT_TOKEN).")},
    {"client-id", "ID", QT_TRANSLATE_NOOP("ccadmin", "API Access client ID (CLOUDCOCKPIT_CLIENT_ID).")},
    {"client-secret", "SECRET",
     QT_TRANSLATE_NOOP("ccadmin",
                       "API Access client secret (CLOUDCOCKPIT_CLIENT_SECRET); visible to other users on the command line.")},
    {"client-secret-file", "FILE", QT_TRANSLATE_NOOP("ccadmin", "Read the client secret from FILE.")},
    {"token-url", "URL", QT_TRANSLATE_NOOP("ccadmin", "OAuth token endpoint (CLOUDCOCKPIT_TOKEN_URL).")},
    {"correlation-id", "UUID", QT_TRANSLATE_NOOP("ccadmin", "X-Correlation-Id to send instead of a fresh one.")},
    {"timeout", "SECONDS", QT_TRANSLATE_NOOP("ccadmin", "Transfer timeout in seconds (default 30).")},
    {"format", "FORMAT", QT_TRANSLATE_NOOP("ccadmin", "Output format: text, json or csv.")},
    {"profile", "NAME",
     QT_TRANSLATE_NOOP("ccadmin", "Profile saved by 'ccadmin login' or the window (CLOUDCOCKPIT_PROFILE; default: the default "
                                  "profile when no tenant is given). Options and environment variables override its settings.")},
};

const OptionSpec commandOpts[] = {
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
    {"token-stdin", nullptr, QT_TRANSLATE_NOOP("ccadmin", "Read a bearer token from stdin instead of client credentials.")},
    // The staffer's commands (#17).
    {"status", "STATUS",
     QT_TRANSLATE_NOOP("ccadmin",
                       "Attestation status: required, linkgenerated, linkexpired, customeraccepted or agreementcreated.")},
    {"exclude-compliant", nullptr, QT_TRANSLATE_NOOP("ccadmin", "Leave out agreements already created (compliant).")},
    {"dry-run", nullptr, QT_TRANSLATE_NOOP("ccadmin", "Check and print the changes; send nothing.")},
    {"concurrency", "N", QT_TRANSLATE_NOOP("ccadmin", "Requests in flight at once, 1 to 64 (default 6).")},
    {"results", "FILE", QT_TRANSLATE_NOOP("ccadmin", "Write each row's outcome to FILE as CSV (default: standard output).")},
    {"resume", "FILE", QT_TRANSLATE_NOOP("ccadmin", "Skip the rows an earlier results FILE shows as done.")},
};

} // namespace

std::span<const OptionSpec> globalOptions()
{
    return globals;
}

std::span<const OptionSpec> commandOptions()
{
    return commandOpts;
}

// In the order the overview lists them.
const QList<CliApp::Command> &CliApp::commands()
{
    static const QList<Command> table = {
        {.words = QStringLiteral("customers list"),
         .options = {QStringLiteral("search"), QStringLiteral("field"), QStringLiteral("reseller"),
                     QStringLiteral("exclude-deleted"), QStringLiteral("descending"), QStringLiteral("page-size"),
                     QStringLiteral("all")},
         .summary = QT_TRANSLATE_NOOP("ccadmin", "List customers: one page, or every page with --all."),
         .run = &CliApp::customersList},
        {.words = QStringLiteral("customers show"),
         .operands = QStringLiteral("CUSTOMER_ID"),
         .options = {QStringLiteral("reseller")},
         .synopsis = QT_TRANSLATE_NOOP("ccadmin", "usage: ccadmin customers show CUSTOMER_ID"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Show a customer, with its margins in each provider instance."),
         .run = &CliApp::customersShow},
        {.words = QStringLiteral("provider-instances list"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "List the provider instances."),
         .run = &CliApp::providerInstancesList},
        {.words = QStringLiteral("link"),
         .options = {QStringLiteral("provider-instance"), QStringLiteral("reseller")},
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Print the relationship acceptance link of a provider instance."),
         .run = &CliApp::link},
        {.words = QStringLiteral("internal-id set"),
         .operands = QStringLiteral("CUSTOMER_ID VALUE"),
         .options = {QStringLiteral("reseller")},
         .synopsis = QT_TRANSLATE_NOOP("ccadmin", "usage: ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Set a customer's internal identifier."),
         .run = &CliApp::internalIdSet},
        {.words = QStringLiteral("internal-id clear"),
         .operands = QStringLiteral("CUSTOMER_ID"),
         .options = {QStringLiteral("reseller")},
         .synopsis = QT_TRANSLATE_NOOP("ccadmin", "usage: ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Remove a customer's internal identifier."),
         .run = &CliApp::internalIdClear},
        {.words = QStringLiteral("internal-id import"),
         .operands = QStringLiteral("FILE.csv"),
         .options = {QStringLiteral("dry-run"), QStringLiteral("concurrency"), QStringLiteral("results"),
                     QStringLiteral("resume")},
         .synopsis = QT_TRANSLATE_NOOP("ccadmin", "usage: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] "
                                                  "[--results FILE] [--resume FILE]"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Set many internal identifiers from a CSV file, checked first."),
         .run = &CliApp::internalIdImport},
        {.words = QStringLiteral("mca set"),
         .operands = QStringLiteral("CUSTOMER_ID"),
         .options = {QStringLiteral("provider-instance"), QStringLiteral("date"), QStringLiteral("keep-primary"),
                     QStringLiteral("first-name"), QStringLiteral("last-name"), QStringLiteral("email"), QStringLiteral("phone")},
         .synopsis = QT_TRANSLATE_NOOP("ccadmin", "usage: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD "
                                                  "(--keep-primary | --first-name X --last-name Y --email Z --phone P)"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Record a customer's Microsoft Customer Agreement."),
         .run = &CliApp::mcaSet},
        {.words = QStringLiteral("provider-instance add"),
         .operands = QStringLiteral("CUSTOMER_ID"),
         .options = {QStringLiteral("provider-instance"), QStringLiteral("margin"), QStringLiteral("margin-rule"),
                     QStringLiteral("offer-type-margin"), QStringLiteral("customer-data"), QStringLiteral("reseller")},
         .synopsis = QT_TRANSLATE_NOOP(
             "ccadmin", "usage: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT "
                        "--margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] "
                        "[--reseller UUID]"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Add a customer to another provider instance, with a margin."),
         .run = &CliApp::providerInstanceAdd},
        {.words = QStringLiteral("login"),
         .options = {QStringLiteral("token-stdin")},
         .synopsis = QT_TRANSLATE_NOOP(
             "ccadmin", "usage: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] "
                        "[--client-id ID [--client-secret-file FILE] | --token-stdin]"),
         .summary = QT_TRANSLATE_NOOP(
             "ccadmin", "Sign in once and save a profile: the secret in the system keychain, the rest in a settings file."),
         .connects = false,
         .run = &CliApp::login},
        {.words = QStringLiteral("logout"),
         .synopsis = QT_TRANSLATE_NOOP("ccadmin", "usage: ccadmin logout [--profile NAME]"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Remove a profile and its secret (--profile, else the default one)."),
         .connects = false,
         .run = &CliApp::logout},
        {.words = QStringLiteral("profiles"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "List the profiles: the default one, role and expiry of the last token."),
         .connects = false,
         .run = &CliApp::profilesList},
        // The staffer's commands (#17): handlers in cmd_staffer.cpp.
        {.words = QStringLiteral("resellers list"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "List the resellers (csp only)."),
         .run = &CliApp::resellersList},
        {.words = QStringLiteral("margins set"),
         .operands = QStringLiteral("CUSTOMER_ID"),
         .options = {QStringLiteral("provider-instance"), QStringLiteral("margin"), QStringLiteral("margin-rule"),
                     QStringLiteral("offer-type-margin"), QStringLiteral("reseller")},
         .synopsis =
             QT_TRANSLATE_NOOP("ccadmin", "usage: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT "
                                          "--margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]"),
         .summary = QT_TRANSLATE_NOOP(
             "ccadmin", "Replace a customer's margins in a provider instance; offer types left out lose their own."),
         .run = &CliApp::marginsSet},
        {.words = QStringLiteral("mca list"),
         .options = {QStringLiteral("status"), QStringLiteral("search"), QStringLiteral("exclude-compliant"),
                     QStringLiteral("all")},
         .summary =
             QT_TRANSLATE_NOOP("ccadmin", "List Microsoft Customer Agreement statuses: one page, or every page with --all."),
         .run = &CliApp::mcaList},
        {.words = QStringLiteral("mca show"),
         .operands = QStringLiteral("CUSTOMER_ID"),
         .options = {QStringLiteral("provider-instance")},
         .synopsis = QT_TRANSLATE_NOOP("ccadmin", "usage: ccadmin mca show CUSTOMER_ID --provider-instance UUID"),
         .summary = QT_TRANSLATE_NOOP("ccadmin",
                                      "Show a customer's Microsoft Customer Agreement status in a Microsoft provider instance."),
         .run = &CliApp::mcaShow},
        {.words = QStringLiteral("mca refresh"),
         .operands = QStringLiteral("CUSTOMER_ID"),
         .options = {QStringLiteral("provider-instance")},
         .synopsis = QT_TRANSLATE_NOOP("ccadmin", "usage: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID"),
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Ask Microsoft for a customer's agreement status, then show it."),
         .run = &CliApp::mcaRefresh},
        {.words = QStringLiteral("sandbox"),
         .options = {QStringLiteral("port"), QStringLiteral("customers"), QStringLiteral("seed"), QStringLiteral("fault")},
         .summary = QT_TRANSLATE_NOOP("ccadmin", "Serve a local sandbox of the API until interrupted; print its credentials."),
         .connects = false,
         .run = &CliApp::sandbox},
    };
    return table;
}

} // namespace ccadmin
