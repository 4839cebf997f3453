#pragma once

#include "output.h"

#include <core/api/cloudcockpitclient.h>

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace ccsandbox {
class SandboxServer;
}

namespace ccadmin {

// Exit codes (documented in README.md).
enum ExitCode { Ok = 0, Usage = 2, Rejected = 3, Denied = 4, NotFound = 5, Failed = 6 };

class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QStringList arguments, QObject *parent = nullptr);
    ~CliApp() override;
    // Starts the command; the application exits with its code when it is done.
    void start();

private:
    void finish(int code);
    int usage(const QString &message);
    int fieldProblems(const QStringList &problems);
    void fail(const cc::ApiError &error);
    bool configureClient();
    QString commandLineHelp() const;
    static QString commandUsage(const QString &command);
    void addGlobalOptions(QCommandLineParser &parser) const;

    void customersList();
    template<typename PageT, typename Call>
    void listPages(const cc::CustomerQuery &query, bool all, std::shared_ptr<CustomerListPrinter> printer, Call call);
    void customersShow();
    void providerInstancesList();
    void link();
    void internalIdentifier(bool clear);
    void mcaSet();
    void providerInstanceAdd();
    void sandbox();

    QStringList m_arguments;
    std::unique_ptr<QCommandLineParser> m_parser; // the command's own, once start() knows the command
    QStringList m_words; // the command and its operands
    QTextStream m_out;
    QTextStream m_err;
    Format m_format = Format::Text;
    cc::RequestOptions m_request;
    std::unique_ptr<cc::CloudCockpitClient> m_client;
    std::unique_ptr<ccsandbox::SandboxServer> m_sandbox;
};

} // namespace ccadmin
