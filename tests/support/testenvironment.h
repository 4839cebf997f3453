#pragma once

#include <sandboxserver.h>

#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

// A sandbox on an ephemeral loopback port. When the environment variable CC_CONTRACT=1 is set
// (the contract suite), the API traffic goes through Prism in proxy mode with --errors, so every
// request and every response is checked against the contract by a validator nobody here wrote.
class TestEnvironment
{
public:
    explicit TestEnvironment(const ccsandbox::SandboxOptions &options = {});
    ~TestEnvironment();

    // Starts everything; on failure returns false and fills errorString().
    bool start();
    QString errorString() const { return m_error; }

    ccsandbox::SandboxServer &sandbox() { return *m_sandbox; }
    QUrl apiUrl() const;   // the sandbox, or Prism in front of it
    QUrl tokenUrl() const; // likewise
    bool throughValidator() const { return m_prism != nullptr; }
    // What Prism printed (for a failing test's message).
    QString validatorLog() const;

    static bool contractMode();

private:
    std::unique_ptr<ccsandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QProcess> m_prism;
    QUrl m_prismUrl;
    QString m_error;
    QByteArray m_prismLog;
};
