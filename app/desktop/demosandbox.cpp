#include "demosandbox.h"

#include <QMutexLocker>

DemoSandbox::DemoSandbox(const ccsandbox::SandboxOptions &options, const QStringList &faults)
    : m_options(options)
    , m_faults(faults)
{
    setObjectName(QStringLiteral("Demo sandbox"));
}

DemoSandbox::~DemoSandbox()
{
    quit();
    wait();
}

std::optional<DemoSandbox::Address> DemoSandbox::address(QString *error)
{
    QMutexLocker lock(&m_mutex);
    while (!m_done)
        m_ready.wait(&m_mutex);
    if (!m_address && error)
        *error = m_error;
    return m_address;
}

bool DemoSandbox::isReady()
{
    QMutexLocker lock(&m_mutex);
    return m_done;
}

void DemoSandbox::run()
{
    // The server lives and dies on this thread, with its sockets.
    ccsandbox::SandboxServer server(m_options);
    QString error;
    bool ok = true;
    for (const QString &f : m_faults)
        ok = ok && server.addFault(f, &error);
    if (ok && !server.listen()) {
        ok = false;
        error = server.errorString();
    }
    {
        QMutexLocker lock(&m_mutex);
        if (ok)
            m_address =
                Address{server.apiUrl(), server.tokenUrl(), server.tenant(), server.cspClientId(), server.cspClientSecret()};
        m_error = error;
        m_done = true;
        m_ready.wakeAll();
    }
    Q_EMIT ready();
    if (ok)
        exec();
}

std::optional<SessionController::SignInRequest> demoSignIn(DemoSandbox &sandbox, QString *error)
{
    const auto address = sandbox.address(error);
    if (!address)
        return std::nullopt;
    SessionController::SignInRequest r;
    r.connection.apiUrl = address->apiUrl;
    r.connection.tokenUrl = address->tokenUrl;
    r.connection.tenant = address->tenant;
    r.credentials = cc::Credentials::fromClientSecret(address->clientId, address->clientSecret);
    r.ephemeral = true;
    return r;
}
