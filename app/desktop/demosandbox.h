#pragma once

#include <sandboxserver.h>
#include <sessioncontroller.h>

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

// The demo's sandbox on a thread of its own: it is built while the window is (start-up does not
// wait for 100,000 generated customers), and serving pages of megabytes never stalls the window.
// Everything it hands out is read once it has started listening, under the mutex.
class DemoSandbox final : public QThread
{
    Q_OBJECT
public:
    struct Address
    {
        QUrl apiUrl;
        QUrl tokenUrl;
        QString tenant;
        QString clientId;
        QString clientSecret;
    };

    DemoSandbox(const ccsandbox::SandboxOptions &options, const QStringList &faults);
    ~DemoSandbox() override; // stops the thread

    // Waits until the sandbox listens (or failed): the address, or nullopt with *error set.
    std::optional<Address> address(QString *error);
    bool isReady(); // listens or failed: address() returns at once

Q_SIGNALS:
    void ready(); // from the sandbox's thread, once isReady()

protected:
    void run() override;

private:
    const ccsandbox::SandboxOptions m_options;
    const QStringList m_faults;
    QMutex m_mutex;
    QWaitCondition m_ready;
    bool m_done = false;
    std::optional<Address> m_address;
    QString m_error;
};

// How the app signs in to the demo: the sandbox's address and CSP client, never remembered (it
// changes every run). Waits until the sandbox listens; nullopt with *error set when it failed.
std::optional<SessionController::SignInRequest> demoSignIn(DemoSandbox &sandbox, QString *error);
