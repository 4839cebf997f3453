#pragma once

#include "output.h"

#include <core/api/cloudcockpitclient.h>
#include <core/auth/credentialstore.h>
#include <core/auth/profilestore.h>

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace ccsandbox {
class SandboxServer;
}

namespace ccadmin {

struct ImportState; // cmd_import.cpp

// Exit codes (documented in README.md).
enum ExitCode
{
    Ok = 0,
    Usage = 2,
    Rejected = 3,
    Denied = 4,
    NotFound = 5,
    Failed = 6
};

class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QStringList arguments, QObject *parent = nullptr);
    ~CliApp() override;
    // Starts the command; the application exits with its code when it is done.
    void start();

private:
    // One command, as the table in commands.cpp lists it. The overview of `ccadmin --help`, the
    // command's own --help, the options it accepts, its usage line and its dispatch all come from
    // this entry: a new command is an entry there and a handler here.
    struct Command
    {
        QString words;       // what selects it: "customers list"
        QString operands;    // what follows the words in its usage line: "CUSTOMER_ID VALUE"; empty: none
        QStringList options; // the command options it takes, by name (commands.cpp's commandOptions)
        // Its usage line (QT_TRANSLATE_NOOP, context "ccadmin"), set as the description of its --help
        // and printed on a usage error; nullptr: its --help keeps the program's description. A
        // command with operands has one.
        const char *synopsis = nullptr;
        const char *summary = nullptr; // one line for the overview (QT_TRANSLATE_NOOP, context "ccadmin")
        bool connects = true;          // talks to the API: the client is set up before the handler runs
        // Runs with m_operands (as many as `operands` names), m_parser and (when it connects)
        // m_client ready; ends with finish().
        void (CliApp::*run)() = nullptr;

        // Its words and operands: "customers show CUSTOMER_ID".
        QString line() const { return operands.isEmpty() ? words : words + u' ' + operands; }
    };
    static const QList<Command> &commands();
    static const Command *findCommand(const QStringList &words);
    static QString commandList();

    void finish(int code);
    int usage(const QString &message);
    QString synopsis() const; // the running command's usage line, translated
    int fieldProblems(const QStringList &problems);
    void fail(const cc::ApiError &error);
    // Prints the error's lines on stderr and returns its exit code.
    int report(const cc::ApiError &error, bool outcomeChecked = false);
    // A write's failure: when its answer was lost, the customer is read back and stderr says
    // whether the change was made (cli/lostwrite.h); else as fail().
    void failWrite(const cc::ApiError &error, const QUuid &customerId, const QUuid &resellerId,
                   std::function<bool(const cc::Customer &)> holds, std::function<void()> applied = {});
    // Sets up m_client from the options, the environment and the profile (reading the profile's
    // secret from the keychain when it is needed), then calls ready; or finishes with the problems.
    void configureClient(std::function<void()> ready);
    QString optionOrEnv(const char *option, const char *env) const;
    void applyTimeout(cc::ConnectionSettings &settings, QStringList &problems) const; // --timeout
    QString secretFromOptions(QStringList &problems);
    QString overview() const;
    void addGlobalOptions(QCommandLineParser &parser) const;

    // Checks of the command line shared by the commands: each problem is one "FIELD: message" in
    // m_problems; reportedProblems() prints them all (exit 2) once the command has looked at everything.
    void problem(const QString &field, const QString &message);
    QUuid optionalUuid(const char *option);                // --OPTION as a UUID; null when absent or malformed
    QUuid requiredUuid(const char *option);                // the same, and "required." when absent
    QUuid uuidOperand(qsizetype index, const char *field); // m_operands[index] as a UUID
    // --margin, --margin-rule and each --offer-type-margin (whose rule defaults to --margin-rule).
    void marginOptions(cc::PriceMargin &margin, QList<cc::OfferTypeMargin> &offerTypeMargins);
    bool reportedProblems();

    // The handlers of the table's commands.
    void customersList();
    template<typename PageT, typename Call>
    void listPages(const cc::CustomerQuery &query, bool all, std::shared_ptr<CustomerListPrinter> printer, Call call);
    void customersShow();
    void providerInstancesList();
    void link();
    void internalIdSet();
    void internalIdClear();
    void internalIdentifier(bool clear);
    void mcaSet();
    void providerInstanceAdd();
    void sandbox();
    // internal-id import (cmd_import.cpp): read and map the file, read the list, check, send.
    void internalIdImport();
    void importReadOldValues(std::shared_ptr<ImportState> state);
    void importChecked(std::shared_ptr<ImportState> state);

    // Profiles (cmd_profiles.cpp): `login`, `logout`, `profiles` and --profile for every command.
    using Profile = cc::Profile;
    void login();
    void logout();
    void profilesList();
    // m_profile from --profile or CLOUDCOCKPIT_PROFILE, else (orDefault) the default profile; false
    // with a problem when the named one does not exist or the profile file cannot be read.
    bool selectProfile(bool orDefault, QStringList &problems);
    // The profile's secret (a client secret, or the token) from the keychain, into credentials.
    void readProfileSecret(const QString &key, cc::Credentials credentials, std::function<void(const cc::Credentials &)> ready);
    // What to do when no keychain answers, for the end of an error message.
    static QString noKeychainAdvice();
    std::unique_ptr<cc::CredentialStore> keychain();
    // The staffer's commands of #17 (cmd_staffer.cpp).
    void resellersList();
    void marginsSet();
    void mcaList();
    void mcaShow();
    void mcaRefresh();
    // Text output names resellers: the names are read once and handed to `then` — `only`'s record
    // when one reseller is needed, else every reseller (a reseller token, which may not list them,
    // reads its own record). Other formats keep IDs and read nothing. A failure to read them is a
    // warning, never the command's failure.
    void withResellerNames(const QUuid &only, std::function<void(const ResellerNames &names)> then);

    QStringList m_arguments;
    std::unique_ptr<QCommandLineParser> m_parser; // the command's own, once start() knows the command
    QStringList m_words;                          // the command and its operands
    const Command *m_command = nullptr;           // the entry of m_words, once start() has found it
    QStringList m_operands;                       // what follows the command words
    QStringList m_problems;                       // see problem()
    QTextStream m_out;
    QTextStream m_err;
    Format m_format = Format::Text;
    cc::RequestOptions m_request;
    std::unique_ptr<cc::CloudCockpitClient> m_client;
    std::unique_ptr<ccsandbox::SandboxServer> m_sandbox;
    std::optional<cc::Profile> m_profile;
    std::unique_ptr<cc::CredentialStore> m_keychain;
};

} // namespace ccadmin
