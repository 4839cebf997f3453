#include "testenvironment.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

TestEnvironment::TestEnvironment(const ccsandbox::SandboxOptions &options)
    : m_sandbox(std::make_unique<ccsandbox::SandboxServer>(options))
{}

TestEnvironment::~TestEnvironment()
{
    if (m_prism) {
        m_prism->terminate();
        if (!m_prism->waitForFinished(5000))
            m_prism->kill();
        m_prism->waitForFinished(2000);
    }
}

bool TestEnvironment::contractMode()
{
    return qEnvironmentVariable("CC_CONTRACT") == u"1";
}

bool TestEnvironment::start()
{
    if (!m_sandbox->listen()) {
        m_error = QStringLiteral("sandbox: ") + m_sandbox->errorString();
        return false;
    }
    if (!contractMode())
        return true;

    const QString prism = QStringLiteral(CC_PRISM_EXECUTABLE);
    const QString contract = QStringLiteral(CC_CONTRACT_FILE);
    if (!QFileInfo::exists(prism)) {
        m_error = QStringLiteral("Prism is not installed at %1: run scripts/setup").arg(prism);
        return false;
    }
    if (!QFileInfo::exists(contract)) {
        m_error = QStringLiteral("the contract is missing at %1").arg(contract);
        return false;
    }
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    m_prism = std::make_unique<QProcess>();
    m_prism->setProcessChannelMode(QProcess::MergedChannels);
    m_prism->start(prism,
                   {QStringLiteral("proxy"), contract, m_sandbox->apiUrl().toString(), QStringLiteral("--errors"),
                    QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port)});
    if (!m_prism->waitForStarted(10000)) {
        m_error = QStringLiteral("Prism did not start: ") + m_prism->errorString();
        return false;
    }
    QObject::connect(m_prism.get(), &QProcess::readyRead, [this] { m_prismLog += m_prism->readAll(); });
    // Prism is ready when its port accepts connections.
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200)) {
            m_prismUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            return true;
        }
        if (m_prism->state() == QProcess::NotRunning)
            break;
        QTest::qWait(200);
    }
    m_error = QStringLiteral("Prism did not listen: ") + QString::fromUtf8(m_prismLog + m_prism->readAll());
    return false;
}

QUrl TestEnvironment::apiUrl() const
{
    return m_prism ? m_prismUrl : m_sandbox->apiUrl();
}

QUrl TestEnvironment::tokenUrl() const
{
    if (!m_prism)
        return m_sandbox->tokenUrl();
    QUrl url = m_prismUrl;
    url.setPath(m_sandbox->tokenUrl().path());
    return url;
}

QString TestEnvironment::validatorLog() const
{
    return QString::fromUtf8(m_prismLog);
}
