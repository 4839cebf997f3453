#pragma once

// Shared by the benchmark programs: a client configured from the environment (CLOUDCOCKPIT_API_URL,
// CLOUDCOCKPIT_TENANT, CLOUDCOCKPIT_TOKEN, as printed by `ccadmin sandbox`) and process memory.

#include <core/api/cloudcockpitclient.h>

#include <QFile>

#include <memory>

inline std::unique_ptr<cc::CloudCockpitClient> clientFromEnvironment()
{
    auto client = std::make_unique<cc::CloudCockpitClient>();
    cc::ConnectionSettings s;
    s.apiUrl = QUrl(qEnvironmentVariable("CLOUDCOCKPIT_API_URL"));
    s.tenant = qEnvironmentVariable("CLOUDCOCKPIT_TENANT");
    s.timeout = std::chrono::seconds(120);
    client->setConnection(s);
    client->setCredentials(cc::Credentials::fromToken(qEnvironmentVariable("CLOUDCOCKPIT_TOKEN")));
    return client;
}

// Kilobytes from /proc/self/status: "VmRSS" (now) or "VmHWM" (peak).
inline qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
